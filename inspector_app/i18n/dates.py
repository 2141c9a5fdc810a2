"""Dates as Thai officials write them: Buddhist Era years and Thai month names.

Dates are stored as ISO (Gregorian) everywhere; this module only formats and parses
what people read and type. Buddhist Era year = Gregorian year + 543 (Thailand's civil
calendar since 1941, new year on 1 January).

    >>> from datetime import date
    >>> format_date(date(2025, 3, 5), "th")
    '5 มีนาคม พ.ศ. 2568'
    >>> format_date(date(2025, 3, 5), "th", style="short")
    '5 มี.ค. 2568'
    >>> parse_thai_date("5 มีนาคม พ.ศ. 2568")
    datetime.date(2025, 3, 5)
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Literal
from zoneinfo import ZoneInfo

__all__ = [
    "BE_OFFSET",
    "DISPLAY_TIMEZONE",
    "THAI_MONTHS",
    "THAI_MONTHS_SHORT",
    "buddhist_year",
    "format_date",
    "format_datetime",
    "from_thai_digits",
    "parse_thai_date",
    "to_local",
    "to_thai_digits",
]

BE_OFFSET = 543
DISPLAY_TIMEZONE = "Asia/Bangkok"

Style = Literal["long", "short"]

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Gregorian month names as used in Myanmar, Cambodia and Laos (for worker information
# sheets); years stay Gregorian in those languages.
_MONTHS_BY_LANGUAGE = {
    "my": (
        "ဇန်နဝါရီ",
        "ဖေဖော်ဝါရီ",
        "မတ်",
        "ဧပြီ",
        "မေ",
        "ဇွန်",
        "ဇူလိုင်",
        "ဩဂုတ်",
        "စက်တင်ဘာ",
        "အောက်တိုဘာ",
        "နိုဝင်ဘာ",
        "ဒီဇင်ဘာ",
    ),
    "km": (
        "មករា",
        "កុម្ភៈ",
        "មីនា",
        "មេសា",
        "ឧសភា",
        "មិថុនា",
        "កក្កដា",
        "សីហា",
        "កញ្ញា",
        "តុលា",
        "វិច្ឆិកា",
        "ធ្នូ",
    ),
    "lo": (
        "ມັງກອນ",
        "ກຸມພາ",
        "ມີນາ",
        "ເມສາ",
        "ພຶດສະພາ",
        "ມິຖຸນາ",
        "ກໍລະກົດ",
        "ສິງຫາ",
        "ກັນຍາ",
        "ຕຸລາ",
        "ພະຈິກ",
        "ທັນວາ",
    ),
}

_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_FROM_NATIVE_DIGITS = str.maketrans(
    "๐๑๒๓๔๕๖๗๘๙" "၀၁၂၃၄၅၆၇၈၉" "០១២៣៤៥៦៧៨៩" "໐໑໒໓໔໕໖໗໘໙",
    "0123456789" * 4,
)


def to_thai_digits(text: str) -> str:
    """Replace ASCII digits with Thai digits (๐–๙)."""
    return text.translate(_TO_THAI_DIGITS)


def from_thai_digits(text: str) -> str:
    """Replace Thai (and Myanmar, Khmer, Lao) digits with ASCII digits."""
    return text.translate(_FROM_NATIVE_DIGITS)


def buddhist_year(value: date) -> int:
    return value.year + BE_OFFSET


def _language_key(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def format_date(
    value: date,
    language: str = "th",
    style: Style = "long",
    *,
    thai_digits: bool = False,
) -> str:
    """Format a date for people to read.

    - Thai long: "5 มีนาคม พ.ศ. 2568"; Thai short: "5 มี.ค. 2568" (Buddhist Era both).
    - English long: "5 March 2025"; English short: "5 Mar 2025".
    - Burmese ("my"), Khmer ("km"), Lao ("lo"): day, local month name, Gregorian year.

    `thai_digits` writes the numbers in Thai digits (Thai only).
    """
    if isinstance(value, datetime):
        value = value.date()
    if style not in ("long", "short"):
        raise ValueError(f"unknown date style {style!r} (use 'long' or 'short')")
    key = _language_key(language)
    if key == "th":
        if style == "long":
            text = f"{value.day} {THAI_MONTHS[value.month - 1]} พ.ศ. {buddhist_year(value)}"
        else:
            text = f"{value.day} {THAI_MONTHS_SHORT[value.month - 1]} {buddhist_year(value)}"
        return to_thai_digits(text) if thai_digits else text
    if key == "en":
        month = ENGLISH_MONTHS[value.month - 1]
        return f"{value.day} {month if style == 'long' else month[:3]} {value.year}"
    if key in _MONTHS_BY_LANGUAGE:
        return f"{value.day} {_MONTHS_BY_LANGUAGE[key][value.month - 1]} {value.year}"
    raise ValueError(f"no date format for language {language!r}")


def as_utc(moment: datetime) -> datetime:
    """A stored time made aware: a naive value is UTC, as the app's store and HQ keep every time."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def to_local(moment: datetime, tz: str = DISPLAY_TIMEZONE) -> datetime:
    """A stored UTC datetime in the display time zone; naive values are taken as UTC."""
    return as_utc(moment).astimezone(ZoneInfo(tz))


def format_datetime(
    moment: datetime,
    language: str = "th",
    style: Style = "long",
    *,
    tz: str = DISPLAY_TIMEZONE,
    thai_digits: bool = False,
) -> str:
    """Format a stored (UTC) datetime in local time: "5 มีนาคม พ.ศ. 2568 เวลา 17:30 น."."""
    local = to_local(moment, tz)
    day = format_date(local.date(), language, style)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    key = _language_key(language)
    if key == "th":
        text = f"{day} เวลา {clock} น."
        return to_thai_digits(text) if thai_digits else text
    return f"{day}, {clock}"


# --------------------------------------------------------------------------- parsing

_PREFIXES = ("วันที่", "วัน ที่")
_ERA_BE = re.compile(r"(พ\.\s*ศ\.|พศ\.?|B\.?\s*E\.?)", re.IGNORECASE)
_ERA_CE = re.compile(r"(ค\.\s*ศ\.|คศ\.?|A\.?\s*D\.?|C\.?\s*E\.?)", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})$")


def _month_lookup() -> dict[str, int]:
    table: dict[str, int] = {}
    for index, (full, short) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT), start=1):
        table[full] = index
        table[short] = index
        table[short.replace(".", "")] = index
        table[short.replace(".", ". ").strip()] = index
    return table


_MONTHS = _month_lookup()
_MONTH_NAMES = sorted(_MONTHS, key=len, reverse=True)


def _year_from(text: str, gregorian: bool) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years are Buddhist Era in Thai usage ("68" = 2568).
        year += 2500 if not gregorian else 2000
    return year if gregorian else year - BE_OFFSET


def parse_thai_date(text: str) -> date:
    """Parse a Thai date as written by `format_date` or by hand.

    Accepts the long and short month names (with or without dots), Thai or ASCII digits,
    an optional "วันที่" prefix, an optional "พ.ศ." (the year is Buddhist Era unless
    "ค.ศ." says otherwise), and numeric day/month/year ("5/3/2568"). A year below 2400
    with no era marker is taken as Gregorian (people type "2025" too).
    Raises ValueError for anything else.
    """
    raw = from_thai_digits(" ".join(text.split()))
    for prefix in _PREFIXES:
        if raw.startswith(prefix):
            raw = raw[len(prefix) :].strip()
    gregorian = bool(_ERA_CE.search(raw))
    explicit_be = bool(_ERA_BE.search(raw))
    cleaned = _ERA_CE.sub(" ", _ERA_BE.sub(" ", raw)).strip()
    cleaned = " ".join(cleaned.split())

    numeric = _NUMERIC.match(cleaned)
    if numeric:
        day, month, year_text = numeric.groups()
        return _build(int(day), int(month), year_text, gregorian, explicit_be, text)

    for name in _MONTH_NAMES:
        position = cleaned.find(name)
        if position < 0:
            continue
        day_text = cleaned[:position].strip()
        year_text = cleaned[position + len(name) :].strip()
        if day_text.isdigit() and year_text.isdigit():
            return _build(int(day_text), _MONTHS[name], year_text, gregorian, explicit_be, text)
        break
    raise ValueError(f"not a Thai date: {text!r}")


def _build(day: int, month: int, year_text: str, gregorian: bool, explicit_be: bool, original: str) -> date:
    if not explicit_be and not gregorian and len(year_text) == 4 and int(year_text) < 2400:
        gregorian = True
    try:
        return date(_year_from(year_text, gregorian), month, day)
    except ValueError as exc:
        raise ValueError(f"not a valid date: {original!r} ({exc})") from None
