"""Finding glossary terms by what a coordinator types, in any of the five languages.

Queries and terms are compared as search keys: Unicode NFKD, case folded, Latin letters
stripped of their accents ("Deduction", "déduction" and "deduction" are one key) while
the vowel and tone marks of Thai, Burmese, Khmer and Lao are kept (they change the
word), and without spaces (Burmese and Thai are typed with or without them).

Burmese typed on a Zawgyi keyboard is converted to Unicode first. A short word says too
little for the Zawgyi detector to be sure, so a query that the detector does not flag is
also tried in its Zawgyi reading; matches of the text as typed rank first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from inspector_app.i18n.zawgyi import normalize_burmese, zawgyi_to_unicode

from .handbook import LANGUAGES, Handbook, Term

__all__ = ["Hit", "query_forms", "search", "search_key"]

_MYANMAR = re.compile("[\u1000-\u109f]")
_DROPPED = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")

# How well a hit matches, lower is better: the whole term, its start, or inside it; a term's own words
# before its aliases at each level (an exact alias "OT" beats "notice" containing "ot"); citations last.
EXACT, PREFIX, CONTAINS = 0, 2, 4
CITATION = 6


@dataclass(frozen=True)
class Hit:
    """A term found for a query: where it matched and how well."""

    term: Term
    language: str  # the language of the text that matched ("" for a legal citation)
    rank: int


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "LATIN" in unicodedata.name(ch, "")


def search_key(text: str) -> str:
    """The form both a query and a term are compared in (see the module docstring)."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []
    base_is_latin = False
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base_is_latin:
                continue  # an accent on a Latin letter
        else:
            base_is_latin = _is_latin(ch)
        kept.append(ch)
    return _DROPPED.sub("", "".join(kept)).casefold()


def query_forms(query: str) -> list[str]:
    """Search keys to try for a query, best reading first (Zawgyi converted, or also tried)."""
    text, converted = normalize_burmese(query.strip())
    forms = [search_key(text)]
    if not converted and _MYANMAR.search(text):
        forms.append(search_key(zawgyi_to_unicode(text)))
    return [f for f in dict.fromkeys(forms) if f]


@dataclass(frozen=True)
class _Entry:
    term: Term
    language: str
    key: str
    alias: bool


@lru_cache(maxsize=4)
def _index(handbook: Handbook) -> tuple[tuple[_Entry, ...], tuple[tuple[Term, str], ...]]:
    entries: list[_Entry] = []
    citations: list[tuple[Term, str]] = []
    for term in handbook.glossary:
        for language in LANGUAGES:
            entries.append(_Entry(term, language, search_key(term.term[language]), False))
            for alias in term.aliases.get(language, ()):
                entries.append(_Entry(term, language, search_key(alias), True))
        for section in term.legal_basis:
            for cited in (f"{section.law} {section.section}", f"{section.law} s.{section.section}",
                          f"s.{section.section}", f"มาตรา {section.section}"):
                citations.append((term, search_key(cited)))
    return tuple(entries), tuple(citations)


def _rank(entry: _Entry, form: str) -> int | None:
    if entry.key == form:
        level = EXACT
    elif entry.key.startswith(form):
        level = PREFIX
    elif form in entry.key:
        level = CONTAINS
    else:
        return None
    return level + 1 if entry.alias else level


def search(handbook: Handbook, query: str) -> list[Hit]:
    """Glossary terms matching `query`, best first; every term for an empty query.

    A term appears once, with its best match. Legal citations match too ("LPA 90",
    "ROFW 131", "s.131", "มาตรา 131"), after any match on the words.
    """
    forms = query_forms(query)
    if not forms:
        return [Hit(term, "", EXACT) for term in handbook.glossary]
    entries, citations = _index(handbook)
    best: dict[str, Hit] = {}
    order = {term.id: n for n, term in enumerate(handbook.glossary)}
    for reading, form in enumerate(forms):
        penalty = reading * 10  # the text as typed beats its Zawgyi reading
        for entry in entries:
            rank = _rank(entry, form)
            if rank is None:
                continue
            hit = Hit(entry.term, entry.language, rank + penalty)
            current = best.get(entry.term.id)
            if current is None or hit.rank < current.rank:
                best[entry.term.id] = hit
        for term, key in citations:
            if term.id not in best and (key == form or key.startswith(form)):
                best[term.id] = Hit(term, "", CITATION + penalty)
    return sorted(best.values(), key=lambda hit: (hit.rank, order[hit.term.id]))
