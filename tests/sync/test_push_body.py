"""The push request the laptop writes straight from its outbox (while HQ applies the batch before) is, as
JSON, exactly what the protocol's serialiser makes of the same batch: HQ of any version reads the same ops,
testimony sealed, laptop-only fields left out. And keeping HQ's answers while the next batch is on its way
loses nothing and duplicates nothing when the laptop fails in between."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_app.core import demo
from inspector_app.core.errors import StoreError
from inspector_app.core.models import OutboxOp
from inspector_app.core.services import checklist, sync_apply
from inspector_app.core.store import Store
from inspector_app.hq.models import OpLog
from inspector_app.hq.op_checks import PushBatchEnvelope
from inspector_app.sync import engine as engine_module
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.outbox import batch_json, op_json, prepare, read_pending, wire_op
from inspector_app.sync.protocol import LOCAL_ONLY_FIELDS, PushBatch
from inspector_app.sync.sealed import unsealed_fields

from ..core.helpers import new_inspection
from ..hq.support import HQServer
from .records import made_op_ids

# What is checked here is the laptop's side; HQ's backend makes no difference to it.
pytestmark = pytest.mark.parametrize("hq_db_url", ["sqlite"], indirect=True)

NOTE = 'ห้องพัก "แออัด" \\ ชั้น 2\ntab\there \u2028 end'


def _strict(text: str | bytes) -> Any:
    """JSON as any HQ reads it: NaN and Infinity are not JSON."""
    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


def test_the_body_written_from_the_outbox_is_what_the_protocol_serialises(enrolled: Store) -> None:
    demo.generate(enrolled, inspections=3, seed=5)
    checklist.save_answer(enrolled, new_inspection(enrolled), "LPA-C-01", result="compliant", note=NOTE)
    with enrolled.unit_of_work() as uow:  # an account's change as an older version queued it, its verifier in it
        uow.connection.exec_driver_sql(
            "INSERT INTO outbox (seq, op_id, entity, entity_id, action, base_rev, rev, hlc, fields, attachment_refs, "
            "created_at, state, attempts) SELECT seq + 1, ? || (seq + 1), 'users', 'u-1', 'create', 0, 1, hlc, "
            "'{\"id\":\"u-1\",\"username\":\"test.inspector\",\"verifier\":\"$argon2id$secret\"}', '[]', "
            "created_at, 'pending', 0 FROM outbox ORDER BY seq DESC LIMIT 1", (f"{enrolled.device_id}:",))
    rows, held = prepare(enrolled, read_pending(enrolled, 0, 100_000, 10**9))
    assert not held
    with enrolled.session() as s:
        assert len(rows) == s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))
    assert "$argon2id$secret" not in batch_json("batch-0001-test", "d", [op_json(r) for r in rows], None, None).decode()
    # Rows sent as stored, rows with testimony sealed, and a row with a field that stays on the laptop.
    assert {"checklist_answers", "worker_interviews", "inspections", "users"} <= {r.entity for r in rows}
    for row in rows:
        assert _strict(op_json(row)) == _strict(wire_op(row).model_dump_json()), row
    body = batch_json("batch-0001-test", "hq-device-1", [op_json(r) for r in rows], "ab" * 32, 17)
    expected = PushBatch(batch_id="batch-0001-test", device_id="hq-device-1", ops=[wire_op(r) for r in rows],
                         audit_head="ab" * 32, audit_seq=17)
    assert _strict(body) == _strict(expected.model_dump_json())
    at_hq = PushBatchEnvelope.model_validate_json(body)  # as HQ reads a request
    assert len(at_hq.ops) == len(rows) and at_hq.audit_seq == 17
    assert all(not unsealed_fields(op["entity"], op["fields"]) for op in at_hq.ops)
    hidden = [op for op in at_hq.ops if op["entity"] in LOCAL_ONLY_FIELDS]
    assert hidden and all(not set(op["fields"]) & LOCAL_ONLY_FIELDS[op["entity"]] for op in hidden)
    assert any(op["fields"].get("note") == NOTE for op in at_hq.ops)


def test_a_stored_value_json_cannot_carry_goes_as_the_protocol_writes_it(enrolled: Store) -> None:
    checklist.save_answer(enrolled, new_inspection(enrolled), "LPA-C-01", result="compliant", note="fine")
    with enrolled.unit_of_work() as uow:  # a value written by a version that let a NaN through
        uow.connection.exec_driver_sql(
            "UPDATE outbox SET fields = json_set(fields, '$.note', 'x') WHERE seq = (SELECT max(seq) FROM outbox)")
        uow.connection.exec_driver_sql(
            "UPDATE outbox SET fields = replace(fields, '\"note\":\"x\"', '\"note\":NaN') "
            "WHERE seq = (SELECT max(seq) FROM outbox)")
    row = read_pending(enrolled, 0, 100_000, 10**9)[-1]
    assert "NaN" in (row.fields_json or "")
    assert op_json(row) == wire_op(row).model_dump_json()
    assert _strict(op_json(row))["fields"]["note"] is None


def test_a_failure_while_keeping_answers_with_the_next_batch_at_hq_loses_and_duplicates_nothing(
        enrolled: Store, hq: HQServer, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(enrolled, inspections=4, seed=12)
    total = made_op_ids(enrolled)
    keep = sync_apply.record_push_results
    calls = 0

    def fails_the_second_time(*args: Any, **kwargs: Any) -> dict[str, int]:
        nonlocal calls
        calls += 1
        if calls == 2:  # batch 2's answers, while batch 3 is at HQ
            raise StoreError("The data store is missing, damaged or cannot be used.")
        return keep(*args, **kwargs)

    monkeypatch.setattr(engine_module.sync_apply, "record_push_results", fails_the_second_time)
    engine = SyncEngine.for_store(enrolled, batch_ops=60)
    first = engine.sync_round()
    assert first.error is not None and not first.ok and first.applied == 60
    with hq.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(OpLog)) == 180  # batch 3 went while 2 was kept
    assert first.pending_after == len(total) - 60  # only what the laptop kept an answer for left the outbox
    monkeypatch.setattr(engine_module.sync_apply, "record_push_results", keep)
    second = engine.sync_round()
    assert second.ok and second.duplicates == 120 and second.applied == len(total) - 180
    with hq.db.read() as conn:
        assert set(conn.scalars(select(OpLog.op_id))) == total
        assert conn.scalar(select(func.count()).select_from(OpLog)) == len(total)
    engine.close()
