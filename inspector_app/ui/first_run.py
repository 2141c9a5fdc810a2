"""First start on a laptop: create the first local user and the encrypted store (off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.errors import InspectorError
from .messages import message_text
from .operations import Operations
from .widgets import WrapLabel


class FirstRunDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.creating = False
        self._ops = Operations(self)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = WrapLabel()
        self.error.setStyleSheet("color: #b00020")

        # Wrapped between words in Burmese too (Qt would break inside them); its words are set in retranslate.
        self.intro = intro = WrapLabel()
        form = QFormLayout()
        self._labels = {}
        for key, field in (("username", self.username), ("display_name", self.display_name),
                           ("passphrase", self.passphrase), ("repeat", self.repeat)):
            label = QLabel()
            label.setBuddy(field)
            self._labels[key] = label
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Field Inspector"))
        self.intro.setText(self.tr("Everything you record is encrypted on this laptop with your passphrase. "
                                   "It cannot be recovered if forgotten: HQ keeps what you have synced."))
        for key, label, name in (("username", self.tr("User &name"), self.tr("User name")),
                                 ("display_name", self.tr("&Full name"), self.tr("Full name")),
                                 ("passphrase", self.tr("&Passphrase"), self.tr("Passphrase")),
                                 ("repeat", self.tr("&Repeat"), self.tr("Repeat passphrase"))):
            self._labels[key].setText(label)
            self._labels[key].buddy().setAccessibleName(name)
        if self.creating:
            self.error.setText(self.tr("Creating the encrypted data store…"))

    def create(self) -> None:
        if self.creating:
            return
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        data_dir, username = self.data_dir, self.username.text().strip()
        passphrase, display_name = self.passphrase.text(), self.display_name.text().strip() or None

        def create() -> None:
            from ..core.services import setup

            setup.create_store(data_dir, username, passphrase, display_name=display_name).close()

        self._set_creating(True)
        self.error.setText(self.tr("Creating the encrypted data store…"))
        self._ops.run(create, on_success=lambda _none: self._created(), on_failure=self._failed, owner=self)

    def _created(self) -> None:
        self._set_creating(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_creating(False)
        self.error.setText(message_text(exc.message) if isinstance(exc, InspectorError) else type(exc).__name__)

    def _set_creating(self, creating: bool) -> None:
        self.creating = creating
        for widget in (self.username, self.display_name, self.passphrase, self.repeat, self.buttons):
            widget.setEnabled(not creating)

    def reject(self) -> None:
        if not self.creating:
            super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        # The worker that answered may still be finishing its last line; the process may end
        # as soon as this dialog answers, and must not end under a running thread (it hangs).
        self._ops.wait()
