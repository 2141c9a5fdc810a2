"""A finding's title in every language its checklist has, for every screen that names findings.

A finding keeps its title in Thai and English (what HQ, the printed forms and the other laptops read).
While that title is still the checklist's words for its item (nobody wrote or changed it), the
checklist says the same thing in Burmese, Khmer and Lao as well, and a screen in one of those
languages shows those words. The editor's Findings tab, the Follow-ups, Referrals and establishment
file pages and a follow-up visit's verifications all take them from here, by the one rule `matching`,
and name a finding by the one rule `in_language`; the Follow-ups page's order by what is due follows
the same rules in the database (`ordered_by_title`).

The templates a page of rows needs are read once per set of template versions and kept for the
process (a version never changes; the key includes which versions are stored, so a template HQ
publishes later is taken into account at the next read).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import String, func, literal, null, select, type_coerce

from ..models import ChecklistTemplate, Finding, Inspection, InspectionTemplate
from ..queries import template_defs

Labels = Mapping[str, str]
K = TypeVar("K")
Titles = Mapping[str, tuple[Labels, ...]]  # item code -> the finding titles (violations) its template can give

_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], Titles] = {}
_CACHE_LIMIT = 64  # sets of template versions kept: a laptop's inspections use a handful


def in_language(language: str, title_th: str | None, title_en: str | None, labels: Labels | None = None,
                fallback: str = "") -> str:
    """A finding's title as a screen in `language` shows it: on a Burmese, Khmer or Lao screen the checklist's
    words in that language (`labels`, from `matching`), else Thai on a Thai screen and English on any other
    (the other where one is missing). Every screen naming a finding, and every order by its title, uses this rule."""
    if language not in ("th", "en") and labels and labels.get(language):
        return labels[language]
    first, second = (title_th, title_en) if language == "th" else (title_en, title_th)
    return first or second or fallback


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


TITLE_EDITED = func.coalesce(func.instr(type_coerce(Finding.edited_texts, String), literal('"title"', String)), 0) > 0
"""Whether the inspector wrote or changed a finding's title, asked of the stored JSON list of edited texts by SQL
(decoding it for every row costs more than the rest of the titles' work)."""

_SQL_FUNCTION = "finding_title"


@contextmanager
def ordered_by_title(session: Any, language: str) -> Iterator[Any]:
    """A finding's title as a screen in `language` shows it (`in_language`), as a column of a read of findings
    joined to their inspections, for the database to order a list by (with `COLLATE text_order`), valid
    while the block runs.

    The column is a function of the session's connection: on a Burmese, Khmer or Lao screen it finds the
    checklist's words by `matching` among the titles of each inspection's template versions (every set of
    them read once, before the order is); in Thai and English only the two stored titles count."""
    sets: dict[tuple[str, ...], Titles] = {}
    if language in ("th", "en"):
        column = func.finding_title(null(), null(), null(), Finding.title_th, Finding.title_en, False)
    else:
        stored = session.execute(select(Inspection.template_id, ADDONS).distinct()).all()
        sets = for_template_sets(session, {used: used for used in (template_set(*row) for row in stored)})
        column = func.finding_title(Inspection.template_id, ADDONS, Finding.item_code, Finding.title_th,
                                    Finding.title_en, TITLE_EDITED)

    @lru_cache(maxsize=None)  # tens of thousands of rows repeat a few hundred titles
    def title(base: str | None, addons: str | None, item_code: str | None, title_th: str | None,
              title_en: str | None, edited: int) -> str:
        titles = sets.get(template_set(base, addons), {}) if base is not None else {}
        labels = matching(titles, item_code, title_th, title_en, ("title",) if edited else ())
        return in_language(language, title_th, title_en, labels)

    connection = session.connection().connection.dbapi_connection
    connection.create_function(_SQL_FUNCTION, 6, title, deterministic=True)
    try:
        yield type_coerce(column, String)
    finally:  # not left on a pooled connection, holding this read's titles, after a read that failed either
        with suppress(Exception):  # a connection the failure closed has nothing left to remove
            connection.create_function(_SQL_FUNCTION, 6, None)


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
