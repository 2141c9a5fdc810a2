"""A finding's current status at HQ, derived from every laptop's follow-up verifications.

HQ never changes a laptop's record to say so (ownership: only the owner writes its records, and an
approved inspection is closed). The derived status is kept beside the record (`finding_states`),
shown wherever HQ shows the finding, put in the establishment files, and published to the laptop
that owns the finding (kind `finding_status`), which applies it as an audited revision of its own
finding that it never sends back as its change. The rule is core/finding_status.py, the same the
laptop applies when it signs a follow-up itself.

A verification counts while its follow-up visit is signed: HQ shows it submitted or approved.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from .db import among
from ..core.finding_status import OUTCOMES, SIGNED_AT_HQ, Verification, derive
from ..sync.protocol import FindingStatusPayload
from .models import FindingState, Record, ReviewDecision, VerificationIndex
from .publish import publish

_CHUNK = 400


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _records(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(Record.entity_id, Record.fields, Record.owner_device_id, Record.inspection_id)
                                .where(Record.entity == entity, among(conn, Record.entity_id, chunk))):
            found[row.entity_id] = row
    return found


def _decisions(conn: Connection, inspection_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(set(inspection_ids))):
        for row in conn.execute(select(ReviewDecision.inspection_id, ReviewDecision.revision, ReviewDecision.decision)
                                .where(among(conn, ReviewDecision.inspection_id, chunk)).order_by(ReviewDecision.id)):
            found[row.inspection_id] = (row.revision, row.decision)
    return found


def hq_status(fields: dict[str, Any], decided: tuple[int, str] | None) -> str:
    from .reviews import effective_status  # reviews publishes through establishment files, which use this module

    return effective_status(fields, decided)


def index_verifications(conn: Connection, records: Iterable[tuple[str, dict[str, Any]]]) -> set[str]:
    """Keep which finding each verification checks; returns the findings named."""
    named: set[str] = set()
    for verification_id, fields in records:
        finding_id, inspection_id = fields.get("finding_id"), fields.get("inspection_id")
        if not isinstance(finding_id, str) or not isinstance(inspection_id, str):
            continue
        named.add(finding_id)
        held = conn.execute(select(VerificationIndex.finding_id).where(
            VerificationIndex.verification_id == verification_id)).scalar_one_or_none()
        if held is None:
            conn.execute(insert(VerificationIndex).values(verification_id=verification_id, finding_id=finding_id,
                                                          inspection_id=inspection_id))
        elif held != finding_id:
            named.add(held)
            conn.execute(update(VerificationIndex).where(VerificationIndex.verification_id == verification_id)
                         .values(finding_id=finding_id))
    return named


def verified_at(conn: Connection, follow_up_ids: Iterable[str]) -> set[str]:
    """The findings these follow-up visits verify."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(follow_up_ids))):
        found.update(conn.execute(select(VerificationIndex.finding_id)
                                  .where(among(conn, VerificationIndex.inspection_id, chunk))).scalars())
    return found


def with_states(conn: Connection, finding_ids: Iterable[str]) -> set[str]:
    """Those of these findings HQ has derived a status for."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(finding_ids))):
        found.update(conn.execute(select(FindingState.finding_id).where(among(conn, FindingState.finding_id, chunk))).scalars())
    return found


def states(conn: Connection, finding_ids: Iterable[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for chunk in _chunks(sorted(set(finding_ids))):
        for row in conn.execute(select(FindingState).where(among(conn, FindingState.finding_id, chunk))):
            found[row.finding_id] = row
    return found


def derive_states(conn: Connection, finding_ids: Iterable[str], now: datetime) -> set[str]:
    """Derive the status of these findings again; publish each change to the finding's owner.
    Returns the inspections whose findings changed (their establishment files change too)."""
    wanted = sorted(set(finding_ids))
    if not wanted:
        return set()
    findings = _records(conn, "findings", wanted)
    links: dict[str, list[str]] = {}
    for chunk in _chunks(wanted):
        for row in conn.execute(select(VerificationIndex.verification_id, VerificationIndex.finding_id)
                                .where(among(conn, VerificationIndex.finding_id, chunk))):
            links.setdefault(row.finding_id, []).append(row.verification_id)
    verifications = _records(conn, "finding_verifications", [v for ids in links.values() for v in ids])
    follow_ups = _records(conn, "inspections", [r.inspection_id for r in verifications.values() if r.inspection_id])
    decisions = _decisions(conn, follow_ups)
    held = states(conn, wanted)
    changed: set[str] = set()
    for finding_id in wanted:
        finding = findings.get(finding_id)
        if finding is None:
            continue  # verified before its owner's copy reached HQ: derived when it arrives
        counted = []
        for verification_id in links.get(finding_id, []):
            record = verifications.get(verification_id)
            follow_up = follow_ups.get(record.inspection_id) if record is not None else None
            if record is None or follow_up is None or record.fields.get("finding_id") != finding_id:
                continue
            if record.fields.get("outcome") not in OUTCOMES:
                continue
            if hq_status(follow_up.fields, decisions.get(follow_up.entity_id)) not in SIGNED_AT_HQ:
                continue
            counted.append(Verification(verification_id, str(record.fields["outcome"]),
                                        str(follow_up.fields.get("visit_date") or ""),
                                        str(record.fields.get("verified_at") or ""), follow_up.entity_id,
                                        str(follow_up.fields.get("reference") or "")))
        state = held.get(finding_id)
        own_status = str(finding.fields.get("status") or "open")
        known = state.last_verification if state is not None else finding.fields.get("last_verification")
        status, last = derive(own_status, known, counted)
        if state is None and last is None:
            continue  # never verified: the owner's status stands, nothing to keep
        if state is not None and (state.status, state.last_verification) == (status, last):
            continue
        values = {"status": status, "last_verification": last, "derived_at": now, "inspection_id": finding.inspection_id}
        if state is None:
            conn.execute(insert(FindingState).values(finding_id=finding_id, **values))
        else:
            conn.execute(update(FindingState).where(FindingState.finding_id == finding_id).values(**values))
        payload = FindingStatusPayload(finding_id=finding_id, inspection_id=finding.inspection_id, status=status,
                                       last_verification=last, derived_at=now)
        publish(conn, "finding_status", payload.model_dump(mode="json"), target_device_id=finding.owner_device_id)
        changed.add(finding.inspection_id)
    return changed


def current_status(fields: dict[str, Any], state: Any | None) -> tuple[str, dict[str, Any] | None]:
    """What HQ shows of a finding: its derived status when it has one, else the owner's."""
    if state is not None:
        return state.status, state.last_verification
    return str(fields.get("status") or "open"), fields.get("last_verification")
