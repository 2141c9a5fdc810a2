"""The coordinators' handbook data: complete in five languages, every term grounded in law or marked "none"."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from inspector_app.core.handbook import LANGUAGES, HandbookError, default_handbook_path, load_handbook
from inspector_app.core.legal import load_legal_reference
from inspector_app.i18n.scripts import Script, dominant_script

SHIPPED = default_handbook_path()
RAW: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
SCRIPT_OF = {"th": Script.THAI, "my": Script.MYANMAR, "km": Script.KHMER, "lo": Script.LAO}

# The terms the programme's inspectors use every day (the brief's list), by id.
EVERYDAY_TERMS = (
    "wage", "minimum_wage", "overtime", "holiday_pay", "deduction", "deposit", "debt", "debt_bondage", "broker",
    "recruitment_fee", "work_permit", "pink_card", "passport", "certificate_of_identity", "mou", "border_pass",
    "seabook", "employment_contract", "complaint", "referral", "shelter", "mdt", "forced_labour", "trafficking",
    "severance_pay", "sick_leave", "maternity_leave", "rest_day",
)


def test_the_shipped_handbook_is_the_newest_version() -> None:
    assert SHIPPED.name == "handbook.v1.json"
    handbook = load_handbook()
    assert handbook.version == RAW["version"] and handbook.source_name == "handbook.v1.json"


def test_glossary_has_at_least_80_terms_each_in_all_five_languages_in_the_right_script() -> None:
    handbook = load_handbook()
    assert len(handbook.glossary) >= 80
    for term in handbook.glossary:
        assert set(term.term) == set(LANGUAGES), term.id
        for language in LANGUAGES:
            text = term.term[language]
            assert text.strip(), (term.id, language)
            if language in SCRIPT_OF:
                assert dominant_script(text) == SCRIPT_OF[language], (term.id, language, text)
            else:
                assert text.isascii() or all(ord(c) < 0x2100 for c in text), (term.id, text)


def test_every_term_has_a_legal_basis_or_an_explicit_none() -> None:
    handbook = load_handbook()
    for raw, term in zip(RAW["glossary"], handbook.glossary, strict=True):
        assert raw["legal_basis"] == "none" or (isinstance(raw["legal_basis"], list) and raw["legal_basis"])
        assert term.has_statutory_basis == (raw["legal_basis"] != "none"), term.id
        for section in term.legal_basis:
            assert handbook.legal.laws[section.law].title["en"]
    assert any(not t.has_statutory_basis for t in handbook.glossary)
    assert sum(t.has_statutory_basis for t in handbook.glossary) >= 70


def test_the_everyday_terms_are_there() -> None:
    handbook = load_handbook()
    missing = [term_id for term_id in EVERYDAY_TERMS if handbook.term(term_id) is None]
    assert missing == []


@pytest.mark.parametrize(
    ("term_id", "expected"),
    [
        ("minimum_wage", {"LPA:90"}),
        ("document_retention", {"ROFW:131", "ATIP:4"}),
        ("forced_labour", {"ATIP:4", "ATIP:6/1"}),
        ("deposit", {"LPA:10"}),
        ("severance_pay", {"LPA:118"}),
    ],
)
def test_legal_basis_names_the_statute_and_section(term_id: str, expected: set[str]) -> None:
    term = load_handbook().term(term_id)
    assert term is not None
    assert expected <= {s.key for s in term.legal_basis}


def test_sections_come_from_legal_sections_json_where_it_has_them() -> None:
    legal = load_legal_reference()
    assert [key for key in RAW["sections"] if key in legal] == []
    handbook = load_handbook()
    wage = handbook.term("minimum_wage")
    assert wage is not None
    lpa90 = next(s for s in wage.legal_basis if s.key == "LPA:90")
    assert lpa90 is legal.get("LPA:90")  # the shared entry itself, with its "verify" flag
    assert wage.legal_to_be_confirmed and "reference to be confirmed" in handbook.citation(lpa90, "en")
    assert handbook.citation(lpa90, compact=True) == "LPA 90*"


def test_code_of_conduct_and_safeguards_cover_the_programme_rules() -> None:
    handbook = load_handbook()
    assert {i.id for i in handbook.conduct.items} >= {
        "impartial", "confidential", "faithful", "first_person", "no_advice", "unclear", "step_aside"}
    assert {i.id for i in handbook.safeguards.items} >= {
        "private", "employer_absent", "consent", "right_to_stop", "limit_sharing", "coded_identity", "same_gender",
        "promise_nothing", "referral_info"}
    for item in (*handbook.conduct.items, *handbook.safeguards.items):
        assert all(item.text[language].strip() for language in LANGUAGES), item.id
        for language, script in SCRIPT_OF.items():
            assert dominant_script(item.text[language]) == script, (item.id, language)
    faithful = next(i for i in handbook.conduct.items if i.id == "faithful").text["en"]
    assert "add nothing" in faithful and "leave nothing out" in faithful


def test_untranslated_checks_are_listed_per_entry() -> None:
    """Burmese, Khmer and Lao were written for the app: each entry says so until a coordinator checks it."""
    handbook = load_handbook()
    for entry in (*handbook.glossary, *handbook.conduct.items, *handbook.safeguards.items):
        assert entry.to_be_confirmed <= set(LANGUAGES)
    unchecked = {lang for t in handbook.glossary for lang in t.to_be_confirmed}
    assert unchecked == {"my", "km", "lo"}


# --------------------------------------------------------------------------- bad data


def _write(tmp_path: Path, doc: Any) -> Path:
    path = tmp_path / "handbook.v9.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _term(doc: dict[str, Any], term_id: str) -> dict[str, Any]:
    return next(t for t in doc["glossary"] if t["id"] == term_id)


def _drop_khmer(doc: dict[str, Any]) -> None:
    del _term(doc, "wage")["term"]["km"]


def _unknown_section(doc: dict[str, Any]) -> None:
    _term(doc, "deposit")["legal_basis"] = ["LPA:999"]


def _empty_basis(doc: dict[str, Any]) -> None:
    _term(doc, "broker")["legal_basis"] = []


def _too_few_terms(doc: dict[str, Any]) -> None:
    doc["glossary"] = doc["glossary"][:40]


def _twice(doc: dict[str, Any]) -> None:
    doc["glossary"].append(copy.deepcopy(_term(doc, "passport")))


def _unknown_category(doc: dict[str, Any]) -> None:
    _term(doc, "visa")["category"] = "weather"


def _blank_lao(doc: dict[str, Any]) -> None:
    doc["parts"][0]["items"][1]["text"]["lo"] = "  "


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_drop_khmer, 'glossary term "wage": term has no Khmer ("km") text'),
        (_unknown_section, 'glossary term "deposit": legal basis "LPA:999" is neither in legal_sections.json'),
        (_empty_basis, 'glossary term "broker": legal_basis must be a list of section keys such as "LPA:90", '
                       'or "none"'),
        (_too_few_terms, "the glossary has 40 terms; at least 80 are required"),
        (_twice, 'glossary term "passport" appears twice'),
        (_unknown_category, 'glossary term "visa": category "weather" is not listed'),
        (_blank_lao, 'part "conduct", item "impartial": text.lo is empty'),
    ],
)
def test_damaged_data_is_refused_with_a_message_naming_the_entry(
        tmp_path: Path, damage: Callable[[dict[str, Any]], None], message: str) -> None:
    doc = copy.deepcopy(RAW)
    damage(doc)
    with pytest.raises(HandbookError) as caught:
        load_handbook(_write(tmp_path, doc))
    assert caught.value.message.startswith("handbook.v9.json: ")
    assert message in caught.value.message


def test_unreadable_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "handbook.v2.json"
    path.write_text('{\n  "schema_version": 1,\n  "version": \n}', encoding="utf-8")
    with pytest.raises(HandbookError, match=r"handbook.v2.json: invalid JSON at line 4"):
        load_handbook(path)
    with pytest.raises(HandbookError, match="cannot be read"):
        load_handbook(tmp_path / "missing.json")


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    doc = copy.deepcopy(RAW)
    path = _write(tmp_path, doc)
    assert load_handbook(path).term("wage").term["en"] == "wage"  # type: ignore[union-attr]
    _term(doc, "wage")["term"]["en"] = "wages"
    path.write_text(json.dumps(doc, ensure_ascii=False) + " ", encoding="utf-8")
    assert load_handbook(path).term("wage").term["en"] == "wages"  # type: ignore[union-attr]
