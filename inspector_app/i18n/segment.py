"""Word and syllable segmentation, and where a line may break, for Thai, Burmese, Khmer, Lao.

These scripts write words without spaces, so neither ReportLab nor Qt (on Windows, where
it has no libthai) can find line breaks by itself. Reports and UI both take their breaks
from here, so a note wraps the same way on screen and on paper.

How each script is cut (every result concatenates back to its input exactly):

- Thai: dictionary words from PyThaiNLP's "newmm" engine, which is pure Python and reads
  the word list shipped inside the package (downloads are switched off below). A word
  wider than a whole line is cut at dictionary syllables (`sub_word_units`).
- Burmese and other languages in Myanmar script (Shan, Mon, Karen): syllables. A syllable
  starts at a consonant or independent vowel unless that consonant is a final (followed
  by asat U+103A), either half of a stack (around virama U+1039) or kinzi. The bare
  prefix အ stays with the syllable after it (အချိန်, အလုပ်). Without a dictionary a
  line can still break between two syllables of one Burmese word.
- Khmer: orthographic syllables. A consonant starts a syllable unless it hangs under a
  COENG (U+17D2) or is a final consonant closing the syllable before it (no vowel after
  it). Without a dictionary, a break can fall between two syllables of one word.
- Lao: conservative syllable rules. A break is offered only before a leading vowel
  (ເ ແ ໂ ໃ ໄ), after a syllable-closing vowel (ະ ຳ), and between an open syllable and a
  consonant that carries its own vowel. Ambiguous final/initial consonants get no break,
  so Lao lines may break less often than ideal, but not inside a syllable.
- Latin and anything else: words separated by spaces.

Whitespace runs are segments of their own. A zero-width space (U+200B) is treated as an
explicit word boundary in every script.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

from .scripts import Script, char_script, is_mark, split_runs

__all__ = [
    "break_opportunities",
    "graphemes",
    "is_break_space",
    "line_break_safe",
    "sub_word_units",
    "with_break_hints",
    "words",
]

# PyThaiNLP must never reach for the network or write into the user's home folder: the
# laptops are offline and the installer ships its bundled dictionary. Respect an explicit
# choice made by whoever launched the process.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

ZWSP = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
WORD_JOINER = "\u2060"

# Spaces a line may break after. NO-BREAK SPACE and its narrow/figure cousins glue.
_GLUE = frozenset("\u00a0\u2007\u202f\u2060\ufeff")

# Characters that must not begin a line (closing punctuation, trailing marks) and
# characters that must not end one (opening punctuation, currency prefixes).
_NO_LINE_START = frozenset(
    ")]}>,.;:!?%\u2019\u201d\u00bb\u203a\u2026\u2013\u2014\u3001\u3002"
    "\u0e46\u0e2f\u0e5a\u0e5b"  # Thai: maiyamok, paiyannoi, angkhankhu, khomut
    "\u0ec6\u0eaf"  # Lao: ko la, ellipsis
    "\u104a\u104b"  # Myanmar: little section, section
    "\u17d4\u17d5\u17d6\u17da\u17d7"  # Khmer: khan, bariyoosan, camnuc pii kuuh, koomuut, lek too
)
_NO_LINE_END = frozenset("([{<\u2018\u201c\u00ab\u2039$\u0e3f\u17db\u20ad")

_COMPLEX = frozenset({Script.THAI, Script.MYANMAR, Script.KHMER, Script.LAO})


def is_break_space(ch: str) -> bool:
    """A space a line may break after (not NO-BREAK SPACE); newlines and tabs count."""
    return ch.isspace() and ch not in _GLUE


# --------------------------------------------------------------------------- chunks


def _chunks(text: str) -> list[str]:
    """Whitespace runs, zero-width spaces and the stretches between them."""
    out: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == ZWSP:
            if start < i:
                out.append(text[start:i])
            out.append(ch)
            start = i + 1
        elif is_break_space(ch):
            j = i
            while j < n and is_break_space(text[j]):
                j += 1
            if start < i:
                out.append(text[start:i])
            out.append(text[i:j])
            start = j
            i = j
            continue
        i += 1
    if start < n:
        out.append(text[start:])
    return out


def _cut(chunk: str, boundaries: list[int]) -> list[str]:
    pieces: list[str] = []
    last = 0
    for b in boundaries:
        if last < b < len(chunk):
            pieces.append(chunk[last:b])
            last = b
    pieces.append(chunk[last:])
    return pieces


def _neutral_boundaries(chunk: str, own: Script) -> list[int]:
    """Boundaries where the chunk switches between the script's own letters and neutrals."""
    out = []
    prev_own = None
    for i, ch in enumerate(chunk):
        if is_mark(ch) or ch in (ZWJ, ZWNJ):
            continue
        this_own = char_script(ch) == own
        if prev_own is not None and this_own != prev_own:
            out.append(i)
        prev_own = this_own
    return out


# --------------------------------------------------------------------------- Thai


def _thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    if "".join(tokens) != text:  # never trust a tokenizer to be lossless
        return [text]
    merged: list[str] = []
    for token in tokens:
        # A token may not begin with a combining mark (stray marks after a space or digit):
        # glue it to the token before so no cluster is ever split.
        if merged and token and is_mark(token[0]):
            merged[-1] += token
        elif token:
            merged.append(token)
    return merged


# --------------------------------------------------------------------------- Myanmar

_MY_VIRAMA = "\u1039"
_MY_ASAT = "\u103a"
_MY_DOT_BELOW = "\u1037"
_MY_PREFIX_A = "\u1021"


def _is_myanmar_letter(ch: str) -> bool:
    return char_script(ch) == Script.MYANMAR and unicodedata.category(ch) == "Lo"


def _myanmar_boundaries(chunk: str) -> list[int]:
    out = []
    n = len(chunk)
    for i in range(1, n):
        ch = chunk[i]
        prev = chunk[i - 1]
        if char_script(ch) != Script.MYANMAR or (char_script(prev) != Script.MYANMAR and not is_mark(prev)):
            continue  # script transitions are handled by _neutral_boundaries
        category = unicodedata.category(ch)
        if category == "Nd":
            if unicodedata.category(prev) != "Nd":
                out.append(i)
            continue
        if category in ("Po", "So"):
            out.append(i)
            continue
        if not _is_myanmar_letter(ch):
            continue  # marks, medials, vowel signs stay with their syllable
        if prev == _MY_VIRAMA:
            continue  # lower half of a stacked consonant
        j = i + 1
        while j < n and chunk[j] == _MY_DOT_BELOW:
            j += 1
        if j < n and chunk[j] in (_MY_ASAT, _MY_VIRAMA):
            continue  # a final consonant (or kinzi / the upper half of a stack)
        if prev == _MY_PREFIX_A and (i == 1 or chunk[i - 2] != _MY_VIRAMA):
            continue  # the bare prefix အ belongs to the syllable after it (အချိန်, အလုပ်)
        out.append(i)
    return out


# --------------------------------------------------------------------------- Khmer

_KH_COENG = "\u17d2"
# Signs that make a consonant the onset of its own syllable when they follow it:
# dependent vowels, nikahit/reahmuk/yuukaleapintu, register shifters, and COENG.
_KH_ONSET_SIGNS = frozenset(chr(c) for c in range(0x17B6, 0x17CB)) | {_KH_COENG}


def _is_khmer_letter(ch: str) -> bool:
    return char_script(ch) == Script.KHMER and unicodedata.category(ch) == "Lo"


def _khmer_boundaries(chunk: str) -> list[int]:
    out = []
    n = len(chunk)
    syllable_has_coda = False
    for i in range(n):
        ch = chunk[i]
        if char_script(ch) != Script.KHMER:
            syllable_has_coda = False
            continue
        category = unicodedata.category(ch)
        if i == 0:
            syllable_has_coda = False
            continue
        prev = chunk[i - 1]
        if category == "Nd":
            if unicodedata.category(prev) != "Nd":
                out.append(i)
                syllable_has_coda = False
            continue
        if category in ("Po", "Sc") or ch == "\u17d7":
            out.append(i)
            syllable_has_coda = True  # nothing may attach after punctuation
            continue
        if not _is_khmer_letter(ch) or prev == _KH_COENG:
            continue
        nxt = chunk[i + 1] if i + 1 < n else ""
        prev_is_syllable_part = char_script(prev) == Script.KHMER and unicodedata.category(prev) not in (
            "Nd",
            "Po",
            "Sc",
        )
        is_independent_vowel = 0x17A3 <= ord(ch) <= 0x17B3
        if (
            not is_independent_vowel
            and nxt not in _KH_ONSET_SIGNS
            and prev_is_syllable_part
            and not syllable_has_coda
        ):
            syllable_has_coda = True  # final consonant of the syllable before
            continue
        out.append(i)
        syllable_has_coda = False
    return out


# --------------------------------------------------------------------------- Lao

_LAO_LEADING_VOWELS = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_LAO_CLOSING_VOWELS = frozenset("\u0eb0\u0eb3")  # ະ ຳ end a syllable
_LAO_FOLLOWING_VOWELS = frozenset("\u0eb2\u0ebd")  # າ ຽ
_LAO_TONES = frozenset("\u0ec8\u0ec9\u0eca\u0ecb")
_LAO_VOWEL_CARRIERS = frozenset("\u0ead\u0ea7\u0e8d")  # ອ ວ ຍ inside vowel spellings
_LAO_FINALS = frozenset("\u0e81\u0e87\u0e94\u0e99\u0e9a\u0ea1\u0e8d\u0ea7")  # ກ ງ ດ ນ ບ ມ ຍ ວ


def _is_lao_consonant(ch: str) -> bool:
    cp = ord(ch)
    return 0x0E81 <= cp <= 0x0EAE or 0x0EDC <= cp <= 0x0EDF


def _is_lao_vowel_sign(ch: str) -> bool:
    cp = ord(ch)
    return (is_mark(ch) and 0x0E80 <= cp <= 0x0EFF) or ch in _LAO_FOLLOWING_VOWELS or ch in _LAO_CLOSING_VOWELS


def _lao_has_own_vowel(chunk: str, i: int) -> bool:
    """Consonant at i is followed (after an optional subscript lo or tone) by a vowel sign."""
    j = i + 1
    while j < len(chunk) and (chunk[j] == "\u0ebc" or chunk[j] in _LAO_TONES):
        j += 1
    return j < len(chunk) and _is_lao_vowel_sign(chunk[j]) and chunk[j] not in _LAO_TONES


def _lao_syllable_complete_before(chunk: str, i: int) -> bool:
    """The text before i ends with a syllable that cannot take the consonant at i as its final."""
    prev = chunk[i - 1]
    if prev in _LAO_CLOSING_VOWELS or prev in ("\u0ec6", "\u0eaf"):
        return True
    if _is_lao_vowel_sign(prev) or prev in _LAO_TONES:
        return True  # open syllable; the consonant at i has its own vowel, so it is an onset
    if prev in _LAO_FINALS and i >= 2:
        before = chunk[i - 2]
        vowel_before = _is_lao_vowel_sign(before) or before in _LAO_TONES
        if not vowel_before and i >= 3:
            if before in _LAO_VOWEL_CARRIERS:
                vowel_before = _is_lao_vowel_sign(chunk[i - 3]) or chunk[i - 3] in _LAO_TONES
            if _is_lao_consonant(before) and chunk[i - 3] in _LAO_LEADING_VOWELS:
                vowel_before = True  # leading vowel + onset + final, as in ເທດ
        # ວ after a consonant is often a medial (ກວ່າ), so never split before it.
        return vowel_before and chunk[i] != "\u0ea7"
    return False


def _lao_boundaries(chunk: str) -> list[int]:
    out = []
    for i in range(1, len(chunk)):
        ch = chunk[i]
        if char_script(ch) != Script.LAO:
            continue
        prev = chunk[i - 1]
        category = unicodedata.category(ch)
        if category == "Nd":
            if unicodedata.category(prev) != "Nd":
                out.append(i)
            continue
        if char_script(prev) != Script.LAO and not is_mark(prev):
            continue
        if ch in _LAO_LEADING_VOWELS:
            if prev not in _LAO_LEADING_VOWELS:
                out.append(i)
            continue
        if _is_lao_consonant(ch):
            if prev in _LAO_LEADING_VOWELS or prev == "\u0eab":  # ຫ + sonorant is one onset
                continue
            if unicodedata.category(prev) == "Nd":
                out.append(i)
            elif _lao_has_own_vowel(chunk, i) and _lao_syllable_complete_before(chunk, i):
                out.append(i)
            elif prev in _LAO_CLOSING_VOWELS:
                out.append(i)
    return out


# --------------------------------------------------------------------------- words

_SYLLABLE_RULES = {
    Script.MYANMAR: _myanmar_boundaries,
    Script.KHMER: _khmer_boundaries,
    Script.LAO: _lao_boundaries,
}


def _segment_run(text: str, script: Script) -> list[str]:
    if script == Script.THAI:
        pieces: list[str] = []
        for chunk in _chunks(text):
            if chunk == ZWSP or is_break_space(chunk[0]):
                pieces.append(chunk)
            else:
                pieces.extend(_thai_words(chunk))
        return pieces
    rule = _SYLLABLE_RULES.get(script)
    pieces = []
    for chunk in _chunks(text):
        if rule is None or chunk == ZWSP or is_break_space(chunk[0]):
            pieces.append(chunk)
            continue
        boundaries = sorted(set(rule(chunk)) | set(_neutral_boundaries(chunk, script)))
        pieces.extend(_cut(chunk, boundaries))
    return pieces


@lru_cache(maxsize=2048)
def _words_cached(text: str, script: Script | None) -> tuple[str, ...]:
    if script is not None:
        return tuple(_segment_run(text, script))
    pieces: list[str] = []
    for run in split_runs(text):
        pieces.extend(_segment_run(run.text, run.script))
    return tuple(pieces)


def words(text: str, script: Script | str | None = None) -> list[str]:
    """Segment `text` into words (Thai, Latin) or syllables (Burmese, Khmer, Lao).

    `script` forces one segmenter for the whole text; by default each same-script run
    (see `split_runs`) gets its own. Whitespace runs and zero-width spaces come back as
    segments of their own. `"".join(words(text)) == text` always holds.
    """
    if not text:
        return []
    forced = Script(script) if script is not None else None
    return list(_words_cached(text, forced))


# --------------------------------------------------------------------------- breaks


def _script_before(text: str, index: int) -> Script | None:
    """Script of the base character of the cluster that ends at `index`."""
    i = index - 1
    while i > 0 and is_mark(text[i]):
        i -= 1
    return char_script(text[i])


@lru_cache(maxsize=2048)
def _breaks_cached(text: str) -> tuple[int, ...]:
    out = []
    position = 0
    segments = _words_cached(text, None)
    for segment in segments[:-1]:
        position += len(segment)
        if _may_break(text, position):
            out.append(position)
    return tuple(out)


def _may_break(text: str, index: int) -> bool:
    prev = text[index - 1]
    nxt = text[index]
    if is_break_space(nxt) or nxt == ZWSP or is_mark(nxt):
        return False  # break after the space run, never before it or inside a cluster
    if nxt in _NO_LINE_START or prev in _NO_LINE_END:
        return False
    if prev in _GLUE or nxt in _GLUE or prev in (ZWJ, WORD_JOINER, _MY_VIRAMA, _KH_COENG):
        return False
    if is_break_space(prev) or prev == ZWSP:
        return True
    # Between two segments with no space: only inside one complex script (Thai words,
    # Burmese syllables...). Letters or digits of different scripts stick together, as
    # in Unicode line breaking (UAX #14), e.g. "ค่าจ้าง10%".
    before = _script_before(text, index)
    after = char_script(nxt)
    return before is not None and before == after and before in _COMPLEX


def break_opportunities(text: str) -> list[int]:
    """Indices where a new line may start (0 < index < len(text)), in increasing order.

    A break after whitespace or a zero-width space is always allowed; between words or
    syllables of Thai, Burmese, Khmer or Lao it is allowed unless punctuation forbids it
    (no line starts with ")" , "ๆ", "။" ..., none ends with "(" ...). Latin words break
    only at spaces. Explicit newlines are whitespace here; callers that honour hard line
    ends split on "\\n" first.
    """
    if not text:
        return []
    return list(_breaks_cached(text))


def with_break_hints(text: str, marker: str = ZWSP) -> str:
    """`text` with `marker` (a zero-width space) at every break not already after a space.

    For widgets that wrap only at spaces and zero-width spaces (Qt without libthai, as on
    Windows): give them the hinted text for display and keep the original for storage.
    """
    out: list[str] = []
    last = 0
    for index in break_opportunities(text):
        before = text[index - 1]
        if is_break_space(before) or before == ZWSP:
            continue
        out.append(text[last:index])
        out.append(marker)
        last = index
    out.append(text[last:])
    return "".join(out)


def line_break_safe(text: str, index: int) -> bool:
    """True if a line may start at `index`; the two ends of the text are always safe."""
    if index <= 0 or index >= len(text):
        return index == 0 or index == len(text)
    return index in _breaks_cached(text)


# --------------------------------------------------------------------------- last resort


@lru_cache(maxsize=1024)
def _thai_syllables(text: str) -> tuple[str, ...]:
    from pythainlp.tokenize import syllable_tokenize

    pieces = [p for p in syllable_tokenize(text, engine="dict", keep_whitespace=True) if p]
    if "".join(pieces) != text or any(is_mark(p[0]) for p in pieces):
        return tuple(graphemes(text))
    return tuple(pieces)


def sub_word_units(text: str) -> list[str]:
    """Pieces to cut a single word that is wider than a whole line.

    Thai words come apart into dictionary syllables (หนังสือเดินทาง → หนัง สือ เดิน ทาง),
    everything else into grapheme clusters. The result concatenates back to `text`.
    """
    if not text:
        return []
    units: list[str] = []
    for run in split_runs(text):
        if run.script == Script.THAI:
            units.extend(_thai_syllables(run.text))
        else:
            units.extend(graphemes(run.text))
    return units


# --------------------------------------------------------------------------- clusters

_PREPEND = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_STACKERS = frozenset((_MY_VIRAMA, _KH_COENG))
_SPACING_EXTENDERS = frozenset("\u0e33\u0eb3")  # SARA AM behaves as a spacing mark
_CLUSTER_RE_SPLIT = re.compile(r"\r\n|.", re.DOTALL)


def graphemes(text: str) -> list[str]:
    """User-perceived characters: a base with its marks, stacked consonants and joiners.

    Used to cut a word that is wider than the whole line (the last resort), so a stacked
    Burmese or Khmer consonant, a Thai tone mark or a leading vowel never ends up on a
    line apart from its base.
    """
    clusters: list[str] = []
    for match in _CLUSTER_RE_SPLIT.finditer(text):
        ch = match.group()
        if clusters:
            last = clusters[-1][-1]
            joins = (
                is_mark(ch)
                or ch in (ZWJ, ZWNJ)
                or ch in _SPACING_EXTENDERS
                or 0xFE00 <= ord(ch[0]) <= 0xFE0F
                or last in _STACKERS
                or last == ZWJ
                or last in _PREPEND
            )
            if joins:
                clusters[-1] += ch
                continue
        clusters.append(ch)
    return clusters
