"""Follow-up visits: start one from an earlier visit, and verify that visit's open findings.

A follow-up is a new inspection (visit type ``follow_up``) whose ``previous_inspection_id`` names
the earlier visit: one of this laptop's, or another laptop's that HQ published to this laptop's
establishment files. It carries the earlier visit's open findings as items to verify
(``finding_verifications``, records of the follow-up): outcome corrected / partly corrected / not
corrected, a note, and evidence (photos and documents attached to the follow-up).

The earlier inspection is never edited (an approved one cannot be). When the follow-up is signed,
each verified finding of this laptop gets its new status as an audited revision that does not
enter the outbox (core/finding_status.py says how). HQ derives the same from every laptop's
verifications and publishes it to the finding's owner, so a follow-up made on another laptop
reaches the owner the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .. import published
from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..finding_status import OUTCOMES, derive
from ..models import (
    Attachment,
    ChecklistTemplate,
    Establishment,
    Finding,
    FindingVerification,
    Inspection,
)
from ..types import utcnow
from ..writer import ChangeSet, UnitOfWork
from .common import as_date
from .inspections import editable, insert_inspection
from .text import clean_text
from ..carried_findings import carried_findings
from ..verification_reads import _local_verification_ids, _remote, counted_verifications

if TYPE_CHECKING:
    from ..store import Store

_UNSET: Any = object()
MAX_NOTE = 4000
# The fields of a published group's workplace that make a local establishment record of it.
_ESTABLISHMENT_FIELDS = ("name_th", "name_en", "registration_no", "social_security_no", "sector", "isic_code",
                         "employer_name", "address", "province_code", "district_code", "subdistrict_code",
                         "latitude", "longitude", "workers_male", "workers_female", "workers_under18",
                         "workers_by_nationality")


# --- starting a follow-up -----------------------------------------------------------------------


def start_follow_up(store: Store, earlier_inspection_id: str, *, visit_date: date | str,
                    template_id: str | None = None, establishment_id: str | None = None,
                    addon_template_ids: Sequence[str] = (), coordinator_ids: Sequence[str] = (),
                    team: Sequence[Mapping[str, str]] | None = None) -> ChangeSet:
    """A follow-up visit of an earlier one, carrying its open findings to verify
    (`created("inspections")` is its id).

    The earlier visit is this laptop's or one HQ published. For a published one the follow-up is
    recorded against this laptop's own record of the workplace (`establishment_id`, or the one HQ
    counts as the same, or a new record made from what HQ published). `team` as for
    `inspections.create_inspection` (default: this laptop's user as lead).
    """
    day = as_date(visit_date, QT_TRANSLATE_NOOP("Fields", "Visit date"))
    if day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "A follow-up visit needs a visit date."))
    with store.unit_of_work() as uow:
        session = uow.session
        local = session.get(Inspection, earlier_inspection_id)
        visit = None if local is not None else published.visit(session, earlier_inspection_id)
        if local is None and visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("FollowUpErrors", "No earlier visit with id {id} on this laptop or "
                                                               "published by HQ."), id=earlier_inspection_id)
        if local is not None:
            if establishment_id and establishment_id != local.establishment_id:
                raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "A follow-up is recorded against the same "
                                                                          "establishment as the earlier visit."))
            establishment = local.establishment_id
            code = session.get(ChecklistTemplate, local.template_id).code
        else:
            assert visit is not None
            establishment = _local_establishment(uow, visit.group_id, establishment_id)
            code = "LPA-GENERAL"  # HQ does not know laptops' template ids: the general checklist
        template = template_id or _latest_base(uow, code)
        items = carried_findings(session, earlier_inspection_id)
        inspection = insert_inspection(uow, establishment_id=establishment, template_id=template,
                                       visit_type="follow_up", visit_date=day, addon_template_ids=addon_template_ids,
                                       coordinator_ids=coordinator_ids, team=team,
                                       previous_inspection_id=earlier_inspection_id)
        for position, item in enumerate(items, start=1):
            uow.save(FindingVerification(inspection_id=inspection.id, position=position, evidence=[], **item), "create")
    return uow.changes


def _latest_base(uow: UnitOfWork, code: str) -> str:
    found = uow.session.scalar(select(ChecklistTemplate.id).where(
        ChecklistTemplate.code == code, ChecklistTemplate.kind == "base").order_by(ChecklistTemplate.version.desc()))
    if found is None:
        found = uow.session.scalar(select(ChecklistTemplate.id).where(
            ChecklistTemplate.code == "LPA-GENERAL").order_by(ChecklistTemplate.version.desc()))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("FollowUpErrors", "No base checklist is loaded on this laptop to start the "
                                                           "follow-up with."))
    return found


def _local_establishment(uow: UnitOfWork, group_id: str, chosen: str | None) -> str:
    """This laptop's record of the workplace HQ published a visit of (made from HQ's description if none)."""
    group = published.group(uow.session, group_id)
    members = set(group.establishment_ids) if group else set()
    if chosen:
        if uow.session.get(Establishment, chosen) is None:
            raise NotFound(QT_TRANSLATE_NOOP("FollowUpErrors", "No establishment with id {id}."), id=chosen)
        if chosen not in members:
            raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "HQ does not count that establishment as the "
                                                                      "workplace of the earlier visit; choose the one "
                                                                      "HQ lists, or let the app make the record."))
        return chosen
    if members:
        own = uow.session.scalar(select(Establishment.id).where(Establishment.id.in_(sorted(members)))
                                 .order_by(Establishment.created_at))
        if own is not None:
            return own
    described = group.establishment if group else {}
    if not described.get("name_th") or not described.get("province_code"):
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "HQ has not described the workplace of this visit "
                                                                  "yet; sync, then try again."))
    record = Establishment(**{k: described[k] for k in _ESTABLISHMENT_FIELDS if described.get(k) is not None})
    record.workers_by_nationality = dict(record.workers_by_nationality or {})
    uow.save(record, "create")
    return record.id


# --- verifying ----------------------------------------------------------------------------------------


def record_verification(store: Store, verification_id: str, *, outcome: Any = _UNSET, note: Any = _UNSET,
                        evidence: Sequence[str] | None = None) -> ChangeSet:
    """Record what the follow-up found of an earlier finding: outcome, note, evidence (attachment ids)."""
    if outcome is not _UNSET and outcome is not None and outcome not in OUTCOMES:
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "A verification's outcome is one of {allowed} (got "
                                                                  "{value})."), allowed=OUTCOMES, value=repr(outcome))
    if note is not _UNSET:
        note = clean_text(note)
        if note is not None and len(note) > MAX_NOTE:
            raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "A verification note may hold at most {limit} "
                                                                      "characters."), limit=MAX_NOTE)
    with store.unit_of_work() as uow:
        verification = uow.get(FindingVerification, verification_id, "verification")
        editable(uow, uow.get(Inspection, verification.inspection_id, "inspection"))
        if evidence is not None:
            for attachment_id in evidence:
                attachment = uow.get(Attachment, attachment_id, "attachment")
                if attachment.inspection_id != verification.inspection_id:
                    raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "Evidence for a verification must be "
                                                                              "attached to the follow-up visit."))
            verification.evidence = list(dict.fromkeys(evidence))
        if note is not _UNSET:
            verification.note = note
        if outcome is not _UNSET and outcome != verification.outcome:
            verification.outcome = outcome
            verification.verified_at = utcnow() if outcome else None
        uow.save(verification)
    return uow.changes


# --- what verifications make of the findings --------------------------------------------------------


def refresh_verified_findings(uow: UnitOfWork, follow_up_inspection_id: str) -> None:
    """Give this laptop's findings verified at a follow-up the status its signed verifications make."""
    session = uow.session
    finding_ids = set(session.scalars(select(FindingVerification.finding_id).where(
        FindingVerification.inspection_id == follow_up_inspection_id)))
    if not finding_ids:
        return
    session.flush()
    counted = counted_verifications(session, finding_ids)
    for finding in session.scalars(select(Finding).where(Finding.id.in_(sorted(finding_ids)))):
        remote = _remote(finding.last_verification, _local_verification_ids(session, finding.id))
        status, last = derive(finding.status, finding.last_verification, [*counted.get(finding.id, []), remote])
        if (status, last) != (finding.status, finding.last_verification):
            finding.status, finding.last_verification = status, last
            # A status the follow-up gives, not the owner's content: audited, not queued (HQ derives it too).
            uow.save(finding, "verified", outbox=False, bump_rev=False)
