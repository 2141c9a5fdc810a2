"""Errors HQ answers with: an HTTP status, a machine-readable code and a sentence for people."""

from __future__ import annotations

import errno


class HQError(Exception):
    """A refusal with a clear message; the API turns it into `{"detail", "code"}`, the CLI into one line."""

    status = 400
    code = "bad_request"
    exit_code = 1

    def __init__(self, detail: str, *, code: str | None = None, status: int | None = None,
                 params: dict[str, str | int] | None = None):
        super().__init__(detail)
        self.detail = detail
        self.params = params  # what the code's sentence names (sync/reasons.py): a limit, a version, ...
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status


class HQConfigError(HQError):
    """Bad command-line input or an unusable database / folder."""

    code = "config"


class Unauthorized(HQError):
    status = 401
    code = "unauthorized"


class Forbidden(HQError):
    status = 403
    code = "forbidden"


class NotFound(HQError):
    status = 404
    code = "not_found"
    exit_code = 4


class Conflict(HQError):
    status = 409
    code = "conflict"


class Invalid(HQError):
    status = 422
    code = "invalid"
    exit_code = 5


class BundleError(HQError):
    """A USB bundle that is damaged, tampered with or not for this HQ: nothing of it is applied."""

    status = 422
    code = "bad_bundle"


class DiskFull(HQError):
    """HQ's disk (database, attachment storage or an output file) has no room: nothing half-written is kept."""

    status = 507
    code = "disk_full"
    exit_code = 7

    def __init__(self, what: str):
        super().__init__(f"The disk is full ({what}); free some space and try again. Nothing was lost.")
        self.params = {"what": what}


def is_disk_full(exc: BaseException) -> bool:
    """Out of space or over a file-size limit, as the OS or the database said it."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "disk is full" in text or "no space left on device" in text or "could not extend file" in text


class TooManyAttempts(HQError):
    """Sign-ins refused for a while (an account or an address locked after failures); says when to retry."""

    status = 429
    code = "locked"

    def __init__(self, detail: str, *, retry_after: int, code: str | None = None):
        super().__init__(detail, code=code)
        self.retry_after = retry_after


class Busy(HQError):
    """HQ is at capacity for this kind of work (e.g. password checks); the client retries after a pause."""

    status = 503
    code = "busy"

    def __init__(self, detail: str, *, retry_after: int = 2, code: str | None = None):
        super().__init__(detail, code=code)
        self.retry_after = retry_after
