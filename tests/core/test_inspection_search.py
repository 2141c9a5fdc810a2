"""The inspections list answered from memory gives exactly what the database gives, and stays current."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from inspector_app.core import demo
from inspector_app.core.services import directory, inspections
from inspector_app.core.store import Store
from inspector_app.core.views import inspection_list, inspection_search
from inspector_app.core.views.inspection_list import SORT_KEYS, InspectionQuery

from .helpers import new_inspection

PAGE = 7

QUERIES = (
    InspectionQuery(),
    InspectionQuery(text="ร"),
    InspectionQuery(text="โรงงาน"),
    InspectionQuery(text="factory 63"),  # two words, anywhere in the row, any case
    InspectionQuery(text="mae sot"),  # a district's English name
    InspectionQuery(text="แม่สอด"),  # and its Thai name
    InspectionQuery(text="no such thing"),
    InspectionQuery(statuses=frozenset({"draft", "signed"})),
    InspectionQuery(visit_types=frozenset({"routine"}), province_code="63"),
    InspectionQuery(text="2569", date_from=date(2025, 6, 1), date_to=date(2026, 6, 30)),
)


@pytest.fixture
def listed(store: Store) -> Store:
    demo.generate(store, inspections=40, seed=13)
    return store


def _pages(store: Store, query: InspectionQuery) -> list[list[str]]:
    pages, offset = [], 0
    while True:
        page = inspection_list.list_page(store, query, offset, PAGE)
        pages.append([row.id for row in page.rows])
        if len(page.rows) < PAGE:
            return pages
        offset += PAGE


def test_every_sort_filter_and_page_is_what_the_database_answers(listed: Store) -> None:
    asked = [replace(q, sort=sort, descending=descending)
             for q in QUERIES for sort in SORT_KEYS for descending in (True, False)]
    # Places sort by their names as the screen shows them: Thai, or romanised on the other screens.
    asked += [replace(q, sort=sort, place_language="en") for q in QUERIES[:2] for sort in ("province", "district")]
    from_database = {q: _pages(listed, q) for q in asked}
    assert inspection_search.index_for(listed) is None
    inspection_search.load_index(listed)
    for query in asked:
        assert _pages(listed, query) == from_database[query], query
    assert any(len(p) > 1 for p in from_database.values())  # paging was exercised
    assert from_database[replace(QUERIES[6])] == [[]]


def test_an_unfiltered_list_says_how_many_there_are_and_a_short_one_counts_itself(listed: Store) -> None:
    inspection_search.load_index(listed)
    assert inspection_list.list_page(listed, InspectionQuery(), 0, PAGE).matching == 40
    few = inspection_list.list_page(listed, InspectionQuery(text="no such thing"), 0, PAGE)
    assert (few.rows, few.matching) == ((), 0)


def test_the_index_follows_new_and_changed_records(listed: Store) -> None:
    inspection_search.load_index(listed)
    made = new_inspection(listed)  # a new establishment and an inspection there, through the services
    found = inspection_list.list_page(listed, InspectionQuery(text="sample garment"), 0, PAGE)
    assert [r.id for r in found.rows] == [made]
    inspections.update_inspection(listed, made, visit_type="complaint")
    row = inspection_list.list_page(listed, InspectionQuery(visit_types=frozenset({"complaint"}),
                                                           text="sample garment"), 0, PAGE).rows
    assert [r.visit_type for r in row] == ["complaint"]
    establishment = inspection_list.rows_by_id(listed, [made])[made]
    with listed.session() as session:
        from inspector_app.core.models import Inspection

        establishment_id = session.get(Inspection, made).establishment_id
    directory.update_establishment(listed, establishment_id, name_en="Renamed Weaving Mill")
    assert inspection_list.list_page(listed, InspectionQuery(text="sample garment"), 0, PAGE).rows == ()
    renamed = inspection_list.list_page(listed, InspectionQuery(text="weaving mill"), 0, PAGE).rows
    assert [(r.id, r.name_en) for r in renamed] == [(made, "Renamed Weaving Mill")]
    assert establishment.name_en == "Sample Garment Factory"


def test_a_cancelled_load_keeps_no_index(listed: Store) -> None:
    with pytest.raises(inspection_search.Cancelled):
        inspection_search.load_index(listed, lambda: True)
    assert inspection_search.index_for(listed) is None
    assert listed.commit_listeners == []
    assert len(inspection_list.list_page(listed, InspectionQuery(), 0, PAGE).rows) == PAGE
