"""The Follow-ups page on a 1366×768 laptop in Burmese and Thai: what is due, how overdue, and the earlier
visit's reference and date are read whole (the earlier visit's year was cut: "26 နိုဝင်ဘာ 2…"); what was
found and the workplace share the rest, a cut text whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.ui.context import UiContext
from inspector_app.ui.followups_page import WorklistModel
from inspector_app.ui.translation import Translations

from .laptop import cell_text_width, header_text_width, laptop_window

WHOLE = ("due", "earlier")


@pytest.mark.parametrize("language", ["my", "th"])
def test_the_earlier_visit_and_its_date_are_whole(ui_ctx: UiContext, translations: Translations, qtbot: QtBot,
                                                  app_font: None, language: str) -> None:
    demo.generate(ui_ctx.store, inspections=20)
    translations.apply(language)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot, "followups")
    QApplication.processEvents()
    table = window.followups.table
    model, header = table.model(), table.horizontalHeader()
    assert model.rowCount() > 5
    for name in WHOLE:
        column = WorklistModel.COLUMNS.index(name)
        cut = [model.index(r, column).data() for r in range(model.rowCount())
               if header.sectionSize(column) < cell_text_width(table, r, column)]
        assert cut == [], (name, header.sectionSize(column))
    assert sum(header.sectionSize(n) for n in range(header.count())) <= table.viewport().width()
    narrow = [n for n in range(header.count()) if header.sectionSize(n) < header_text_width(table, n)]
    assert narrow == []
    place = WorklistModel.COLUMNS.index("establishment")
    for r in range(model.rowCount()):
        if header.sectionSize(place) < cell_text_width(table, r, place):
            tip = model.index(r, place).data(Qt.ItemDataRole.ToolTipRole) or ""
            assert "".join(model.index(r, place).data().split()) in "".join(tip.split())


@pytest.mark.parametrize("language", ["my", "th"])
def test_an_open_findings_visit_is_dated_whole_in_the_establishment_file(
        ui_ctx: UiContext, translations: Translations, qtbot: QtBot, app_font: None, language: str) -> None:
    """"28 เม.ย. 25…": the file's open findings cut their visit's year."""
    from sqlalchemy import func, select

    from inspector_app.core.models import Finding

    demo.generate(ui_ctx.store, inspections=20)
    with ui_ctx.store.session() as session:
        inspection_id = session.execute(select(Finding.inspection_id).where(Finding.status == "open")
                                        .group_by(Finding.inspection_id)
                                        .order_by(func.count().desc(), Finding.inspection_id)).scalars().first()
    translations.apply(language)
    ui_ctx.translations = translations
    window = laptop_window(ui_ctx, qtbot)
    file_window = window.open_establishment_file(inspection_id)
    file_window.resize(1366, 728)
    qtbot.waitUntil(lambda: file_window.loaded and file_window.findings_model.rowCount() > 0, timeout=10_000)
    QApplication.processEvents()
    table = file_window.findings
    model, header = table.model(), table.horizontalHeader()
    cut = [model.index(r, 5).data() for r in range(model.rowCount())
           if header.sectionSize(5) < cell_text_width(table, r, 5)]
    assert cut == []
    assert table.horizontalScrollBar().maximum() == 0
