"""Syncing from the app: automatically when HQ becomes reachable, and on demand.

Reachability is watched two ways: QNetworkInformation says when the laptop's
network comes and goes, and a health probe of the configured HQ says whether HQ
itself answers (a district office LAN can be up while HQ is not). When HQ is
reachable and there is something to send (or it is time to look for review
decisions), a round runs off the UI thread. Failed rounds back off
exponentially with jitter; "Sync now" always runs at once.

What the status bar and the Sync page show (`SyncStatus`) is read off the GUI thread:
`refresh()` asks for it (at most one read at a time; a request while one runs reads once
more after it), `statusChanged` delivers it and `last_status` keeps it. A round reads it
at its end on its own worker, so the answer and the fresh counts arrive together.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from ..core.errors import InspectorError
from ..core.messages import QT_TRANSLATE_NOOP, UserMessage
from ..sync.bundle import BundleExport, ReplyImport, export_bundle, import_reply
from ..sync.client import HQClient
from ..sync.engine import SyncEngine, SyncReport
from ..sync.outbox import held_back_message
from ..sync.status import SyncStatus, sync_status
from .context import UiContext
from .operations import Operation

PROBE_INTERVAL_MS = 60_000
PULL_INTERVAL_MS = 15 * 60_000
FIRST_RETRY_S = 30.0
MAX_RETRY_S = 30 * 60.0


@dataclass(frozen=True)
class UsbOutcome:
    """What writing a bundle to a USB stick, or reading HQ's reply from one, came to."""

    action: str  # "write" | "read"
    path: str
    written: BundleExport | None = None
    held_back: UserMessage | None = None  # why some changes stayed on the laptop (HQ's keys not here yet)
    reply: ReplyImport | None = None
    error: UserMessage | None = None  # the failure, in words the screen translates; nothing was lost


class SyncController(QObject):
    statusChanged = Signal(object)  # noqa: N815 - SyncStatus
    progressed = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncReport
    reachableChanged = Signal(bool)  # noqa: N815
    usbStarted = Signal(object)  # noqa: N815 - UsbOutcome without a result yet (what is being done, where)
    usbFinished = Signal(object)  # noqa: N815 - UsbOutcome

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, automatic: bool = True,
                 start: bool = True):
        """`start=False` leaves the watching (network backend, probes, timers) for `start()`: the main
        window starts it once the list has painted, so none of it delays the first screen."""
        super().__init__(parent)
        self.ctx = ctx
        self.automatic = automatic
        self.transport: httpx.BaseTransport | None = None  # tests inject a loopback transport
        self.reachable = False
        self.running: Operation | None = None
        self.usb: UsbOutcome | None = None  # a bundle being written or a reply being read (one at a time, not
        # beside a round: both record HQ's answers in the outbox)
        self.last_report: SyncReport | None = None
        self.last_status: SyncStatus | None = None
        self._reading = False
        self._read_again = False
        self._after_status: list[Any] = []  # what waits for a fresh status (a probe, a decision to sync)
        self._failures = 0
        self._rng = random.Random()
        self._engine: SyncEngine | None = None
        self._probe_timer = QTimer(self, interval=PROBE_INTERVAL_MS)
        self._probe_timer.timeout.connect(self.probe)
        self._retry_timer = QTimer(self, singleShot=True)
        self._retry_timer.timeout.connect(lambda: self._maybe_sync(automatic=True))
        self._pull_timer = QTimer(self, interval=PULL_INTERVAL_MS)
        self._pull_timer.timeout.connect(lambda: self._maybe_sync(automatic=True, pull_only=True))
        self._network: QNetworkInformation | None = None
        self._started = False
        if start:
            self.start()

    def start(self) -> None:
        """Watch the network and (when automatic) probe HQ now and on the timers; once."""
        if self._started:
            return
        self._started = True
        if QNetworkInformation.instance() is None:
            QNetworkInformation.loadDefaultBackend()
        self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(lambda _r: self.probe())
        if self.automatic:
            self._probe_timer.start()
            self._pull_timer.start()
            QTimer.singleShot(0, self.probe)

    # -- status ----------------------------------------------------------------------------

    def status(self) -> SyncStatus | None:
        """The status as last read (None until the first read answers)."""
        return self.last_status

    def refresh(self, then: Any = None) -> None:
        """Read the status off the GUI thread; `statusChanged` brings it (and `then(status)` runs after)."""
        if then is not None:
            self._after_status.append(then)
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        store = self.ctx.store
        self.ctx.read(lambda: sync_status(store), on_success=self._status_read, on_failure=self._status_failed,
                      owner=self)

    def _status_read(self, status: SyncStatus) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
        self._show_status(status)

    def _status_failed(self, _exc: BaseException) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _show_status(self, status: SyncStatus) -> None:
        self.last_status = status
        self.statusChanged.emit(status)
        waiting, self._after_status = self._after_status, []
        for then in waiting:
            then(status)

    # -- reachability ------------------------------------------------------------------------

    def probe(self) -> None:
        """Ask HQ's health endpoint (unauthenticated) whether it answers (after reading where HQ is)."""
        self.refresh(then=self._probe)

    def _probe(self, status: SyncStatus) -> None:
        if not status.hq_url or status.revoked:
            self._set_reachable(False)
            return
        if self._network is not None and self._network.reachability() == QNetworkInformation.Reachability.Disconnected:
            self._set_reachable(False)
            return
        url, transport = status.hq_url, self.transport

        def check() -> bool:
            with HQClient(url, transport=transport, timeout=5.0) as client:
                client.health()
            return True

        self.ctx.ops.run(check, on_success=lambda _ok: self._set_reachable(True),
                         on_failure=lambda _exc: self._set_reachable(False), network=True, owner=self)

    def _set_reachable(self, reachable: bool) -> None:
        changed = reachable != self.reachable
        self.reachable = reachable
        if changed:
            self.reachableChanged.emit(reachable)
        if reachable and self.automatic and not self._retry_timer.isActive():
            self._maybe_sync(automatic=True)

    # -- rounds --------------------------------------------------------------------------------

    def _maybe_sync(self, *, automatic: bool, pull_only: bool = False) -> None:
        if self.running is not None:
            return
        self.refresh(then=lambda status: self._decide(status, automatic=automatic, pull_only=pull_only))

    def _decide(self, status: SyncStatus, *, automatic: bool, pull_only: bool) -> None:
        if self.running is not None or self.usb is not None:
            return
        if not status.enrolled or status.revoked:
            return
        if automatic and not self.reachable:
            return
        if automatic and not pull_only and status.pending == 0 and self.last_report is not None:
            return
        self.sync_now()

    def sync_now(self) -> bool:
        """Start a round now (returns False when one is running already).

        Everything the round needs from the store (the device's token, HQ's address) is read on
        its worker; a laptop that is not enrolled gets a report saying so.
        """
        if self.running is not None or self.usb is not None:
            return False
        self._retry_timer.stop()
        store, transport = self.ctx.store, self.transport

        def work(progress: Any, cancelled: Any) -> tuple[SyncReport, SyncStatus]:
            engine = SyncEngine.for_store(store, transport=transport)
            self._engine = engine
            try:
                report = engine.sync_round(progress=progress, cancelled=cancelled)
            finally:
                engine.close()
            return report, sync_status(store)  # the counts as the round left them, read here too

        self.running = self.ctx.ops.run(work, on_success=self._round_done, on_progress=self.progressed.emit,
                                        on_failure=self._failed, network=True, owner=self)
        if self.last_status is not None:
            self.statusChanged.emit(self.last_status)  # "Syncing…"
        return True

    def _round_done(self, answer: tuple[SyncReport, SyncStatus]) -> None:
        report, status = answer
        self._finished(report, status)

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()
        if self._engine is not None:
            self._engine.cancel()

    def _failed(self, exc: BaseException) -> None:
        report = SyncReport(started_at=datetime.now(UTC))
        report.error = exc.message if isinstance(exc, InspectorError) else UserMessage(
            QT_TRANSLATE_NOOP("SyncMessages", "Sync stopped by an unexpected error ({name})."), name=type(exc).__name__)
        self._finished(report)

    def _finished(self, report: SyncReport, status: SyncStatus | None = None) -> None:
        self.running = None
        self._engine = None
        self.last_report = report
        self.ctx.hub.publish(report.changes)
        if report.error and not report.revoked and not report.cancelled:
            self._failures += 1
            delay = min(MAX_RETRY_S, FIRST_RETRY_S * 2 ** (self._failures - 1))
            delay *= 0.5 + self._rng.random() / 2  # jitter: laptops at one office do not retry in step
            if self.automatic:
                self._retry_timer.start(int(delay * 1000))
            self._set_reachable(False)
        elif not report.error:
            self._failures = 0
        if status is not None:
            self._show_status(status)
        else:
            self.refresh()
        self.finished.emit(report)

    # -- USB bundles ------------------------------------------------------------------------------

    def write_bundle(self, path: str) -> bool:
        """Write every pending change to the bundle file `path`, off the GUI thread; `usbFinished` says
        how it went. False when a round or another bundle is under way."""
        store = self.ctx.store

        def work() -> tuple[UsbOutcome, SyncStatus]:
            written = export_bundle(store, Path(path))
            why = held_back_message(store, written.held_back) if written.held_back else None
            return UsbOutcome("write", path, written=written, held_back=why), sync_status(store)

        return self._start_usb(UsbOutcome("write", path), work)

    def read_reply(self, path: str) -> bool:
        """Apply HQ's signed reply bundle `path` (acknowledgements, refusals, decisions), off the GUI thread."""
        store = self.ctx.store

        def work() -> tuple[UsbOutcome, SyncStatus]:
            reply = import_reply(store, Path(path))
            return UsbOutcome("read", path, reply=reply), sync_status(store)

        return self._start_usb(UsbOutcome("read", path), work)

    def _start_usb(self, started: UsbOutcome, work: Any) -> bool:
        if self.running is not None or self.usb is not None:
            return False
        self.usb = started

        def failed(exc: BaseException) -> None:
            error = exc.message if isinstance(exc, InspectorError) else UserMessage(
                QT_TRANSLATE_NOOP("SyncMessages", "Stopped by an unexpected error ({name}); nothing was lost."),
                name=type(exc).__name__)
            self._usb_done(UsbOutcome(started.action, started.path, error=error), None)

        self.ctx.ops.run(work, on_success=lambda answer: self._usb_done(*answer), on_failure=failed,
                         network=True, owner=self)
        self.usbStarted.emit(started)
        if self.last_status is not None:
            self.statusChanged.emit(self.last_status)  # buttons off while it runs
        return True

    def _usb_done(self, outcome: UsbOutcome, status: SyncStatus | None) -> None:
        self.usb = None
        if outcome.reply is not None:
            self.ctx.hub.publish(outcome.reply.changes)  # decisions HQ sent: the lists and editors show them
        if status is not None:
            self._show_status(status)
        else:
            self.refresh()
        self.usbFinished.emit(outcome)

    def enrol(self, hq_url: str, code: str, on_done: Any, on_error: Any) -> None:
        from ..sync.enrol import enrol

        store, transport = self.ctx.store, self.transport

        def work() -> tuple[Any, SyncStatus]:
            return enrol(store, hq_url, code, transport=transport), sync_status(store)

        def done(answer: tuple[Any, SyncStatus]) -> None:
            result, status = answer
            on_done(result)
            self._show_status(status)
            self.probe()

        self.ctx.ops.run(work, on_success=done, on_failure=on_error, network=True, owner=self)

    def shutdown(self) -> None:
        self._started = True  # a start() still queued does nothing now
        self.automatic = False
        self._probe_timer.stop()
        self._pull_timer.stop()
        self._retry_timer.stop()
        self.cancel()
