"""Key slots: one random data key, wrapped once per local user.

The data key encrypts the SQLCipher database and (through derived subkeys) the
attachment files. Each local user has a slot holding the data key encrypted
with AES-GCM under a key derived from their passphrase with Argon2id, so
several inspectors can share a laptop and a passphrase change only re-wraps
one slot. The slot file holds no secret in the clear.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

# Argon2 and cryptography are imported where keys are made or used: the unlock window reads the
# slot file (who may unlock) before they are loaded, and loads them while it waits.
from .errors import StoreError, WrongPassphrase, raise_write_error
from .messages import QT_TRANSLATE_NOOP, UserMessage
from .privacy import private_file

KEYSLOTS_FILE = "keyslots.json"
SLOT_FORMAT = 1
DATA_KEY_BYTES = 32
WRONG_PASSPHRASE_FOR = QT_TRANSLATE_NOOP("StoreErrors", "Wrong passphrase for user {user}.")

# Argon2id cost. "strong" is the default for every real slot (~0.2 s on a
# 2-core laptop). "fast" exists so the test suite can create hundreds of data
# dirs; it is chosen only through INSPECTOR_KDF_PROFILE and recorded in the
# slot, so a slot always unlocks with the parameters it was made with.
KDF_PROFILES = {
    "strong": {"time_cost": 3, "memory_cost": 65536, "parallelism": 2},
    "fast": {"time_cost": 1, "memory_cost": 8192, "parallelism": 1},
}
MIN_PASSPHRASE_LENGTH = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kdf_profile() -> dict[str, int]:
    name = os.environ.get("INSPECTOR_KDF_PROFILE", "strong")
    return dict(KDF_PROFILES.get(name, KDF_PROFILES["strong"]))


def derive_wrapping_key(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params["time_cost"],
        memory_cost=params["memory_cost"],
        parallelism=params["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose (attachment encryption, file naming, ...) from the data key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(data_key)


@dataclass(frozen=True)
class KeySlot:
    username: str
    salt: bytes
    params: dict[str, int]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict:
        return {
            "username": self.username,
            "kdf": "argon2id",
            "params": self.params,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict) -> KeySlot:
        return cls(
            username=data["username"],
            salt=_unb64(data["salt"]),
            params={k: int(v) for k, v in data["params"].items()},
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped_key"]),
        )

    def _aad(self) -> bytes:
        return f"field-inspector/keyslot/{SLOT_FORMAT}/{self.username}".encode()

    @classmethod
    def create(cls, username: str, passphrase: str, data_key: bytes) -> KeySlot:
        import secrets

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = secrets.token_bytes(16)
        params = _kdf_profile()
        nonce = secrets.token_bytes(12)
        slot = cls(username, salt, params, nonce, b"")
        wrapping_key = derive_wrapping_key(passphrase, salt, params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, slot._aad())
        return cls(username, salt, params, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = derive_wrapping_key(passphrase, self.salt, self.params)
        try:
            return AESGCM(wrapping_key).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag:
            raise WrongPassphrase(WRONG_PASSPHRASE_FOR, user=repr(self.username)) from None


class Keyring:
    """The key slot file of one data dir."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / KEYSLOTS_FILE

    def exists(self) -> bool:
        return self.path.exists()

    def slots(self) -> list[KeySlot]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if raw.get("format") != SLOT_FORMAT:
                raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{path}: unsupported key slot format {format}."),
                                 path=str(self.path), format=repr(raw.get("format")))
            return [KeySlot.from_json(s) for s in raw["slots"]]
        except FileNotFoundError:
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "No data store in {folder} (run 'inspector-app init' "
                                                              "first)."), folder=str(self.path.parent)) from None
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{path} is damaged and cannot be read ({reason})."),
                             path=str(self.path), reason=str(exc)) from None

    def usernames(self) -> list[str]:
        return [s.username for s in self.slots()]

    def _write(self, slots: list[KeySlot]) -> None:
        payload = {"format": SLOT_FORMAT, "slots": [s.to_json() for s in slots]}
        tmp = self.path.with_suffix(".tmp")
        try:
            with open(private_file(tmp), "w", encoding="utf-8") as fh:
                json.dump(payload, fh, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise_write_error(exc, UserMessage(QT_TRANSLATE_NOOP("StoreErrors", "writing the key slots {path}"),
                                               path=str(self.path)))

    def create(self, username: str, passphrase: str) -> bytes:
        """Make a new data key and the first slot; returns the data key."""
        import secrets

        check_passphrase(passphrase)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        self._write([KeySlot.create(username, passphrase, data_key)])
        return data_key

    def unlock(self, passphrase: str, username: str | None = None) -> tuple[str, bytes]:
        """Return (username, data key). Without a username every slot is tried."""
        slots = self.slots()
        if username is not None:
            slots = [s for s in slots if s.username == username]
            if not slots:
                raise WrongPassphrase(QT_TRANSLATE_NOOP("StoreErrors", "No local user {user} on this laptop."),
                                      user=repr(username))
        for slot in slots:
            try:
                return slot.username, slot.unwrap(passphrase)
            except WrongPassphrase:
                continue
        if username is not None:
            raise WrongPassphrase(WRONG_PASSPHRASE_FOR, user=repr(username))
        raise WrongPassphrase(QT_TRANSLATE_NOOP("StoreErrors", "Wrong passphrase."))

    def add_user(self, username: str, passphrase: str, data_key: bytes) -> None:
        check_passphrase(passphrase)
        slots = self.slots()
        if any(s.username == username for s in slots):
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "User {user} already has a key slot."), user=repr(username))
        self._write([*slots, KeySlot.create(username, passphrase, data_key)])

    def change_passphrase(self, username: str, old: str, new: str) -> None:
        check_passphrase(new)
        slots = self.slots()
        _, data_key = self.unlock(old, username)
        self._write([KeySlot.create(username, new, data_key) if s.username == username else s for s in slots])


def hash_passphrase(passphrase: str) -> str:
    """An Argon2id verifier (PHC string) for a user record, at the slot cost profile."""
    from argon2 import PasswordHasher

    p = _kdf_profile()
    return PasswordHasher(time_cost=p["time_cost"], memory_cost=p["memory_cost"], parallelism=p["parallelism"]).hash(passphrase)


def verify_passphrase(verifier: str, passphrase: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    try:
        return PasswordHasher().verify(verifier, passphrase)
    except VerificationError:
        return False


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "The passphrase must have at least {count} characters."),
                         count=MIN_PASSPHRASE_LENGTH)
