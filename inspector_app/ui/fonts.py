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


def set_app_font(app: QApplication, point_size: float = 10.5) -> QFont:
    """An explicit family list, so every script finds a covering font on Windows and Linux alike.

    Fields and buttons also need room for the taller fallback faces: `apply_app_font` does both;
    the app's start gives its unlock window that room itself and installs the filter after it.
    """
    families = register_fonts()
    ordered = [f for f in FAMILY_ORDER if f in families] + [f for f in families if f not in FAMILY_ORDER]
    font = QFont()
    if ordered:
        font.setFamilies(ordered)
    font.setPointSizeF(point_size)
    app.setFont(font)
    return font


def apply_app_font(app: QApplication, point_size: float = 10.5) -> QFont:
    """The app font, and room in every one-line field and button for the taller fallback faces."""
    font = set_app_font(app, point_size)
    from .script_metrics import install_script_room

    install_script_room(app)
    return font


# A word in each script the app shows: Latin, Thai, Burmese, Khmer, Lao (with digits and a mark).
SCRIPT_SAMPLES = "Field Inspector 0123 — ตรวจแรงงาน ๒๕๖๙ မြန်မာ ខ្មែរ ລາວ"


def warm_fonts() -> None:
    """Open each script's font and shape a word in it now, in normal and bold.

    Qt reads a fallback font's file and builds its shaping tables at the first text that needs
    it: the main window's first paint (Thai and Burmese names in the list) paid for that after
    unlock. The app calls this while its unlock window waits; the caches it fills are Qt's own.
    """
    from PySide6.QtCore import Qt  # here: the Qt namespace's enums take 12 ms to make, after the unlock window shows
    from PySide6.QtGui import QImage, QPainter

    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        font = QFont()  # the application's font, with its list of families
        for bold in (False, True):
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(image.rect(), Qt.AlignmentFlag.AlignLeft, SCRIPT_SAMPLES)
    finally:
        painter.end()
