"""The editor's Findings table on a 1366×768 laptop, in every language: every column of a finding is on
screen without scrolling sideways, its severity, deadline and status whole, the finding's own words given
as much room as the law it breaks, and a text cut short is whole in its tooltip.

Findings as a forced-labour visit makes them: each names two to four sections of law. The Legal basis
column was as wide as its longest citation: in Burmese that pushed Deadline and Status behind a
horizontal scroll bar, and in Thai it took ~600 pixels while the finding's title was cut to ~270.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from inspector_app.core.checklists import index_items, load_templates
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import findings
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.findings_tab import FindingsModel
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from .laptop import cell_text_width, header_text_width, laptop_window
from .screens import save_as_shown
from .typing_helpers import wait_until_read

LANGUAGES = ("en", "th", "my", "km", "lo")
WHOLE = ("severity", "deadline", "status")  # read whole whatever the width
# Checklist items whose findings cite two to four sections (the Labour Protection Act, the
# Anti-Trafficking Act, the foreign-workers decree).
ITEMS = ("FL-B-09", "LPA-F-08", "LPA-E-04", "LPA-D-04", "FL-B-05")


def a_forced_labour_visit(ui_ctx: UiContext) -> str:
    items = index_items(load_templates())
    inspection_id = new_inspection(ui_ctx.store)
    for n, code in enumerate(ITEMS):
        proposal = propose_for_answer(items[code], "non_compliant")
        assert proposal is not None, code
        findings.accept_proposed(ui_ctx.store, inspection_id, proposal, deadline=f"2026-12-{n + 10}")
    return inspection_id


def open_findings(ui_ctx: UiContext, qtbot: QtBot, inspection_id: str) -> tuple[MainWindow, QTableView]:
    window = laptop_window(ui_ctx, qtbot)
    editor = window.open_inspection(inspection_id)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.tabs.setCurrentWidget(editor.findings)
    wait_until_read(qtbot, window)
    QApplication.processEvents()
    table = editor.findings.table
    assert table.model().rowCount() == len(ITEMS)
    return window, table


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_column_of_a_finding_is_on_a_1366x768_screen(ui_ctx: UiContext, translations: Translations,
                                                           qtbot: QtBot, app_font: None, language: str) -> None:
    inspection_id = a_forced_labour_visit(ui_ctx)
    translations.apply(language)
    ui_ctx.translations = translations
    window, table = open_findings(ui_ctx, qtbot, inspection_id)
    save_as_shown(window, f"findings-1366x768-{language}")
    assert_fits(table)


def test_the_columns_fit_again_after_a_switch_to_burmese_and_a_smaller_window(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None) -> None:
    inspection_id = a_forced_labour_visit(ui_ctx)
    translations.apply("th")
    ui_ctx.translations = translations
    window, table = open_findings(ui_ctx, qtbot, inspection_id)
    translations.apply("my")  # Burmese citations are longer: measured again
    QApplication.processEvents()
    assert_fits(table)
    window.resize(1280, 656)  # a smaller laptop: the same words share a narrower table
    QApplication.processEvents()
    assert_fits(table)


def assert_fits(table: QTableView) -> None:
    header = table.horizontalHeader()
    model = table.model()
    columns = FindingsModel.COLUMNS
    widths = {column: header.sectionSize(n) for n, column in enumerate(columns)}

    # Nothing off to the right: no scroll bar to reach the deadline or the status.
    assert sum(widths.values()) <= table.viewport().width(), (widths, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0

    # Each column at least as wide as its heading; severity, deadline and status whole in every row.
    narrow = {column: (widths[column], header_text_width(table, n)) for n, column in enumerate(columns)
              if widths[column] < header_text_width(table, n)}
    assert not narrow, narrow
    for n, column in enumerate(columns):
        if column in WHOLE:
            cut = [model.index(r, n).data() for r in range(model.rowCount())
                   if widths[column] < cell_text_width(table, r, n)]
            assert not cut, (column, widths[column], cut)

    # The finding's own words get as much room as the law's, when they need it.
    title, legal = columns.index("title"), columns.index("legal_refs")
    title_needs = max(cell_text_width(table, r, title) for r in range(model.rowCount()))
    assert widths["title"] >= min(title_needs, widths["legal_refs"]) - 1, widths

    # A title or a citation cut short is whole in its tooltip.
    for r in range(model.rowCount()):
        for n in (title, legal):
            shown = model.index(r, n).data()
            if widths[columns[n]] < cell_text_width(table, r, n):
                tip = model.index(r, n).data(Qt.ItemDataRole.ToolTipRole) or ""
                for part in shown.split(", "):  # each citation is in the tip, with its section's title
                    assert "".join(part.split()) in "".join(tip.split()), (columns[n], part, tip)
