"""Encrypted, content-addressed attachment files.

Files are addressed by the SHA-256 of their plaintext (the id used in the
database and during sync), but stored under a keyed name (HMAC of that hash)
so that a lost laptop does not even confirm that a known photo is on it.
Each file is AES-256-GCM with a random nonce; the hash is the associated data,
so a file swapped for another one fails to decrypt.

Derived copies (a photo's report-size JPEG, `core.photos`) are stored the same way under
the keyed name of "<hash>/<kind>", with that as associated data: bound to their photo.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import NotFound, StoreError, raise_write_error
from .messages import QT_TRANSLATE_NOOP
from .privacy import private_dir, private_file
from .keys import subkey

MAGIC = b"FIA1"
NONCE_BYTES = 12


class AttachmentVault:
    def __init__(self, directory: Path, data_key: bytes):
        self.directory = Path(directory)
        self._aead = AESGCM(subkey(data_key, "attachments/aes-gcm"))
        self._name_key = subkey(data_key, "attachments/names")

    def path_for(self, sha256: str) -> Path:
        name = hmac.new(self._name_key, sha256.encode("ascii"), hashlib.sha256).hexdigest()
        return self.directory / name[:2] / f"{name}.bin"

    def put(self, data: bytes) -> str:
        """Store bytes; returns their SHA-256. Storing the same content twice is a no-op."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_for(digest)
        if not path.exists():
            self._write(path, digest, data)
        return digest

    def _write(self, path: Path, label: str, data: bytes) -> None:
        nonce = secrets.token_bytes(NONCE_BYTES)
        blob = MAGIC + nonce + self._aead.encrypt(nonce, data, label.encode("ascii"))
        tmp = path.with_suffix(f".{secrets.token_hex(4)}.tmp")
        try:
            private_dir(path.parent)
            with open(private_file(tmp), "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise_write_error(exc, QT_TRANSLATE_NOOP("StoreErrors", "storing an attachment file"))

    def _read(self, path: Path, label: str) -> bytes:
        blob = path.read_bytes()
        if not blob.startswith(MAGIC):
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Attachment file {name} is damaged."), name=path.name)
        nonce, ciphertext = blob[4 : 4 + NONCE_BYTES], blob[4 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, ciphertext, label.encode("ascii"))
        except InvalidTag:
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Attachment file {name} is damaged or was replaced."),
                             name=path.name) from None

    # -- derived copies ------------------------------------------------------------------

    def derived_path(self, sha256: str, kind: str) -> Path:
        return self.path_for(_derived_label(sha256, kind))

    def put_derived(self, sha256: str, kind: str, data: bytes) -> None:
        """Store (or replace) the `kind` copy of attachment `sha256`."""
        label = _derived_label(sha256, kind)
        self._write(self.path_for(label), label, data)

    def get_derived(self, sha256: str, kind: str) -> bytes | None:
        """The `kind` copy of attachment `sha256`; None when there is none or it is damaged (it can be made again)."""
        label = _derived_label(sha256, kind)
        try:
            return self._read(self.path_for(label), label)
        except (FileNotFoundError, StoreError):
            return None

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def get(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        try:
            data = self._read(path, sha256)
        except FileNotFoundError:
            raise NotFound(QT_TRANSLATE_NOOP("StoreErrors", "Attachment {name}… is missing from this laptop."),
                           name=sha256[:12]) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Attachment file {name} does not match its hash."),
                             name=path.name)
        return data


def _derived_label(sha256: str, kind: str) -> str:
    if not kind.replace("-", "").isalnum():
        raise ValueError(f"bad copy kind {kind!r}")
    return f"{sha256}/{kind}"
