"""Applying what HQ publishes for follow-ups: establishment-file items and findings' current status.

Called by sync_apply for pulled items, inside its unit of work. Establishment-file items go to
their own table (not this laptop's records: nothing is queued or audited for them); a finding's
status from HQ is an audited revision of this laptop's finding that never enters the outbox and
leaves its `rev` alone (HQ derives it; the owner never sends it as its own change).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete

from .. import published
from ..finding_status import OUTCOMES
from ..models import EstablishmentFileItem, Finding
from ..types import utcnow
from ..vocab import FINDING_STATUSES
from ..writer import UnitOfWork

CHANGED_FILES = "establishment_file"  # the ChangeSet entity screens showing a file listen to (by group id)


def apply_file_item(uow: UnitOfWork, payload: Mapping[str, Any]) -> str | None:
    item, item_id, group_id = payload.get("item"), payload.get("item_id"), payload.get("group_id")
    if not all(isinstance(v, str) and v for v in (item, item_id, group_id)):
        return "HQ sent an establishment-file item without its kind, id or group; it was skipped."
    assert isinstance(item, str) and isinstance(item_id, str) and isinstance(group_id, str)
    session = uow.session
    if payload.get("withdrawn"):
        session.execute(delete(EstablishmentFileItem).where(EstablishmentFileItem.item == item,
                                                            EstablishmentFileItem.item_id == item_id))
        if item == published.GROUP:  # the group's items go with it
            session.execute(delete(EstablishmentFileItem).where(EstablishmentFileItem.group_id == item_id))
    else:
        members, described, data = payload.get("establishment_ids"), payload.get("establishment"), payload.get("data")
        if not isinstance(members, list) or not isinstance(described, dict) or not isinstance(data, dict):
            return "HQ sent an establishment-file item this app cannot read; it was skipped."
        row = session.get(EstablishmentFileItem, (item, item_id))
        if row is None:
            row = EstablishmentFileItem(item=item, item_id=item_id)
            session.add(row)
        row.group_id, row.establishment_ids, row.establishment = group_id, [str(m) for m in members], dict(described)
        row.data, row.received_at = dict(data), utcnow()
    uow.changes.add(CHANGED_FILES, group_id)
    return None


def apply_finding_status(uow: UnitOfWork, payload: Mapping[str, Any]) -> str | None:
    finding_id, status = payload.get("finding_id"), payload.get("status")
    last = payload.get("last_verification")
    if not isinstance(finding_id, str) or status not in FINDING_STATUSES:
        return "HQ sent a finding status this app cannot read; it was skipped."
    if last is not None and (not isinstance(last, dict) or last.get("outcome") not in OUTCOMES):
        return "HQ sent a finding's verification this app cannot read; it was skipped."
    finding = uow.session.get(Finding, finding_id)
    if finding is None:
        return None  # not this laptop's finding (any more): nothing to do
    if (finding.status, finding.last_verification) == (status, last):
        return None
    finding.status, finding.last_verification = str(status), dict(last) if last else None
    uow.save(finding, "status_from_hq", outbox=False, bump_rev=False)
    return None

