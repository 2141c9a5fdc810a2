"""Which writing system each character belongs to, and text split into same-script runs.

Reports pick a font per script and the UI picks a segmenter per script, so both start
here. Only the scripts the application prints are told apart; everything else is
`Script.OTHER` (drawn with the Latin face, which also covers Greek and Cyrillic).
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Run",
    "Script",
    "char_script",
    "dominant_script",
    "is_mark",
    "is_neutral",
    "split_runs",
]


class Script(str, enum.Enum):
    LATIN = "Latin"
    THAI = "Thai"
    MYANMAR = "Myanmar"
    KHMER = "Khmer"
    LAO = "Lao"
    OTHER = "Other"


# Block ranges (inclusive). Myanmar includes Extended-A/B (Shan, Khamti, Pa'o...).
_BLOCKS: tuple[tuple[int, int, Script], ...] = (
    (0x0E00, 0x0E7F, Script.THAI),
    (0x0E80, 0x0EFF, Script.LAO),
    (0x1000, 0x109F, Script.MYANMAR),
    (0x1780, 0x17FF, Script.KHMER),
    (0x19E0, 0x19FF, Script.KHMER),  # Khmer symbols (lunar dates)
    (0xA9E0, 0xA9FF, Script.MYANMAR),
    (0xAA60, 0xAA7F, Script.MYANMAR),
)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one script; neutral characters ride with their neighbours."""

    script: Script
    text: str


def is_mark(ch: str) -> bool:
    """Combining mark (non-spacing, spacing or enclosing): it belongs to the character before."""
    return unicodedata.category(ch)[0] == "M"


def is_neutral(ch: str) -> bool:
    """Spaces, digits, punctuation, symbols and format controls outside the script blocks."""
    return _classify(ch) is None


@lru_cache(maxsize=4096)
def _classify(ch: str) -> Script | None:
    """Script of `ch`, or None for a neutral character. Marks get None too (see callers)."""
    cp = ord(ch)
    for low, high, script in _BLOCKS:
        if low <= cp <= high:
            return script
    category = unicodedata.category(ch)
    if category[0] != "L":
        return None
    # Latin letters: ASCII, Latin-1 and Latin Extended blocks. unicodedata names are the
    # cheapest reliable test for the scattered extension blocks.
    if unicodedata.name(ch, "").startswith("LATIN"):
        return Script.LATIN
    return Script.OTHER


def char_script(ch: str) -> Script | None:
    """The script of one character, or None when it is neutral (space, digit, punctuation, mark).

    Digits and punctuation inside a script's own block (Thai digits, Myanmar section marks
    "၊ ။", Khmer "។") belong to that script.
    """
    if len(ch) != 1:
        raise ValueError(f"char_script expects one character, got {len(ch)}")
    if is_mark(ch) and not _in_blocks(ch):
        return None
    return _classify(ch)


def _in_blocks(ch: str) -> bool:
    cp = ord(ch)
    return any(low <= cp <= high for low, high, _ in _BLOCKS)


def split_runs(text: str) -> list[Run]:
    """Split `text` into maximal runs of one script.

    - Combining marks stay with the character they follow (even a Latin accent on a Thai
      base stays in the Thai run, so a cluster is never cut).
    - Neutral characters (spaces, digits, punctuation) join the run before them; leading
      neutrals join the first run that follows. Text with no script letter at all is one
      Latin run.

    The concatenation of the run texts is always `text`.
    """
    if not text:
        return []
    runs: list[tuple[Script | None, list[str]]] = []
    for ch in text:
        script = None if is_mark(ch) else char_script(ch)
        if script is None or (runs and script == runs[-1][0]):
            if runs:
                runs[-1][1].append(ch)
            else:
                runs.append((None, [ch]))
            continue
        if runs and runs[-1][0] is None:
            # Leading neutrals adopt the first real script.
            runs[-1] = (script, runs[-1][1])
            runs[-1][1].append(ch)
        else:
            runs.append((script, [ch]))
    return [Run(script or Script.LATIN, "".join(chars)) for script, chars in runs]


def dominant_script(text: str) -> Script:
    """The script with the most letters in `text` (Latin when there are none)."""
    counts: dict[Script, int] = {}
    for ch in text:
        script = char_script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Script.LATIN
    return max(counts, key=lambda s: counts[s])
