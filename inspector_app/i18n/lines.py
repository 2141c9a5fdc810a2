"""Greedy line filling at the shared word breaks, for any way of measuring text.

The UI's wrapped labels use it with Qt's font metrics, so a Burmese, Khmer, Lao or Thai
message wraps between the same words on screen as in the PDFs (whose text engine,
`inspector_app.reports.text`, fills lines the same way with shaped widths). Qt cannot
be left to wrap such text itself: it has no word breaks for Khmer or Lao, and for
Burmese it breaks between syllables, even inside words (လ|စာ).
"""

from __future__ import annotations

from collections.abc import Callable

from .segment import ZWSP, break_opportunities, is_break_space, overlong_units

__all__ = ["fit_lines", "unbreakable_pieces"]

Measure = Callable[[str], float]


def _split_tail(text: str) -> tuple[str, str]:
    """(what a line shows, the break spaces and zero-width spaces after it)."""
    end = len(text)
    while end and (is_break_space(text[end - 1]) or text[end - 1] == ZWSP):
        end -= 1
    return text[:end].replace(ZWSP, ""), text[end:]


def _visible(text: str) -> str:
    return _split_tail(text)[0]


def unbreakable_pieces(text: str) -> list[str]:
    """The stretches of `text` no line may break inside (words, with their punctuation)."""
    pieces = []
    for paragraph in text.split("\n"):
        bounds = [0, *break_opportunities(paragraph), len(paragraph)]
        pieces.extend(shown for a, b in zip(bounds, bounds[1:]) if (shown := _visible(paragraph[a:b])))
    return pieces


def _cut_overlong(word: str, width: float, measure: Measure) -> list[str]:
    """A word wider than the line, cut at the spaces of a Thai date, else at Thai syllables or whole clusters
    (never inside one)."""
    lines: list[str] = []
    current = ""
    for unit in overlong_units(word, lambda part: measure(part) <= width):
        if current and measure((current + unit).rstrip(" ")) > width:
            lines.append(current.rstrip(" "))
            current = ""
        current += unit
    return [*lines, current]


def fit_lines(text: str, width: float, measure: Measure) -> list[str]:
    """`text` as lines no wider than `width` as `measure` counts it.

    Lines break at explicit newlines and where `segment.break_opportunities` allows;
    a single word wider than the line is cut as a last resort. Trailing spaces and
    zero-width spaces are not part of a line. `"".join` of the lines is `text` without
    its break spaces at line ends and its zero-width spaces.
    """
    out: list[str] = []
    for paragraph in text.split("\n"):
        bounds = [0, *break_opportunities(paragraph), len(paragraph)]
        current = ""
        for start, end in zip(bounds, bounds[1:]):
            piece = paragraph[start:end]
            if current and measure(_visible(current + piece)) > width:
                out.append(_visible(current))
                current = ""
            content, tail = _split_tail(piece)
            if not current and len(content) > 1 and measure(content) > width:
                *full, last = _cut_overlong(content, width, measure)
                out.extend(full)
                current = last + tail
            else:
                current += piece
        out.append(_visible(current))
    return out
