"""Startup moments for the start benchmark (tests/benchmarks/bench_start.py); idle unless asked for.

    INSPECTOR_TRACE_STARTUP=FILE   append one JSON line per moment to FILE:
                                   {"event": "unlock_shown", "t": <unix time>, ...}
    INSPECTOR_AUTO_UNLOCK=PASS     only together with the trace: type PASS into the unlock window as
                                   soon as it has painted, and close the main window once the
                                   inspections list has painted, so a whole start and exit runs
                                   without a person. Never set it outside a benchmark.

Moments: process_start (from the OS, where it says), gui, unlock_shown, preloaded (the main
window's modules loaded while the unlock window waits), unlock_submitted, unlocked,
main_window_painted, list_painted (the list painted with its first page of rows, which is read
off the GUI thread), list_rows (with the number of rows), close_requested, exit. A widget counts
as painted when the event loop comes back after its first paint event (for the list: the first
paint after its rows arrived).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from .after_paint import AfterFirstPaint

TRACE_ENV = "INSPECTOR_TRACE_STARTUP"
AUTO_UNLOCK_ENV = "INSPECTOR_AUTO_UNLOCK"


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

    def __init__(self, path: Path, auto_passphrase: str | None):
        self.path = path
        self.auto_passphrase = auto_passphrase
        self._hooks: list[AfterFirstPaint] = []
        self._list_watched = False

    @classmethod
    def from_env(cls) -> StartupTrace | None:
        target = os.environ.get(TRACE_ENV)
        if not target:
            return None
        trace = cls(Path(target), os.environ.get(AUTO_UNLOCK_ENV) or None)
        started = process_start_time()
        if started is not None:
            trace.mark("process_start", at=started)
        trace.mark("gui")
        return trace

    def mark(self, event: str, at: float | None = None, **details: object) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"event": event, "t": time.time() if at is None else at, **details}) + "\n")

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
        self.on_first_paint(window, "main_window_painted")
        table = window.findChild(QAbstractItemView, "inspectionsTable")
        model = table.model() if table is not None else None
        if table is None or model is None:
            return

        def listed() -> None:
            self.mark("list_rows", rows=model.rowCount())
            if self.auto_passphrase:
                self.mark("close_requested")
                window.close()

        def rows_arrived(*_args: object) -> None:
            if not self._list_watched:  # the first page of the list has come
                self._list_watched = True
                table.viewport().update()
                self.on_first_paint(table.viewport(), "list_painted", listed)

        self._list_watched = False
        model.rowsInserted.connect(rows_arrived)
        model.modelReset.connect(rows_arrived)
