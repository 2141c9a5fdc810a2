"""Errors the core raises for conditions a user can understand and act on.

Each carries a message meant for people and an exit code for the CLI. The message is a
translatable template with its parameters (core/messages.py): the UI shows it in the
user's language, the CLI prints `message` (English).
"""

from __future__ import annotations

import errno
from typing import Any, NoReturn

from .messages import QT_TRANSLATE_NOOP, UserMessage


class InspectorError(Exception):
    """Base class: a problem with a clear message, not a bug."""

    exit_code = 1

    def __init__(self, message: str, /, **params: Any):
        """`message`: a template marked with QT_TRANSLATE_NOOP (its {named} parameters given as keywords),
        or plain text, which is shown as it is in every language."""
        self.message = UserMessage(message, **params)
        super().__init__(self.message)


class StoreError(InspectorError):
    """The data store is missing, damaged or cannot be used."""


class WrongPassphrase(InspectorError):
    exit_code = 2


class ReadOnlyStore(InspectorError):
    """A write to a store opened read-only (its database was written by a newer version of the app)."""

    exit_code = 3


class NotFound(InspectorError):
    exit_code = 4


class ValidationError(InspectorError):
    """Input that the service refuses (bad value, wrong status, ...)."""

    exit_code = 5


class StatusError(ValidationError):
    """The change is not allowed in the record's current status."""


class DiskFull(InspectorError):
    """A write failed for want of space: the change was rolled back or the file not written."""

    exit_code = 7

    def __init__(self, what: str = QT_TRANSLATE_NOOP("Errors", "saving")):
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The disk is full ({what}); free some space and try again. "
                                                     "Nothing was lost: everything saved before is intact."), what=what)


_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})


def is_disk_full(exc: BaseException) -> bool:
    """Out of space (or over a file-size limit), whether the OS or SQLite (SQLITE_FULL) said so."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _DISK_FULL_ERRNOS:
            return True
        if type(current).__name__ in ("OperationalError", "DatabaseError") and (
                "disk is full" in str(getattr(current, "orig", None) or current)):
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


def raise_write_error(exc: OSError, what: str) -> NoReturn:
    """A failed file write as a message: the disk-full message, or what the OS said."""
    if is_disk_full(exc):
        raise DiskFull(what) from None
    raise InspectorError(QT_TRANSLATE_NOOP("Errors", "Could not finish {what}: {reason}."), what=what,
                         reason=exc.strerror or type(exc).__name__) from None
