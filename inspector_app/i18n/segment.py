"""Word and syllable segmentation, and where a line may break, for Thai, Burmese, Khmer, Lao.

These scripts write words without spaces, so neither ReportLab nor Qt (on Windows, where
it has no libthai) can find line breaks by itself. Reports and UI both take their breaks
from here, so a note wraps the same way on screen and on paper.

How each script is cut (every result concatenates back to its input exactly):

- Thai: dictionary words from PyThaiNLP's "newmm" engine, which is pure Python and reads
  the word list shipped inside the package (downloads are switched off below). It was
  chosen over ICU for Thai by measurement on the app's own sentences
  (tests/i18n/thai_gold.py): as few breaks inside words, far fewer inside compounds
  (ลูก|จ้าง), and it keeps names such as เมียนมา whole. A word wider than a whole line is
  cut at dictionary syllables (`sub_word_units`).
- Burmese (and Shan, Mon, Karen in Myanmar script), Khmer, Lao: dictionary words from
  ICU's word break iterator (icu4py, locales my, km, lo). Where ICU's dictionary has no
  entry it can cut inside a loanword; such a cut is dropped when it would start a line
  on a final consonant (one that carries asat, bantoc or toandakhiat).
- Latin and anything else: words separated by spaces.

Whitespace runs are segments of their own. A zero-width space (U+200B) is treated as an
explicit word boundary in every script.
"""

from __future__ import annotations

import gc
import os
import re
import threading
from collections.abc import Callable
from functools import lru_cache

try:
    from icu4py.breakers import WordBreaker
    from icu4py.locale import Locale
except ImportError as error:  # a broken install must not quietly wrap Khmer mid-word
    raise ImportError(
        "icu4py is required: it finds the word breaks in Burmese, Khmer and Lao text. "
        "Reinstall the application's dependencies (pip install -e .)."
    ) from error

from ..gc_pause import collection_paused
from .scripts import Script, char_script, is_mark, split_runs

__all__ = [
    "break_opportunities",
    "prepare",
    "graphemes",
    "is_break_space",
    "line_break_safe",
    "overlong_units",
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


def prepare() -> None:
    """Build the Thai word and syllable dictionaries now instead of at the first Thai text.

    PyThaiNLP builds each dictionary's trie once per process and keeps it (`word_dict_trie`,
    `syllable_dict_trie` are cached), so only a process's first Thai text pays for it: about half a
    second of CPU for the 62,000 words (0.45 s measured on a 2-core machine), more on a busy one. HQ
    calls this in the background as it starts, so a supervisor's first report does not wait.
    """
    from pythainlp.tokenize import syllable_dict_trie

    prepare_thai_words()
    syllable_dict_trie()


_thai_words_ready = threading.Event()
_thai_words_building = threading.Lock()


def thai_words_ready() -> bool:
    """Whether the Thai word dictionary is built (Thai text is then cut without waiting)."""
    return _thai_words_ready.is_set()


def prepare_thai_words() -> None:
    """Build the Thai word dictionary (0.3 s of CPU, about 70 MB) once per process, on whichever thread asks first.

    The app asks on a background thread after its first paint when the screen is in Thai, where its
    next screens need it; text that needs it meanwhile waits for that build rather than
    starting a second one (PyThaiNLP's cache does not stop two threads building it at once).
    """
    if _thai_words_ready.is_set():
        return
    with _thai_words_building:
        if not _thai_words_ready.is_set():
            from pythainlp.tokenize import word_dict_trie

            # Its half a million objects live as long as the process; each full collection walked them
            # all (0.2 s in the middle of a report, a keystroke or a push). Frozen with everything else
            # alive now, they are left out of every later collection (plain reference counting still
            # frees what dies); the cost is that a reference cycle already alive here is never collected.
            # The collector is off while they are made and until they are frozen: the collections on the
            # way, and the first young-generation pass after (all of them were young), each took 0.1 s
            # holding the interpreter, which stalled the window.
            with collection_paused():
                word_dict_trie()
                gc.freeze()
            _thai_words_ready.set()


def _thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    prepare_thai_words()
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


# --------------------------------------------------------------------------- dictionaries

_MY_VIRAMA = "\u1039"
_MY_ASAT = "\u103a"
_MY_DOT_BELOW = "\u1037"
_KH_COENG = "\u17d2"
# Signs written over a consonant that closes the syllable before it: Khmer bantoc and
# toandakhiat, Myanmar asat (after an optional dot below), Myanmar virama (kinzi and the
# upper half of a stack). A line never starts on such a consonant.
_CLOSING_SIGNS = frozenset("\u17cb\u17cd" + _MY_ASAT + _MY_VIRAMA)

_ICU_LOCALES: dict[Script, Locale] = {
    Script.MYANMAR: Locale("my"),
    Script.KHMER: Locale("km"),
    Script.LAO: Locale("lo"),
}


def _code_point_offsets(text: str) -> dict[int, int] | None:
    """UTF-16 offset -> index into `text`, or None when the two are the same (all BMP)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    mapping: dict[int, int] = {}
    unit = 0
    for index, ch in enumerate(text):
        mapping[unit] = index
        unit += 2 if ord(ch) >= 0x10000 else 1
    mapping[unit] = len(text)
    return mapping


def _inside_cluster(chunk: str, index: int) -> bool:
    """A cut at `index` would separate a mark, a stacked consonant or a joiner from its base,
    or start on a final consonant (one that carries a closing sign)."""
    ch = chunk[index]
    if is_mark(ch) or ch in (ZWJ, ZWNJ) or chunk[index - 1] in (_MY_VIRAMA, _KH_COENG, ZWJ):
        return True
    j = index + 1
    while j < len(chunk) and chunk[j] == _MY_DOT_BELOW:
        j += 1
    return j < len(chunk) and chunk[j] in _CLOSING_SIGNS


# Subscript TA and subscript DA print identically, and Khmer writers use either in words
# such as បណ្ដឹង (complaint); ICU's dictionary knows one spelling, and cuts the other into
# fragments (ពាក្យបណ្តឹ|ងរ|បស់). So Khmer is also segmented with the two swapped, and
# the reading with the fewest pieces (the most text found in the dictionary) is kept.
_KH_COENG_TA = _KH_COENG + "\u178f"
_KH_COENG_DA = _KH_COENG + "\u178a"


def _icu_ends(text: str, script: Script) -> list[int]:
    """Ends of ICU's word segments, as indices into `text`."""
    offsets = _code_point_offsets(text)
    ends = [end for _start, end in WordBreaker(text, _ICU_LOCALES[script]).segments()]
    return ends if offsets is None else [offsets[end] for end in ends]


def _dictionary_boundaries(chunk: str, script: Script) -> list[int]:
    """Word boundaries from ICU's dictionary for Burmese, Khmer or Lao.

    ICU reports UTF-16 offsets. Where its dictionary has no entry it may cut between
    letters of a syllable (a loanword such as ပတ်စ်ပို့, Mon stacks); such cuts are
    dropped, so no word starts on a final consonant, a mark or the lower half of a stack.
    """
    ends = _icu_ends(chunk, script)
    if script == Script.KHMER and (_KH_COENG_TA in chunk or _KH_COENG_DA in chunk):
        # Same length, same indices: only the letter under one COENG differs.
        for variant in (chunk.replace(_KH_COENG_TA, _KH_COENG_DA), chunk.replace(_KH_COENG_DA, _KH_COENG_TA)):
            if variant != chunk:
                other = _icu_ends(variant, script)
                if len(other) < len(ends):
                    ends = other
    return [end for end in ends if 0 < end < len(chunk) and not _inside_cluster(chunk, end)]


# --------------------------------------------------------------------------- words

def _segment_run(text: str, script: Script) -> list[str]:
    if script == Script.THAI:
        pieces: list[str] = []
        for chunk in _chunks(text):
            if chunk == ZWSP or is_break_space(chunk[0]):
                pieces.append(chunk)
            else:
                pieces.extend(_thai_words(chunk))
        return pieces
    dictionary = script in _ICU_LOCALES
    pieces = []
    for chunk in _chunks(text):
        if not dictionary or chunk == ZWSP or is_break_space(chunk[0]):
            pieces.append(chunk)
            continue
        boundaries = sorted(set(_dictionary_boundaries(chunk, script)) | set(_neutral_boundaries(chunk, script)))
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
    """Segment `text` into words: dictionary words for Thai, Burmese, Khmer and Lao.

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
        if _LONE_CONSONANTS.fullmatch(segment) and _ABBREVIATION_REST.match(text, position):
            continue  # inside an abbreviation
        if _may_break(text, position):
            out.append(position)
    return tuple(out)


# Thai abbreviations end in a dot: a form's name such as "คร.11" or "บต.46" is one word, though the
# dictionary knows neither and cuts it after its first letter into a segment of bare consonants (ค|ร.11),
# which no Thai word is.
_THAI_CONSONANTS = "\u0e01-\u0e2e"
_LONE_CONSONANTS = re.compile(rf"[{_THAI_CONSONANTS}]{{1,2}}")
_ABBREVIATION_REST = re.compile(rf"[{_THAI_CONSONANTS}]{{1,3}}\.")
# A Thai date or time is read as one: "5 ก.ย. 2569", "16 กันยายน 2569", "16:00 น." never part at their spaces.
_THAI_MONTH = ("(?:ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\."
               "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)")
_DAY_BEFORE = re.compile(r"(?<![\d.:])\d{1,2}$")
_MONTH_AFTER = re.compile(_THAI_MONTH)
_MONTH_BEFORE = re.compile(_THAI_MONTH + "$")
_YEAR_AFTER = re.compile(r"\d{4}(?!\d)|พ\.ศ\.")
_ERA_BEFORE = re.compile(r"พ\.ศ\.$")
_TIME_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}$")


def _glued_space(text: str, index: int) -> bool:
    """Whether the single space before `index` (the caller has seen it) sits inside a Thai date or time."""
    end = index - 1
    if end < 1 or is_break_space(text[end - 1]):
        return False
    start = max(0, end - 12)
    return bool((_DAY_BEFORE.search(text, start, end) and _MONTH_AFTER.match(text, index))
                or (_MONTH_BEFORE.search(text, start, end) and _YEAR_AFTER.match(text, index))
                or (_ERA_BEFORE.search(text, start, end) and _YEAR_AFTER.match(text, index))
                or (_TIME_BEFORE.search(text, start, end) and text.startswith("น.", index)))


def _may_break(text: str, index: int) -> bool:
    prev = text[index - 1]
    nxt = text[index]
    if is_break_space(nxt) or nxt == ZWSP or is_mark(nxt):
        return False  # break after the space run, never before it or inside a cluster
    if nxt in _NO_LINE_START or prev in _NO_LINE_END:
        return False
    if prev in _GLUE or nxt in _GLUE or prev in (ZWJ, WORD_JOINER, _MY_VIRAMA, _KH_COENG):
        return False
    if prev == " " and _glued_space(text, index):
        return False
    if is_break_space(prev) or prev == ZWSP:
        return True
    # Between two segments with no space: only inside one complex script (Thai, Burmese,
    # Khmer or Lao words). Letters or digits of different scripts stick together, as
    # in Unicode line breaking (UAX #14), e.g. "ค่าจ้าง10%".
    before = _script_before(text, index)
    after = char_script(nxt)
    return before is not None and before == after and before in _COMPLEX


def break_opportunities(text: str) -> list[int]:
    """Indices where a new line may start (0 < index < len(text)), in increasing order.

    A break after whitespace or a zero-width space is always allowed; between words of
    Thai, Burmese, Khmer or Lao it is allowed unless punctuation forbids it
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
    everything else into grapheme clusters, except that a Burmese or Khmer final
    consonant (with asat or bantoc) stays with the cluster before it (တစ် ယောက်, not
    တ စ် ယော က်). The result concatenates back to `text`.
    """
    if not text:
        return []
    units: list[str] = []
    for run in split_runs(text):
        if run.script == Script.THAI:
            units.extend(_thai_syllables(run.text))
            continue
        position = 0
        for cluster in graphemes(run.text):
            if units and position and _inside_cluster(run.text, position):
                units[-1] += cluster
            else:
                units.append(cluster)
            position += len(cluster)
    return units


_GLUED_WORD = re.compile(r"[^ ]+ *| +")


def overlong_units(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Pieces to cut a stretch no line may break inside when it is wider than a whole line: the words of a
    Thai date or time ("5 ก.ย. 2569") at their spaces where a word fits, else a word's `sub_word_units`. A
    space stays at the end of the piece before it, so no line starts with one. Concatenates back to `text`."""
    units: list[str] = []
    for word in _GLUED_WORD.findall(text):
        core = word.rstrip(" ")
        if not core:
            if units:
                units[-1] += word
            else:
                units.append(word)
        elif fits(core):
            units.append(word)
        else:
            parts = sub_word_units(core)
            parts[-1] += word[len(core):]
            units.extend(parts)
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
