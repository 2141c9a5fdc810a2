"""Small widgets that make dates and complex scripts right everywhere in the UI."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QLabel, QPlainTextEdit, QTableView, QWidget

from ..i18n.dates import format_date, parse_thai_date
from ..i18n.segment import with_break_hints
from ..i18n.zawgyi import is_zawgyi, normalize_burmese
from .language import current_language


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class LocalDateEdit(QDateEdit):
    """A date field that shows Buddhist-era dates in Thai ("5 มี.ค. 2568") and ISO dates otherwise.

    The value is always a Gregorian QDate, so the database keeps ISO dates. Up/down
    steps by a day; the calendar popup picks any date.
    """

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if value is not None:
            self.setDate(value)

    def _thai(self) -> bool:
        return current_language() == "th"

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 - Qt API
        if self._thai():
            return format_date(to_date(value.date()), "th", style="short")
        return super().textFromDateTime(value)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt API
        if self._thai():
            try:
                return QDateTime(to_qdate(parse_thai_date(text)), self.time())
            except ValueError:
                return self.dateTime()
        return super().dateTimeFromText(text)

    def validate(self, text: str, pos: int) -> object:
        if self._thai():
            try:
                parse_thai_date(text)
            except ValueError:
                return QValidator.State.Intermediate, text, pos
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self._thai():
            self.setDate(self.date().addDays(steps))
        else:
            super().stepBy(steps)

    def retranslate(self) -> None:
        """Re-render the text in the new language (the value does not change)."""
        current = self.date()
        self.setDate(current.addDays(1))
        self.setDate(current)


class WrapLabel(QLabel):
    """A word-wrapped label that breaks Thai, Khmer, Lao and Burmese between words.

    Qt finds Thai word breaks only with libthai (absent on Windows) and none for the
    other scripts, so break opportunities from the shared segmenter are marked with
    zero-width spaces before Qt lays the text out.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._plain = text
        super().setText(with_break_hints(text) if text and not text.lstrip().startswith("<") else text)

    def plain_text(self) -> str:
        return self._plain


class ZawgyiWatcher(QObject):
    """Watches a text field for Burmese typed or pasted in the legacy Zawgyi encoding.

    While the text looks like Zawgyi a notice says it will be stored as Unicode (the
    services convert on save); when the field loses focus the field itself shows the
    converted Unicode text, so what the user sees is what is stored.
    """

    def __init__(self, edit: QPlainTextEdit, notice: QLabel):
        super().__init__(edit)
        self.edit = edit
        self.notice = notice
        self.notice.hide()
        edit.textChanged.connect(self._check)
        edit.installEventFilter(self)

    def _check(self) -> None:
        if is_zawgyi(self.edit.toPlainText()):
            self.notice.setText(self.tr("This Burmese text is in the old Zawgyi encoding. It is converted to "
                                        "Unicode when saved."))
            self.notice.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            text = self.edit.toPlainText()
            converted, changed = normalize_burmese(text)
            if changed:
                self.edit.setPlainText(converted)
                self.notice.setText(self.tr("Converted from Zawgyi to Unicode."))
                self.notice.show()
        return False


def record_table(object_name: str, model: QAbstractItemModel, *, sort_column: int = 0) -> QTableView:
    """The read-only, sortable, one-row-selection table the directory pages list records in.

    Rows are tall enough for Burmese stacked marks in the app's font.
    """
    from .place_picker import script_text_height

    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(script_text_height(table.font()) + 8)
    return table
