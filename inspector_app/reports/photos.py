"""Evidence photos for reports: report-size copies, cached in memory.

A phone photo is several megabytes; a report needs a few hundred pixels. The app stores a
report-size copy of each photo when it is added (`core.photos`), so a report reads that small
encrypted copy instead of decoding the photo; the copies are kept in an LRU cache (bounded in
bytes), so rebuilding a report, or building the employer notice after the full report, costs
nothing. Nothing is ever written to disk unencrypted: the plaintext image exists only in memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from inspector_app.core.photos import JPEG_QUALITY, REPORT_MAX_PIXELS, Photo, downscale

__all__ = ["DEFAULT_MAX_PIXELS", "JPEG_QUALITY", "Photo", "PhotoCache", "downscale", "shared_cache"]

DEFAULT_MAX_PIXELS = REPORT_MAX_PIXELS


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
        """The photo downscaled from the bytes `load` gives (the full photo), cached."""
        return self.get_photo(sha256, lambda: downscale(load(), max_pixels), max_pixels)

    def get_photo(self, sha256: str, make: Callable[[], Photo], max_pixels: int = DEFAULT_MAX_PIXELS) -> Photo:
        """The photo `make` gives at this size (e.g. its stored report copy), cached."""
        key = (sha256, max_pixels)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
        photo = make()
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
