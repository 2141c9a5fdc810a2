"""Helpers shared by the services: field validation and status rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..errors import StatusError, ValidationError
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
        raise StatusError(
            f"Inspection {inspection.reference} is {inspection.status}; it cannot become {target}."
        )


def one_of(value: Any, allowed: Iterable[str], what: str) -> Any:
    allowed = tuple(allowed)
    if value is not None and value not in allowed:
        raise ValidationError(f"{what} must be one of {', '.join(allowed)} (got {value!r}).")
    return value


def non_negative(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{what} must be a whole number (got {value!r}).") from None
    if number < 0:
        raise ValidationError(f"{what} cannot be negative.")
    return number


def as_date(value: Any, what: str) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(f"{what} must be a date as YYYY-MM-DD (got {value!r}).") from None


def apply_fields(obj: Any, changes: Mapping[str, Any], allowed: Iterable[str], what: str) -> None:
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"{what} has no field(s) {', '.join(sorted(unknown))}.")
    for key, value in changes.items():
        setattr(obj, key, without_nul(value) if isinstance(value, str) else value)


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
