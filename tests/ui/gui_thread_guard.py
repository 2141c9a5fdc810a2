"""Notes every database statement and new connection made on the GUI thread.

Used by the GUI-thread tests, in the test process and inside a real app process
(`python -m tests.ui.gui_thread_guard DATA_DIR REPORT`: runs `inspector-app` with the guard on
and writes what it saw to REPORT, one line each).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool


class GuiThreadQueries:
    """Every statement and every new connection on the GUI thread (the one that made this), while `recording`.

    Statements are traced by SQLite itself (each connection's trace callback), so raw
    cursors of the fast write path are seen as well as SQLAlchemy's. Only the start of a
    statement is kept: enough to find the code, never the values it carried.
    """

    def __init__(self) -> None:
        self.gui_thread = threading.get_ident()
        self.recording = False
        self.seen: list[str] = []
        self.moment = "start"
        self._traced: set[int] = set()  # connections SQLite traces itself (not noted twice)

    def install(self) -> None:
        event.listen(Pool, "connect", self._connected)
        event.listen(Engine, "before_cursor_execute", self._executing)

    def remove(self) -> None:
        self.recording = False
        event.remove(Engine, "before_cursor_execute", self._executing)
        event.remove(Pool, "connect", self._connected)

    def _note(self, what: str) -> None:
        if self.recording and threading.get_ident() == self.gui_thread:
            self.seen.append(f"{self.moment}: {' '.join(what.split())[:70]}")

    def _connected(self, dbapi_connection: Any, _record: Any) -> None:
        self._note("a new database connection (key derivation)")
        if hasattr(dbapi_connection, "set_trace_callback"):
            dbapi_connection.set_trace_callback(self._note)
            self._traced.add(id(dbapi_connection))

    def _executing(self, conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if id(conn.connection.dbapi_connection) not in self._traced:  # opened before recording began
            self._note(statement)


def run_app_with_guard(data_dir: str, report: str) -> int:
    """The real app's whole run (start, unlock, list, exit, as the startup trace drives it), guarded."""
    from inspector_app.cli import main
    from inspector_app.ui import app

    def leave_after_the_report(code: int) -> None:
        raise SystemExit(code)  # the app's own exit skips the interpreter's teardown, and this report with it

    app.leave = leave_after_the_report  # type: ignore[assignment]
    guard = GuiThreadQueries()
    guard.install()
    guard.recording = True
    try:
        code = main(["--data-dir", data_dir])
    finally:
        guard.remove()
        Path(report).write_text("".join(f"{line}\n" for line in guard.seen), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(run_app_with_guard(sys.argv[1], sys.argv[2]))
