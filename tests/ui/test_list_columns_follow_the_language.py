"""A list's columns are as wide as their words in the language on screen, after a switch in Settings too.

The lists size their short columns (dates, statuses, days overdue) to the rows once they are read. A
Burmese date is twice as long as a Thai one: after switching from English or Thai to Burmese, the
Follow-ups page cut every due date to "7 ..." until the app was started again.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from inspector_app.core.rules import propose_for_answer
from inspector_app.core.checklists import index_items, load_templates
from inspector_app.core.services import findings, referrals
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from .laptop import laptop_window
from .typing_helpers import wait_until_read

ITEMS = index_items(load_templates())


def _cut_columns(table: QTableView, columns: list[int]) -> dict[int, tuple[int, int]]:
    """Columns narrower than their widest cell: (shown width, width the words need)."""
    header = table.horizontalHeader()
    return {c: (header.sectionSize(c), table.sizeHintForColumn(c)) for c in columns
            if header.sectionSize(c) < table.sizeHintForColumn(c)}


@pytest.mark.parametrize("first", ["en", "th"])
def test_dates_and_statuses_are_not_cut_after_switching_to_burmese(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, first: str) -> None:
    store = ui_ctx.store
    inspection = new_inspection(store)
    proposal = propose_for_answer(ITEMS["LPA-E-01"], "non_compliant")
    assert proposal is not None
    finding = findings.accept_proposed(store, inspection, proposal, deadline="2026-12-01").created("findings")
    referrals.create_referral(store, finding, receiving_body="POLICE")
    translations.apply(first)
    window = laptop_window(ui_ctx, qtbot)
    # The short columns of each list: the long ones (names, titles) stretch or are cut with a tooltip.
    lists = {"inspections": (lambda: window.inspections.table, [0, 2, 3, 4, 5, 6]),
             "followups": (lambda: window.followups.table, [0, 1]),
             "referrals": (lambda: window.referrals.table, [0, 1, 2, 3, 5, 6, 7])}
    for page in lists:
        window.nav.setCurrentRow(MainWindow.PAGES.index(page))
        wait_until_read(qtbot, window)
        table, columns = lists[page][0](), lists[page][1]
        assert table.model().rowCount() >= 1, page
        assert not _cut_columns(table, columns), (first, page)

    translations.apply("my")
    for page, (table, columns) in lists.items():
        window.nav.setCurrentRow(MainWindow.PAGES.index(page))
        wait_until_read(qtbot, window)
        assert not _cut_columns(table(), columns), ("my", page, _cut_columns(table(), columns))
