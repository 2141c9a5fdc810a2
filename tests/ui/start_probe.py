"""Runs the real app's start (as the startup trace drives it) and notes, at two moments, what was loaded.

    python -m tests.ui.start_probe DATA_DIR REPORT [FIRST_USER]

At `unlock_shown` (the unlock window has painted) and `list_rows` (the main window lists), one
JSON line each in REPORT: which of the heavy modules were imported, which application-wide
event filters were installed, and each one-line field and button of the unlock window with
its minimum height and the height that never clips Thai or Burmese (and the window's texts). With FIRST_USER (and an
empty DATA_DIR) the first-run window is filled in as a person would, with the passphrase the
trace will unlock with, after a line `first_run` with its fields' heights.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "pydantic", "cryptography", "argon2", "reportlab", "inspector_app.core.store",
         "inspector_app.core.models", "inspector_app.core.services", "inspector_app.reports",
         "inspector_app.ui.main_window")


def _heights(widgets: object) -> list[list[object]]:
    from inspector_app.ui.script_height import script_safe_height

    return [[type(w).__name__, w.minimumHeight(), script_safe_height(w)] for w in widgets]  # type: ignore[attr-defined]


def _first_run(report: Path, user: str, passphrase: str) -> None:
    """Fill in the first-run window once it shows (polled: it runs its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activeModalWidget()
    if dialog is None or type(dialog).__name__ != "FirstRunDialog":
        QTimer.singleShot(20, lambda: _first_run(report, user, passphrase))
        return
    fields = (dialog.username, dialog.display_name, dialog.passphrase, dialog.repeat,  # type: ignore[attr-defined]
              *dialog.buttons.buttons())  # type: ignore[attr-defined]
    with report.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"event": "first_run", "fields": _heights(fields)}) + "\n")
    dialog.username.setText(user)  # type: ignore[attr-defined]
    dialog.passphrase.setText(passphrase)  # type: ignore[attr-defined]
    dialog.repeat.setText(passphrase)  # type: ignore[attr-defined]
    dialog.create()  # type: ignore[attr-defined]


def _note(report: Path, event: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    record: dict[str, object] = {"event": event, "loaded": sorted(m for m in HEAVY if m in sys.modules),
                                 "filters": sorted(type(c).__name__ for c in app.children()
                                                   if type(c).__name__ in ("RetranslateFilter", "ScriptRoom"))}
    dialog = QApplication.activeModalWidget()
    if event == "unlock_shown" and dialog is not None:
        widgets = (dialog.user, dialog.passphrase, *dialog.buttons.buttons())  # type: ignore[attr-defined]
        record["fields"] = _heights(widgets)
        record["texts"] = [dialog.windowTitle(), dialog.user_label.text(),  # type: ignore[attr-defined]
                           dialog.passphrase_label.text(),  # type: ignore[attr-defined]
                           *(button.text() for button in dialog.buttons.buttons())]  # type: ignore[attr-defined]
    with report.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


def main(data_dir: str, report: str, first_user: str | None = None) -> int:
    import os

    from inspector_app.ui import app, startup_trace

    marked = startup_trace.StartupTrace.mark

    def mark(self: startup_trace.StartupTrace, event: str, at: float | None = None, **details: object) -> None:
        marked(self, event, at, **details)
        if event in ("unlock_shown", "list_rows"):
            _note(Path(report), event)

    def leave_with_code(code: int) -> None:
        raise SystemExit(code)

    startup_trace.StartupTrace.mark = mark  # type: ignore[method-assign]
    app.leave = leave_with_code  # type: ignore[assignment]
    if first_user:
        from PySide6.QtCore import QTimer

        run_gui = app.run_gui

        def run_gui_filling_in(*args: object, **kwargs: object) -> int:
            passphrase = os.environ[startup_trace.AUTO_UNLOCK_ENV]
            QTimer.singleShot(0, lambda: _first_run(Path(report), first_user, passphrase))
            return run_gui(*args, **kwargs)  # type: ignore[arg-type]

        app.run_gui = run_gui_filling_in  # type: ignore[assignment]
    from inspector_app.cli import main as app_main

    return app_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
