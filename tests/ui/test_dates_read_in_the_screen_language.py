"""Every list writes its dates as the reader's language does: "15 ม.ค. 2568" (Buddhist era) on a Thai screen,
"15 Jan 2025" in English, never the database's "2025-01-15".

The Coordinators page wrote a no-conflict declaration's date as ISO in every language, beside lists
that wrote every other date the reader's way.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.services import directory
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

from .laptop import laptop_window
from .screens import save_as_shown
from .typing_helpers import wait_until_read

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DECLARED = {"th": "15 ม.ค. 2568", "en": "15 Jan 2025", "my": "2025"}  # Burmese: day, its month name, the year


def _declaration(table: QTableView, name: str) -> str:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, 2).data()


@pytest.mark.parametrize("language", ["th", "en", "my"])
def test_a_coordinators_declaration_date_reads_in_the_screens_language(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None, language: str) -> None:
    directory.save_coordinator(ui_ctx.store, full_name="Ma Thida (test)", languages=["my"], no_conflict_declared=True,
                               no_conflict_declared_on="2025-01-15")
    translations.apply(language)
    window = laptop_window(ui_ctx, qtbot, "coordinators")
    table = window.coordinators.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    shown = _declaration(table, "Ma Thida (test)")
    save_as_shown(window, f"coordinators-{language}")
    assert DECLARED[language] in shown and "2025-01-15" not in shown, shown
    if language == "my":
        assert "15 " in shown and "Jan" not in shown, shown

    translations.apply("th" if language != "th" else "en")  # a switch in Settings: written again
    QApplication.processEvents()
    assert DECLARED["th" if language != "th" else "en"] in _declaration(table, "Ma Thida (test)")


@pytest.mark.parametrize("language", ["th", "my"])
def test_no_list_shows_a_database_date(ui_ctx: UiContext, translations: Translations, qtbot: QtBot,
                                       language: str) -> None:
    demo.generate(ui_ctx.store, inspections=4, seed=2)
    translations.apply(language)
    window = laptop_window(ui_ctx, qtbot)
    iso: dict[str, list[str]] = {}
    for n, page in enumerate(MainWindow.PAGES):
        window.nav.setCurrentRow(n)
        wait_until_read(qtbot, window)
        QApplication.processEvents()
        for table in window.stack.currentWidget().findChildren(QTableView):
            model = table.model()
            if model is None or not table.isVisible():
                continue
            cells = (model.index(r, c).data() for r in range(min(model.rowCount(), 40))
                     for c in range(model.columnCount()))
            iso[page] = iso.get(page, []) + [cell for cell in cells if isinstance(cell, str) and ISO_DATE.search(cell)]
    assert not any(iso.values()), iso
