"""The full inspection report, built at HQ from what laptops synced, with the laptops' own `reports` package.

The reports package reads a laptop data store through the core models. HQ holds the same
records as JSON (`records.fields`, exactly the columns the laptop sent), so this module lays the
one inspection's records into an in-memory SQLite database with the laptop's schema (never a
file: testimony opened for the report stays in memory) and hands that to `build_report`. The
report of a signed revision then embeds the same source, with the same SHA-256, as the laptop's
report of that revision (reports/data.py keeps the source to what both sides hold).

Testimony (interview and interpreter notes, workers' names and documents, the complaint source)
goes in only when the caller passes the session's unlocked `Keyring`; otherwise those fields stay
out and the report says the testimony is sealed.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Connection, LargeBinary, create_engine, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from ..core.checklists import template_record_id
from ..core.models import SYNCED_MODELS, Base, ChecklistTemplate
from ..core.types import ISODate, UTCDateTime
from ..i18n.dates import as_utc
from ..reports import ReportResult, build_report
from ..sync.sealed import SEALED_FIELDS
from .db import HQDatabase
from .errors import NotFound
from .evidence import Keyring
from .models import Record
from .reviews import effective_status, latest_decision
from .storage import AttachmentStorage
from .template_catalog import known_templates, resolve, versions_of

# The inspection's parts: every synced record that names its inspection, so a part added to the laptop
# (worker documents, follow-up verifications, referrals) reaches the report built here without being
# listed again. Revisions stay out: the report does not read them, and their snapshots hold testimony
# sealed inside, which this store has no reason to carry.
_PARTS = tuple(sorted(name for name, model in SYNCED_MODELS.items()
                      if "inspection_id" in model.__table__.columns and name != "inspection_revisions"))


class _Vault:
    def __init__(self, storage: AttachmentStorage):
        self.storage = storage

    def get(self, sha256: str) -> bytes:
        return self.storage.read(sha256)

    def get_derived(self, sha256: str, kind: str) -> bytes | None:
        return None  # HQ keeps no report-size copies: each photo is scaled as the report is built


class _MemoryStore:
    """What `build_report` needs of a laptop Store: `session()`, `vault` and `read_only`."""

    read_only = True  # nothing is written back to HQ's attachment store

    def __init__(self, storage: AttachmentStorage):
        self.engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        Base.metadata.create_all(self.engine)
        self.vault = _Vault(storage)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def _parse_moment(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return as_utc(moment)


def _row(model: Any, fields: Mapping[str, Any]) -> Any:
    """A laptop model row from the fields it was sent as (core.writer.to_wire, reversed)."""
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.key not in fields:
            continue
        value = fields[column.key]
        kind = column.type
        if value is None:
            values[column.key] = None
        elif isinstance(kind, UTCDateTime):
            values[column.key] = _parse_moment(value)
        elif isinstance(kind, ISODate):
            values[column.key] = date.fromisoformat(value[:10]) if isinstance(value, str) else None
        elif isinstance(kind, LargeBinary):
            values[column.key] = base64.b64decode(value) if isinstance(value, str) else None
        elif isinstance(kind, Boolean):
            values[column.key] = bool(value)
        else:
            values[column.key] = value
    return model(**values)


def _with_approval(conn: Connection, inspection_id: str, fields: Mapping[str, Any]) -> Mapping[str, Any]:
    """The inspection as its laptop holds it once HQ's approval has reached it (sync_apply._apply_review):
    approved, with the reviewer's name and the decision's time, so HQ prints the approved document the
    laptop prints, with the same SHA-256. Any other record stays as the laptop sent it."""
    decision = latest_decision(conn, inspection_id)
    if decision is None or effective_status(dict(fields), (decision.revision, decision.decision)) != "approved":
        return fields
    decided = as_utc(decision.decided_at)
    return {**fields, "status": "approved", "reviewed_by": decision.reviewer_name,
            "reviewed_at": decided.isoformat()}


def _without_testimony(entity: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    sealed = SEALED_FIELDS.get(entity, ())
    return {k: (None if k in sealed else v) for k, v in fields.items()}


@contextmanager
def inspection_store(db: HQDatabase, storage: AttachmentStorage, ref: str,
                     keyring: Keyring | None) -> Iterator[tuple[_MemoryStore, str]]:
    """An in-memory laptop-shaped store holding one inspection as HQ has it; yields (store, inspection id)."""
    with db.read() as conn:
        found = conn.execute(select(Record.entity_id, Record.fields).where(
            Record.entity == "inspections", or_(Record.entity_id == ref, Record.reference == ref))).first()
        if found is None:
            raise NotFound(f"HQ holds no inspection {ref!r}.")
        inspection_id, inspection = found.entity_id, _with_approval(conn, found.entity_id, found.fields)
        parts = conn.execute(select(Record.entity, Record.entity_id, Record.fields).where(
            Record.inspection_id == inspection_id, Record.entity.in_(_PARTS))).all()
        coordinator_ids = {p.fields.get(k) for p in parts for k in ("coordinator_id", "interpreter_id")} - {None}
        others = [inspection.get("establishment_id"), inspection.get("previous_inspection_id"), *coordinator_ids]
        directory = conn.execute(select(Record.entity, Record.entity_id, Record.fields).where(
            Record.entity_id.in_([o for o in others if isinstance(o, str)]))).all()
        addon_ids = [p.fields.get("template_id") for p in sorted(
            (p for p in parts if p.entity == "inspection_templates"), key=lambda p: p.fields.get("position") or 0)]
        answered = [p.fields.get("item_code") for p in parts if p.entity == "checklist_answers"]
        template_ids = [t for t in [inspection.get("template_id"), *addon_ids] if isinstance(t, str)]
        resolved = resolve(conn, template_ids, [c for c in answered if isinstance(c, str)])
        known = known_templates(conn)
    store = _MemoryStore(storage)
    try:
        with store.session() as session, session.begin():
            # Templates under the ids the laptop uses (a guessed version takes the laptop's id for it).
            laptop_ids = dict(zip(resolved.ids, resolved.templates, strict=True))
            if resolved.inferred:
                for laptop_id in template_ids:
                    if laptop_id not in laptop_ids and resolved.templates:
                        base = next((t for t in resolved.templates if t.kind == "base"), resolved.templates[0])
                        laptop_ids.setdefault(laptop_id, base)
            extra = versions_of(known, {t.code for t in resolved.templates})
            for template_id, template in {**extra, **laptop_ids}.items():
                session.add(ChecklistTemplate(
                    id=template_id, code=template.code, version=template.version, kind=template.kind,
                    sector=template.sector, effective_from=template.effective_from,
                    effective_to=template.effective_to, title=dict(template.title),
                    description=dict(template.description) if template.description else None,
                    source_sha256=template.sha256, document=template.document))
            records = [("inspections", inspection_id, inspection), *((r.entity, r.entity_id, r.fields) for r in directory),
                       *((p.entity, p.entity_id, p.fields) for p in parts)]
            for entity, record_id, fields in records:
                model = SYNCED_MODELS.get(entity)
                if model is None:
                    continue
                if entity in SEALED_FIELDS:
                    fields = keyring.open_fields(entity, record_id, fields) if keyring is not None else \
                        _without_testimony(entity, fields)
                session.add(_row(model, {**fields, "id": record_id}))
        yield store, inspection_id
    finally:
        store.close()


def build_full_report(db: HQDatabase, storage: AttachmentStorage, ref: str, *, keyring: Keyring | None,
                      generated_at: datetime | None = None) -> ReportResult:
    """The confidential full report of one inspection, as HQ holds it (testimony only with `keyring`)."""
    with inspection_store(db, storage, ref, keyring) as (store, inspection_id):
        return build_report(store, "full", inspection_id, generated_at=generated_at,  # type: ignore[arg-type]
                            testimony_sealed=keyring is None)


def build_referral_form(db: HQDatabase, storage: AttachmentStorage, ref: str, referral_id: str, *,
                        keyring: Keyring, generated_at: datetime | None = None) -> ReportResult:
    """The referral form (reports/referral.py) for one referral of the inspection, with the testimony it
    carries opened by the session's keyring: the document the owning laptop prints for the receiving team."""
    with inspection_store(db, storage, ref, keyring) as (store, inspection_id):
        return build_report(store, "referral", inspection_id, referral_id=referral_id,  # type: ignore[arg-type]
                            generated_at=generated_at)


__all__ = ["build_full_report", "build_referral_form", "inspection_store", "template_record_id"]
