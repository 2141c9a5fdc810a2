from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.i18n.scripts import Run, Script, char_script, dominant_script, split_runs

from .samples import ALL_SENTENCES


@pytest.mark.parametrize(
    ("ch", "expected"),
    [
        ("a", Script.LATIN),
        ("é", Script.LATIN),
        ("ก", Script.THAI),
        ("๕", Script.THAI),  # Thai digit belongs to Thai
        ("က", Script.MYANMAR),
        ("။", Script.MYANMAR),
        ("ၵ", Script.MYANMAR),  # Shan letter
        ("ꩠ", Script.MYANMAR),  # Myanmar Extended-A (Khamti Shan)
        ("ក", Script.KHMER),
        ("ກ", Script.LAO),
        ("Ж", Script.OTHER),
        (" ", None),
        ("5", None),
        ("(", None),
        ("\u200b", None),
        ("\u0301", None),  # combining acute outside the script blocks
    ],
)
def test_char_script(ch: str, expected: Script | None) -> None:
    assert char_script(ch) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ภาษาไทย English", [Run(Script.THAI, "ภาษาไทย "), Run(Script.LATIN, "English")]),
        ("ราคา 352 บาท", [Run(Script.THAI, "ราคา 352 บาท")]),
        ("(မြန်မာ) ไทย", [Run(Script.MYANMAR, "(မြန်မာ) "), Run(Script.THAI, "ไทย")]),
        ("2568", [Run(Script.LATIN, "2568")]),
        ("ที่", [Run(Script.THAI, "ที่")]),
        ("ก\u0301x", [Run(Script.THAI, "ก\u0301"), Run(Script.LATIN, "x")]),  # a mark stays with its base
        ("ស្ត្រី, ເຂົ້າ", [Run(Script.KHMER, "ស្ត្រី, "), Run(Script.LAO, "ເຂົ້າ")]),
        ("  ไทย", [Run(Script.THAI, "  ไทย")]),  # leading neutrals join the first run
    ],
)
def test_split_runs(text: str, expected: list[Run]) -> None:
    assert split_runs(text) == expected


@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_split_runs_concatenates_back(text: str) -> None:
    assert "".join(run.text for run in split_runs(text)) == text


@given(st.text(max_size=80))
def test_split_runs_is_lossless_for_any_text(text: str) -> None:
    runs = split_runs(text)
    assert "".join(run.text for run in runs) == text
    assert all(run.text for run in runs)
    assert all(a.script != b.script for a, b in zip(runs, runs[1:]))


def test_dominant_script() -> None:
    assert dominant_script("ล่าม: ကိုအောင်ကိုအောင်") == Script.MYANMAR
    assert dominant_script("123 ...") == Script.LATIN
