"""A repeat of document retention at one employer, found across visits and laptops without numbers.

Every worker document a laptop sends carries its number sealed and the number's keyed hash in
clear (sync/documents.py). HQ keeps a sighting per document (`document_sightings`: type, holder,
hash, the inspection and its establishment; never the number) in step with `records`, in the push's
own transaction, and flags a repeat: the same document (same key id and hash) **held by the
employer** at two or more inspections of one establishment. The flag is kept in `retention_flags`
and published to every laptop (pull kind `establishment_flag`) for the establishment's file;
a flag that no longer holds (a document recorded in error, a corrected holder) is withdrawn.

Establishments are matched across laptops (each laptop has its own record of an employer) by:

1. the registration number, letters and digits only, upper case ("reg:0635551000123");
2. else the Thai name (NFKC, case-folded, spaces and punctuation dropped) with the subdistrict code,
   or the district code when no subdistrict was recorded ("name:โรงงานตัวอย่าง@630601");
3. else the establishment record itself ("id:<record id>"): no match with another laptop's record.

Functions for the workspace and the establishment's file: `retention_flags(conn, ...)` (rows of the
table) and `establishment_key(fields, id)`.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from .bulk import insert_rows
from .db import RawJSON, among
from ..sync.documents import ENTITY, HASH_FIELD, KID_FIELD
from ..sync.protocol import EstablishmentFlagPayload
from .models import DocumentSighting, Record, RetentionFlag, utcnow
from .publish import publish

__all__ = ["FLAG", "RetentionRepeat", "after_push", "establishment_key", "rebuild", "retention_flags"]

FLAG = "document_retention_repeat"
PUBLICATION_KIND = "establishment_flag"
HELD_BY_EMPLOYER = "employer"
CHUNK = 400
_SIGHTINGS = DocumentSighting.__table__
_FLAGS = RetentionFlag.__table__


def _fields(value: Any) -> dict[str, Any]:
    if isinstance(value, RawJSON) and value.value is not None:
        value = value.value  # the fields a push just serialised (read only)
    elif isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def _word(value: Any, limit: int) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


def _alnum(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", value).casefold() if ch.isalnum())


def establishment_key(fields: Mapping[str, Any], establishment_id: str) -> str:
    """How HQ recognises one employer across laptops' records (see the module docstring)."""
    registration = _alnum(fields.get("registration_no")).upper()
    if registration:
        return f"reg:{registration}"[:200]
    name = _alnum(fields.get("name_th")) or _alnum(fields.get("name_en"))
    place = _word(fields.get("subdistrict_code"), 6) or _word(fields.get("district_code"), 4)
    if name and place:
        return f"name:{name}@{place}"[:200]
    return f"id:{establishment_id}"


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _records(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(Record.entity_id, Record.fields)
                                .where(Record.entity == entity, among(conn, Record.entity_id, chunk))):
            found[row.entity_id] = _fields(row.fields)
    return found


# --------------------------------------------------------------------------- sightings


def _sighting(document_id: str, owner: str, fields: Mapping[str, Any],
              inspections: Mapping[str, Mapping[str, Any]]) -> dict[str, Any] | None:
    inspection_id = _word(fields.get("inspection_id"), 64)
    if inspection_id is None:
        return None
    digest, kid = fields.get(HASH_FIELD), fields.get(KID_FIELD)
    return {"document_id": document_id, "inspection_id": inspection_id,
            "establishment_id": _word(inspections.get(inspection_id, {}).get("establishment_id"), 64),
            "owner_device_id": owner, "doc_type": _word(fields.get("doc_type"), 32),
            "held_by": _word(fields.get("held_by"), 16),
            "number_hash": digest if isinstance(digest, str) and len(digest) == 64 else None,
            "number_kid": _word(kid, 32), "removed": fields.get("removed") is True}


def _groups(conn: Connection, where: Any) -> set[tuple[str, str]]:
    return {(r.number_kid, r.number_hash) for r in conn.execute(
        select(DocumentSighting.number_kid, DocumentSighting.number_hash)
        .where(where, DocumentSighting.number_hash.is_not(None)))}


def after_push(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """Inside the push's transaction, after its records were written (push.py's record rows: entity,
    entity_id, owner_device_id, fields): sightings follow, and the flags of every document whose
    sighting, inspection or establishment changed are decided again."""
    documents: dict[str, Mapping[str, Any]] = {}
    inspection_ids: set[str] = set()
    establishment_ids: set[str] = set()
    for row in rows:
        if row["entity"] == ENTITY:
            documents[row["entity_id"]] = row
        elif row["entity"] == "inspections":
            inspection_ids.add(row["entity_id"])
        elif row["entity"] == "establishments":
            establishment_ids.add(row["entity_id"])
    if not (documents or inspection_ids or establishment_ids):
        return set()
    groups: set[tuple[str, str]] = set()
    if documents:
        ids = sorted(documents)
        for chunk in _chunks(ids):
            groups |= _groups(conn, among(conn, DocumentSighting.document_id, chunk))  # what they were before
        parsed = {i: _fields(documents[i]["fields"]) for i in ids}
        inspections = _records(conn, "inspections", {str(f.get("inspection_id")) for f in parsed.values()})
        sightings = [s for i in ids if (s := _sighting(i, documents[i]["owner_device_id"], parsed[i], inspections))]
        for chunk in _chunks(ids):
            conn.execute(delete(_SIGHTINGS).where(among(conn, _SIGHTINGS.c.document_id, chunk)))
        insert_rows(conn, _SIGHTINGS, sightings)  # COPY, or one executemany of plain tuples
        groups |= {(s["number_kid"], s["number_hash"]) for s in sightings if s["number_hash"]}
    if inspection_ids:
        # An inspection may have moved to another establishment record: its sightings follow.
        moves = [{"b_inspection_id": inspection_id, "v_establishment_id": _word(fields.get("establishment_id"), 64)}
                 for inspection_id, fields in _records(conn, "inspections", inspection_ids).items()]
        if moves:  # one statement, many parameter sets (an inspection without sightings changes nothing)
            conn.execute(update(_SIGHTINGS).where(_SIGHTINGS.c.inspection_id == bindparam("b_inspection_id"))
                         .values(establishment_id=bindparam("v_establishment_id")), moves)
        for chunk in _chunks(sorted(inspection_ids)):
            groups |= _groups(conn, among(conn, DocumentSighting.inspection_id, chunk))
    for chunk in _chunks(sorted(establishment_ids)):
        groups |= _groups(conn, among(conn, DocumentSighting.establishment_id, chunk))
    return decide(conn, groups)


# --------------------------------------------------------------------------- flags


@dataclass(frozen=True)
class RetentionRepeat:
    """One flag as the workspace and the establishment's file show it."""

    flag_id: str
    establishment_key: str
    registration_no: str | None
    establishment_ids: tuple[str, ...]
    doc_type: str | None
    visits: tuple[dict[str, Any], ...]  # oldest first: inspection_id, reference, visit_date, held_by, owner
    times: int
    first_seen: str | None
    last_seen: str | None


def _flag_id(kid: str, digest: str, key: str) -> str:
    return "drr-" + hashlib.sha256(f"{kid}\x1f{digest}\x1f{key}".encode()).hexdigest()[:32]


def decide(conn: Connection, groups: Iterable[tuple[str, str]]) -> set[str]:
    """Decide again the flags of these documents (key id, hash): write, publish or withdraw each;
    returns the ids of the flags that hold."""
    groups = sorted(set(groups))
    if not groups:
        return set()
    by_group: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for kid in {k for k, _ in groups}:
        hashes = [h for k, h in groups if k == kid]
        for chunk in _chunks(hashes):
            for row in conn.execute(select(_SIGHTINGS).where(
                    DocumentSighting.number_kid == kid, among(conn, DocumentSighting.number_hash, chunk),
                    DocumentSighting.held_by == HELD_BY_EMPLOYER, DocumentSighting.removed.is_(False))):
                by_group[(kid, row.number_hash)].append(row)
    inspections = _records(conn, "inspections", {s.inspection_id for rows in by_group.values() for s in rows})
    establishments = _records(conn, "establishments",
                              {e for f in inspections.values() if (e := _word(f.get("establishment_id"), 64))})
    wanted: dict[str, dict[str, Any]] = {}
    touched_keys: set[str] = set()
    for (kid, digest), sightings in by_group.items():
        at: dict[str, list[tuple[Any, dict[str, Any]]]] = defaultdict(list)
        for s in sightings:
            inspection = inspections.get(s.inspection_id)
            est_id = _word((inspection or {}).get("establishment_id"), 64)
            if inspection is None or est_id is None:
                continue
            key = establishment_key(establishments.get(est_id, {}), est_id)
            at[key].append((s, inspection))
        for key, seen in at.items():
            touched_keys.add(_flag_id(kid, digest, key))
            visits: dict[str, dict[str, Any]] = {}
            for s, inspection in seen:
                visits.setdefault(s.inspection_id, {
                    "inspection_id": s.inspection_id, "reference": _word(inspection.get("reference"), 64),
                    "visit_date": _word(inspection.get("visit_date"), 10), "held_by": s.held_by,
                    "owner_device_id": s.owner_device_id, "establishment_id": _word(inspection.get("establishment_id"), 64)})
            if len(visits) < 2:
                continue
            ordered = sorted(visits.values(), key=lambda v: (v["visit_date"] or "", v["reference"] or ""))
            ids = sorted({v["establishment_id"] for v in ordered if v["establishment_id"]})
            registration = next((establishments.get(i, {}).get("registration_no") for i in ids
                                 if _word(establishments.get(i, {}).get("registration_no"), 64)), None)
            wanted[_flag_id(kid, digest, key)] = {
                "establishment_key": key, "registration_no": registration, "establishment_ids": ids,
                "doc_type": sightings[0].doc_type,
                "visits": [{k: v[k] for k in ("inspection_id", "reference", "visit_date", "held_by", "owner_device_id")}
                           for v in ordered],
                "times": len(ordered), "first_seen": ordered[0]["visit_date"], "last_seen": ordered[-1]["visit_date"]}
    # Flags of these documents that no longer hold (or moved to another establishment key).
    existing = {r.flag_id: r for r in conn.execute(select(_FLAGS).where(
        RetentionFlag.flag_id.in_(sorted(touched_keys | set(wanted)))))} if (touched_keys or wanted) else {}
    now = utcnow()
    for flag_id in sorted(set(existing) | set(wanted)):
        row, values = existing.get(flag_id), wanted.get(flag_id)
        if values is None:
            if row is not None and row.active:
                conn.execute(update(_FLAGS).where(_FLAGS.c.flag_id == flag_id).values(active=False, updated_at=now))
                _publish(conn, flag_id, {"establishment_key": row.establishment_key,
                                         "registration_no": row.registration_no,
                                         "establishment_ids": row.establishment_ids, "doc_type": row.doc_type,
                                         "visits": row.visits}, active=False, at=now)
            continue
        same = row is not None and row.active and all(getattr(row, k) == v for k, v in values.items())
        if same:
            continue
        if row is None:
            conn.execute(insert(_FLAGS).values(flag_id=flag_id, active=True, updated_at=now, **values))
        else:
            conn.execute(update(_FLAGS).where(_FLAGS.c.flag_id == flag_id).values(active=True, updated_at=now,
                                                                                  **values))
        _publish(conn, flag_id, values, active=True, at=now)
    return set(wanted)


def _publish(conn: Connection, flag_id: str, values: Mapping[str, Any], *, active: bool, at: datetime) -> None:
    # What a laptop's establishment file shows: references and dates, never another laptop's record ids.
    visits = [{k: v.get(k) for k in ("reference", "visit_date", "held_by")} for v in values["visits"]]
    payload = EstablishmentFlagPayload(
        flag_id=flag_id, flag=FLAG, active=active, establishment_key=values["establishment_key"],
        registration_no=values.get("registration_no"), establishment_ids=list(values["establishment_ids"]),
        doc_type=values.get("doc_type"), visits=visits,
        first_seen=visits[0]["visit_date"] if visits else None, last_seen=visits[-1]["visit_date"] if visits else None,
        updated_at=at)
    publish(conn, PUBLICATION_KIND, payload.model_dump(mode="json"))


def retention_flags(conn: Connection, *, establishment_key: str | None = None, establishment_id: str | None = None,
                    include_withdrawn: bool = False) -> list[RetentionRepeat]:
    """The flags (active ones unless asked), most recent last visit first; by establishment key or by
    one establishment record (any laptop's record of the same employer finds them)."""
    query = select(_FLAGS)
    if not include_withdrawn:
        query = query.where(RetentionFlag.active.is_(True))
    if establishment_id is not None:
        fields = _records(conn, "establishments", [establishment_id]).get(establishment_id, {})
        establishment_key = establishment_key or establishment_key_of(fields, establishment_id)
    if establishment_key is not None:
        query = query.where(RetentionFlag.establishment_key == establishment_key)
    rows = conn.execute(query).all()
    out = [RetentionRepeat(r.flag_id, r.establishment_key, r.registration_no, tuple(r.establishment_ids or ()),
                           r.doc_type, tuple(r.visits or ()), r.times, r.first_seen, r.last_seen) for r in rows]
    out.sort(key=lambda f: (f.last_seen or "", f.flag_id), reverse=True)
    return out


establishment_key_of = establishment_key


def _withdraw_others(conn: Connection, keep: set[str]) -> None:
    now = utcnow()
    for row in conn.execute(select(_FLAGS).where(RetentionFlag.active.is_(True))).all():
        if row.flag_id not in keep:
            conn.execute(update(_FLAGS).where(_FLAGS.c.flag_id == row.flag_id).values(active=False, updated_at=now))
            _publish(conn, row.flag_id, {"establishment_key": row.establishment_key,
                                         "registration_no": row.registration_no,
                                         "establishment_ids": row.establishment_ids, "doc_type": row.doc_type,
                                         "visits": row.visits}, active=False, at=now)


def rebuild(conn: Connection) -> None:
    """Sightings and flags from `records` alone (after a restore, or a rehash under a new key); flags
    that no longer hold are withdrawn."""
    conn.execute(delete(_SIGHTINGS))
    rows = [{"entity": r.entity, "entity_id": r.entity_id, "owner_device_id": r.owner_device_id, "fields": r.fields}
            for r in conn.execute(select(Record.entity, Record.entity_id, Record.owner_device_id, Record.fields)
                                  .where(Record.entity == ENTITY))]
    _withdraw_others(conn, after_push(conn, rows))


def rehash(conn: Connection, open_number: Any) -> dict[str, int]:
    """After a key rotation: make every document's hash again under the newest key, from its sealed
    number (`open_number(envelope, record_id) -> str | None`, the evidence keyring), decide the flags
    again, and retire the older keys (their secrets erased). Returns counts."""
    import hashlib as _hashlib

    from ..sync.documents import number_hash
    from . import document_keys

    current = document_keys.current_key(conn)
    if current is None:
        raise ValueError("HQ has no document key.")
    kid, key = current
    counts = {"documents": 0, "rehashed": 0, "retired_keys": 0}
    for row in conn.execute(select(Record.entity_id, Record.fields).where(Record.entity == ENTITY)).all():
        fields = _fields(row.fields)
        counts["documents"] += 1
        if fields.get(KID_FIELD) == kid:
            continue  # hashed under the newest key already
        number = open_number(fields.get("number"), row.entity_id) if isinstance(fields.get("number"), dict) else None
        digest = number_hash(key, str(fields.get("doc_type") or ""), number)
        fields[HASH_FIELD], fields[KID_FIELD] = digest, kid if digest else None
        body = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        conn.execute(update(Record).where(Record.entity == ENTITY, Record.entity_id == row.entity_id)
                     .values(fields=fields, fields_sha256=_hashlib.sha256(body.encode("utf-8")).hexdigest()))
        counts["rehashed"] += 1
    rebuild(conn)
    for old in sorted(document_keys.key_bytes(conn)):
        if old != kid:
            document_keys.retire(conn, old)
            counts["retired_keys"] += 1
    return counts
