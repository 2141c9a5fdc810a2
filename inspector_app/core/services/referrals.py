"""Referrals of possible victims to a receiving body, followed after the visit.

A finding given a referral target (in practice an S1 finding: possible forced labour, trafficking
or child labour) gets a referral record to that body in the same transaction. The record then
moves on its own, after the inspection is signed and even after it is approved, without opening a
new revision: planned → sent → accepted → closed, each step dated; a planned or sent referral may
also be closed without going further (the worker declined, the body refused), with its outcome.

Workers are named by their interviews (coded), never by name. The receiving body is fixed once the
referral is sent: sending to another body is another referral.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ...i18n.dates import to_local
from ..errors import StatusError, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Code, internal
from ..models import Finding, Inspection, Referral, WorkerInterview
from ..types import utcnow
from ..vocab import REFERRAL_STATUSES, REFERRAL_TARGETS
from ..writer import ChangeSet, UnitOfWork
from .common import as_date, one_of, unknown_fields
from .text import clean_text

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["NEXT_STATUSES", "advance_referral", "create_referral", "follow_finding", "update_referral"]

# planned → sent → accepted → closed; closing is possible from every open step.
NEXT_STATUSES: dict[str, frozenset[str]] = {
    "planned": frozenset({"sent", "closed"}),
    "sent": frozenset({"accepted", "closed"}),
    "accepted": frozenset({"closed"}),
    "closed": frozenset(),
}
STEP_DATE = {"sent": "sent_on", "accepted": "accepted_on", "closed": "closed_on"}
EDITABLE_FIELDS = ("receiving_body", "referral_date", "contact_name", "contact_phone", "contact_notes", "case_number",
                   "outcome", "interview_ids")
LIMITS = {"contact_name": 200, "contact_phone": 64, "case_number": 64, "contact_notes": 4000, "outcome": 4000}
_FIELD_NAMES = {"contact_name": QT_TRANSLATE_NOOP("Fields", "contact name"),
                "contact_phone": QT_TRANSLATE_NOOP("Fields", "contact phone"),
                "case_number": QT_TRANSLATE_NOOP("Fields", "case number"),
                "contact_notes": QT_TRANSLATE_NOOP("Fields", "contact notes"),
                "outcome": QT_TRANSLATE_NOOP("Fields", "outcome")}
SENT_FINDING_STATUSES = ("referred", "prosecuted")


def today() -> date:
    """Today in Bangkok (or the user's zone): the day a step is recorded on unless another is given."""
    return to_local(utcnow()).date()


def _text(value: Any, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "The referral's {field} must be text."),
                              field=_FIELD_NAMES[name])
    cleaned = clean_text(value)
    if cleaned is not None and len(cleaned) > LIMITS[name]:
        raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "The referral's {field} may hold at most {limit} "
                                                                  "characters."),
                              field=_FIELD_NAMES[name], limit=LIMITS[name])
    return cleaned


def _validate(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise unknown_fields("A referral", unknown)
    clean = dict(changes)
    if "receiving_body" in clean:
        if not clean["receiving_body"]:
            raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "A referral needs its receiving body: {bodies}."),
                                  bodies=tuple(Code("Referral", t) for t in REFERRAL_TARGETS))
        one_of(clean["receiving_body"], REFERRAL_TARGETS, QT_TRANSLATE_NOOP("Fields", "Receiving body"))
    if "referral_date" in clean:
        clean["referral_date"] = as_date(clean["referral_date"], QT_TRANSLATE_NOOP("Fields", "Referral date"))
        if clean["referral_date"] is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "A referral needs the date it was decided."))
    for name in LIMITS:
        if name in clean:
            clean[name] = _text(clean[name], name)
    return clean


def _workers(uow: UnitOfWork, inspection_id: str, given: Any) -> list[str]:
    """Interview ids of the inspection, from ids or worker codes, in worker-code order."""
    if given is None:
        return []
    if isinstance(given, str) or not isinstance(given, Iterable):
        raise ValidationError(internal("The workers concerned are a list of worker codes (or interview ids)."))
    interviews = uow.session.execute(select(WorkerInterview.id, WorkerInterview.worker_code)
                                     .where(WorkerInterview.inspection_id == inspection_id)).all()
    by_key = {row.id: row for row in interviews} | {row.worker_code: row for row in interviews}
    chosen = []
    for key in given:
        row = by_key.get(key) if isinstance(key, str) else None
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "{worker} is not a worker interviewed in this "
                                                                      "inspection; a referral names only the coded "
                                                                      "workers of its own inspection."), worker=repr(key))
        chosen.append(row)
    return [row.id for row in sorted(dict.fromkeys(chosen), key=lambda r: r.worker_code)]


def _screened(uow: UnitOfWork, inspection_id: str) -> list[str]:
    """The workers who reported a forced-labour indicator: whom a referral concerns unless told otherwise."""
    rows = uow.session.execute(select(WorkerInterview.id, WorkerInterview.indicators)
                               .where(WorkerInterview.inspection_id == inspection_id)
                               .order_by(WorkerInterview.worker_code)).all()
    return [row.id for row in rows if row.indicators]


def _check_dates(referral: Referral, visit: date) -> None:
    if referral.referral_date < visit:
        raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "The referral date ({referral_date}) is before the "
                                                                  "visit ({visit_date})."),
                              referral_date=referral.referral_date, visit_date=visit)


def _apply(uow: UnitOfWork, referral: Referral, inspection: Inspection, changes: dict[str, Any]) -> None:
    if "receiving_body" in changes and changes["receiving_body"] != referral.receiving_body \
            and referral.status != "planned":
        raise StatusError(QT_TRANSLATE_NOOP("ReferralErrors", "This referral was already {status}; its receiving body "
                                                              "stays {body}. Record a new referral for another body."),
                          status=Code("ReferralStatus", referral.status), body=Code("Referral", referral.receiving_body))
    if "interview_ids" in changes:
        changes["interview_ids"] = _workers(uow, inspection.id, changes["interview_ids"])
    for key, value in changes.items():
        setattr(referral, key, value)
    _check_dates(referral, inspection.visit_date)
    uow.save(referral)


def create_referral(store: Store, finding_id: str, *, receiving_body: str, **fields: Any) -> ChangeSet:
    """A referral of a finding's workers; `interview_ids` defaults to the workers who reported an
    indicator. Returns the ChangeSet; the new record's id is its only `referrals` entry."""
    fields = _validate({"receiving_body": receiving_body, **fields})
    with store.unit_of_work() as uow:
        finding = uow.get(Finding, finding_id, "finding")
        inspection = uow.get(Inspection, finding.inspection_id, "inspection")
        referral = Referral(inspection_id=inspection.id, finding_id=finding.id, status="planned",
                            referral_date=fields.pop("referral_date", None) or max(inspection.visit_date, today()),
                            interview_ids=_screened(uow, inspection.id))
        _apply(uow, referral, inspection, fields)
    return uow.changes


def update_referral(store: Store, referral_id: str, **changes: Any) -> ChangeSet:
    """Change a referral's own fields (contact, case number, workers, outcome, ...); its status moves
    only through `advance_referral`."""
    changes = _validate(changes)
    with store.unit_of_work() as uow:
        referral = uow.get(Referral, referral_id, "referral")
        _apply(uow, referral, uow.get(Inspection, referral.inspection_id, "inspection"), changes)
    return uow.changes


def advance_referral(store: Store, referral_id: str, status: str, *, on: date | str | None = None,
                     case_number: str | None = None, outcome: str | None = None) -> ChangeSet:
    """Move a referral one step (sent, accepted or closed) on a day (default today). Closing needs
    its outcome; the day may not precede the referral's earlier steps, nor be in the future."""
    one_of(status, REFERRAL_STATUSES, QT_TRANSLATE_NOOP("Fields", "Referral status"))
    day = as_date(on, QT_TRANSLATE_NOOP("Fields", "Date")) or today()
    extra = _validate({k: v for k, v in (("case_number", case_number), ("outcome", outcome)) if v is not None})
    with store.unit_of_work() as uow:
        referral = uow.get(Referral, referral_id, "referral")
        if status not in NEXT_STATUSES[referral.status]:
            allowed: Any = tuple(Code("ReferralStatus", s) for s in sorted(NEXT_STATUSES[referral.status])) \
                or QT_TRANSLATE_NOOP("ReferralErrors", "nothing: it is closed")
            raise StatusError(QT_TRANSLATE_NOOP("ReferralErrors", "This referral is {status}; it can become {allowed}, "
                                                                  "not {target}."),
                              status=Code("ReferralStatus", referral.status), allowed=allowed,
                              target=Code("ReferralStatus", status))
        earlier = [d for d in (referral.referral_date, referral.sent_on, referral.accepted_on) if d is not None]
        if day < max(earlier):
            raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "A referral cannot become {status} on {day}, "
                                                                      "before its earlier step ({earlier})."),
                                  status=Code("ReferralStatus", status), day=day, earlier=max(earlier))
        if day > today():
            raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "{day} is in the future; record the step on the "
                                                                      "day it happens."), day=day)
        for key, value in extra.items():
            setattr(referral, key, value)
        if status == "closed" and not referral.outcome:
            raise ValidationError(QT_TRANSLATE_NOOP("ReferralErrors", "Closing a referral needs its outcome (what the "
                                                                      "receiving body did, or why it went no further)."))
        referral.status = status
        setattr(referral, STEP_DATE[status], day)
        uow.save(referral, status)
    return uow.changes


def follow_finding(uow: UnitOfWork, finding: Finding, inspection: Inspection) -> None:
    """Inside a finding's own transaction: a finding with a referral target has a referral to that body.

    A planned referral of the finding follows a changed target; one already sent stays as it is and the
    new body gets a referral of its own. A finding marked referred makes its new referral sent.
    """
    target = finding.referral_target
    if not target:
        return
    existing: Sequence[Referral] = list(uow.session.scalars(
        select(Referral).where(Referral.finding_id == finding.id).order_by(Referral.created_at)))
    if any(r.receiving_body == target for r in existing):
        return
    planned = next((r for r in existing if r.status == "planned"), None)
    if planned is not None:
        planned.receiving_body = target
        uow.save(planned)
        return
    # A finding is part of the visit: its referral is decided on the visit day. Marked referred already,
    # it was sent on a day not recorded here (left empty rather than guessed).
    sent = finding.status in SENT_FINDING_STATUSES
    uow.save(Referral(inspection_id=inspection.id, finding_id=finding.id, receiving_body=target,
                      referral_date=inspection.visit_date, status="sent" if sent else "planned", sent_on=None,
                      interview_ids=_screened(uow, inspection.id)), "create")
