"""What this laptop's verifications make of findings: reads shared by services and screens' views.

Pure reads in the caller's session (no writing): the services use them inside a unit of work, the
views (core/views) to show a finding's current status.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from .finding_status import SIGNED_ON_LAPTOP, Verification, derive
from .models import FindingVerification, Inspection


def counted_verifications(session: Any, finding_ids: Iterable[str]) -> dict[str, list[Verification]]:
    """This laptop's verifications of these findings that count (their follow-up is signed), by finding."""
    ids = sorted(set(finding_ids))
    found: dict[str, list[Verification]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(FindingVerification.id, FindingVerification.finding_id, FindingVerification.outcome,
                   FindingVerification.verified_at, Inspection.id.label("inspection_id"), Inspection.reference,
                   Inspection.visit_date)
            .join(Inspection, Inspection.id == FindingVerification.inspection_id)
            .where(FindingVerification.finding_id.in_(ids[start : start + 500]),
                   FindingVerification.outcome.is_not(None), Inspection.status.in_(sorted(SIGNED_ON_LAPTOP))))
        for row in rows:
            found.setdefault(row.finding_id, []).append(Verification(
                row.id, row.outcome, row.visit_date.isoformat(),
                row.verified_at.isoformat() if row.verified_at else "", row.inspection_id, row.reference))
    return found


def _local_verification_ids(session: Any, finding_id: str) -> set[str]:
    return set(session.scalars(select(FindingVerification.id).where(FindingVerification.finding_id == finding_id)))


def current_status(session: Any, finding: dict[str, Any]) -> str:
    """A published finding's status as this laptop sees it: HQ's word, and this laptop's signed follow-ups."""
    counted = counted_verifications(session, [finding["id"]]).get(finding["id"], [])
    remote = _remote(finding.get("last_verification"), _local_verification_ids(session, finding["id"]))
    status, _ = derive(str(finding.get("status") or "open"), finding.get("last_verification"), [*counted, remote])
    return status


def _remote(last_verification: dict[str, Any] | None, local_ids: set[str]) -> Verification | None:
    """The latest verification HQ told of, unless it is one of this laptop's (those are read here)."""
    known = Verification.from_record(last_verification) if last_verification else None
    return None if known is None or known.verification_id in local_ids else known
