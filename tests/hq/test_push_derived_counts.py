"""Each inspection's finding and interview counts (hq_inspections, which the statistics read) are what its finding
and interview rows say, after pushes that add, change and re-grade them, and after a rebuild (SQLite and
PostgreSQL)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from inspector_app.hq import projections
from inspector_app.hq.models import HQFinding, HQInspection, HQInterview

from .devices import fake_laptop
from .support import HQServer

COUNTS = ("findings", "findings_s1", "findings_s2", "findings_s3", "findings_s4", "open_findings", "interviews")


def _counted(conn: Any) -> dict[str, tuple[int, ...]]:
    return {row.id: tuple(getattr(row, c) for c in COUNTS) for row in conn.execute(select(HQInspection))}


def _from_rows(conn: Any) -> dict[str, tuple[int, ...]]:
    """The counts as the detail rows give them, worked out here without SQL aggregates."""
    tally: dict[str, Counter[str]] = {i: Counter() for i in conn.execute(select(HQInspection.id)).scalars()}
    for finding in conn.execute(select(HQFinding.inspection_id, HQFinding.severity, HQFinding.status)):
        if finding.inspection_id in tally:
            tally[finding.inspection_id].update(
                ["findings"] + ([f"findings_{finding.severity.lower()}"] if finding.severity else [])
                + (["open_findings"] if finding.status == "open" else []))
    for interview in conn.execute(select(HQInterview.inspection_id)):
        if interview.inspection_id in tally:
            tally[interview.inspection_id]["interviews"] += 1
    return {i: tuple(t[c] for c in COUNTS) for i, t in tally.items()}


def test_counts_follow_every_push_and_equal_a_rebuild(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    first = [laptop.inspection(f"i{n}", visit_date="2026-11-0{n}", establishment_id="e1") for n in range(1, 5)]
    findings = [
        laptop.op("findings", "f1", 0, 1, inspection_id="i1", severity="S1", status="open", title="a"),
        laptop.op("findings", "f2", 0, 1, inspection_id="i1", severity="S2", status="closed", title="b"),
        laptop.op("findings", "f3", 0, 1, inspection_id="i1", severity="S9", status="open", title="c"),
        laptop.op("findings", "f4", 0, 1, inspection_id="i1", status="open", title="d"),
        laptop.op("findings", "f5", 0, 1, inspection_id="i3", severity="S4", status="referred", title="e"),
    ]
    interviews = [laptop.op("worker_interviews", f"w{n}", 0, 1, inspection_id="i2") for n in range(2)]
    assert {r.status for r in laptop.push(*first, *findings, *interviews).results} == {"applied"}
    with hq.db.read() as conn:
        after_first = _counted(conn)
        assert after_first == _from_rows(conn)
    assert after_first["i1"] == (4, 1, 1, 0, 0, 3, 0) and after_first["i2"] == (0, 0, 0, 0, 0, 0, 2)
    assert after_first["i4"] == (0,) * 7

    # A later batch re-grades and closes findings, adds an interview, and sends an inspection again.
    later = [
        laptop.op("findings", "f1", 1, 2, inspection_id="i1", severity="S3", status="closed", title="a"),
        laptop.op("findings", "f6", 0, 1, inspection_id="i4", severity="S2", status="open", title="f"),
        laptop.op("worker_interviews", "w9", 0, 1, inspection_id="i1"),
        laptop.op("inspections", "i3", 1, 2, reference=first[2].fields["reference"], status="draft", revision=2,
                  visit_date="2026-11-03", establishment_id="e1"),
    ]
    assert {r.status for r in laptop.push(*later).results} == {"applied"}
    with hq.db.read() as conn:
        after_later = _counted(conn)
        assert after_later == _from_rows(conn)
    assert after_later["i1"] == (4, 0, 1, 1, 0, 2, 1) and after_later["i3"] == (1, 0, 0, 0, 1, 0, 0)
    assert after_later["i4"] == (1, 0, 1, 0, 0, 1, 0)

    with hq.db.write() as conn:
        kept = projections.snapshot(conn)
        projections.rebuild(conn)
        assert projections.snapshot(conn) == kept
        assert _counted(conn) == after_later
