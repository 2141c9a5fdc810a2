"""Small widgets that make dates and complex scripts right everywhere in the UI."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6 import QtGui
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLayout,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n.dates import format_date, parse_thai_date
from ..i18n.lines import fit_lines, unbreakable_pieces
from ..i18n.zawgyi import is_zawgyi, normalize_burmese
from .digits import western
from .language import current_language
from .script_height import script_text_height


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class LocalDateEdit(QDateEdit):
    """A date field that shows Buddhist-era dates in Thai ("5 มี.ค. 2568") and ISO dates otherwise.

    The value is always a Gregorian QDate, so the database keeps ISO dates. Up/down
    steps by a day; the calendar popup picks any date. The field writes and reads its text itself in
    every language, so typing works alike everywhere: Thai takes what `parse_thai_date` reads (a year
    of 2400 or more is Buddhist era: "31/12/2569", "31 ธ.ค. 2569"), the others ISO ("2026-12-31"); digits
    are 0-9 in every language (ui/digits.py) and other digits are read too.

    Text the field cannot read is never taken nor silently thrown away: `message` (placed by the form,
    under the field or its row) says what form a date takes while the text cannot be read, and, once
    the user has left the field and Qt has put the kept date back, what was typed and not saved.
    A date outside the range a screen allows (`setMinimumDate`, `setMaximumDate`) is not taken
    either (Qt would move it to the nearest allowed day): the kept date stays and `message` says
    which dates the field takes, written as the field writes them. Escape puts the kept date back
    into the text and clears the message; `untaken()` and `untakenChanged` tell a form that a
    message of this kind is showing (nothing of it was saved).
    """

    untakenChanged = Signal(bool)  # noqa: N815 - whether the field shows text it did not take

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_range = (self.minimumDate(), self.maximumDate())  # Qt's own limits: no screen set a range
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        # The date is taken when the user leaves the field (or presses Enter), not at each key: on the way
        # to "31/12/2569" a Thai user's "31/12/25" reads as a date of 1982, and a form saves on dateChanged.
        self.setKeyboardTracking(False)
        self.message = WrapLabel()
        self.message.setObjectName("dateMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        self._unread = ""  # the text last typed and not taken ("" when there is none)
        self._outside = False  # whether that text is a date outside the allowed range (else it is not a date)
        self._left = False  # whether the user left the field with that text
        self.lineEdit().textEdited.connect(self._edited)
        self.dateChanged.connect(lambda _value: self._show_message("", left=False))
        if value is not None:
            self.setDate(value)

    def _thai(self) -> bool:
        return current_language() == "th"

    def _parse(self, text: str) -> date:
        if self._thai():
            return parse_thai_date(text)
        return date.fromisoformat(western(text.strip()))

    def _why_not(self, text: str) -> str:
        """Why the field would not take `text`: "" (it would), "unread" (not a date) or "outside" (not allowed)."""
        try:
            value = to_qdate(self._parse(text))
        except ValueError:
            return "unread"
        if not self._open_range[0] <= value <= self._open_range[1]:
            return "unread"  # a year Qt cannot hold: on the way to a longer one ("31/12/25" before "2569")
        if not self.minimumDate() <= value <= self.maximumDate():
            return "outside"
        return ""

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 - Qt API
        if self._thai():
            return format_date(to_date(value.date()), "th", style="short")
        return to_date(value.date()).isoformat()

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt API
        try:
            return QDateTime(to_qdate(self._parse(text)), self.time())
        except ValueError:
            return self.dateTime()

    def validate(self, text: str, pos: int) -> object:
        # Intermediate, not Acceptable, outside the range: Qt would take the date moved to the nearest allowed one.
        state = QValidator.State.Intermediate if self._why_not(text) else QValidator.State.Acceptable
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text  # Qt's own fixup would guess a date from text in another format (2026-02-31 -> 02-28)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        self.setDate(self.date().addDays(steps))

    # -- the message under the field

    def example(self) -> str:
        """Today written as this field reads dates (both forms Thai people write)."""
        today = date.today()
        if self._thai():
            numeric = f"{today.day}/{today.month}/{today.year + 543}"
            return self.tr("%1 or %2").replace("%1", format_date(today, "th", style="short")).replace("%2", numeric)
        return today.isoformat()

    def _shown(self, value: QDate) -> str:
        return self.textFromDateTime(QDateTime(value, self.time()))

    def _outside_text(self, typed: str) -> str:
        """`typed` was not taken: the dates this field takes, written as the field writes dates."""
        earliest, latest = self.minimumDate(), self.maximumDate()
        if earliest == latest:
            text = self.tr("“%1” is not saved: this field takes only %2.").replace("%2", self._shown(earliest))
        elif latest == self._open_range[1]:
            text = self.tr("“%1” is not saved: this field takes dates from %2 on.").replace("%2", self._shown(earliest))
        elif earliest == self._open_range[0]:
            text = self.tr("“%1” is not saved: this field takes dates up to %2.").replace("%2", self._shown(latest))
        else:
            text = self.tr("“%1” is not saved: this field takes dates from %2 to %3.")
            text = text.replace("%2", self._shown(earliest)).replace("%3", self._shown(latest))
        return text.replace("%1", typed)

    def untaken(self) -> str:
        """The text typed and not taken, while the message says so ("" when the field holds what it shows)."""
        return self._unread.strip()

    def _edited(self, text: str) -> None:
        self._show_message("" if not self._why_not(text) else text, left=False)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt API
        typed = self.lineEdit().text()
        untaken = bool(self._why_not(typed))
        super().focusOutEvent(event)  # Qt puts the kept date back into text it does not take
        if untaken:
            self._show_message(typed, left=True)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.untaken():
            # Back to the kept date; a second Escape goes on to the window (a dialog closes).
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
            self._show_message("", left=False)
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_message(self, unread: str, *, left: bool) -> None:
        was = bool(self.untaken())
        self._unread, self._left = unread, left
        self._outside = bool(unread.strip()) and self._why_not(unread) == "outside"
        self._render_message()
        if was != bool(self.untaken()):
            self.untakenChanged.emit(not was)

    def _render_message(self) -> None:
        if not self._unread.strip():
            self.message.hide()
            self.message.setText("")
            return
        if self._outside:
            text = self._outside_text(self._unread.strip())
        elif self._left:
            text = self.tr("“%1” is not a date, so it was not saved. Write dates like %2.")
            text = text.replace("%1", self._unread.strip()).replace("%2", self.example())
        else:
            text = self.tr("Not a date yet, so not saved. Write it like %1.").replace("%1", self.example())
        self.message.setText(text)
        if self.message.parentWidget() is not None:  # placed by its form (never a window of its own)
            self.message.show()

    def take_typed_date(self) -> None:
        """Take the date typed and not yet taken (the user has not left the field), as leaving it would; text
        that is not a date stays as it is, with its message."""
        typed = self.lineEdit().text()
        if typed != self.textFromDateTime(self.dateTime()) and not self._why_not(typed):
            self.interpretText()

    def date(self) -> QDate:  # noqa: D102 - QDateEdit's, with what was typed taken first
        # A form read by a keyboard shortcut (the cursor still in this field) gets the date on screen.
        self.take_typed_date()
        return super().date()

    def retranslate(self) -> None:
        """Re-render the text in the new language (the value does not change, and nobody is told it did:
        a form saving on `dateChanged` would otherwise save, and a signed inspection open a new revision)."""
        current = self.date()
        blocked = self.blockSignals(True)
        try:
            self.setDate(current.addDays(1))
            self.setDate(current)
        finally:
            self.blockSignals(blocked)
        self._render_message()


def with_message(row: QWidget | QLayout, edit: LocalDateEdit) -> QVBoxLayout:
    """`row` (the date field itself, or the row holding it) with the field's message under it, for a form."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    if isinstance(row, QWidget):
        column.addWidget(row)
    else:
        column.addLayout(row)
    column.addWidget(edit.message)
    return column


class WrapLabel(QLabel):
    """A label that wraps Thai, Khmer, Lao and Burmese between words, as the PDFs do.

    Qt finds no word breaks in Khmer or Lao, Thai ones only with libthai (absent on
    Windows), and breaks Burmese between syllables, even inside words. So plain text is
    wrapped here, at the shared segmenter's breaks and measured with the label's font
    (`i18n.lines.fit_lines`), and given to Qt with a line end after each line (lines
    that fit leave Qt nothing to wrap); the label reports the height those lines need
    at any width, so layouts give it room. Rich text is left to Qt.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._plain = ""
        self._rich_text = False
        self._lines_cache: dict[int, list[str]] = {}
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._plain = text
        self._rich_text = QtGui.Qt.mightBeRichText(text)  # the test QLabel itself applies
        self._lines_cache.clear()
        self.setWordWrap(True)
        if self._rich_text:
            super().setText(text)
        else:
            self._show_lines(self._text_width())
        self.updateGeometry()

    def plain_text(self) -> str:
        return self._plain

    # -- wrapping

    def _rich(self) -> bool:
        return self._rich_text

    def _text_width(self) -> int:
        return self.contentsRect().width() - 2 * self.margin()

    def _chrome(self) -> tuple[int, int]:
        """Horizontal and vertical space around the text (margins, frame, style padding)."""
        inner = self.contentsRect()
        return self.width() - inner.width() + 2 * self.margin(), self.height() - inner.height() + 2 * self.margin()

    def _lines(self, text_width: int) -> list[str]:
        text_width = max(text_width, 1)
        lines = self._lines_cache.get(text_width)
        if lines is None:
            metrics = QFontMetricsF(self.font())
            # Two pixels to spare: pieces are measured apart and kerning may join them,
            # and a line Qt finds too wide it would break again, at its own breaks.
            lines = fit_lines(self._plain, text_width - 2, metrics.horizontalAdvance)
            self._lines_cache[text_width] = lines
        return lines

    def _show_lines(self, text_width: int) -> None:
        shown = "\n".join(self._lines(text_width)) if text_width > 0 and self._plain else self._plain
        if shown != super().text():
            super().setText(shown)

    def _text_height(self, text: str, text_width: int) -> int:
        """Height of `text` laid out as QLabel lays out word-wrapped plain text."""
        bounds = QRectF(0, 0, max(text_width, 1), 1_000_000)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return math.ceil(QFontMetricsF(self.font()).boundingRect(bounds, flags, text).height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        if self._rich():
            return super().heightForWidth(width)
        chrome_x, chrome_y = self._chrome()
        if not self._plain:
            return chrome_y
        return self._text_height("\n".join(self._lines(width - chrome_x)), width - chrome_x) + chrome_y

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if self._rich():
            return super().minimumSizeHint()
        chrome_x, chrome_y = self._chrome()
        metrics = QFontMetricsF(self.font())
        widest_word = max(map(metrics.horizontalAdvance, unbreakable_pieces(self._plain)), default=0.0)
        # A longer word (a URL) is cut rather than widen the whole window.
        return QSize(math.ceil(min(widest_word, 20 * metrics.averageCharWidth())) + 2 + chrome_x,
                     self._text_height(self._plain.split("\n")[0][:1] or " ", 1_000) + chrome_y)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if self._rich():
            return super().sizeHint()
        chrome_x, _chrome_y = self._chrome()
        metrics = QFontMetricsF(self.font())
        natural = max((metrics.horizontalAdvance(line) for line in self._plain.split("\n")), default=0.0)
        width = int(min(natural, 60 * metrics.averageCharWidth())) + 2 + chrome_x
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self._rich():
            self._show_lines(self._text_width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self._rich():
            self._lines_cache.clear()
            self._show_lines(self._text_width())
            self.updateGeometry()


LINE_SEPARATOR = "\u2028"


class WrapRowDelegate(QStyledItemDelegate):
    """List rows whose text wraps between words at the list's width, as `WrapLabel` wraps.

    A row of Thai or Burmese is one line to Qt (it finds no word breaks in it), so a list of
    sentences would scroll sideways: each row's text is given to Qt in lines that fit the
    list's viewport, each line tall enough for the script (`script_text_height`).
    """

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        margin = cell_margin(self._view)
        width = self._view.viewport().width() - 2 * margin - 2 * self._view.spacing()
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 2 * margin
        return width - 2  # pieces are measured apart and kerning may join them (as WrapLabel)

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:
            measure = QFontMetricsF(option.font).horizontalAdvance
            # Qt's item text keeps its lines apart at line separators (a plain newline is no break to it).
            option.text = LINE_SEPARATOR.join(fit_lines(option.text.replace(LINE_SEPARATOR, "\n"),
                                                        max(self._text_width(option), 1), measure))

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        lines = shown.text.count(LINE_SEPARATOR) + 1
        size.setHeight(max(size.height(), lines * script_text_height(option.font) + 8))
        size.setWidth(min(size.width(), self._view.viewport().width()))
        return size


class WrapList(QListWidget):
    """A list of sentences: rows wrap at its width (it never scrolls sideways) and it is as tall as
    its rows, up to `most_lines` lines of text, scrolling down beyond them."""

    def __init__(self, most_lines: int = 6, parent: QWidget | None = None):
        super().__init__(parent)
        self.most_lines = most_lines
        self.setItemDelegate(WrapRowDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrapped again at each new width
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)  # where one row of several lines ends and the next begins
        for signal in (self.model().rowsInserted, self.model().rowsRemoved, self.model().modelReset):
            signal.connect(self.updateGeometry)

    def _height(self, rows_height: int) -> int:
        most = self.most_lines * script_text_height(self.font()) + 8
        return min(rows_height, most) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = sum(self.sizeHintForRow(n) + 2 * self.spacing() for n in range(self.count()))
        return QSize(super().sizeHint().width(), self._height(rows))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        first = self.sizeHintForRow(0) if self.count() else 0
        return QSize(super().minimumSizeHint().width(), self._height(first))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # rows wrap to more or fewer lines at the new width


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


def scrolling(content: QWidget, into: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless scroll area (in `into`'s layout when given): a form taller or wider than a
    1280×720 laptop screen in Burmese scrolls instead of squeezing its fields or growing the window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    if into is not None:
        layout = QVBoxLayout(into)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
    return area


TITLE_BAR = 40  # what a window's frame adds above it, at most


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`window.resize(width, height)`, less where its screen (less the taskbar and the title bar) is smaller:
    a window opened for the first time on a 1366×768 laptop fits it."""
    screen = window.screen() or QtGui.QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - TITLE_BAR)
    window.resize(width, height)


def fit_to_choices(combo: QComboBox) -> QComboBox:
    """Never narrower than its longest choice, also once the choices change (another language, names read
    later): Qt works out a drop-down's minimum width once, from the choices it had then, and cuts longer ones."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    model = combo.model()

    def fit(*_args: object) -> None:
        combo.setMinimumWidth(combo.sizeHint().width())

    for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(fit)
    fit()
    return combo


def record_table(object_name: str, model: QAbstractItemModel, *, sort_column: int = 0) -> QTableView:
    """The read-only, sortable, one-row-selection table the directory pages list records in.

    Rows are tall enough for Burmese stacked marks in the app's font.
    """
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


FITTED_ROWS = 40  # rows measured to size a list's columns: a screenful and more, not a page of hundreds
TIP_WIDTH = 480  # pixels: a long text in a tooltip wraps to lines no wider


def content_widths(table: QTableView, columns: Iterable[int], rows: int) -> dict[int, int]:
    """What these columns need for their words, and their headers', in the rows on screen and the first `rows` rows.

    Qt measures every cell of up to 1,000 rows by default, shaping each text; on a page of Thai or
    Burmese rows that held the GUI thread for 50-100 ms.
    """
    header = table.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(rows)  # the rows `sizeHintForColumn` measures
    try:
        return {column: max(table.sizeHintForColumn(column), header.sectionSizeHint(column)) for column in columns}
    finally:
        header.setResizeContentsPrecision(precision)


def fit_columns(table: QTableView, columns: Iterable[int], rows: int) -> None:
    """Make these columns as wide as their words in the rows on screen and the first `rows` rows."""
    header = table.horizontalHeader()
    for column, width in content_widths(table, columns, rows).items():
        header.resizeSection(column, width)


def share_width(wanted: Mapping[int, int], least: Mapping[int, int], room: int) -> dict[int, int]:
    """Widths for columns wanting `wanted` in `room` pixels: as wanted when they all fit; otherwise the widest
    narrowed alike, to one width, as far as they must, none below its `least` (which may leave them too wide)."""
    if sum(wanted.values()) <= room:
        return dict(wanted)

    def capped(cap: int) -> dict[int, int]:
        return {column: max(least.get(column, 0), min(width, cap)) for column, width in wanted.items()}

    low, high = 0, max(wanted.values())
    while low < high:  # the widest cap that fits
        cap = (low + high + 1) // 2
        low, high = (cap, high) if sum(capped(cap).values()) <= room else (low, cap - 1)
    return capped(low)


class ColumnsInWidth(QObject):
    """A list's columns as wide as their words while they fit the table's width, every column on screen when not.

    On a 1366×768 laptop in Burmese a referral's columns sized to their words come to half as much
    again as the window, and what was off to the right needed a scroll bar. Here the widest columns are
    narrowed alike until the row fits, none below its heading, and the `whole` ones (dates, statuses,
    numbers) never: a cut text ends in "…", and the model's tooltip carries it whole. The `stretch` column
    (Qt's Stretch mode) takes its share and whatever is left. The words are measured again by `fit`
    only (rows read, another language); a resized window shares out its new width from those measures.
    A column the inspector has sized by hand (dragging or double-clicking its edge) keeps that width: the
    other columns share what is left, and a resized window, rows read or another language do not undo it.
    """

    def __init__(self, table: QTableView, *, stretch: int, whole: Iterable[int] = (), rows: int = FITTED_ROWS):
        super().__init__(table)
        self.table, self.stretch, self.whole, self.rows = table, stretch, frozenset(whole), rows
        header = table.horizontalHeader()
        for column in range(table.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._wanted: dict[int, int] = {}
        self._least: dict[int, int] = {}
        self.by_hand: dict[int, int] = {}  # column -> the width the inspector gave it
        self._sharing = False
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._sharing and column != self.stretch:  # Qt moves the stretch column itself
            self.by_hand[column] = new

    def fit(self, least: Mapping[int, int] | None = None) -> None:
        """Measure the columns' words and headings again, and share the table's width; `least`: widths some
        columns need besides their heading (the part of their text that must show)."""
        self._wanted = content_widths(self.table, range(self.table.model().columnCount()), self.rows)
        self._least = dict(least or {})
        self._share()

    def _share(self) -> None:
        header = self.table.horizontalHeader()
        wanted = {column: width for column, width in self._wanted.items() if column not in self.by_hand}
        least = {column: width if column in self.whole else max(header.sectionSizeHint(column),
                                                                  self._least.get(column, 0))
                 for column, width in wanted.items()}
        room = self.table.viewport().width() - sum(self.by_hand.values())
        self._sharing = True
        try:
            for column, width in share_width(wanted, least, room).items():
                if column != self.stretch:
                    header.resizeSection(column, width)
        finally:
            self._sharing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self._wanted:
            self._share()
        return False


def cell_margin(view: QAbstractItemView) -> int:
    """The space Qt leaves on either side of an item view's cell text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def cell_text_width(table: QTableView, text: str) -> int:
    """The width a cell of `table` needs to show `text` in the table's font, with the cell's margins."""
    return math.ceil(QFontMetricsF(table.font()).horizontalAdvance(text)) + 2 * cell_margin(table)


def wrapped_tip(text: str, font: QtGui.QFont | None = None) -> str:
    """A long text for a tooltip, in lines no wider than `TIP_WIDTH` at the shared word breaks: Qt shows a
    plain tooltip on one line, as wide as the text, and cannot break Thai, Khmer, Lao or Burmese words."""
    measure = QFontMetricsF(font if font is not None else QtGui.QGuiApplication.font()).horizontalAdvance
    return "\n".join(fit_lines(text, TIP_WIDTH, measure))
