"""Small copies of evidence photos for the review pages, made at HQ from the synced files.

JPEG, at most `SIZE` pixels on the long side, EXIF orientation applied and metadata dropped
(no GPS in a thumbnail). Kept beside the attachment files (`<root>/thumbs/`) once made; a file
that is not an image Pillow can read gives None and the page shows its name instead.
"""

from __future__ import annotations

import io
import os
import secrets
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .storage import AttachmentStorage

SIZE = 480
QUALITY = 78
MAX_PIXELS = 60_000_000  # refuse decompression bombs well above any camera


def _cache_path(storage: AttachmentStorage, sha256: str) -> Path | None:
    root = getattr(storage, "root", None)
    return Path(root) / "thumbs" / sha256[:2] / f"{sha256}-{SIZE}.jpg" if root is not None else None


def thumbnail(storage: AttachmentStorage, sha256: str) -> bytes | None:
    cached = _cache_path(storage, sha256)
    if cached is not None and cached.exists():
        return cached.read_bytes()
    try:
        data = storage.read(sha256)
    except OSError:
        return None
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                return None
            image.draft("RGB", (SIZE * 2, SIZE * 2))  # JPEG decodes at a fraction of full size: fast
            small = ImageOps.exif_transpose(image).convert("RGB")
            small.thumbnail((SIZE, SIZE))
            out = io.BytesIO()
            small.save(out, "JPEG", quality=QUALITY, optimize=True)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    made = out.getvalue()
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(f".{cached.name}.{secrets.token_hex(4)}")
            tmp.write_bytes(made)
            os.replace(tmp, cached)
        except OSError:
            pass  # a full or read-only disk: serve it without keeping it
    return made
