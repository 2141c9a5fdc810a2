"""Numbers on screen are written 0-9 in every language, as tables, reports and printed forms write them:
date fields, spin boxes, the calendar popup and the progress bar included (Qt would write Burmese digits)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QProgressBar, QSpinBox, QTableView, QToolButton
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.models import Inspection
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.translation import Translations
from inspector_app.ui.widgets import LocalDateEdit

from .test_qt_strings import open_popup, year_label

NATIVE_DIGITS = re.compile(r"[\u1040-\u1049\u0e50-\u0e59\u17e0-\u17e9\u0ed0-\u0ed9]")  # Burmese, Thai, Khmer, Lao


def test_a_burmese_screen_writes_dates_and_numbers_0_to_9_like_its_tables(ui_ctx: UiContext, translations: Translations,
                                                                         qtbot: QtBot) -> None:
    demo.generate(ui_ctx.store, inspections=2, seed=5)
    translations.apply("my")
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.show()
    page = window.inspections
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    record_id = page.proxy.index(0, 0).data(0x0101)
    table_date = page.proxy.index(0, 4).data()
    assert re.search(r"\d", table_date) and not NATIVE_DIGITS.search(table_date), table_date

    editor = window.open_inspection(record_id)
    qtbot.waitUntil(lambda: editor.overview.loaded)
    field = editor.overview.visit_date
    with ui_ctx.store.session() as s:
        visit = s.get(Inspection, record_id).visit_date
    assert field.text() == visit.isoformat()  # the table's digits, not ၂၀၂၅-...

    # Typed in 0-9 (or in Burmese digits, read the same), kept as the ISO date.
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "2025-03-05")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # taken on Enter or on leaving the field, not at each key
    assert field.date() == QDate(2025, 3, 5) and field.text() == "2025-03-05"
    field.lineEdit().selectAll()
    field.lineEdit().insert("၂၀၂၅-၀၃-၀၆")  # pasted (keys cannot be typed in Burmese digits in a test)
    field.interpretText()
    assert field.date() == QDate(2025, 3, 6)
    field.stepBy(1)
    assert field.text() == "2025-03-07"
    editor.flush()
    with ui_ctx.store.session() as s:
        assert s.get(Inspection, record_id).visit_date == date(2025, 3, 7)

    spins = [s for s in editor.findChildren(QSpinBox) if s.isVisibleTo(editor)]
    assert spins
    for spin in spins:
        spin.setValue(min(spin.maximum(), 25))
        assert not NATIVE_DIGITS.search(spin.text()) and re.search(r"\d", spin.text()), spin.text()

    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 4)
    bar.setValue(1)
    bar.show()
    assert bar.text() == "25%"


def test_the_date_field_keeps_the_buddhist_era_in_thai_and_iso_elsewhere(qtbot: QtBot,
                                                                          translations: Translations) -> None:
    field = LocalDateEdit(QDate(2025, 3, 5))
    qtbot.addWidget(field)
    for language, expected in (("th", "5 มี.ค. 2568"), ("my", "2025-03-05"), ("km", "2025-03-05"),
                               ("lo", "2025-03-05"), ("en", "2025-03-05")):
        translations.apply(language)
        field.retranslate()
        assert field.text() == expected, language


def test_the_burmese_calendar_popup_numbers_its_days_0_to_9(translations: Translations, qtbot: QtBot) -> None:
    translations.apply("my")
    field = LocalDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    calendar = open_popup(field, qtbot)
    days = calendar.findChild(QTableView)
    model = days.model()
    shown = [days.itemDelegate().displayText(model.index(r, c).data(Qt.ItemDataRole.DisplayRole), calendar.locale())
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "15" in shown, shown
    assert not [t for t in shown if NATIVE_DIGITS.search(t)]
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton").text()
    assert re.search(r"[\u1000-\u109f]", month)  # the month's name stays Burmese
    assert year_label(calendar) == "2026"


@pytest.mark.parametrize("language", ["th", "my", "km", "lo"])
def test_the_catalogues_write_numbers_0_to_9_too(language: str) -> None:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "translations"
    for name in (f"inspector_{language}.ts", f"qtbase_{language}.ts"):
        native = [m.findtext("translation") for m in ET.parse(root / name).getroot().iter("message")
                  if NATIVE_DIGITS.search(m.findtext("translation") or "")
                  and "Thai digits" not in (m.findtext("source") or "")]  # the setting shows what Thai digits are
        assert native == [], (name, native)
