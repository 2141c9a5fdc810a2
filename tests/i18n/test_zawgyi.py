"""Zawgyi detection and conversion.

Zawgyi samples are written as explicit code points: in an editor they would display as
whatever font happens to be installed, which is how Zawgyi text fools people.
"""

from __future__ import annotations

import pytest

from inspector_app.i18n.zawgyi import is_zawgyi, normalize_burmese, zawgyi_probability, zawgyi_to_unicode

from .samples import BURMESE_SENTENCES, MON_TEXT, SHAN_TEXT

# (what it is, Zawgyi code points, expected Unicode)
ZAWGYI_CASES = [
    ("Myanmar: pre-base medial RA, asat", "\u103b\u1019\u1014\u1039\u1019\u102c", "မြန်မာ"),
    ("school: pre-base E, ya-pin", "\u1031\u1000\u103a\u102c\u1004\u1039\u1038", "ကျောင်း"),
    ("speak: E and RA both before the consonant", "\u1031\u103b\u1015\u102c", "ပြော"),
    ("world: stacked BHA glyph", "\u1000\u1019\u107b\u102c", "ကမ္ဘာ"),
    ("English: kinzi typed after its consonant", "\u1021\u1002\u1064\u101c\u102d\u1015\u1039", "အင်္ဂလိပ်"),
    ("Thingyan: RA variant and kinzi around one consonant", "\u101e\u107e\u1000\u1064\u1014\u1039", "သင်္ကြန်"),
    ("cemetery: kinzi, ya-pin, long-leg U", "\u101e\u1001\u1064\u103a\u102d\u1033\u1004\u1039\u1038", "သင်္ချိုင်း"),
    ("city: RA variant, long-leg U, shifted dot below", "\u107f\u1019\u102d\u1033\u1095", "မြို့"),
    ("and: short NA, medial HA", "\u108f\u103d\u1004\u1037\u1039", "နှင့်"),
    (
        "thank you",
        "\u1031\u1000\u103a\u1038\u1007\u1030\u1038\u1010\u1004\u1039\u1015\u102b\u1010\u101a\u1039",
        "ကျေးဇူးတင်ပါတယ်",
    ),
    ("far: digit zero typed for WA", "\u1031\u1040\u1038", "ဝေး"),
    ("employee: digit zero for WA before a letter", "\u1040\u1014\u1039\u1011\u1019\u1039\u1038", "ဝန်ထမ်း"),
    ("ten days: a real zero stays a digit", "\u1041\u1040 \u101b\u1000\u1039", "၁၀ ရက်"),
    ("wisdom: ဥ used for NYA", "\u1025\u102c\u100f\u1039", "ဉာဏ်"),
    ("the said: one-character abbreviation", "\u104e", "၎င်း"),
    ("Buddha: stacked DHA glyph", "\u1017\u102f\u1012\u1076", "ဗုဒ္ဓ"),
    ("picture: anusvara typed before U", "\u1015\u1036\u102f", "ပုံ"),
    ("problem: great SA glyph", "\u103b\u1015\u1086\u1014\u102c", "ပြဿနာ"),
    ("fragrant: medial WA + HA ligature", "\u1031\u1019\u108a\u1038", "မွှေး"),
    ("on: tall AA + asat ligature", "\u1031\u1015\u105a", "ပေါ်"),
    ("section: NNA + stacked DDA ligature", "\u1000\u1091", "ကဏ္ဍ"),
    (
        "sentence: the employer keeps the passport",
        "\u1021\u101c\u102f\u1015\u1039\u101b\u103d\u1004\u1039\u1000 "
        "\u108f\u102d\u102f\u1004\u1039\u1004\u1036\u1000\u1030\u1038\u101c\u1000\u1039\u1019\u103d\u1010\u1039\u1000\u102d\u102f "
        "\u101e\u102d\u1019\u1039\u1038\u1011\u102c\u1038\u101e\u100a\u1039\u104b",
        "အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်။",
    ),
]


@pytest.mark.parametrize(("label", "zawgyi", "unicode"), ZAWGYI_CASES, ids=[c[0] for c in ZAWGYI_CASES])
def test_zawgyi_to_unicode(label: str, zawgyi: str, unicode: str) -> None:
    assert zawgyi_to_unicode(zawgyi) == unicode


@pytest.mark.parametrize(
    "zawgyi",
    [
        "\u103b\u1019\u1014\u1039\u1019\u102c",
        "\u1031\u1000\u103a\u102c\u1004\u1039\u1038",
        "\u1031\u1000\u103a\u1038\u1007\u1030\u1038\u1010\u1004\u1039\u1015\u102b\u1010\u101a\u1039",
        ZAWGYI_CASES[-1][1],
    ],
)
def test_zawgyi_is_detected_and_normalised(zawgyi: str) -> None:
    assert is_zawgyi(zawgyi)
    text, converted = normalize_burmese(zawgyi)
    assert converted
    assert text == zawgyi_to_unicode(zawgyi)
    assert not is_zawgyi(text)


@pytest.mark.parametrize(
    "text",
    [*BURMESE_SENTENCES, "မြန်မာ", "ကျေးဇူးတင်ပါတယ်", SHAN_TEXT, "ၵႂၢမ်းတႆး လိၵ်ႈတႆး", MON_TEXT, "ဘာသာမန်"],
)
def test_unicode_myanmar_script_is_not_flagged(text: str) -> None:
    assert not is_zawgyi(text), zawgyi_probability(text)
    assert normalize_burmese(text) == (text, False)


@pytest.mark.parametrize("text", ["", "hello", "ภาษาไทย", "123"])
def test_text_without_myanmar_letters(text: str) -> None:
    assert zawgyi_probability(text) == 0.0
    assert normalize_burmese(text) == (text, False)
    assert zawgyi_to_unicode(text) == text


def test_mixed_lines_convert_only_the_zawgyi_line() -> None:
    unicode_line = "အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်။"
    zawgyi_line = ZAWGYI_CASES[-1][1]
    text, converted = normalize_burmese(f"Note: {unicode_line}\nZG: {zawgyi_line}\nภาษาไทย")
    assert converted
    assert text == f"Note: {unicode_line}\nZG: {unicode_line}\nภาษาไทย"


def test_probability_is_a_probability() -> None:
    for text in ("မြန်မာ", ZAWGYI_CASES[0][1]):
        assert 0.0 <= zawgyi_probability(text) <= 1.0
