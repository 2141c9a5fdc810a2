"""An item's result as it is stored and read back: a choice's result follows the choice, and where an age or a
wage judges the item, the value decides the result everything shows, whatever was ticked."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.core.checklists import ItemDef
from inspector_app.core.rules import effective_result, propose_for_answer
from inspector_app.core.services import checklist
from inspector_app.core.store import Store
from inspector_app.core.views import editor as editor_views

from .helpers import new_inspection

PASSPORTS = "LPA-D-01"  # "Who holds the workers' passports?": employer, broker and other are violations
AGE = "LPA-C-01"  # child_age: under 15 is child labour
WAGE = "LPA-E-01"  # min_wage: Tak (63) pays at least 352 THB a day from 2025-01-01
VISIT = date(2026, 11, 20)  # new_inspection's visit, in Tak


def read_back(store: Store, inspection_id: str, code: str) -> tuple[str, str | None, str, str | None]:
    """The stored tick and value, and the result the editor, the counts and the reports take from them."""
    content = editor_views.checklist(store, inspection_id)
    assert content is not None
    item = next(t.item(code) for t in content.templates if t.has_item(code))
    answer = content.answers[code]
    judged = effective_result(item, answer.result, answer.value, province_code=content.province_code,
                              on_date=content.visit_date, district_code=content.district_code)
    return answer.result, answer.value, judged.result, str(judged.reason) if judged.reason else None


def item(store: Store, inspection_id: str, code: str) -> ItemDef:
    content = editor_views.checklist(store, inspection_id)
    assert content is not None
    return next(t.item(code) for t in content.templates if t.has_item(code))


# -- a choice question ---------------------------------------------------------------------------------------


def test_a_choice_switched_to_a_compliant_one_is_stored_compliant_and_back_again(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, PASSPORTS, value="employer")
    assert read_back(store, inspection_id, PASSPORTS) == ("non_compliant", "employer", "non_compliant", None)

    checklist.save_answer(store, inspection_id, PASSPORTS, value="workers")
    assert read_back(store, inspection_id, PASSPORTS) == ("compliant", "workers", "compliant", None)

    checklist.save_answer(store, inspection_id, PASSPORTS, value="broker")
    assert read_back(store, inspection_id, PASSPORTS) == ("non_compliant", "broker", "non_compliant", None)


def test_a_choice_saved_with_its_result_then_switched_follows_the_new_choice(store: Store) -> None:
    """An answer saved with the violation's result (as the editor saves a pick), then only a new choice."""
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, PASSPORTS, result="non_compliant", value="employer")
    checklist.save_answer(store, inspection_id, PASSPORTS, value="workers")
    assert read_back(store, inspection_id, PASSPORTS) == ("compliant", "workers", "compliant", None)


def test_a_choice_picked_after_not_applicable_answers_the_item(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, PASSPORTS, result="not_applicable")
    checklist.save_answer(store, inspection_id, PASSPORTS, value="workers")
    assert read_back(store, inspection_id, PASSPORTS)[:3] == ("compliant", "workers", "compliant")


def test_a_tick_against_the_choice_is_kept_but_the_choice_decides(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, PASSPORTS, value="workers")
    checklist.save_answer(store, inspection_id, PASSPORTS, result="non_compliant")  # e.g. an old answer
    assert read_back(store, inspection_id, PASSPORTS) == (
        "non_compliant", "workers", "compliant",
        "The answer “The workers themselves” is not a violation: recorded as compliant.")
    passports = item(store, inspection_id, PASSPORTS)
    assert propose_for_answer(passports, "non_compliant", "workers", province_code="63", on_date=VISIT) is None


# -- a number judged by its rule -----------------------------------------------------------------------------


def test_age_14_ticked_compliant_is_read_back_non_compliant_with_the_tick_kept(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, AGE, result="compliant")
    checklist.save_answer(store, inspection_id, AGE, value="14")
    assert read_back(store, inspection_id, AGE) == (
        "compliant", "14", "non_compliant", "Age 14 is under 15: recorded as non-compliant.")


def test_an_age_typed_with_nothing_ticked_is_stored_as_it_judges(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, AGE, value="14")
    assert read_back(store, inspection_id, AGE) == ("non_compliant", "14", "non_compliant", None)
    # Corrected to 15: the tick was the value's own, so it follows the value (15 is not under 15).
    checklist.save_answer(store, inspection_id, AGE, value="15")
    assert read_back(store, inspection_id, AGE) == ("compliant", "15", "compliant", None)


def test_age_15_ticked_non_compliant_is_compliant(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, AGE, result="non_compliant", value="15")
    assert read_back(store, inspection_id, AGE) == (
        "non_compliant", "15", "compliant", "Age 15 is not under 15: recorded as compliant.")


@pytest.mark.parametrize(("ticked", "wage", "result"), [
    ("compliant", "300", "non_compliant"), ("non_compliant", "352", "compliant"), ("compliant", "351.5", "non_compliant"),
])
def test_a_wage_is_judged_by_the_minimum_wage_of_the_province_on_the_visit_day(
        store: Store, ticked: str, wage: str, result: str) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, WAGE, result=ticked, value=wage)
    stored, value, shown, reason = read_back(store, inspection_id, WAGE)
    assert (stored, value, shown) == (ticked, wage, result)
    assert reason is not None and "352 THB" in reason and f"{wage} THB" in reason


def test_a_wage_typed_with_nothing_ticked_is_stored_as_the_minimum_wage_judges_it(store: Store) -> None:
    inspection_id = new_inspection(store)
    checklist.save_answer(store, inspection_id, WAGE, value="300")
    assert read_back(store, inspection_id, WAGE) == ("non_compliant", "300", "non_compliant", None)


def test_without_a_known_minimum_wage_the_tick_stands(store: Store) -> None:
    inspection_id = new_inspection(store)
    wage = item(store, inspection_id, WAGE)
    for province, day in (("63", date(2000, 1, 1)), (None, VISIT), ("63", None)):  # no rate, no place, no day
        judged = effective_result(wage, "compliant", "300", province_code=province, on_date=day)
        assert (judged.result, judged.reason) == ("compliant", None)
    # Not applicable and not checked stand too: an item set aside is not judged by a value left in it.
    set_aside = effective_result(wage, "not_applicable", "300", province_code="63", on_date=VISIT)
    assert set_aside.result == "not_applicable"
