"""Reference data owned by HQ: checklist templates.

Templates are immutable per (code, version). Loading is idempotent: a version
already present is left alone (inspections keep pointing at the exact rows
they started with); the same (code, version) with different content is
refused, because a changed checklist must be published as a new version.
Reference data is audited but not queued for upload: HQ is its source.

An app update may ship new template versions (e.g. version 2, which added the finding
texts): a data store that lacks them gets them when it is next opened, so the laptop
does not wait for HQ to publish them before new inspections can use them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..checklists import TemplateDef, TemplateError, default_templates_dir, load_templates, template_record_id
from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..models import ChecklistItem, ChecklistSection, ChecklistTemplate, SyncState
from ..types import new_id, utcnow
from ..writer import ChangeSet, UnitOfWork

if TYPE_CHECKING:
    from ..store import Store


def _insert_template(uow: UnitOfWork, template: TemplateDef) -> str:
    template_id = template_record_id(template.code, template.version, template.sha256)
    uow.insert_many(ChecklistTemplate, [{
        "id": template_id,
        "code": template.code,
        "version": template.version,
        "kind": template.kind,
        "sector": template.sector,
        "effective_from": template.effective_from,
        "effective_to": template.effective_to,
        "title": dict(template.title),
        "description": dict(template.description) if template.description else None,
        "source_sha256": template.sha256,
        "document": template.document,
    }], outbox=False)
    section_rows, item_rows = [], []
    for section_position, section in enumerate(template.sections, start=1):
        section_id = new_id()
        section_rows.append({"id": section_id, "template_id": template_id, "code": section.code,
                             "position": section_position, "title": dict(section.title)})
        for item in section.items:
            item_rows.append({
                "id": new_id(), "template_id": template_id, "section_id": section_id, "code": item.code,
                "position": item.position, "answer_type": item.answer_type, "label": dict(item.label),
                "help": dict(item.help) if item.help else None,
                "worker_question": dict(item.worker_question) if item.worker_question else None,
                "worker_facing": item.worker_facing, "safeguard": item.safeguard, "required": item.required,
                "legal_refs": list(item.legal_refs), "default_severity": item.default_severity,
                "indicator": item.indicator, "strong_indicator": item.strong_indicator, "rule": item.rule,
                "unit": item.unit,
                "choices": [{"code": c.code, "label": dict(c.label)} for c in item.choices] or None,
                "non_compliant_choices": list(item.non_compliant_choices) or None,
            })
    uow.insert_many(ChecklistSection, section_rows, outbox=False)
    uow.insert_many(ChecklistItem, item_rows, outbox=False)
    return template_id


def load_template_defs(store: Store, templates: Iterable[TemplateDef]) -> ChangeSet:
    """Load templates not yet present; `created_ids("checklist_templates")` are those added."""
    with store.unit_of_work() as uow:
        for template in templates:
            existing = uow.session.execute(
                select(ChecklistTemplate.id, ChecklistTemplate.source_sha256).where(
                    ChecklistTemplate.code == template.code, ChecklistTemplate.version == template.version
                )
            ).first()
            if existing is not None:
                if existing.source_sha256 != template.sha256:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "ChecklistErrors", "Template {code} version {version} is already loaded with different "
                                           "content; a changed checklist must be published as a new version."),
                        code=template.code, version=template.version)
                continue
            _insert_template(uow, template)
    return uow.changes


def load_shipped_templates(store: Store) -> ChangeSet:
    return load_template_defs(store, load_templates())


SHIPPED_DIGEST = "templates.shipped_sha256"


def shipped_templates_digest(folder: Path | None = None) -> str:
    """One digest of the shipped template files: a changed app ships a different one."""
    digest = hashlib.sha256()
    for path in sorted((folder or default_templates_dir()).glob("*.json")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_new_shipped_templates(store: Store) -> ChangeSet:
    """The shipped template versions this data store lacks (`created_ids("checklist_templates")`).

    Called whenever a store opens, and cheap then: nothing is read beyond the files'
    digest unless the shipped set changed since the last time. A shipped version whose
    (code, version) the store already holds with other content is left out: the store's
    copy stays, because inspections point at it.
    """
    digest = shipped_templates_digest()
    with store.session() as session:
        stamp = session.get(SyncState, SHIPPED_DIGEST)
        if stamp is not None and stamp.value == digest:
            return ChangeSet()
    try:
        templates = load_templates()
    except TemplateError as exc:  # a broken installation must not lock the inspector out of the data
        logging.getLogger(__name__).error("shipped checklist templates not loaded: %s", exc.problems[0])
        return ChangeSet()
    with store.unit_of_work() as uow:
        for template in templates:
            held = uow.session.scalar(select(ChecklistTemplate.id).where(
                ChecklistTemplate.code == template.code, ChecklistTemplate.version == template.version))
            if held is None:
                _insert_template(uow, template)
        stamp = uow.session.get(SyncState, SHIPPED_DIGEST) or SyncState(name=SHIPPED_DIGEST)
        stamp.value, stamp.updated_at = digest, utcnow()
        uow.session.add(stamp)
    return uow.changes
