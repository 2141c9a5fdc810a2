"""A supervisor's decision on a version kept beside a record: settled field by field, or a proposal rejected.

Settling (`resolve`) takes, for every field the two versions disagree on, HQ's value or the other
version's, and writes the result at HQ as a new revision of the record (HQ's revision + 1), in one
transaction with:

* a `resolutions` row: the record, the version compared and every version it settles, each field's
  choice, the resolving supervisor and the time;
* the settled versions marked resolved, and the record's review flag cleared when nothing else about
  it is open;
* a `resolution` publication for the laptop that owns the record (and, for a proposal, the laptop
  that proposed it), so it takes the chosen values and HQ's revision at its next sync (see
  core/services/sync_apply.py).

Rejecting (`reject`, proposals only) writes no revision: the proposal is closed, audited the same
way, and the proposing laptop is told, so its copy goes back to HQ's.

Sealed values are chosen as they are: an envelope chosen stays that envelope (sealing binds it to the
record and field, not to a laptop), so a supervisor chooses between two sealed values without opening
them, and nothing is ever unsealed into the database.

Races end in the database: the record is written only `WHERE rev = <the revision compared>` and the
versions only while still open, so of two supervisors (or a supervisor and a laptop's push) deciding
at once, one wins and the other is told to look again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from ..sync.protocol import ResolutionPayload, ResolvedField
from ..sync.sealed import key_ids
from .conflicts import (
    BOOKKEEPING,
    FIXED,
    SIDES,
    AlreadyResolved,
    differing_fields,
    find_record,
    is_sealed_field,
    pick_version,
    record_label,
)
from . import establishment_files, projections, queue_index
from .db import HQDatabase, RawJSON
from .errors import Conflict, Invalid
from .models import ConflictVersion, Device, Record, Resolution, User, utcnow
from .ownership import INSPECTIONS
from .publish import publish
from .push import canonical

__all__ = ["AlreadyResolved", "ResolutionOutcome", "reject", "resolve"]
MAX_NOTE = 2000


@dataclass(frozen=True)
class ResolutionOutcome:
    resolution_id: int
    outcome: str  # resolved | accepted | rejected
    entity: str
    entity_id: str
    label: str
    rev: int  # the revision HQ holds now
    taken: tuple[str, ...]  # fields whose value came from the other version
    kept: tuple[str, ...]  # fields that kept HQ's value
    settled: tuple[int, ...]  # version ids closed
    still_open: int  # versions of the record still waiting (from other laptops)
    owner_device_name: str


def _wire_time(value: Any) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _clean_note(note: str | None) -> str | None:
    note = (note or "").strip() or None
    if note is not None and len(note) > MAX_NOTE:
        raise Invalid(f"A note may hold at most {MAX_NOTE} characters.")
    return note


def _choices(kind: str, label: str, differ: list[str], same: list[str], given: Mapping[str, str],
             rest: str | None) -> dict[str, str]:
    """Every differing field with its side; clear refusals for anything else."""
    chosen: dict[str, str] = {}
    for name, side in given.items():
        if side not in SIDES:
            raise Invalid(f"Choose hq or theirs for {name}, not {side!r}.")
        if name in BOOKKEEPING or name in FIXED:
            raise Invalid(f"{name} is kept by HQ itself and is not chosen.")
        if name in same:
            raise Invalid(f"{name} is the same in both versions of {label}; there is nothing to choose.")
        if name not in differ:
            listed = ", ".join(differ) if differ else "none"
            raise Invalid(f"{label} has no field {name!r} that differs (the fields that differ: {listed}).")
        chosen[name] = side
    if rest is not None and rest not in SIDES:
        raise Invalid(f"Choose hq or theirs for the other fields, not {rest!r}.")
    missing = [n for n in differ if n not in chosen]
    if missing:
        if rest is None and kind == "stale":
            raise Invalid(f"Choose hq or theirs for every field that differs; not chosen yet: {', '.join(missing)}.")
        chosen.update(dict.fromkeys(missing, rest or "hq"))  # a proposal's fields are taken only when chosen
    return {n: chosen[n] for n in differ}


def resolve(db: HQDatabase, ref: str, choices: Mapping[str, str], by: User, *, version_id: int | None = None,
            rest: str | None = None, expected_hq_rev: int | None = None, note: str | None = None) -> ResolutionOutcome:
    """Settle a version kept beside record `ref` (id or inspection reference), field by field.

    `choices` maps field names to `hq` or `theirs`; `rest` chooses for every field not named. A
    stale version needs a choice for every field that differs; a proposal keeps HQ's value where
    nothing is chosen, and must have at least one field taken (else reject it). `expected_hq_rev`
    is the revision the supervisor compared with: if HQ moved on since, nothing is written.
    """
    note = _clean_note(note)
    with db.write() as conn:
        record, version, replaces, label = _open(conn, ref, version_id, expected_hq_rev)
        differ, same = differing_fields(record.fields, version.fields)
        chosen = _choices(version.kind, label, differ, same, choices, rest)
        taken = [n for n, side in chosen.items() if side == "theirs"]
        if version.kind == "proposal" and not taken:
            raise Invalid(f"Nothing is taken from this proposal for {label}; reject it instead.")
        now = utcnow()
        fields = dict(record.fields)
        for name in taken:
            if name in version.fields:
                fields[name] = version.fields[name]
            else:
                fields.pop(name, None)
        rev = record.rev + 1
        hlc = max(record.hlc or "", str(version.fields.get("hlc") or ""))
        fields.update(rev=rev, updated_at=_wire_time(now), hlc=hlc)
        reference = _reference(conn, record, fields, label)
        settled = [version.id, *replaces]
        outcome = "accepted" if version.kind == "proposal" else "resolved"
        resolution_id = _audit(conn, record, version, outcome, chosen, settled, rev, by, note, now)
        text = canonical(fields)
        still_open = _close(conn, record, settled, resolution_id, now)
        written = conn.execute(
            update(Record)
            .where(Record.entity == record.entity, Record.entity_id == record.entity_id, Record.rev == record.rev)
            .values(fields=RawJSON(text), fields_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), rev=rev,
                    hlc=hlc, writer_device_id=None, resolution_id=resolution_id, reference=reference,
                    updated_at=now, needs_review=still_open > 0)
        ).rowcount
        if written != 1:
            raise Conflict(f"HQ's copy of {label} changed while you were deciding; compare it again.")
        _refresh_queue(conn, record)
        _follow(conn, record, text)
        payload = ResolutionPayload(
            resolution_id=resolution_id, entity=record.entity, entity_id=record.entity_id, kind=version.kind,
            rev=rev, hq_rev=record.rev, base_resolution=resolution_id, outcome=outcome,
            fields={n: fields.get(n) for n in differ},
            sources={n: ResolvedField(side=side, device_id=record.writer_device_id if side == "hq" else  # type: ignore[arg-type]
                                      version.device_id, sealed=_sealed(record.entity, n, fields.get(n)))
                     for n, side in chosen.items()},
            settled_op_ids=_op_ids(conn, settled), resolved_by=by.display_name, resolved_at=now)
        _publish(conn, resolution_id, payload, record, version)
        owner = _device_name(conn, record.owner_device_id)
    return ResolutionOutcome(resolution_id, outcome, record.entity, record.entity_id, label, rev, tuple(taken),
                             tuple(n for n in differ if n not in taken), tuple(settled), still_open, owner)


def reject(db: HQDatabase, ref: str, by: User, *, version_id: int | None = None, expected_hq_rev: int | None = None,
           note: str | None = None) -> ResolutionOutcome:
    """Turn down a proposal kept beside record `ref`: HQ's record stays as it is, the proposal is closed."""
    note = _clean_note(note)
    with db.write() as conn:
        record, version, replaces, label = _open(conn, ref, version_id, expected_hq_rev)
        if version.kind != "proposal":
            raise Invalid(f"Version {version.id} of {label} is a conflict, not a proposal: settle it field by field "
                          "(choose hq or theirs for each field that differs).")
        differ, _ = differing_fields(record.fields, version.fields)
        now = utcnow()
        settled = [version.id, *replaces]
        chosen = dict.fromkeys(differ, "hq")
        resolution_id = _audit(conn, record, version, "rejected", chosen, settled, None, by, note, now)
        still_open = _close(conn, record, settled, resolution_id, now)
        conn.execute(update(Record).where(Record.entity == record.entity, Record.entity_id == record.entity_id)
                     .values(needs_review=still_open > 0))
        _refresh_queue(conn, record)
        # The proposing laptop takes HQ's values back (and sees its proposal answered); the owner has nothing new.
        payload = ResolutionPayload(
            resolution_id=resolution_id, entity=record.entity, entity_id=record.entity_id, kind="proposal",
            rev=record.rev, hq_rev=record.rev, base_resolution=record.resolution_id, outcome="rejected",
            fields={n: record.fields.get(n) for n in differ},
            sources={n: ResolvedField(side="hq", device_id=record.writer_device_id,
                                      sealed=_sealed(record.entity, n, record.fields.get(n))) for n in differ},
            settled_op_ids=_op_ids(conn, settled), resolved_by=by.display_name, resolved_at=now)
        seq = publish(conn, "resolution", payload.model_dump(mode="json"), target_device_id=version.device_id)
        conn.execute(update(Resolution).where(Resolution.id == resolution_id).values(publication_seq=seq))
        owner = _device_name(conn, record.owner_device_id)
    return ResolutionOutcome(resolution_id, "rejected", record.entity, record.entity_id, label, record.rev, (),
                             tuple(differ), tuple(settled), still_open, owner)


# --- inside the transaction ----------------------------------------------------------------------------------


def _open(conn: Connection, ref: str, version_id: int | None, expected_hq_rev: int | None) -> tuple[Any, Any, list[int], str]:
    record = find_record(conn, ref)
    reference = record.reference
    if record.entity != INSPECTIONS and record.inspection_id:
        reference = conn.execute(select(Record.reference).where(Record.entity == INSPECTIONS,
                                                                Record.entity_id == record.inspection_id)).scalar()
    label = record_label(record.entity, record.entity_id, record.fields, reference)
    version, replaces, _others = pick_version(conn, record, label, version_id)
    if expected_hq_rev is not None and expected_hq_rev != record.rev:
        raise Conflict(f"HQ's copy of {label} is at revision {record.rev} now, not the revision {expected_hq_rev} you "
                       "compared; compare it again.", code="record_moved")
    return record, version, replaces, label


def _reference(conn: Connection, record: Any, fields: Mapping[str, Any], label: str) -> str | None:
    """The inspection reference the resolved record carries, still unique at HQ."""
    if record.entity != INSPECTIONS:
        return record.reference
    value = fields.get("reference")
    reference = value.strip() or None if isinstance(value, str) else None
    if reference is not None and reference != record.reference:
        holder = conn.execute(select(Record.entity_id).where(Record.reference == reference,
                                                             Record.entity_id != record.entity_id)).scalar()
        if holder is not None:
            raise Conflict(f"Another inspection at HQ holds reference {reference}; references are unique, so {label} "
                           "keeps HQ's reference.")
    return reference


def _audit(conn: Connection, record: Any, version: Any, outcome: str, chosen: Mapping[str, str], settled: list[int],
           rev: int | None, by: User, note: str | None, now: Any) -> int:
    result = conn.execute(insert(Resolution).values(
        entity=record.entity, entity_id=record.entity_id, kind=version.kind, outcome=outcome, version_id=version.id,
        version_device_id=version.device_id, version_op_id=version.op_id, hq_rev=record.rev,
        hq_writer_device_id=record.writer_device_id, rev=rev, choices=dict(chosen), settled_version_ids=settled,
        note=note, resolved_by_user_id=by.id, resolved_by_name=by.display_name, resolved_at=now))
    return int(result.inserted_primary_key[0])


def _close(conn: Connection, record: Any, settled: list[int], resolution_id: int, now: Any) -> int:
    """Mark the settled versions resolved (only if still open: else someone was quicker); returns how many
    versions of the record stay open."""
    closed = conn.execute(update(ConflictVersion).where(ConflictVersion.id.in_(settled),
                                                        ConflictVersion.resolved_at.is_(None))
                          .values(resolved_at=now, resolution_id=resolution_id)).rowcount
    if closed != len(settled):
        raise AlreadyResolved("Someone resolved this version just now; look at the record again.")
    return int(conn.execute(select(func.count()).select_from(ConflictVersion).where(
        ConflictVersion.entity == record.entity, ConflictVersion.entity_id == record.entity_id,
        ConflictVersion.resolved_at.is_(None))).scalar_one())


def _op_ids(conn: Connection, version_ids: list[int]) -> list[str]:
    return list(conn.execute(select(ConflictVersion.op_id).where(ConflictVersion.id.in_(version_ids))
                             .order_by(ConflictVersion.id)).scalars())


def _publish(conn: Connection, resolution_id: int, payload: ResolutionPayload, record: Any, version: Any) -> None:
    """To the owner; for a proposal also to the laptop that proposed it (its copy takes HQ's revision)."""
    body = payload.model_dump(mode="json")
    seq = publish(conn, "resolution", body, target_device_id=record.owner_device_id)
    if version.kind == "proposal" and version.device_id != record.owner_device_id:
        publish(conn, "resolution", body, target_device_id=version.device_id)
    conn.execute(update(Resolution).where(Resolution.id == resolution_id).values(publication_seq=seq))


def _refresh_queue(conn: Connection, record: Any) -> None:
    """The review queue's columns (worst severity, the conflict flag, an establishment's name) follow."""
    written = [{"entity": record.entity, "entity_id": record.entity_id, "inspection_id": record.inspection_id}]
    queue_index.refresh_after_write(conn, written, [(record.entity, record.entity_id)])


def _follow(conn: Connection, record: Any, text: str) -> None:
    """Statistics and establishment files follow the settled revision, in the same transaction, as they
    follow a push: a severity the supervisor settled counts at once, not after `rebuild-projections`."""
    row = {"entity": record.entity, "entity_id": record.entity_id, "inspection_id": record.inspection_id,
           "owner_device_id": record.owner_device_id, "fields": text}
    projections.project(conn, [row])
    establishment_files.after_push(conn, record.owner_device_id, [
        establishment_files.Applied(record.entity, record.entity_id, record.inspection_id, text)])


def _sealed(entity: str, name: str, value: Any) -> bool:
    return is_sealed_field(entity, name) and bool(key_ids(entity, {name: value}))


def _device_name(conn: Connection, device_id: str) -> str:
    return conn.execute(select(Device.name).where(Device.id == device_id)).scalar() or device_id
