"""Photos and documents: add by dialog or drag and drop, thumbnails, captions, link to findings."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ...core.models import Attachment, Finding
from ...core.services import attachments
from .. import settings as keys
from ..context import UiContext
from ..language import current_language
from .autosave import AutoSaver
from ..messages import error_text

THUMBNAIL = 128


@dataclass
class PreparedFile:
    data: bytes
    mime: str
    width: int | None
    height: int | None
    original: bytes | None
    name: str


def prepare_file(path: Path, max_side: int, keep_original: bool) -> PreparedFile:
    """Read a file; a photo larger than `max_side` is downscaled (JPEG) and the original kept if asked."""
    raw = path.read_bytes()
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    image = QImage()
    if mime.startswith("image/") and image.loadFromData(raw):
        width, height = image.width(), image.height()
        if max(width, height) > max_side:
            scaled = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            buffer_data = QByteArray()
            buffer = QBuffer(buffer_data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            scaled.save(buffer, "JPEG", 85)
            return PreparedFile(bytes(buffer_data.data()), "image/jpeg", scaled.width(), scaled.height(),
                                raw if keep_original else None, path.name)
        return PreparedFile(raw, mime, width, height, None, path.name)
    return PreparedFile(raw, mime, None, None, None, path.name)


class DropList(QListWidget):
    def __init__(self, on_files, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.on_files = on_files
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.on_files(paths)
            event.acceptProposedAction()


class AttachmentsTab(QWidget):
    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.current_id: str | None = None
        self._loading = False
        self.list = DropList(self.add_files)
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._select(cur))
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.choose_files)
        self.caption = QLineEdit()
        self.caption.setObjectName("attachmentCaption")
        self.finding = QComboBox()
        self.finding.setObjectName("attachmentFinding")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.hint = QLabel()
        self.caption_label, self.finding_label = QLabel(), QLabel()
        self.caption_label.setBuddy(self.caption)
        self.finding_label.setBuddy(self.finding)
        form = QFormLayout()
        form.addRow(self.caption_label, self.caption)
        form.addRow(self.finding_label, self.finding)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.caption.textChanged.connect(lambda _t: self._save_meta())
        self.finding.activated.connect(lambda _n: self._save_meta())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add photos or documents…"))
        self.hint.setText(self.tr("Drop files here, or use the button. Large photos are made smaller."))
        self.caption_label.setText(self.tr("Caption"))
        self.finding_label.setText(self.tr("Evidence for"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.finding.setAccessibleName(self.tr("Evidence for finding"))
        self.list.setAccessibleName(self.tr("Attachments"))

    def reload(self) -> None:
        with self.ctx.store.session() as session:
            rows = list(session.scalars(select(Attachment).where(Attachment.inspection_id == self.inspection_id)
                                        .order_by(Attachment.created_at)))
            found = list(session.scalars(select(Finding).where(Finding.inspection_id == self.inspection_id)))
        self._loading = True
        self.finding.clear()
        self.finding.addItem("", None)
        language = "th" if current_language() == "th" else "en"
        for f in found:
            self.finding.addItem(f"{f.severity} {f.text('title', language)}", f.id)
        self.list.clear()
        for row in rows:
            entry = QListWidgetItem(row.caption or row.original_name or row.sha256[:10])
            entry.setData(Qt.ItemDataRole.UserRole, (row.id, row.caption or "", row.finding_id))
            if row.mime.startswith("image/"):
                try:
                    pixmap = QPixmap()
                    pixmap.loadFromData(self.ctx.store.vault.get(row.sha256))
                    entry.setIcon(QIcon(pixmap.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation)))
                except Exception:  # noqa: BLE001 - a missing file shows without a thumbnail
                    pass
            self.list.addItem(entry)
        self._loading = False
        ids = [self.list.item(n).data(Qt.ItemDataRole.UserRole)[0] for n in range(self.list.count())]
        if ids:
            self.list.setCurrentRow(ids.index(self.current_id) if self.current_id in ids else 0)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos or documents"), "",
                                                self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        store = self.ctx.store
        max_side = self.ctx.settings.get(keys.PHOTO_MAX_PIXELS)
        keep = self.ctx.settings.get(keys.KEEP_ORIGINAL_PHOTOS)
        for path in paths:
            try:
                prepared = prepare_file(path, max_side, keep)
            except OSError as exc:
                self.error.setText(self.tr("Cannot read %1: %2").replace("%1", path.name).replace("%2", exc.strerror or ""))
                continue

            def added(attachment_id: str) -> None:
                self.current_id = attachment_id
                self.reload()

            self.ctx.write(lambda p=prepared: attachments.add_attachment(
                store, self.inspection_id, p.data, mime=p.mime, original_name=p.name, width=p.width, height=p.height,
                original=p.original), on_success=added,
                on_failure=lambda exc: self.error.setText(error_text(exc)), touches="attachments")

    def _select(self, entry: QListWidgetItem | None) -> None:
        if self._loading or entry is None:
            return
        self.saver.flush()
        self.current_id, caption, finding_id = entry.data(Qt.ItemDataRole.UserRole)
        self._loading = True
        self.caption.setText(caption)
        self.finding.setCurrentIndex(max(0, self.finding.findData(finding_id)))
        self._loading = False

    def _save_meta(self) -> None:
        if self._loading or self.current_id is None:
            return
        store, attachment_id = self.ctx.store, self.current_id
        caption, finding_id = self.caption.text(), self.finding.currentData()
        entry = self.list.currentItem()
        if entry is not None:
            entry.setText(caption or entry.text())
            entry.setData(Qt.ItemDataRole.UserRole, (attachment_id, caption, finding_id))
        self.saver.schedule(f"attachment:{attachment_id}",
                            lambda: attachments.update_attachment(store, attachment_id, caption=caption, finding_id=finding_id),
                            on_error=lambda exc: self.error.setText(error_text(exc)))
