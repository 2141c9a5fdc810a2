"""What needs a supervisor: the versions HQ kept beside its records, and each one compared with HQ's.

HQ keeps a laptop's version beside a record when it was made on an older revision than HQ holds
(`stale`), and another laptop's change to a shared directory record as a `proposal` (push.py). This
module reads them for people: `open_versions` lists what is still open, `compare` lays one version
beside HQ's revision field by field, with who wrote each side (the laptop, the inspectors the record
names) and when. resolve.py writes the decision.

Sealed testimony stays sealed: a sealed field is shown as an envelope (which key it is sealed to),
and opened only when the caller hands in a `Keyring` (a session that unlocked the evidence, or a
command given the evidence passphrase). Opened values live in the returned objects only.

Every open version of one device replaces that device's older open versions of the same record
(each change carries the whole record), so a list shows the newest per device, and settling it
settles the older ones too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select

from ..sync.sealed import SEALED_FIELDS, SNAPSHOT_ENTITY, SNAPSHOT_FIELD, is_envelope
from .db import HQDatabase
from .errors import Conflict, HQError, Invalid, NotFound
from .evidence import Keyring
from .models import ConflictVersion, Device, OpLog, Record, Resolution
from .ownership import INSPECTIONS, kind_of

# Fields every record carries that no one chooses: HQ sets them on the revision it writes.
BOOKKEEPING = frozenset({"id", "rev", "created_at", "updated_at", "hlc"})
# Fields that cannot differ between two versions HQ kept (a record never moves to another inspection).
FIXED = frozenset({"inspection_id"})
SIDES = ("hq", "theirs")
_ABSENT = "\x00absent"  # a field one version does not carry at all

# What names a record for people, by entity (the first field present wins).
_LABEL_FIELDS: dict[str, tuple[str, ...]] = {
    INSPECTIONS: ("reference",),
    "establishments": ("name_th", "name_en", "registration_no"),
    "language_coordinators": ("full_name",),
    "worker_interviews": ("worker_code",),
    "checklist_answers": ("item_code",),
    "findings": ("title_th", "title_en", "item_code"),
    "attachments": ("caption", "original_name"),
    "signatures": ("role",),
    "inspection_revisions": ("revision",),
}
_PEOPLE_FIELDS = ("answered_by", "owner_id", "lead_inspector_id")


def is_sealed_field(entity: str, name: str) -> bool:
    return name in SEALED_FIELDS.get(entity, ()) or (entity == SNAPSHOT_ENTITY and name == SNAPSHOT_FIELD)


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def differing_fields(hq: Mapping[str, Any], theirs: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(fields the two versions disagree on, fields they share), bookkeeping left out, each sorted."""
    names = sorted((set(hq) | set(theirs)) - BOOKKEEPING - FIXED)
    differ = [n for n in names if _canonical(hq.get(n, _ABSENT)) != _canonical(theirs.get(n, _ABSENT))]
    return differ, [n for n in names if n not in differ]


@dataclass(frozen=True)
class Author:
    """Who wrote one side of a comparison, and when."""

    rev: int
    device_id: str | None  # None: HQ wrote it (an earlier resolution)
    device_name: str | None
    op_id: str | None
    received_at: datetime | None  # when HQ received it (or wrote it)
    changed_at: str | None  # when the laptop says the change was made (its own clock, UTC)
    inspectors: tuple[str, ...]  # the inspectors the record names (an inspection's team)
    resolution_id: int | None = None
    resolved_by: str | None = None

    @property
    def who(self) -> str:
        if self.device_id is None:
            return f"HQ (resolution {self.resolution_id} by {self.resolved_by})"
        return f"laptop {self.device_name}"


@dataclass(frozen=True)
class FieldDiff:
    """One field the versions disagree on. Sealed values are envelopes unless opened for this reader."""

    name: str
    hq: Any
    theirs: Any
    sealed: bool
    opened: tuple[Any, Any] | None = None  # (hq, theirs) in clear, only for a reader who unlocked evidence
    open_problem: str | None = None  # why a sealed value could not be opened

    @property
    def same_when_opened(self) -> bool:
        return self.opened is not None and _canonical(self.opened[0]) == _canonical(self.opened[1])


@dataclass(frozen=True)
class Comparison:
    version_id: int
    kind: str  # stale | proposal
    entity: str
    entity_id: str
    label: str
    name: str | None  # what names the record among its kind (see record_name)
    inspection_id: str | None
    inspection_reference: str | None
    owner_device_id: str
    owner_device_name: str
    hq_rev: int
    base_rev: int  # the revision the other version was made on
    hq: Author
    theirs: Author
    differing: tuple[FieldDiff, ...]
    same: tuple[str, ...]
    replaces: tuple[int, ...]  # older open versions of the same laptop this one settles too
    others_open: tuple[int, ...]  # open versions from other laptops (settled on their own)
    hq_fields: dict[str, Any] = field(repr=False, default_factory=dict)
    their_fields: dict[str, Any] = field(repr=False, default_factory=dict)

    @property
    def kind_name(self) -> str:
        return kind_of(self.entity)

    def diff(self, name: str) -> FieldDiff | None:
        return next((d for d in self.differing if d.name == name), None)


@dataclass(frozen=True)
class OpenItem:
    """One open version (the newest of its laptop for its record), for a list."""

    version_id: int
    kind: str
    entity: str
    entity_id: str
    label: str
    name: str | None
    inspection_id: str | None
    inspection_reference: str | None
    device_id: str
    device_name: str
    received_at: datetime
    base_rev: int
    hq_rev: int  # what HQ holds now
    replaces: int  # older open versions of the same laptop
    differing: tuple[str, ...]


class AlreadyResolved(Conflict):
    code = "already_resolved"


# --- finding records and versions ------------------------------------------------------------------


def find_record(conn: Connection, ref: str) -> Any:
    """A record by id (unique across entities), or an inspection by its reference."""
    ref = (ref or "").strip()
    if not ref:
        raise Invalid("Name a record: its id (as 'inspector-hq conflicts' lists it) or an inspection's reference.")
    rows = conn.execute(select(Record).where(or_(Record.entity_id == ref, Record.reference == ref))).all()
    if not rows:
        raise NotFound(f"HQ holds no record {ref!r} (give a record id as 'inspector-hq conflicts' lists it, or an "
                       "inspection's reference).")
    if len(rows) > 1:
        raise Invalid(f"{len(rows)} records match {ref!r}; give the record id.")
    return rows[0]


def _versions(conn: Connection, entity: str, entity_id: str) -> list[Any]:
    return list(conn.execute(select(ConflictVersion).where(ConflictVersion.entity == entity,
                                                           ConflictVersion.entity_id == entity_id)
                             .order_by(ConflictVersion.id)).all())


def _newest_per_device(versions: Iterable[Any]) -> dict[str, Any]:
    newest: dict[str, Any] = {}
    for v in versions:
        if v.resolved_at is None:
            newest[v.device_id] = v  # ordered by id: the last one wins
    return newest


def pick_version(conn: Connection, record: Any, label: str, version_id: int | None) -> tuple[Any, list[int], list[int]]:
    """(the version to settle, older open versions of its laptop it settles too, other laptops' open ones)."""
    versions = _versions(conn, record.entity, record.entity_id)
    if version_id is not None:
        chosen = next((v for v in versions if v.id == version_id), None)
        if chosen is None:
            raise NotFound(f"Version {version_id} is not one HQ keeps beside {label}"
                           + (f" (its versions: {', '.join(str(v.id) for v in versions)})." if versions else "."))
        if chosen.resolved_at is not None:
            raise _already(conn, chosen, label)
    else:
        heads = _newest_per_device(versions)
        if not heads:
            if versions:
                raise _already(conn, versions[-1], label)
            raise NotFound(f"HQ keeps no other version of {label}: there is nothing to resolve.")
        if len(heads) > 1:
            ids = ", ".join(str(v.id) for v in sorted(heads.values(), key=lambda v: v.id))
            raise Invalid(f"{label} has open versions from {len(heads)} laptops; choose one by its version id "
                          f"({ids}).")
        chosen = next(iter(heads.values()))
    replaces = [v.id for v in versions if v.device_id == chosen.device_id and v.id < chosen.id and v.resolved_at is None]
    others = [v.id for v in _newest_per_device(versions).values() if v.device_id != chosen.device_id]
    return chosen, replaces, sorted(others)


def _already(conn: Connection, version: Any, label: str) -> AlreadyResolved:
    by = conn.execute(select(Resolution.resolved_by_name, Resolution.resolved_at, Resolution.outcome)
                      .where(Resolution.id == version.resolution_id)).first() if version.resolution_id else None
    said = (f" ({by.outcome} by {by.resolved_by_name} at {by.resolved_at:%Y-%m-%d %H:%M} UTC)" if by else "")
    return AlreadyResolved(f"Version {version.id} of {label} is resolved already{said}; nothing to do.")


# --- describing records ---------------------------------------------------------------------------------


def _inspection(conn: Connection, record: Any) -> Any | None:
    if record.entity == INSPECTIONS:
        return record
    if not record.inspection_id:
        return None
    return conn.execute(select(Record.entity_id, Record.reference, Record.fields)
                        .where(Record.entity == INSPECTIONS, Record.entity_id == record.inspection_id)).first()


def record_name(entity: str, fields: Mapping[str, Any]) -> str | None:
    """What names a record among its kind (a reference, a title, a worker code), if it carries one."""
    return next((str(fields[f]) for f in _LABEL_FIELDS.get(entity, ()) if fields.get(f) not in (None, "")), None)


def record_label(entity: str, entity_id: str, fields: Mapping[str, Any], inspection_reference: str | None) -> str:
    """A record as people name it: "finding 'Passports held' of 63-2569-AB1200001", "establishment 'Somchai Fish'"."""
    name = record_name(entity, fields)
    if entity == INSPECTIONS:
        return f"inspection {name or entity_id}"
    text = f"{kind_of(entity)} {name!r}" if name else f"{kind_of(entity)} {entity_id}"
    return f"{text} of {inspection_reference}" if inspection_reference else text


def _inspectors(fields: Mapping[str, Any], team_source: Mapping[str, Any] | None) -> tuple[str, ...]:
    team = (team_source or {}).get("team")
    members = [m for m in team if isinstance(m, dict)] if isinstance(team, list) else []
    names = {m.get("user_id"): str(m["name"]) for m in members if m.get("name")}
    first = [names[fields[p]] for p in _PEOPLE_FIELDS if isinstance(fields.get(p), str) and fields[p] in names]
    return tuple(dict.fromkeys([*first, *names.values()]))


def _device_names(conn: Connection, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return dict(conn.execute(select(Device.id, Device.name).where(Device.id.in_(wanted))).all())


def _hq_author(conn: Connection, record: Any, names: Mapping[str, str], team: Mapping[str, Any] | None) -> Author:
    fields = record.fields
    if record.writer_device_id is None and record.resolution_id is not None:
        res = conn.execute(select(Resolution.resolved_by_name, Resolution.resolved_at)
                           .where(Resolution.id == record.resolution_id)).first()
        return Author(record.rev, None, None, None, res.resolved_at if res else record.updated_at,
                      fields.get("updated_at"), _inspectors(fields, team), record.resolution_id,
                      res.resolved_by_name if res else None)
    received = conn.execute(select(OpLog.received_at).where(OpLog.op_id == record.last_op_id)).scalar()
    return Author(record.rev, record.writer_device_id, names.get(record.writer_device_id or ""), record.last_op_id,
                  received or record.updated_at, fields.get("updated_at"), _inspectors(fields, team))


def _their_author(version: Any, names: Mapping[str, str], team: Mapping[str, Any] | None) -> Author:
    return Author(version.rev, version.device_id, names.get(version.device_id), version.op_id, version.received_at,
                  version.fields.get("updated_at"), _inspectors(version.fields, team))


def _open_diff(entity: str, entity_id: str, name: str, hq: Any, theirs: Any, keyring: Keyring | None) -> FieldDiff:
    sealed = is_sealed_field(entity, name)
    if not sealed or keyring is None:
        return FieldDiff(name, hq, theirs, sealed)
    try:
        opened = tuple(keyring.open_fields(entity, entity_id, {name: value}).get(name) if value is not None else None
                       for value in (hq, theirs))
    except HQError as exc:
        return FieldDiff(name, hq, theirs, sealed, open_problem=exc.detail)
    return FieldDiff(name, hq, theirs, sealed, opened=(opened[0], opened[1]))


# --- the two reads ---------------------------------------------------------------------------------------


def compare(db: HQDatabase, ref: str, *, version_id: int | None = None, keyring: Keyring | None = None) -> Comparison:
    """One open version of a record beside HQ's revision (the only open one, or `version_id`)."""
    with db.read() as conn:
        record = find_record(conn, ref)
        inspection = _inspection(conn, record)
        reference = inspection.reference if inspection is not None else None
        label = record_label(record.entity, record.entity_id, record.fields, reference)
        version, replaces, others = pick_version(conn, record, label, version_id)
        names = _device_names(conn, (record.writer_device_id, version.device_id, record.owner_device_id))
        team = inspection.fields if inspection is not None else None
        hq_author = _hq_author(conn, record, names, team)
    differ, same = differing_fields(record.fields, version.fields)
    diffs = tuple(_open_diff(record.entity, record.entity_id, n, record.fields.get(n), version.fields.get(n), keyring)
                  for n in differ)
    return Comparison(
        version_id=version.id, kind=version.kind, entity=record.entity, entity_id=record.entity_id, label=label,
        name=record_name(record.entity, record.fields),
        inspection_id=inspection.entity_id if inspection is not None else None, inspection_reference=reference,
        owner_device_id=record.owner_device_id, owner_device_name=names.get(record.owner_device_id, ""),
        hq_rev=record.rev, base_rev=version.base_rev, hq=hq_author,
        theirs=_their_author(version, names, team if record.entity != INSPECTIONS else version.fields),
        differing=diffs, same=tuple(same), replaces=tuple(replaces), others_open=tuple(others),
        hq_fields=dict(record.fields), their_fields=dict(version.fields))


def open_versions(db: HQDatabase) -> list[OpenItem]:
    """Every open version still waiting for a supervisor (the newest per laptop and record), oldest first."""
    with db.read() as conn:
        versions = list(conn.execute(select(ConflictVersion).where(ConflictVersion.resolved_at.is_(None))
                                     .order_by(ConflictVersion.id)).all())
        ids = sorted({v.entity_id for v in versions})
        records: dict[str, Any] = {}
        for start in range(0, len(ids), 400):
            for r in conn.execute(select(Record).where(Record.entity_id.in_(ids[start:start + 400]))):
                records[r.entity_id] = r
        parents = sorted({r.inspection_id for r in records.values() if r.inspection_id and r.entity != INSPECTIONS})
        references: dict[str, str | None] = {}
        for start in range(0, len(parents), 400):
            references.update(conn.execute(select(Record.entity_id, Record.reference).where(
                Record.entity == INSPECTIONS, Record.entity_id.in_(parents[start:start + 400]))).all())
        names = _device_names(conn, (v.device_id for v in versions))
    grouped: dict[tuple[str, str], list[Any]] = {}
    for v in versions:
        grouped.setdefault((v.entity_id, v.device_id), []).append(v)
    items = []
    for (entity_id, device_id), group in grouped.items():
        record = records.get(entity_id)
        head = group[-1]
        if record is None:  # a proposal for a record HQ does not hold cannot happen; be safe in a list
            continue
        reference = record.reference if record.entity == INSPECTIONS else references.get(record.inspection_id or "")
        differ, _ = differing_fields(record.fields, head.fields)
        items.append(OpenItem(
            version_id=head.id, kind=head.kind, entity=record.entity, entity_id=entity_id,
            label=record_label(record.entity, entity_id, record.fields, reference),
            name=record_name(record.entity, record.fields),
            inspection_id=entity_id if record.entity == INSPECTIONS else record.inspection_id,
            inspection_reference=reference,
            device_id=device_id, device_name=names.get(device_id, device_id), received_at=head.received_at,
            base_rev=head.base_rev, hq_rev=record.rev, replaces=len(group) - 1, differing=tuple(differ)))
    return sorted(items, key=lambda i: i.version_id)


def display_value(value: Any) -> str:
    """A stored value as one line for people (an envelope says which key it is sealed to)."""
    if value is None:
        return "(empty)"
    if is_envelope(value):
        return f"(sealed to {value['kid']})"
    if isinstance(value, str):
        return value
    return _canonical(value)


def record_of_version(db: HQDatabase, version_id: int) -> str:
    """The record a kept version belongs to (pages address a version by its id)."""
    with db.read() as conn:
        found = conn.execute(select(ConflictVersion.entity_id).where(ConflictVersion.id == version_id)).scalar()
    if found is None:
        raise NotFound(f"HQ keeps no version {version_id}.")
    return str(found)


@dataclass(frozen=True)
class Decided:
    """A resolution, for a list of what was decided lately."""

    resolution_id: int
    outcome: str
    kind: str
    entity: str
    entity_id: str
    label: str
    name: str | None
    inspection_id: str | None
    rev: int | None
    resolved_by: str
    resolved_at: datetime
    taken: tuple[str, ...]


def recent_resolutions(db: HQDatabase, limit: int = 20) -> list[Decided]:
    """The latest decisions, newest first (what each took from the other version, who, when)."""
    with db.read() as conn:
        rows = conn.execute(select(Resolution).order_by(Resolution.id.desc()).limit(limit)).all()
        ids = sorted({r.entity_id for r in rows})
        records = {r.entity_id: r for r in conn.execute(
            select(Record.entity, Record.entity_id, Record.fields, Record.inspection_id, Record.reference)
            .where(Record.entity_id.in_(ids)))} if ids else {}
        parents = sorted({r.inspection_id for r in records.values() if r.inspection_id and r.entity != INSPECTIONS})
        references = dict(conn.execute(select(Record.entity_id, Record.reference).where(
            Record.entity == INSPECTIONS, Record.entity_id.in_(parents))).all()) if parents else {}
    out = []
    for r in rows:
        record = records.get(r.entity_id)
        fields = record.fields if record is not None else {}
        inspection_id = (r.entity_id if r.entity == INSPECTIONS else record.inspection_id) if record is not None \
            else None
        reference = references.get(inspection_id or "") if r.entity != INSPECTIONS else (
            record.reference if record is not None else None)
        out.append(Decided(r.id, r.outcome, r.kind, r.entity, r.entity_id,
                           record_label(r.entity, r.entity_id, fields, reference), record_name(r.entity, fields),
                           inspection_id, r.rev, r.resolved_by_name, r.resolved_at,
                           tuple(n for n, side in (r.choices or {}).items() if side == "theirs")))
    return out
