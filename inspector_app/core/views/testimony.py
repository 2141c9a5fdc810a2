"""The Interviews and Interpreter notes tabs: what workers said. Always sensitive.

Each tab reads everything of its inspection at once (an inspection has a handful of
interviews and notes), so choosing one in the list needs no further read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..models import InspectionCoordinator, InterpreterNote, LanguageCoordinator, WorkerInterview
from ..text_order import COLLATION
from .documents import DocumentRow, interview_documents

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class Choice:
    """A record offered in a combo box: its id and the name shown."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Interview:
    id: str
    worker_code: str
    worker_name: str | None
    sex: str | None
    age: int | None
    nationality: str | None
    language: str | None
    entry_channel: str | None
    daily_wage: float | None
    interpreter_id: str | None
    documents: tuple[Mapping[str, Any], ...]  # {"type", "held_by"}: the worker's documents (worker_documents)
    consent: bool
    private_setting: bool
    employer_absent: bool
    indicators: tuple[str, ...]
    notes_original: str | None
    notes_translation: str | None
    social_security: str | None = None  # registered | not_registered | unknown; None: not asked


@dataclass(frozen=True, slots=True)
class InterviewsContent:
    interviews: tuple[Interview, ...]  # by worker code
    interpreters: tuple[Choice, ...]  # active language coordinators, by name
    documents: tuple[DocumentRow, ...] = ()  # every interview's documents (not those recorded in error)
    # What each coordinator interprets (ISO 639 codes), and who of them the wizard put on this inspection's
    # team (by name): a new interview starts with them, and their languages narrow the language lists.
    languages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    team: tuple[str, ...] = ()
    last_interview_id: str | None = None  # the interview added last


def _coordinators(session: Any, *, active_only: bool) -> tuple[Choice, ...]:
    query = select(LanguageCoordinator.id, LanguageCoordinator.full_name).order_by(
        LanguageCoordinator.full_name.collate(COLLATION), LanguageCoordinator.id)
    if active_only:
        query = query.where(LanguageCoordinator.active.is_(True))
    return tuple(Choice(r.id, r.full_name) for r in session.execute(query))


def _team(session: Any, inspection_id: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Every coordinator's languages (as the wizard recorded them for the team's), and the team's ids by name."""
    languages = {r.id: tuple(r.languages or ()) for r in session.execute(
        select(LanguageCoordinator.id, LanguageCoordinator.languages))}
    team = session.execute(
        select(InspectionCoordinator.coordinator_id, InspectionCoordinator.languages)
        .join(LanguageCoordinator, LanguageCoordinator.id == InspectionCoordinator.coordinator_id)
        .where(InspectionCoordinator.inspection_id == inspection_id)
        .order_by(LanguageCoordinator.full_name.collate(COLLATION), LanguageCoordinator.id)).all()
    for row in team:
        if row.languages:
            languages[row.coordinator_id] = tuple(row.languages)
    return languages, tuple(row.coordinator_id for row in team)


def interviews(store: Store, inspection_id: str) -> InterviewsContent:
    # Documents are records of their own since 0011 (the interview's old column is no longer written).
    document_rows = tuple(interview_documents(store, inspection_id=inspection_id))
    documents: dict[str, list[dict[str, Any]]] = {}
    for d in document_rows:
        documents.setdefault(d.interview_id, []).append({"type": d.doc_type, "held_by": d.held_by})
    with store.session() as session:
        rows = session.scalars(select(WorkerInterview).where(WorkerInterview.inspection_id == inspection_id)
                               .order_by(WorkerInterview.worker_code)).all()
        found = tuple(Interview(
            r.id, r.worker_code, r.worker_name, r.sex, r.age, r.nationality, r.language, r.entry_channel,
            r.daily_wage, r.interpreter_id, tuple(documents.get(r.id, ())), bool(r.consent),
            bool(r.private_setting), bool(r.employer_absent), tuple(r.indicators or ()), r.notes_original,
            r.notes_translation, r.social_security) for r in rows)
        languages, team = _team(session, inspection_id)
        last = max(rows, key=lambda r: (r.created_at, r.worker_code), default=None)
        return InterviewsContent(found, _coordinators(session, active_only=True), document_rows, languages=languages,
                                 team=team, last_interview_id=last.id if last is not None else None)


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    coordinator_id: str | None
    source_language: str
    target_language: str
    original: str
    translation: str | None
    noted_at: datetime


@dataclass(frozen=True, slots=True)
class NotesContent:
    notes: tuple[Note, ...]  # oldest first
    coordinators: tuple[Choice, ...]  # every language coordinator (older notes may name an inactive one)
    languages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # as in InterviewsContent
    team: tuple[str, ...] = ()


def interpreter_notes(store: Store, inspection_id: str) -> NotesContent:
    with store.session() as session:
        rows = session.execute(
            select(InterpreterNote.id, InterpreterNote.coordinator_id, InterpreterNote.source_language,
                   InterpreterNote.target_language, InterpreterNote.original, InterpreterNote.translation,
                   InterpreterNote.noted_at)
            .where(InterpreterNote.inspection_id == inspection_id).order_by(InterpreterNote.noted_at))
        notes = tuple(Note(*r) for r in rows)
        return NotesContent(notes, _coordinators(session, active_only=False), *_team(session, inspection_id))
