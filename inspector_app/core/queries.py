"""Read-side helpers shared by services, the CLI, the UI and reports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import (
    Attachment,
    ChecklistAnswer,
    ChecklistItem,
    Finding,
    FindingVerification,
    Inspection,
    InspectionCoordinator,
    InspectionTemplate,
    InterpreterNote,
    Signature,
    WorkerDocument,
    WorkerInterview,
)
from .writer import wire_fields


def inspection_template_ids(session: Session, inspection: Inspection) -> list[str]:
    """The base template first, then add-ons and modules in their order."""
    extra = session.scalars(
        select(InspectionTemplate.template_id)
        .where(InspectionTemplate.inspection_id == inspection.id)
        .order_by(InspectionTemplate.position)
    ).all()
    return [inspection.template_id, *[t for t in extra if t != inspection.template_id]]


def inspection_items(session: Session, inspection: Inspection) -> list[ChecklistItem]:
    """Every checklist item of an inspection, in template, section and item order."""
    items: list[ChecklistItem] = []
    for template_id in inspection_template_ids(session, inspection):
        rows = session.scalars(
            select(ChecklistItem).where(ChecklistItem.template_id == template_id)
        ).all()
        rows = sorted(rows, key=lambda i: (i.section.position, i.position))
        items.extend(rows)
    return items


def inspection_content(session: Session, inspection_id: str) -> dict[str, Any]:
    """Everything recorded for one inspection as plain JSON (snapshots, reports, exports)."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        return {}

    def rows(model: Any, order: Any) -> list[dict[str, Any]]:
        return [
            wire_fields(r)
            for r in session.scalars(select(model).where(model.inspection_id == inspection_id).order_by(order)).all()
        ]

    content = {
        "inspection": wire_fields(inspection),
        "templates": inspection_template_ids(session, inspection),
        "coordinators": rows(InspectionCoordinator, InspectionCoordinator.id),
        "answers": rows(ChecklistAnswer, ChecklistAnswer.item_code),
        "interviews": rows(WorkerInterview, WorkerInterview.worker_code),
        "interpreter_notes": rows(InterpreterNote, InterpreterNote.noted_at),
        "worker_documents": rows(WorkerDocument, WorkerDocument.id),
        "findings": rows(Finding, Finding.created_at),
        "attachments": rows(Attachment, Attachment.created_at),
        "signatures": [
            {k: v for k, v in s.items() if k != "image_png"} for s in rows(Signature, Signature.role)
        ],
    }
    # A follow-up's verifications of earlier findings (only when it has some: other snapshots stay as they were).
    verifications = rows(FindingVerification, FindingVerification.position)
    if verifications:
        content["verifications"] = verifications
    return content


def inspection_template_defs(session: Session, inspection: Inspection) -> list[Any]:
    """The exact template versions an inspection uses, as TemplateDefs (base first).

    A version published before finding texts existed takes them from a later stored
    version that asks the same questions (``checklists.inherit_finding_texts``): the
    questions stay exactly those the inspection started with. Any version takes the
    translations it lacks from a later one whose English and Thai are the same
    (``template_translations.with_translations``), so an inspection begun on version 2
    reads in Burmese, Khmer and Lao once version 3 is in the store.
    """
    return template_defs(session, inspection_template_ids(session, inspection))


def template_defs(session: Session, template_ids: list[str]) -> list[Any]:
    """Stored template versions as TemplateDefs, as `inspection_template_defs` reads an inspection's."""
    from .checklists import SCHEMA_VERSION, inherit_finding_texts
    from .models import ChecklistTemplate
    from .template_translations import with_translations

    defs = []
    for template_id in template_ids:
        row = session.get(ChecklistTemplate, template_id)
        if row is None:
            continue
        template = _template_def(row)
        later_rows = session.scalars(select(ChecklistTemplate).where(
            ChecklistTemplate.code == row.code, ChecklistTemplate.version > row.version)).all()
        if later_rows:
            later = [_template_def(t) for t in later_rows]
            if row.document.get("schema_version", 1) < SCHEMA_VERSION:
                template = inherit_finding_texts(template, later)
            template = with_translations(template, later)
        defs.append(template)
    return defs


_DEFS: dict[tuple[str, str], Any] = {}


def _template_def(row: Any) -> Any:
    """A stored template version as a TemplateDef; built once per process (a version never changes)."""
    from .checklists import template_from_document

    key = (row.id, row.source_sha256)
    found = _DEFS.get(key)
    if found is None:
        found = _DEFS[key] = template_from_document(row.document, f"{row.code}.v{row.version}")
    return found


def missing_required_items(session: Any, inspection: Inspection) -> list[str]:
    """Codes of the required items of an inspection that are not answered yet, in checklist order."""
    answered = {
        a.item_code: a
        for a in session.scalars(select(ChecklistAnswer).where(ChecklistAnswer.inspection_id == inspection.id)).all()
    }
    missing = []
    for item in inspection_items(session, inspection):
        if not item.required:
            continue
        answer = answered.get(item.code)
        if answer is None:
            missing.append(item.code)
        elif item.answer_type == "compliance" and answer.result == "not_checked":
            missing.append(item.code)
        elif item.answer_type != "compliance" and answer.result != "not_applicable" and not (answer.value or "").strip():
            missing.append(item.code)
    return missing


def contradicted_findings(session: Session, inspection: Inspection) -> list[str]:
    """Codes of the items, in checklist order, with a standing finding while the item's answer shows no
    violation as the reports print it (``rules.finding_contradicted``)."""
    from .rules import STANDING_FINDING_STATUSES, effective_result, finding_contradicted

    standing = {f.item_code: f.status for f in session.scalars(
        select(Finding).where(Finding.inspection_id == inspection.id, Finding.item_code.is_not(None),
                              Finding.status.in_(STANDING_FINDING_STATUSES)))}
    if not standing:
        return []
    answers = {a.item_code: a for a in session.scalars(
        select(ChecklistAnswer).where(ChecklistAnswer.inspection_id == inspection.id,
                                      ChecklistAnswer.item_code.in_(standing)))}
    est = inspection.establishment
    place = {"province_code": est.province_code if est else None, "on_date": inspection.visit_date,
             "district_code": est.district_code if est else None}
    out = []
    for template in inspection_template_defs(session, inspection):
        for item in template.items():
            answer = answers.get(item.code)
            if answer is not None and finding_contradicted(
                    standing[item.code], effective_result(item, answer.result, answer.value, **place).result):
                out.append(item.code)
    return out
