"""Every checklist text and every legal citation a screen shows, in all five languages and each in its script.

The built-in checklists (the newest shipped version of each) and legal_sections.json carry
Thai, English, Burmese, Khmer and Lao. A Burmese, Khmer or Lao text must be in its own
Unicode block (Myanmar U+1000–U+109F, Khmer U+1780–U+17FF, Lao U+0E80–U+0EFF), never mix
in another of these scripts, be Unicode Burmese rather than Zawgyi, and not start a
syllable with a dependent vowel or sign (what a text typed in visual order looks like).
An inspection begun on an older version reads its texts in these languages too, taken
from the newer version only where English and Thai are word for word the same.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import replace
from types import MappingProxyType

import pytest
from myanmartools import ZawgyiDetector

from inspector_app.core.checklists import TemplateDef, load_templates
from inspector_app.core.legal import load_legal_reference
from inspector_app.core.template_translations import with_translations

LANGUAGES = ("th", "en", "my", "km", "lo")
BLOCKS = {"th": (0x0E00, 0x0E7F), "lo": (0x0E80, 0x0EFF), "my": (0x1000, 0x109F), "km": (0x1780, 0x17FF)}
# Other blocks of these scripts (Myanmar Extended-A/B, Khmer Symbols) that a text must not use either.
FOREIGN = [(0x19E0, 0x19FF), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)]

SHIPPED = load_templates()
NEWEST = list({t.code: t for t in SHIPPED}.values())  # sorted by (code, version): the last is the newest
LEGAL = load_legal_reference()


def template_texts(template: TemplateDef) -> Iterator[tuple[str, Mapping[str, str]]]:
    """Every text of a template that a screen or a report can show, named for a failure message."""
    name = template.source_name
    yield f"{name} title", template.title
    if template.description is not None:
        yield f"{name} description", template.description
    for section in template.sections:
        yield f"{name} section {section.code}", section.title
        for item in section.items:
            yield f"{item.code} label", item.label
            if item.help is not None:
                yield f"{item.code} help", item.help
            if item.worker_question is not None:
                yield f"{item.code} worker question", item.worker_question
            findings = [(item.code, item.finding)] + [(f"{item.code} {c.code}", c.finding) for c in item.choices]
            for choice in item.choices:
                yield f"{item.code} choice {choice.code}", choice.label
            for where, texts in findings:
                if texts is not None:
                    yield f"{where} violation", texts.violation
                    yield f"{where} action", texts.action


def legal_texts() -> Iterator[tuple[str, Mapping[str, str]]]:
    for code, law in LEGAL.laws.items():
        yield f"law {code} title", law.title
        yield f"law {code} short", law.short
        if "en" in law.section_prefix and law.section_prefix["en"] != "s.":
            yield f"law {code} section prefix", law.section_prefix
    for key, section in LEGAL.sections.items():
        yield f"section {key}", section.title


def script_problems(lang: str, text: str) -> list[str]:
    low, high = BLOCKS[lang]
    problems = []
    if not any(low <= ord(ch) <= high for ch in text):
        problems.append(f"no character of its own block U+{low:04X}–U+{high:04X}")
    for n, ch in enumerate(text):
        point = ord(ch)
        own = low <= point <= high
        if not own and (any(a <= point <= b for a, b in BLOCKS.values()) or any(a <= point <= b for a, b in FOREIGN)):
            problems.append(f"U+{point:04X} of another script at {n}")
        previous = text[n - 1] if n else " "
        if own and unicodedata.category(ch) in ("Mn", "Mc") and not low <= ord(previous) <= high:
            problems.append(f"sign U+{point:04X} starts a syllable at {n} (vowel order)")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("not in Unicode normal form C")
    return problems


CASES = [*((where, labels) for t in NEWEST for where, labels in template_texts(t)), *legal_texts()]


def test_the_newest_shipped_version_of_every_template_is_the_translated_one() -> None:
    assert {t.code for t in NEWEST} == {t.code for t in SHIPPED}
    assert all(t.draft_languages == {"my", "km", "lo"} for t in NEWEST), [t.source_name for t in NEWEST]
    # 8 templates, 109 items, 72 legal sections: nothing left out of the check.
    assert len(NEWEST) == 8 and sum(len(t.items()) for t in NEWEST) == 109 and len(LEGAL.sections) == 72


def test_every_text_has_all_five_languages_each_in_its_script() -> None:
    problems = []
    for where, labels in CASES:
        for lang in LANGUAGES:
            text = labels.get(lang, "")
            if not text.strip():
                problems.append(f"{where}: no {lang} text")
            elif lang in BLOCKS and where != "law ILO short":  # "ILO" is the organisation's name in every language
                problems += [f"{where} {lang}: {p}" for p in script_problems(lang, text)]
    assert problems == [], f"{len(problems)} problems, e.g. {problems[:8]}"


def test_burmese_texts_are_unicode_not_zawgyi() -> None:
    detector = ZawgyiDetector()
    zawgyi = [where for where, labels in CASES if labels.get("my")
              and detector.get_zawgyi_probability(labels["my"]) > 0.5]
    assert zawgyi == []


def test_the_script_check_catches_the_mistakes_it_is_for() -> None:
    assert script_problems("my", "အလုပ်သမား") == []
    assert script_problems("my", "Labour Protection Act")  # English left in a Burmese field
    assert script_problems("my", "အလုပ်သမားក")  # a Khmer letter slipped in
    assert script_problems("km", "\u17b6ក")  # a vowel sign typed before its consonant
    assert script_problems("lo", "ກົດໝາຍ ພ.ສ. 2541") == []


@pytest.mark.parametrize("language, prefix", [("my", "ပုဒ်မ 44"), ("km", "មាត្រា 44"), ("lo", "ມາດຕາ 44")])
def test_legal_citations_read_in_the_users_language(language: str, prefix: str) -> None:
    citation = LEGAL.display("LPA:44", language)
    assert citation.startswith(f"{LEGAL.laws['LPA'].short[language]} {prefix} — ")
    assert LEGAL.sections["LPA:44"].title[language] in citation
    unconfirmed = LEGAL.display("LPA:10", language)  # "verify": the marker in the same language
    assert unconfirmed.endswith(")") and "reference to be confirmed" not in unconfirmed
    assert script_problems(language, unconfirmed.split(" — ")[1]) == []


def test_a_law_without_texts_in_a_language_is_cited_in_english_as_a_whole() -> None:
    law = LEGAL.laws["LPA"]
    bare = replace(law, short=MappingProxyType({k: v for k, v in law.short.items() if k != "km"}))
    reference = replace(LEGAL, laws=MappingProxyType({**LEGAL.laws, "LPA": bare}))
    assert reference.display("LPA:44", "km") == LEGAL.display("LPA:44", "en")


def test_an_older_version_takes_translations_only_where_english_and_thai_are_the_same() -> None:
    old = next(t for t in SHIPPED if t.code == "LPA-GENERAL" and t.version == 2)
    new = next(t for t in SHIPPED if t.code == "LPA-GENERAL" and t.version == 3)
    assert "my" not in old.items()[0].label
    translated = with_translations(old, [new])
    assert translated.sha256 == old.sha256 and translated.document is old.document  # the version itself is unchanged
    assert translated.draft_languages == {"my", "km", "lo"}
    for before, after in zip(old.items(), translated.items(), strict=True):
        assert (before.code, before.label["en"], before.label["th"]) == (after.code, after.label["en"], after.label["th"])
        assert after.label["my"] == new.item(before.code).label["my"]
    assert translated.title["km"] == new.title["km"]

    first = old.items()[0]
    reworded = replace(first, label=MappingProxyType({**first.label, "en": "Age of the youngest person found"}))
    section = replace(old.sections[0], items=(reworded, *old.sections[0].items[1:]))
    older = replace(old, sections=(section, *old.sections[1:]))
    kept = with_translations(older, [new])
    assert "my" not in kept.items()[0].label  # its English differs from version 3's: no translation is borrowed
    assert kept.items()[1].label["my"] == new.items()[1].label["my"]
