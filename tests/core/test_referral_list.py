"""The Referrals page's reads, a page at a time, against the whole list (`list_referrals`) on demo data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core.store import Store
from inspector_app.core.text_order import sort_key
from inspector_app.core.views import referrals
from inspector_app.core.views.referrals import ReferralQuery, ReferralRow, list_referrals
from inspector_app.core.vocab import REFERRAL_STATUSES

from ..conftest import StoreFiles


@pytest.fixture
def demo_store(data_dir: Path, store_files: StoreFiles) -> Iterator[Store]:
    """A new store with 150 demo inspections (generated once per worker; each test has a copy of its own)."""
    store = store_files.demo_copy(data_dir, inspections=150, seed=9)
    yield store
    store.close()


def _all_pages(store: Store, query: ReferralQuery, size: int) -> list[ReferralRow]:
    first = referrals.first_page(store, query, size)
    rows = list(first.rows)
    while len(rows) < (first.matching or 0):
        page = referrals.next_page(store, query, first.order, len(rows), size)
        assert page.rows, "a page came back empty before the end"
        rows += page.rows
    assert not referrals.next_page(store, query, first.order, len(rows), size).rows
    return rows


@pytest.mark.parametrize("statuses", [None, ("planned",), ("sent",), ("planned", "sent", "accepted")])
def test_paging_gives_the_whole_lists_rows_in_its_order(demo_store: Store, statuses: tuple[str, ...] | None) -> None:
    whole = list_referrals(demo_store, status=statuses)
    assert len(whole) > 20 or statuses == ("sent",)
    assert _all_pages(demo_store, ReferralQuery(statuses), 9) == whole


SORTS = {
    "referral_date": lambda r: r.referral_date,
    "case_number": lambda r: r.case_number or "",
    "status": lambda r: REFERRAL_STATUSES.index(r.status),
    "outcome": lambda r: r.outcome or "",
    "inspection": lambda r: (r.visit_date, r.reference),
    "establishment": lambda r: (sort_key(r.establishment_name), r.establishment_name),
    "workers": lambda r: r.worker_codes[0] if r.worker_codes else "",
    "receiving_body": lambda r: ("POLICE", "MDT", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY").index(r.receiving_body),
}


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_by_a_column_every_referral_comes_once_in_that_columns_order(demo_store: Store, sort: str,
                                                                            descending: bool) -> None:
    query = ReferralQuery(sort=sort, descending=descending,  # type: ignore[arg-type]
                          bodies=("POLICE", "MDT", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY"))
    rows = _all_pages(demo_store, query, 11)
    whole = list_referrals(demo_store)
    assert sorted(r.id for r in rows) == sorted(r.id for r in whole)
    keys = [SORTS[sort](r) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    usual = {r.id: n for n, r in enumerate(whole)}  # among equals: the usual order, open ones first, oldest first
    for a, b in zip(rows, rows[1:], strict=False):
        if SORTS[sort](a) == SORTS[sort](b):
            assert usual[a.id] < usual[b.id]


def test_a_refresh_of_many_rows_reads_them_in_bounded_pieces(demo_store: Store,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    whole = list_referrals(demo_store)
    monkeypatch.setattr(referrals, "CHUNK", 7)
    assert list(referrals.first_page(demo_store, ReferralQuery(), limit=len(whole) + 5).rows) == whole
