"""Worker interviews and interpreter notes. Always sensitive."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..models import Inspection, InterpreterNote, LanguageCoordinator, WorkerInterview
from ..types import utcnow
from ..vocab import AGE_BANDS, ENTRY_CHANNELS, FORCED_LABOUR_INDICATORS, SEXES, SOCIAL_SECURITY
from ..writer import ChangeSet
from .common import non_negative, one_of, unknown_fields
from .documents import set_holders
from .inspections import editable
from .text import clean_text

if TYPE_CHECKING:
    from ..store import Store

INTERVIEW_FIELDS = (
    "worker_name", "sex", "age_band", "age", "nationality", "language", "documents", "entry_channel", "occupation", "daily_wage",
    "consent", "private_setting", "employer_absent", "interpreter_id", "indicators", "notes_original",
    "notes_language", "notes_translation", "translation_language", "interviewed_at", "social_security",
)
NOTE_FIELDS = ("notes_original", "notes_translation")
NOTE_NEEDS_ORIGINAL = QT_TRANSLATE_NOOP("InterviewErrors", "An interpreter note needs its original text.")


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(INTERVIEW_FIELDS)
    if unknown:
        raise unknown_fields("An interview", unknown)
    one_of(changes.get("sex"), SEXES, QT_TRANSLATE_NOOP("Fields", "Sex"))
    one_of(changes.get("age_band"), AGE_BANDS, QT_TRANSLATE_NOOP("Fields", "Age band"))
    one_of(changes.get("entry_channel"), ENTRY_CHANNELS, QT_TRANSLATE_NOOP("Fields", "Entry channel"))
    one_of(changes.get("social_security") or None, SOCIAL_SECURITY,
           QT_TRANSLATE_NOOP("Fields", "Social Security registration"))
    if "social_security" in changes:
        changes["social_security"] = changes["social_security"] or None
    if "age" in changes:
        changes["age"] = non_negative(changes["age"], QT_TRANSLATE_NOOP("Fields", "Age"))
        if changes["age"] is not None and changes["age"] > 100:
            raise ValidationError(QT_TRANSLATE_NOOP("InterviewErrors", "Age must be below 100."))
    if changes.get("daily_wage") not in (None, ""):
        try:
            changes["daily_wage"] = float(changes["daily_wage"])
        except (TypeError, ValueError):
            raise ValidationError(QT_TRANSLATE_NOOP("InterviewErrors", "Daily wage must be a number (got {value})."),
                                  value=repr(changes["daily_wage"])) from None
    for indicator in changes.get("indicators") or []:
        one_of(indicator, FORCED_LABOUR_INDICATORS, QT_TRANSLATE_NOOP("Fields", "Forced-labour indicator"))
    for key in NOTE_FIELDS:
        if key in changes:
            changes[key] = clean_text(changes[key])
    return changes


def save_interview(store: Store, inspection_id: str, interview_id: str | None = None, *,
                   worker_code: str | None = None, **changes: Any) -> ChangeSet:
    """Create (no id: `created("worker_interviews")` is the new id) or update an interview.

    Notes need consent and a private setting with the employer absent.

    `documents` (a list of {"type", "held_by", ...}) sets the interview's worker documents
    (services/documents.py); the interview's own old `documents` column is no longer written.
    """
    changes = _validate(dict(changes))
    documents = changes.pop("documents", None)
    with store.unit_of_work() as uow:
        inspection = editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        if interview_id:
            interview = uow.get(WorkerInterview, interview_id, "interview")
        else:
            count = uow.session.scalar(
                select(func.count()).select_from(WorkerInterview).where(WorkerInterview.inspection_id == inspection.id)
            ) or 0
            interview = WorkerInterview(inspection_id=inspection.id, worker_code=worker_code or f"W-{count + 1:02d}",
                                        documents=[], indicators=[], interviewed_at=utcnow())
        if worker_code and interview_id:
            interview.worker_code = worker_code
        if changes.get("interpreter_id"):
            uow.get(LanguageCoordinator, changes["interpreter_id"], "language coordinator")
        for key, value in changes.items():
            setattr(interview, key, value)
        writes_notes = any(changes.get(k) for k in NOTE_FIELDS)
        if writes_notes and not (interview.consent and interview.private_setting and interview.employer_absent):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "InterviewErrors", "Interview notes can be recorded only after the worker has consented and the "
                                   "interview is private with the employer absent."))
        uow.save(interview)
        if documents is not None:
            set_holders(uow, interview, documents)
    return uow.changes


def add_interpreter_note(store: Store, inspection_id: str, *, source_language: str, target_language: str,
                         original: str, translation: str | None = None, coordinator_id: str | None = None,
                         interview_id: str | None = None, noted_at: datetime | None = None) -> ChangeSet:
    """A new interpreter note; `created("interpreter_notes")` is its id."""
    original = clean_text(original) or ""
    if not original:
        raise ValidationError(NOTE_NEEDS_ORIGINAL)
    with store.unit_of_work() as uow:
        inspection = editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        if coordinator_id:
            uow.get(LanguageCoordinator, coordinator_id, "language coordinator")
        if interview_id:
            uow.get(WorkerInterview, interview_id, "interview")
        note = InterpreterNote(inspection_id=inspection.id, interview_id=interview_id, coordinator_id=coordinator_id,
                               source_language=source_language, target_language=target_language, original=original,
                               translation=clean_text(translation), noted_at=noted_at or utcnow())
        uow.save(note, "create")
    return uow.changes


def update_interpreter_note(store: Store, note_id: str, **changes: Any) -> ChangeSet:
    allowed = {"source_language", "target_language", "original", "translation", "coordinator_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise unknown_fields("An interpreter note", unknown)
    with store.unit_of_work() as uow:
        note = uow.get(InterpreterNote, note_id, "interpreter note")
        editable(uow, uow.get(Inspection, note.inspection_id, "inspection"))
        for key, value in changes.items():
            setattr(note, key, clean_text(value) if key in ("original", "translation") else value)
        if not note.original:
            raise ValidationError(NOTE_NEEDS_ORIGINAL)
        uow.save(note)
    return uow.changes
