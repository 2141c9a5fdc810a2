"""The one way work leaves the UI thread.

`Operations.run(fn, ...)` executes `fn` on a worker thread and delivers its
result, failure or progress back on the main thread through signals; the
worker never touches a widget. Database writes go through a single-thread
pool so they run one at a time, in the order they were asked for; reads for
the screens (`read`) run on a small pool of their own, beside the writes and
each other (SQLite's WAL lets readers and the one writer work at once);
network work may run in parallel. Long work can be cancelled through the
`Cancellation` it receives (a flag the worker polls).

A callback given an `owner` widget is dropped if the widget is gone by the
time the answer comes (a dialog closed while its read was running).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from ..core.errors import InspectorError
from ..logs import log_unexpected


class Cancellation:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    done = Signal()


class Operation(QRunnable):
    """One unit of background work; keep a reference only if you need to cancel it."""

    def __init__(self, fn: Callable[..., Any], with_progress: bool, with_cancellation: bool = False,
                 read: bool = False):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.with_progress = with_progress
        self.with_cancellation = with_cancellation  # fn(cancelled): a long read that stops when asked
        self.read = read  # a screen's read: once the window closes, it need not start nor answer
        self.signals = _Signals()
        self.cancellation = Cancellation()
        self._stopped = threading.Event()

    def cancel(self) -> None:
        self.cancellation.cancel()

    def stop(self) -> None:
        """The window is closing: cancel, and a read still waiting for its turn does not start."""
        self._stopped.set()
        self.cancel()

    @Slot()
    def run(self) -> None:
        if self.read and self._stopped.is_set():  # asked for, then the window closed before its turn
            self.signals.done.emit()
            return
        try:
            if self.with_progress:
                result = self.fn(self.signals.progressed.emit, self.cancellation)
            elif self.with_cancellation:
                result = self.fn(self.cancellation)
            else:
                result = self.fn()
        except InspectorError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged without message text
            if self.read and self._stopped.is_set():  # interrupted by the window's closing (Operations.close)
                return
            log_unexpected(exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.done.emit()


READ_STOP_POLL_MS = 20  # closing: how often the screens' reads are asked again to stop
READ_THREADS = 2  # screens' reads: the visible list and a tab at once, without starving the writer of CPU


def guarded(callback: Callable[[Any], None] | None, owner: QObject | None) -> Callable[[Any], None] | None:
    """`callback`, dropped once `owner` (the widget that asked) is gone; as it is without an owner."""
    if callback is None or owner is None:
        return callback

    def call(value: Any) -> None:
        if isValid(owner):
            callback(value)

    return call


class Operations(QObject):
    """Owns the worker pools. One instance per main window."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(READ_THREADS)
        self._net = QThreadPool(self)
        self._net.setMaxThreadCount(4)
        self._running: set[Operation] = set()
        self._closed = False  # after close(): work asked for is not started (the process is ending)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        network: bool = False,
        owner: QObject | None = None,
    ) -> Operation:
        """Run `fn()` (or `fn(progress, cancelled)` when on_progress is given) off the UI thread.

        Without `network`, `fn` is a database write: it waits its turn behind the writes before it.
        """
        return self._start(self._net if network else self._db, fn, on_success, on_failure, on_progress, owner)

    def read(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        cancellable: bool = False,
    ) -> Operation:
        """Run a read (`fn()` returns plain rows from `core.views`) on the read pool, beside writes.

        `cancellable`: `fn(cancelled)` polls `cancelled()` and stops early when it says so (closing the window).
        """
        return self._start(self._reads, fn, on_success, on_failure, None, owner, cancellable)

    def _start(self, pool: QThreadPool, fn: Callable[..., Any], on_success: Callable[[Any], None] | None,
               on_failure: Callable[[BaseException], None] | None, on_progress: Callable[[Any], None] | None,
               owner: QObject | None, cancellable: bool = False) -> Operation:
        op = Operation(fn, with_progress=on_progress is not None, with_cancellation=cancellable,
                       read=pool is self._reads)
        on_success, on_failure = guarded(on_success, owner), guarded(on_failure, owner)
        if on_success:
            op.signals.succeeded.connect(on_success)
        if on_failure:
            op.signals.failed.connect(on_failure)
        if on_progress:
            op.signals.progressed.connect(guarded(on_progress, owner))
        if self._closed:
            return op  # never started: a thread running Python while the interpreter shuts down crashes it
        self._running.add(op)
        op.signals.done.connect(lambda: self._running.discard(op))
        pool.start(op)
        return op

    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_writes(self, msecs: int = 30_000) -> bool:
        """Block until every queued database write has committed."""
        return self._db.waitForDone(msecs)

    def close(self, msecs: int = 30_000, interrupt_reads: Callable[[], object] | None = None) -> bool:
        """The window is closing: start nothing more (answers still arriving may ask), then `wait`.

        `interrupt_reads` (Store.reads.interrupt) stops the statements of the screens' reads, whose
        answers nobody will see: closing then waits for the writes, not for a page's long read. It is
        asked again until the reads are done, for a read that was between two statements."""
        self._closed = True
        for op in list(self._running):
            op.stop()
        if interrupt_reads is not None:
            deadline = time.monotonic() + msecs / 1000
            while True:
                interrupt_reads()
                if self._reads.waitForDone(READ_STOP_POLL_MS) or time.monotonic() >= deadline:
                    break
        return self.wait(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Cancel what can be cancelled and block until every operation has finished (shutdown, tests)."""
        for op in list(self._running):
            op.cancel()
        done = [pool.waitForDone(msecs) for pool in (self._db, self._reads, self._net)]
        return all(done)
