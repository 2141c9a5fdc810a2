"""A push's writes are one transaction on either database: a failure part-way through them leaves nothing
behind and the laptop's retry gets the answers a clean push gets; a reassignment waits for a push that is
writing under the inspection, then moves what it wrote."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from inspector_app.hq import bulk, projections, reassign, users
from inspector_app.hq.models import Batch, HQFinding, HQStatSections, OpLog, Record
from inspector_app.sync.client import HQBusy

from .devices import fake_laptop
from .support import HQServer


def _held(hq: HQServer) -> dict[str, Any]:
    """What HQ holds, by table: record ids with their revisions and fields, logged ops, batches, projections."""
    with hq.db.read() as conn:
        return {
            "records": sorted((r.entity_id, r.rev, str(r.fields)) for r in conn.execute(select(Record))),
            "ops": sorted(tuple(r) for r in conn.execute(select(OpLog.op_id, OpLog.rev, OpLog.status))),
            "batches": conn.scalar(select(func.count()).select_from(Batch)),
            "findings": sorted(tuple(r) for r in conn.execute(select(HQFinding.id, HQFinding.title_en))),
            "sums": sorted(tuple(r) for r in conn.execute(select(HQStatSections.__table__))),
        }


def test_a_batch_failing_part_way_through_its_writes_leaves_nothing_and_its_retry_gets_every_answer(
        hq: HQServer, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = fake_laptop(hq)
    inspection = laptop.own_inspection(visit_date="2026-11-03", province_code="10")
    ops = [laptop.op("findings", f"f-{n}", 0, 1, inspection_id=inspection, title_en=f"Wages withheld ({n})",
                     severity="S2", status="open", item_code=f"C-{n}") for n in range(40)]
    ops += [laptop.op("checklist_answers", f"a-{n}", 0, 1, inspection_id=inspection, item_code=f"C-{n}",
                      note="ตรวจแล้ว") for n in range(40)]
    before = _held(hq)
    real_insert, failing = bulk.insert_rows, [True]

    def fail_part_way(conn: Any, table: Any, rows: Any) -> None:
        if table.name != "ops" or not failing:
            return real_insert(conn, table, rows)
        failing.clear()
        if conn.dialect.name == "postgresql":
            # A row the database refuses in the middle of the COPY stream, after the records went in: a number
            # too large for its column (never stored cut short).
            rows = list(rows)
            rows[len(rows) // 2] = {**rows[len(rows) // 2], "rev": 2**40}
            return real_insert(conn, table, rows)
        real_insert(conn, table, rows)
        raise OperationalError("INSERT INTO ops", {}, Exception("the database went away"))

    monkeypatch.setattr(bulk, "insert_rows", fail_part_way)
    batch = laptop.batch(*ops)
    with pytest.raises(HQBusy):
        laptop.client.push(batch)
    assert not failing
    assert _held(hq) == before  # not one record, op, projection row or sum of the failed try

    answer = laptop.client.push(batch)  # the laptop sends the same batch again
    assert not answer.replayed
    assert [(r.op_id, r.status) for r in answer.results] == [(op.op_id, "applied") for op in ops]
    held = _held(hq)
    assert {r[0] for r in held["records"]} >= {op.id for op in ops}
    assert ("f-7", "Wages withheld (7)") in held["findings"] and held["sums"] != before["sums"]
    again = laptop.client.push(batch)
    assert again.replayed and again.results == answer.results


def test_a_reassignment_waits_for_a_push_writing_under_the_inspection_then_moves_what_it_wrote(
        hq: HQServer, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = fake_laptop(hq, "Old"), fake_laptop(hq, "New")
    inspection = old.own_inspection()
    users.create_user(hq.db, "ploy", "Ploy S.", "long password 1")
    supervisor = users.find_reviewer(hq.db, "ploy")
    written, release = threading.Event(), threading.Event()
    real_project = projections.project

    def project_then_wait(conn: Any, records: Any) -> None:
        real_project(conn, records)
        written.set()  # the push has checked the owner and written its records; its transaction is still open
        release.wait(30)

    monkeypatch.setattr(projections, "project", project_then_wait)
    pushed: list[Any] = []
    moved: list[Any] = []
    pushing = threading.Thread(target=lambda: pushed.append(old.push(
        old.op("worker_interviews", "w-late", 0, 1, inspection_id=inspection, worker_code="W-07"))))
    pushing.start()
    try:
        assert written.wait(30)
        reassigning = threading.Thread(target=lambda: moved.append(
            reassign.reassign(hq.db, inspection, new.device_id, supervisor, "Laptop replaced")))
        reassigning.start()
        time.sleep(0.7)
        assert not moved  # the reassignment waits for the push's transaction
    finally:
        release.set()
    pushing.join(timeout=60)
    reassigning.join(timeout=60)
    assert pushed and pushed[0].results[0].status == "applied"
    assert moved and moved[0].records_moved == 2  # the inspection and the interview the push wrote
    with hq.db.read() as conn:
        owners = {r.entity_id: r.owner_device_id for r in conn.execute(
            select(Record.entity_id, Record.owner_device_id).where(Record.entity_id.in_([inspection, "w-late"])))}
    assert owners == {inspection: new.device_id, "w-late": new.device_id}
