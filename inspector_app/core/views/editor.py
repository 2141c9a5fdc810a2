"""One open inspection: its header, and the Overview, Checklist and Sign-off tabs (one read each).

(The Interviews and Interpreter notes tabs read through `views.testimony`, Findings and
Attachments through `views.evidence`.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..checklists import TemplateDef
from ..models import ChecklistAnswer, Establishment, Finding, Inspection, Signature
from ..queries import contradicted_findings, inspection_template_defs
from ..rules import STANDING_FINDING_STATUSES
from ..queries import missing_required_items as missing

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class EditorHeader:
    id: str
    reference: str
    status: str
    revision: int
    review_comment: str | None
    establishment_name: str  # Thai name, as the header shows it


def header(store: Store, inspection_id: str) -> EditorHeader | None:
    """The title line and revision banner; None when the inspection no longer exists."""
    with store.session() as session:
        row = session.execute(
            select(Inspection.id, Inspection.reference, Inspection.status, Inspection.revision,
                   Inspection.review_comment, Establishment.name_th)
            .outerjoin(Establishment, Establishment.id == Inspection.establishment_id)
            .where(Inspection.id == inspection_id)).first()
    if row is None:
        return None
    return EditorHeader(row.id, row.reference, row.status, row.revision, row.review_comment, row.name_th or "")


@dataclass(frozen=True, slots=True)
class Overview:
    reference: str
    visit_type: str
    visit_date: date
    complaint_source_confidential: bool
    complaint_source: str | None
    summary: str | None
    workforce: Mapping[str, Any]  # {"male", "female", "under18", "by_nationality": {code: n}}
    establishment_name_th: str
    establishment_name_en: str | None
    province_code: str | None
    district_code: str | None
    subdistrict_code: str | None


def overview(store: Store, inspection_id: str) -> Overview | None:
    with store.session() as session:
        row = session.execute(
            select(Inspection.reference, Inspection.visit_type, Inspection.visit_date,
                   Inspection.complaint_source_confidential, Inspection.complaint_source, Inspection.summary,
                   Inspection.workforce, Establishment.name_th, Establishment.name_en, Establishment.province_code,
                   Establishment.district_code, Establishment.subdistrict_code)
            .join(Establishment, Establishment.id == Inspection.establishment_id)
            .where(Inspection.id == inspection_id)).first()
    if row is None:
        return None
    return Overview(row.reference, row.visit_type, row.visit_date, bool(row.complaint_source_confidential),
                    row.complaint_source, row.summary, dict(row.workforce or {}), row.name_th, row.name_en,
                    row.province_code, row.district_code, row.subdistrict_code)


@dataclass(frozen=True, slots=True)
class Answer:
    result: str
    value: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class ChecklistContent:
    """The exact template versions the inspection uses (base first), its answers so far, and what the
    checklist's finding proposals need: the items that already have a finding, and where and when."""

    templates: tuple[TemplateDef, ...]
    answers: Mapping[str, Answer]  # item code -> answer
    items_with_findings: frozenset[str]
    province_code: str
    district_code: str | None
    visit_date: date
    # Items with a finding that stands (not remedied, not dismissed: rules.STANDING_FINDING_STATUSES): the ones
    # whose answer must still show the violation ("Mark completed" checks it).
    items_with_standing_findings: frozenset[str] = frozenset()


def checklist(store: Store, inspection_id: str) -> ChecklistContent | None:
    with store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            return None
        establishment = session.get(Establishment, inspection.establishment_id)
        templates = tuple(inspection_template_defs(session, inspection))
        answers = {r.item_code: Answer(r.result, r.value, r.note) for r in session.execute(
            select(ChecklistAnswer.item_code, ChecklistAnswer.result, ChecklistAnswer.value, ChecklistAnswer.note)
            .where(ChecklistAnswer.inspection_id == inspection_id))}
        statuses = session.execute(select(Finding.item_code, Finding.status).where(
            Finding.inspection_id == inspection_id, Finding.item_code.is_not(None))).all()
        found = frozenset(code for code, _status in statuses)
        standing = frozenset(code for code, status in statuses if status in STANDING_FINDING_STATUSES)
        return ChecklistContent(templates, answers, found, establishment.province_code if establishment else "",
                                establishment.district_code if establishment else None, inspection.visit_date,
                                standing)


@dataclass(frozen=True, slots=True)
class SignedBy:
    signer_name: str
    image_png: bytes


@dataclass(frozen=True, slots=True)
class SignOff:
    status: str
    revision: int
    signatures: Mapping[str, SignedBy]  # role -> who signed the current revision


def signoff(store: Store, inspection_id: str) -> SignOff | None:
    with store.session() as session:
        found = session.execute(select(Inspection.status, Inspection.revision)
                                .where(Inspection.id == inspection_id)).first()
        if found is None:
            return None
        signatures = {r.role: SignedBy(r.signer_name, r.image_png) for r in session.execute(
            select(Signature.role, Signature.signer_name, Signature.image_png)
            .where(Signature.inspection_id == inspection_id, Signature.revision == found.revision))}
    return SignOff(found.status, found.revision, signatures)


def missing_required_items(store: Store, inspection_id: str) -> list[str]:
    """Codes of the required items not answered yet (what stops "Mark completed")."""
    with store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        return missing(session, inspection) if inspection is not None else []


def items_stopping_completion(store: Store, inspection_id: str) -> list[str]:
    """What "Mark completed" stops at first, as it checks: the required items not answered yet, else the items
    whose answer shows no violation while a finding for them stands (``queries.contradicted_findings``)."""
    with store.session() as session:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            return []
        return missing(session, inspection) or contradicted_findings(session, inspection)
