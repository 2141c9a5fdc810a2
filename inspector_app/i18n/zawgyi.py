"""Zawgyi detection and conversion to Unicode for Burmese text.

Much Burmese text is still typed in the legacy Zawgyi encoding: it reuses the Myanmar
code points for different glyphs and stores text in visual order (the vowel sign E and
the medial RA are typed before their consonant). The app stores Unicode only, so text is
checked (myanmartools' trained detector) and converted when it is Zawgyi.

The converter is an ordered table of rules (regular expressions) in three stages:

1. map each Zawgyi code point to its Unicode meaning in one pass (asat, medials, stacked
   consonants, kinzi, ligatures, glyph variants of U, UU, dot below, NA, RA, NYA...);
2. fix context-dependent confusions (digit zero typed for WA, seven for RA, ဥ for ဉ,
   the one-character ၎ abbreviation);
3. restore Unicode storage order: pre-base E and RA move after their consonant, kinzi
   moves before it, and the signs of each syllable are sorted into the order of
   Unicode Technical Note #11 (stack, medials Y R W H, E, upper, lower, AA, anusvara,
   dot below, asat, visarga).

Unicode Burmese, Shan, Mon and Karen text must never go through the converter: their
extension letters sit where Zawgyi keeps its glyph variants. `normalize_burmese`
converts only what the detector flags, line by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "DEFAULT_THRESHOLD",
    "is_zawgyi",
    "normalize_burmese",
    "zawgyi_probability",
    "zawgyi_to_unicode",
]

DEFAULT_THRESHOLD = 0.95

_MYANMAR_RE = re.compile("[\u1000-\u109f]")

# A U+FDD0 noncharacter marks kinzi while it is moved; it never occurs in real text.
_KINZI = "\ufdd0"
_UNICODE_KINZI = "\u1004\u103a\u1039"

# --------------------------------------------------------------------------- stage 1

_STACK = "\u1039"

_CODEPOINT_MAP: dict[str, str] = {
    # Signs that Zawgyi encodes one slot off from Unicode.
    "\u1039": "\u103a",  # asat (killer)
    "\u103a": "\u103b",  # medial YA (ya-pin)
    "\u107d": "\u103b",  # short ya-pin
    "\u103b": "\u103c",  # medial RA (ya-yit) and its width variants
    "\u107e": "\u103c",
    "\u107f": "\u103c",
    "\u1080": "\u103c",
    "\u1081": "\u103c",
    "\u1082": "\u103c",
    "\u1083": "\u103c",
    "\u1084": "\u103c",
    "\u103c": "\u103d",  # medial WA
    "\u103d": "\u103e",  # medial HA
    "\u1087": "\u103e",  # small medial HA
    "\u1088": "\u103e\u102f",  # HA + U
    "\u1089": "\u103e\u1030",  # HA + UU
    "\u108a": "\u103d\u103e",  # WA + HA
    # Vowel and sign variants.
    "\u1033": "\u102f",  # long-leg U
    "\u1034": "\u1030",  # long-leg UU
    "\u1094": "\u1037",  # dot below, shifted
    "\u1095": "\u1037",  # dot below, shifted further
    "\u108e": "\u102d\u1036",  # I + anusvara
    "\u105a": "\u102b\u103a",  # tall AA + asat
    # Letter variants.
    "\u106a": "\u1009",  # NYA without tail (ဉ)
    "\u106b": "\u100a",  # NNYA variant (ည)
    "\u108f": "\u1014",  # short NA
    "\u1090": "\u101b",  # short RA
    "\u1086": "\u103f",  # great SA
    # Kinzi, alone and fused with a following sign (moved in stage 3).
    "\u1064": _KINZI,
    "\u108b": _KINZI + "\u102d",
    "\u108c": _KINZI + "\u102e",
    "\u108d": _KINZI + "\u1036",
    # Stacked (subjoined) consonants.
    "\u1060": _STACK + "\u1000",
    "\u1061": _STACK + "\u1001",
    "\u1062": _STACK + "\u1002",
    "\u1063": _STACK + "\u1003",
    "\u1065": _STACK + "\u1005",
    "\u1066": _STACK + "\u1006",
    "\u1067": _STACK + "\u1006",
    "\u1068": _STACK + "\u1007",
    "\u1069": _STACK + "\u1008",
    "\u106c": _STACK + "\u100b",
    "\u106d": _STACK + "\u100c",
    "\u1070": _STACK + "\u100f",
    "\u1071": _STACK + "\u1010",
    "\u1072": _STACK + "\u1010",
    "\u1073": _STACK + "\u1011",
    "\u1074": _STACK + "\u1011",
    "\u1075": _STACK + "\u1012",
    "\u1076": _STACK + "\u1013",
    "\u1077": _STACK + "\u1014",
    "\u1078": _STACK + "\u1015",
    "\u1079": _STACK + "\u1016",
    "\u107a": _STACK + "\u1017",
    "\u107b": _STACK + "\u1018",
    "\u1093": _STACK + "\u1018",
    "\u107c": _STACK + "\u1019",
    "\u1085": _STACK + "\u101c",
    "\u1096": _STACK + "\u1010\u103d",  # stacked TA + WA
    # Whole ligatures of a consonant with its stacked partner.
    "\u106e": "\u100d" + _STACK + "\u100d",
    "\u106f": "\u100d" + _STACK + "\u100e",
    "\u1091": "\u100f" + _STACK + "\u100d",
    "\u1092": "\u100b" + _STACK + "\u100c",
    "\u1097": "\u100b" + _STACK + "\u100b",
}

# --------------------------------------------------------------------------- stages 2, 3

_CONSONANT = "[\u1000-\u1021\u103f]"
_BASE = "[\u1000-\u102a\u103f\u104e]"  # consonants, independent vowels, great SA, ၎
_SIGN = "[\u102b-\u1038\u103a-\u103e]"
_DIGIT = "[\u1040-\u1049]"
_TAIL_ITEM = f"(?:{_STACK}{_CONSONANT}|{_SIGN})"

# Storage order within a syllable (UTN #11; dot below before asat as NFC orders them).
_SIGN_RANK = {
    "\u103b": 1,
    "\u103c": 2,
    "\u103d": 3,
    "\u103e": 4,
    "\u1031": 5,
    "\u102d": 6,
    "\u102e": 6,
    "\u1032": 6,
    "\u102f": 7,
    "\u1030": 7,
    "\u102b": 8,
    "\u102c": 8,
    "\u1036": 9,
    "\u1037": 10,
    "\u103a": 11,
    "\u1038": 12,
}
_TAIL_ITEM_RE = re.compile(_TAIL_ITEM)


def _sort_tail(match: re.Match[str]) -> str:
    items = _TAIL_ITEM_RE.findall(match.group(3))
    items.sort(key=lambda item: 0 if item[0] == _STACK else _SIGN_RANK.get(item, 13))
    # Typing the same sign twice is a common Zawgyi slip that renders as one glyph.
    deduped: list[str] = []
    for item in items:
        if not deduped or item != deduped[-1] or item[0] == _STACK:
            deduped.append(item)
    return match.group(1) + match.group(2) + "".join(deduped)


Replacement = str | Callable[[re.Match[str]], str]

_RULES: tuple[tuple[str, re.Pattern[str], Replacement], ...] = tuple(
    (name, re.compile(pattern), replacement)
    for name, pattern, replacement in (
        # -- stage 2: context-dependent letters
        ("ဥ followed by asat, stack or AA is the consonant NYA", "\u1025(?=[\u103a\u1039\u102c])", "\u1009"),
        ("ဥ + ီ is the independent vowel ဦ", "\u1025\u102e", "\u1026"),
        ("a lone ၎ abbreviates ၎င်း", "\u104e(?!\u1004\u103a\u1038)", "\u104e\u1004\u103a\u1038"),
        (
            "digit zero typed for WA: after a pre-base sign, or next to letters and signs",
            f"(?<=[\u1031\u103c])\u1040|(?<!{_DIGIT})\u1040(?={_SIGN}|[\u1000-\u102a])"
            f"|(?<=[\u1000-\u102a\u102b-\u1038\u103a-\u103e])\u1040(?!{_DIGIT})",
            "\u101d",
        ),
        (
            "digit seven typed for RA: after a pre-base sign or carrying a sign",
            f"(?<=[\u1031\u103c])\u1047|(?<!{_DIGIT})\u1047(?={_SIGN})",
            "\u101b",
        ),
        # -- stage 3: storage order
        (
            "pre-base E and medial RA move after their consonant",
            f"([\u1031\u103c]+)({_BASE})",
            lambda m: m.group(2) + m.group(1),
        ),
        (
            "kinzi moves before the consonant it sits on",
            f"({_BASE})((?:{_TAIL_ITEM})*){_KINZI}",
            lambda m: _KINZI + m.group(1) + m.group(2),
        ),
        (
            "signs of a syllable sorted into Unicode order",
            f"({_KINZI}?)({_BASE})((?:{_TAIL_ITEM})+)",
            _sort_tail,
        ),
        ("kinzi spelled out", _KINZI, _UNICODE_KINZI),
    )
)

_CODEPOINT_RE = re.compile("[" + "".join(sorted(_CODEPOINT_MAP)) + "]")


@lru_cache(maxsize=1024)
def zawgyi_to_unicode(text: str) -> str:
    """Convert Zawgyi-encoded text to Unicode (apply only to text known to be Zawgyi)."""
    if not _MYANMAR_RE.search(text):
        return text
    converted = _CODEPOINT_RE.sub(lambda m: _CODEPOINT_MAP[m.group()], text)
    for _name, pattern, replacement in _RULES:
        converted = pattern.sub(replacement, converted)
    return converted


@lru_cache(maxsize=1)
def _detector():  # noqa: ANN202 - myanmartools ships no type hints
    import warnings

    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():
        # myanmartools 1.2 loads its model through a deprecated importlib.resources call.
        warnings.simplefilter("ignore", DeprecationWarning)
        return ZawgyiDetector()


def zawgyi_probability(text: str) -> float:
    """Probability (0..1) that `text` is Zawgyi; 0.0 when it has no Myanmar characters."""
    if not _MYANMAR_RE.search(text):
        return 0.0
    probability = _detector().get_zawgyi_probability(text)
    return max(0.0, min(1.0, float(probability)))


def is_zawgyi(text: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    return zawgyi_probability(text) >= threshold


def normalize_burmese(text: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[str, bool]:
    """Return (Unicode text, whether anything was converted).

    Each line is judged on its own, so a note that mixes a pasted Zawgyi paragraph with
    Unicode text converts only the Zawgyi part.
    """
    if not _MYANMAR_RE.search(text):
        return text, False
    lines = text.split("\n")
    converted = False
    for index, line in enumerate(lines):
        if _MYANMAR_RE.search(line) and is_zawgyi(line, threshold):
            lines[index] = zawgyi_to_unicode(line)
            converted = True
    return ("\n".join(lines) if converted else text), converted
