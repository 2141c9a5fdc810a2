"""Evidence photos for reports: decrypted from the vault, downscaled, cached in memory.

A phone photo is several megabytes; a report needs a few hundred pixels. Each photo is
decrypted, downscaled with Pillow and re-encoded as JPEG once per process and kept in
an LRU cache of the small copies (bounded in bytes), so rebuilding a report, or building
the employer notice after the full report, costs nothing. Nothing is ever written to
disk: the plaintext image exists only in memory.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

__all__ = ["DEFAULT_MAX_PIXELS", "Photo", "PhotoCache", "downscale", "shared_cache"]

DEFAULT_MAX_PIXELS = 640  # longest side: ~190 dpi across the half page a report photo spans
JPEG_QUALITY = 80


@dataclass(frozen=True, slots=True)
class Photo:
    """A downscaled photo ready for ReportLab: JPEG bytes, pixel size, digest of the bytes."""

    jpeg: bytes
    width: int
    height: int
    digest: str = ""


def downscale(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> Photo:
    """JPEG no larger than `max_pixels` on its longest side, EXIF rotation applied.

    Raises ValueError for data that is not an image Pillow can read.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            # JPEG: decode at 1/2, 1/4 or 1/8 size straight away (several times faster), keeping
            # the longer side at least max_pixels.
            width, height = image.size
            scale = max_pixels / max(width, height, 1)
            if scale < 1:
                image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
            image = ImageOps.exif_transpose(image)
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            image.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS, reducing_gap=2.0)
            out = io.BytesIO()
            image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=False)
            jpeg = out.getvalue()
            return Photo(jpeg, image.width, image.height, hashlib.sha256(jpeg).hexdigest())
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValueError(f"not a readable image ({exc})") from None


class PhotoCache:
    """Thread-safe LRU of downscaled photos keyed by (content sha256, size), bounded in bytes."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[str, int], Photo] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, sha256: str, load: Callable[[], bytes], max_pixels: int = DEFAULT_MAX_PIXELS) -> Photo:
        key = (sha256, max_pixels)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
        photo = downscale(load(), max_pixels)
        with self._lock:
            self.misses += 1
            if key not in self._items:
                self._items[key] = photo
                self._bytes += len(photo.jpeg)
                while self._bytes > self.max_bytes and len(self._items) > 1:
                    _old_key, old = self._items.popitem(last=False)
                    self._bytes -= len(old.jpeg)
        return photo

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)


_shared = PhotoCache()


def shared_cache() -> PhotoCache:
    """The process-wide cache (the app and the CLI build every report through it)."""
    return _shared
