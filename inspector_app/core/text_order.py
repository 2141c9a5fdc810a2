"""The order people expect names in, as an SQLite collation, so lists can sort in the database.

Thai words sort by their first consonant, not by a leading vowel written before it
(เชียงใหม่ under ช, between ขอนแก่น and ตาก), tone marks count only to break ties, and Latin
letters sort without regard to case: what a Thai dictionary and ICU's collation do, close
enough for names on one laptop. Lists page through thousands of rows in this order without
loading them all first.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

COLLATION = "text_order"

_LEADING_VOWELS = frozenset("เแโใไ")
_TONE_AND_MARKS = frozenset(chr(c) for c in range(0x0E47, 0x0E4F))  # ็ ่ ้ ๊ ๋ ์ ํ ๎


@lru_cache(maxsize=65_536)
def sort_key(text: str) -> tuple[str, str]:
    """(primary, tie-break): leading vowels after their consonant, case folded; marks only in the tie-break."""
    chars = list(text.casefold())
    n = 0
    while n < len(chars) - 1:
        if chars[n] in _LEADING_VOWELS:
            chars[n], chars[n + 1] = chars[n + 1], chars[n]
            n += 2
        else:
            n += 1
    reordered = "".join(chars)
    return "".join(c for c in reordered if c not in _TONE_AND_MARKS), reordered


def compare(a: str, b: str) -> int:
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb) or (a > b) - (a < b)


def register(connection: Any) -> None:
    """Make `COLLATE text_order` available on a DB-API (SQLite) connection."""
    connection.create_collation(COLLATION, compare)
