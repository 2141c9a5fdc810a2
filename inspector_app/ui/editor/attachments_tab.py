"""Photos and documents: add by dialog or drag and drop, thumbnails, captions, link to findings."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
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

from ...core.changes import ChangeSet
from ...core.errors import InspectorError
from ...core.services import attachments
from ...core.views import evidence
from ...core.views.evidence import AttachmentsContent
from .. import settings as keys
from ..context import UiContext
from ..language import current_language, relabel_items
from ..loading import Loader, LoadingNotice
from ..messages import say_error
from .autosave import AutoSaver

THUMBNAIL = 128


class UnreadableFile(InspectorError):
    """A chosen or dropped file could not be read (the tab says so in the user's language)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"Cannot read {name}: {reason}")
        self.name, self.reason = name, reason


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


def thumbnail(data: bytes) -> QImage | None:
    """A photo's thumbnail (QImage works off the GUI thread; a QPixmap is made from it there).

    Decoded at about the size shown (JPEG decodes scaled down), not at full size and then shrunk.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > 2 * THUMBNAIL:
        reader.setScaledSize(size.scaled(2 * THUMBNAIL, 2 * THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return image.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class AttachmentsTab(QWidget):
    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.current_id: str | None = None
        self._loading = False
        self._thumbnails: dict[str, QPixmap] = {}  # by sha256: each photo is decrypted once per tab
        self._findings: dict[str, Any] = {}  # the findings offered, by id (their titles in both languages)
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice, ready=lambda: not saver.has_unsaved())
        saver.stateChanged.connect(lambda _state, _message: saver.has_unsaved() or self._loader.retry())
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
        layout.addWidget(self.notice)
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
        self.notice.retranslate()
        self.add_button.setText(self.tr("Add photos or documents…"))
        self.hint.setText(self.tr("Drop files here, or use the button. Large photos are made smaller."))
        self.caption_label.setText(self.tr("Caption"))
        self.finding_label.setText(self.tr("Evidence for"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.finding.setAccessibleName(self.tr("Evidence for finding"))
        self.list.setAccessibleName(self.tr("Attachments"))
        relabel_items(self.finding, self._finding_text)

    def _finding_text(self, finding_id: str) -> str:
        finding = self._findings.get(finding_id)
        if finding is None:
            return ""
        return f"{finding.severity} {finding.text('title', 'th' if current_language() == 'th' else 'en')}"

    @property
    def loaded(self) -> bool:
        """Whether this tab shows what was read (at least once)."""
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id, known = self.ctx.store, self.inspection_id, set(self._thumbnails)

        def read() -> tuple[AttachmentsContent, dict[str, QImage]]:
            content = evidence.attachments(store, inspection_id)
            images: dict[str, QImage] = {}
            for row in content.attachments:
                if row.mime.startswith("image/") and row.sha256 not in known and row.sha256 not in images:
                    try:
                        image = thumbnail(evidence.preview_bytes(store, row.sha256))
                    except Exception:  # noqa: BLE001 - a missing or unreadable file shows without a thumbnail
                        image = None
                    if image is not None:
                        images[row.sha256] = image
            return content, images

        self._loader.load(read, self._show)

    def _show(self, answer: tuple[AttachmentsContent, dict[str, QImage]]) -> None:
        content, images = answer
        for sha256, image in images.items():
            self._thumbnails[sha256] = QPixmap.fromImage(image)
        self._loading = True
        chosen = self.finding.currentData()
        self.finding.clear()
        self.finding.addItem("", None)
        self._findings = {f.id: f for f in content.findings}
        for f in content.findings:
            self.finding.addItem(self._finding_text(f.id), f.id)
        self.finding.setCurrentIndex(max(0, self.finding.findData(chosen)))
        self.list.clear()
        for row in content.attachments:
            entry = QListWidgetItem(row.caption or row.original_name or row.sha256[:10])
            entry.setData(Qt.ItemDataRole.UserRole, (row.id, row.caption or "", row.finding_id))
            if row.sha256 in self._thumbnails:
                entry.setIcon(QIcon(self._thumbnails[row.sha256]))
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
        """Read, downscale and store each file on the writer thread (a large photo takes a moment to scale)."""
        store, inspection_id = self.ctx.store, self.inspection_id
        max_side = self.ctx.settings.get(keys.PHOTO_MAX_PIXELS)
        keep = self.ctx.settings.get(keys.KEEP_ORIGINAL_PHOTOS)
        for path in paths:
            def add(path: Path = path) -> ChangeSet:
                try:
                    p = prepare_file(path, max_side, keep)
                except OSError as exc:
                    raise UnreadableFile(path.name, exc.strerror or "") from None
                return attachments.add_attachment(store, inspection_id, p.data, mime=p.mime, original_name=p.name,
                                                  width=p.width, height=p.height, original=p.original)

            def added(changes: ChangeSet) -> None:
                self.current_id = changes.created("attachments")
                self.reload()

            def failed(exc: BaseException) -> None:
                if isinstance(exc, UnreadableFile):
                    self.error.setText(self.tr("Cannot read %1: %2").replace("%1", exc.name).replace("%2", exc.reason))
                else:
                    say_error(self.error, exc)

            self.ctx.write(add, on_success=added, on_failure=failed, owner=self)

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
                            on_error=lambda exc: say_error(self.error, exc))
