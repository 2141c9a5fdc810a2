"""What happened after an inspection, for its page: HQ's current status of each finding and the follow-up
visits (at any laptop) that checked them.

A finding's status is its owner's until a follow-up's verification counts; then HQ's derivation
(`finding_states`, finding_states.py) says. Every verification of the inspection's findings is listed,
counted or not (a follow-up visit that is not signed yet does not count), with the follow-up visit it
belongs to: its reference, visit date, status at HQ and laptop. A verification's note is the inspector's
own words about the workplace, never sealed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from ..core.finding_status import SIGNED_AT_HQ
from .finding_states import hq_status
from .models import Device, FindingState, Record, ReviewDecision, VerificationIndex


@dataclass(frozen=True)
class CheckedLater:
    """One verification of a finding at a follow-up visit."""

    verification_id: str
    outcome: str | None  # corrected | partly_corrected | not_corrected | None (not checked yet)
    note: str | None
    verified_at: str | None
    follow_up_id: str
    follow_up_reference: str
    follow_up_date: str | None
    follow_up_status: str  # as HQ shows it
    laptop: str | None

    @property
    def counts(self) -> bool:
        """It sets the finding's status: recorded, and its visit signed (submitted or approved at HQ)."""
        return self.outcome is not None and self.follow_up_status in SIGNED_AT_HQ


@dataclass(frozen=True)
class FindingFollowUps:
    status: dict[str, str]  # finding id -> HQ's current status, where HQ derived one
    checked: dict[str, list[CheckedLater]]  # finding id -> its verifications, latest visit first


def _latest_decisions(conn: Connection, inspection_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for row in conn.execute(select(ReviewDecision.inspection_id, ReviewDecision.revision, ReviewDecision.decision)
                            .where(ReviewDecision.inspection_id.in_(sorted(set(inspection_ids))))
                            .order_by(ReviewDecision.id)):
        found[row.inspection_id] = (row.revision, row.decision)
    return found


def finding_follow_ups(conn: Connection, inspection_id: str, finding_ids: list[str]) -> FindingFollowUps:
    status = {row.finding_id: row.status for row in conn.execute(
        select(FindingState.finding_id, FindingState.status).where(FindingState.inspection_id == inspection_id))}
    checked: dict[str, list[CheckedLater]] = {}
    if not finding_ids:
        return FindingFollowUps(status, checked)
    links = conn.execute(select(VerificationIndex.verification_id, VerificationIndex.inspection_id)
                         .where(VerificationIndex.finding_id.in_(finding_ids))).all()
    if not links:
        return FindingFollowUps(status, checked)
    records = {r.entity_id: r.fields for r in conn.execute(select(Record.entity_id, Record.fields).where(
        Record.entity == "finding_verifications", Record.entity_id.in_([v for v, _ in links])))}
    visits = {r.entity_id: r for r in conn.execute(
        select(Record.entity_id, Record.fields, Record.owner_device_id)
        .where(Record.entity == "inspections", Record.entity_id.in_(sorted({i for _, i in links}))))}
    decisions = _latest_decisions(conn, visits)
    laptops = dict(conn.execute(select(Device.id, Device.name).where(
        Device.id.in_(sorted({v.owner_device_id for v in visits.values()})))).all())
    for verification_id, follow_up_id in links:
        fields: dict[str, Any] = records.get(verification_id) or {}
        visit = visits.get(follow_up_id)
        finding_id = fields.get("finding_id")
        if visit is None or finding_id not in finding_ids:
            continue  # the follow-up's own record has not reached HQ yet, or it names another finding now
        outcome = fields.get("outcome")
        checked.setdefault(str(finding_id), []).append(CheckedLater(
            verification_id, outcome if isinstance(outcome, str) else None,
            fields.get("note") if isinstance(fields.get("note"), str) else None,
            str(fields.get("verified_at") or "") or None, follow_up_id,
            str(visit.fields.get("reference") or follow_up_id), str(visit.fields.get("visit_date") or "") or None,
            hq_status(visit.fields, decisions.get(follow_up_id)), laptops.get(visit.owner_device_id)))
    for items in checked.values():
        items.sort(key=lambda c: (c.follow_up_date or "", c.verified_at or "", c.verification_id), reverse=True)
    return FindingFollowUps(status, checked)
