"""The fast write paths (bulk inserts, Core saves, cached chain head) log exactly what the ORM path logs."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from inspector_app.core.services import setup
from inspector_app.core import hlc
from inspector_app.core.audit import GENESIS_HASH, entry_hash, verify_chain
from inspector_app.core.checks import run_checks
from inspector_app.core.errors import NotFound, ValidationError
from inspector_app.core.models import (
    AuditEntry,
    ChecklistAnswer,
    Device,
    Establishment,
    SYNCED_MODELS,
    OutboxOp,
    WorkerInterview,
)
from inspector_app.core import demo
from inspector_app.core.db import DriverStatements
from inspector_app.core.rows import AuditChain, plan_for
from inspector_app.core.services import checklist, sync_apply
from inspector_app.core.store import Store
from inspector_app.core.types import UTCDateTime, canonical_json, new_ids
from inspector_app.core.writer import wire_fields

from ..conftest import PASSPHRASE
from .helpers import new_inspection

AWKWARD = 'quote " backslash \\ newline \n tab \t bell \x07 ไทย ျမန္မာ ខ្មែរ 🙂 \u2028'


def _logged(store: Store, entity_id: str) -> tuple[str, str]:
    with store.session() as s:
        fields = s.execute(select(OutboxOp.fields).where(OutboxOp.entity_id == entity_id)).scalar_one()
        digest = s.execute(select(AuditEntry.fields_sha256).where(AuditEntry.entity_id == entity_id)).scalar_one()
        raw = s.connection().exec_driver_sql("SELECT fields FROM outbox WHERE entity_id = ?", (entity_id,)).scalar_one()
    assert fields is not None
    return raw, digest


def test_bulk_insert_logs_each_record_as_it_is_stored(store: Store) -> None:
    rows = [
        {"name_th": AWKWARD, "name_en": None, "province_code": "63", "latitude": 0.1, "longitude": 1e-7,
         "workers_male": 2**40, "workers_by_nationality": {"MM": 3, "KH": 0, "ไทย": [1.5, None, True]}},
        {"name_th": "โรงงาน", "province_code": "10"},
    ]
    with store.unit_of_work() as uow:
        uow.insert_many(Establishment, rows)
    with store.session() as s:
        stored = s.scalars(select(Establishment).order_by(Establishment.name_th)).all()
        assert verify_chain(s).ok
    assert [e.name_th for e in stored] == sorted(r["name_th"] for r in rows)
    for establishment in stored:
        raw, digest = _logged(store, establishment.id)
        assert raw == canonical_json(wire_fields(establishment))
        assert digest == hashlib.sha256(raw.encode("utf-8")).hexdigest()
    defaulted = next(e for e in stored if e.name_th == "โรงงาน")
    assert defaulted.sector == "general" and defaulted.workers_by_nationality == {} and defaulted.rev == 1


def test_bulk_insert_converts_times_dates_booleans_and_lists(store: Store) -> None:
    inspection_id = new_inspection(store)
    moment = datetime(2026, 11, 20, 3, 4, 5, 678901, tzinfo=UTC)
    with store.unit_of_work() as uow:
        uow.insert_many(WorkerInterview, [{
            "inspection_id": inspection_id, "worker_code": "W-01", "worker_name": AWKWARD, "consent": True,
            "private_setting": 1, "daily_wage": 352.5, "interviewed_at": moment,
            "documents": [{"type": "passport", "held_by": "employer"}], "indicators": ["debt_bondage"],
        }])
    with store.session() as s:
        interview = s.scalars(select(WorkerInterview)).one()
    assert interview.interviewed_at == moment and interview.consent is True and interview.private_setting is True
    raw, _digest = _logged(store, interview.id)
    # What was given travels as given (1 stays 1); what is stored reads back typed.
    assert '"private_setting":1' in raw and '"interviewed_at":"2026-11-20T03:04:05.678901Z"' in raw
    assert '"documents":[{"held_by":"employer","type":"passport"}]' in raw


def test_bulk_insert_refuses_unknown_columns_and_writes_nothing(store: Store) -> None:
    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(TypeError, match="no column"), store.unit_of_work() as uow:
        uow.insert_many(Establishment, [{"name_th": "x", "province_code": "63", "colour": "red"}])
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


@pytest.mark.parametrize("actor", [None, "somchai", AWKWARD])
def test_chain_entries_hash_exactly_as_the_audit_check_recomputes(actor: str | None) -> None:
    chain = AuditChain(41, GENESIS_HASH, actor, "0190a7c2-1234-7abc-8def-0123456789ab")
    for rev, entity_id in enumerate(["a" * 36, AWKWARD], start=1):
        row = chain.append("checklist_answers", entity_id, "update", rev, "1767225600000-00002-abc",
                           "f" * 64, "2026-11-20T03:04:05.678901Z")
        entry = dict(zip(("seq", "at", "actor", "device_id", "entity", "entity_id", "action", "rev", "hlc",
                          "fields_sha256", "prev_hash", "hash"), row, strict=True))
        assert entry["hash"] == entry_hash(entry)


@pytest.mark.parametrize("actor", [None, "somchai", AWKWARD])
def test_bulk_chain_entries_are_the_entries_appended_one_by_one(actor: str | None) -> None:
    device = "0190a7c2-1234-7abc-8def-0123456789ab"
    ids, stamps, digests = ["a" * 36, AWKWARD, "b" * 36], [f"1767225600000-0000{n}-abc" for n in range(3)], \
        ["f" * 64, "0" * 64, "e" * 64]
    single = AuditChain(41, "1" * 64, actor, device)
    expected = [single.append("checklist_answers", entity_id, "create", 1, stamp, digest, "2026-11-20T03:04:05Z")
                for entity_id, stamp, digest in zip(ids, stamps, digests, strict=True)]
    bulk = AuditChain(41, "1" * 64, actor, device)
    made = bulk.creates("checklist_answers", ids, stamps, digests, "2026-11-20T03:04:05Z")
    assert [(seq, "2026-11-20T03:04:05Z", actor, device, "checklist_answers", entity_id, "create", 1, stamp, digest,
             prev, hashed) for seq, entity_id, stamp, digest, prev, hashed in made] == expected
    assert (bulk.seq, bulk.prev_hash) == (single.seq, single.prev_hash) == (44, expected[-1][-1])


@pytest.mark.parametrize("actor", ["o'neil", AWKWARD, "nul \x00 inside"])
def test_bulk_log_rows_are_the_rows_a_save_logs(store: Store, actor: str) -> None:
    with store.unit_of_work() as uow:  # a change logged one by one before the bulk rows, in the same transaction
        uow.save(Establishment(name_th="ก่อน", province_code="63"))
    with store.unit_of_work(actor=actor) as uow:
        uow.save(Establishment(name_th="ข", province_code="63"))
        uow.insert_many(Establishment, [{"name_th": "ค", "province_code": "63"}, {"name_th": "ง", "province_code": "10"}])
    columns = ", ".join(f"o.{c}" for c in ("entity", "action", "base_rev", "rev", "attachment_refs", "state", "attempts",
                                           "base_resolution", "created_at"))
    with store.session() as s:
        conn = s.connection()
        logged = conn.exec_driver_sql(
            f"SELECT e.name_th, e.created_at, {columns}, typeof(o.base_rev), typeof(o.rev), typeof(o.attempts) "  # noqa: S608
            "FROM establishments e JOIN outbox o ON o.entity_id = e.id ORDER BY o.seq").all()
        audit = conn.exec_driver_sql(
            "SELECT a.seq, a.actor, a.device_id, a.entity, a.action, a.rev, typeof(a.rev), a.at, e.created_at, "
            "e.name_th FROM audit_entries a JOIN establishments e ON a.entity_id = e.id ORDER BY a.seq").all()
        assert verify_chain(s).ok
    assert [row[0] for row in logged] == ["ก่อน", "ข", "ค", "ง"]
    for name_th, created_at, *log, base_type, rev_type, attempts_type in logged:
        assert log == ["establishments", "create", 0, 1, "[]", "pending", 0, None, created_at], name_th
        assert (base_type, rev_type, attempts_type) == ("integer", "integer", "integer")
    assert [row[-1] for row in audit] == ["ก่อน", "ข", "ค", "ง"]
    assert [row[0] for row in audit] == list(range(audit[0][0], audit[0][0] + 4))
    for _seq, who, device, entity, action, rev, rev_type, at, created_at, name_th in audit:
        assert (entity, action, rev, rev_type, at == created_at) == ("establishments", "create", 1, "integer", True)
        assert device == store.device_id and who == (actor if name_th != "ก่อน" else store.username)
    assert all(check.ok for check in run_checks(store))


def test_bulk_insert_tells_which_records_it_created(store: Store) -> None:
    given = new_ids(1)[0]
    with store.unit_of_work() as uow:
        uow.insert_many(Establishment, [{"name_th": "ก", "province_code": "63"},
                                        {"id": given, "name_th": "ข", "province_code": "63"}])
    with store.session() as s:
        stored = s.scalars(select(Establishment.id).order_by(Establishment.name_th)).all()
    assert uow.changes.created_ids("establishments") == stored and stored[1] == given


@pytest.mark.parametrize("text", ["nul \x00 inside", "lone \ud800 surrogate"])
def test_bulk_insert_refuses_text_hq_cannot_take_and_writes_nothing(store: Store, text: str) -> None:
    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(ValidationError, match="name th of this establishment"), store.unit_of_work() as uow:
        uow.insert_many(Establishment, [{"name_th": "fine", "province_code": "63"},
                                        {"name_th": text, "province_code": "63"}])
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before
        assert s.scalar(select(func.count()).select_from(Establishment)) == 0


def test_saved_answers_log_the_row_as_stored(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant", note=AWKWARD)
    checklist.save_answer(store, inspection_id, "LPA-C-01", evidence=["e1"])
    with store.session() as s:
        answer = s.scalars(select(ChecklistAnswer)).one()
        ops = s.scalars(select(OutboxOp).where(OutboxOp.entity_id == answer.id).order_by(OutboxOp.seq)).all()
    assert (answer.rev, answer.note, answer.evidence, answer.result) == (2, AWKWARD.strip(), ["e1"], "compliant")
    assert [(op.action, op.base_rev, op.rev) for op in ops] == [("create", 0, 1), ("update", 1, 2)]
    assert ops[-1].fields == {k: v for k, v in wire_fields(answer).items()}
    assert ops[-1].hlc == answer.hlc and ops[-1].hlc > ops[0].hlc


def test_an_unknown_inspection_is_named(store: Store) -> None:
    with pytest.raises(NotFound, match="No inspection with id nope"):
        checklist.save_answer(store, "nope", "LPA-C-01", result="compliant")


def _assert_counters_consistent(store: Store) -> None:
    with store.session() as s:
        seqs = list(s.scalars(select(OutboxOp.seq).order_by(OutboxOp.seq)))
        device = s.get(Device, store.device_id)
        newest_hlc = s.scalar(select(func.max(AuditEntry.hlc)))
        assert verify_chain(s).ok
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert device.last_seq == seqs[-1] and device.last_hlc == newest_hlc


def test_another_writer_between_saves_is_noticed(store: Store) -> None:
    """A CLI run beside the app writes through its own connection; the app's next save follows it."""
    inspection_id = new_inspection(store)
    other = setup.open_store(store.data_dir, PASSPHRASE)
    try:
        for n in range(4):
            writer = store if n % 2 == 0 else other
            checklist.save_answer(writer, inspection_id, "LPA-C-01", result="compliant", note=f"turn {n}")
    finally:
        other.close()
    _assert_counters_consistent(store)
    assert all(r.ok for r in run_checks(store) if r.name == "audit chain")


def test_a_write_outside_a_unit_of_work_on_the_same_connection_is_noticed(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant")
    with store.write_engine.begin() as conn:  # e.g. a repair tool moving the counter on
        conn.exec_driver_sql("UPDATE devices SET last_seq = last_seq + 5 WHERE id = ?", (store.device_id,))
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="non_compliant")
    with store.session() as s:
        seqs = list(s.scalars(select(OutboxOp.seq).order_by(OutboxOp.seq.desc()).limit(2)))
    assert seqs[0] == seqs[1] + 6


def test_a_saved_device_record_keeps_the_counters(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant")
    sync_apply.mark_revoked(store)  # a service that saves the device record itself
    checklist.save_answer(store, inspection_id, "LPA-C-02", result="compliant")
    _assert_counters_consistent(store)
    with store.session() as s:
        revoked = s.scalars(select(AuditEntry).where(AuditEntry.action == "revoked")).one()
        device = s.get(Device, store.device_id)
    assert revoked.entity == "devices" and device.revoked


def test_a_failed_save_leaves_the_next_one_correct(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant")
    with pytest.raises(Exception):  # noqa: B017 - any failure inside the transaction
        checklist.save_answer(store, inspection_id, "LPA-C-01", value="not a number", result="bad")
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        uow.log_only("inspections", inspection_id, "noted", {"x": 1})
        raise RuntimeError("power cut")
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="non_compliant")
    _assert_counters_consistent(store)


def test_clock_stamps_in_bulk_are_what_single_ticks_give() -> None:
    for last, now in (("", 5), ("0000000000009-00003-n", 5), ("0000000000005-99998-n", 5)):
        single, stamp = [], last
        for _ in range(4):
            stamp = hlc.tick(stamp, "n", now)
            single.append(stamp)
        assert hlc.ticks(last, "n", 4, now) == single


def test_bulk_ids_are_unique_time_ordered_uuid7() -> None:
    ids = new_ids(10_000) + new_ids(3)
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == ids[0]
    assert abs(int(ids[0][:8] + ids[0][9:13], 16) / 1000 - datetime.now(UTC).timestamp()) < 60


def test_dates_bind_as_iso_text(store: Store) -> None:
    from inspector_app.core.models import LanguageCoordinator

    with store.unit_of_work() as uow:
        uow.insert_many(LanguageCoordinator, [{"full_name": "Nan", "languages": ["my"],
                                               "no_conflict_declared_on": date(2025, 1, 15)}])
    with store.session() as s:
        raw = s.connection().exec_driver_sql("SELECT no_conflict_declared_on FROM language_coordinators").scalar()
    assert raw == "2025-01-15"


def test_every_stored_record_reads_back_on_the_driver_as_a_core_select_reads_it(store: Store) -> None:
    """The autosave path reads the answer it changes with plain SQL and `TablePlan.decode`: the values must
    be the ORM's own (times, dates, booleans, JSON, None), or a save would log a change nobody made."""
    demo.generate(store, inspections=6, seed=11)
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant", note=AWKWARD, evidence=["a", "b"])
    compared, kinds = 0, set()
    with store.write_engine.connect() as conn:
        for name, model in SYNCED_MODELS.items():
            plan = plan_for(model)
            table = model.__table__
            typed = {row["id"]: dict(row) for row in conn.execute(select(*table.c)).mappings()}
            stored = conn.exec_driver_sql(f"SELECT {plan.columns_sql} FROM {name}").all()
            decoded = {row["id"]: row for row in map(plan.decode, stored)}
            keyed = {row_id: {c.key: row[c.name] for c in table.c} for row_id, row in typed.items()}
            assert decoded == keyed, name
            for row_id, row in decoded.items():  # equal and of the same types (True == 1, but not as a bool)
                assert [type(v) for v in row.values()] == [type(v) for v in keyed[row_id].values()], name
            compared += len(decoded)
            kinds |= {type(v) for row in decoded.values() for v in row.values()}
    assert compared > 500 and {datetime, date, bool, list, dict, int, str, type(None)} <= kinds, (compared, kinds)


@pytest.mark.parametrize("stored", ["2026-11-20T10:00:00.000000Z", "1999-12-31T23:59:59.999999Z",
                                    "2026-02-28T00:00:00.5Z", "2026-11-20T10:00:00Z"])
def test_stored_times_read_back_as_strptime_reads_them(stored: str) -> None:
    expected = datetime.strptime(stored, "%Y-%m-%dT%H:%M:%S.%fZ" if "." in stored else "%Y-%m-%dT%H:%M:%SZ")
    if "." not in stored:  # not the stored form: refused as before
        with pytest.raises(ValueError):
            UTCDateTime().process_result_value(stored, None)
        return
    read = UTCDateTime().process_result_value(stored, None)
    assert read == expected.replace(tzinfo=UTC) and read.tzinfo is UTC


def test_a_driver_statement_fails_as_sqlalchemy_would_say(store: Store) -> None:
    """The write path's plain statements raise SQLAlchemy's errors, which the disk-full and error
    messages read (`orig`), exactly as through `exec_driver_sql`."""
    with store.write_engine.connect() as conn:
        with pytest.raises(OperationalError) as through_sqlalchemy:
            conn.exec_driver_sql("INSERT INTO no_such_table VALUES (?)", (1,))
        with pytest.raises(OperationalError) as on_the_driver:
            DriverStatements(conn).exec_driver_sql("INSERT INTO no_such_table VALUES (?)", (1,))
        with pytest.raises(IntegrityError):
            DriverStatements(conn).exec_driver_sql("INSERT INTO devices (id) VALUES (?)", [(store.device_id,)])
    assert str(on_the_driver.value.orig) == str(through_sqlalchemy.value.orig) == "no such table: no_such_table"
    assert on_the_driver.value.statement == through_sqlalchemy.value.statement
