"""Worker documents as screens and reports show them (the number only to this laptop's own screens)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..models import WorkerDocument, WorkerInterview
from ..store import Store

__all__ = ["DocumentRow", "document_holders", "interview_documents"]


@dataclass(frozen=True)
class DocumentRow:
    id: str
    interview_id: str
    worker_code: str
    doc_type: str
    held_by: str | None
    number: str | None
    expires_on: date | None
    permit_status: str | None
    note: str | None

    def expired_on(self, day: date) -> bool:
        return self.expires_on is not None and self.expires_on < day


def interview_documents(store: Store, *, interview_id: str | None = None,
                        inspection_id: str | None = None) -> list[DocumentRow]:
    """The documents of one interview, or of every interview of an inspection (by worker code, then
    type), leaving out those recorded in error."""
    if (interview_id is None) == (inspection_id is None):
        raise ValueError("give an interview id or an inspection id")
    query = (select(WorkerDocument, WorkerInterview.worker_code)
             .join(WorkerInterview, WorkerInterview.id == WorkerDocument.interview_id)
             .where(WorkerDocument.removed.is_(False))
             .order_by(WorkerInterview.worker_code, WorkerDocument.doc_type, WorkerDocument.created_at))
    if interview_id is not None:
        query = query.where(WorkerDocument.interview_id == interview_id)
    else:
        query = query.where(WorkerDocument.inspection_id == inspection_id)
    with store.session() as session:
        return [DocumentRow(d.id, d.interview_id, code, d.doc_type, d.held_by, d.number, d.expires_on,
                            d.permit_status, d.note) for d, code in session.execute(query)]


def document_holders(store: Store, interview_id: str) -> dict[str, str | None]:
    """Who holds each type of document of an interview (the interview form's holder choices)."""
    holders: dict[str, str | None] = {}
    for row in interview_documents(store, interview_id=interview_id):
        holders.setdefault(row.doc_type, row.held_by)
    return holders
