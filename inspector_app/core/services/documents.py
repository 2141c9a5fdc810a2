"""Worker documents: each identity or work document of an interviewed worker, one record each.

A document has its type, who holds it (the worker, the employer, a broker, someone else, or
nobody: the worker has none), its number, expiry and permit status. The number is personal data:
the laptop keeps it in its encrypted store, seals it before it leaves, and sends only a keyed hash
of it in clear (sync/documents.py), which is how HQ finds the same document held by the same
employer on another visit. Documents are part of the visit: changing one after signing opens a new
revision of the inspection, like any other change to it.

Records are never deleted (HQ could not follow): one recorded in error is marked `removed`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP, Code, internal
from ..models import Inspection, WorkerDocument, WorkerInterview
from ..vocab import DOCUMENT_HOLDERS, DOCUMENT_TYPES, PERMIT_STATUSES
from ..writer import ChangeSet, UnitOfWork
from .common import as_date, one_of, unknown_fields
from .inspections import editable
from .text import clean_text

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["DOCUMENT_FIELDS", "remove_document", "save_document", "set_holders"]

DOCUMENT_FIELDS = ("doc_type", "held_by", "number", "expires_on", "permit_status", "note")
MAX_NUMBER = 64
MAX_NOTE = 2000
_NUMBER = re.compile(r"^[\w][\w .\-/]*$")


def _validate(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(DOCUMENT_FIELDS)
    if unknown:
        raise unknown_fields("A worker document", unknown)
    clean = dict(changes)
    one_of(clean.get("doc_type"), DOCUMENT_TYPES, QT_TRANSLATE_NOOP("Fields", "Document type"))
    one_of(clean.get("held_by") or None, DOCUMENT_HOLDERS, QT_TRANSLATE_NOOP("Fields", "Document holder"))
    one_of(clean.get("permit_status") or None, PERMIT_STATUSES, QT_TRANSLATE_NOOP("Fields", "Permit status"))
    for key in ("held_by", "permit_status"):
        if key in clean:
            clean[key] = clean[key] or None
    if "number" in clean:
        number = clean_text(clean["number"]) if isinstance(clean["number"], (str, type(None))) else None
        if clean["number"] not in (None, "") and number is None:
            raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "A document number must be text."))
        if number is not None and (len(number) > MAX_NUMBER or not _NUMBER.match(number)):
            raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "A document number holds letters and digits "
                                                                      "(spaces, '-', '/' and '.' allowed), at most "
                                                                      "{limit} characters."), limit=MAX_NUMBER)
        clean["number"] = number
    if "expires_on" in clean:
        clean["expires_on"] = as_date(clean["expires_on"], QT_TRANSLATE_NOOP("Fields", "Expiry date"))
    if "note" in clean:
        clean["note"] = clean_text(clean["note"])
        if clean["note"] is not None and len(clean["note"]) > MAX_NOTE:
            raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "A document's note may hold at most {limit} "
                                                                      "characters."), limit=MAX_NOTE)
    return clean


def _interview(uow: UnitOfWork, interview_id: str) -> WorkerInterview:
    interview = uow.get(WorkerInterview, interview_id, "interview")
    editable(uow, uow.get(Inspection, interview.inspection_id, "inspection"))
    return interview


def save_document(store: Store, interview_id: str, document_id: str | None = None, **fields: Any) -> ChangeSet:
    """Create (without `document_id`; `doc_type` needed) or change one document of an interview."""
    fields = _validate(fields)
    with store.unit_of_work() as uow:
        interview = _interview(uow, interview_id)
        if document_id:
            document = uow.get(WorkerDocument, document_id, "worker document")
            if document.interview_id != interview.id:
                raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "That document belongs to another interview."))
        else:
            if not fields.get("doc_type"):
                raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "A worker document needs its type: {types}."),
                                      types=tuple(Code("Interviews", t) for t in DOCUMENT_TYPES))
            document = WorkerDocument(inspection_id=interview.inspection_id, interview_id=interview.id, removed=False)
        if "doc_type" in fields and not fields["doc_type"]:
            raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "A worker document needs its type."))
        for key, value in fields.items():
            setattr(document, key, value)
        uow.save(document)
    return uow.changes


def remove_document(store: Store, document_id: str) -> ChangeSet:
    """A document recorded in error: kept (HQ holds it too) but no longer shown or counted."""
    with store.unit_of_work() as uow:
        document = uow.get(WorkerDocument, document_id, "worker document")
        _interview(uow, document.interview_id)
        if not document.removed:
            document.removed = True
            uow.save(document, "remove")
    return uow.changes


def set_holders(uow: UnitOfWork, interview: WorkerInterview, entries: Sequence[Any]) -> None:
    """An interview's documents given as a list ({"type", "held_by", and optionally "number",
    "expires_on", "permit_status"}), as the interview form sends them: each type updates the
    interview's document of that type (or adds one); a type no longer listed is marked removed."""
    if not isinstance(entries, (list, tuple)):
        raise ValidationError(internal("An interview's documents are a list."))
    wanted: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise ValidationError(internal("Each document is a set of fields (type, held_by, ...)."))
        given = {"doc_type": entry.get("type", entry.get("doc_type")), "held_by": entry.get("held_by")}
        for key in ("number", "expires_on", "permit_status", "note"):
            if key in entry:
                given[key] = entry[key]
        if "permit_status" not in given and entry.get("status") in PERMIT_STATUSES:
            given["permit_status"] = entry["status"]
        if not given["doc_type"]:
            raise ValidationError(QT_TRANSLATE_NOOP("DocumentErrors", "Each document needs its type."))
        wanted[given["doc_type"]] = _validate(given)
    current = list(uow.session.scalars(select(WorkerDocument).where(
        WorkerDocument.interview_id == interview.id, WorkerDocument.removed.is_(False)).order_by(WorkerDocument.id)))
    seen: set[str] = set()
    for document in current:
        if document.doc_type in seen or document.doc_type not in wanted:
            if document.doc_type not in wanted:
                document.removed = True
                uow.save(document, "remove")
            continue
        seen.add(document.doc_type)
        changes = {k: v for k, v in wanted[document.doc_type].items() if getattr(document, k) != v}
        if changes:
            for key, value in changes.items():
                setattr(document, key, value)
            uow.save(document)
    for doc_type, values in wanted.items():
        if doc_type not in seen:
            document = WorkerDocument(inspection_id=interview.inspection_id, interview_id=interview.id, removed=False)
            for key, value in values.items():
                setattr(document, key, value)
            uow.save(document, "create")
