"""Finding glossary terms the way coordinators type them: any of five languages, any keyboard."""

from __future__ import annotations

import pytest

from inspector_app.core.handbook import load_handbook
from inspector_app.core.handbook_search import query_forms, search, search_key
from inspector_app.i18n.zawgyi import is_zawgyi, zawgyi_to_unicode

# Zawgyi is written as code points: in an editor it would show as whatever font is installed.
ZAWGYI_PASSPORT = ("\u108f\u102d\u102f\u1004\u1039\u1004\u1036\u1000\u1030\u1038"
                   "\u101c\u1000\u1039\u1019\u103d\u1010\u1039")  # နိုင်ငံကူးလက်မှတ်
ZAWGYI_BROKER = "\u1021\u1000\u103a\u102d\u102f\u1038\u1031\u1006\u102c\u1004\u1039"  # အကျိုးဆောင်
ZAWGYI_WAGE = "\u101c\u102f\u1015\u1039\u1001"  # လုပ်ခ: too short for the detector to be sure


def first(query: str) -> str:
    hits = search(load_handbook(), query)
    assert hits, f"nothing found for {query!r}"
    return hits[0].term.id


@pytest.mark.parametrize(
    ("query", "term_id", "language"),
    [
        ("အကျိုးဆောင်", "broker", "my"),
        ("နိုင်ငံကူးလက်မှတ်", "passport", "my"),  # typed without the space the glossary has
        ("ပန်းရောင် ကတ်", "pink_card", "my"),
        ("មេខ្យល់", "broker", "km"),
        ("ប័ណ្ណការងារ", "work_permit", "km"),
        ("ໜັງສືຜ່ານແດນ", "passport", "lo"),
        ("ນາຍໜ້າ", "broker", "lo"),
        ("ใบอนุญาตทำงาน", "work_permit", "th"),
        ("นายหน้า", "broker", "th"),
        ("หลักประกันการทำงาน", "deposit", "th"),
    ],
)
def test_a_term_typed_in_its_own_script_is_found_first(query: str, term_id: str, language: str) -> None:
    hits = search(load_handbook(), query)
    assert hits[0].term.id == term_id
    assert hits[0].language == language


@pytest.mark.parametrize("query", ["WORK PERMIT", "Work Permit", "work permit", "wörk pérmit", "workpermit"])
def test_english_ignores_case_accents_and_spaces(query: str) -> None:
    assert first(query) == "work_permit"


def test_burmese_typed_in_zawgyi_is_converted_first() -> None:
    assert zawgyi_to_unicode(ZAWGYI_BROKER) == "အကျိုးဆောင်"
    assert is_zawgyi(ZAWGYI_PASSPORT)
    assert first(ZAWGYI_PASSPORT) == "passport"
    assert first(ZAWGYI_BROKER) == "broker"


def test_a_short_zawgyi_word_the_detector_is_unsure_of_is_still_found() -> None:
    assert not is_zawgyi(ZAWGYI_WAGE)
    assert query_forms(ZAWGYI_WAGE)[-1] == search_key("လုပ်ခ")
    assert first(ZAWGYI_WAGE) == "wage"


def test_unicode_burmese_is_not_mangled_by_the_zawgyi_reading() -> None:
    """Text as typed ranks above its Zawgyi reading: a Unicode query finds its own word first."""
    hits = search(load_handbook(), "လုပ်ခ")
    assert hits[0].term.id == "wage" and hits[0].rank == 0


def test_aliases_and_citations_find_terms() -> None:
    assert first("OT") == "overtime"
    assert first("พาสปอร์ต") == "passport"
    assert first("ပတ်စ်ပို့") == "passport"
    ids = [hit.term.id for hit in search(load_handbook(), "ROFW 131")]
    assert {"passport", "work_permit", "pink_card", "certificate_of_identity"} <= set(ids)


def test_empty_query_lists_everything_and_nonsense_finds_nothing() -> None:
    handbook = load_handbook()
    assert len(search(handbook, "  ")) == len(handbook.glossary)
    assert search(handbook, "xyzzy") == []


def test_thai_marks_are_not_stripped() -> None:
    # ค่าจ้าง (wage) and คาจาง (no marks) are different words; only Latin accents are dropped.
    assert search_key("ค่าจ้าง") != search_key("คาจาง")
    assert search_key("Café") == search_key("cafe")
