"""Room for Thai, Burmese, Khmer and Lao in every window: list rows and one-line widgets.

Qt sizes inputs, rows and buttons from the first family of the app font (Noto Sans), but
Thai marks and Burmese medials come from fallback faces and reach further above and below
the line (measured in `script_height`). `ScriptRoom` (installed with the app font) gives every
one-line input and button that room as it is first shown, so a screen added later needs nothing
to get it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

# The measures live in script_height (the unlock window uses them before this module loads).
from .script_height import ONE_LINE, make_room, script_text_height


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
        if isinstance(widget, ONE_LINE):
            make_room(widget)


class ScriptRoom(QObject):
    """Application event filter: each one-line input and button, when first polished, gets room for every script."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Polish and isinstance(watched, ONE_LINE) \
                and not isinstance(watched.parent(), (QComboBox, QAbstractSpinBox)):
            make_room(watched)  # type: ignore[arg-type]
        return False


def install_script_room(app: QApplication) -> None:
    """Once per application (the filter is its child, so it lives as long as the app)."""
    if app.findChild(ScriptRoom) is None:
        app.installEventFilter(ScriptRoom(app))
