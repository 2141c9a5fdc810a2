"""Provinces and districts in the Inspections and Establishments lists: in Thai on a Thai screen, by their
romanised names on the others (as the Follow-ups page and the forms name them), and a list sorted by a place
column is in the order of the names it shows."""

from __future__ import annotations

import re
from typing import Any

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


def sorted_by(ctx: UiContext, translations: Translations, qtbot: QtBot, language: str, page_name: str,
              column_name: str) -> tuple[Any, int]:
    """40 demo inspections; the main window on a `language` screen showing `page_name`, sorted by `column_name`
    (as a click on its header does) and read in that order. Returns the page and the column."""
    demo.generate(ctx.store, inspections=40, seed=4)
    translations.apply(language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.PAGES.index(page_name))
    page = getattr(window, page_name)
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=15_000)
    column = page.model.COLUMNS.index(column_name)
    with qtbot.waitSignal(page.model.firstPageLoaded, timeout=15_000):  # the rows read in the new order
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    return page, column


def test_the_inspections_list_names_and_sorts_places_in_the_screens_language(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot) -> None:
    page, district = sorted_by(ui_ctx, translations, qtbot, "my", "inspections", "district")
    burmese = column_texts(page, district, qtbot)
    assert len(set(burmese)) > 2 and not any(THAI.search(n) for n in burmese), burmese
    assert in_order(burmese), burmese

    with qtbot.waitSignal(page.model.firstPageLoaded, timeout=15_000):  # read again in the Thai names' order
        translations.apply("th")
    thai = column_texts(page, district, qtbot)
    assert all(THAI.search(n) for n in thai) and in_order(thai), thai


def test_the_establishments_list_sorted_by_province_is_in_the_order_of_the_names_shown(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot) -> None:
    page, province = sorted_by(ui_ctx, translations, qtbot, "km", "establishments", "province")
    shown = column_texts(page, province, qtbot)
    assert len(set(shown)) > 2 and not any(THAI.search(n) for n in shown), shown
    assert in_order(shown), shown


def test_an_open_inspection_names_its_place_as_the_lists_do(ui_ctx: UiContext, translations: Translations,
                                                           qtbot: QtBot) -> None:
    """The editor's overview named the place in Thai on every screen, beside lists naming it in Latin letters."""
    from sqlalchemy import select

    from inspector_app.core import geography
    from inspector_app.core.models import Inspection

    from .laptop import laptop_window

    demo.generate(ui_ctx.store, inspections=2, seed=4)
    translations.apply("my")
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    with ui_ctx.store.session() as session:
        inspection = session.scalars(select(Inspection)).first()
        inspection_id, district = inspection.id, inspection.establishment.district_code
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=20_000)
    shown = editor.overview.establishment.plain_text()
    assert geography.display_name(district, "en") in shown and geography.display_name(district, "th") not in shown
    window.switch_language("th")
    shown = editor.overview.establishment.plain_text()
    assert geography.display_name(district, "th") in shown
