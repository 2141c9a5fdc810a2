"""Register the bundled fonts with Qt and pick a family list that covers every script."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

# Tried in order for each character: Latin first, then each script's face.
FAMILY_ORDER = ("Noto Sans", "Noto Serif Thai", "Noto Looped Thai", "Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Khmer", "Noto Sans Lao")
_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every bundled TTF to Qt's font database once; returns the families found."""
    if _registered:
        return _registered
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _registered:
                    _registered.append(family)
    return _registered


def apply_app_font(app: QApplication, point_size: float = 10.5) -> QFont:
    """An explicit family list, so every script finds a covering font on Windows and Linux alike."""
    families = register_fonts()
    ordered = [f for f in FAMILY_ORDER if f in families] + [f for f in families if f not in FAMILY_ORDER]
    font = QFont()
    if ordered:
        font.setFamilies(ordered)
    font.setPointSizeF(point_size)
    app.setFont(font)
    from .script_metrics import install_script_room

    install_script_room(app)  # the fallback faces are taller than the first: fields and buttons make room
    return font
