"""Calendar popups count years in the Buddhist era on Thai screens (2569 for 2026).

Qt has no Buddhist calendar (QCalendar offers Gregorian, Julian, Milankovic, Jalali
and Islamic civil), and the Thai solar calendar is the Gregorian one with years
counted from 543 BC. So every QCalendarWidget keeps its Gregorian dates (the value a
date field stores is unchanged) and only its navigation bar shows the year in the
current language's era: the year button's label, and a year field of our own, since
Qt's spin box can only show the Gregorian number. `RetranslateFilter` attaches this
to each calendar when it is first shown, so every date field's popup has it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QSpinBox, QToolButton
from shiboken6 import isValid

from .language import current_language

BUDDHIST_ERA_OFFSET = 543
# Object names Qt gives the navigation bar's parts (stable since Qt 4).
_YEAR_BUTTON = "qt_calendar_yearbutton"
_ATTACHED = "eraYears"


def era_offset() -> int:
    """Years to add to a Gregorian year to show it in the current language's era."""
    return BUDDHIST_ERA_OFFSET if current_language() == "th" else 0


class EraYears(QObject):
    """Shows one calendar's year in the current era; follows language changes."""

    def __init__(self, calendar: QCalendarWidget, button: QToolButton):
        super().__init__(calendar)
        self.setObjectName(_ATTACHED)
        self.calendar = calendar
        self.button = button
        self.edit = QSpinBox(button.parentWidget())
        self.edit.setObjectName("eraYearEdit")
        self.edit.setAccessibleName(button.accessibleName() or "year")
        self.edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.edit.hide()
        # Qt's own year field would show (and read back) the Gregorian number: ours replaces it.
        button.clicked.disconnect()
        button.clicked.connect(self.start_editing)
        self.edit.editingFinished.connect(self.finish_editing)
        calendar.currentPageChanged.connect(self.relabel)
        calendar.installEventFilter(self)
        self.relabel()

    def relabel(self) -> None:
        if not isValid(self.calendar):  # a relabel queued just before the popup was deleted
            return
        self.button.setText(str(self.calendar.yearShown() + era_offset()))

    def start_editing(self) -> None:
        offset = era_offset()
        self.edit.setRange(self.calendar.minimumDate().year() + offset,
                           self.calendar.maximumDate().year() + offset)
        self.edit.setValue(self.calendar.yearShown() + offset)
        # Laid over the button rather than into the bar's layout: this runs while Qt shows the popup.
        self.edit.setGeometry(self.button.geometry())
        self.edit.raise_()
        self.edit.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def finish_editing(self) -> None:
        if not self.edit.isVisible():
            return
        self.edit.hide()
        self.calendar.setCurrentPage(self.edit.value() - era_offset(), self.calendar.monthShown())
        self.relabel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            # The locale was set with the language: month and weekday names follow it, then the year.
            self.calendar.setLocale(QLocale())
            self.relabel()
        elif kind == QEvent.Type.LocaleChange:
            # Qt relabels the year itself after this event reaches the calendar.
            QTimer.singleShot(0, self, self.relabel)
        return False


def attach(calendar: QCalendarWidget) -> None:
    """Make `calendar` show years in the current era (once per calendar)."""
    if calendar.findChild(EraYears, _ATTACHED) is not None:
        return
    button = calendar.findChild(QToolButton, _YEAR_BUTTON)
    if button is None:
        return  # a Qt without the usual navigation bar: its years stay Gregorian
    EraYears(calendar, button)
