"""Legal reference data and minimum wages: shipped data loads, citations read right."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from inspector_app.core import geography
from inspector_app.core.legal import (
    LegalReference,
    ReferenceDataError,
    default_legal_path,
    load_legal_reference,
    load_minimum_wages,
    minimum_wage,
)

NEW_YEAR_2025 = date(2025, 1, 1)


def legal_doc() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "version": "2025.1",
        "published": "2025-12-07",
        "laws": {
            "LPA": {
                "title": {
                    "en": "Labour Protection Act B.E. 2541",
                    "th": "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541",
                },
                "short": {"en": "LPA", "th": "พ.ร.บ.คุ้มครองแรงงาน"},
                "effective_from": "1998-08-19",
            },
            "ILO": {
                "title": {"en": "ILO conventions", "th": "อนุสัญญาองค์การแรงงานระหว่างประเทศ"},
                "short": {"en": "ILO", "th": "ILO"},
            },
            "MRSF": {
                "title": {"en": "Ministerial Regulation on sea fishing", "th": "กฎกระทรวงงานประมงทะเล"},
                "short": {"en": "MR Sea Fishing", "th": "กฎกระทรวงงานประมงทะเล"},
                "effective_from": "2014-12-25",
                "section_prefix": {"en": "cl.", "th": "ข้อ "},
            },
        },
        "sections": {
            "LPA:44": {
                "law": "LPA",
                "section": "44",
                "title": {"en": "Minimum age of employment (15)", "th": "ห้ามจ้างเด็กอายุต่ำกว่า 15 ปี"},
                "verify": False,
                "effective_from": "1998-08-19",
            },
            "LPA:10": {
                "law": "LPA",
                "section": "10",
                "title": {"en": "Guarantee deposits", "th": "หลักประกันการทำงาน"},
                "verify": True,
                "effective_from": "1998-08-19",
            },
            "ILO:C188": {
                "law": "ILO",
                "section": "C188",
                "title": {"en": "Work in Fishing Convention", "th": "อนุสัญญาว่าด้วยการทำงานในภาคการประมง"},
                "verify": False,
            },
            "MRSF:6": {
                "law": "MRSF",
                "section": "6",
                "title": {"en": "Rest hours at sea", "th": "เวลาพักของลูกจ้างในเรือ"},
                "verify": False,
                "effective_from": "2014-12-25",
            },
        },
    }


def write(tmp_path: Path, doc: Any, name: str = "legal_sections.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


@pytest.fixture
def legal(tmp_path: Path) -> LegalReference:
    return load_legal_reference(write(tmp_path, legal_doc()))


# --------------------------------------------------------------------------- legal sections


@pytest.mark.parametrize(
    ("key", "language", "expected"),
    [
        ("LPA:44", "en", "LPA s.44 — Minimum age of employment (15)"),
        ("LPA:44", "th", "พ.ร.บ.คุ้มครองแรงงาน มาตรา 44 — ห้ามจ้างเด็กอายุต่ำกว่า 15 ปี"),
        ("LPA:44", "my", "LPA s.44 — Minimum age of employment (15)"),
        ("LPA:10", "en", "LPA s.10 — Guarantee deposits (reference to be confirmed)"),
        ("LPA:10", "th", "พ.ร.บ.คุ้มครองแรงงาน มาตรา 10 — หลักประกันการทำงาน (รอยืนยันการอ้างอิง)"),
        ("MRSF:6", "en", "MR Sea Fishing cl.6 — Rest hours at sea"),
        ("MRSF:6", "th", "กฎกระทรวงงานประมงทะเล ข้อ 6 — เวลาพักของลูกจ้างในเรือ"),
        ("ILO:C188", "en", "ILO C188 — Work in Fishing Convention"),
        ("ILO:C188", "th", "ILO C188 — อนุสัญญาว่าด้วยการทำงานในภาคการประมง"),
        ("LPA:999", "en", "LPA:999 (reference to be confirmed)"),
    ],
)
def test_display_reads_like_a_citation(
    legal: LegalReference, key: str, language: str, expected: str
) -> None:
    assert legal.display(key, language) == expected


def test_sections_and_laws_are_typed(legal: LegalReference) -> None:
    section = legal.get("LPA:44")
    assert section is not None
    assert (section.law, section.section, section.verify) == ("LPA", "44", False)
    assert section.effective_from == date(1998, 8, 19)
    assert legal.get("LPA:10").verify is True  # type: ignore[union-attr]
    assert legal.get("LPA:1") is None
    assert "LPA:44" in legal and "LPA:1" not in legal
    assert legal.laws["LPA"].short["th"] == "พ.ร.บ.คุ้มครองแรงงาน"
    assert (legal.version, legal.published) == ("2025.1", date(2025, 12, 7))


def _drop_thai_title(doc: dict[str, Any]) -> None:
    del doc["sections"]["LPA:44"]["title"]["th"]


def _unknown_law(doc: dict[str, Any]) -> None:
    doc["sections"]["LPA:44"]["law"] = "XYZ"


def _key_mismatch(doc: dict[str, Any]) -> None:
    doc["sections"]["LPA:44"]["section"] = "45"


def _bad_date(doc: dict[str, Any]) -> None:
    doc["sections"]["LPA:44"]["effective_from"] = "1998-8-19"


def _verify_not_bool(doc: dict[str, Any]) -> None:
    doc["sections"]["LPA:44"]["verify"] = "yes"


def _future_schema(doc: dict[str, Any]) -> None:
    doc["schema_version"] = 2


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_drop_thai_title, 'legal_sections.json: section LPA:44: "title" has no Thai ("th") text'),
        (_unknown_law, 'legal_sections.json: section LPA:44: law "XYZ" is not listed under "laws"'),
        (_key_mismatch, "legal_sections.json: section LPA:44: key does not match law and section"),
        (_bad_date, 'legal_sections.json: section LPA:44: "effective_from" must be a date'),
        (_verify_not_bool, 'legal_sections.json: section LPA:44: "verify" must be true or false'),
        (_future_schema, "legal_sections.json: schema_version 2 is not supported"),
    ],
    ids=lambda case: case.__name__.strip("_") if callable(case) else "message",
)
def test_broken_legal_data_names_file_and_key(tmp_path: Path, mutate: Any, expected: str) -> None:
    doc = legal_doc()
    mutate(doc)
    with pytest.raises(ReferenceDataError) as caught:
        load_legal_reference(write(tmp_path, doc))
    assert str(caught.value).startswith(expected), str(caught.value)


def test_unreadable_and_invalid_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match=r"^nothing\.json: cannot be read"):
        load_legal_reference(tmp_path / "nothing.json")
    with pytest.raises(ReferenceDataError, match=r"^legal_sections\.json: invalid JSON at line 1"):
        load_legal_reference(write(tmp_path, '{"schema_version": 1,'))


def test_changed_file_is_reloaded(tmp_path: Path) -> None:
    path = write(tmp_path, legal_doc())
    assert load_legal_reference(path) is load_legal_reference(path)  # cached
    doc = legal_doc()
    doc["version"] = "2025.2 with a longer name"
    write(tmp_path, doc)
    assert load_legal_reference(path).version == "2025.2 with a longer name"


def test_shipped_legal_reference_loads() -> None:
    assert default_legal_path().is_file(), "resources/reference/legal_sections.json is not shipped"
    legal = load_legal_reference()
    assert legal.sections and legal.laws
    for key in legal.sections:
        assert legal.display(key, "en").startswith(legal.laws[legal.sections[key].law].short["en"])
        assert " — " in legal.display(key, "th")


def test_shipped_verify_sections_show_to_be_confirmed() -> None:
    legal = load_legal_reference()
    for section in legal.sections.values():
        marked = "to be confirmed" in legal.display(section.key, "en")
        assert marked == section.verify, section.key
        assert ("รอยืนยัน" in legal.display(section.key, "th")) == section.verify


# --------------------------------------------------------------------------- minimum wages


@pytest.mark.parametrize(
    ("province", "district", "on", "expected"),
    [
        ("63", None, NEW_YEAR_2025, 352),  # Tak
        ("63", "6306", NEW_YEAR_2025, 352),  # Mae Sot has no district rate of its own
        ("83", None, NEW_YEAR_2025, 400),  # Phuket
        ("20", None, NEW_YEAR_2025, 400),  # Chon Buri
        ("21", None, NEW_YEAR_2025, 400),  # Rayong
        ("24", None, NEW_YEAR_2025, 400),  # Chachoengsao
        ("84", "8404", NEW_YEAR_2025, 400),  # Ko Samui district
        ("84", "8401", NEW_YEAR_2025, 352),  # rest of Surat Thani
        ("84", None, NEW_YEAR_2025, 352),
        ("50", "5001", NEW_YEAR_2025, 380),  # Mueang Chiang Mai
        ("50", "5002", NEW_YEAR_2025, 357),
        ("90", "9011", NEW_YEAR_2025, 380),  # Hat Yai
        ("90", None, NEW_YEAR_2025, 352),
        ("10", None, NEW_YEAR_2025, 372),  # Bangkok before the July increase
        ("10", None, date(2025, 6, 30), 372),
        ("10", None, date(2025, 7, 1), 400),
        ("73", None, date(2025, 7, 1), 372),  # Nakhon Pathom kept 372
        ("74", None, NEW_YEAR_2025, 372),  # Samut Sakhon
        ("96", None, NEW_YEAR_2025, 337),  # Narathiwat
        ("94", None, NEW_YEAR_2025, 337),  # Pattani
        ("95", None, NEW_YEAR_2025, 337),  # Yala
    ],
)
def test_minimum_wage_by_place_and_date(
    province: str, district: str | None, on: date, expected: int
) -> None:
    rate = minimum_wage(province, on, district)
    assert rate is not None
    assert rate.daily_thb == Decimal(expected)


def test_no_rate_before_the_first_effective_date() -> None:
    table = load_minimum_wages()
    first = min(r.effective_from for r in table.rates if r.province_code == "63")
    assert minimum_wage("63", first) is not None
    assert minimum_wage("63", date.fromordinal(first.toordinal() - 1)) is None
    assert minimum_wage("99", NEW_YEAR_2025) is None


def test_datetime_is_accepted() -> None:
    assert minimum_wage("63", datetime(2025, 3, 1, 9, 30)).daily_thb == 352  # type: ignore[union-attr]


def test_shipped_wages_cover_every_province_with_official_codes() -> None:
    table = load_minimum_wages()
    assert table.version and table.source
    covered = {p.code for p in geography.provinces() if minimum_wage(p.code, NEW_YEAR_2025)}
    assert covered == {p.code for p in geography.provinces()}
    for rate in table.rates:
        assert geography.place(rate.province_code) is not None, rate
        if rate.district_code is not None:
            district = geography.place(rate.district_code)
            assert district is not None and district.parent_code == rate.province_code, rate
        assert Decimal(337) <= rate.daily_thb <= Decimal(400), rate


def wage_doc(*rates: dict[str, Any]) -> dict[str, Any]:
    return {"schema_version": 1, "version": "t", "source": "test", "rates": list(rates)}


def test_newer_province_rate_supersedes_an_older_district_rate(tmp_path: Path) -> None:
    table = load_minimum_wages(
        write(
            tmp_path,
            wage_doc(
                {"province_code": "84", "daily_thb": 352, "effective_from": "2025-01-01"},
                {"province_code": "84", "district_code": "8404", "daily_thb": 400,
                 "effective_from": "2025-01-01"},
                {"province_code": "84", "daily_thb": 410, "effective_from": "2026-01-01"},
            ),
            "minimum_wage.json",
        )
    )
    assert table.rate("84", date(2025, 12, 31), "8404").daily_thb == 400  # type: ignore[union-attr]
    assert table.rate("84", date(2026, 1, 1), "8404").daily_thb == 410  # type: ignore[union-attr]
    assert table.rate("84", date(2024, 12, 31), "8404") is None


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        ({"province_code": "63", "distict_code": "6306", "daily_thb": 352,
          "effective_from": "2025-01-01"}, 'unexpected field "distict_code"'),
        ({"province_code": "Tak", "daily_thb": 352, "effective_from": "2025-01-01"},
         'province_code "Tak" is not a 2-digit DOPA code'),
        ({"province_code": "63", "district_code": "8404", "daily_thb": 352,
          "effective_from": "2025-01-01"}, 'district_code "8404" is not a 4-digit DOPA code'),
        ({"province_code": "63", "daily_thb": -5, "effective_from": "2025-01-01"},
         "daily_thb -5 is not a positive amount"),
        ({"province_code": "63", "daily_thb": 352, "effective_from": "1/1/2025"},
         '"effective_from" must be a date'),
    ],
)
def test_broken_wage_data_names_the_rate(tmp_path: Path, rate: dict[str, Any], expected: str) -> None:
    path = write(tmp_path, wage_doc(rate), "minimum_wage.json")
    with pytest.raises(ReferenceDataError) as caught:
        load_minimum_wages(path)
    assert str(caught.value).startswith("minimum_wage.json: rate 1"), str(caught.value)
    assert expected in str(caught.value)


def test_the_same_rate_twice_is_refused(tmp_path: Path) -> None:
    rate = {"province_code": "63", "daily_thb": 352, "effective_from": "2025-01-01"}
    with pytest.raises(ReferenceDataError, match="rate 2 .*a second rate for the same area"):
        load_minimum_wages(write(tmp_path, wage_doc(rate, dict(rate)), "minimum_wage.json"))
