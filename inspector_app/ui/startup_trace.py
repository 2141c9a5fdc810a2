"""Startup moments for the start benchmark (tests/benchmarks/bench_start.py); idle unless asked for.

    INSPECTOR_TRACE_STARTUP=FILE   append one JSON line per moment to FILE:
                                   {"event": "unlock_shown", "t": <unix time>, ...}
    INSPECTOR_AUTO_UNLOCK=PASS     only together with the trace: type PASS into the unlock window as
                                   soon as it has painted, and close the main window once the
                                   inspections list has painted, so a whole start and exit runs
                                   without a person. Never set it outside a benchmark.
    INSPECTOR_AUTO_OPEN=ID         with the two above: before closing, open inspection ID in the
                                   editor on its photos tab and wait until its thumbnails show
                                   (moment editor_shown, with the process's resident memory then).
    INSPECTOR_AUTO_SETTLE=SECONDS  with the first two: before closing, keep the window open that long
                                   while a 5 ms timer measures how long the GUI thread was busy
                                   without answering (moment settled: longest_stall_ms, stalls_over_100ms).

Moments: process_start (from the OS, where it says), gui, unlock_shown, preloaded (the main
window's modules loaded while the unlock window waits), unlock_submitted, unlocked,
main_window_painted, list_painted (the list painted with its first page of rows, which is read
off the GUI thread), list_rows (with the number of rows), editor_shown (with AUTO_OPEN: rss_mb,
photos), close_requested, exit. A widget counts
as painted when the event loop comes back after its first paint event (for the list: the first
paint after its rows arrived).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from .after_paint import AfterFirstPaint

TRACE_ENV = "INSPECTOR_TRACE_STARTUP"
AUTO_UNLOCK_ENV = "INSPECTOR_AUTO_UNLOCK"
AUTO_OPEN_ENV = "INSPECTOR_AUTO_OPEN"
AUTO_SETTLE_ENV = "INSPECTOR_AUTO_SETTLE"
PROBE_MS = 5


def resident_mb() -> float:
    """This process's resident memory now (Linux; 0 where /proc does not say)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def process_start_time() -> float | None:
    """When the OS started this process (Linux: /proc, 10 ms resolution), as unix time."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


class StartupTrace:
    """Writes the moments; with auto-unlock, drives the unlock window and closes the main window."""

    def __init__(self, path: Path, auto_passphrase: str | None, auto_open: str | None = None, settle: float = 0.0):
        self.path = path
        self.auto_passphrase = auto_passphrase
        self.auto_open = auto_open if auto_passphrase else None
        self.settle = settle if auto_passphrase else 0.0
        self._hooks: list[AfterFirstPaint] = []
        self._timers: list[QTimer] = []
        self._list_watched = False

    @classmethod
    def from_env(cls) -> StartupTrace | None:
        target = os.environ.get(TRACE_ENV)
        if not target:
            return None
        try:
            settle = float(os.environ.get(AUTO_SETTLE_ENV) or 0)
        except ValueError:
            settle = 0.0
        trace = cls(Path(target), os.environ.get(AUTO_UNLOCK_ENV) or None, os.environ.get(AUTO_OPEN_ENV) or None,
                    settle)
        started = process_start_time()
        if started is not None:
            trace.mark("process_start", at=started)
        trace.mark("gui")
        return trace

    def mark(self, event: str, at: float | None = None, **details: object) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            # cpu: this process's CPU time so far, every thread's (steadier than wall time on a busy machine)
            fh.write(json.dumps({"event": event, "t": time.time() if at is None else at,
                                 "cpu": round(time.process_time(), 4), **details}) + "\n")

    def on_first_paint(self, widget: QWidget, event: str, then: Callable[[], None] | None = None) -> None:
        def painted() -> None:
            self.mark(event)
            if then is not None:
                then()
        self._hooks.append(AfterFirstPaint(widget, painted))

    # -- the moments of run_gui -----------------------------------------------------------

    def auto_unlock(self, dialog: QDialog) -> None:
        """With auto-unlock: submit the passphrase as a person would (run_gui calls this once the window waits)."""
        if not self.auto_passphrase:
            return
        self.mark("unlock_submitted")

        def failed(_reason: str) -> None:
            self.mark("unlock_failed")
            dialog.reject()

        dialog.failed.connect(failed)  # type: ignore[attr-defined]
        dialog.passphrase.setText(self.auto_passphrase)  # type: ignore[attr-defined]
        dialog.try_unlock()  # type: ignore[attr-defined]  # it unlocks off the GUI thread and accepts

    def watch_main_window(self, window: QWidget) -> None:
        """Mark the main window's first paint and the inspections list's with rows; with auto-unlock, then close."""
        from PySide6.QtWidgets import QAbstractItemView  # not before the unlock window, which this module times

        self.on_first_paint(window, "main_window_painted")
        table = window.findChild(QAbstractItemView, "inspectionsTable")
        model = table.model() if table is not None else None
        if table is None or model is None:
            return

        def close() -> None:
            self.mark("close_requested")
            window.close()

        def listed() -> None:
            self.mark("list_rows", rows=model.rowCount())
            if self.auto_open:
                self._open_editor(window, self.auto_open, close)
            elif self.settle:
                self._settle(window, close)
            elif self.auto_passphrase:
                close()

        def rows_arrived(*_args: object) -> None:
            if not self._list_watched:  # the first page of the list has come
                self._list_watched = True
                table.viewport().update()
                self.on_first_paint(table.viewport(), "list_painted", listed)

        self._list_watched = False
        model.rowsInserted.connect(rows_arrived)
        model.modelReset.connect(rows_arrived)

    def _settle(self, window: QWidget, then: Callable[[], None]) -> None:
        """Keep the window open `settle` seconds, timing the gaps between ticks of a 5 ms timer."""
        gaps: list[float] = []
        last = [time.perf_counter()]
        probe = QTimer(window, interval=PROBE_MS)

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        def done() -> None:
            early = self.settle - (time.perf_counter() - started)
            if early > 0:  # a coarse timer may fire up to 5 % early: the window stays open the whole time
                QTimer.singleShot(max(1, round(early * 1000) + 1), window, done)
                return
            probe.stop()
            self.mark("settled", longest_stall_ms=round(max(gaps, default=0.0) * 1000),
                      stalls_over_100ms=sum(1 for gap in gaps if gap > 0.1))
            then()

        probe.timeout.connect(tick)
        probe.start()
        started = time.perf_counter()
        QTimer.singleShot(round(self.settle * 1000), window, done)
        self._timers.append(probe)

    def _open_editor(self, window: QWidget, inspection_id: str, then: Callable[[], None]) -> None:
        """Open the inspection on its photos tab; once they show, mark the memory and go on."""
        editor = window.open_inspection(inspection_id)  # type: ignore[attr-defined]
        editor.tabs.setCurrentWidget(editor.attachments)
        timer = QTimer(window)

        def check() -> None:
            photos = editor.attachments.list
            if editor.attachments.loaded and photos.count():
                timer.stop()
                self.mark("editor_shown", rss_mb=round(resident_mb(), 1), photos=photos.count(),
                          thumbnails=sum(1 for n in range(photos.count()) if not photos.item(n).icon().isNull()))
                then()

        timer.timeout.connect(check)
        timer.start(20)
        self._timers.append(timer)
