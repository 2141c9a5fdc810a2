"""Rules: each fires on its case and stays silent on the near miss."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import pytest

from inspector_app.core.checklists import (
    ChoiceDef,
    FindingTexts,
    ItemDef,
    SectionDef,
    TemplateDef,
    TemplateError,
    default_templates_dir,
    load_template,
)
from inspector_app.core.legal import (
    ReferenceDataError,
    default_legal_path,
    load_legal_reference,
)
from inspector_app.core.rules import (
    CHILD_LABOUR_REFS,
    FORCED_LABOUR_REFERRAL_TARGETS,
    FORCED_LABOUR_REFS,
    MIN_WAGE_REFS,
    ProposedFinding,
    WorkerFacts,
    evaluate,
    propose_for_answer,
    propose_for_indicators,
    propose_for_worker,
)

TAK = "63"
ON = date(2025, 3, 1)  # Tak minimum 352 THB/day


def labels(en: str, th: str) -> MappingProxyType[str, str]:
    return MappingProxyType({"en": en, "th": th})


def texts(violation: str, action: str, refs: tuple[str, ...], days: int = 30) -> FindingTexts:
    return FindingTexts(violation=labels(violation, f"{violation} (th)"), action=labels(action, f"{action} (th)"),
                        deadline_days=days, action_refs=refs)


AGE_ITEM = ItemDef(
    code="TST-C-01", section_code="C", position=1, answer_type="number",
    label=labels("Age of the youngest worker", "อายุลูกจ้างที่อายุน้อยที่สุด"),
    legal_refs=("LPA:44", "LPA:45"), default_severity="S1", rule="child_age", unit="years",
    finding=FindingTexts(
        violation=labels("A child under 15 works on site", "มีเด็กอายุต่ำกว่า 15 ปีทำงานในไซต์"),
        action=labels("Stop the child working at once", "ให้เด็กหยุดทำงานโดยทันที"),
        deadline_days=0, action_refs=("LPA:44",),
    ),
)
WAGE_ITEM = ItemDef(
    code="TST-E-01", section_code="E", position=1, answer_type="number",
    label=labels("Lowest daily wage paid", "ค่าจ้างรายวันต่ำสุด"),
    legal_refs=("LPA:90",), default_severity="S2", rule="min_wage", unit="THB/day",
    finding=texts("Wages below the minimum", "Pay at least the minimum", ("LPA:90",), 15),
)
REST_DAY_ITEM = ItemDef(
    code="TST-F-01", section_code="F", position=1, answer_type="compliance",
    label=labels("At least one rest day a week", "มีวันหยุดประจำสัปดาห์"),
    legal_refs=("LPA:28",), default_severity="S2",
    finding=FindingTexts(
        violation=labels("Workers do not get a weekly rest day", "นายจ้างไม่จัดให้ลูกจ้างมีวันหยุดประจำสัปดาห์"),
        action=labels("Give every worker a rest day each week", "ให้จัดวันหยุดประจำสัปดาห์แก่ลูกจ้างทุกคน"),
        deadline_days=7, action_refs=("LPA:28",),
    ),
)
PASSPORT_ITEM = ItemDef(
    code="TST-D-01", section_code="D", position=1, answer_type="choice",
    label=labels("Who holds the passport?", "ใครเก็บหนังสือเดินทาง"),
    legal_refs=("ROFW:131",), default_severity="S1",
    indicator="retention_of_documents", strong_indicator=True,
    choices=(
        ChoiceDef(code="worker", label=labels("The worker", "ลูกจ้าง")),
        ChoiceDef(code="employer", label=labels("The employer", "นายจ้าง"),
                  finding=texts("The employer holds the passports", "Return the passports", ("ROFW:131",), 0)),
    ),
    non_compliant_choices=("employer",),
)
DEBT_ITEM = ItemDef(
    code="TST-B-01", section_code="B", position=1, answer_type="compliance",
    label=labels("Worker is free of recruitment debt", "ลูกจ้างไม่มีหนี้ค่าหางาน"),
    legal_refs=("ATIP:6/1",), default_severity="S1",
    indicator="debt_bondage", strong_indicator=True,
    finding=texts("Workers are held by recruitment debts", "Stop deducting the debts", ("LPA:76",), 0),
)
ISOLATION_ITEM = ItemDef(
    code="TST-B-02", section_code="B", position=2, answer_type="compliance",
    label=labels("Workers can contact family", "ลูกจ้างติดต่อครอบครัวได้"),
    legal_refs=("ATIP:6/1",), default_severity="S2", indicator="isolation",
    finding=texts("Workers cannot contact family", "Return the phones", ("ATIP:6/1",), 0),
)
SAFEGUARD_ITEM = ItemDef(
    code="TST-A-01", section_code="A", position=1, answer_type="compliance",
    label=labels("Interview held in private", "สัมภาษณ์เป็นการส่วนตัว"), safeguard=True, default_severity="S3",
)
# An item of a template published before finding texts existed.
LEGACY_ITEM = ItemDef(
    code="TST-H-01", section_code="H", position=1, answer_type="compliance",
    label=labels("Work rules posted", "ปิดประกาศข้อบังคับ"), legal_refs=("LPA:108",), default_severity="S4",
)


def template(*items: ItemDef) -> TemplateDef:
    return TemplateDef(
        code="TEST", version=1, kind="base", sector="general",
        effective_from=date(2025, 1, 1), effective_to=None,
        title=labels("Test", "ทดสอบ"), description=None,
        sections=(SectionDef(code="X", title=labels("All", "ทั้งหมด"), items=items),),
        source_name="test.v1.json", sha256="0" * 64, document={},
    )


INSPECTION = template(DEBT_ITEM, ISOLATION_ITEM, AGE_ITEM, PASSPORT_ITEM, WAGE_ITEM, REST_DAY_ITEM)


# --------------------------------------------------------------------------- single answers


@pytest.mark.parametrize(
    ("age", "fires"),
    [(14, True), (13.0, True), ("12", True), (Decimal("14.9"), True),
     (15, False), ("15", False), (16, False), (40, False)],
)
def test_child_age_rule(age: Any, fires: bool) -> None:
    finding = propose_for_answer(AGE_ITEM, "compliant", age)
    if not fires:
        assert finding is None
        return
    assert finding is not None
    assert (finding.rule, finding.severity, finding.item_code) == ("child_age", "S1", "TST-C-01")
    assert finding.legal_refs[0] == "LPA:44" and "LPA:45" in finding.legal_refs
    assert finding.requires_referral
    # The item's own words for its rule: what is wrong, what to do, at once.
    assert finding.title["en"] == "A child under 15 works on site" and "15 ปี" in finding.title["th"]
    assert finding.required_action["th"] == "ให้เด็กหยุดทำงานโดยทันที"
    assert finding.deadline_days == 0


def test_age_of_exactly_15_never_fires_however_it_was_ticked() -> None:
    assert propose_for_answer(AGE_ITEM, "non_compliant", 15) is None


@pytest.mark.parametrize(
    ("wage", "fires"),
    [(351, True), ("351.99", True), (300, True), (352, False), ("352.00", False), (400, False)],
)
def test_min_wage_rule_in_tak(wage: Any, fires: bool) -> None:
    finding = propose_for_answer(WAGE_ITEM, "compliant", wage, province_code=TAK, on_date=ON)
    if not fires:
        assert finding is None
        return
    assert finding is not None
    assert (finding.rule, finding.severity, finding.item_code) == ("min_wage", "S2", "TST-E-01")
    assert finding.legal_refs == ("LPA:90",)
    assert "352 THB" in finding.description["en"] and "Tak" in finding.description["en"]
    assert "ตาก" in finding.description["th"]


def test_min_wage_uses_the_district_rate() -> None:
    samui = {"province_code": "84", "district_code": "8404", "on_date": ON}
    assert propose_for_answer(WAGE_ITEM, "compliant", 399, **samui) is not None
    assert propose_for_answer(WAGE_ITEM, "compliant", 400, **samui) is None
    assert propose_for_answer(WAGE_ITEM, "compliant", 399, province_code="84", on_date=ON) is None


def test_min_wage_without_a_place_falls_back_to_the_result() -> None:
    # No province or date, or a date before any known rate: the rule cannot judge.
    assert propose_for_answer(WAGE_ITEM, "compliant", 100) is None
    early = propose_for_answer(
        WAGE_ITEM, "non_compliant", 100, province_code=TAK, on_date=date(2020, 1, 1)
    )
    assert early is not None and early.rule == "item" and early.severity == "S2"


@pytest.mark.parametrize(
    ("result", "fires"),
    [("non_compliant", True), ("compliant", False), ("not_applicable", False), ("not_checked", False)],
)
def test_plain_item_result(result: str, fires: bool) -> None:
    finding = propose_for_answer(REST_DAY_ITEM, result)
    assert (finding is not None) == fires
    if finding:
        assert (finding.rule, finding.item_code, finding.legal_refs, finding.severity) == (
            "item", "TST-F-01", ("LPA:28",), "S2")
        # The reader's words, never the checklist's compliant wording.
        assert dict(finding.title) == {"en": "Workers do not get a weekly rest day",
                                       "th": "นายจ้างไม่จัดให้ลูกจ้างมีวันหยุดประจำสัปดาห์"}
        assert finding.required_action["en"] == "Give every worker a rest day each week"
        assert finding.deadline_days == 7
        assert not finding.description
        assert not finding.requires_referral


@pytest.mark.parametrize(("choice", "fires"), [("employer", True), ("worker", False), (None, False)])
def test_non_compliant_choice_fires_even_if_ticked_compliant(choice: str | None, fires: bool) -> None:
    finding = propose_for_answer(PASSPORT_ITEM, "compliant", choice)
    assert (finding is not None) == fires
    if finding:
        assert (finding.severity, finding.legal_refs) == ("S1", ("ROFW:131",))
        assert finding.title["en"] == "The employer holds the passports"
        assert (finding.required_action["en"], finding.deadline_days) == ("Return the passports", 0)
        assert finding.requires_referral


@pytest.mark.parametrize("choice", ["worker", None, "nobody"])
def test_a_question_ticked_non_compliant_without_a_violating_choice_proposes_nothing(choice: str | None) -> None:
    assert propose_for_answer(PASSPORT_ITEM, "non_compliant", choice) is None


def test_a_safeguard_never_proposes_a_finding() -> None:
    # It records how the interview was held: never a matter for the employer to correct.
    assert propose_for_answer(SAFEGUARD_ITEM, "non_compliant") is None


def test_the_action_is_ordered_under_its_own_sections_first() -> None:
    debt = propose_for_answer(DEBT_ITEM, "non_compliant")
    assert debt is not None and debt.legal_refs == ("LPA:76", "ATIP:6/1")


def test_an_item_without_texts_still_says_it_was_not_met() -> None:
    finding = propose_for_answer(LEGACY_ITEM, "non_compliant")
    assert finding is not None
    assert finding.title["en"] == "Not met: Work rules posted"
    assert finding.title["th"].startswith("ไม่เป็นไปตามรายการตรวจ")
    assert finding.required_action["en"] and finding.deadline_days == 30


def test_not_checked_silences_even_a_child_age() -> None:
    assert propose_for_answer(AGE_ITEM, "not_checked", 12) is None
    assert propose_for_answer(AGE_ITEM, "not_applicable", 12) is None


def test_unknown_result_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown answer result 'yes'"):
        propose_for_answer(REST_DAY_ITEM, "yes")


# --------------------------------------------------------------------------- workers


@pytest.mark.parametrize(
    ("age", "wage", "rules"),
    [
        (14, 400, ["child_age"]),
        (14, 300, ["child_age", "min_wage"]),
        (15, 352, []),  # both near misses
        (30, 351, ["min_wage"]),
        (None, None, []),
        (30, None, []),
    ],
)
def test_propose_for_worker(age: int | None, wage: float | None, rules: list[str]) -> None:
    findings = propose_for_worker(age, wage, TAK, ON)
    assert [f.rule for f in findings] == rules
    for finding in findings:  # from an interview, not an item: the rule's own words
        assert finding.title["th"] and finding.title["en"] and not finding.title["en"].endswith("?")
        assert finding.required_action["th"] and finding.required_action["en"]
        assert finding.deadline_days is not None
    assert all(f.workers_affected == 1 for f in findings)
    severities = {"child_age": "S1", "min_wage": "S2"}
    assert [f.severity for f in findings] == [severities[r] for r in rules]


def test_worker_wage_before_any_rate_proposes_nothing() -> None:
    assert propose_for_worker(30, 100, TAK, date(2024, 12, 31)) == []


# --------------------------------------------------------------------------- indicators


@pytest.mark.parametrize(
    ("indicators", "fires"),
    [
        (["retention_of_documents", "debt_bondage"], True),
        (["physical_sexual_violence", "intimidation_threats", "isolation"], True),
        (["restriction_of_movement", "retention_of_documents", "debt_bondage"], True),
        (["retention_of_documents"], False),  # one strong indicator alone
        (["retention_of_documents", "retention_of_documents"], False),  # not distinct
        (["retention_of_documents", "isolation"], False),  # one strong and one weak
        (["deception", "isolation", "excessive_overtime", "withholding_of_wages"], False),
        ([], False),
    ],
)
def test_forced_labour_needs_two_strong_indicators(indicators: list[str], fires: bool) -> None:
    finding = propose_for_indicators(indicators)
    assert (finding is not None) == fires
    if finding:
        assert (finding.rule, finding.severity, finding.item_code) == ("forced_labour", "S1", None)
        assert finding.requires_referral
        assert finding.referral_targets == ("MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY")
        assert finding.legal_refs == FORCED_LABOUR_REFS


def test_unknown_indicator_is_an_error() -> None:
    with pytest.raises(ValueError, match="debt-bondage"):
        propose_for_indicators(["debt-bondage", "retention_of_documents"])


# --------------------------------------------------------------------------- whole inspection


def test_evaluate_combines_sources_without_duplicates() -> None:
    answers = {
        "TST-C-01": ("compliant", 13),  # youngest worker seen on site
        "TST-E-01": ("compliant", 320),
        "TST-D-01": ("non_compliant", "employer"),  # strong indicator 1
        "TST-B-01": ("non_compliant", None),  # strong indicator 2
        "TST-B-02": ("compliant", None),
        "TST-F-01": ("non_compliant", None),
    }
    workers = [WorkerFacts(14, 300), (13, 500), (30, 352), (25, Decimal("340"))]
    findings = evaluate(answers, workers, ["isolation"], [INSPECTION], TAK, ON)

    by_rule: dict[str, list[ProposedFinding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    assert {rule: len(found) for rule, found in by_rule.items()} == {
        "forced_labour": 1, "child_age": 1, "min_wage": 1, "item": 3,
    }
    child = by_rule["child_age"][0]
    assert (child.item_code, child.workers_affected) == ("TST-C-01", 2)
    assert "youngest 13" in child.description["en"]
    wage = by_rule["min_wage"][0]
    assert (wage.item_code, wage.workers_affected) == ("TST-E-01", 2)
    assert "lowest daily wage is 300 THB" in wage.description["en"]
    assert sorted(f.item_code for f in by_rule["item"]) == ["TST-B-01", "TST-D-01", "TST-F-01"]
    assert [f.severity for f in findings] == sorted(f.severity for f in findings)
    assert findings[0].rule == "forced_labour"


def test_evaluate_counts_item_indicators_and_interview_indicators_together() -> None:
    answers = {"TST-D-01": ("compliant", "employer")}
    assert not any(
        f.rule == "forced_labour" for f in evaluate(answers, [], [], [INSPECTION], TAK, ON)
    )
    findings = evaluate(answers, [], ["debt_bondage"], [INSPECTION], TAK, ON)
    assert [f.rule for f in findings] == ["forced_labour", "item"]


def test_evaluate_near_misses_propose_nothing() -> None:
    answers = {
        "TST-C-01": ("compliant", 15),
        "TST-E-01": ("compliant", 352),
        "TST-D-01": ("non_compliant", "worker"),  # ticked wrongly, but the choice is fine
        "TST-B-02": ("not_checked", None),
    }
    # A question is answered by its choice: the stray tick proposes nothing either.
    assert evaluate(answers, [(15, 352), (40, 352)], ["retention_of_documents"], [INSPECTION], TAK, ON) == []


def test_evaluate_refuses_answers_for_unknown_items() -> None:
    with pytest.raises(ValueError, match="TST-Z-99"):
        evaluate({"TST-Z-99": ("non_compliant", None)}, [], [], [INSPECTION], TAK, ON)


# --------------------------------------------------------------------------- shipped content


def _shipped_rule_items(rule: str) -> list[ItemDef]:
    # Collected at import time, file by file: a broken template must not hide the rule
    # items of the others (test_checklists.py reports the broken one).
    if not default_legal_path().is_file():
        return []
    items = []
    for path in sorted(default_templates_dir().glob("*.json")):
        try:
            items.extend(i for i in load_template(path).items() if i.rule == rule)
        except (TemplateError, ReferenceDataError):
            continue
    return items


def test_rule_legal_refs_exist_in_the_shipped_reference() -> None:
    legal = load_legal_reference()
    for key in (*CHILD_LABOUR_REFS, *MIN_WAGE_REFS, *FORCED_LABOUR_REFS):
        assert key in legal, key


def test_referral_targets_are_the_agreed_codes() -> None:
    assert FORCED_LABOUR_REFERRAL_TARGETS == ("MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY")


@pytest.mark.parametrize("item", _shipped_rule_items("child_age"), ids=lambda i: i.code)
def test_shipped_child_age_items_fire(item: ItemDef) -> None:
    finding = propose_for_answer(item, "compliant", 14)
    assert finding is not None
    assert propose_for_answer(item, "compliant", 15) is None
    # The texts fit the rule's finding: a child under 15, stopped at once.
    assert "under 15" in finding.title["en"] and "ต่ำกว่า 15 ปี" in finding.title["th"]
    assert "at once" in finding.required_action["en"] and "โดยทันที" in finding.required_action["th"]
    assert finding.deadline_days == 0 and finding.legal_refs[0] == "LPA:44"


@pytest.mark.parametrize("item", _shipped_rule_items("min_wage"), ids=lambda i: i.code)
def test_shipped_min_wage_items_fire(item: ItemDef) -> None:
    finding = propose_for_answer(item, "compliant", 351, province_code=TAK, on_date=ON)
    assert finding is not None
    assert propose_for_answer(item, "compliant", 352, province_code=TAK, on_date=ON) is None
    # The texts fit the rule's finding: below the minimum wage, pay the difference.
    assert "minimum daily wage" in finding.title["en"] and "ค่าจ้างขั้นต่ำ" in finding.title["th"]
    assert "difference owed" in finding.required_action["en"] and "ส่วนต่าง" in finding.required_action["th"]
    assert "352 THB" in finding.description["en"]
