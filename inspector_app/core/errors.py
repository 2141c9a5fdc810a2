"""Errors the core raises for conditions a user can understand and act on.

Each carries a message meant for people and an exit code for the CLI.
"""

from __future__ import annotations


class InspectorError(Exception):
    """Base class: a problem with a clear message, not a bug."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class StoreError(InspectorError):
    """The data store is missing, damaged or cannot be used."""


class WrongPassphrase(InspectorError):
    exit_code = 2


class SchemaTooNew(InspectorError):
    """The database was written by a newer version of the app: open it read-only."""

    exit_code = 3


class ReadOnlyStore(InspectorError):
    exit_code = 3


class NotFound(InspectorError):
    exit_code = 4


class ValidationError(InspectorError):
    """Input that the service refuses (bad value, wrong status, ...)."""

    exit_code = 5


class StatusError(ValidationError):
    """The change is not allowed in the record's current status."""
