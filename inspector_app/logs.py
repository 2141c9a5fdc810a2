"""Logging that never writes interview content.

Exception messages can carry data (an SQL error quotes its parameters), so
unexpected errors are logged as type and stack frames only.
"""

from __future__ import annotations

import logging
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from .core.privacy import private_dir, private_file


def log_dir() -> Path:
    env = os.environ.get("INSPECTOR_LOG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_log_dir

    return Path(user_log_dir("FieldInspector", appauthor=False))


def safe_traceback(exc: BaseException) -> str:
    """Frames (file, line, function) and exception types, without any message text."""
    lines = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def log_unexpected(exc: BaseException) -> Path:
    directory = log_dir()
    path = directory / "errors.log"
    try:
        private_dir(directory)
        with open(private_file(path), "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now(UTC).isoformat()}\n{safe_traceback(exc)}\n")
    except OSError:
        logging.getLogger(__name__).error("could not write %s", path)
    return path
