"""A supervisor's resolution, pulled from HQ: the record takes the chosen values and HQ's revision.

HQ settled a conflict on a record this laptop owns (or accepted or turned down its proposal) and
wrote the result as revision `rev`. Applied as an HQ-originated revision: audited like every
change, never queued for upload, `rev` set to HQ's, so the next change here is based on the
revision HQ holds and applies there without a conflict.

Nothing is lost either way:

* If the laptop holds changes to the record made after the newest one the resolution answered (still
  to be sent, refused, or kept at HQ as a newer conflict), its record stays as it is, revision
  included: those changes reach HQ (or already did) as a conflict with the resolved revision, and the
  supervisor decides again; a later resolution that answers them is applied. This one is audited as
  held (`resolution_held`). HQ cannot mistake them for changes made on the resolution even where the
  numbers agree: a change made on a resolved revision names the resolution (`resolved_at_hq`,
  outbox `base_resolution`), and HQ applies a change on a revision it wrote only when it does.
* Sealed testimony: where the chosen value is an envelope this laptop sealed itself (it is in its
  outbox), the laptop keeps its own plaintext of exactly that version. Where it came from another
  laptop, this laptop cannot open it: the field is emptied here and the envelope kept in
  `sealed_at_hq`, and changes sent later carry that envelope, so the supervisor's choice stands at HQ.

The changes this resolution answers leave the laptop's list of conflicts (outbox state `resolved`).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, LargeBinary, inspect, select, update

from .. import outbox_counts
from ..models import LOCAL_ONLY_ENTITIES, SYNCED_MODELS, OutboxOp, ResolvedAtHQ, SealedAtHQ
from ..types import ISODate, UTCDateTime, canonical_json
from ..writer import UnitOfWork

NOT_CHOSEN = frozenset({"id", "rev", "created_at", "updated_at", "hlc"})
SEEN_STATES = ("acked", "duplicate", "resolved")  # changes HQ took (or a resolution answered)
RESOLVED_NOTE = "Resolved at HQ by {by} ({at:%Y-%m-%d %H:%M} UTC): HQ now holds revision {rev}."
FOREIGN_NOTE = ("A supervisor ({by}) settled {entity} {id} at HQ with sealed values from another laptop ({fields}); "
                "this laptop cannot open them, so they show empty here and HQ keeps them.")


class BadResolution(ValueError):
    """A resolution this app cannot read (kept out, with a warning)."""


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise BadResolution(f"not a time: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _column_value(column: Any, value: Any) -> Any:
    """A wire value (as writer.to_wire made it) as the column holds it."""
    if value is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, UTCDateTime):
            return _time(value)
        if isinstance(kind, ISODate):
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if isinstance(kind, LargeBinary):
            return base64.b64decode(value, validate=True)
        if isinstance(kind, Boolean):
            return bool(value)
    except (ValueError, TypeError):
        raise BadResolution(f"{column.key}: not a value of its kind") from None
    return value


def _placeholder(column: Any, current: Any) -> Any:
    """What a field shows where HQ holds a sealed value this laptop cannot open: empty; a required
    list empty too; anything else required (a signed revision's snapshot) stays as it is here."""
    if column.nullable:
        return None
    if isinstance(current, list):
        return []
    return current


def apply_resolution(uow: UnitOfWork, payload: Mapping[str, Any]) -> str | None:
    """Apply one `resolution` item; returns a warning for the user, or None."""
    try:
        entity, entity_id = str(payload["entity"]), str(payload["entity_id"])
        rev = int(payload["rev"])
        fields = dict(payload["fields"])
        sources = {str(k): dict(v) for k, v in dict(payload["sources"]).items()}
        settled = {str(op_id) for op_id in payload.get("settled_op_ids") or ()}
        resolution_id = int(payload["resolution_id"])
        by = str(payload["resolved_by"])
        at = _time(payload["resolved_at"])
    except (KeyError, TypeError, ValueError):
        return "HQ sent a resolution this app cannot read; it was skipped. Update the app."
    model = SYNCED_MODELS.get(entity)
    if model is None or entity in LOCAL_ONLY_ENTITIES:
        return None
    record = uow.session.get(model, entity_id)
    if record is None:
        return None  # not on this laptop (e.g. a proposal for a record it never held)
    ops = list(uow.session.execute(select(OutboxOp.seq, OutboxOp.op_id, OutboxOp.state, OutboxOp.fields,
                                          OutboxOp.sealed)
                                   .where(OutboxOp.entity == entity, OutboxOp.entity_id == entity_id)
                                   .order_by(OutboxOp.seq)).all())
    note = RESOLVED_NOTE.format(by=by, at=at, rev=rev)
    answered = [op.seq for op in ops if op.op_id in settled and op.state == "conflict"]
    if answered:
        with outbox_counts.changing(uow.connection, answered):  # the kept counts follow (no longer in conflict)
            uow.session.execute(update(OutboxOp).where(OutboxOp.seq.in_(answered))
                                .values(state="resolved", last_error=note))
    # Changes the supervisor could not have seen: made after the newest one HQ held when deciding (each
    # change carries the whole record, so older ones are in it), and not taken by HQ since.
    watermark = max((op.seq for op in ops if op.op_id in settled or op.state in SEEN_STATES), default=0)
    unseen = [op for op in ops if op.seq > watermark and op.state in ("pending", "rejected", "conflict")]
    if unseen:
        uow.log_only(entity, entity_id, "resolution_held",
                     {"resolution_id": resolution_id, "rev": rev, "resolved_by": by}, outbox=False)
        return None
    try:
        foreign = _take(uow, model, record, fields, sources, ops, resolution_id, by, at)
    except BadResolution as exc:
        return f"HQ sent a resolution for {entity} {entity_id} this app cannot apply ({exc}); it was skipped."
    record.rev = rev
    uow.save(record, "resolved_at_hq", outbox=False, bump_rev=False)
    _remember(uow, entity, entity_id, rev, payload.get("base_resolution"), by, at)
    if foreign:
        return FOREIGN_NOTE.format(by=by, entity=entity, id=entity_id, fields=", ".join(foreign))
    return None


def _take(uow: UnitOfWork, model: type[Any], record: Any, fields: Mapping[str, Any], sources: Mapping[str, Any],
          ops: list[Any], resolution_id: int, by: str, at: datetime) -> list[str]:
    """Set the resolved values on the record; returns the fields held sealed at HQ only."""
    columns = {c.key: c for c in inspect(model).columns}
    entity, entity_id = model.__tablename__, record.id
    kept = {row.field: row for row in uow.session.scalars(select(SealedAtHQ).where(
        SealedAtHQ.entity == entity, SealedAtHQ.entity_id == entity_id))}
    foreign: list[str] = []
    for name, value in fields.items():
        column = columns.get(name)
        if column is None or name in NOT_CHOSEN:
            continue
        source = sources.get(name) or {}
        readable = (value,) if not source.get("sealed") else _own_plaintext(ops, name, value)
        if readable is not None:
            setattr(record, name, _column_value(column, readable[0]))
            stale = kept.pop(name, None)
            if stale is not None:
                uow.session.delete(stale)
            continue
        placeholder = _placeholder(column, getattr(record, name))
        setattr(record, name, _column_value(column, placeholder))
        foreign.append(name)
        row = kept.get(name)
        if row is None:
            row = SealedAtHQ(entity=entity, entity_id=entity_id, field=name)
            uow.session.add(row)
        row.envelope = value
        row.placeholder = placeholder
        row.from_device_id = source.get("device_id")
        row.resolution_id = resolution_id
        row.resolved_by = by
        row.resolved_at = at
    return foreign


def _own_plaintext(ops: list[Any], name: str, value: Any) -> tuple[Any] | None:
    """The plaintext this laptop sealed as `value` (the newest op that sent exactly this envelope)."""
    wanted = canonical_json(value)
    for op in reversed(ops):
        sealed = op.sealed if isinstance(op.sealed, dict) else {}
        if name in sealed and canonical_json(sealed[name]) == wanted and isinstance(op.fields, dict):
            return (op.fields.get(name),)
    return None


def _remember(uow: UnitOfWork, entity: str, entity_id: str, rev: int, resolution: Any, by: str, at: datetime) -> None:
    """Note which resolution wrote the revision the record now holds, for the next change made on it."""
    row = uow.session.get(ResolvedAtHQ, (entity, entity_id))
    if not isinstance(resolution, int) or isinstance(resolution, bool):
        if row is not None:
            uow.session.delete(row)  # a laptop wrote the revision now held: no resolution to name
        return
    if row is None:
        row = ResolvedAtHQ(entity=entity, entity_id=entity_id)
        uow.session.add(row)
    row.rev, row.resolution_id, row.resolved_by, row.resolved_at = rev, resolution, by, at
