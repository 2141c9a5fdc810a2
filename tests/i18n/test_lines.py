"""Greedy line filling at the shared breaks (what wrapped labels show)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.i18n.lines import fit_lines, unbreakable_pieces
from inspector_app.i18n.segment import break_opportunities

from .samples import ALL_SENTENCES
from .test_segment import ALPHABETS


def starts(paragraph: str, lines: list[str]) -> list[int]:
    out = []
    position = 0
    for number, line in enumerate(lines):
        while number and paragraph[position] in " \u200b":
            position += 1
        if number:
            out.append(position)
        assert paragraph.startswith(line, position)
        position += len(line)
    return out


@pytest.mark.parametrize("width", [8, 15, 40])
@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_lines_fit_and_start_at_breaks(text: str, width: int) -> None:
    lines = fit_lines(text, width, len)
    widest = max(map(len, unbreakable_pieces(text)))
    for start in starts(text, lines):
        if widest <= width:
            assert start in break_opportunities(text)
    if widest <= width:
        assert all(len(line) <= width for line in lines)


def test_examples() -> None:
    assert fit_lines("និយោជកបានរឹបអូសលិខិតឆ្លងដែនរបស់កម្មករ។", 16, len) == [
        "និយោជកបានរឹបអូស", "លិខិតឆ្លងដែនរបស់", "កម្មករ។"]
    assert fit_lines("abc def\n\nghi", 100, len) == ["abc def", "", "ghi"]
    assert fit_lines("aaaaaaa bb", 3, len) == ["aaa", "aaa", "a", "bb"]  # a word wider than the line is cut


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted({c for a in ALPHABETS.values() for c in a} | {"\n"})), max_size=80),
       st.integers(min_value=1, max_value=30))
def test_nothing_is_lost(text: str, width: int) -> None:
    lines = fit_lines(text, width, len)
    kept = "".join(lines).replace(" ", "").replace("\u200b", "")
    assert kept == text.replace(" ", "").replace("\u200b", "").replace("\n", "")
