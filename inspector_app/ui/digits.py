"""Numbers on screen are written with the digits 0-9 in every language.

The decision: inspectors and coordinators compare the screen with printed forms and reports, and
those write 0-9 (the reports do in every language; Thai formal documents use Thai digits only when
the user asks for them in Settings, and only on paper). Tables and messages already show 0-9
(`ui.messages.number_text`). Qt, though, writes numbers with the locale's own digits, and of our
languages only Burmese has native ones (၀-၉) in Qt's locale data: spin boxes, date fields and the
calendar popup's day numbers showed Burmese digits beside tables showing 0-9. `RetranslateFilter`
(ui/translation.py) hands every spin box and calendar to this module as it is first polished or
shown (progress bars' percentages too); LocalDateEdit (ui/widgets.py) writes its own text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCalendarWidget, QProgressBar, QSpinBox, QStyledItemDelegate, QTableView

from ..i18n.dates import from_thai_digits

# The C locale writes 0-9 and no grouping: what an integer spin box needs (it shows no group separators).
_WESTERN = QLocale.c()
_DONE = "westernDigits"


def western(text: str) -> str:
    """`text` with Thai, Burmese, Khmer or Lao digits written 0-9."""
    return from_thai_digits(text)


def native_digits() -> bool:
    """Does the current locale write numbers with digits other than 0-9 (Burmese)?"""
    return QLocale().zeroDigit() != "0"


def western_numbers(widget: QSpinBox | QProgressBar) -> None:
    """An integer field (or a progress bar's percentage) that reads and writes 0-9 whatever the language: its
    locale stays C from now on (integers show no grouping there; its words are translated, not localised)."""
    if widget.locale() != _WESTERN:
        widget.setLocale(_WESTERN)


class _WesternDays(QStyledItemDelegate):
    """The calendar grid's day numbers in 0-9 (Qt writes them in the locale's digits)."""

    def displayText(self, value: Any, locale: QLocale) -> str:  # noqa: N802 - Qt API
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return western(super().displayText(value, locale))


def calendar(widget: QCalendarWidget) -> None:
    """Day numbers of a calendar popup in 0-9 (once per calendar; the year label is era_calendar's)."""
    view = widget.findChild(QTableView)
    if view is None or view.property(_DONE):
        return
    view.setItemDelegate(_WesternDays(view))
    view.setProperty(_DONE, True)
