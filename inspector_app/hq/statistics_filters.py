"""Reading the statistics filters people type: a period, a province, a district, a day to judge on.

Dates are ISO (2026-03-05) or Thai (5/3/2569, 5 มีนาคม 2569: Buddhist Era unless marked). Places
are DOPA codes or names in Thai or English. Every problem is reported at once, each for its field,
as an English message with values (the page translates it), never an exception a person sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import inspector_app.core.geography as geography
from ..i18n.dates import parse_thai_date
from .errors import Invalid
from .statistics import Filters

__all__ = ["FIELDS", "FilterError", "Problem", "default_filters", "parse_filters", "resolve_place"]

FIELDS = ("from", "to", "province", "district", "as_of")
EARLIEST, LATEST = date(2000, 1, 1), date(2200, 12, 31)
MAX_TEXT = 100


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # English, with %(name)s placeholders
    values: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.message % self.values if self.values else self.message


class FilterError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.english() for p in problems))
        self.problems = problems


def default_filters(today: date) -> Filters:
    """This year so far, all of Thailand, judged today."""
    return Filters(date(today.year, 1, 1), today, as_of=today)


def _day(text: str) -> date:
    value = text.strip()
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = parse_thai_date(value)  # ValueError when it is no date either
    if not EARLIEST <= parsed <= LATEST:
        raise ValueError(value)
    return parsed


def _place(text: str, level: str, parent: str | None) -> geography.Place | None:
    query = text.strip()
    if query.isdigit():
        found = geography.place(query)
        return found if found and found.level == level and (not parent or found.parent_code == parent) else None
    exact = None
    for candidate in geography.search(query, level, limit=50):  # type: ignore[arg-type]
        if parent and candidate.parent_code != parent:
            continue
        if query.casefold() in (candidate.name_th.casefold(), candidate.name_en.casefold()):
            return candidate
        exact = exact or candidate
    return exact


def parse_filters(values: Mapping[str, str | None], today: date) -> Filters:
    """Filters from form values (missing or empty: the defaults); FilterError lists every problem."""
    default = default_filters(today)
    problems: list[Problem] = []
    days: dict[str, date] = {"from": default.date_from, "to": default.date_to, "as_of": default.as_of}
    for name in ("from", "to", "as_of"):
        raw = (values.get(name) or "").strip()
        if not raw:
            continue
        try:
            if len(raw) > MAX_TEXT:
                raise ValueError(raw)
            days[name] = _day(raw)
        except ValueError:
            problems.append(Problem(name, "%(value)s is not a date: write it as 2026-03-05 or as a Thai date "
                                          "such as 5/3/2569.", {"value": raw[:MAX_TEXT]}))
    if not any(p.field in ("from", "to") for p in problems) and days["from"] > days["to"]:
        problems.append(Problem("to", "The period ends (%(to)s) before it starts (%(from)s).",
                                {"from": days["from"].isoformat(), "to": days["to"].isoformat()}))
    province = district = None
    raw_province = (values.get("province") or "").strip()[: MAX_TEXT + 1]
    raw_district = (values.get("district") or "").strip()[: MAX_TEXT + 1]
    if raw_province:
        found = _place(raw_province, "province", None) if len(raw_province) <= MAX_TEXT else None
        if found is None:
            problems.append(Problem("province", "There is no province %(value)s: give its DOPA code (two digits, "
                                                "Tak is 63) or its name.", {"value": raw_province[:MAX_TEXT]}))
        else:
            province = found.code
    if raw_district:
        if not raw_province:
            problems.append(Problem("district", "Choose the province first; then the district."))
        elif province:
            found = _place(raw_district, "district", province) if len(raw_district) <= MAX_TEXT else None
            if found is None:
                problems.append(Problem("district", "There is no district %(value)s in province %(province)s: "
                                                    "give its DOPA code (four digits, Mae Sot is 6306) or its name.",
                                        {"value": raw_district[:MAX_TEXT], "province": province}))
            else:
                district = found.code
    if problems:
        raise FilterError(problems)
    return Filters(days["from"], days["to"], as_of=days["as_of"], province=province, district=district)


def resolve_place(province: str | None, district: str | None) -> tuple[str | None, str | None]:
    """Codes for a province and district typed on the command line; Invalid with the reason otherwise."""
    try:
        filters = parse_filters({"province": province, "district": district}, date(2000, 1, 1))
    except FilterError as exc:
        raise Invalid(exc.problems[0].english()) from None
    return filters.province, filters.district
