"""Who may change what at HQ: the ownership rules every pushed or bundled op is judged by.

* An inspection and everything under it belong to the device that created the inspection (or the
  one HQ reassigned it to). Only that device's changes are applied; anyone else's are rejected.
* A record under an inspection names it (`inspection_id`), must name one this device owns, may
  never move to another inspection, and the records it points at (the interview of an interpreter
  note, a photo's finding, a finding's evidence) must sit under the same inspection.
* Shared directory records (establishments, language coordinators): any device may create one;
  a change from a device that does not own it is kept as a proposal for a supervisor, never applied.
* Everything else (accounts, devices, templates) is HQ's own and never taken from a laptop, nor
  are the review fields of an inspection: HQ drops them, and an inspection a laptop says is
  approved or returned is kept as submitted until HQ itself decides.

The rules are pure: `judge` reads what HQ holds (and what the batch applied so far) and returns a
verdict; push.py does the reading and writing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..sync.protocol import Op
from ..sync.reasons import Reason, refusal

INSPECTIONS = "inspections"
INSPECTION_PARTS = frozenset({
    "inspection_templates", "inspection_coordinators", "inspection_revisions", "checklist_answers",
    "worker_interviews", "interpreter_notes", "findings", "attachments", "signatures", "finding_verifications",
    "worker_documents", "referrals",
})
DIRECTORY = frozenset({"establishments", "language_coordinators"})
ACCEPTED_ENTITIES = frozenset({INSPECTIONS}) | INSPECTION_PARTS | DIRECTORY

# Fields of a laptop record that HQ owns: dropped from what a laptop sends, never stored from it.
HQ_OWNED_FIELDS: dict[str, frozenset[str]] = {INSPECTIONS: frozenset({"review_comment", "reviewed_by", "reviewed_at"})}
HQ_DECIDED_STATUSES = frozenset({"approved", "returned"})
MAX_REFERENCE_LENGTH = 64

# Ids inside a record under an inspection that must name a record under the same inspection.
INSIDE_REFERENCES: dict[str, dict[str, str]] = {
    "interpreter_notes": {"interview_id": "worker_interviews"},
    "attachments": {"finding_id": "findings"},
    "findings": {"evidence": "attachments"},
    "checklist_answers": {"evidence": "attachments"},
    "finding_verifications": {"evidence": "attachments"},
    "worker_documents": {"interview_id": "worker_interviews"},
    "referrals": {"finding_id": "findings", "interview_ids": "worker_interviews"},
}
# An id that names a record of an earlier inspection, maybe another laptop's: (field, its entity, the field
# naming that record's inspection). A follow-up's verification names the finding it checks this way.
EARLIER_REFERENCES: dict[str, tuple[str, str, str]] = {
    "finding_verifications": ("finding_id", "findings", "original_inspection_id"),
}

_KINDS = {"worker_interviews": "interview", "interpreter_notes": "interpreter note", "findings": "finding",
          "attachments": "attachment", "signatures": "signature", "checklist_answers": "checklist answer",
          "inspection_revisions": "inspection revision", "inspection_templates": "inspection template",
          "inspection_coordinators": "inspection coordinator", "establishments": "establishment",
          "language_coordinators": "language coordinator", INSPECTIONS: "inspection",
          "finding_verifications": "verification", "worker_documents": "worker document", "referrals": "referral"}

NOT_YOURS = ("Inspection {id} belongs to another laptop (the one that created it, or the one HQ reassigned it to); "
             "HQ takes changes to it and to anything under it only from that laptop.")
PROPOSAL = ("Kept for a supervisor: this {kind} was created by another laptop, so HQ keeps this change beside it as "
            "a proposal and does not apply it. A supervisor decides.")


def kind_of(entity: str) -> str:
    return _KINDS.get(entity, entity)


@dataclass
class Held:
    """What HQ holds of one record, or what this batch made of it so far."""

    entity: str
    owner: str
    rev: int
    inspection_id: str | None
    reference: str | None
    in_db: bool
    read_rev: int | None = None  # the revision read from the database: the optimistic-lock value
    read_owner: str | None = None  # the owner read from the database: updates require it still
    resolution_id: int | None = None  # the resolution that wrote the revision held, if HQ wrote it


@dataclass(frozen=True)
class Verdict:
    action: Literal["own", "propose", "reject"]
    why: Reason | None = None  # for "reject" and "propose": the code, its parameters and HQ's English

    @property
    def reason(self) -> str | None:
        return self.why.text if self.why else None

    @property
    def retryable(self) -> bool:
        return bool(self.why and self.why.retryable)


OWN = Verdict("own")


def _reject(code: str, reason: str, *, retryable: bool = False, **params: object) -> Verdict:
    return Verdict("reject", refusal(code, reason, retryable=retryable, **params))


def stored_fields(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A laptop record's fields as HQ keeps them: without the fields HQ owns, and without a review
    decision the laptop claims (only HQ approves or returns; until it does, the inspection is submitted)."""
    owned = HQ_OWNED_FIELDS.get(entity)
    claims_decision = entity == INSPECTIONS and fields.get("status") in HQ_DECIDED_STATUSES
    if not claims_decision and (not owned or not owned & fields.keys()):
        return fields
    kept = {k: v for k, v in fields.items() if not owned or k not in owned}
    if claims_decision:
        kept["status"] = "submitted"
    return kept


def inspection_of(op: Op) -> str | None:
    if op.entity == INSPECTIONS:
        return op.id
    value = op.fields.get("inspection_id")
    return value if isinstance(value, str) else None


def reference_of(op: Op) -> str | None:
    value = op.fields.get("reference") if op.entity == INSPECTIONS else None
    return (value.strip() or None) if isinstance(value, str) else None


def _inside_ids(op: Op, field: str) -> Iterator[Any]:
    value = op.fields.get(field)
    if isinstance(value, list):
        yield from value
    elif value is not None:
        yield value


def named_ids(op: Op) -> set[str]:
    """Every record id an op's ownership depends on: its own, its inspection's, those it points at."""
    ids = {op.id}
    parent = op.fields.get("inspection_id")
    if isinstance(parent, str):
        ids.add(parent)
    for field in INSIDE_REFERENCES.get(op.entity, {}):
        ids.update(v for v in _inside_ids(op, field) if isinstance(v, str))
    if op.entity in EARLIER_REFERENCES and isinstance(op.fields.get(EARLIER_REFERENCES[op.entity][0]), str):
        ids.add(op.fields[EARLIER_REFERENCES[op.entity][0]])
    return ids


def judge(op: Op, device_id: str, held: Mapping[str, Held], references: Mapping[str, str]) -> Verdict:
    """May `device_id` change this record as the op says? `references` maps each inspection reference
    HQ (or this batch) holds to the inspection holding it."""
    record = held.get(op.id)
    if record is not None and record.entity != op.entity:
        return _reject("record_kind_taken", "HQ already holds another kind of record with this id.")
    if op.entity == INSPECTIONS:
        return _judge_inspection(op, device_id, record, references)
    if op.entity in DIRECTORY:
        if record is not None and record.owner != device_id:
            return Verdict("propose", refusal("proposal", PROPOSAL.format(kind=kind_of(op.entity)), entity=op.entity))
        return OWN
    return _judge_part(op, device_id, record, held)


def _judge_inspection(op: Op, device_id: str, record: Held | None, references: Mapping[str, str]) -> Verdict:
    if record is not None and record.owner != device_id:
        return _reject("not_owner", NOT_YOURS.format(id=op.id), inspection_id=op.id)
    raw = op.fields.get("reference")
    if raw is not None and not isinstance(raw, str):
        return _reject("reference_not_text", "An inspection's reference must be text.")
    reference = reference_of(op)
    if reference is not None:
        if len(reference) > MAX_REFERENCE_LENGTH:
            return _reject("reference_too_long",
                           f"An inspection's reference may hold at most {MAX_REFERENCE_LENGTH} characters.",
                           limit=MAX_REFERENCE_LENGTH)
        holder = references.get(reference)
        if holder is not None and holder != op.id:
            return _reject("reference_taken", f"HQ already holds another inspection with reference {reference}; "
                           "references are unique. This inspection needs a reference of its own.", reference=reference)
    return OWN


def _judge_part(op: Op, device_id: str, record: Held | None, held: Mapping[str, Held]) -> Verdict:
    kind = kind_of(op.entity)
    parent_id = op.fields.get("inspection_id")
    if not isinstance(parent_id, str) or not parent_id:
        return _reject("inspection_id_missing", f"A {kind} must name the inspection it belongs to (inspection_id).",
                       entity=op.entity)
    if record is not None and record.inspection_id != parent_id:
        where = f"inspection {record.inspection_id}" if record.inspection_id else "no inspection at HQ"
        return _reject("record_moved", f"This {kind} belongs to {where}; a record cannot move to another inspection.",
                       entity=op.entity, held_inspection_id=record.inspection_id or "")
    parent = held.get(parent_id)
    if parent is None:
        # Usually the inspection is simply not at HQ yet (its own change waits or was refused): ask again later.
        return _reject("inspection_not_at_hq", f"Its inspection {parent_id} is not at HQ yet; this {kind} is sent "
                       "again after it.", retryable=True, entity=op.entity, inspection_id=parent_id)
    if parent.entity != INSPECTIONS:
        return _reject("parent_not_inspection", f"inspection_id names a {kind_of(parent.entity)}, not an inspection.",
                       entity=parent.entity)
    if parent.owner != device_id or (record is not None and record.owner != device_id):
        return _reject("not_owner", NOT_YOURS.format(id=parent_id), inspection_id=parent_id)
    for field, target_entity in INSIDE_REFERENCES.get(op.entity, {}).items():
        for target_id in _inside_ids(op, field):
            if not isinstance(target_id, str) or not target_id:
                return _reject("reference_ids_malformed", f"{field} must hold {kind_of(target_entity)} ids.",
                               field=field, target_entity=target_entity)
            target = held.get(target_id)
            if target is None:
                return _reject("reference_not_at_hq", f"{field} names {kind_of(target_entity)} {target_id}, which "
                               "is not at HQ yet; this change is sent again after it.", retryable=True, field=field,
                               target_entity=target_entity, target_id=target_id)
            if target.entity != target_entity or target.inspection_id != parent_id:
                return _reject("reference_elsewhere", f"{field} names {target_id}, which is not a "
                               f"{kind_of(target_entity)} of inspection {parent_id}; a record may point only at "
                               "records of its own inspection.", field=field, target_entity=target_entity,
                               target_id=target_id, inspection_id=parent_id)
    if op.entity in EARLIER_REFERENCES:
        return _judge_earlier(op, parent_id, held)
    return OWN


def _judge_earlier(op: Op, parent_id: str, held: Mapping[str, Held]) -> Verdict:
    """A record that names a record of an earlier inspection (any laptop's): it must be one, of that inspection."""
    field, target_entity, inspection_field = EARLIER_REFERENCES[op.entity]
    target_id, earlier_id = op.fields.get(field), op.fields.get(inspection_field)
    if not isinstance(target_id, str) or not target_id or not isinstance(earlier_id, str) or not earlier_id:
        return _reject("verification_incomplete", f"A {kind_of(op.entity)} must name the {kind_of(target_entity)} it "
                       f"checks ({field}) and its inspection ({inspection_field}).", entity=op.entity,
                       target_entity=target_entity, field=field, inspection_field=inspection_field)
    if earlier_id == parent_id:
        return _reject("verification_own_inspection", f"A {kind_of(op.entity)} checks a {kind_of(target_entity)} of "
                       "an earlier inspection, not of its own.", entity=op.entity, target_entity=target_entity)
    target = held.get(target_id)
    if target is None:
        return _reject("reference_not_at_hq", f"{field} names {kind_of(target_entity)} {target_id}, which is not at "
                       "HQ yet; this change is sent again after it.", retryable=True, field=field,
                       target_entity=target_entity, target_id=target_id)
    if target.entity != target_entity or target.inspection_id != earlier_id:
        return _reject("reference_elsewhere", f"{field} names {target_id}, which is not a {kind_of(target_entity)} of "
                       f"inspection {earlier_id}.", field=field, target_entity=target_entity, target_id=target_id,
                       inspection_id=earlier_id)
    return OWN
