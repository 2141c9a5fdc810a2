"""The findings a follow-up of a visit carries to verify: a read shared by the follow-up service and the
new-inspection wizard's view (which says how many there are before the visit is made)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from . import published
from .messages import QT_TRANSLATE_NOOP
from .models import Finding, FindingVerification, Inspection
from .services.common import as_date
from .verification_reads import current_status


def carried_findings(session: Any, earlier_inspection_id: str) -> list[dict[str, Any]]:
    """The findings a follow-up of this visit verifies: its own still open, and those it verified that are
    still open (so a finding stays in the chain of follow-ups until it is corrected)."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()

    def add(finding_id: str, original_id: str, original_ref: str | None, values: dict[str, Any]) -> None:
        if finding_id in seen:
            return
        seen.add(finding_id)
        items.append({"finding_id": finding_id, "original_inspection_id": original_id,
                      "original_reference": original_ref, "item_code": values.get("item_code"),
                      "title_th": values.get("title_th"), "title_en": values.get("title_en"),
                      "legal_refs": list(values.get("legal_refs") or []), "severity": values.get("severity") or "S3",
                      "deadline": as_date(values.get("deadline"), QT_TRANSLATE_NOOP("Fields", "Deadline"))})

    local = session.get(Inspection, earlier_inspection_id)
    if local is not None:
        for finding in session.scalars(select(Finding).where(Finding.inspection_id == local.id)
                                       .order_by(Finding.created_at, Finding.id)):
            if finding.status == "open":
                add(finding.id, local.id, local.reference, _finding_values(finding))
        verified = [(v.finding_id, v.original_inspection_id) for v in session.scalars(
            select(FindingVerification).where(FindingVerification.inspection_id == local.id)
            .order_by(FindingVerification.position))]
    else:
        visit = published.visit(session, earlier_inspection_id)
        data = visit.data if visit is not None else {}
        for finding in data.get("findings") or []:
            if current_status(session, finding) == "open":
                add(finding["id"], earlier_inspection_id, data.get("reference"), finding)
        verified = [(v.get("finding_id"), v.get("original_inspection_id")) for v in data.get("verifications") or []]
    for finding_id, original_id in verified:
        if not finding_id or finding_id in seen:
            continue
        own = session.get(Finding, finding_id)
        if own is not None:
            if own.status == "open":
                owner = session.get(Inspection, own.inspection_id)
                add(own.id, own.inspection_id, owner.reference if owner else None, _finding_values(own))
            continue
        other = published.published_finding(session, finding_id, original_id)
        if other is not None and current_status(session, other) == "open":
            add(finding_id, other["inspection_id"], other.get("reference"), other)
    return items


def _finding_values(finding: Finding) -> dict[str, Any]:
    return {"item_code": finding.item_code, "title_th": finding.title_th, "title_en": finding.title_en,
            "legal_refs": finding.legal_refs, "severity": finding.severity, "deadline": finding.deadline}
