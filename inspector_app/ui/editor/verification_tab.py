"""Verification: a follow-up visit checks again each finding the earlier visit left open.

The findings were carried to the follow-up when it was started (`services.followups.start_follow_up`).
For each, the inspector records what was found (corrected, partly corrected, not corrected), the
evidence in words, and photos (the follow-up's attachments, added here as on the Attachments tab).
Saved through `services.followups.record_verification`; the earlier inspection is never edited: a
finding takes its new status as its own audited revision once this visit is signed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import ChangeSet
from ...core.services import attachments, followups
from ...core.views import evidence
from ...core.views import followups as followup_views
from ...core.views.followups import FollowUpVerifications, VerificationItem
from .. import settings as keys
from ..context import UiContext
from ..followup_labels import OUTCOMES, citation, outcome_label, title_in_language
from ..inspections_model import format_date
from ..loading import Loader, LoadingNotice
from ..messages import error_text
from ..widgets import WrapLabel
from .attachments_tab import UnreadableFile, prepare_file, thumbnail
from .autosave import AutoSaver

PHOTO_ICON = 72


class VerificationTab(QWidget):
    itemsFound = Signal(bool)  # noqa: N815 - whether this visit carried findings to verify (after each read)

    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.content: FollowUpVerifications | None = None
        self.items: list[VerificationItem] = []
        self.current_id: str | None = None
        self._form_id: str | None = None
        self._filling = False
        self._thumbnails: dict[str, QPixmap] = {}
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice, ready=lambda: not saver.has_unsaved())
        saver.stateChanged.connect(lambda _state, _message: saver.has_unsaved() or self._loader.retry())

        self.intro = WrapLabel()
        self.intro.setObjectName("verificationIntro")
        self.intro.setStyleSheet("background: #e8f0fe; color: #1a3d7c; padding: 6px; border-radius: 4px")
        self.list = QListWidget()
        self.list.setObjectName("verificationList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._select)

        self.heading = WrapLabel()
        self.heading.setObjectName("verificationHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = WrapLabel()
        self.details.setObjectName("verificationDetails")
        self.details.setStyleSheet("color: #444")
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        outcome_row = QVBoxLayout()
        for n, code in enumerate(OUTCOMES):
            button = QRadioButton()
            button.setObjectName(f"outcome_{code}")
            self.outcomes.addButton(button, n)
            self.outcome_buttons[code] = button
            outcome_row.addWidget(button)
        self.outcomes.idClicked.connect(self._outcome_chosen)
        self.note = QPlainTextEdit()
        self.note.setObjectName("verificationNote")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(120)
        self.note.textChanged.connect(self._note_changed)
        self.photos = QListWidget()
        self.photos.setObjectName("verificationPhotos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(PHOTO_ICON, PHOTO_ICON))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setWordWrap(True)
        self.photos.setMinimumHeight(PHOTO_ICON + 48)
        self.photos.setMaximumHeight(PHOTO_ICON + 64)
        self.photos.itemChanged.connect(lambda _item: self._evidence_changed())
        self.add_photos = QPushButton()
        self.add_photos.setObjectName("addVerificationPhotos")
        self.add_photos.clicked.connect(self.choose_photos)
        self.photos_hint = WrapLabel()
        self.photos_hint.setStyleSheet("color: #555")
        self.locked = WrapLabel()
        self.locked.setObjectName("verificationLocked")
        self.locked.setStyleSheet("color: #5c4300")
        self.error = WrapLabel()
        self.error.setObjectName("verificationError")
        self.error.setStyleSheet("color: #b00020")

        self.outcome_label, self.note_label, self.photos_label = QLabel(), QLabel(), QLabel()
        self.note_label.setBuddy(self.note)
        self.photos_label.setBuddy(self.photos)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.outcome_label, outcome_row)
        form.addRow(self.note_label, self.note)
        photos_column = QVBoxLayout()
        photos_column.addWidget(self.photos)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_photos)
        add_row.addStretch(1)
        photos_column.addLayout(add_row)
        photos_column.addWidget(self.photos_hint)
        form.addRow(self.photos_label, photos_column)
        self.form_widget = QWidget()
        form_column = QVBoxLayout(self.form_widget)
        form_column.addWidget(self.heading)
        form_column.addWidget(self.details)
        form_column.addLayout(form)
        form_column.addWidget(self.locked)
        form_column.addWidget(self.error)
        form_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self.locked.hide()
        self.error.hide()
        self.form_widget.setEnabled(False)
        self.retranslate()
        self.reload()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.notice.retranslate()
        self.outcome_label.setText(self.tr("What you found"))
        for code, button in self.outcome_buttons.items():
            button.setText(outcome_label(code))
        self.note_label.setText(self.tr("Evidence"))
        self.note.setPlaceholderText(self.tr("What you saw, were shown or were told (e.g. passports back with "
                                             "the workers; pay slips for November)"))
        self.note.setAccessibleName(self.tr("Evidence, in words"))
        self.photos_label.setText(self.tr("Photos"))
        self.photos.setAccessibleName(self.tr("Photos and documents of this visit; ticked ones are evidence"))
        self.add_photos.setText(self.tr("Add photos…"))
        self.photos_hint.setText(self.tr("Tick the photos and documents that show it. Photos added here are "
                                         "kept with this visit's attachments."))
        self.list.setAccessibleName(self.tr("Findings to verify"))
        self.locked.setText(self.tr("This follow-up visit is approved: what it verified can no longer change."))
        self._render_intro()
        self._render_list()
        self._render_details()

    def _render_intro(self) -> None:
        content = self.content
        if content is None:
            self.intro.setText("")
            return
        earlier = content.previous_reference or "?"
        when = format_date(content.previous_visit_date) if content.previous_visit_date else "?"
        self.intro.setText(self.tr("This follow-up visit checks the %n findings still open after visit %1 (%2). "
                                   "Record what you found for each. The earlier inspection stays exactly as it was "
                                   "signed: each finding takes its new status once this visit is signed.", "",
                                   len(content.items)).replace("%1", earlier).replace("%2", when))

    def _item_text(self, item: VerificationItem) -> str:
        title = title_in_language(item.title_th, item.title_en, item.item_code or "", item.title_labels)
        return f"{item.severity} · {title}\n→ {outcome_label(item.outcome)}"

    def _render_list(self) -> None:
        for n, item in enumerate(self.items):
            entry = self.list.item(n)
            if entry is not None:
                entry.setText(self._item_text(item))

    def _render_details(self) -> None:
        item = self._current()
        if item is None:
            self.heading.setText("")
            self.details.setText("")
            return
        title = title_in_language(item.title_th, item.title_en, item.item_code or "", item.title_labels)
        self.heading.setText(f"{item.severity} · {title}")
        parts = [self.tr("Found at visit %1").replace("%1", item.original_reference or "?")]
        if item.deadline:
            parts.append(self.tr("deadline %1").replace("%1", format_date(item.deadline)))
        if item.legal_refs:
            parts.append(", ".join(citation(ref) for ref in item.legal_refs))
        if item.item_code:
            parts.append(self.tr("checklist item %1").replace("%1", item.item_code))
        self.details.setText(" · ".join(parts))

    # -- reading ------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id, known = self.ctx.store, self.inspection_id, set(self._thumbnails)

        def read() -> tuple[FollowUpVerifications | None, dict[str, QImage]]:
            content = followup_views.verifications(store, inspection_id)
            images: dict[str, QImage] = {}
            # The photos are offered as evidence of the items verified: a visit with none (not a follow-up)
            # shows no step, so its photos are not decrypted and scaled for it.
            for row in content.attachments if content is not None and content.items else ():
                if row.mime.startswith("image/") and row.sha256 not in known and row.sha256 not in images:
                    try:
                        image = thumbnail(evidence.attachment_bytes(store, row.sha256))
                    except Exception:  # noqa: BLE001 - a missing or unreadable file shows without a thumbnail
                        image = None
                    if image is not None:
                        images[row.sha256] = image
            return content, images

        self._loader.load(read, self._show)

    def _show(self, answer: tuple[FollowUpVerifications | None, dict[str, QImage]]) -> None:
        content, images = answer
        for sha256, image in images.items():
            self._thumbnails[sha256] = QPixmap.fromImage(image)
        attachments_changed = content is None or self.content is None or \
            content.attachments != self.content.attachments
        self.content = content
        self.items = list(content.items) if content is not None else []
        self._filling = True
        try:
            self.list.clear()
            for item in self.items:
                entry = QListWidgetItem(self._item_text(item))
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                self.list.addItem(entry)
        finally:
            self._filling = False
        self._render_intro()
        editable = content is not None and content.editable
        self.locked.setVisible(content is not None and not content.editable)
        self.form_widget.setEnabled(bool(self.items))
        for widget in (self.note, self.add_photos, self.photos, *self.outcome_buttons.values()):
            widget.setEnabled(editable)
        if attachments_changed:
            self._form_id = None  # the photo list offers other files now: fill the form again
        ids = [i.id for i in self.items]
        if ids:
            self.list.setCurrentRow(ids.index(self.current_id) if self.current_id in ids else 0)
        self.itemsFound.emit(bool(self.items))

    # -- the form -----------------------------------------------------------------------------

    def _current(self) -> VerificationItem | None:
        return next((i for i in self.items if i.id == self.current_id), None)

    def select_item(self, finding_id: str) -> None:
        """Show the verification of this earlier finding."""
        for n, item in enumerate(self.items):
            if item.finding_id == finding_id:
                self.list.setCurrentRow(n)
                return

    def _select(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self.items):
            return
        self.saver.flush()
        item = self.items[row]
        self.current_id = item.id
        self._render_details()
        if self._form_id == item.id:
            # The form shows it already, with edits newer than any read; only the photos' ticks follow the read
            # when no change of them is on its way (a photo added here is evidence once it is stored: a read
            # made between the two showed it unticked).
            if not self.saver.busy(f"verification:{item.id}:evidence"):
                self._tick_evidence(item)
            return
        self._form_id = item.id
        self._filling = True
        try:
            self.outcomes.setExclusive(False)
            for code, button in self.outcome_buttons.items():
                button.setChecked(item.outcome == code)
            self.outcomes.setExclusive(True)
            self.note.setPlainText(item.note or "")
            self.photos.clear()
            for row_ in self.content.attachments if self.content is not None else ():
                entry = QListWidgetItem(row_.label)
                entry.setData(Qt.ItemDataRole.UserRole, row_.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if row_.id in item.evidence else Qt.CheckState.Unchecked)
                if row_.sha256 in self._thumbnails:
                    entry.setIcon(QIcon(self._thumbnails[row_.sha256]))
                self.photos.addItem(entry)
            self.error.hide()
        finally:
            self._filling = False

    def _tick_evidence(self, item: VerificationItem) -> None:
        self._filling = True
        try:
            for n in range(self.photos.count()):
                entry = self.photos.item(n)
                wanted = Qt.CheckState.Checked if entry.data(Qt.ItemDataRole.UserRole) in item.evidence \
                    else Qt.CheckState.Unchecked
                if entry.checkState() != wanted:
                    entry.setCheckState(wanted)
        finally:
            self._filling = False

    def _remember(self, verification_id: str, **values: Any) -> None:
        """Keep an edit in the list, so it and a later return to this item show it before the next read."""
        for n, item in enumerate(self.items):
            if item.id == verification_id:
                self.items[n] = replace(item, **values)
                entry = self.list.item(n)
                if entry is not None:
                    entry.setText(self._item_text(self.items[n]))

    def _save(self, field: str, value: Any) -> None:
        if self._filling or self.current_id is None:
            return
        store, verification_id = self.ctx.store, self.current_id
        self.error.hide()
        self._remember(verification_id, **{field: tuple(value) if isinstance(value, list) else value})
        self.saver.schedule(f"verification:{verification_id}:{field}",
                            lambda: followups.record_verification(store, verification_id, **{field: value}),
                            on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def _outcome_chosen(self, button_id: int) -> None:
        self._save("outcome", OUTCOMES[button_id])

    def _note_changed(self) -> None:
        self._save("note", self.note.toPlainText())

    def _ticked(self) -> list[str]:
        return [self.photos.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.photos.count())
                if self.photos.item(n).checkState() == Qt.CheckState.Checked]

    def _evidence_changed(self) -> None:
        self._save("evidence", self._ticked())

    # -- photos -------------------------------------------------------------------------------

    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos or documents"), "",
                                                self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;"
                                                        "All files (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Store each file with this visit (as the Attachments tab does) and make it evidence of the current item."""
        item = self._current()
        if item is None or not paths:
            return
        self.saver.flush()
        store, inspection_id, verification_id = self.ctx.store, self.inspection_id, item.id
        max_side = self.ctx.settings.get(keys.PHOTO_MAX_PIXELS)
        keep = self.ctx.settings.get(keys.KEEP_ORIGINAL_PHOTOS)
        ticked = self._ticked()

        def add() -> ChangeSet:
            changes = ChangeSet()
            added: list[str] = []
            for path in paths:
                try:
                    p = prepare_file(path, max_side, keep)
                except OSError as exc:
                    raise UnreadableFile(path.name, exc.strerror or "") from None
                made = attachments.add_attachment(store, inspection_id, p.data, mime=p.mime, original_name=p.name,
                                                  width=p.width, height=p.height, original=p.original)
                added.append(made.created("attachments"))
                changes.merge(made)
            return changes.merge(followups.record_verification(store, verification_id, evidence=[*ticked, *added]))

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            if isinstance(exc, UnreadableFile):
                self.error.setText(self.tr("Cannot read %1: %2").replace("%1", exc.name).replace("%2", exc.reason))

        self.ctx.write(add, on_success=lambda _changes: self.reload(), on_failure=failed, owner=self)
