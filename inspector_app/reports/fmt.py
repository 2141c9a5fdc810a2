"""Formatting source values for print: Buddhist-era dates in Thai, places, numbers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from typing import Any

from inspector_app.i18n.dates import as_utc, format_date, format_datetime

from .labels import label

__all__ = ["clock", "day", "moment", "number", "place_line", "source_iso", "yes_no"]


# Thai digits (๑๒๓) in dates of formal documents: a per-build option (a user setting in the app).
_thai_digits: ContextVar[bool] = ContextVar("thai_digits", default=False)


@contextmanager
def thai_digits(enabled: bool) -> Iterator[None]:
    token = _thai_digits.set(enabled)
    try:
        yield
    finally:
        _thai_digits.reset(token)


def source_iso(value: datetime | date | None) -> str | None:
    """A stored time or date as the report sources write it: a time in UTC to the second
    ("2025-03-05T10:30:00Z"; naive times are UTC), a date as ISO. `_parse_moment` reads it back."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return as_utc(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def _parse_moment(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def day(value: str | None, language: str = "th", style: str = "long") -> str:
    """An ISO date as people read it: "5 มีนาคม พ.ศ. 2568" in Thai."""
    if not value:
        return ""
    parsed = date.fromisoformat(value[:10])
    lang = language if language in ("th", "en", "my", "km", "lo") else "en"
    return format_date(parsed, lang, style, thai_digits=lang == "th" and _thai_digits.get())  # type: ignore[arg-type]


def moment(value: str | None, language: str = "th") -> str:
    """A stored UTC time in Bangkok time: "5 มีนาคม พ.ศ. 2568 เวลา 17:30 น."."""
    if not value:
        return ""
    lang = language if language in ("th", "en", "my", "km", "lo") else "en"
    return format_datetime(_parse_moment(value), lang, thai_digits=lang == "th" and _thai_digits.get())


def clock(value: str | None) -> str:
    if not value:
        return ""
    from inspector_app.i18n.dates import to_local

    local = to_local(_parse_moment(value))
    return f"{local:%H:%M}"


def number(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def yes_no(value: bool | None, language: str = "th") -> str:
    if value is None:
        return label("unknown", language)
    return label("yes" if value else "no", language)


def place_line(establishment: dict[str, Any], language: str = "th") -> str:
    """'ตำบล แม่สอด (630601) · อำเภอ แม่สอด (6306) · จังหวัด ตาก (63)'."""
    parts = []
    for level in ("subdistrict", "district", "province"):
        place = establishment.get(level)
        if place:
            name = place[language] if language in place else place["en"]
            parts.append(f"{label(level, language)} {name} ({place['code']})")
    return " · ".join(parts)
