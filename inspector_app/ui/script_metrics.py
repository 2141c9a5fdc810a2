"""How tall Thai, Burmese, Khmer and Lao text really is, and one-line widgets tall enough for it.

Qt sizes inputs, rows and buttons from the first family of the app font (Noto Sans), but
Thai marks and Burmese medials come from fallback faces and reach further above and below
the line. `ScriptRoom` (installed with the app font) gives every one-line input and button
that room as it is first shown, so a screen added later needs nothing to get it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

# Text that reaches furthest above and below the line in each script the app shows:
# stacked Thai tone marks, Burmese medials and stacked consonants, Khmer subscripts, Lao.
_TALL_SAMPLES = ("ญี่ปุ่นฎีกาฐู่", "ကြိုက်ကျွန်ုပ်ဦးဍ္ဍ", "ស្ត្រីក្សេត្រ", "ຫຼືເຊື້ອ", "Ágjpqy")
_measured: dict[tuple[str, ...], int] = {}  # by font: every row and field of a screen asks


def script_text_height(font: QFont) -> int:
    """Pixels one line of Thai, Burmese, Khmer or Lao actually covers in this font.

    Qt sizes from the first family (see the module's note); this measures the faces that draw.
    """
    key = ("text", font.key(), *font.families())
    if key not in _measured:
        metrics = QFontMetrics(font)
        top = min(metrics.tightBoundingRect(text).top() for text in _TALL_SAMPLES)
        bottom = max(metrics.tightBoundingRect(text).bottom() for text in _TALL_SAMPLES)
        _measured[key] = max(metrics.ascent(), -top) + max(metrics.descent(), bottom) + 2
    return _measured[key]


def line_box_height(font: QFont) -> int:
    """The tallest line box of any face in the font's family list (Noto Sans Myanmar: about 1.6× Latin).

    A line edit centres the box of the faces its text actually uses, so a field
    shorter than this box pushes Burmese or Thai up against its top edge.
    """
    key = ("box", font.key(), *font.families())
    if key not in _measured:
        tallest = QFontMetrics(font).height()
        for family in font.families() or [font.family()]:
            face = QFont(font)
            face.setFamilies([family])
            tallest = max(tallest, QFontMetrics(face).height())
        _measured[key] = tallest
    return _measured[key]


def script_safe_height(widget: QWidget) -> int:
    """A height for a one-line widget (input, combo, button) that never clips Thai or Burmese."""
    metrics = QFontMetrics(widget.font())
    hint = widget.sizeHint().height() if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)) else 0
    # A button's hint grows with its own text's height (Thai is taller): the padding is what is left.
    shown = metrics.size(Qt.TextFlag.TextShowMnemonic, widget.text() or "x").height() \
        if isinstance(widget, QPushButton) else metrics.height()
    padding = max(hint - shown, 8)
    # Line edits, editable combos and spin boxes (suffixes are translated) all draw through a line edit.
    editable = isinstance(widget, (QLineEdit, QAbstractSpinBox)) or (isinstance(widget, QComboBox) and widget.isEditable())
    text = line_box_height(widget.font()) if editable else script_text_height(widget.font())
    return max(hint - shown + metrics.height(), text + padding)  # the same whatever the words in it


def multi_line_height(widget: QWidget, lines: int) -> int:
    """A text box tall enough for `lines` lines even when every line is Burmese."""
    return line_box_height(widget.font()) * lines + 12


class ScriptRowDelegate(QStyledItemDelegate):
    """List rows tall enough for the scripts above (item views size rows from the first family)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), script_text_height(option.font) + 8))
        return size


def make_room_for_scripts(root: QWidget) -> None:
    """Give every single-line input and button under `root` room for Thai and Burmese."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)):
            widget.setMinimumHeight(max(widget.minimumHeight(), script_safe_height(widget)))


ONE_LINE = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)


class ScriptRoom(QObject):
    """Application event filter: each one-line input and button, when first polished, gets room for every script."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Polish and isinstance(watched, ONE_LINE) \
                and not isinstance(watched.parent(), (QComboBox, QAbstractSpinBox)):
            watched.setMinimumHeight(max(watched.minimumHeight(), script_safe_height(watched)))
        return False


def install_script_room(app: QApplication) -> None:
    """Once per application (the filter is its child, so it lives as long as the app)."""
    if app.findChild(ScriptRoom) is None:
        app.installEventFilter(ScriptRoom(app))
