"""Typing any script into a widget (QTest.keyClicks only handles ASCII), and waiting for what a screen reads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press/release per character, as an input method would deliver it."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def wait_until_read(qtbot, root: QWidget, timeout: int = 10_000) -> None:  # noqa: ANN001
    """Wait, as a user would, until no part of `root` still says it is reading ("Loading…")."""
    from inspector_app.ui.loading import LoadingNotice

    qtbot.waitUntil(lambda: not any(n.busy for n in root.findChildren(LoadingNotice)), timeout=timeout)


def answer_modal(kind: type, action: Callable[[QDialog], None]) -> list[bool]:
    """Answer the next modal dialog of `kind` the way a user would; returns [True] once answered."""
    answered: list[bool] = []

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            action(modal)
            answered.append(True)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)
    return answered
