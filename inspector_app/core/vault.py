"""Encrypted, content-addressed attachment files.

Files are addressed by the SHA-256 of their plaintext (the id used in the
database and during sync), but stored under a keyed name (HMAC of that hash)
so that a lost laptop does not even confirm that a known photo is on it.
Each file is AES-256-GCM with a random nonce; the hash is the associated data,
so a file swapped for another one fails to decrypt.
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
        if path.exists():
            return digest
        nonce = secrets.token_bytes(NONCE_BYTES)
        blob = MAGIC + nonce + self._aead.encrypt(nonce, data, digest.encode("ascii"))
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
            raise_write_error(exc, "storing an attachment file")
        return digest

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def get(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise NotFound(f"Attachment {sha256[:12]}… is missing from this laptop.") from None
        if not blob.startswith(MAGIC):
            raise StoreError(f"Attachment file {path.name} is damaged.")
        nonce, ciphertext = blob[4 : 4 + NONCE_BYTES], blob[4 + NONCE_BYTES :]
        try:
            data = self._aead.decrypt(nonce, ciphertext, sha256.encode("ascii"))
        except InvalidTag:
            raise StoreError(f"Attachment file {path.name} is damaged or was replaced.") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoreError(f"Attachment file {path.name} does not match its hash.")
        return data
