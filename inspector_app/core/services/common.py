"""Helpers shared by the services: field validation and status rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..errors import StatusError, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Code, internal
from ..models import Inspection, InspectionRevision
from ..text_rules import without_nul
from ..types import canonical_json, utcnow

# draft → completed → signed (frozen) → submitted → approved | returned
TRANSITIONS: dict[str, set[str]] = {
    "draft": {"completed"},
    "completed": {"draft", "signed"},
    "signed": {"submitted"},
    "submitted": {"approved", "returned"},
    "returned": {"draft"},
    "approved": set(),
}
FROZEN = {"signed", "submitted"}


def check_transition(inspection: Inspection, target: str) -> None:
    if target not in TRANSITIONS.get(inspection.status, set()):
        raise StatusError(QT_TRANSLATE_NOOP("InspectionErrors", "Inspection {reference} is {status}; it cannot "
                                                                "become {target}."),
                          reference=inspection.reference, status=Code("Status", inspection.status),
                          target=Code("Status", target))


def one_of(value: Any, allowed: Iterable[str], what: str) -> Any:
    """`what`: the field's name, marked with QT_TRANSLATE_NOOP("Fields", ...)."""
    allowed = tuple(allowed)
    if value is not None and value not in allowed:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} must be one of {allowed} (got {value})."),
                              what=what, allowed=allowed, value=repr(value))
    return value


def non_negative(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} must be a whole number (got {value})."),
                              what=what, value=repr(value)) from None
    if number < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be negative."), what=what)
    return number


def as_date(value: Any, what: str) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} must be a date as YYYY-MM-DD (got {value})."),
                              what=what, value=repr(value)) from None


def apply_fields(obj: Any, changes: Mapping[str, Any], allowed: Iterable[str], what: str) -> None:
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise unknown_fields(what, unknown)
    for key, value in changes.items():
        setattr(obj, key, without_nul(value) if isinstance(value, str) else value)


def unknown_fields(what: str, unknown: Iterable[str]) -> ValidationError:
    """A caller named fields a record does not have: a programming error (no screen offers such a field),
    so the message stays English in every language and names the fields as the code spells them."""
    names = sorted(unknown)
    return ValidationError(internal(f"{what} has no {'field' if len(names) == 1 else 'fields'} {', '.join(names)}."))



def frozen_snapshot(inspection: Inspection, content: dict[str, Any]) -> InspectionRevision:
    import hashlib

    body = canonical_json(content)
    return InspectionRevision(
        inspection_id=inspection.id,
        revision=inspection.revision,
        snapshot=content,
        snapshot_sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        frozen_at=utcnow(),
    )
