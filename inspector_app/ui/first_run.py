"""First start on a laptop: create the first local user and the encrypted store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.errors import InspectorError
from ..core.store import Store


class FirstRunDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Set up Field Inspector"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        intro = QLabel(self.tr("Everything you record is encrypted on this laptop with your passphrase. "
                               "It cannot be recovered if forgotten: HQ keeps what you have synced."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User &name"), self.username)
        form.addRow(self.tr("&Full name"), self.display_name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        try:
            Store.create(self.data_dir, self.username.text().strip(), self.passphrase.text(),
                         display_name=self.display_name.text().strip() or None).close()
        except InspectorError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
