"""Qt's own strings in Thai, Burmese, Khmer and Lao, and Buddhist-era years in the Thai calendar popup.

Qt ships no qtbase catalogue for these four languages, so the app ships its own
(translations/qtbase_*.ts); these tests look at what a user sees: wizard buttons,
message-box and dialog buttons, text-field menus, the calendar popup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLibraryInfo, QPoint, Qt, QTranslator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from inspector_app.ui.translation import Translations
from inspector_app.ui.widgets import LocalDateEdit

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LANGUAGES = ("th", "my", "km", "lo")
SCRIPTS = {"th": ("\u0e00", "\u0e7f"), "my": ("\u1000", "\u109f"), "km": ("\u1780", "\u17ff"), "lo": ("\u0e80", "\u0eff")}
W = QWizard.WizardButton
B = QDialogButtonBox.StandardButton
M = QMessageBox.StandardButton


def catalogue(language: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(TRANSLATIONS / f"qtbase_{language}.ts")
    entries = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            entries[(context.findtext("name") or "", message.findtext("source") or "")] = message.findtext("translation") or ""
    return entries


def in_script(text: str, language: str) -> bool:
    low, high = SCRIPTS[language]
    return any(low <= ch <= high for ch in text)


def menu_texts(widget: QLineEdit | QPlainTextEdit) -> list[str]:
    """The context menu's entries as shown, without their shortcut column."""
    menu = widget.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    return texts


# -- the catalogues ------------------------------------------------------------------------


def test_every_entry_is_a_string_qt_asks_for() -> None:
    """A typo in a context or source would leave that string English: each must be one of Qt's own."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shipped = []
    for path in sorted(qt_dir.glob("qtbase_*.qm")):
        translator = QTranslator()
        if translator.load(str(path)) and not translator.isEmpty():
            shipped.append(translator)
    assert len(shipped) > 10, f"Qt's own catalogues not found in {qt_dir}"
    unknown = [key for key in catalogue("th")
               if not any(t.translate(key[0], key[1]) for t in shipped)]
    assert unknown == [], f"not strings Qt translates: {unknown}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_keeps_placeholders_and_access_keys(language: str) -> None:
    entries = catalogue(language)
    assert entries.keys() == catalogue("th").keys(), "the four catalogues translate the same strings"
    problems = []
    for (context, source), text in entries.items():
        if not text.strip() or not in_script(text, language):
            problems.append(f"{context}/{source!r}: untranslated {text!r}")
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
            problems.append(f"{context}/{source!r}: placeholders differ in {text!r}")
        if source.count("\n") != text.count("\n"):
            problems.append(f"{context}/{source!r}: line breaks differ in {text!r}")
        key = re.search(r"&(\w)", source)
        if key and f"(&{key.group(1).upper()})" not in text:
            problems.append(f"{context}/{source!r}: access key {key.group(1)} lost in {text!r}")
    assert problems == []


# -- what a user sees ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_buttons_and_menus_follow_the_language_live(language: str, translations: Translations,
                                                       qtbot: QtBot) -> None:
    # Made in English, as open windows are when the user switches language.
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the second page shows Back
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Keep this?", M.Yes | M.No)
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(B.Ok | B.Cancel)
    qtbot.addWidget(buttons)
    line, text = QLineEdit("Somchai"), QPlainTextEdit("note")
    qtbot.addWidget(line)
    qtbot.addWidget(text)

    def shown() -> dict[str, list[str]]:
        return {
            "wizard": [wizard.button(b).text() for b in (W.BackButton, W.NextButton, W.CancelButton)],
            "message box": [box.button(b).text() for b in (M.Yes, M.No)],
            "button box": [buttons.button(b).text() for b in (B.Ok, B.Cancel)],
            "line edit": menu_texts(line),
            "text edit": menu_texts(text),
        }

    english = shown()
    assert english["wizard"] == ["< &Back", "&Next >", "Cancel"]
    assert english["message box"] == ["&Yes", "&No"] and english["button box"] == ["OK", "Cancel"]
    assert english["line edit"] == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]

    translations.apply(language)
    tr = catalogue(language)
    expected = {
        "wizard": [tr[("QWizard", s)] for s in ("< &Back", "&Next >", "Cancel")],
        "message box": [tr[("QPlatformTheme", s)] for s in ("&Yes", "&No")],
        "button box": [tr[("QPlatformTheme", s)] for s in ("OK", "Cancel")],
        "line edit": [tr[("QLineEdit", s)] for s in english["line edit"]],
        "text edit": [tr[("QWidgetTextControl", s)] for s in english["text edit"]],
    }
    assert shown() == expected
    assert all(in_script(t, language) for texts in expected.values() for t in texts)
    # A message box opened after the switch, as QMessageBox.warning() makes them.
    fresh = QMessageBox(QMessageBox.Icon.Warning, "Save report", "Could not save.", M.Ok | M.Retry)
    qtbot.addWidget(fresh)
    assert [fresh.button(b).text() for b in (M.Ok, M.Retry)] == [tr[("QPlatformTheme", "OK")],
                                                                 tr[("QPlatformTheme", "Retry")]]

    translations.apply("en")
    assert shown() == english


def test_message_box_details_button_is_translated(translations: Translations, qtbot: QtBot) -> None:
    translations.apply("my")
    box = QMessageBox(QMessageBox.Icon.Warning, "Sync", "Sync failed.", M.Close)
    box.setDetailedText("HTTP 503")
    qtbot.addWidget(box)
    box.show()
    details = [b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert details == [catalogue("my")[("QMessageBox", "Show Details...")]]


# -- the calendar popup ----------------------------------------------------------------------


def open_popup(edit: LocalDateEdit, qtbot: QtBot) -> QCalendarWidget:
    """Click the drop-down arrow, as a user opens the calendar."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def year_label(calendar: QCalendarWidget) -> str:
    return calendar.findChild(QToolButton, "qt_calendar_yearbutton").text()


def test_thai_calendar_popup_counts_years_in_the_buddhist_era(translations: Translations, qtbot: QtBot) -> None:
    translations.apply("th")
    edit = LocalDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    calendar = open_popup(edit, qtbot)
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert (year_label(calendar), month.text()) == ("2569", "มีนาคม")

    calendar.setCurrentPage(2026, 12)
    calendar.showNextMonth()
    assert (year_label(calendar), month.text()) == ("2570", "มกราคม")

    # Typing a year: the field takes a Buddhist-era year and the calendar turns to it.
    qtbot.mouseClick(calendar.findChild(QToolButton, "qt_calendar_yearbutton"), Qt.MouseButton.LeftButton)
    year_edit = calendar.findChild(QSpinBox, "eraYearEdit")
    assert year_edit.isVisible() and year_edit.text() == "2570"
    assert not calendar.findChild(QSpinBox, "qt_calendar_yearedit").isVisible()
    year_edit.selectAll()
    qtbot.keyClicks(year_edit, "2560")
    qtbot.keyClick(year_edit, Qt.Key.Key_Return)
    assert calendar.yearShown() == 2017 and year_label(calendar) == "2560"
    calendar.setSelectedDate(QDate(2017, 1, 9))
    calendar.activated.emit(QDate(2017, 1, 9))
    assert edit.date() == QDate(2017, 1, 9) and edit.text() == "9 ม.ค. 2560"

    # Other languages count from Christ, and the open popup follows a live switch both ways.
    translations.apply("en")
    assert (year_label(calendar), month.text()) == ("2017", "January")
    translations.apply("my")
    assert year_label(calendar) == "2017"
    translations.apply("th")
    assert (year_label(calendar), month.text()) == ("2560", "มกราคม")


def test_calendar_popup_stays_gregorian_in_english(translations: Translations, qtbot: QtBot) -> None:
    edit = LocalDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    calendar = open_popup(edit, qtbot)
    assert year_label(calendar) == "2026"
    qtbot.mouseClick(calendar.findChild(QToolButton, "qt_calendar_yearbutton"), Qt.MouseButton.LeftButton)
    assert calendar.findChild(QSpinBox, "eraYearEdit").text() == "2026"

