"""English that counts: "1 change", "3 changes", never "change(s)".

For text that is only ever English (the command lines' own lines, HQ's logs and audit details). A
message the screens translate has a template for each English form instead (`core.messages.plural`).
Pure: the laptop, its CLI and HQ share it.
"""

from __future__ import annotations

__all__ = ["count_noun"]


def count_noun(count: int, singular: str, plural: str | None = None) -> str:
    """`count` with its noun in the English number that fits: "1 change", "3 changes", "2 entries"."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"
