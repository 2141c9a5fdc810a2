"""A real sync leaves only what HQ did not take in the outbox, with counts that equal a recount, and a
laptop that `check` finds whole; on SQLite and PostgreSQL at HQ."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, update

from inspector_app.core import demo
from inspector_app.core.checks import run_checks
from inspector_app.core.models import OutboxOp
from inspector_app.core.services import checklist, sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq.models import OpLog
from inspector_app.sync import bundle
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.status import sync_counts, sync_status

from ..conftest import PASSPHRASE
from ..core.helpers import new_inspection
from ..core.outbox_tools import as_older_version, assert_counts_hold
from ..hq.support import HQServer
from .records import made_op_ids


def _outbox(store: Store) -> dict[str, int]:
    with store.session() as s:
        return dict(s.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all())


def _clean(store: Store) -> None:
    failed = [(r.name, r.detail, r.problems) for r in run_checks(store) if not r.ok]
    assert not failed, failed


def test_a_sync_round_empties_the_outbox_and_check_stays_clean(enrolled: Store, hq: HQServer) -> None:
    demo.generate(enrolled, inspections=6, seed=41)
    assert assert_counts_hold(enrolled).pending == len(made_op_ids(enrolled))
    engine = SyncEngine.for_store(enrolled, batch_ops=150)
    assert engine.sync_round().ok
    assert _outbox(enrolled) == {} and assert_counts_hold(enrolled).pending == 0
    with hq.db.read() as conn:
        assert set(conn.scalars(select(OpLog.op_id))) == made_op_ids(enrolled)
    _clean(enrolled)  # the audit trail, its anchor (HQ's signed head) and every record still agree

    # What HQ does not simply take stays, counted, for the user.
    inspection = new_inspection(enrolled)
    checklist.save_answer(enrolled, inspection, "LPA-C-01", result="compliant", note="first")
    assert engine.sync_round().ok
    checklist.save_answer(enrolled, inspection, "LPA-C-01", note="second")
    checklist.save_answer(enrolled, inspection, "LPA-C-01", note="third")
    checklist.save_answer(enrolled, inspection, "LPA-C-02", result="non_compliant")
    with enrolled.session() as s:
        stale, bad = s.scalars(select(OutboxOp).order_by(OutboxOp.seq)).all()[-2:]
    with enrolled.unit_of_work() as uow:
        uow.session.execute(update(OutboxOp).where(OutboxOp.seq == stale.seq).values(base_rev=1))
        uow.session.execute(update(OutboxOp).where(OutboxOp.seq == bad.seq).values(fields={**bad.fields, "id": "x"}))
    report = engine.sync_round()
    assert (report.conflicts, report.rejected, report.pending_after, report.rejected_after) == (1, 1, 0, 1)
    assert _outbox(enrolled) == {"conflict": 1, "rejected": 1}
    counts = assert_counts_hold(enrolled)
    status = sync_status(enrolled)
    assert (status.pending, status.rejected_total, status.conflicts_total) == (0, 1, 1) == (
        counts.pending, counts.rejected, counts.conflicts)
    assert [p.op_id for p in status.rejected] == [bad.op_id] and [p.op_id for p in status.conflicts] == [stale.op_id]
    assert sync_apply.retry_rejected(enrolled) == 1 and sync_counts(enrolled).pending == 1
    engine.close()


def _push_directly(store: Store, hq: HQServer, limit: int) -> int:
    """Send the first `limit` queued changes to HQ without recording its answers (as the older version
    sent them before it upgraded); returns the last sequence number sent."""
    from inspector_app.core.models import Device
    from inspector_app.core.types import new_id
    from inspector_app.sync.client import HQClient
    from inspector_app.sync.outbox import OutboxRow, prepare, wire_op
    from inspector_app.sync.protocol import PushBatch

    with store.session() as s:
        rows = [OutboxRow.of(r) for r in s.scalars(select(OutboxOp).order_by(OutboxOp.seq).limit(limit))]
        device = s.get(Device, store.device_id)
    ready, held = prepare(store, rows)
    assert not held
    with HQClient(hq.url, device.token) as client:
        answer = client.push(PushBatch(batch_id=new_id(), device_id=device.hq_device_id or "",
                                       ops=[wire_op(r) for r in ready]))
    assert {r.status for r in answer.results} == {"applied"}
    return ready[-1].seq


def test_the_first_sync_after_an_upgrade_compacts_what_hq_had_acknowledged(store: Store, hq: HQServer) -> None:
    from ..hq.fixtures import enrol_store

    enrol_store(store, hq)
    demo.generate(store, inspections=7, seed=43)
    total = len(made_op_ids(store))
    sent = _push_directly(store, hq, limit=400)
    as_older_version(store, PASSPHRASE, acknowledged=sent)  # that version kept them, marked 'acked'
    with Store.open(store.data_dir, PASSPHRASE) as upgraded:
        assert assert_counts_hold(upgraded).pending == total - sent and _outbox(upgraded)["acked"] == sent
        engine = SyncEngine.for_store(upgraded)
        report = engine.sync_round()
        engine.close()
        assert report.ok and report.applied == total - sent
        assert _outbox(upgraded) == {} and assert_counts_hold(upgraded).pending == 0
        with hq.db.read() as conn:
            assert sorted(conn.scalars(select(OpLog.op_id))) == sorted(made_op_ids(upgraded))
        _clean(upgraded)


def test_a_bundle_reply_answers_and_compacts_with_counts_intact(enrolled: Store, hq: HQServer,
                                                                tmp_path: Path) -> None:
    demo.generate(enrolled, inspections=4, seed=45)
    before = assert_counts_hold(enrolled)
    out, reply = tmp_path / "day.bundle", tmp_path / "day.reply"
    bundle.export_bundle(enrolled, out)
    exported = assert_counts_hold(enrolled)  # still pending; its testimony now sealed (and kept so)
    assert before.unsealed > 0 and (exported.pending, exported.unsealed) == (before.pending, 0)
    assert hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(out),
                        "--reply", str(reply)]) == 0
    imported = bundle.import_reply(enrolled, reply)
    assert imported.acknowledged == before.pending
    assert _outbox(enrolled) == {} and assert_counts_hold(enrolled).pending == 0
    _clean(enrolled)
