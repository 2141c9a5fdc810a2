"""The start screen: choose the local user, type the passphrase, unlock.

Unlocking (the key derivation, opening and if need be upgrading the database) runs off the
GUI thread; the window says "Unlocking…" meanwhile and stays responsive.

This window is the first the app paints: it imports only Qt's widgets and the slot file's reader
at load; the rest (the worker pool, the store, error texts) when a passphrase is submitted,
by which time the app has loaded them while the window waited.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.keys import Keyring
from .script_height import make_room

if TYPE_CHECKING:  # the store's modules (SQLAlchemy, the models) load on unlock, not before this window shows
    from ..core.store import Store
    from .operations import Operations


class UnlockDialog(QDialog):
    """Asks for a passphrase until the store opens or the user cancels."""

    failed = Signal(str)  # the store did not open: why (shown in the window too)

    def __init__(self, data_dir: Path, hint: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.store: Store | None = None
        self.unlocking = False
        self._ops: Operations | None = None  # made at the first unlock

        self.user = QComboBox()
        self.user.addItems(Keyring(data_dir).usernames())
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self._error_text = ""  # what `error` says, kept to say again in another language
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        form = QFormLayout()
        self.user_label, self.passphrase_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.user)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.user_label, self.user)
        form.addRow(self.passphrase_label, self.passphrase)
        # Not QDialogButtonBox(Ok | Cancel): choosing among its constructors makes PySide build the
        # whole Qt namespace's enums (12 ms) before this window shows; this is the same box.
        buttons = QDialogButtonBox()
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Enter in the passphrase field unlocks exactly once (not also through the default button).
        ok.setAutoDefault(False)
        ok.setDefault(False)
        self.passphrase.returnPressed.connect(self.try_unlock)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("demoHint")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retranslate()
        for widget in (self.user, self.passphrase, *buttons.buttons()):
            make_room(widget)  # the room ScriptRoom gives later windows as they are polished
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock Field Inspector"))
        self.user.setAccessibleName(self.tr("User"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.user_label.setText(self.tr("&User"))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        if self.unlocking:
            self.error.setText(self.tr("Unlocking…"))

    def try_unlock(self) -> None:
        if self.unlocking:
            return
        data_dir, passphrase, user = self.data_dir, self.passphrase.text(), self.user.currentText() or None

        def unlock() -> Store:
            from ..core.services import setup

            return setup.open_store(data_dir, passphrase, user)

        if self._ops is None:
            from .operations import Operations

            self._ops = Operations(self)
        self._set_unlocking(True)
        self.error.setStyleSheet("color: #555")
        self.error.setText(self.tr("Unlocking…"))
        self._ops.run(unlock, on_success=self._unlocked, on_failure=self._failed, owner=self)

    def _unlocked(self, store: Store) -> None:
        self.store = store
        self._set_unlocking(False)
        self.passphrase.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ..core.errors import InspectorError
        from .messages import message_text

        self._set_unlocking(False)
        message = message_text(exc.message) if isinstance(exc, InspectorError) else type(exc).__name__
        self.error.setStyleSheet("color: #b00020")
        self.error.setText(message)
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        self.failed.emit(message)

    def _set_unlocking(self, unlocking: bool) -> None:
        self.unlocking = unlocking
        for widget in (self.user, self.passphrase, self.buttons):
            widget.setEnabled(not unlocking)

    def reject(self) -> None:
        if not self.unlocking:  # an unlock under way finishes first: its store must be closed, not lost
            super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        # The worker that answered may still be finishing its last line; the process may end
        # as soon as this dialog answers, and must not end under a running thread (it hangs).
        if self._ops is not None:
            self._ops.wait()
