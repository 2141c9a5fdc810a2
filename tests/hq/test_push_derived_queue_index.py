"""The review queue's finding columns (worst severity, findings, S1 findings) read only each finding's severity and
status out of its JSON in the database: the same rows as `index_row` over the findings' whole fields, for any value
a laptop may send there (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from inspector_app.hq import queue_index
from inspector_app.hq.models import InspectionIndex, Record

from .devices import fake_laptop
from .support import HQServer

ODD = [
    {"severity": "S1", "status": "open"}, {"severity": "S1", "status": "dismissed"}, {"severity": "S2"},
    {"severity": "s1", "status": "open"}, {"severity": " S3", "status": "closed"}, {"severity": 1, "status": 1},
    {"severity": True, "status": None}, {"severity": None, "status": "Dismissed"}, {"severity": ["S1"]},
    {"severity": {"level": "S1"}, "status": ["dismissed"]}, {"severity": "S4", "status": "dismissed "},
    {"severity": 1.5, "status": False}, {"severity": "S\u0031", "status": "\u0064ismissed"}, {},
    {"severity": "S4", "status": {"dismissed": True}}, {"severity": "None"}, {"severity": "S3", "status": "open"},
]


def _columns(row: Any) -> tuple[Any, ...]:
    return (row.inspection_id, row.worst_severity, row.findings, row.s1_findings)


def test_finding_columns_equal_index_rows_over_whole_fields(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    inspections = [laptop.inspection(f"insp-{n}") for n in range(len(ODD) + 1)]
    findings = [laptop.op("findings", f"f-{n}", 0, 1, inspection_id=f"insp-{n % len(ODD)}", title="t", **odd)
                for n, odd in enumerate(ODD + ODD[::2])]  # some inspections get two of them, one gets none
    assert {r.status for r in laptop.push(*inspections, *findings).results} == {"applied"}
    with hq.db.read() as conn:
        held = {_columns(row)[0]: _columns(row) for row in conn.execute(select(InspectionIndex))}
        by_inspection: dict[str, list[dict[str, Any]]] = {}
        for inspection_id, fields in conn.execute(select(Record.inspection_id, Record.fields)
                                                  .where(Record.entity == "findings")):
            by_inspection.setdefault(inspection_id, []).append(fields)
        expected = {}
        for record in conn.execute(select(Record).where(Record.entity == "inspections")):
            row = queue_index.index_row(record.entity_id, record.fields, record.needs_review,
                                        by_inspection.get(record.entity_id, ()), None, None, None, record.updated_at)
            expected[record.entity_id] = (row["inspection_id"], row["worst_severity"], row["findings"],
                                          row["s1_findings"])
    assert held == expected
    assert held["insp-0"] == ("insp-0", 1, 2, 2) and held[f"insp-{len(ODD)}"] == (f"insp-{len(ODD)}", 5, 0, 0)
    assert held["insp-1"] == ("insp-1", 2, 1, 0)  # its S1 was dismissed: only its S2 counts
