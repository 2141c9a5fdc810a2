"""How tall Thai, Burmese, Khmer and Lao text really is, and one-line widgets tall enough for it.

Qt sizes inputs, rows and buttons from the first family of the app font (Noto Sans), but
Thai marks and Burmese medials come from fallback faces and reach further above and below
the line. These measures need only the font classes and the four one-line widget classes, so
the unlock window can use them before the rest of the UI is loaded (`script_metrics` applies
them to every window after that).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPushButton, QWidget

# Text that reaches furthest above and below the line in each script the app shows:
# stacked Thai tone marks, Burmese medials and stacked consonants, Khmer subscripts, Lao.
_TALL_SAMPLES = ("ญี่ปุ่นฎีกาฐู่", "ကြိုက်ကျွန်ုပ်ဦးဍ္ဍ", "ស្ត្រីក្សេត្រ", "ຫຼືເຊື້ອ", "Ágjpqy")
# Qt.TextFlag.TextShowMnemonic. Naming `Qt` would make PySide build every enum of the Qt
# namespace (about 12 ms) before the unlock window shows; a test holds the two equal.
SHOW_MNEMONIC = 0x0800
ONE_LINE = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)
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
    hint = widget.sizeHint().height() if isinstance(widget, ONE_LINE) else 0
    # A button's hint grows with its own text's height (Thai is taller): the padding is what is left.
    shown = metrics.size(SHOW_MNEMONIC, widget.text() or "x").height() \
        if isinstance(widget, QPushButton) else metrics.height()
    padding = max(hint - shown, 8)
    # Line edits, editable combos and spin boxes (suffixes are translated) all draw through a line edit.
    editable = isinstance(widget, (QLineEdit, QAbstractSpinBox)) or (isinstance(widget, QComboBox) and widget.isEditable())
    text = line_box_height(widget.font()) if editable else script_text_height(widget.font())
    return max(hint - shown + metrics.height(), text + padding)  # the same whatever the words in it


def make_room(widget: QWidget) -> None:
    """Give one single-line input or button room for every script (what `ScriptRoom` does as it is polished)."""
    widget.setMinimumHeight(max(widget.minimumHeight(), script_safe_height(widget)))


def multi_line_height(widget: QWidget, lines: int) -> int:
    """A text box tall enough for `lines` lines even when every line is Burmese."""
    return line_box_height(widget.font()) * lines + 12
