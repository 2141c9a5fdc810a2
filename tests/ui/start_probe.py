"""Runs the real app's start (as the startup trace drives it) and notes, at two moments, what was loaded.

    python -m tests.ui.start_probe DATA_DIR REPORT

At `unlock_shown` (the unlock window has painted) and `list_rows` (the main window lists), one
JSON line each in REPORT: which of the heavy modules were imported, which application-wide
event filters were installed, and each one-line field and button of the unlock window with
its minimum height and the height that never clips Thai or Burmese.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "pydantic", "cryptography", "argon2", "reportlab", "inspector_app.core.store",
         "inspector_app.core.models", "inspector_app.core.services", "inspector_app.reports",
         "inspector_app.ui.main_window")


def _note(report: Path, event: str) -> None:
    from PySide6.QtWidgets import QApplication

    from inspector_app.ui.script_height import script_safe_height

    app = QApplication.instance()
    record: dict[str, object] = {"event": event, "loaded": sorted(m for m in HEAVY if m in sys.modules),
                                 "filters": sorted(type(c).__name__ for c in app.children()
                                                   if type(c).__name__ in ("RetranslateFilter", "ScriptRoom"))}
    dialog = QApplication.activeModalWidget()
    if event == "unlock_shown" and dialog is not None:
        widgets = (dialog.user, dialog.passphrase, *dialog.buttons.buttons())  # type: ignore[attr-defined]
        record["fields"] = [[type(w).__name__, w.minimumHeight(), script_safe_height(w)] for w in widgets]
    with report.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")


def main(data_dir: str, report: str) -> int:
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
    from inspector_app.cli import main as app_main

    return app_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
