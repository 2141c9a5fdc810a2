"""Sign-off: mark completed (required items checked), then signatures; signing freezes.

A role that has signed the current revision shows its stored signature image in place of
the pad, so what was signed stays visible after signing, reopening and restarting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.services import inspections
from ...core.views import editor as editor_views
from ...core.views.editor import SignOff
from ..context import UiContext
from ..inspections_model import status_label
from ..loading import Loader, LoadingNotice
from ..messages import say, say_error
from ..signature_pad import SignaturePad
from ..widgets import WrapLabel
from .autosave import AutoSaver

ROLES = ("inspector", "employer", "coordinator")


class SignoffTab(QWidget):
    completeFailed = Signal(list)  # noqa: N815 - codes of the items that stopped it

    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.current_status: str | None = None
        self._content: SignOff | None = None
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice)
        self.status = QLabel()
        self.status.setObjectName("signoffStatus")
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("markCompleted")
        self.complete_button.clicked.connect(self.mark_completed)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        self.message = WrapLabel()  # why it cannot be completed yet, in Thai or Burmese too: wrapped between words
        self.message.setObjectName("signoffMessage")
        self.why_not_yet = WrapLabel()  # why the signature boxes are greyed out, while they are
        self.why_not_yet.setObjectName("signoffWhyNotYet")
        self.why_not_yet.hide()
        self.pads: dict[str, SignaturePad] = {}
        self.names: dict[str, QLineEdit] = {}
        self.sign_buttons: dict[str, QPushButton] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.signed_labels: dict[str, QLabel] = {}
        self.signature_views: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, role in enumerate(ROLES):
            box = QGroupBox()
            pad = SignaturePad()
            pad.setObjectName(f"pad_{role}")
            name = QLineEdit()
            name.setObjectName(f"signer_{role}")
            sign = QPushButton()
            sign.setObjectName(f"sign_{role}")
            sign.clicked.connect(lambda _c=False, r=role: self.sign(r))
            clear = QPushButton()
            clear.clicked.connect(pad.clear)
            signed = QLabel()
            view = QLabel()
            view.setObjectName(f"signature_{role}")
            view.setMinimumSize(pad.minimumSize())
            view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setStyleSheet("background: white; border: 1px solid #ccc;")
            view.hide()
            inner = QVBoxLayout(box)
            inner.addWidget(pad)
            inner.addWidget(view)
            inner.addWidget(name)
            buttons = QHBoxLayout()
            buttons.addWidget(sign)
            buttons.addWidget(clear)
            inner.addLayout(buttons)
            inner.addWidget(signed)
            self.pads[role], self.names[role], self.sign_buttons[role] = pad, name, sign
            self.clear_buttons[role], self.boxes[role], self.signed_labels[role] = clear, box, signed
            self.signature_views[role] = view
            grid.addWidget(box, 0, column)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.reopen_button)
        top.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.why_not_yet)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()
        self._render()
        self.reload()

    def retranslate(self) -> None:
        self.complete_button.setText(self.tr("Mark completed"))
        self.reopen_button.setText(self.tr("Reopen for edits"))
        titles = {"inspector": self.tr("Inspector"), "employer": self.tr("Employer representative"),
                  "coordinator": self.tr("Language coordinator")}
        for role in ROLES:
            self.boxes[role].setTitle(titles[role])
            self.names[role].setPlaceholderText(self.tr("Name of the person signing"))
            self.names[role].setAccessibleName(self.tr("%1: name").replace("%1", titles[role]))
            self.pads[role].setAccessibleName(self.tr("%1: signature").replace("%1", titles[role]))
            self.sign_buttons[role].setText(self.tr("Sign"))
            self.clear_buttons[role].setText(self.tr("Clear"))
        self.notice.retranslate()
        self._render()

    @property
    def loaded(self) -> bool:
        """Whether this tab shows what was read (at least once)."""
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self._loader.load(lambda: editor_views.signoff(store, inspection_id), self._show)

    def _show(self, content: SignOff | None) -> None:
        if content is not None:
            self._content = content
            self._render()

    def _render(self) -> None:
        """What was read, in the language on screen; nothing can be signed until it is read."""
        content = self._content
        if content is None:
            self.status.clear()
            self.complete_button.setEnabled(False)
            self.reopen_button.setVisible(False)
            for role in ROLES:
                for widget in (self.sign_buttons[role], self.pads[role], self.names[role], self.clear_buttons[role]):
                    widget.setEnabled(False)
            return
        self.current_status = content.status
        self.status.setText(self.tr("Status: %1 (revision %2)").replace("%1", status_label(content.status))
                            .replace("%2", str(content.revision)))
        self.complete_button.setEnabled(content.status == "draft")
        # A draft is signed only once completed (services.inspections.sign_inspection): say so, naming the button.
        self.why_not_yet.setText(self.tr("Signatures can be added once the inspection is completed. "
                                         "Press “%1” first.").replace("%1", self.tr("Mark completed")))
        self.why_not_yet.setVisible(content.status == "draft")
        self.reopen_button.setVisible(content.status == "completed")
        for role in ROLES:
            found = content.signatures.get(role)
            signed = (found.signer_name, found.image_png) if found else None
            can_sign = content.status in ("completed", "signed") and signed is None
            self.sign_buttons[role].setEnabled(can_sign)
            self.pads[role].setEnabled(can_sign)
            self.names[role].setEnabled(can_sign)
            self.clear_buttons[role].setEnabled(can_sign)
            # A pad that can no longer be signed says it was not, rather than stay blank.
            self.signed_labels[role].setText(self.tr("Signed by %1").replace("%1", signed[0]) if signed
                                             else "" if can_sign or content.status == "draft"
                                             else self.tr("Not signed"))
            self._show_signature(role, signed[1] if signed else None)

    def _show_signature(self, role: str, png: bytes | None) -> None:
        """The signed image in place of the pad; the pad again when there is none."""
        view, pad = self.signature_views[role], self.pads[role]
        pixmap = QPixmap()
        if png is None or not pixmap.loadFromData(png, "PNG"):
            view.clear()
            view.hide()
            pad.show()
            return
        target = pad.size() if pad.isVisible() else pad.minimumSize()
        if pixmap.width() > target.width() or pixmap.height() > target.height():
            pixmap = pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        view.setPixmap(pixmap)
        view.setAccessibleName(self.signed_labels[role].text())
        pad.hide()
        view.show()

    def mark_completed(self) -> None:
        self.saver.flush()
        store = self.ctx.store

        inspection_id = self.inspection_id

        def failed(exc: BaseException) -> None:
            say_error(self.message, exc)
            # Which items stopped it (still open, or contradicting a finding): read off the GUI thread, then the
            # checklist shows the first.
            self.ctx.read(lambda: editor_views.items_stopping_completion(store, inspection_id),
                          on_success=self.completeFailed.emit, owner=self)

        say(self.message, None)
        self.ctx.write(lambda: inspections.complete_inspection(store, inspection_id),
                       on_success=lambda _c: self.reload(), on_failure=failed, owner=self)

    def reopen(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self.ctx.write(lambda: inspections.reopen_inspection(store, inspection_id),
                       on_success=lambda _c: self.reload(),
                       on_failure=lambda exc: say_error(self.message, exc), owner=self)

    def sign(self, role: str) -> None:
        pad, name = self.pads[role], self.names[role].text().strip()
        if pad.is_empty():
            say(self.message, lambda: self.tr("Draw the signature first."))
            return
        if not name:
            say(self.message, lambda: self.tr("Type the name of the person signing."))
            return
        image, store, inspection_id = pad.to_png(), self.ctx.store, self.inspection_id
        say(self.message, None)
        self.ctx.write(lambda: inspections.sign_inspection(store, inspection_id, role=role, signer_name=name,
                                                           image_png=image),
                       on_success=lambda _c: (pad.clear(), self.reload()),
                       on_failure=lambda exc: say_error(self.message, exc), owner=self)
