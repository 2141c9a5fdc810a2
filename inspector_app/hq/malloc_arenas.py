"""Fewer C heap arenas for `inspector-hq serve`.

glibc gives each thread that allocates at the same time as another its own heap arena (up to
eight per core). The server answers pushes on a pool of worker threads, and each push makes and
frees a few hundred thousand objects: memory freed in one arena is not reused by another thread
and is rarely handed back, so the process's resident size grows with the number of threads that
happened to work, not with what it holds. With two arenas, 20 laptops syncing at once peaked at
264 MB instead of 298–310 MB on SQLite (bench_hq_memory), at the same speed.

An administrator's own `MALLOC_ARENA_MAX` is left as it is. Elsewhere (Windows, macOS, musl) this
does nothing.
"""

from __future__ import annotations

import ctypes
import os
import sys

SERVER_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's malloc.h


def limit_arenas(arenas: int = SERVER_ARENAS) -> bool:
    """Ask glibc to use at most `arenas` heap arenas from now on; True when it took the setting.

    Call it before the server starts its threads: arenas already made stay."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # no C library to ask, or one without mallopt
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(_M_ARENA_MAX, arenas) == 1
