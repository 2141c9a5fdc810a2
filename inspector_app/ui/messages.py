"""Turning exceptions into words for the user (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import DiskFull, InspectorError, is_disk_full


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DiskFull) or is_disk_full(exc):
        return QCoreApplication.translate(
            "Messages", "The disk is full: free some space, then try again. Nothing was lost: everything saved "
                        "before is intact, and your text is still in the form.")
    if isinstance(exc, InspectorError):
        return exc.message
    return QCoreApplication.translate(
        "Messages", "Could not save ({0}). Your text is still in the form; try again. Details are in the error log."
    ).format(type(exc).__name__)
