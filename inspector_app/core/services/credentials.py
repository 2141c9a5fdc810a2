"""A language coordinator's training records and accreditation, checked before they are saved.

Training records are a list kept on the coordinator (they travel and conflict with the
record, like its languages): each has the date it was completed, the course and who gave
it. Accreditation is the body that accredited the coordinator, its number and the date
it is valid until; an expired accreditation is kept (it is history), the UI says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP, UserMessage, internal
from .common import as_date, unknown_fields
from .text import clean_text

__all__ = ["ACCREDITATION_FIELDS", "clean_accreditation", "clean_training_records"]

ACCREDITATION_FIELDS = ("accreditation_body", "accreditation_number", "accreditation_valid_until")
_TRAINING_KEYS = {"date", "course", "provider"}
_LIMITS = {"course": 300, "provider": 200}
_NAMES = {"course": QT_TRANSLATE_NOOP("Fields", "course"), "provider": QT_TRANSLATE_NOOP("Fields", "provider")}


def clean_training_records(records: Any, *, today: date | None = None) -> list[dict[str, str]]:
    """The records as stored: ISO dates, clean text, oldest first. Raises ValidationError naming the record."""
    if records is None:
        return []
    if not isinstance(records, (list, tuple)):
        raise ValidationError(internal("Training records must be a list."))
    today = today or date.today()
    cleaned: list[dict[str, str]] = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Training {number} must have a date, a course "
                                                                        "and a provider."), number=number)
        unknown = set(record) - _TRAINING_KEYS
        if unknown:
            raise unknown_fields(f"Training {number}", unknown)
        course = clean_text(record.get("course"))
        provider = clean_text(record.get("provider"))
        if not course:
            raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Training {number}: the course is missing."),
                                  number=number)
        if not provider:
            raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Training {number}: who gave the course (the "
                                                                        "provider) is missing."), number=number)
        for key, text in (("course", course), ("provider", provider)):
            if len(text) > _LIMITS[key]:
                raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Training {number}: the {field} is longer "
                                                                            "than {limit} characters."),
                                      number=number, field=_NAMES[key], limit=_LIMITS[key])
        when = as_date(record.get("date"), UserMessage(QT_TRANSLATE_NOOP("Fields", "Training {number}: the date"),
                                                       number=number))
        if when is None:
            raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Training {number}: the date is missing."),
                                  number=number)
        if when > today:
            raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Training {number}: the date {date} is in the "
                                                                        "future; record a course once it has been "
                                                                        "completed."), number=number, date=when)
        cleaned.append({"date": when.isoformat(), "course": course, "provider": provider})
    cleaned.sort(key=lambda r: (r["date"], r["course"]))
    return cleaned


def clean_accreditation(changes: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """Accreditation fields as stored; `current` holds the saved values the changes apply to.

    A number or an expiry date means nothing without the body that issued it.
    """
    out: dict[str, Any] = {}
    if "accreditation_body" in changes:
        out["accreditation_body"] = clean_text(changes["accreditation_body"])
    if "accreditation_number" in changes:
        number = clean_text(changes["accreditation_number"])
        if number is not None and len(number) > 64:
            raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "The accreditation number is longer than {limit} "
                                                                        "characters."), limit=64)
        out["accreditation_number"] = number
    if "accreditation_valid_until" in changes:
        out["accreditation_valid_until"] = as_date(changes["accreditation_valid_until"],
                                                   QT_TRANSLATE_NOOP("Fields", "Accreditation valid until"))
    merged = {**{key: current.get(key) for key in ACCREDITATION_FIELDS}, **out}
    if (merged["accreditation_number"] or merged["accreditation_valid_until"]) and not merged["accreditation_body"]:
        raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "Name the body that gave the accreditation (its "
                                                                    "number and expiry date need it)."))
    if merged["accreditation_body"] and len(merged["accreditation_body"]) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("CredentialErrors", "The accrediting body's name is longer than {limit} "
                                                                    "characters."), limit=200)
    return out
