"""Where HQ keeps attachment files: a small interface, a local directory by default.

Files are content-addressed (by the SHA-256 of their bytes). Uploads grow in a
part file per (device, file) and become a stored file only after their size
and hash are checked. An S3-compatible store can implement the same interface
(part = multipart upload, finalise = complete + copy) when one disk is outgrown.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from pathlib import Path
from typing import Protocol


class AttachmentStorage(Protocol):
    def part_size(self, part: str) -> int: ...
    def write_part(self, part: str, offset: int, data: bytes) -> int: ...
    def part_sha256(self, part: str) -> str: ...
    def discard_part(self, part: str) -> None: ...
    def finalise(self, part: str, sha256: str) -> None: ...
    def put(self, sha256: str, data: bytes) -> None: ...
    def has(self, sha256: str) -> bool: ...
    def read(self, sha256: str) -> bytes: ...
    def parts_older_than(self, seconds: float) -> list[str]: ...


class LocalDirectoryStorage:
    """`<root>/objects/ab/<sha256>` for stored files, `<root>/parts/<part>` for uploads in progress."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.parts = self.root / "parts"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.parts.mkdir(parents=True, exist_ok=True)

    def _object(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def _part(self, part: str) -> Path:
        if not part.replace("-", "").replace("_", "").isalnum():
            raise ValueError("bad part name")
        return self.parts / part

    def part_size(self, part: str) -> int:
        try:
            return self._part(part).stat().st_size
        except FileNotFoundError:
            return 0

    def write_part(self, part: str, offset: int, data: bytes) -> int:
        """Write `data` at `offset`, dropping anything after it (a half-written chunk from a crash)."""
        path = self._part(part)
        with open(path, "r+b" if path.exists() else "w+b") as fh:
            fh.truncate(offset)
            fh.seek(offset)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            return fh.tell()

    def part_sha256(self, part: str) -> str:
        digest = hashlib.sha256()
        with open(self._part(part), "rb") as fh:
            for block in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(block)
        return digest.hexdigest()

    def discard_part(self, part: str) -> None:
        self._part(part).unlink(missing_ok=True)

    def finalise(self, part: str, sha256: str) -> None:
        target = self._object(sha256)
        if target.exists():
            self.discard_part(part)
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self._part(part), target)
        _fsync_dir(target.parent)

    def put(self, sha256: str, data: bytes) -> None:
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("data does not match its sha256")
        target = self._object(sha256)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{sha256}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
            raise
        _fsync_dir(target.parent)

    def has(self, sha256: str) -> bool:
        return self._object(sha256).exists()

    def read(self, sha256: str) -> bytes:
        return self._object(sha256).read_bytes()

    def parts_older_than(self, seconds: float) -> list[str]:
        """Part files not written to for `seconds` (abandoned uploads, or ones whose row is gone)."""
        cutoff = time.time() - seconds
        stale = []
        with os.scandir(self.parts) as entries:
            for entry in entries:
                try:
                    if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                        stale.append(entry.name)
                except FileNotFoundError:
                    continue  # finalised or discarded meanwhile
        return stale


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
