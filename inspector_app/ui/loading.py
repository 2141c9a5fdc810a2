"""Reading for a screen off the GUI thread, and saying so while it reads.

A `Loader` belongs to one part of a screen (a list, a tab, a form). `load(read, show)` runs
`read` (a `core.views` function) on the read pool and calls `show(rows)` on the GUI thread;
only the newest request's answer is shown, so a slow answer to an old filter never
replaces a newer one. While a read runs, the screen's `LoadingNotice` says "Loading…"; a
read that fails says why there instead of leaving an empty screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from .context import UiContext
from .messages import error_text

T = TypeVar("T")

NOTICE_DELAY_MS = 150  # a read that answers sooner shows no notice at all: no flicker on every refresh


class LoadingNotice(QLabel):
    """ "Loading…" while any of the reads it stands for runs; the reason when one failed; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loadingNotice")
        self.setWordWrap(True)
        self._failure: Callable[[], str] | None = None  # why the read failed, said in the language on screen
        self._busy = 0
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_DELAY_MS)
        self._timer.timeout.connect(self._show_loading)
        self.hide()

    def loading(self, busy: bool) -> None:
        """One read started (True) or ended (False)."""
        self._busy = max(0, self._busy + (1 if busy else -1))
        if busy:
            self._failure = None
            if self.isHidden():
                self._timer.start()
        elif not self._busy and self._failure is None:
            self._timer.stop()
            self.hide()

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def failed(self, reason: str | Callable[[], str]) -> None:
        self._timer.stop()
        self._failure = reason if callable(reason) else (lambda: reason)
        self.setStyleSheet("color: #b00020")
        self.setText(QCoreApplication.translate("Loading", "Could not read this: %1").replace("%1", self._failure()))
        self.show()

    def _show_loading(self) -> None:
        self.setStyleSheet("color: #555")
        self.setText(QCoreApplication.translate("Loading", "Loading…"))
        self.show()

    def retranslate(self) -> None:
        if self._failure is not None:
            self.failed(self._failure)
        elif not self.isHidden():
            self._show_loading()


class Loader(QObject):
    """One screen part's reads: off the GUI thread, newest request wins, loading state shown.

    `ready()` (optional) may hold an answer back, e.g. while the editor has edits not yet
    saved: the answer would be older than the form. The part then reads again once
    `retry()` is called (when the edits are saved).
    """

    loadingChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    loaded = Signal()  # an answer was shown

    def __init__(self, ctx: UiContext, owner: QWidget, notice: LoadingNotice | None = None,
                 ready: Callable[[], bool] | None = None):
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.notice = notice
        self._ready = ready
        self._generation = 0
        self._busy = False
        self._held: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self.has_loaded = False

    @property
    def busy(self) -> bool:
        return self._busy

    def load(self, read: Callable[[], T], show: Callable[[T], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._held = None
        self._set_busy(True)

        def answered(result: T) -> None:
            if generation != self._generation:
                return  # a newer request is on its way
            if self._ready is not None and not self._ready():
                self._held = (read, show)
                return
            self._set_busy(False)
            show(result)
            self.has_loaded = True
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if self.notice is not None:
                self.notice.failed(lambda: error_text(exc))

        self.ctx.read(read, on_success=answered, on_failure=failed, owner=self.owner)

    def retry(self) -> None:
        """Read again what an answer was held back for (see `ready`)."""
        if self._held is not None:
            read, show = self._held
            self.load(read, show)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            if self.notice is not None:
                self.notice.loading(busy)
            self.loadingChanged.emit(busy)
