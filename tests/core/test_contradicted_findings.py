"""A finding recorded for a checklist item whose answer, as it stands, shows no violation.

The report would call the item Compliant and list a violation of it, and the employer's notice would list the
violation alone. So an inspection is not marked completed (and so never signed) while one stands: the
inspector corrects the answer, or says what became of the finding. The full report of an inspection in that
state (a draft, or one completed before this check) says so in red beside the finding."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.models import Finding, Inspection
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import checklist, findings, inspections
from inspector_app.core.store import Store
from inspector_app.core.views import editor as editor_views
from inspector_app.reports import build_report

from ..reports.test_reports import embedded
from .helpers import new_inspection
from .test_write_path import answer_all

PASSPORTS = "LPA-D-01"  # who holds the passports: "employer" is a violation, "workers" none
AGE = "LPA-C-01"  # child_age: under 15 is child labour
GENERATED = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)


def status(store: Store, inspection_id: str) -> str:
    with store.session() as s:
        return s.get(Inspection, inspection_id).status


def finding_for(store: Store, inspection_id: str, code: str) -> str:
    """The finding the rules propose for the item's answer as it stands, accepted as the editor accepts it."""
    content = editor_views.checklist(store, inspection_id)
    assert content is not None
    item = next(t.item(code) for t in content.templates if t.has_item(code))
    answer = content.answers[code]
    proposal = propose_for_answer(item, answer.result, answer.value, province_code=content.province_code,
                                  on_date=content.visit_date, district_code=content.district_code)
    assert proposal is not None, f"no finding proposed for {code}"
    return findings.accept_proposed(store, inspection_id, proposal).created("findings")


@pytest.fixture
def answered(store: Store) -> str:
    inspection_id = new_inspection(store)
    answer_all(store, inspection_id)
    return inspection_id


def test_a_finding_whose_choice_was_switched_to_a_compliant_one_stops_completion(store: Store,
                                                                                  answered: str) -> None:
    checklist.save_answer(store, answered, PASSPORTS, value="employer")
    finding_for(store, answered, PASSPORTS)
    checklist.save_answer(store, answered, PASSPORTS, value="workers")  # the passports turned out to be theirs

    with pytest.raises(ValidationError) as refused:
        inspections.complete_inspection(store, answered)
    message = str(refused.value)
    assert PASSPORTS in message and "shows no violation" in message and "Findings tab" in message
    assert status(store, answered) == "draft"

    checklist.save_answer(store, answered, PASSPORTS, value="employer")  # the answer was the mistake
    inspections.complete_inspection(store, answered)
    assert status(store, answered) == "completed"


def test_an_age_corrected_above_the_limit_stops_completion_until_the_finding_is_dismissed(store: Store,
                                                                                          answered: str) -> None:
    checklist.save_answer(store, answered, AGE, result="compliant", value="14")  # the value decides: a violation
    finding_id = finding_for(store, answered, AGE)
    checklist.save_answer(store, answered, AGE, value="17")  # the worker's document gave another birth year

    with pytest.raises(ValidationError, match=AGE):
        inspections.complete_inspection(store, answered)
    findings.update_finding(store, finding_id, status="dismissed")
    inspections.complete_inspection(store, answered)
    assert status(store, answered) == "completed"


def test_a_finding_remedied_on_the_spot_and_its_item_ticked_compliant_does_not_stop_completion(
        store: Store, answered: str) -> None:
    checklist.save_answer(store, answered, PASSPORTS, value="employer")
    finding_id = finding_for(store, answered, PASSPORTS)
    findings.update_finding(store, finding_id, status="remedied")  # handed back during the visit
    checklist.save_answer(store, answered, PASSPORTS, value="workers")

    inspections.complete_inspection(store, answered)
    assert status(store, answered) == "completed"


def test_the_full_report_says_beside_the_finding_that_the_answer_disagrees(store: Store, answered: str) -> None:
    checklist.save_answer(store, answered, PASSPORTS, value="employer")
    checklist.save_answer(store, answered, AGE, result="compliant", value="14")
    finding_for(store, answered, PASSPORTS)
    finding_for(store, answered, AGE)
    checklist.save_answer(store, answered, PASSPORTS, value="workers")

    source = json.loads(embedded(build_report(store, "full", answered, generated_at=GENERATED)))
    by_item = {f["item_code"]: f for f in source["findings"]}
    assert by_item[PASSPORTS].get("answer_disagrees") is True
    assert "answer_disagrees" not in by_item[AGE]  # age 14 stands as the violation it records
    items = {i["code"]: i for t in source["checklist"] for sec in t["sections"] for i in sec["items"]}
    assert items[PASSPORTS]["result"] == "compliant"  # what the reader would have read without the warning
    with store.session() as s:
        assert len(s.scalars(select(Finding).where(Finding.inspection_id == answered)).all()) == 2
