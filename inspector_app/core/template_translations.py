"""Texts an older template version takes from a later one that says the same thing.

A template is immutable once published (its content hash names it everywhere: template
ids, HQ's registry, inspections), so translations added later ship as a new version.
An inspection keeps the version it started with; to show it in Burmese, Khmer or Lao,
each of its texts takes the missing languages from the newest later version of the same
template whose text is word for word the same in English and in Thai. Only what the
older version lacks is added: nothing it says changes, and a text reworded in the later
version stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from .checklists import ChoiceDef, FindingTexts, ItemDef, Labels, SectionDef, TemplateDef

__all__ = ["with_translations"]

_SOURCE = ("en", "th")  # the languages that must agree before another language is taken


def with_translations(old: TemplateDef, newer: Iterable[TemplateDef]) -> TemplateDef:
    """``old`` with the languages it lacks taken from later versions of the same template code."""
    donors = sorted((t for t in newer if t.code == old.code and t.version > old.version),
                    key=lambda t: t.version, reverse=True)
    if not donors:
        return old
    sections = tuple(_section(section, donors) for section in old.sections)
    title = _merge(old.title, [d.title for d in donors])
    description = _merge(old.description, [d.description for d in donors])
    drafts = frozenset().union(old.draft_languages, *(d.draft_languages for d in donors))
    if (title is old.title and description is old.description
            and all(a is b for a, b in zip(sections, old.sections, strict=True))):
        return old
    return replace(old, title=title, description=description, sections=sections, draft_languages=drafts)


def _section(section: SectionDef, donors: list[TemplateDef]) -> SectionDef:
    same = [s for d in donors for s in d.sections if s.code == section.code]
    title = _merge(section.title, [s.title for s in same])
    items = tuple(_item(item, [d.item(item.code) for d in donors if d.has_item(item.code)])
                  for item in section.items)
    if title is section.title and all(a is b for a, b in zip(items, section.items, strict=True)):
        return section
    return replace(section, title=title, items=items)


def _item(item: ItemDef, donors: list[ItemDef]) -> ItemDef:
    if not donors:
        return item
    changes: dict[str, object] = {
        "label": _merge(item.label, [d.label for d in donors]),
        "help": _merge(item.help, [d.help for d in donors]),
        "worker_question": _merge(item.worker_question, [d.worker_question for d in donors]),
        "finding": _finding(item.finding, [d.finding for d in donors]),
    }
    choices = tuple(_choice(c, [dc for d in donors if (dc := d.choice(c.code)) is not None]) for c in item.choices)
    if not all(a is b for a, b in zip(choices, item.choices, strict=True)):
        changes["choices"] = choices
    changed = {k: v for k, v in changes.items() if v is not getattr(item, k)}
    return replace(item, **changed) if changed else item


def _choice(choice: ChoiceDef, donors: list[ChoiceDef]) -> ChoiceDef:
    label = _merge(choice.label, [d.label for d in donors])
    finding = _finding(choice.finding, [d.finding for d in donors])
    if label is choice.label and finding is choice.finding:
        return choice
    return replace(choice, label=label, finding=finding)


def _finding(finding: FindingTexts | None, donors: list[FindingTexts | None]) -> FindingTexts | None:
    if finding is None:
        return None
    violation = _merge(finding.violation, [d.violation for d in donors if d is not None])
    action = _merge(finding.action, [d.action for d in donors if d is not None])
    if violation is finding.violation and action is finding.action:
        return finding
    return replace(finding, violation=violation, action=action)


def _merge(labels: Labels | None, donors: Iterable[Labels | None]) -> Labels | None:
    """``labels`` plus the languages it lacks from the first donor with the same English and Thai."""
    if labels is None:
        return None
    for donor in donors:
        if donor is None or any(donor.get(lang) != labels.get(lang) for lang in _SOURCE):
            continue
        missing = {lang: text for lang, text in donor.items() if text and not labels.get(lang)}
        if not missing:
            return labels
        merged: Mapping[str, str] = MappingProxyType({**labels, **missing})
        return merged
    return labels
