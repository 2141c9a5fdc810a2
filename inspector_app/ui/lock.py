"""Auto-lock after idle time, and the lock screen with failed-attempt back-off."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..core.errors import WrongPassphrase
from ..core.keys import Keyring

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse, pen or touch input."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, *, watch: bool = True):
        """`watch=False` counts the idle time from now but looks at input only from `watch()`: the
        filter sees every event of the application, which slowed the first screen's build and paint."""
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._watching = False
        if watch:
            self.watch()

    def watch(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            self._watching = True
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.start()

    def set_interval_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class Backoff:
    """After 3 failures, wait 5 s, then 10 s, 20 s, … up to 5 minutes, before the next try."""

    FREE_TRIES = 3
    FIRST_DELAY = 5.0
    MAX_DELAY = 300.0

    def __init__(self) -> None:
        self.failures = 0
        self.blocked_until = 0.0

    def remaining(self) -> float:
        return max(0.0, self.blocked_until - time.monotonic())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.FREE_TRIES:
            delay = min(self.MAX_DELAY, self.FIRST_DELAY * 2 ** (self.failures - self.FREE_TRIES))
            self.blocked_until = time.monotonic() + delay

    def succeeded(self) -> None:
        self.failures = 0
        self.blocked_until = 0.0


class LockPage(QWidget):
    """Shown instead of every other page while locked: nothing but the passphrase field."""

    unlocked = Signal()

    def __init__(self, keyring: Keyring, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.keyring = keyring
        self.username = username
        self.backoff = Backoff()
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.button = QPushButton()
        self.button.clicked.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_wait)
        box = QVBoxLayout(self)
        box.addStretch(1)
        for widget in (self.title, self.passphrase, self.button, self.error):
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        self.passphrase.setMinimumWidth(320)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Locked. Enter the passphrase of %1 to continue.").replace("%1", self.username))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.button.setText(self.tr("Unlock"))

    def try_unlock(self) -> None:
        if self.backoff.remaining() > 0:
            self._update_wait()
            return
        try:
            self.keyring.unlock(self.passphrase.text(), self.username)
        except WrongPassphrase:
            self.backoff.failed()
            self.passphrase.clear()
            self.error.setText(self.tr("Wrong passphrase."))
            if self.backoff.remaining() > 0:
                self._tick.start()
                self._update_wait()
            return
        self.backoff.succeeded()
        self.passphrase.clear()
        self.error.clear()
        self.unlocked.emit()

    def _update_wait(self) -> None:
        remaining = self.backoff.remaining()
        blocked = remaining > 0
        self.passphrase.setEnabled(not blocked)
        self.button.setEnabled(not blocked)
        if blocked:
            self.error.setText(self.tr("Too many wrong passphrases. Try again in %n seconds.", "", int(remaining) + 1))
        else:
            self._tick.stop()
            self.error.clear()
            self.passphrase.setFocus()
