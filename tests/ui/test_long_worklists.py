"""The Follow-ups worklist and the Referrals list on a laptop with thousands of due findings and referrals.

Both pages read a page at a time as the user scrolls. What a user sees is checked against the whole
lists as the core reads them at once (`followups.worklist`, `referrals.list_referrals`) and against the
database: scrolling to the end shows the last row, a filter shows only its rows and their count, and a
save in the editor moves rows in and out of the list.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from inspector_app.core.store import Store
from inspector_app.core.text_order import sort_key
from inspector_app.core.views import followups
from inspector_app.core.views.followup_list import WorkItem
from inspector_app.core.views.referrals import list_referrals
from inspector_app.ui.context import UiContext
from inspector_app.ui.followup_labels import place_name
from inspector_app.ui.followups_page import FollowUpsPage
from inspector_app.ui.referral_dialog import ReferralDialog
from inspector_app.ui.referrals_page import ReferralsPage

from ..conftest import StoreFiles
from .laptop import worklist_page
from .test_referral_screens import choose, open_editor, page_rows
from .typing_helpers import wait_until_read

TODAY = date(2027, 6, 1)  # after the demo's visits: every deadline of its open findings is past or near
PAGE = 200


@pytest.fixture
def store(data_dir: Path, store_files: StoreFiles) -> Iterator[Store]:
    """This file's laptop: 1,200 demo inspections (generated once per worker; each test has a copy of its own)."""
    busy_store = store_files.demo_copy(data_dir, inspections=1200, seed=11)
    yield busy_store
    busy_store.close()


@pytest.fixture
def busy(ui_ctx: UiContext) -> UiContext:
    """The screens' context over this file's busy laptop."""
    return ui_ctx


def counted(n: int, noun: str) -> str:
    """A count as English screens write it: "1 referral", "4,077 referrals"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _sql(store: Store, sql: str, **params: object) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _scroll_to_end(qtbot: QtBot, view: object, model: object) -> None:
    """Scroll down as a user does, until the list has no more to read."""

    def at_end() -> bool:
        view.scrollToBottom()  # type: ignore[attr-defined]
        return not model.canFetchMore() and not model._fetching  # type: ignore[attr-defined]

    qtbot.waitUntil(at_end, timeout=60_000)


def _expected(store: Store, district: str | None = None) -> list[tuple[str, str]]:
    """(kind, id) of every due row, earliest first, as the core reads the whole list at once."""
    whole = followups.worklist(store, today=TODAY, district=district)
    rows = [(f.deadline, 1, f.reference, f.finding_id, "finding") for f in whole.findings]
    rows += [(v.follow_up_date, 0, v.reference, v.inspection_id, "visit") for v in whole.visits]
    return [(kind, row_id) for *_key, row_id, kind in sorted(rows)]


def _listed(page: FollowUpsPage) -> list[tuple[str, str]]:
    return [(page.model.row(n).kind, page.model.row(n).row_id) for n in range(page.proxy.rowCount())]


def test_scrolling_the_worklist_to_the_end_shows_every_due_row_in_order_ending_with_the_latest(
        busy: UiContext, qtbot: QtBot) -> None:
    store = busy.store
    expected = _expected(store)
    assert len(expected) > 4 * PAGE  # thousands: more than a few pages
    page = worklist_page(busy, qtbot, TODAY)
    assert page.proxy.rowCount() == PAGE  # the first page only, until the user scrolls
    [(findings, overdue_findings)] = _sql(store, "SELECT count(*), count(*) FILTER (WHERE deadline < :today) FROM "
                                                 "findings WHERE status = 'open' AND deadline <= :horizon",
                                          today=TODAY.isoformat(), horizon="2027-07-01")
    whole = followups.worklist(store, today=TODAY)
    assert len(whole.findings) == findings
    overdue = overdue_findings + sum(v.overdue for v in whole.visits)
    assert page.summary.plain_text() == (f"{counted(findings, 'finding')} due · "
                                         f"{counted(len(whole.visits), 'planned follow-up visit')} · {overdue:,} overdue")

    _scroll_to_end(qtbot, page.table, page.model)
    assert _listed(page) == expected
    last = page.proxy.rowCount() - 1
    latest = page.model.row(last)
    assert latest.due == max(page.model.row(n).due for n in range(page.proxy.rowCount()))
    assert page.proxy.index(last, 1).data() in ("Due today", f"Due in {counted(-latest.days_overdue, 'day')}",
                                                f"OVERDUE by {counted(latest.days_overdue, 'day')}")
    rect = page.table.visualRect(page.proxy.index(last, 0))
    assert page.table.viewport().rect().intersects(rect)  # on screen at the bottom


def test_the_district_filter_shows_only_that_districts_rows_and_their_count(busy: UiContext, qtbot: QtBot) -> None:
    store = busy.store
    page = worklist_page(busy, qtbot, TODAY)
    offered = [page.district.itemData(n) for n in range(1, page.district.count())]
    by_district = {d: len(_expected(store, d)) for d in offered}
    assert sum(by_district.values()) == len(_expected(store))  # every due row is in a district offered
    district = max(by_district, key=by_district.__getitem__)
    page.district.setCurrentIndex(page.district.findData(district))
    wait_until_read(qtbot, page)
    _scroll_to_end(qtbot, page.table, page.model)
    assert _listed(page) == _expected(store, district)
    assert all(page.proxy.index(n, 3).data().endswith(f" · {place_name(district)}")
               for n in range(page.proxy.rowCount()))
    whole = followups.worklist(store, today=TODAY, district=district)
    assert page.summary.plain_text() == (
        f"{counted(len(whole.findings), 'finding')} due · {counted(len(whole.visits), 'planned follow-up visit')} · "
        f"{sum(f.overdue for f in whole.findings) + sum(v.overdue for v in whole.visits):,} overdue")


def test_a_finding_saved_in_the_editor_leaves_and_rejoins_the_worklist_where_the_user_scrolled(
        busy: UiContext, qtbot: QtBot) -> None:
    page = worklist_page(busy, qtbot, TODAY)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.proxy.rowCount() >= 2 * PAGE, timeout=20_000)  # the user scrolled a page down
    scrolled = page.proxy.rowCount()
    first: WorkItem = next(page.model.row(n) for n in range(scrolled) if page.model.row(n).kind == "finding"
                           and page.model.row(n).source == "laptop")
    editor = open_editor(busy, qtbot, first.earlier_inspection_id)
    tab = editor.findings
    editor.tabs.setCurrentWidget(tab)
    tab.select_finding(first.finding_id)
    qtbot.waitUntil(lambda: tab.current_id == first.finding_id, timeout=10_000)

    choose(tab.status, "remedied")  # saved by the editor: the worklist hears of it and reads again
    qtbot.waitUntil(lambda: first.row_id not in {r for _k, r in _listed(page)}, timeout=20_000)
    assert page.proxy.rowCount() >= scrolled - 1  # the rows read so far are read again, not just the first page
    choose(tab.status, "open")
    qtbot.waitUntil(lambda: first.row_id in {r for _k, r in _listed(page)}, timeout=20_000)
    assert _listed(page) == _expected(busy.store)[:page.proxy.rowCount()]
    editor.close()


def test_sorting_the_worklist_by_establishment_is_the_databases_order_of_names(busy: UiContext,
                                                                                qtbot: QtBot) -> None:
    page = worklist_page(busy, qtbot, TODAY)
    header = page.table.horizontalHeader()
    column = page.model.COLUMNS.index("establishment")
    header.sectionClicked.emit(column)
    wait_until_read(qtbot, page)
    names = [page.model.row(n).name_th for n in range(page.proxy.rowCount())]
    assert names == sorted(names, key=lambda n: (sort_key(n), n))
    header.sectionClicked.emit(column)  # again: the other way round
    wait_until_read(qtbot, page)
    _scroll_to_end(qtbot, page.table, page.model)
    names = [page.model.row(n).name_th for n in range(page.proxy.rowCount())]
    assert len(names) == len(_expected(busy.store))
    assert names == sorted(names, key=lambda n: (sort_key(n), n), reverse=True)


# -- referrals -----------------------------------------------------------------------------------------


def _referrals_page(ctx: UiContext, qtbot: QtBot) -> ReferralsPage:
    page = ReferralsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    wait_until_read(qtbot, page)
    return page


def test_scrolling_the_referrals_to_the_end_shows_every_referral_in_order(busy: UiContext, qtbot: QtBot) -> None:
    whole = list_referrals(busy.store)
    assert len(whole) > 4 * PAGE
    page = _referrals_page(busy, qtbot)
    assert page.proxy.rowCount() == PAGE and page.count_label.text() == counted(len(whole), "referral")
    _scroll_to_end(qtbot, page.table, page.model)
    assert [page.model.row(n).id for n in range(page.proxy.rowCount())] == [r.id for r in whole]
    last = page_rows(page)[-1]
    assert last["establishment"] == whole[-1].establishment_name and last["case_number"] == (whole[-1].case_number
                                                                                               or "")


def test_the_status_filter_shows_only_those_referrals_and_their_count(busy: UiContext, qtbot: QtBot) -> None:
    page = _referrals_page(busy, qtbot)
    [(sent,)] = _sql(busy.store, "SELECT count(*) FROM referrals WHERE status = 'sent'")
    assert sent > 0
    choose(page.status_filter, "sent")
    wait_until_read(qtbot, page)
    qtbot.waitUntil(lambda: page.count_label.text() == counted(sent, "referral"), timeout=20_000)
    _scroll_to_end(qtbot, page.table, page.model)
    shown = page_rows(page)
    assert len(shown) == sent and all(r["status"].startswith("Sent") for r in shown)


def test_a_referral_saved_in_its_editor_shows_its_new_status_and_sorting_is_by_the_column(
        busy: UiContext, qtbot: QtBot, translations: object) -> None:
    page = _referrals_page(busy, qtbot)
    top = page.model.row(0)
    assert top.status == "planned"
    page.table.selectRow(0)
    dialog = page.open_selected()
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.detail is not None, timeout=10_000)
    qtbot.mouseClick(dialog.step_buttons["sent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.row(0).id == top.id
                    and page.model.row(0).status == "sent", timeout=20_000)
    assert page_rows(page)[0]["status"].startswith("Sent")
    assert page.selected_id() == top.id  # still selected after the list read again
    dialog.close()

    column = page.model.COLUMNS.index("establishment")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    wait_until_read(qtbot, page)
    _scroll_to_end(qtbot, page.table, page.model)
    names = [page.model.row(n).establishment_name for n in range(page.proxy.rowCount())]
    assert len(names) == len(list_referrals(busy.store))
    assert names == sorted(names, key=lambda n: (sort_key(n), n))
