"""Findings are stored in Thai and English whatever the screen, and an inspector's edits are known."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from inspector_app.core.checklists import index_items, load_templates
from inspector_app.core.errors import ValidationError
from inspector_app.core.models import Finding, OutboxOp
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import findings
from inspector_app.core.store import Store

from .helpers import new_inspection

ITEMS = index_items(load_templates())


def _finding(store: Store, finding_id: str) -> Finding:
    with store.session() as s:
        found = s.get(Finding, finding_id)
        assert found is not None
        return found


def test_an_accepted_proposal_is_stored_in_both_languages_with_its_deadline(store: Store) -> None:
    inspection = new_inspection(store)  # visit 2026-11-20
    proposal = propose_for_answer(ITEMS["LPA-D-01"], "compliant", "employer")
    assert proposal is not None
    finding = _finding(store, findings.accept_proposed(store, inspection, proposal).created("findings"))
    assert finding.title_th == "นายจ้างยึดหนังสือเดินทางและใบอนุญาตทำงานของลูกจ้างไว้"
    assert finding.title_en == "Workers' passports and work permits are held by the employer"
    assert finding.required_action_th.startswith("ให้คืนหนังสือเดินทางและใบอนุญาตทำงานแก่ลูกจ้างทุกคน")
    assert finding.required_action_en.startswith("Return every worker's passport and work permit")
    assert finding.deadline == date(2026, 11, 20)  # "at once": the day of the visit
    assert finding.legal_refs == ["ROFW:131", "ATIP:6/1"]
    assert finding.edited_texts == []
    # The op HQ receives carries both languages.
    with store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity_id == finding.id)).one()
    assert op.fields["title_th"] == finding.title_th and op.fields["title_en"] == finding.title_en
    assert op.fields["required_action_en"] == finding.required_action_en


def test_the_deadline_counts_the_templates_days_from_the_visit(store: Store) -> None:
    inspection = new_inspection(store)
    proposal = propose_for_answer(ITEMS["LPA-H-01"], "non_compliant")
    assert proposal is not None and proposal.deadline_days == 30
    finding = _finding(store, findings.accept_proposed(store, inspection, proposal).created("findings"))
    assert finding.deadline == date(2026, 12, 20)


def test_changes_the_inspector_makes_on_accepting_count_as_edited(store: Store) -> None:
    inspection = new_inspection(store)
    proposal = propose_for_answer(ITEMS["LPA-F-02"], "non_compliant")
    assert proposal is not None
    finding = _finding(store, findings.accept_proposed(
        store, inspection, proposal, required_action_th="ให้จัดวันหยุดทุกวันอาทิตย์", deadline="2026-12-01").created("findings"))
    assert finding.required_action_th == "ให้จัดวันหยุดทุกวันอาทิตย์"
    assert finding.required_action_en == proposal.required_action["en"]
    assert finding.deadline == date(2026, 12, 1)
    assert finding.edited_texts == ["required_action"]


def test_editing_a_text_marks_it_and_other_changes_do_not(store: Store) -> None:
    inspection = new_inspection(store)
    proposal = propose_for_answer(ITEMS["LPA-E-02"], "non_compliant")
    assert proposal is not None
    finding_id = findings.accept_proposed(store, inspection, proposal).created("findings")
    findings.update_finding(store, finding_id, status="remedied", workers_affected=4)
    assert _finding(store, finding_id).edited_texts == []
    findings.update_finding(store, finding_id, title_en=proposal.title["en"])  # the same words: no edit
    assert _finding(store, finding_id).edited_texts == []
    findings.update_finding(store, finding_id, title_en="Wages for October were paid on 20 November")
    finding = _finding(store, finding_id)
    assert finding.edited_texts == ["title"]
    assert finding.title_th == proposal.title["th"]  # the other language is left as it was


def test_an_inspectors_own_finding_in_one_language_is_kept_in_that_language(store: Store) -> None:
    inspection = new_inspection(store)
    finding = _finding(store, findings.create_finding(
        store, inspection, title="ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม", severity="S2",
        required_action="Pay the October wages").created("findings"))
    assert (finding.title_th, finding.title_en) == ("ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม", None)
    assert (finding.required_action_th, finding.required_action_en) == (None, "Pay the October wages")
    assert finding.edited_texts == ["required_action", "title"]
    assert finding.title == "ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม"
    assert finding.text("required_action", "th") == "Pay the October wages"  # shown where Thai is missing


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"severity": "S3"}, "needs a title, in Thai or in English"),
        ({"title": "  ", "severity": "S3"}, "needs a title"),
        ({"title": "x", "title_th": "ก", "severity": "S3"}, "either per language or once"),
        ({"title_fr": "x", "severity": "S3"}, "no field title_fr"),
    ],
)
def test_bad_finding_texts_are_refused_clearly(store: Store, fields: dict[str, str], message: str) -> None:
    inspection = new_inspection(store)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        findings.create_finding(store, inspection, **fields)


def test_a_finding_cannot_lose_its_last_title(store: Store) -> None:
    inspection = new_inspection(store)
    finding_id = findings.create_finding(store, inspection, title_th="ค่าจ้างค้างจ่าย", severity="S3").created("findings")
    with pytest.raises(ValidationError, match="needs a title"):
        findings.update_finding(store, finding_id, title_th="")
    assert _finding(store, finding_id).title_th == "ค่าจ้างค้างจ่าย"
