"""Recognising what the 0001-era app wrote into a finding, and what replaces it."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.core.checklists import ItemDef, index_items, load_templates
from inspector_app.core.legacy_findings import LegacyFinding, by_script, derive

ITEMS = index_items(load_templates())
TAK = {"province_code": "63", "district_code": "6306", "on_date": date(2025, 3, 1)}


def legacy(item: ItemDef | None, title: str | None, description: str | None = None, action: str | None = None,
           *, rule: str | None = None, answer: tuple[str, object] | None = ("non_compliant", None)) -> LegacyFinding:
    return LegacyFinding(rule=rule, item=item, title=title, description=description, required_action=action,
                         answer=answer, place=TAK)


@pytest.mark.parametrize("screen", ["en", "th"])
def test_a_finding_accepted_on_either_screen_gets_both_languages(screen: str) -> None:
    item = ITEMS["FAC-I-04"]
    description = {"en": "Checklist item FAC-I-04 was answered non-compliant.",
                   "th": "รายการตรวจ FAC-I-04 ไม่เป็นไปตามกฎหมาย"}[screen]
    new = derive(legacy(item, item.label[screen], description), frozen=False)
    assert new.columns["title_th"] == "เครื่องจักรไม่มีการ์ดป้องกันหรือปุ่มหยุดฉุกเฉินที่ใช้งานได้"
    assert new.columns["title_en"] == "Machines lack guards or working emergency stops"
    assert new.columns["required_action_en"].startswith("Fit guards to all moving parts")
    assert new.columns["description_th"] is None and new.columns["description_en"] is None
    assert new.edited == [] and new.rederived and new.deadline_days == 7


def test_a_question_answered_with_a_violating_choice_gets_that_choices_words() -> None:
    item = ITEMS["LPA-D-01"]
    new = derive(legacy(item, item.label["en"], "Checklist item LPA-D-01 was answered non-compliant. "
                        "Answer: A broker or recruitment agent.", answer=("non_compliant", "broker")), frozen=False)
    assert new.columns["title_en"] == "Workers' passports and work permits are held by a broker or recruitment agent"
    assert new.columns["required_action_th"].startswith("ให้นายจ้างดำเนินการให้นายหน้าคืน")
    assert new.columns["description_en"] is None


def test_a_rule_finding_keeps_its_particulars_in_both_languages() -> None:
    item = ITEMS["LPA-E-01"]
    old_description = "A daily wage of 300 THB is below the minimum wage of 352 THB for Tak (in force from 2025-01-01)."
    new = derive(legacy(item, "Wage below the legal minimum", old_description, rule="min_wage",
                        answer=("compliant", "300")), frozen=False)
    assert new.columns["title_en"] == "Workers are paid less than the minimum daily wage for the province"
    assert "300" in new.columns["description_th"] and "352" in new.columns["description_th"]
    assert new.columns["description_en"] == old_description
    assert new.edited == []
    # Particulars the recorded answer no longer gives are kept as they were written.
    changed = derive(legacy(item, "Wage below the legal minimum", old_description, rule="min_wage",
                            answer=("compliant", "310")), frozen=False)
    assert (changed.columns["description_en"], changed.columns["description_th"]) == (old_description, None)
    assert changed.edited == ["description"]


def test_an_inspectors_words_are_never_replaced() -> None:
    item = ITEMS["LPA-E-02"]
    new = derive(legacy(item, "ค่าจ้างเดือนกันยายนยังไม่ได้จ่าย", "Paid 20 days late in September",
                        "จ่ายค่าจ้างที่ค้างภายในวันศุกร์"), frozen=False)
    assert (new.columns["title_th"], new.columns["title_en"]) == ("ค่าจ้างเดือนกันยายนยังไม่ได้จ่าย", None)
    assert (new.columns["description_th"], new.columns["description_en"]) == (None, "Paid 20 days late in September")
    assert (new.columns["required_action_th"], new.columns["required_action_en"]) == ("จ่ายค่าจ้างที่ค้างภายในวันศุกร์", None)
    assert new.edited == ["title", "description", "required_action"] and not new.rederived


def test_a_signed_finding_keeps_its_wording_in_both_languages() -> None:
    item = ITEMS["LPA-F-02"]
    new = derive(legacy(item, item.label["en"], item.label["th"], "แก้ไขให้ถูกต้องตามกฎหมาย / Correct as the law requires"),
                 frozen=True)
    assert (new.columns["title_th"], new.columns["title_en"]) == (item.label["th"], item.label["en"])
    assert new.columns["description_th"] is None  # it only repeated the title, now in both languages
    assert (new.columns["required_action_th"], new.columns["required_action_en"]) == (
        "แก้ไขให้ถูกต้องตามกฎหมาย", "Correct as the law requires")
    assert not new.rederived and new.deadline_days is None


def test_a_finding_on_a_safeguard_says_it_was_not_met() -> None:
    item = ITEMS["SG-A-01"]
    new = derive(legacy(item, item.label["en"]), frozen=False)
    assert new.columns["title_en"].startswith("Not met: Interview held in private")


def test_one_language_texts_go_to_their_language() -> None:
    assert by_script("ค่าจ้างค้างจ่าย") == {"th": "ค่าจ้างค้างจ่าย", "en": None}
    assert by_script("Wages unpaid") == {"th": None, "en": "Wages unpaid"}
    assert by_script("ค่าจ้างค้างจ่าย / Wages unpaid") == {"th": "ค่าจ้างค้างจ่าย", "en": "Wages unpaid"}
    assert by_script(None) == {"th": None, "en": None}
