"""HQ's evidence keys: what laptops seal testimony to, and the only way to open it again.

Interview notes, worker names and documents, interpreter notes and complaint
sources arrive sealed (see `sync/sealed.py`); HQ stores the ciphertext as it
came. The private half of each evidence key is kept only wrapped: AES-256-GCM
under a key derived from the evidence passphrase with Argon2id. It is never
written in clear, never logged, and held in memory only while a command that
was given the passphrase runs (`export --decrypt`, `rotate-keys`,
`change-evidence-passphrase`) or while one supervisor session uses it:

* `unlock_for_session` unwraps the keys with the passphrase once, then stores
  them re-wrapped under a random per-session secret that is handed to the
  client and never stored (HQ keeps only the wrapped copy, with an expiry);
* `open_sealed` / `open_record` take that secret back on each request.

So a copy of HQ's database (or a dump, or a backup) opens nothing without the
passphrase or a live session's secret. `rotate-keys` adds a new key pair that
laptops seal to from their next sync on; old keys stay so old records open.
`change-evidence-passphrase` wraps every key again under a new passphrase
(evidence_passphrase.py): no sealed record changes.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..i18n.english import count_noun
from ..sync.protocol import EvidenceKeyPayload
from ..sync.reasons import Reason, refusal
from ..sync.sealed import (
    SEALED_FIELDS,
    SNAPSHOT_ENTITY,
    SealError,
    key_id,
    key_ids,
    load_public_key,
    open_fields,
    open_value,
    public_key_bytes,
    seal_fields,
    unsealed_fields,
)
from .db import HQDatabase
from .errors import Conflict, HQConfigError, HQError, Invalid, Unauthorized
from .models import ConflictVersion, EvidenceKey, EvidenceSession, Record, utcnow
from .op_checks import canonical
from .publish import publish

PASSPHRASE_ENV = "INSPECTOR_HQ_EVIDENCE_PASSPHRASE"
MIN_PASSPHRASE = 12
DEFAULT_SESSION_TTL = timedelta(hours=8)
MAX_SESSION_TTL = timedelta(hours=24)
WRAP_FORMAT = "argon2id-aes256gcm-v1"
SESSION_FORMAT = "session-hkdf-aes256gcm-v1"
# Argon2id cost for the passphrase (~0.2 s on a 2-core server). The test suite chooses the cheap
# profile through INSPECTOR_KDF_PROFILE, as laptop key slots do; each wrapped key records its own.
KDF_PROFILES = {
    "strong": {"time_cost": 3, "memory_cost": 65536, "parallelism": 2},
    "fast": {"time_cost": 1, "memory_cost": 8192, "parallelism": 1},
}
_SEALED_ENTITIES = (*SEALED_FIELDS, SNAPSHOT_ENTITY)


class WrongEvidencePassphrase(HQError):
    status = 401
    code = "wrong_evidence_passphrase"
    exit_code = 2


class NoEvidenceKey(HQConfigError):
    code = "no_evidence_key"


class EvidenceLocked(Unauthorized):
    code = "evidence_locked"


@dataclass(frozen=True)
class EvidenceKeyInfo:
    key_id: str
    generation: int
    public_key: str
    created_at: datetime

    def payload(self) -> EvidenceKeyPayload:
        return EvidenceKeyPayload(key_id=self.key_id, generation=self.generation, public_key=self.public_key,
                                  created_at=self.created_at)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _info(row: Any) -> EvidenceKeyInfo:
    return EvidenceKeyInfo(row.key_id, row.generation, row.public_key, row.created_at)


# --- reading keys ------------------------------------------------------------------------------


def current_key(conn: Connection) -> EvidenceKeyInfo | None:
    """The newest evidence key: the one laptops seal to."""
    row = conn.execute(select(EvidenceKey).order_by(EvidenceKey.generation.desc()).limit(1)).first()
    return _info(row) if row is not None else None


def list_keys(db: HQDatabase) -> list[EvidenceKeyInfo]:
    with db.read() as conn:
        return [_info(r) for r in conn.execute(select(EvidenceKey).order_by(EvidenceKey.generation))]


def known_key_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(EvidenceKey.key_id)).scalars())


def require_evidence_key(db: HQDatabase) -> EvidenceKeyInfo:
    """`serve` starts only once laptops can be given a key to seal to."""
    with db.read() as conn:
        key = current_key(conn)
    if key is None:
        raise NoEvidenceKey("HQ has no evidence key yet, so laptops could not seal interview notes to it. Create "
                            f"one first: 'inspector-hq init-keys --db URL' (evidence passphrase from {PASSPHRASE_ENV} "
                            "or standard input).")
    return key


def sealing_reason(entity: str, fields: Mapping[str, Any], known: set[str]) -> Reason | None:
    """Why HQ must refuse an op: testimony in clear, or sealed to a key HQ does not hold."""
    clear = unsealed_fields(entity, fields)
    if clear:
        return refusal("testimony_unsealed", f"This change carries {', '.join(clear)} unsealed; HQ takes testimony "
                       "only sealed to its evidence key. Update the app on this laptop.", fields=", ".join(clear))
    unknown = key_ids(entity, fields) - known
    if unknown:
        return refusal("evidence_key_unknown", f"This change is sealed to evidence key {sorted(unknown)[0]}, which "
                       "this HQ does not hold; was the laptop enrolled with another HQ?", key_id=sorted(unknown)[0])
    return None


# --- wrapping under the passphrase ---------------------------------------------------------------


def _kdf_params() -> dict[str, int]:
    return dict(KDF_PROFILES.get(os.environ.get("INSPECTOR_KDF_PROFILE", "strong"), KDF_PROFILES["strong"]))


def _passphrase_key(passphrase: str, salt: bytes, params: Mapping[str, int]) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=int(params["time_cost"]),
                           memory_cost=int(params["memory_cost"]), parallelism=int(params["parallelism"]),
                           hash_len=32, type=Type.ID)


def _wrap_aad(kid: str) -> bytes:
    return f"field-inspector evidence key|{kid}".encode()


def _wrap(private: X25519PrivateKey, kid: str, passphrase: str) -> dict[str, Any]:
    params = _kdf_params()
    salt, nonce = os.urandom(16), os.urandom(12)
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    ciphertext = AESGCM(_passphrase_key(passphrase, salt, params)).encrypt(nonce, raw, _wrap_aad(kid))
    return {"format": WRAP_FORMAT, **params, "salt": _b64(salt), "nonce": _b64(nonce), "ct": _b64(ciphertext)}


def _unwrap(wrapped: Mapping[str, Any], kid: str, passphrase: str) -> X25519PrivateKey:
    if wrapped.get("format") != WRAP_FORMAT:
        raise HQConfigError(f"Evidence key {kid} is stored in a format this HQ version cannot read.")
    key = _passphrase_key(passphrase, _unb64(wrapped["salt"]), wrapped)
    try:
        raw = AESGCM(key).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["ct"]), _wrap_aad(kid))
    except InvalidTag:
        raise WrongEvidencePassphrase("Wrong evidence passphrase.") from None
    return X25519PrivateKey.from_private_bytes(raw)


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise Invalid(f"An evidence passphrase needs at least {MIN_PASSPHRASE} characters.")


# --- creating and rotating -----------------------------------------------------------------------


def _add_key(conn: Connection, passphrase: str, generation: int) -> EvidenceKeyInfo:
    private = X25519PrivateKey.generate()
    public = public_key_bytes(private.public_key())
    kid = key_id(public)
    info = EvidenceKeyInfo(kid, generation, _b64(public), utcnow())
    conn.execute(insert(EvidenceKey).values(key_id=kid, generation=generation, public_key=info.public_key,
                                            wrapped_private_key=_wrap(private, kid, passphrase),
                                            created_at=info.created_at))
    publish(conn, "evidence_key", info.payload().model_dump(mode="json"))
    return info


def init_keys(db: HQDatabase, passphrase: str) -> EvidenceKeyInfo:
    """Create HQ's first evidence key pair and publish its public key to every laptop."""
    _check_new_passphrase(passphrase)
    try:
        with db.write() as conn:
            if current_key(conn) is not None:
                raise HQConfigError("HQ already has an evidence key; 'inspector-hq rotate-keys' adds a new one.")
            return _add_key(conn, passphrase, 1)
    except IntegrityError:
        raise Conflict("Another HQ process created an evidence key at the same moment; use that one.") from None


def rotate_keys(db: HQDatabase, passphrase: str) -> EvidenceKeyInfo:
    """A new key pair (same passphrase) that laptops seal to from their next sync; old keys stay."""
    with db.read() as conn:
        newest = conn.execute(select(EvidenceKey).order_by(EvidenceKey.generation.desc()).limit(1)).first()
    if newest is None:
        raise NoEvidenceKey("HQ has no evidence key to rotate; create one with 'inspector-hq init-keys'.")
    _unwrap(newest.wrapped_private_key, newest.key_id, passphrase)  # only the passphrase holder rotates
    try:
        with db.write() as conn:
            if conn.dialect.name == "postgresql":  # against a passphrase change (evidence_passphrase.py)
                conn.exec_driver_sql("LOCK TABLE evidence_keys IN SHARE ROW EXCLUSIVE MODE")
            still = conn.execute(select(EvidenceKey.wrapped_private_key)
                                 .where(EvidenceKey.key_id == newest.key_id)).scalar_one_or_none()
            if still != newest.wrapped_private_key:
                raise Conflict("The evidence passphrase changed while the key was being rotated; nothing was "
                               "changed. Rotate again with the new passphrase.")
            generation = conn.execute(select(func.max(EvidenceKey.generation))).scalar_one()
            return _add_key(conn, passphrase, int(generation) + 1)
    except IntegrityError:
        raise Conflict("Another evidence key was added at the same moment; this rotation changed nothing.") from None


def seal_records_in_clear(db: HQDatabase) -> int:
    """Seal testimony HQ received in clear before it had an evidence key (records and conflict
    versions); returns how many rows changed. Their old bytes may linger in free database pages
    until the database is vacuumed."""
    changed = 0
    with db.write() as conn:
        key = current_key(conn)
        if key is None:
            raise NoEvidenceKey("HQ has no evidence key yet.")
        public = load_public_key(key.public_key)

        def sealed(entity: str, entity_id: str, fields: dict[str, Any]) -> dict[str, Any] | None:
            if not unsealed_fields(entity, fields):
                return None
            return {**fields, **seal_fields(entity, entity_id, fields, public, key.key_id)}

        for row in conn.execute(select(Record.entity, Record.entity_id, Record.fields)
                                .where(Record.entity.in_(_SEALED_ENTITIES))).all():
            fields = sealed(row.entity, row.entity_id, row.fields)
            if fields is not None:
                text = canonical(fields)
                conn.execute(update(Record).where(Record.entity == row.entity, Record.entity_id == row.entity_id)
                             .values(fields=fields, fields_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()))
                changed += 1
        for row in conn.execute(select(ConflictVersion.id, ConflictVersion.entity, ConflictVersion.entity_id,
                                       ConflictVersion.fields)
                                .where(ConflictVersion.entity.in_(_SEALED_ENTITIES))).all():
            fields = sealed(row.entity, row.entity_id, row.fields)
            if fields is not None:
                conn.execute(update(ConflictVersion).where(ConflictVersion.id == row.id).values(fields=fields))
                changed += 1
    return changed


# --- opening with the passphrase -------------------------------------------------------------------


class Keyring:
    """Unlocked evidence keys, by key id. Lives only as long as the command that was given the passphrase."""

    def __init__(self, keys: Mapping[str, X25519PrivateKey]):
        self._keys = dict(keys)

    def __repr__(self) -> str:  # never print key material
        return f"Keyring({count_noun(len(self._keys), 'key')})"

    def private_keys(self) -> list[tuple[str, X25519PrivateKey]]:
        return list(self._keys.items())

    def open(self, envelope: Mapping[str, Any], entity: str, record_id: str, field: str) -> Any:
        kid = envelope.get("kid") if isinstance(envelope, Mapping) else None
        key = self._keys.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise HQError(f"{entity}.{field} of {record_id} is sealed to evidence key {kid}, which HQ does not hold.",
                          code="unknown_evidence_key")
        try:
            return open_value(key, envelope, entity, record_id, field)
        except SealError as exc:
            raise HQError(str(exc), code="sealed_value_damaged") from None

    def open_fields(self, entity: str, record_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        return open_fields(entity, record_id, fields, self.open)


def unlock(db: HQDatabase, passphrase: str) -> Keyring:
    """Every evidence key, unwrapped with the passphrase (wrong passphrase: WrongEvidencePassphrase)."""
    with db.read() as conn:
        rows = conn.execute(select(EvidenceKey.key_id, EvidenceKey.wrapped_private_key)).all()
    if not rows:
        raise NoEvidenceKey("HQ has no evidence key; nothing was sealed to one.")
    return Keyring({r.key_id: _unwrap(r.wrapped_private_key, r.key_id, passphrase) for r in rows})


# --- one supervisor session ---------------------------------------------------------------------


def _session_key(secret: bytes, session_id: str) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=f"field-inspector evidence session|{session_id}".encode()).derive(secret)
    return AESGCM(key)


def _session_aad(session_id: str, kid: str, expires_at: datetime) -> bytes:
    return f"{session_id}|{kid}|{expires_at.isoformat()}".encode()


def _check_session_id(session_id: str) -> None:
    if not isinstance(session_id, str) or not 16 <= len(session_id) <= 128:
        raise Invalid("A session id for the evidence unlock is 16 to 128 characters.")


def unlock_for_session(db: HQDatabase, session_id: str, passphrase: str, *,
                       ttl: timedelta = DEFAULT_SESSION_TTL, secret: bytes | None = None) -> str:
    """Unlock the evidence keys for one supervisor session; returns the session secret.

    The secret goes to the client (e.g. in its session cookie) and is never stored: HQ keeps only
    the keys re-wrapped under it, until `ttl` has passed or `end_session`. Unlocking the same
    session again replaces its unlock (and its expiry). A caller that can derive a secret from
    what the client already holds (the workspace: `sessions.session_key(cookie token, "evidence")`)
    passes it as `secret`, so the browser carries nothing extra.
    """
    _check_session_id(session_id)
    if not timedelta(minutes=1) <= ttl <= MAX_SESSION_TTL:
        raise Invalid("An evidence unlock lasts between one minute and 24 hours.")
    if secret is not None and len(secret) < 32:
        raise Invalid("An evidence session secret has at least 32 bytes.")
    keyring = unlock(db, passphrase)
    secret = secret if secret is not None else secrets.token_bytes(32)
    aead = _session_key(secret, session_id)
    now = utcnow()
    expires_at = now + ttl
    rows = []
    for kid, private in keyring.private_keys():
        nonce = os.urandom(12)
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        rows.append({"session_id": session_id, "key_id": kid, "created_at": now, "expires_at": expires_at,
                     "wrapped_private_key": {"format": SESSION_FORMAT, "nonce": _b64(nonce),
                                             "ct": _b64(aead.encrypt(nonce, raw, _session_aad(session_id, kid,
                                                                                                  expires_at)))}})
    with db.write() as conn:
        conn.execute(delete(EvidenceSession).where((EvidenceSession.session_id == session_id)
                                                   | (EvidenceSession.expires_at <= now)))
        conn.execute(insert(EvidenceSession), rows)
    return base64.urlsafe_b64encode(secret).decode("ascii").rstrip("=")


def end_session(db: HQDatabase, session_id: str) -> None:
    """Forget a session's unlock (sign-out): its secret opens nothing from now on."""
    with db.write() as conn:
        conn.execute(delete(EvidenceSession).where(EvidenceSession.session_id == session_id))


def session_keyring(db: HQDatabase, session_id: str, session_secret: str) -> Keyring:
    """The evidence keys of a live session unlock, opened with the secret its client holds."""
    now = utcnow()
    with db.read() as conn:
        rows = conn.execute(select(EvidenceSession).where(EvidenceSession.session_id == session_id)).all()
    if not rows:
        raise EvidenceLocked("Testimony is sealed: unlock it for this session with the evidence passphrase.")
    if any(r.expires_at <= now for r in rows):
        end_session(db, session_id)
        raise EvidenceLocked("The evidence unlock for this session has expired; unlock it again with the "
                             "evidence passphrase.")
    try:
        secret = base64.urlsafe_b64decode(session_secret + "=" * (-len(session_secret) % 4))
        aead = _session_key(secret, session_id)
        keys = {r.key_id: X25519PrivateKey.from_private_bytes(aead.decrypt(
            _unb64(r.wrapped_private_key["nonce"]), _unb64(r.wrapped_private_key["ct"]),
            _session_aad(session_id, r.key_id, r.expires_at))) for r in rows}
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise EvidenceLocked("This session's evidence secret does not match; unlock the evidence again.") from None
    return Keyring(keys)


def open_sealed(db: HQDatabase, session_id: str, session_secret: str, envelope: Mapping[str, Any], *,
                entity: str, record_id: str, field: str) -> Any:
    """One sealed value, opened for a session that unlocked the evidence (where it sits is part of the seal)."""
    return session_keyring(db, session_id, session_secret).open(envelope, entity, record_id, field)


def open_record(db: HQDatabase, session_id: str, session_secret: str, entity: str, record_id: str,
                fields: Mapping[str, Any]) -> dict[str, Any]:
    """A record's fields with every sealed value opened, for a session that unlocked the evidence."""
    return session_keyring(db, session_id, session_secret).open_fields(entity, record_id, fields)
