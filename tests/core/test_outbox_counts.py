"""The outbox's kept counts stay equal to a recount through saves, HQ's answers, retries, sealing,
compaction, rollbacks and killed processes; acknowledged rows are compacted without losing anything."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from inspector_app.core import demo, outbox_counts
from inspector_app.core.checks import run_checks
from inspector_app.core.models import OutboxOp
from inspector_app.core.services import checklist, sync_apply
from inspector_app.core.services.sync_apply import OpOutcome
from inspector_app.core.store import Store
from inspector_app.sync.sealed import SEALED_FIELDS, SNAPSHOT_ENTITY

from ..conftest import PASSPHRASE
from .helpers import new_inspection
from .outbox_tools import as_older_version, assert_counts_hold, kept

ROOT = Path(__file__).resolve().parents[2]


def _op_ids(store: Store, *states: str) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(OutboxOp.op_id).where(OutboxOp.state.in_(states)).order_by(OutboxOp.seq)))


def _all_rows(store: Store) -> list[tuple]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text("SELECT seq, op_id, state, fields, sealed FROM outbox ORDER BY seq"))]


def _checks_clean(store: Store) -> None:
    results = run_checks(store)
    assert all(r.ok for r in results), [(r.name, r.detail, r.problems) for r in results if not r.ok]


def test_core_and_the_sync_layer_agree_on_which_records_carry_testimony() -> None:
    assert outbox_counts.TESTIMONY_ENTITIES | {outbox_counts.SNAPSHOT_ENTITY} == set(SEALED_FIELDS) | {SNAPSHOT_ENTITY}


def test_counts_follow_saves_and_a_rolled_back_unit_of_work_leaves_them_alone(store: Store) -> None:
    assert assert_counts_hold(store) == outbox_counts.OutboxCounts()
    demo.generate(store, inspections=4, seed=5)
    counted = assert_counts_hold(store)
    assert counted.pending > 100 and counted.unsealed > 0  # interviews, notes, inspections: testimony to seal
    inspection = new_inspection(store)
    checklist.save_answer(store, inspection, "LPA-C-01", result="compliant")
    assert assert_counts_hold(store).pending > counted.pending

    before = kept(store)
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        from inspector_app.core.models import Inspection

        record = uow.get(Inspection, inspection)
        record.summary = "written, then the unit of work fails"
        uow.save(record)
        raise RuntimeError("crash before commit")
    assert kept(store) == before
    assert_counts_hold(store)


def test_counts_follow_hq_answers_retries_and_sealing(store: Store) -> None:
    demo.generate(store, inspections=3, seed=9)
    pending = _op_ids(store, "pending")
    applied, duplicate, conflict, rejected, later = (pending[0:40], pending[40:60], pending[60:65], pending[65:70],
                                                     pending[70:75])
    counts = sync_apply.record_push_results(store, [
        *(OpOutcome(o, "applied") for o in applied),
        *(OpOutcome(o, "duplicate", original="applied") for o in duplicate[:10]),
        *(OpOutcome(o, "duplicate", original="conflict", reason="kept") for o in duplicate[10:]),
        *(OpOutcome(o, "conflict", reason="HQ holds revision 3") for o in conflict),
        *(OpOutcome(o, "rejected", reason="refused") for o in rejected),
        *(OpOutcome(o, "rejected", reason="its file is not uploaded yet", retryable=True) for o in later),
        OpOutcome("another-laptop:1", "applied"),  # not this laptop's op: ignored
    ])
    assert counts == {"acked": 41, "duplicate": 10, "conflict": 15, "rejected": 5, "pending": 5}
    counted = assert_counts_hold(store)
    assert (counted.pending, counted.rejected, counted.conflicts) == (len(pending) - 70, 5, 15)
    # Acknowledged changes left the outbox; the rest stays with HQ's reason.
    assert not set(applied + duplicate[:10]) & set(_op_ids(store, "pending", "acked", "duplicate", "rejected",
                                                             "conflict"))
    # An answer for a change already answered changes nothing.
    sync_apply.record_push_results(store, [OpOutcome(o, "rejected", reason="late") for o in applied + conflict])
    assert assert_counts_hold(store) == counted

    assert sync_apply.retry_rejected(store, rejected[:2]) == 2
    assert assert_counts_hold(store).rejected == 3
    assert sync_apply.retry_rejected(store) == 3
    assert assert_counts_hold(store).rejected == 0

    # Sealing the testimony of pending rows takes them out of the unsealed count.
    with store.session() as s:
        unsealed = list(s.scalars(select(OutboxOp.seq).where(OutboxOp.state == "pending", OutboxOp.entity.in_(
            ("worker_interviews", "interpreter_notes")), OutboxOp.sealed.is_(None)).limit(4)))
    before = assert_counts_hold(store).unsealed
    sync_apply.store_sealed(store, {seq: {"notes_original": {"sealed": 1, "kid": "ek-test", "ct": "AAAA"}}
                                    for seq in unsealed})
    assert assert_counts_hold(store).unsealed == before - len(unsealed)


def test_deleting_answered_rows_removes_exactly_those_in_the_state_named_and_the_counts_follow(store: Store) -> None:
    """Runs of consecutive rows, scattered ones, rows in another state and numbers no row has: only the
    listed rows in the state named go, and the kept counts (testimony not sealed yet among them) follow."""
    import random

    demo.generate(store, inspections=3, seed=11)
    pending = _op_ids(store, "pending")
    sync_apply.record_push_results(store, [OpOutcome(o, "rejected", reason="refused") for o in pending[100:130:3]])
    rng = random.Random(4)
    for _round in range(6):
        with store.session() as s:
            rows = dict(s.execute(text("SELECT seq, state FROM outbox")).all())
        if not rows:
            break
        low = min(rows)
        listed = [seq for seq in range(low, low + rng.randint(1, 700)) if rng.random() < 0.85]  # runs with gaps
        listed += rng.sample(sorted(rows), min(len(rows), 40)) + [10**9, -1]  # scattered, and no such rows
        with store.unit_of_work() as uow:
            removed = outbox_counts.delete_by_seq(uow.connection, listed, "pending")
        with store.session() as s:
            left = dict(s.execute(text("SELECT seq, state FROM outbox")).all())
        expected = {seq for seq in set(listed) if rows.get(seq) == "pending"}
        assert removed == len(expected)
        assert set(rows) - set(left) == expected  # nothing else went
        assert all(left[seq] == "rejected" for seq in set(listed) & set(left) if rows[seq] != "pending")
        assert_counts_hold(store)


_KILLED_MID_TRANSACTION = textwrap.dedent("""
    import os, sys
    from inspector_app.core import outbox_counts
    from inspector_app.core.services import sync_apply
    from inspector_app.core.services.sync_apply import OpOutcome
    from inspector_app.core.store import Store

    store = Store.open(sys.argv[1], sys.argv[2])
    calls = 0
    real_add = outbox_counts.add

    def add_then_die(conn, deltas):
        global calls
        calls += 1
        real_add(conn, deltas)
        if calls >= int(sys.argv[4]):
            os._exit(9)  # killed inside the transaction, after its statements, before its commit

    outbox_counts.add = add_then_die
    if sys.argv[3] == "answers":
        with store.session() as s:
            ops = [r[0] for r in s.connection().exec_driver_sql(
                "SELECT op_id FROM outbox WHERE state = 'pending' ORDER BY seq")]
        sync_apply.record_push_results(store, [OpOutcome(o, "applied") for o in ops[:-5]]
                                       + [OpOutcome(o, "rejected", reason="no") for o in ops[-5:]])
    else:
        sync_apply.compact_outbox(store, chunk=100)
    os._exit(0)
""")


def _killed(store: Store, what: str, at_call: int) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    store.close()
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_TRANSACTION, str(store.data_dir), PASSPHRASE, what,
                           str(at_call)], env=env, capture_output=True, text=True, timeout=120)
    return done.returncode


def test_a_process_killed_while_recording_hq_answers_keeps_rows_and_counts_together(store: Store) -> None:
    demo.generate(store, inspections=4, seed=2)
    before_rows, before = _all_rows(store), assert_counts_hold(store)
    # Killed after the deletions and the rejections were written, inside their one transaction.
    assert _killed(store, "answers", at_call=2) == 9
    with Store.open(store.data_dir, PASSPHRASE) as reopened:
        assert _all_rows(reopened) == before_rows and assert_counts_hold(reopened) == before
        _checks_clean(reopened)


def test_an_upgraded_laptop_counts_its_queue_and_compacts_what_hq_acknowledged(store: Store) -> None:
    demo.generate(store, inspections=10, seed=3)
    total = len(_op_ids(store, "pending"))
    acknowledged = total - 150
    as_older_version(store, PASSPHRASE, acknowledged=acknowledged)
    with Store.open(store.data_dir, PASSPHRASE) as upgraded:
        counted = assert_counts_hold(upgraded)
        assert counted.pending == 150 and len(_op_ids(upgraded, "acked")) == acknowledged
        _checks_clean(upgraded)
        assert sync_apply.compact_outbox(upgraded, chunk=128) == acknowledged
        assert assert_counts_hold(upgraded) == counted and _op_ids(upgraded, "acked") == []
        assert len(_op_ids(upgraded, "pending")) == 150
        _checks_clean(upgraded)  # every record still matches its last audit entry; the chain is whole


def test_a_crash_mid_compaction_loses_nothing(store: Store) -> None:
    demo.generate(store, inspections=10, seed=4)
    assert len(_op_ids(store, "pending")) > 500
    as_older_version(store, PASSPHRASE, acknowledged=450)
    with Store.open(store.data_dir, PASSPHRASE) as upgraded:
        pending_rows = [r for r in _all_rows(upgraded) if r[2] == "pending"]
        counted = assert_counts_hold(upgraded)
    # Killed inside the third chunk's transaction: two chunks of 100 are gone, the third is not.
    assert _killed(upgraded, "compact", at_call=3) == 9
    with Store.open(store.data_dir, PASSPHRASE) as reopened:
        assert len(_op_ids(reopened, "acked")) == 250
        assert [r for r in _all_rows(reopened) if r[2] == "pending"] == pending_rows
        assert assert_counts_hold(reopened) == counted
        _checks_clean(reopened)
        # A failure inside a chunk in this process rolls that chunk back the same way.
        real_add = outbox_counts.add

        def failing_add(conn: object, deltas: dict[str, int]) -> None:
            raise OSError("disk gone")

        outbox_counts.add = failing_add  # type: ignore[assignment]
        try:
            with pytest.raises(OSError):
                sync_apply.compact_outbox(reopened, chunk=100)
        finally:
            outbox_counts.add = real_add  # type: ignore[assignment]
        assert len(_op_ids(reopened, "acked")) == 250
        assert sync_apply.compact_outbox(reopened) == 250
        assert [r for r in _all_rows(reopened) if r[2] != "pending"] == []
        assert [r for r in _all_rows(reopened) if r[2] == "pending"] == pending_rows
        assert assert_counts_hold(reopened) == counted
        _checks_clean(reopened)


def test_check_after_compaction_still_finds_a_record_changed_behind_the_apps_back(store: Store) -> None:
    inspection = new_inspection(store)
    checklist.save_answer(store, inspection, "LPA-C-01", result="compliant", note="as written")
    checklist.save_answer(store, inspection, "LPA-C-02", result="compliant", note="still queued")
    with store.session() as s:
        acked, queued = s.execute(text("SELECT op_id, entity_id FROM outbox WHERE entity = 'checklist_answers' "
                                       "ORDER BY seq")).all()
    sync_apply.record_push_results(store, [OpOutcome(acked.op_id, "applied")])
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.op_id == acked.op_id)) == 0
    _checks_clean(store)
    with store.engine.connect() as conn:  # raw SQL on an unlocked database, behind the write path
        conn.exec_driver_sql("UPDATE checklist_answers SET note = 'edited' WHERE id IN (?, ?)",
                             (acked.entity_id, queued.entity_id))
        conn.commit()
    records = next(r for r in run_checks(store) if r.name == "records against the audit trail")
    assert not records.ok and records.detail.startswith("2 changed")
    problems = "\n".join(records.problems)
    # The queued copy still names the field; for the compacted one the audit entry proves the change.
    assert f"checklist_answers {queued.entity_id}: note changed since audit entry" in problems
    assert f"checklist_answers {acked.entity_id}: content changed since audit entry" in problems


def test_check_names_a_queue_changed_outside_the_app(store: Store) -> None:
    demo.generate(store, inspections=2, seed=6)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox ORDER BY seq LIMIT 3)")
        conn.commit()
    waiting = next(r for r in run_checks(store) if r.name == "changes waiting to sync")
    assert not waiting.ok and "changed outside the app" in waiting.detail
