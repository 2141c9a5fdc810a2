"""The push's lookups over a batch's ids (`db.rows_among`) find exactly what a SQLAlchemy select with `among`
finds, on either database: any number of ids (across its chunks), repeated and absent ids, odd text, with an
equality beside the list, and locked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from inspector_app.hq import db as hq_db
from inspector_app.hq.db import among, rows_among
from inspector_app.hq.models import Record

from .devices import fake_laptop
from .support import HQServer

RECORDS = Record.__table__
COLUMNS = ("entity", "entity_id", "owner_device_id", "rev", "inspection_id", "reference", "resolution_id")
ODD = ["it's", 'a "quoted" id', "ไทย-๑", "semi;colon", "%s", "?", "back\\slash", " spaced ", "x" * 64]


def _fill(hq: HQServer) -> tuple[str, list[str]]:
    owner = fake_laptop(hq).device_id
    now = datetime(2026, 12, 7, tzinfo=UTC)
    ids = [f"rec-{n:04d}" for n in range(900)] + ODD
    rows = [{"entity": "findings" if n % 3 else "inspections", "entity_id": entity_id, "owner_device_id": owner,
             "writer_device_id": owner, "inspection_id": None if n % 5 == 0 else f"insp-{n % 7}",
             "reference": f"REF/{n}" if n % 3 == 0 else None, "rev": n % 11, "hlc": "h", "fields": {"id": entity_id},
             "fields_sha256": "0" * 64, "needs_review": False, "last_op_id": f"x:{n}", "created_at": now,
             "updated_at": now} for n, entity_id in enumerate(ids)]
    with hq.db.write() as conn:
        conn.execute(RECORDS.insert(), rows)
    return owner, ids


@pytest.mark.parametrize("size", [0, 1, 2, 399, 400, 401, 800, 1300])
def test_rows_among_finds_what_a_select_among_finds(hq: HQServer, size: int) -> None:
    _owner, ids = _fill(hq)
    wanted = (ids[::-1] + [f"absent-{n}" for n in range(size)])[: size]  # held and absent ids, any order
    if size > 2:
        wanted[1] = wanted[0]  # repeated
    with hq.db.read() as conn:
        found = sorted(tuple(row) for row in rows_among(conn, RECORDS, COLUMNS, "entity_id", wanted))
        expected = sorted({tuple(row) for start in range(0, len(wanted), 400) for row in conn.execute(
            select(*(RECORDS.c[c] for c in COLUMNS)).where(among(conn, RECORDS.c.entity_id,
                                                                 wanted[start:start + 400])))})
        held = {row.entity_id for row in rows_among(conn, RECORDS, COLUMNS, "entity_id", wanted)}
    assert found == expected
    assert held == set(wanted) & set(ids)


def test_rows_among_with_an_equality_and_a_lock_and_odd_text(hq: HQServer) -> None:
    owner, ids = _fill(hq)
    wanted = ODD + ids[:500] + ["never-held"]
    with hq.db.write() as conn:
        locked = dict(rows_among(conn, RECORDS, ("entity_id", "owner_device_id"), "entity_id", wanted,
                                 equal=[("entity", "inspections")], lock=True))
        by_reference = dict(rows_among(conn, RECORDS, ("reference", "entity_id"), "reference",
                                       [f"REF/{n}" for n in range(0, 950, 3)] + ["REF/1", "it's"]))
        expected = {row.entity_id: row.owner_device_id for row in conn.execute(
            select(RECORDS.c.entity_id, RECORDS.c.owner_device_id).where(
                RECORDS.c.entity == "inspections", RECORDS.c.entity_id.in_(wanted)))}
    assert locked == expected and set(locked.values()) == {owner}
    assert set(ODD) & set(locked) == {ODD[n] for n in range(len(ODD)) if (900 + n) % 3 == 0}
    assert by_reference == {f"REF/{n}": ids[n] for n in range(0, len(ids), 3)}


def test_rows_among_refuses_columns_it_would_read_otherwise_than_sqlalchemy(hq: HQServer) -> None:
    with hq.db.read() as conn:
        for columns in [("fields",), ("created_at",), ("needs_review",)]:
            with pytest.raises(ValueError, match="plain text and integer columns"):
                rows_among(conn, RECORDS, columns, "entity_id", ["x"])
    assert hq_db.LOOKUP_CHUNK == 400
