from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.i18n.dates import (
    buddhist_year,
    format_date,
    format_datetime,
    from_thai_digits,
    parse_thai_date,
    to_local,
    to_thai_digits,
)


@pytest.mark.parametrize(
    ("value", "language", "style", "expected"),
    [
        (date(2025, 3, 5), "th", "long", "5 มีนาคม พ.ศ. 2568"),
        (date(2025, 3, 5), "th", "short", "5 มี.ค. 2568"),
        (date(2025, 12, 7), "th", "long", "7 ธันวาคม พ.ศ. 2568"),
        (date(2026, 1, 1), "th_TH", "long", "1 มกราคม พ.ศ. 2569"),
        (date(2025, 3, 5), "en", "long", "5 March 2025"),
        (date(2025, 3, 5), "en", "short", "5 Mar 2025"),
        (date(2025, 3, 5), "my", "long", "5 မတ် 2025"),
        (date(2025, 3, 5), "km", "long", "5 មីនា 2025"),
        (date(2025, 3, 5), "lo", "long", "5 ມີນາ 2025"),
    ],
)
def test_format_date(value: date, language: str, style: str, expected: str) -> None:
    assert format_date(value, language, style) == expected


def test_thai_digits() -> None:
    assert format_date(date(2025, 3, 5), "th", thai_digits=True) == "๕ มีนาคม พ.ศ. ๒๕๖๘"
    assert to_thai_digits("2568") == "๒๕๖๘"
    assert from_thai_digits("๒๕๖๘") == "2568"


def test_buddhist_year() -> None:
    assert buddhist_year(date(2025, 3, 5)) == 2568


@pytest.mark.parametrize(
    "text",
    [
        "5 มีนาคม พ.ศ. 2568",
        "5 มี.ค. 2568",
        "๕ มีนาคม พ.ศ. ๒๕๖๘",
        "วันที่ 5 มีนาคม 2568",
        "5 มีค 2568",
        "5  มีนาคม   พ.ศ.2568",
        "5/3/2568",
        "05-03-68",
        "5 มีนาคม ค.ศ. 2025",
        "5 มีนาคม 2025",
    ],
)
def test_parse_thai_date(text: str) -> None:
    assert parse_thai_date(text) == date(2025, 3, 5)


@pytest.mark.parametrize("text", ["", "มีนาคม", "32 มีนาคม 2568", "5 Mars 2568", "5 มีนาคม", "29 ก.พ. 2568"])
def test_parse_rejects_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_thai_date(text)


def test_round_trip_example_from_the_brief() -> None:
    text = format_date(date(2025, 3, 5), "th")
    assert text == "5 มีนาคม พ.ศ. 2568"
    assert parse_thai_date(text) == date(2025, 3, 5)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2400, 12, 31)), st.booleans(), st.sampled_from(["long", "short"]))
def test_round_trip_any_date(value: date, thai: bool, style: str) -> None:
    assert parse_thai_date(format_date(value, "th", style, thai_digits=thai)) == value


def test_format_datetime_shows_bangkok_time() -> None:
    moment = datetime(2025, 3, 5, 17, 30, tzinfo=timezone.utc)
    assert format_datetime(moment, "th") == "6 มีนาคม พ.ศ. 2568 เวลา 00:30 น."
    assert format_datetime(moment, "en") == "6 March 2025, 00:30"
    assert format_datetime(moment.replace(tzinfo=None), "th", "short") == "6 มี.ค. 2568 เวลา 00:30 น."
    assert to_local(moment).utcoffset().total_seconds() == 7 * 3600


def test_unknown_language_and_style() -> None:
    with pytest.raises(ValueError):
        format_date(date(2025, 3, 5), "fr")
    with pytest.raises(ValueError):
        format_date(date(2025, 3, 5), "th", "medium")  # type: ignore[arg-type]
