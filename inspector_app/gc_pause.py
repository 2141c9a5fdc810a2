"""Cyclic garbage collection held off while work makes hundreds of thousands of short-lived objects.

A province-year summary at HQ makes some 400,000 small tuples and dicts that live until the PDF is
written; a sync round on the laptop makes thousands of rows, texts and answers per batch. Each of them
counts towards the collector's thresholds, so the collector keeps walking every object the process holds
while nothing can yet be freed (a quarter of a summary's build time). These objects form no reference
cycles (reference counting frees them), so collection is paused for the work and runs again afterwards.
Overlapping work in several threads shares one pause: collection resumes when the last of them ends, and
is left off if something else had turned it off before. So it is for work that ends, not for a server's
requests that keep coming (HQ's pushes overlap: see hq/push.apply_ops)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collection_paused"]

_lock = threading.Lock()
_holders = 0
_resume = False


@contextmanager
def collection_paused() -> Iterator[None]:
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
