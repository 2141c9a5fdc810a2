"""The Sync page. Until the sync engine lands it shows the outbox's real pending count."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.writer import ChangeSet, pending_count
from .context import UiContext


class SyncPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        ctx.hub.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.explain.setText(self.tr("Changes are kept safely on this laptop until they reach headquarters."))
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            count = pending_count(session)
        self.pending.setText(self.tr("%n change(s) waiting to sync", "", count))

    def _on_changed(self, _changes: ChangeSet) -> None:
        self.refresh()
