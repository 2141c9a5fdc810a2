from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.i18n.scripts import Script, is_mark
from inspector_app.i18n.segment import (
    break_opportunities,
    graphemes,
    line_break_safe,
    sub_word_units,
    with_break_hints,
    words,
)

from . import thai_gold
from .samples import (
    ALL_SENTENCES,
    BURMESE_SENTENCES,
    KHMER_SENTENCES,
    LAO_SENTENCES,
    SHAN_TEXT,
    THAI_SENTENCES,
    worker_texts,
)


def _boundaries(pieces: list[str]) -> set[int]:
    return set(accumulate(len(p) for p in pieces))


def _assigned(low: int, high: int) -> list[str]:
    return [chr(c) for c in range(low, high + 1) if unicodedata.category(chr(c)) != "Cn"]


_COMMON = list(" 0123456789.,()-%\u200b") + ["\u00a0"]
ALPHABETS = {
    Script.THAI: _assigned(0x0E01, 0x0E5B) + _COMMON,
    Script.MYANMAR: _assigned(0x1000, 0x109F) + _COMMON,
    Script.KHMER: _assigned(0x1780, 0x17F9) + _COMMON,
    Script.LAO: _assigned(0x0E81, 0x0EDF) + _COMMON,
    Script.LATIN: list("abcdefghijklmnopqrstuvwxyzÀé") + _COMMON,
}
ANY_SCRIPT = sorted({ch for alphabet in ALPHABETS.values() for ch in alphabet})


# ----------------------------------------------------------------- lossless


@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_words_concatenate_back(text: str) -> None:
    assert "".join(words(text)) == text


@pytest.mark.parametrize("script", list(ALPHABETS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_words_lossless_for_random_text(script: Script, data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=st.sampled_from(ALPHABETS[script]), max_size=60))
    assert "".join(words(text)) == text
    assert "".join(words(text, script=script)) == text
    assert "".join(graphemes(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(ANY_SCRIPT), max_size=80))
def test_breaks_are_word_boundaries_and_never_split_clusters(text: str) -> None:
    pieces = words(text)
    assert "".join(pieces) == text
    breaks = break_opportunities(text)
    assert breaks == sorted(set(breaks))
    assert set(breaks) <= _boundaries(pieces)
    for index in breaks:
        assert 0 < index < len(text)
        assert not is_mark(text[index]), f"break before a combining mark at {index} in {text!r}"
        assert text[index - 1] not in "\u1039\u17d2", "break after a virama / coeng"
        assert line_break_safe(text, index)


# ----------------------------------------------------------------- per script


def test_thai_dictionary_words() -> None:
    assert words("นายจ้างยึดหนังสือเดินทางของลูกจ้าง") == ["นายจ้าง", "ยึด", "หนังสือเดินทาง", "ของ", "ลูกจ้าง"]


@pytest.mark.parametrize("text", THAI_SENTENCES)
def test_thai_segments_start_on_a_base_character(text: str) -> None:
    for piece in words(text):
        assert not is_mark(piece[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Khmer: the sentence from the issue; "របស់" and "កម្មករ" are words, not syllables.
        ("និយោជកបានរឹបអូសលិខិតឆ្លងដែនរបស់កម្មករ។",
         ["និយោជក", "បាន", "រឹបអូស", "លិខិតឆ្លងដែន", "របស់", "កម្មករ", "។"]),
        ("ភាសាខ្មែរ", ["ភាសាខ្មែរ"]),
        ("ការងារ", ["ការងារ"]),
        ("កម្ពុជា", ["កម្ពុជា"]),
        # Subscript TA written where the dictionary has subscript DA (they print the same).
        ("ពាក្យបណ្តឹងរបស់អ្នក", ["ពាក្យបណ្តឹង", "របស់", "អ្នក"]),
        # Burmese: words, with kinzi and stacks inside them.
        ("အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်။",
         ["အလုပ်ရှင်", "က", " ", "နိုင်ငံ", "ကူး", "လက်မှတ်", "ကို", " ", "သိမ်းထား", "သည်", "။"]),
        ("မြန်မာ", ["မြန်မာ"]),
        ("အင်္ဂလိပ်", ["အင်္ဂလိပ်"]),
        ("ကမ္ဘာ", ["ကမ္ဘာ"]),
        ("၂၀၂၅ ခုနှစ်", ["၂၀၂၅", " ", "ခု", "နှစ်"]),
        (SHAN_TEXT, ["ၵႂၢမ်း", "တႆး"]),
        # A loanword the dictionary lacks: no piece starts on a final consonant (with asat).
        ("သင့်ပတ်စ်ပို့နဲ့", ["သင့်", "ပတ်စ်", "ပို့", "နဲ့"]),
        # Lao.
        ("ປະເທດລາວ", ["ປະເທດ", "ລາວ"]),
        ("ເຈົ້າຕ້ອງອົດທົນກັບການປະຕິບັດທີ່ບໍ່ດີ",
         ["ເຈົ້າ", "ຕ້ອງ", "ອົດທົນ", "ກັບ", "ການປະຕິບັດ", "ທີ່", "ບໍ່", "ດີ"]),
    ],
)
def test_dictionary_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


# Words a line must never split, checked in every worker question, answer choice and
# worker-sheet text the app ships in that language.
NEVER_SPLIT = {
    "km": ["របស់", "កម្មករ", "និយោជក", "ប្រាក់", "ឈ្នួល", "ម៉ោង", "ធនាគារ", "កន្លែង", "គ្រួសារ", "បណ្តឹង", "ខេត្ត"],
    "my": ["အလုပ်သမား", "အလုပ်ရှင်", "လစာ", "ကျွန်ုပ်", "နိုင်ငံ", "အချိန်", "မိသားစု", "ပွဲစား", "စာချုပ်"],
    "lo": ["ເຈົ້າ", "ຄ່າແຮງ", "ຄ່າຈ້າງ", "ໜັງສື", "ຊົ່ວໂມງ", "ຄອບຄົວ", "ນາຍໜ້າ", "ທະນາຄານ", "ສັນຍາ"],
    "th": ["ลูกจ้าง", "นายจ้าง", "หนังสือ", "ค่าจ้าง", "ชั่วโมง"],
}


def split_words(texts: list[str], keep: list[str], breaks: Callable[[str], set[int]]) -> list[str]:
    """Each place where a break falls inside one of `keep`, shown in context."""
    found = []
    for text in texts:
        cuts = breaks(text)
        for word in keep:
            start = text.find(word)
            while start >= 0:
                if any(start < cut < start + len(word) for cut in cuts):
                    found.append(f"{word} in {text[max(0, start - 10):start + len(word) + 10]!r}")
                start = text.find(word, start + 1)
    return found


@pytest.mark.parametrize("language", list(NEVER_SPLIT))
def test_real_sentences_never_break_inside_these_words(language: str) -> None:
    texts = worker_texts(language)
    keep = NEVER_SPLIT[language]
    occurrences = sum(text.count(word) for text in texts for word in keep)
    assert occurrences >= 40, f"too few {language} samples to judge: {occurrences}"
    assert split_words(texts, keep, lambda text: set(break_opportunities(text))) == []
    # Break opportunities are offered: the texts do wrap between words.
    assert all(break_opportunities(text) for text in texts if len(text) > 30)


def test_icu4py_missing_fails_at_import() -> None:
    """No silent fallback to a cruder breaker: importing the segmenter fails loudly."""
    script = (
        "import sys\n"
        "sys.modules['icu4py'] = None\n"
        "sys.modules['icu4py.breakers'] = None\n"
        "try:\n"
        "    import inspector_app.i18n.segment\n"
        "except ImportError as error:\n"
        "    print(error)\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "icu4py is required" in result.stdout


@pytest.mark.parametrize("text", BURMESE_SENTENCES + KHMER_SENTENCES + LAO_SENTENCES)
def test_no_break_inside_stacks(text: str) -> None:
    for index in break_opportunities(text):
        assert text[index - 1] not in "\u1039\u17d2"
        assert not is_mark(text[index])


def test_latin_breaks_only_at_spaces() -> None:
    text = "Labour Protection Act (B.E. 2541)"
    assert words(text) == ["Labour", " ", "Protection", " ", "Act", " ", "(B.E.", " ", "2541)"]
    assert break_opportunities(text) == [7, 18, 22, 28]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("ลูกจ้าง (แรงงาน) ทำงาน", 9),  # nothing after an opening bracket
        ("ลูกจ้าง (แรงงาน) ทำงาน", 15),  # nothing before a closing one
        ("ทำงานทุกวันๆ", 11),  # no line starts with maiyamok
        ("ကျေးဇူးတင်ပါသည်။", 15),  # no line starts with a section mark
        ("ค่าจ้าง10%", 7),  # no break between Thai and digits without a space
        ("ราคา\u00a0352", 5),  # no-break space glues
    ],
)
def test_punctuation_rules(text: str, index: int) -> None:
    assert index not in break_opportunities(text)


def _unbroken(text: str) -> list[str]:
    """The stretches between the places a line may start."""
    bounds = [0, *break_opportunities(text), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


@pytest.mark.parametrize(
    ("text", "stretches"),
    [
        # A form's abbreviation is one word, though the dictionary cuts it after its first letter (ค|ร.11).
        ("ทะเบียนลูกจ้าง (แบบ คร.11) ภายใน", ["ทะเบียน", "ลูกจ้าง ", "(แบบ ", "คร.11) ", "ภายใน"]),
        ("ตามแบบบต.46", ["ตาม", "แบบ", "บต.46"]),
        # A Thai date or time reads as one: its spaces do not end a line.
        ("หมดอายุ 5 ก.ย. 2569 แล้ว", ["หมดอายุ ", "5 ก.ย. 2569 ", "แล้ว"]),
        ("ภายใน 20 มีนาคม พ.ศ. 2569 นี้", ["ภายใน ", "20 มีนาคม พ.ศ. 2569 ", "นี้"]),
        ("วันที่ 16 กันยายน 2569 เวลา 16:00 น. ตรง", ["วันที่ ", "16 กันยายน 2569 ", "เวลา ", "16:00 น. ", "ตรง"]),
    ],
)
def test_thai_abbreviations_dates_and_times_are_not_broken(text: str, stretches: list[str]) -> None:
    assert _unbroken(text) == stretches


def test_a_date_wider_than_the_line_is_cut_at_its_spaces_before_inside_a_word() -> None:
    from inspector_app.i18n.lines import fit_lines

    assert fit_lines("หมดอายุ 16 กันยายน 2569", 9, len) == ["หมดอายุ", "16", "กันยายน", "2569"]
    assert fit_lines("หมดอายุ 16 กันยายน 2569", 10, len) == ["หมดอายุ", "16 กันยายน", "2569"]


def test_break_after_space_and_zero_width_space() -> None:
    text = "ភាសា\u200bខ្មែរ ភាសា"
    breaks = break_opportunities(text)
    assert text.index("\u200b") + 1 in breaks
    assert text.index(" ") + 1 in breaks
    assert text.index("\u200b") not in breaks  # break after the ZWSP, not before it


def test_line_break_safe_edges() -> None:
    assert line_break_safe("ไทย", 0)
    assert line_break_safe("ไทย", 3)
    assert not line_break_safe("ไทย", 1)
    assert not line_break_safe("ไทย", 7)


def test_graphemes_keep_stacks_and_marks() -> None:
    assert graphemes("ကမ္ဘာ") == ["က", "မ္ဘာ"]
    assert graphemes("ស្ត្រី") == ["ស្ត្រី"]
    assert graphemes("น้ำ") == ["น้ำ"]
    assert graphemes("เก่ง") == ["เก่", "ง"]


def test_thai_segmentation_never_touches_the_network(tmp_path: Path) -> None:
    """newmm must run from the bundled dictionary: no socket, nothing written to HOME."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise RuntimeError('network access attempted')\n"
        "socket.socket = refuse\n"
        "socket.create_connection = refuse\n"
        "from inspector_app.i18n.segment import words\n"
        "assert words('ลูกจ้างทำงานล่วงเวลา') == ['ลูกจ้าง', 'ทำงาน', 'ล่วงเวลา'], words('ลูกจ้างทำงานล่วงเวลา')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env["HOME"] = str(tmp_path)
    env["USERPROFILE"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_break_hints_for_qt(text: str) -> None:
    hinted = with_break_hints(text)
    assert hinted.replace("\u200b", "") == text.replace("\u200b", "")
    assert hinted.count("\u200b") == sum(1 for i in break_opportunities(text) if text[i - 1] not in " \u200b")


def test_with_break_hints_example() -> None:
    assert with_break_hints("นายจ้างยึดหนังสือ", "|") == "นายจ้าง|ยึด|หนังสือ"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("หนังสือเดินทาง", ["หนัง", "สือ", "เดิน", "ทาง"]),
        ("ကမ္ဘာ", ["ကမ္ဘာ"]),  # the upper half of a stack closes the syllable before it
        ("တစ်ယောက်ယောက်", ["တစ်", "ယောက်", "ယောက်"]),  # finals (with asat) stay with their syllable
        ("របស់", ["រ", "បស់"]),
        ("abc", ["a", "b", "c"]),
    ],
)
def test_sub_word_units(text: str, units: list[str]) -> None:
    assert sub_word_units(text) == units


def test_thai_segmenter_is_the_one_that_measures_better() -> None:
    """PyThaiNLP's newmm against ICU on hand-segmented sentences from the app (thai_gold.py).

    Measured: newmm breaks inside a word once (บอ|กว่า), ICU twice (เมีย|นมา, น|.);
    ICU breaks compounds (ลูก|จ้าง, ค่า|จ้าง) almost four times as often. So Thai stays
    with newmm, and the app's Thai breaks are newmm's.
    """
    newmm = thai_gold.score(thai_gold.ENGINES["pythainlp-newmm"])
    icu = thai_gold.score(thai_gold.ENGINES["icu"])
    app = thai_gold.score(thai_gold.ENGINES["app"])
    assert newmm.inside_words <= icu.inside_words
    assert newmm.inside_compounds * 2 < icu.inside_compounds
    assert app == newmm
    assert app.precision > 0.99 and app.recall > 0.9


def test_threads_asking_for_the_thai_dictionary_at_once_build_it_once(monkeypatch) -> None:  # noqa: ANN001
    """The app warms it in the background while a screen may need it: one build, and both wait for it."""
    import threading
    import time

    import pythainlp.tokenize

    from inspector_app.i18n import segment

    builds: list[str] = []

    def slow_build() -> object:
        builds.append(threading.current_thread().name)
        time.sleep(0.05)  # long enough for the other threads to arrive while it builds
        return object()

    monkeypatch.setattr(pythainlp.tokenize, "word_dict_trie", slow_build)
    monkeypatch.setattr(segment, "_thai_words_ready", threading.Event())
    threads = [threading.Thread(target=segment.prepare_thai_words) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert len(builds) == 1 and segment._thai_words_ready.is_set()  # noqa: SLF001
