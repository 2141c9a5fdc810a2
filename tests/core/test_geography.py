"""Thai administrative areas: official DOPA codes, names and a picker-fast search."""

from __future__ import annotations

import time

import pytest

from inspector_app.core import geography
from inspector_app.core.geography import (
    GEOGRAPHY_CREDIT,
    Place,
    display_name,
    districts,
    level_of,
    place,
    provinces,
    search,
    subdistricts,
)


def test_tak_and_mae_sot_have_their_official_codes() -> None:
    assert place("63") == Place("63", "ตาก", "Tak", "province", None)
    assert place("6306") == Place("6306", "แม่สอด", "Mae Sot", "district", "63")
    mae_sot_town = place("630601")
    assert mae_sot_town is not None
    assert (mae_sot_town.level, mae_sot_town.parent_code) == ("subdistrict", "6306")


def test_tak_has_districts_6301_to_6309() -> None:
    codes = {d.code for d in districts("63")}
    assert {f"63{n:02d}" for n in range(1, 10)} <= codes


def test_counts_match_dopa() -> None:
    assert len(provinces()) == 77
    all_districts = [d for p in provinces() for d in districts(p.code)]
    assert len(all_districts) == 928
    assert sum(len(subdistricts(d.code)) for d in all_districts) == 7436


def test_codes_nest_inside_their_parents() -> None:
    for province in provinces():
        assert len(province.code) == 2 and province.code.isdigit()
        assert province.level == "province" and province.parent_code is None
        for district in districts(province.code):
            assert district.code.startswith(province.code) and len(district.code) == 4
            assert (district.level, district.parent_code) == ("district", province.code)
            for sub in subdistricts(district.code):
                assert sub.code.startswith(district.code) and len(sub.code) == 6
                assert (sub.level, sub.parent_code) == ("subdistrict", district.code)


def test_every_place_has_thai_and_english_names() -> None:
    for province in provinces():
        for found in (province, *districts(province.code)):
            assert found.name_th and found.name_en, found


@pytest.mark.parametrize("code", ["", "6", "630", "99", "9999", "63065", "abc", "  "])
def test_unknown_codes_find_nothing(code: str) -> None:
    assert place(code) is None
    assert districts(code) == ()
    assert subdistricts(code) == ()


def test_children_of_a_wrong_level_are_empty() -> None:
    assert districts("6306") == ()
    assert subdistricts("63") == ()


@pytest.mark.parametrize(
    ("code", "language", "with_parents", "expected"),
    [
        ("63", "th", False, "ตาก"),
        ("63", "en", False, "Tak"),
        ("63", "my", False, "Tak"),  # no Burmese names in the data: romanised name
        ("6306", "en", True, "Mae Sot, Tak"),
        ("6306", "th", True, "แม่สอด ตาก"),
        ("630601", "en", True, "Mae Sot, Mae Sot, Tak"),
        ("8404", "en", True, "Ko Samui, Surat Thani"),
        ("0000", "en", True, "0000"),
    ],
)
def test_display_name(code: str, language: str, with_parents: bool, expected: str) -> None:
    assert display_name(code, language, with_parents=with_parents) == expected


@pytest.mark.parametrize(
    ("text", "level", "first"),
    [
        ("Mae Sot", "district", "6306"),
        ("mae sot", None, "6306"),
        ("แม่สอด", "district", "6306"),
        ("อำเภอแม่สอด", None, "6306"),
        ("Tak", "province", "63"),
        ("ตาก", "province", "63"),
        ("6306", None, "6306"),
        ("63", "province", "63"),
        ("Samui", "district", "8404"),
    ],
)
def test_search_finds_places_by_name_or_code(text: str, level: str | None, first: str) -> None:
    results = search(text, level)  # type: ignore[arg-type]
    assert results, text
    assert results[0].code == first
    if level:
        assert all(r.level == level for r in results)


def test_search_by_code_prefix_lists_children() -> None:
    codes = [p.code for p in search("6306", limit=100)]
    assert codes[0] == "6306"
    assert all(code.startswith("6306") for code in codes)
    assert {p.code for p in subdistricts("6306")} <= set(codes)


@pytest.mark.parametrize("text", ["", "   ", "zzzzqqq"])
def test_search_without_matches_is_empty(text: str) -> None:
    assert search(text) == ()


def test_search_respects_the_limit() -> None:
    assert len(search("mae", limit=5)) == 5
    assert search("mae", limit=0) == ()


@pytest.mark.parametrize(
    ("code", "level"),
    [("63", "province"), ("6306", "district"), ("630601", "subdistrict"), ("630", None), ("x1", None)],
)
def test_level_of(code: str, level: str | None) -> None:
    assert level_of(code) == level


def test_lookups_are_fast_enough_for_a_picker() -> None:
    provinces()  # first load is allowed to take a moment
    search("warm up")
    started = time.perf_counter()
    for _ in range(50):
        for province in provinces():
            place(province.code)
            districts(province.code)
    lookups = time.perf_counter() - started
    started = time.perf_counter()
    for text in ("แม่", "mae", "ko", "สอด", "6306"):
        search(text)
    searches = (time.perf_counter() - started) / 5
    assert lookups < 0.5, lookups
    assert searches < 0.1, searches


def test_geothai_is_credited() -> None:
    assert GEOGRAPHY_CREDIT == "Administrative areas: GeoThai (CC BY 4.0)"
    assert geography.__doc__ is not None and "GeoThai" in geography.__doc__
    assert "CC BY 4.0" in geography.__doc__
