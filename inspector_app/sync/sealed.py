"""Sealed testimony: the fields a laptop seals to HQ's evidence public key before they leave it.

Shared by the laptop (which seals) and HQ (which checks that nothing arrives in
clear, and opens with the evidence private key), so it imports nothing of the
app: only `cryptography`.

The construction is HPKE (RFC 9180) in base mode, single-shot:
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, as implemented by
`cryptography.hazmat.primitives.hpke`. The HPKE `info` binds the key id and the
record's entity, id and field name, so a sealed value moved to another field
or record, or relabelled with another key id, no longer opens. A sealed value
on the wire is an *envelope*:

    {"sealed": 1, "kid": "<key id>", "ct": "<base64 of enc || ciphertext>"}

Each sealing uses a fresh ephemeral key, so the laptop seals an outbox row once
and keeps that form: the same op must always travel with the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ENVELOPE_VERSION = 1
ENVELOPE_KEYS = frozenset({"sealed", "kid", "ct"})
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
_CONTEXT = b"field-inspector sealed testimony v1"

# Entity -> fields sealed on the laptop. Everything else of these records (codes, sex, age band,
# indicators, languages, times) stays readable at HQ for review and statistics.
SEALED_FIELDS: dict[str, tuple[str, ...]] = {
    "worker_interviews": ("worker_name", "documents", "notes_original", "notes_translation"),
    "interpreter_notes": ("original", "translation"),
    "inspections": ("complaint_source",),
    # A document's number is personal data; its note is the inspector's free text about it. HQ matches
    # numbers only by the keyed hash sent beside them (sync/documents.py).
    "worker_documents": ("number", "note"),
    # A referral's contact notes and outcome are free text that may repeat what a worker said; its
    # receiving body, dates, status, case number and the receiving officer stay readable for follow-up.
    "referrals": ("contact_notes", "outcome"),
}
# A signed revision's snapshot holds whole records: their sealed fields are sealed inside it, each
# bound to the record it belongs to (section -> entity; a section is one record or a list of them).
SNAPSHOT_ENTITY = "inspection_revisions"
SNAPSHOT_FIELD = "snapshot"
SNAPSHOT_SECTIONS: dict[str, str] = {
    "inspection": "inspections",
    "interviews": "worker_interviews",
    "interpreter_notes": "interpreter_notes",
    "worker_documents": "worker_documents",
}

Opener = Callable[[Mapping[str, Any], str, str, str], Any]  # (envelope, entity, record id, field) -> value


class SealError(ValueError):
    """A sealed value that cannot be opened: wrong key, changed, or moved to another place."""


def public_key_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public_key: bytes) -> str:
    """A short, stable name for an evidence key: the start of its public key's SHA-256."""
    return "ek-" + hashlib.sha256(public_key).hexdigest()[:20]


def load_public_key(encoded: str) -> X25519PublicKey:
    """An evidence public key as HQ publishes it (32 raw bytes, base64)."""
    try:
        raw = base64.b64decode(encoded, validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise SealError("The evidence key is not 32 bytes of X25519 in base64.") from None


def _info(kid: str, entity: str, record_id: str, field: str) -> bytes:
    return _CONTEXT + _part(kid) + _part(entity) + _length_prefixed(record_id) + _part(field)


def _length_prefixed(text: str) -> bytes:
    data = text.encode()
    return len(data).to_bytes(2, "big") + data


# Key ids, entities and field names are few: each is encoded once (a laptop seals thousands of fields a round).
_part = lru_cache(maxsize=256)(_length_prefixed)

# json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) builds this encoder on every call.
_ENCODE_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _canonical(value: Any) -> bytes:
    return _ENCODE_CANONICAL(value).encode("utf-8")


def is_envelope(value: Any) -> bool:
    return (isinstance(value, dict) and set(value) == ENVELOPE_KEYS and value["sealed"] == ENVELOPE_VERSION
            and isinstance(value["kid"], str) and isinstance(value["ct"], str))


def seal_value(public_key: X25519PublicKey, kid: str, entity: str, record_id: str, field: str,
               value: Any) -> dict[str, Any]:
    """Seal one JSON value (text, list, None, ...) to an evidence key, bound to where it belongs."""
    ciphertext = _SUITE.encrypt(_canonical(value), public_key, info=_info(kid, entity, record_id, field))
    encoded = binascii.b2a_base64(ciphertext, newline=False).decode("ascii")
    return {"sealed": ENVELOPE_VERSION, "kid": kid, "ct": encoded}


def open_value(private_key: X25519PrivateKey, envelope: Mapping[str, Any], entity: str, record_id: str,
               field: str) -> Any:
    if not is_envelope(envelope):
        raise SealError(f"{entity}.{field} of {record_id} is not a sealed value.")
    try:
        ciphertext = base64.b64decode(envelope["ct"], validate=True)
        plaintext = _SUITE.decrypt(ciphertext, private_key, info=_info(envelope["kid"], entity, record_id, field))
    except (InvalidTag, ValueError):
        raise SealError(f"{entity}.{field} of {record_id} does not open with evidence key {envelope['kid']}: "
                        "it was changed, moved, or sealed to another key.") from None
    return json.loads(plaintext)


# --- whole records ---------------------------------------------------------------------------


def needs_sealing(entity: str, fields: Mapping[str, Any]) -> bool:
    """Does this record (as an op carries it) hold anything that must be sealed before it leaves?"""
    if entity == SNAPSHOT_ENTITY:
        return isinstance(fields.get(SNAPSHOT_FIELD), dict)
    return any(name in fields for name in SEALED_FIELDS.get(entity, ()))


def _record_seals(entity: str, record_id: str, record: Mapping[str, Any],
                  seal: Callable[[str, str, str, Any], Any]) -> dict[str, Any]:
    return {name: seal(entity, record_id, name, record[name]) for name in SEALED_FIELDS.get(entity, ())
            if name in record}


def _map_snapshot(snapshot: Mapping[str, Any],
                  change: Callable[[str, str, Mapping[str, Any]], dict[str, Any]]) -> dict[str, Any]:
    """The snapshot with `change(section, entity, record)` merged over each record it holds."""
    out = dict(snapshot)
    for section, entity in SNAPSHOT_SECTIONS.items():
        value = snapshot.get(section)
        if isinstance(value, dict):
            out[section] = {**value, **change(section, entity, value)}
        elif isinstance(value, list):
            out[section] = [{**r, **change(section, entity, r)} if isinstance(r, dict) else r for r in value]
    return out


def seal_fields(entity: str, record_id: str, fields: Mapping[str, Any], public_key: X25519PublicKey,
                kid: str) -> dict[str, Any]:
    """The replacement values for a record's sealed fields (merge them over `fields` to send it)."""

    def seal(e: str, rid: str, name: str, value: Any) -> dict[str, Any]:
        return seal_value(public_key, kid, e, rid, name, value)

    if entity == SNAPSHOT_ENTITY:
        snapshot = fields.get(SNAPSHOT_FIELD)
        if not isinstance(snapshot, dict):
            return {}
        return {SNAPSHOT_FIELD: _map_snapshot(
            snapshot, lambda _s, e, r: _record_seals(e, str(r.get("id", "")), r, seal))}
    return _record_seals(entity, record_id, fields, seal)  # bound to where it travels: the op's id


def open_fields(entity: str, record_id: str, fields: Mapping[str, Any], opener: Opener) -> dict[str, Any]:
    """A record with its sealed fields opened (those still in clear, from before sealing, are kept)."""

    def open_record(e: str, record: Mapping[str, Any], rid: str) -> dict[str, Any]:
        return {name: opener(record[name], e, rid, name) for name in SEALED_FIELDS.get(e, ())
                if is_envelope(record.get(name))}

    if entity == SNAPSHOT_ENTITY:
        snapshot = fields.get(SNAPSHOT_FIELD)
        if not isinstance(snapshot, dict):
            return dict(fields)
        opened = _map_snapshot(snapshot, lambda _s, e, r: open_record(e, r, str(r.get("id", ""))))
        return {**fields, SNAPSHOT_FIELD: opened}
    return {**fields, **open_record(entity, fields, record_id)}


def unsealed_fields(entity: str, fields: Mapping[str, Any]) -> list[str]:
    """Where a record carries testimony in clear (names like `notes_original` or
    `snapshot.interviews.notes_original`); empty when everything that must be sealed is."""
    found: list[str] = []

    def check(e: str, record: Mapping[str, Any], prefix: str) -> dict[str, Any]:
        found.extend(f"{prefix}{name}" for name in SEALED_FIELDS.get(e, ())
                     if name in record and not is_envelope(record[name]))
        return {}

    if entity == SNAPSHOT_ENTITY:
        snapshot = fields.get(SNAPSHOT_FIELD)
        if isinstance(snapshot, dict):
            _map_snapshot(snapshot, lambda s, e, r: check(e, r, f"{SNAPSHOT_FIELD}.{s}."))
        elif snapshot is not None:
            found.append(SNAPSHOT_FIELD)
        return found
    check(entity, fields, "")
    return found


def key_ids(entity: str, fields: Mapping[str, Any]) -> set[str]:
    """The evidence keys a record's sealed values were sealed to."""
    kids: set[str] = set()

    def collect(_section: str, e: str, record: Mapping[str, Any]) -> dict[str, Any]:
        kids.update(record[n]["kid"] for n in SEALED_FIELDS.get(e, ()) if is_envelope(record.get(n)))
        return {}

    if entity == SNAPSHOT_ENTITY:
        if isinstance(fields.get(SNAPSHOT_FIELD), dict):
            _map_snapshot(fields[SNAPSHOT_FIELD], collect)
    else:
        collect("", entity, fields)
    return kids
