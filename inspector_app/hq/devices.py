"""Laptops: one-time enrolment codes, bearer tokens (HQ keeps only their hash), revocation.

Codes and tokens are random and long, so a plain SHA-256 is the right hash for
them (a slow password hash protects guessable secrets, not 256-bit ones).
A code is consumed by a conditional UPDATE, so two laptops racing with the
same code cannot both enrol.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError
from uuid6 import uuid7

from ..sync.protocol import EnrolRequest, EnrolResponse, EvidenceKeyPayload
from .db import HQDatabase
from .errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized
from .keys import hq_public_key, hq_transport_public_key
from .models import Device, EnrolCode, utcnow

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone
CODE_GROUPS = 4
DEFAULT_CODE_DAYS = 7


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_enrol_code(db: HQDatabase, *, days: int = DEFAULT_CODE_DAYS, note: str | None = None) -> tuple[str, datetime]:
    """A one-time code, e.g. `K7QM-2XWD-PN4R-HT9A` (80 bits), valid for `days`."""
    if not 1 <= days <= 90:
        raise Invalid("An enrolment code is valid for 1 to 90 days.")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * 4))
    code = "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    now = utcnow()
    expires = now + timedelta(days=days)
    with db.write() as conn:
        conn.execute(insert(EnrolCode).values(code_hash=_sha256(normalise_code(code)), created_at=now,
                                              expires_at=expires, note=note))
    return code, expires


def _valid_public_key(value: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise Invalid("The device's public key must be 32 bytes of Ed25519, base64-encoded.", code="bad_key")
    return value


def enrol(db: HQDatabase, request: EnrolRequest) -> EnrolResponse:
    try:
        return _enrol(db, request)
    except IntegrityError:
        # The same laptop enrolling twice at once through two HQ processes: one wins, the other asks again.
        raise Conflict("This laptop is being enrolled at this moment; try again.", code="busy") from None


def _enrol(db: HQDatabase, request: EnrolRequest) -> EnrolResponse:
    public_key = _valid_public_key(request.public_key)
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with db.write() as conn:
        existing = conn.execute(select(Device).where(Device.local_id == request.local_device_id)).first()
        if existing is not None and existing.public_key != public_key:
            raise Conflict(
                "Another laptop is already enrolled with this device id; this data dir cannot take its place.",
                code="device_id_taken",
            )
        device_id = existing.id if existing is not None else str(uuid7())
        if existing is None:
            conn.execute(insert(Device).values(id=device_id, local_id=request.local_device_id, name=request.device_name,
                                               public_key=public_key, token_hash=_sha256(token), enrolled_at=now))
        used = conn.execute(
            update(EnrolCode)
            .where(EnrolCode.code_hash == _sha256(normalise_code(request.code)), EnrolCode.used_at.is_(None),
                   EnrolCode.expires_at > now)
            .values(used_at=now, device_id=device_id)
        ).rowcount
        if used != 1:
            # Raising rolls back the device row too: nothing is left of a failed enrolment.
            raise Unauthorized("This enrolment code is unknown, already used or expired; ask HQ for a new one.",
                               code="bad_code")
        if existing is not None:
            # The same laptop enrolling again (a lost token, or after revocation): a fresh token.
            conn.execute(update(Device).where(Device.id == device_id).values(
                name=request.device_name, token_hash=_sha256(token), enrolled_at=now, revoked_at=None))
        hq_key = hq_public_key(conn)
        evidence_key = _evidence_key(conn)
        transport = hq_transport_public_key(conn)
    return EnrolResponse(device_id=device_id, token=token, hq_public_key=hq_key, hq_transport_key=transport,
                         evidence_key=evidence_key)


def _evidence_key(conn: Connection) -> EvidenceKeyPayload | None:
    from .evidence import current_key  # evidence publishes, and publishing needs this module

    key = current_key(conn)
    return key.payload() if key is not None else None


@dataclass(frozen=True)
class DeviceIdentity:
    id: str
    local_id: str
    name: str
    public_key: str


def authenticate(conn: Connection, token: str) -> DeviceIdentity:
    row = conn.execute(select(Device).where(Device.token_hash == _sha256(token))).first() if token else None
    if row is None:
        raise Unauthorized("HQ does not know this laptop's token; enrol the laptop again.", code="unknown_token")
    if row.revoked_at is not None:
        raise Unauthorized(
            "HQ has revoked this laptop's access. The data on the laptop is safe; ask HQ to enrol it again.",
            code="revoked",
        )
    return DeviceIdentity(row.id, row.local_id, row.name, row.public_key)


def find_device(conn: Connection, ref: str) -> Device:
    """A device by HQ id, laptop id or (unique) name."""
    matches = (Device.id == ref) | (Device.local_id == ref) | (Device.name == ref)
    rows = conn.execute(select(Device).where(matches)).all()
    if not rows:
        raise NotFound(f"No device {ref!r}.")
    if len(rows) > 1:
        raise Invalid(f"{len(rows)} devices match {ref!r}; use the device id.")
    return rows[0]


def revoke(db: HQDatabase, ref: str) -> Device:
    with db.write() as conn:
        device = find_device(conn, ref)
        if device.revoked_at is None:
            conn.execute(update(Device).where(Device.id == device.id).values(revoked_at=utcnow()))
        return device


def list_devices(db: HQDatabase) -> list[Device]:
    with db.read() as conn:
        return list(conn.execute(select(Device).order_by(Device.enrolled_at)).all())


def require_device_matches(identity: DeviceIdentity, claimed: str) -> None:
    if claimed != identity.id:
        raise Forbidden("This request names another device than the one its token belongs to.", code="wrong_device")
