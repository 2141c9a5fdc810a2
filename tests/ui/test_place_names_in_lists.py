"""Provinces and districts in the Inspections and Establishments lists: in Thai on a Thai screen, by their
romanised names on the others (as the Follow-ups page and the forms name them), and a list sorted by a place
column is in the order of the names it shows."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.text_order import sort_key
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

THAI = re.compile(r"[\u0e00-\u0e7f]")


def column_texts(page, column: int, qtbot: QtBot) -> list[str]:  # noqa: ANN001
    """Every row's text in `column`, every page read."""
    while page.model.canFetchMore(page.model.index(-1, -1)) or page.model.loading:
        page.model.fetchMore(page.model.index(-1, -1))
        qtbot.wait(20)
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def in_order(names: list[str]) -> bool:
    return [sort_key(n) for n in names] == sorted(sort_key(n) for n in names)


def test_the_inspections_list_names_and_sorts_places_in_the_screens_language(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=40, seed=4)
    translations.apply("my")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.inspections
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=15_000)
    district = page.model.COLUMNS.index("district")
    with qtbot.waitSignal(page.model.firstPageLoaded, timeout=15_000):  # the rows read in the new order
        page.table.sortByColumn(district, Qt.SortOrder.AscendingOrder)
    burmese = column_texts(page, district, qtbot)
    assert len(set(burmese)) > 2 and not any(THAI.search(n) for n in burmese), burmese
    assert in_order(burmese), burmese

    with qtbot.waitSignal(page.model.firstPageLoaded, timeout=15_000):  # read again in the Thai names' order
        translations.apply("th")
    thai = column_texts(page, district, qtbot)
    assert all(THAI.search(n) for n in thai) and in_order(thai), thai


def test_the_establishments_list_sorted_by_province_is_in_the_order_of_the_names_shown(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=40, seed=4)
    translations.apply("km")
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.PAGES.index("establishments"))
    page = window.establishments
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=15_000)
    province = page.model.COLUMNS.index("province")
    with qtbot.waitSignal(page.model.firstPageLoaded, timeout=15_000):
        page.table.sortByColumn(province, Qt.SortOrder.AscendingOrder)
    shown = column_texts(page, province, qtbot)
    assert len(set(shown)) > 2 and not any(THAI.search(n) for n in shown), shown
    assert in_order(shown), shown
