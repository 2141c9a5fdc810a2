"""Which checklist template versions an inspection uses, as HQ can tell.

A laptop names its templates by `template_id` (the inspection's base template, and
`inspection_templates` rows for add-ons). Data stores give a template version the id
`checklists.template_record_id(code, version, sha256)`, so HQ finds the version among those it
knows (the ones it published and the ones the app ships). Laptops whose data store is older than
that rule use random ids: for them HQ takes, for each template code that owns one of the
inspection's answered item codes (item codes belong to one template code only), the newest
version it knows, and says so (`inferred`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, select

from ..core.checklists import TemplateDef, load_templates, template_from_document, template_record_id
from .models import Template

_lock = threading.Lock()
_published: dict[tuple[str, int, str], TemplateDef] = {}


@dataclass(frozen=True)
class ResolvedTemplates:
    templates: list[TemplateDef]  # base first, then add-ons in their order
    ids: list[str]  # the laptop's ids, in the same order
    inferred: bool  # some version had to be guessed from the answered item codes


@lru_cache(maxsize=1)
def _shipped() -> tuple[TemplateDef, ...]:
    try:
        return tuple(load_templates())
    except Exception:  # noqa: BLE001 - a broken installation must not take the review pages down
        return ()


def known_templates(conn: Connection) -> dict[str, TemplateDef]:
    """Every template version HQ knows, by the id a data store gives it."""
    rows = conn.execute(select(Template.code, Template.version, Template.sha256, Template.source_name)).all()
    out = {template_record_id(t.code, t.version, t.sha256): t for t in _shipped()}
    missing = [r for r in rows if (r.code, r.version, r.sha256) not in _published]
    if missing:
        documents = {(r.code, r.version): r.document for r in conn.execute(
            select(Template.code, Template.version, Template.document)
            .where(Template.code.in_({r.code for r in missing})))}
        with _lock:
            for r in missing:
                _published[(r.code, r.version, r.sha256)] = template_from_document(
                    documents[(r.code, r.version)], f"{r.code}.v{r.version}")
    for r in rows:
        out[template_record_id(r.code, r.version, r.sha256)] = _published[(r.code, r.version, r.sha256)]
    return out


def resolve(conn: Connection, template_ids: Sequence[str], answered_codes: Iterable[str]) -> ResolvedTemplates:
    known = known_templates(conn)
    found: list[TemplateDef] = []
    ids: list[str] = []
    inferred = False
    for template_id in template_ids:
        if template_id in known:
            found.append(known[template_id])
            ids.append(template_id)
    if len(found) < len(template_ids):
        inferred = True
        newest: dict[str, TemplateDef] = {}
        for template in known.values():
            if template.code not in newest or template.version > newest[template.code].version:
                newest[template.code] = template
        owner = {item.code: code for code, template in newest.items() for item in template.items()}
        have = {t.code for t in found}
        wanted: list[str] = []
        for code in answered_codes:
            template_code = owner.get(code)
            if template_code and template_code not in have and template_code not in wanted:
                wanted.append(template_code)
        wanted.sort(key=lambda c: (newest[c].kind != "base", c))
        for code in wanted:
            template = newest[code]
            found.append(template)
            ids.append(template_record_id(template.code, template.version, template.sha256))
    return ResolvedTemplates(found, ids, inferred)


def versions_of(known: Mapping[str, TemplateDef], codes: Iterable[str]) -> dict[str, TemplateDef]:
    """Every known version of these template codes, by id (a v1 template takes finding texts from later ones)."""
    wanted = set(codes)
    return {template_id: t for template_id, t in known.items() if t.code in wanted}


def item_labels(templates: Iterable[TemplateDef]) -> dict[str, Any]:
    return {item.code: item for template in templates for item in template.items()}
