"""The start screen: choose the local user, type the passphrase, unlock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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

from ..core.errors import InspectorError
from ..core.keys import Keyring

if TYPE_CHECKING:  # the store's modules (SQLAlchemy, the models) load on unlock, not before this window shows
    from ..core.store import Store


class UnlockDialog(QDialog):
    """Asks for a passphrase until the store opens or the user cancels."""

    def __init__(self, data_dir: Path, hint: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Field Inspector"))
        self.data_dir = data_dir
        self.store: Store | None = None

        self.user = QComboBox()
        self.user.addItems(Keyring(data_dir).usernames())
        self.user.setAccessibleName(self.tr("User"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock"))
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
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        from ..core.store import Store

        try:
            self.store = Store.open(self.data_dir, self.passphrase.text(), self.user.currentText() or None)
        except InspectorError as exc:
            self.error.setText(exc.message)
            self.passphrase.selectAll()
            return
        self.passphrase.clear()
        self.accept()
