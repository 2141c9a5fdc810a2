"""Typing any script into a widget (QTest.keyClicks only handles ASCII), and waiting for what a screen reads."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press/release per character, as an input method would deliver it."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def wait_until_read(qtbot, root: QWidget, timeout: int = 10_000) -> None:  # noqa: ANN001
    """Wait, as a user would, until no part of `root` still says it is reading ("Loading…")."""
    from inspector_app.ui.loading import LoadingNotice

    qtbot.waitUntil(lambda: not any(n.busy for n in root.findChildren(LoadingNotice)), timeout=timeout)
