"""Laptops: one-time enrolment codes, bearer tokens (HQ keeps only their hash), revocation.

Codes and tokens are random and long, so a plain SHA-256 is the right hash for
them (a slow password hash protects guessable secrets, not 256-bit ones).
A code is consumed by a conditional UPDATE, so two laptops racing with the
same code cannot both enrol.

Enrolling a device id HQ already knows (a lost token, after revocation) hands
out a new token for that identity, so it needs more than a code: the laptop's
signature, with the Ed25519 key HQ learned at its first enrolment, over a
fresh challenge from HQ. Challenges live in the database (any HQ process can
check one another issued), expire within minutes and are consumed by a
conditional UPDATE, so each works once. A refused attempt changes nothing: the
enrolled laptop's token keeps working.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from uuid6 import uuid7

from ..sync.protocol import EnrolChallenge as ChallengeMessage
from ..sync.protocol import DocumentKeyPayload, EnrolRequest, EnrolResponse, EvidenceKeyPayload, enrol_proof_message
from .db import HQDatabase
from .errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized
from .keys import hq_public_key, hq_transport_public_key
from .models import Device, EnrolChallenge, EnrolCode, utcnow

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone
CODE_GROUPS = 4
DEFAULT_CODE_DAYS = 7
CHALLENGE_SECONDS = 300
OPEN_CHALLENGES_PER_DEVICE = 5  # the newest few stay valid: nobody can pile up challenges for one id


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


def new_challenge(db: HQDatabase, local_device_id: str) -> ChallengeMessage:
    """A fresh single-use challenge for `local_device_id`, valid for CHALLENGE_SECONDS."""
    now = utcnow()
    challenge = secrets.token_urlsafe(32)
    expires = now + timedelta(seconds=CHALLENGE_SECONDS)
    with db.write() as conn:
        conn.execute(delete(EnrolChallenge).where(EnrolChallenge.expires_at <= now))
        older = conn.execute(
            select(EnrolChallenge.challenge).where(EnrolChallenge.local_device_id == local_device_id)
            .order_by(EnrolChallenge.created_at.desc(), EnrolChallenge.challenge)
            .offset(OPEN_CHALLENGES_PER_DEVICE - 1)
        ).scalars().all()
        if older:
            conn.execute(delete(EnrolChallenge).where(EnrolChallenge.challenge.in_(older)))
        conn.execute(insert(EnrolChallenge).values(challenge=challenge, local_device_id=local_device_id,
                                                   created_at=now, expires_at=expires))
    return ChallengeMessage(challenge=challenge, expires_at=expires)


def _proven(db: HQDatabase, request: EnrolRequest, public_key: str) -> bool:
    """Whether the request proves it holds the private half of `public_key` (False: no proof offered).

    The challenge is consumed in its own transaction before the signature is checked, so a wrong
    signature uses it up too: every attempt needs a fresh one.
    """
    if request.challenge is None and request.signature is None:
        return False
    if request.challenge is None or request.signature is None:
        raise Invalid("A signed enrolment needs both the challenge and the signature.", code="bad_proof")
    now = utcnow()
    with db.write() as conn:
        used = conn.execute(
            update(EnrolChallenge)
            .where(EnrolChallenge.challenge == request.challenge,
                   EnrolChallenge.local_device_id == request.local_device_id,
                   EnrolChallenge.used_at.is_(None), EnrolChallenge.expires_at > now)
            .values(used_at=now)
        ).rowcount
    if used != 1:
        raise Forbidden("The enrolment challenge is unknown, already used or expired; ask HQ for a new one and "
                        "sign that (the app does this by itself).", code="bad_challenge")
    try:
        signature = base64.b64decode(request.signature, validate=True)
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
        key.verify(signature, enrol_proof_message(request.challenge, request.local_device_id, public_key))
    except (InvalidSignature, ValueError):
        raise Forbidden("The enrolment signature does not match this laptop's key, so HQ cannot tell that this is "
                        "the laptop enrolled under this id. Nothing changed.", code="bad_device_signature") from None
    return True


def enrol(db: HQDatabase, request: EnrolRequest) -> EnrolResponse:
    try:
        return _enrol(db, request)
    except IntegrityError:
        # The same laptop enrolling twice at once through two HQ processes: one wins, the other asks again.
        raise Conflict("This laptop is being enrolled at this moment; try again.", code="busy") from None


def _enrol(db: HQDatabase, request: EnrolRequest) -> EnrolResponse:
    public_key = _valid_public_key(request.public_key)
    proven = _proven(db, request, public_key)
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with db.write() as conn:
        existing = conn.execute(select(Device).where(Device.local_id == request.local_device_id)).first()
        if existing is not None and existing.public_key != public_key:
            raise Conflict(
                "Another laptop is already enrolled with this device id; this data dir cannot take its place.",
                code="device_id_taken",
            )
        if existing is not None and not proven:
            raise Forbidden(
                "HQ already knows a laptop with this device id. Enrolling it again needs that laptop's own "
                "signature over a challenge from HQ (this app version does it by itself; update the app). "
                "A new or wiped laptop has a new data dir and enrols as a new device.",
                code="device_proof_required",
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
        document_key = _document_key(conn)
        transport = hq_transport_public_key(conn)
    return EnrolResponse(device_id=device_id, token=token, hq_public_key=hq_key, hq_transport_key=transport,
                         evidence_key=evidence_key, document_key=document_key, re_enrolled=existing is not None)


def _document_key(conn: Connection) -> DocumentKeyPayload | None:
    from .document_keys import current_payload  # here: document_keys publishes, and publishing needs this module

    return current_payload(conn)


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
