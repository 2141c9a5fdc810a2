"""A finding's title in every language its checklist has, for every screen that names findings.

A finding keeps its title in Thai and English (what HQ, the printed forms and the other laptops read).
While that title is still the checklist's words for its item (nobody wrote or changed it), the
checklist says the same thing in Burmese, Khmer and Lao as well, and a screen in one of those
languages shows those words. The editor's Findings tab, the Follow-ups, Referrals and establishment
file pages and a follow-up visit's verifications all take them from here, by the one rule `matching`.

The templates a page of rows needs are read once per set of template versions and kept for the
process (a version never changes; the key includes which versions are stored, so a template HQ
publishes later is taken into account at the next read).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select

from ..models import ChecklistTemplate, Inspection, InspectionTemplate
from ..queries import template_defs

Labels = Mapping[str, str]
K = TypeVar("K")
Titles = Mapping[str, tuple[Labels, ...]]  # item code -> the finding titles (violations) its template can give

_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], Titles] = {}
_CACHE_LIMIT = 64  # sets of template versions kept: a laptop's inspections use a handful


def matching(titles: Titles, item_code: str | None, title_th: str | None, title_en: str | None,
             edited: Iterable[str] | None = ()) -> Labels | None:
    """The checklist's words for a finding's title in every language, while the title is still those words.

    None for a title someone wrote or changed (`edited` names "title"), or one no template of `titles`
    gives for its item in the same Thai and English."""
    if not item_code or "title" in (edited or ()):
        return None
    stored = {"th": title_th or "", "en": title_en or ""}
    if not any(stored.values()):
        return None
    for labels in titles.get(item_code, ()):
        if all(not text or labels.get(lang) == text for lang, text in stored.items()):
            return labels
    return None


def template_titles(session: Any, template_ids: Sequence[str], stored: tuple[str, ...] | None = None) -> Titles:
    """Per item code, the finding titles these template versions give (with the translations later
    versions add), read once per set of versions (`stored`: the ids of every stored version, if known)."""
    key = (tuple(template_ids), stored if stored is not None else _stored(session))
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[key] = _titles(template_defs(session, list(template_ids)))
    return found


def for_inspections(session: Any, inspection_ids: Iterable[str]) -> dict[str, Titles]:
    """Each inspection's titles (its base template and add-ons), in two reads for any number of them."""
    ids = list(dict.fromkeys(inspection_ids))
    if not ids:
        return {}
    templates: dict[str, list[str]] = {i: [t] for i, t in session.execute(
        select(Inspection.id, Inspection.template_id).where(Inspection.id.in_(ids)))}
    for inspection_id, template_id in session.execute(
            select(InspectionTemplate.inspection_id, InspectionTemplate.template_id)
            .where(InspectionTemplate.inspection_id.in_(ids))
            .order_by(InspectionTemplate.inspection_id, InspectionTemplate.position)):
        used = templates.get(inspection_id)
        if used is not None and template_id not in used:
            used.append(template_id)
    return for_template_sets(session, {i: tuple(used) for i, used in templates.items()})


def for_template_sets(session: Any, templates: Mapping[K, tuple[str, ...]]) -> dict[K, Titles]:
    """The titles of each set of template versions in `templates` (keyed as the caller likes: by inspection,
    or by the columns it read them from), each set looked up once."""
    if not templates:
        return {}
    by_set: dict[tuple[str, ...], Titles] = {}
    out: dict[K, Titles] = {}
    stored = _stored(session)
    for key, used in templates.items():
        if used not in by_set:
            by_set[used] = template_titles(session, used, stored)
        out[key] = by_set[used]
    return out


ADDONS = (select(func.group_concat(InspectionTemplate.template_id, " "))
          .where(InspectionTemplate.inspection_id == Inspection.id).scalar_subquery())
"""An inspection's add-on template ids (space-separated, in no set order), as a column of a read of inspections:
`template_set` makes them the key `for_template_sets` takes."""


def template_set(base: str, addons: str | None) -> tuple[str, ...]:
    """The base template first, then the add-ons in a fixed order (one key whatever order SQL gave them)."""
    return (base, *sorted(set((addons or "").split()) - {base}))


def any_version(session: Any) -> Titles:
    """Every stored template version's titles, the newest version first: for findings another laptop
    recorded (HQ publishes their item and title, not their template version)."""
    rows = session.execute(select(ChecklistTemplate.id).order_by(ChecklistTemplate.code,
                                                                 ChecklistTemplate.version.desc())).scalars().all()
    return template_titles(session, rows)


def _stored(session: Any) -> tuple[str, ...]:
    return tuple(session.execute(select(ChecklistTemplate.id).order_by(ChecklistTemplate.id)).scalars())


def _titles(templates: Iterable[Any]) -> Titles:
    out: dict[str, list[Labels]] = {}
    for template in templates:
        for item in template.items():
            texts = [item.finding, *(c.finding for c in item.choices)]
            out.setdefault(item.code, []).extend(t.violation for t in texts if t is not None)
    return {code: tuple(labels) for code, labels in out.items()}
