"""Findings: violations recorded against legal references, with severity and follow-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..models import FINDING_STATUSES, REFERRAL_TARGETS, SEVERITIES, Attachment, Finding, Inspection
from ..writer import ChangeSet
from .common import as_date, non_negative, one_of
from .inspections import editable
from .text import clean_text

if TYPE_CHECKING:
    from ..rules import ProposedFinding
    from ..store import Store

FINDING_FIELDS = (
    "item_code", "rule", "legal_refs", "title", "description", "severity", "workers_affected", "evidence",
    "required_action", "deadline", "status", "referral_target",
)


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(FINDING_FIELDS)
    if unknown:
        raise ValidationError(f"A finding has no field(s) {', '.join(sorted(unknown))}.")
    one_of(changes.get("severity"), SEVERITIES, "Severity")
    one_of(changes.get("status"), FINDING_STATUSES, "Finding status")
    one_of(changes.get("referral_target") or None, REFERRAL_TARGETS, "Referral target")
    if "workers_affected" in changes:
        changes["workers_affected"] = non_negative(changes["workers_affected"], "Workers affected")
    if "deadline" in changes:
        changes["deadline"] = as_date(changes["deadline"], "Deadline")
    for key in ("title", "description", "required_action"):
        if key in changes:
            changes[key] = clean_text(changes[key])
    return changes


def create_finding(store: Store, inspection_id: str, **fields: Any) -> str:
    fields = _validate(dict(fields))
    if not fields.get("title"):
        raise ValidationError("A finding needs a title.")
    if not fields.get("severity"):
        raise ValidationError("A finding needs a severity (S1–S4).")
    with store.unit_of_work() as uow:
        inspection = editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        for attachment_id in fields.get("evidence") or []:
            uow.get(Attachment, attachment_id, "attachment")
        finding = Finding(inspection_id=inspection.id, status="open", legal_refs=[], evidence=[])
        for key, value in fields.items():
            setattr(finding, key, value)
        uow.save(finding, "create")
    return finding.id


def accept_proposed(store: Store, inspection_id: str, proposal: ProposedFinding, language: str = "en",
                    **overrides: Any) -> str:
    """Turn a rule's proposal into a finding (the inspector may edit fields first)."""
    fields: dict[str, Any] = {
        "item_code": proposal.item_code,
        "rule": proposal.rule,
        "legal_refs": list(proposal.legal_refs),
        "title": proposal.title.get(language) or proposal.title.get("en"),
        "description": proposal.description.get(language) or proposal.description.get("en"),
        "severity": proposal.severity,
        "workers_affected": proposal.workers_affected,
        "referral_target": proposal.referral_targets[0] if proposal.referral_targets else None,
    }
    fields.update(overrides)
    return create_finding(store, inspection_id, **fields)


def update_finding(store: Store, finding_id: str, **changes: Any) -> ChangeSet:
    changes = _validate(dict(changes))
    with store.unit_of_work() as uow:
        finding = uow.get(Finding, finding_id, "finding")
        editable(uow, uow.get(Inspection, finding.inspection_id, "inspection"))
        for key, value in changes.items():
            setattr(finding, key, value)
        if not finding.title:
            raise ValidationError("A finding needs a title.")
        uow.save(finding)
    return uow.changes
