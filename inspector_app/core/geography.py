"""Thai administrative areas (province, district, subdistrict) with official DOPA codes.

The data comes from GeoThai through the ``geothai`` package and works offline. Its data
is licensed CC BY 4.0, so any screen or report that lists areas shows
``GEOGRAPHY_CREDIT``. Codes are strings of digits: province 2 (Tak "63"), district 4
(Mae Sot "6306"), subdistrict 6; each code starts with its parent's code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

import geothai

__all__ = [
    "GEOGRAPHY_CREDIT",
    "GEOGRAPHY_DATA_VERSION",
    "Level",
    "Place",
    "display_name",
    "level_of",
    "districts",
    "place",
    "provinces",
    "search",
    "subdistricts",
]

GEOGRAPHY_SOURCE = "GeoThai (CC BY 4.0)"  # named as its licence asks, the same in every language
GEOGRAPHY_CREDIT = f"Administrative areas: {GEOGRAPHY_SOURCE}"
GEOGRAPHY_DATA_VERSION: str = geothai.DATA_VERSION

Level = Literal["province", "district", "subdistrict"]

# The DOPA code length tells the level apart, so a bare code is enough to look a place up.
_LEVEL_BY_LENGTH: dict[int, Level] = {2: "province", 4: "district", 6: "subdistrict"}


@dataclass(frozen=True, slots=True)
class Place:
    """One administrative area."""

    code: str
    name_th: str
    name_en: str
    level: Level
    parent_code: str | None


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Place]
    provinces: tuple[Place, ...]
    children: dict[str, tuple[Place, ...]]


@cache
def _index() -> _Index:
    # Built once (~8,400 places, a few tens of milliseconds) and shared: pickers call the
    # functions below on every keystroke.
    by_code: dict[str, Place] = {}
    children: dict[str, list[Place]] = {}
    province_places = []
    for p in geothai.provinces():
        province = Place(p.code, p.name_th, p.name_en, "province", None)
        by_code[p.code] = province
        province_places.append(province)
        for d in geothai.districts(p.code):
            district = Place(d.code, d.name_th, d.name_en, "district", p.code)
            by_code[d.code] = district
            children.setdefault(p.code, []).append(district)
            for s in geothai.subdistricts(d.code):
                sub = Place(s.code, s.name_th, s.name_en, "subdistrict", d.code)
                by_code[s.code] = sub
                children.setdefault(d.code, []).append(sub)
    return _Index(
        by_code=by_code,
        provinces=tuple(province_places),
        children={code: tuple(kids) for code, kids in children.items()},
    )


def provinces() -> tuple[Place, ...]:
    """All 77 provinces (Bangkok included), sorted by code."""
    return _index().provinces


def districts(province_code: str) -> tuple[Place, ...]:
    """The districts (amphoe, or khet in Bangkok) of a province; empty for an unknown code."""
    return _children(province_code, 2)


def subdistricts(district_code: str) -> tuple[Place, ...]:
    """The subdistricts (tambon, or khwaeng in Bangkok) of a district; empty if unknown."""
    return _children(district_code, 4)


def _children(code: str, length: int) -> tuple[Place, ...]:
    if len(code) != length:
        return ()
    return _index().children.get(code, ())


def place(code: str) -> Place | None:
    """The province, district or subdistrict with this DOPA code, or None."""
    return _index().by_code.get(code.strip()) if isinstance(code, str) else None


def names_language(language: str) -> str:
    """The language places are named in on a screen in `language`: Thai, else their romanised (English) names."""
    return "th" if language == "th" else "en"


def display_name(code: str, language: str, *, with_parents: bool = False) -> str:
    """The name to show for a code: Thai for "th", otherwise the English (romanised) name.

    ``with_parents`` adds the district and province ("Mae Sot, Tak"), as an address
    line does. An unknown code is shown as the code itself so old records still display.
    """
    found = place(code)
    if found is None:
        return code
    thai = names_language(language) == "th"
    names = []
    current: Place | None = found
    while current is not None:
        names.append(current.name_th if thai else current.name_en)
        if not with_parents or current.parent_code is None:
            break
        current = place(current.parent_code)
    return (" " if thai else ", ").join(names)


def search(text: str, level: Level | None = None, *, limit: int = 20) -> tuple[Place, ...]:
    """Places whose Thai or English name contains ``text``, best matches first.

    Typing digits searches by code instead ("6306" finds Mae Sot and its subdistricts),
    because inspectors often copy the DOPA code from a house registration or a permit.
    ``level`` keeps only provinces, districts or subdistricts.
    """
    query = text.strip()
    if not query or limit <= 0:
        return ()
    if query.isdigit():
        matches = (
            p
            for p in _index().by_code.values()
            if p.code.startswith(query) and (level is None or p.level == level)
        )
        return tuple(sorted(matches, key=lambda p: (len(p.code), p.code))[:limit])
    by_code = _index().by_code
    found: list[Place] = []
    # geothai ranks names that start with the query first; ask for everything, then filter.
    for result in geothai.search(query, limit=len(by_code)):
        if level is not None and result.level != level:
            continue
        match = by_code.get(result.area.code)
        if match is not None:
            found.append(match)
            if len(found) >= limit:
                break
    return tuple(found)


def level_of(code: str) -> Level | None:
    """The level a code of this shape belongs to (by its length), or None."""
    if not code.isdigit():
        return None
    return _LEVEL_BY_LENGTH.get(len(code))


@lru_cache(maxsize=256)
def codes_named(word: str) -> tuple[str, ...]:
    """Codes of every province, district and subdistrict whose Thai or English name contains `word`.

    Case-insensitive; lists search place names with it without a names table in the database.
    """
    needle = word.casefold()
    if not needle:
        return ()
    return tuple(code for code, p in _index().by_code.items()
                 if needle in p.name_th.casefold() or needle in p.name_en.casefold())
