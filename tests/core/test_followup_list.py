"""The follow-up worklist read a page at a time (what the Follow-ups page shows) against the whole list.

This laptop's due findings and planned visits come from the database a page at a time; the visits HQ
published for its establishment files are merged in by the same order. Paging to the end must give
exactly the rows, the order and the counts `followups.worklist` gives reading everything at once.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Establishment, Finding, Inspection
from inspector_app.core.services.sync_apply import PulledItem, apply_pull
from inspector_app.core.store import Store
from inspector_app.core.text_order import sort_key
from inspector_app.core.views import followup_list, followups
from inspector_app.core.views.followup_list import SORT_KEYS, WorkItem, WorklistQuery

from ..conftest import StoreFiles

TODAY = date(2027, 3, 1)
DISTRICTS = ("6306", "6301", "5001")


@pytest.fixture
def mixed_store(data_dir: Path, store_files: StoreFiles) -> Iterator[Store]:
    """Demo visits of this laptop, and other laptops' visits HQ published: due, not due, made, followed up
    (made once per worker; each test has a copy of its own)."""
    store = store_files.unlock_copy(data_dir, "followup-list-mixed", _mix)
    yield store
    store.close()


def _mix(store: Store) -> None:
    demo.generate(store, inspections=80, seed=5)
    rng = random.Random(3)
    with store.session() as s:
        local_ids = list(s.scalars(select(Inspection.id).where(Inspection.follow_up_date.is_not(None))
                                   .order_by(Inspection.id)))
        own = s.scalars(select(Establishment.id).order_by(Establishment.id)).first()
        due = sorted(s.scalars(select(Finding.deadline).where(Finding.status == "open", Finding.deadline.is_not(None))))
    assert due and due[-1] < TODAY - timedelta(days=60)  # the demo's deadlines: all past

    def around_local() -> str:  # HQ's dates among this laptop's, so the two interleave
        return (rng.choice(due) + timedelta(days=rng.randint(-3, 3))).isoformat()
    items = []
    for n in range(30):
        district = DISTRICTS[n % 3]
        data = {
            "reference": f"HQ-{n:03d}", "visit_date": (TODAY - timedelta(days=90 + n)).isoformat(),
            "follow_up_date": (around_local() if n % 2 else (TODAY + timedelta(days=rng.randint(-40, 60))).isoformat())
            if n % 4 else None,
            "findings": [{"id": f"hq-finding-{n:03d}-{k}", "severity": rng.choice(("S1", "S2", "S3")),
                          "title_th": rng.choice(("ไม่มีสัญญาจ้าง", "ยึดหนังสือเดินทาง", None)), "title_en": "Test title",
                          "deadline": around_local() if k % 2 else (TODAY + timedelta(days=rng.randint(-50, 50))).isoformat(),
                          "status": rng.choice(("open", "open", "remedied"))} for k in range(rng.randint(0, 3))],
        }
        if n == 5:
            data["followed_by"] = "another-visit"  # made: no longer planned
        if n == 7 and local_ids:
            data["previous_inspection_id"] = local_ids[0]  # another laptop followed one of ours up
        items.append(PulledItem(n + 1, "file_item", {
            "item": "visit", "item_id": f"hq-visit-{n:03d}", "group_id": f"group-{n % 5}",
            "establishment_ids": [own] if n % 6 == 0 else [], "data": data,
            "establishment": {"name_th": rng.choice(("โรงงานทดสอบ", "ไร่ทดสอบ", "เรือทดสอบ")) + f" {n}",
                              "name_en": None, "province_code": district[:2], "district_code": district}}))
    apply_pull(store, items, len(items))


def _all_pages(store: Store, query: WorklistQuery, size: int) -> tuple[list[WorkItem], followup_list.WorklistPage]:
    first = followup_list.first_page(store, query, size)
    rows = list(first.rows)
    while len(rows) < first.matching:
        page = followup_list.next_page(store, query, first.order, len(rows), size)
        assert page.rows, "a page came back empty before the end"
        rows += page.rows
    assert not followup_list.next_page(store, query, first.order, len(rows), size).rows
    return rows, first


def _whole(store: Store, query: WorklistQuery) -> list[tuple[str, str, str]]:
    """(kind, id, source) in the list's order, from the whole worklist read at once."""
    whole = followups.worklist(store, today=query.today, within_days=query.within_days, district=query.district,
                               overdue_only=query.overdue_only)
    keyed = [((f.deadline, 1, f.reference, f.finding_id), ("finding", f.finding_id, f.source)) for f in whole.findings]
    keyed += [((v.follow_up_date, 0, v.reference, v.inspection_id), ("visit", v.inspection_id, v.source))
              for v in whole.visits]
    return [row for _key, row in sorted(keyed)]


@pytest.mark.parametrize("district", [None, *DISTRICTS])
@pytest.mark.parametrize(("within", "overdue_only"), [(30, False), (0, False), (365, False), (30, True)])
def test_paging_gives_the_whole_worklists_rows_in_its_order_and_its_counts(
        mixed_store: Store, district: str | None, within: int, overdue_only: bool) -> None:
    query = WorklistQuery(TODAY, within, overdue_only, district)
    rows, first = _all_pages(mixed_store, query, 7)
    expected = _whole(mixed_store, query)
    assert [(r.kind, r.row_id, r.source) for r in rows] == expected
    if within == 365 and district is None:
        assert {r.source for r in rows} == {"laptop", "hq"}
    whole = followups.worklist(mixed_store, today=TODAY, within_days=within, district=district,
                               overdue_only=overdue_only)
    counts = first.counts(district)
    assert (counts.findings, counts.visits) == (len(whole.findings), len(whole.visits))
    assert counts.overdue == sum(f.overdue for f in whole.findings) + sum(v.overdue for v in whole.visits)
    by_id = {f.finding_id: f for f in whole.findings}
    for row in rows:  # each row as the whole list has it
        if row.kind == "finding":
            found = by_id[row.row_id]
            assert (row.due, row.days_overdue, row.severity, row.earlier_inspection_id, row.follow_up_id,
                    row.district_code) == (found.deadline, found.days_overdue, found.severity, found.inspection_id,
                                           found.follow_up_id, found.place.district_code)


def test_hq_rows_are_merged_into_this_laptops_and_a_followed_up_visit_is_no_longer_planned(mixed_store: Store) -> None:
    rows, _first = _all_pages(mixed_store, WorklistQuery(TODAY, 365), 5)
    sources = [r.source for r in rows]
    assert "hq" in sources and "laptop" in sources
    first_hq, last_hq = sources.index("hq"), len(sources) - 1 - sources[::-1].index("hq")
    assert "laptop" in sources[first_hq:last_hq]  # interleaved by date, not appended
    planned = {r.earlier_inspection_id for r in rows if r.kind == "visit"}
    assert "hq-visit-005" not in planned  # HQ says it was made
    with mixed_store.session() as s:
        followed_up = s.scalars(select(Inspection.id).where(Inspection.follow_up_date.is_not(None))
                                .order_by(Inspection.id)).first()
    assert followed_up not in planned  # another laptop made that follow-up


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_pages_through_every_row_once_in_that_order(mixed_store: Store, sort: str,
                                                                 descending: bool) -> None:
    query = WorklistQuery(TODAY, 365, sort=sort, descending=descending)  # type: ignore[arg-type]
    rows, _first = _all_pages(mixed_store, query, 6)
    assert sorted((r.kind, r.row_id) for r in rows) == sorted((k, i) for k, i, _s in _whole(mixed_store, query))

    def key(row: WorkItem) -> tuple:
        values = followup_list.sort_values(row, query)
        text_at = {"item": 1, "establishment": 0}.get(sort)
        if text_at is None:
            return values
        return (*values[:text_at], (sort_key(values[text_at]), values[text_at]), *values[text_at + 1:])

    assert [key(r) for r in rows] == sorted((key(r) for r in rows), reverse=descending)


def test_a_bad_filter_is_refused_in_words() -> None:
    from inspector_app.core.errors import ValidationError

    with pytest.raises(ValidationError, match="four-digit"):
        WorklistQuery(TODAY, district="63")
    with pytest.raises(ValidationError, match="Look ahead"):
        WorklistQuery(TODAY, within_days=-1)


def test_a_refresh_of_many_rows_reads_them_in_bounded_pieces(mixed_store: Store,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """After a user scrolled far, a change re-reads every row shown in one answer (SQLite binds ≤ 32,766 values)."""
    query = WorklistQuery(TODAY, 365)
    expected = _whole(mixed_store, query)
    monkeypatch.setattr(followup_list, "CHUNK", 4)
    first = followup_list.first_page(mixed_store, query, limit=len(expected) + 10)
    assert [(r.kind, r.row_id, r.source) for r in first.rows] == expected
    assert len(followup_list.next_page(mixed_store, query, first.order, 3, 9).rows) == 9


@pytest.mark.parametrize("language", ["en", "th", "my", "km", "lo"])
@pytest.mark.parametrize("descending", [False, True])
def test_by_what_is_due_the_rows_are_in_the_order_of_the_titles_shown_in_the_language(
        mixed_store: Store, language: str, descending: bool) -> None:
    """By severity, then the title a screen in `language` shows (the checklist's words in Burmese, Khmer or
    Lao, Thai on a Thai screen, English on the others), in `text_order`; this laptop's rows and HQ's merged."""
    query = WorklistQuery(TODAY, 365, sort="item", descending=descending, language=language)
    rows, _first = _all_pages(mixed_store, query, 9)
    findings = [r for r in rows if r.kind == "finding"]
    assert {r.source for r in findings} == {"laptop", "hq"}
    assert sum(r.title_labels is not None for r in findings) > 10  # titles in the checklist's words

    def shown(row: WorkItem) -> str:
        if language not in ("th", "en") and row.title_labels:
            return row.title_labels[language]
        first, second = (row.title_th, row.title_en) if language == "th" else (row.title_en, row.title_th)
        return first or second or ""

    keys = [(r.severity, sort_key(shown(r)), shown(r)) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    if language != "th":  # the order differs from the Thai titles' (what every screen was sorted by)
        thai = [r.row_id for r in _all_pages(mixed_store, replace(query, language="th"), 50)[0]]
        assert [r.row_id for r in rows] != thai


def test_a_read_ordered_by_title_that_fails_leaves_no_title_function_on_its_connection(store: Store) -> None:
    """The pooled connection goes on to serve other reads: a failed one must not leave its titles bound there."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from inspector_app.core.views.finding_titles import ordered_by_title

    call = text("SELECT finding_title(NULL, NULL, NULL, 'ก', 'a', 0)")
    with store.session() as session:
        with pytest.raises(RuntimeError), ordered_by_title(session, "en"):
            assert session.execute(call).scalar_one() == "a"  # bound while the read runs
            raise RuntimeError("the read failed")
        with pytest.raises(OperationalError):  # unbound: Python's sqlite3 leaves a name that answers nothing
            session.execute(call)
