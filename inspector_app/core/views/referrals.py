"""Referrals as a page lists them (by status, establishment and age) and as the referral editor shows one."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypeVar

from sqlalchemy import Select, case, func, literal_column, select
from sqlalchemy.orm import Bundle

from ..models import Establishment, Finding, Inspection, Referral, WorkerInterview
from ...i18n.dates import to_local
from ..store import Store
from ..text_order import COLLATION
from ..types import utcnow
from ..vocab import REFERRAL_STATUSES
from . import finding_titles
from .common import PAGE_SIZE, Page, small_cache

__all__ = ["ReferralDetail", "ReferralPage", "ReferralQuery", "ReferralRow", "WorkerChoice", "first_page",
           "list_referrals", "next_page", "referral_counts", "referral_detail"]


def local_today() -> date:
    """Today in Bangkok (or the user's zone), as services.referrals.today counts it."""
    return to_local(utcnow()).date()


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReferralRow:
    id: str
    inspection_id: str
    reference: str
    visit_date: date
    establishment_id: str
    establishment_name: str
    finding_id: str | None
    finding_title: str | None
    severity: str | None
    receiving_body: str
    status: str
    referral_date: date
    sent_on: date | None
    accepted_on: date | None
    closed_on: date | None
    case_number: str | None
    contact_name: str | None
    worker_codes: tuple[str, ...]
    age_days: int  # from the referral date to today, or to its closing
    days_in_status: int  # since its last step
    outcome: str | None = None
    # The finding's title in each language (`finding_title` is the Thai, else the English): screens name it
    # with `title_labels` on Burmese, Khmer and Lao screens, as the editor does (`finding_titles.matching`).
    finding_title_th: str | None = None
    finding_title_en: str | None = None
    finding_title_labels: Mapping[str, str] | None = None

    @property
    def open(self) -> bool:
        return self.status != "closed"


def _since(day: date | None, until: date) -> int:
    return max(0, (until - day).days) if day else 0


def _statuses(status: str | Iterable[str] | None) -> list[str]:
    return [status] if isinstance(status, str) else list(status) if status is not None else list(REFERRAL_STATUSES)


def _select(statuses: list[str]) -> Select[Any]:
    """Only the columns shown, as plain rows (whole rows of 20,000 referrals held about 50 MB more)."""
    shown = (Referral.id, Referral.inspection_id, Referral.finding_id, Referral.receiving_body, Referral.status,
             Referral.referral_date, Referral.sent_on, Referral.accepted_on, Referral.closed_on, Referral.case_number,
             Referral.contact_name, Referral.interview_ids, Referral.outcome)
    return (select(Bundle("referral", *shown), Inspection.reference, Inspection.visit_date, Establishment.id,
                   Establishment.name_th, Finding.title_th, Finding.title_en, Finding.severity, Finding.item_code,
                   Finding.edited_texts, Inspection.template_id, finding_titles.ADDONS)
            .join(Inspection, Inspection.id == Referral.inspection_id)
            .join(Establishment, Establishment.id == Inspection.establishment_id)
            .outerjoin(Finding, Finding.id == Referral.finding_id)
            .where(Referral.status.in_(statuses)))


def _worker_codes(session: Any, statement: Select[Any]) -> dict[str, str]:
    interview_ids = {i for (ids,) in session.execute(statement.with_only_columns(Referral.interview_ids))
                     for i in ids or []}
    return dict(session.execute(select(WorkerInterview.id, WorkerInterview.worker_code)
                                .where(WorkerInterview.id.in_(interview_ids))).all()) if interview_ids else {}


def _rows(found: Iterable[Any], codes: dict[str, str], today: date, session: Any) -> Iterator[ReferralRow]:
    shared: dict[object, object] = {}  # one copy of each name, title and word that thousands of rows repeat

    def one(value: T) -> T:
        return shared.setdefault(value, value)  # type: ignore[return-value]

    titles: dict[tuple[str, ...], finding_titles.Titles] = {}  # by the set of template versions, read once each
    for (referral, reference, visit, est_id, est_name, title_th, title_en, severity, item_code, edited, base,
         addons) in found:
        labels = None
        if item_code:
            used = finding_titles.template_set(base, addons)
            if used not in titles:
                titles[used] = finding_titles.template_titles(session, used)
            labels = finding_titles.matching(titles[used], item_code, title_th, title_en, edited)
        end = referral.closed_on or today
        last_step = referral.closed_on or referral.accepted_on or referral.sent_on or referral.referral_date
        yield ReferralRow(
            referral.id, one(referral.inspection_id), one(reference), one(visit), one(est_id), one(est_name),
            referral.finding_id, one(title_th or title_en), one(severity), one(referral.receiving_body),
            one(referral.status), one(referral.referral_date), one(referral.sent_on), one(referral.accepted_on),
            one(referral.closed_on), referral.case_number, one(referral.contact_name),
            tuple(sorted(codes[i] for i in referral.interview_ids or [] if i in codes)),
            _since(referral.referral_date, end), _since(last_step, today), referral.outcome, one(title_th),
            one(title_en), labels)


def list_referrals(store: Store, *, status: str | Iterable[str] | None = None, establishment_id: str | None = None,
                   inspection_id: str | None = None, older_than_days: int | None = None,
                   today: date | None = None) -> list[ReferralRow]:
    """Referrals, oldest open first (closed ones last). `older_than_days` keeps those whose age is
    at least that many days; `status` one status or several."""
    today = today or local_today()
    query = _select(_statuses(status))
    if establishment_id is not None:
        query = query.where(Establishment.id == establishment_id)
    if inspection_id is not None:
        query = query.where(Referral.inspection_id == inspection_id)
    with store.session() as session:
        # The workers' codes first, then the rows streamed: all rows fetched at once doubled the peak.
        codes = _worker_codes(session, query)
        found = session.execute(query.execution_options(yield_per=2000))
        rows = [r for r in _rows(found, codes, today, session) if older_than_days is None or r.age_days >= older_than_days]
    rows.sort(key=lambda r: (not r.open, r.referral_date, r.reference, r.id))
    return rows


# -- the Referrals page: a page at a time ------------------------------------------------------------
#
# A (re)load reads the order of the referrals the filter lets through once (the database sorts them)
# and keeps it as one array of rowids (8 bytes a referral); pages are read by rowid wherever the user
# scrolls. Rowids change only when a database is vacuumed, which the laptop never does, and an order
# lives only until the next change notice reloads it.

ReferralSort = Literal["referral_date", "receiving_body", "case_number", "status", "outcome", "inspection",
                       "establishment", "workers"]


@dataclass(frozen=True, slots=True)
class ReferralQuery:
    """Referrals of these statuses (None: all), open ones first and oldest first unless sorted by a column."""

    statuses: tuple[str, ...] | None = None
    sort: ReferralSort | None = None
    descending: bool = False
    bodies: tuple[str, ...] = ()  # receiving bodies in the order of their names on screen, to sort by them
    today: date | None = None


@dataclass(frozen=True, slots=True)
class ReferralPage(Page[ReferralRow]):
    order: array[int] = field(default_factory=lambda: array("q"))  # the first page's: every referral's rowid


def first_page(store: Store, query: ReferralQuery, limit: int = PAGE_SIZE) -> ReferralPage:
    """The order of every referral the query lets through, and the first rows (`matching`: how many)."""
    rowid = literal_column("referrals.rowid")
    statement = _select(_statuses(query.statuses))
    with store.session() as session:
        with small_cache(session):
            order = array("q", (r for (r,) in session.execute(statement.with_only_columns(rowid)
                                                              .order_by(*_order(query)),
                                                              execution_options={"yield_per": 5000})))
        rows = _page_rows(session, query, order, 0, limit)
    return ReferralPage(rows, 0, len(order), None, order)


def next_page(store: Store, query: ReferralQuery, order: array[int], offset: int,
              limit: int = PAGE_SIZE) -> ReferralPage:
    with store.session() as session:
        return ReferralPage(_page_rows(session, query, order, offset, limit), offset)


CHUNK = 2000  # referrals read by rowid in one statement (SQLite binds at most 32,766 values)


def _page_rows(session: Any, query: ReferralQuery, order: array[int], offset: int,
               limit: int) -> tuple[ReferralRow, ...]:
    rows: list[ReferralRow] = []
    end = min(len(order), offset + limit)
    for start in range(offset, end, CHUNK):  # a refresh after the user scrolled far: many rows, in bounded reads
        rows += _chunk(session, query, list(order[start:min(end, start + CHUNK)]))
    return tuple(rows)


def _chunk(session: Any, query: ReferralQuery, wanted: list[int]) -> list[ReferralRow]:
    rowid = literal_column("referrals.rowid")
    statement = _select(_statuses(query.statuses)).where(rowid.in_(wanted))
    codes = _worker_codes(session, statement)
    found = session.execute(statement.add_columns(rowid)).all()
    by_rowid = dict(zip((r[-1] for r in found),
                        _rows((r[:-1] for r in found), codes, query.today or local_today(), session), strict=True))
    return [by_rowid[r] for r in wanted if r in by_rowid]  # one gone since: the change notice reloads


def _order(query: ReferralQuery) -> list[Any]:
    """The list's order: open ones first, oldest first; sorted by a column, that column first."""
    usual = [(Referral.status == "closed").asc(), Referral.referral_date.asc(), Inspection.reference.asc(),
             Referral.id.asc()]
    if query.sort is None:
        return usual
    keys: dict[str, list[Any]] = {
        "referral_date": [Referral.referral_date],
        "receiving_body": [case({b: n for n, b in enumerate(query.bodies)}, value=Referral.receiving_body,
                                else_=len(query.bodies)), Referral.receiving_body] if query.bodies
        else [Referral.receiving_body],
        "case_number": [func.coalesce(Referral.case_number, "")],
        "status": [case({s: n for n, s in enumerate(REFERRAL_STATUSES)}, value=Referral.status, else_=99)],
        "outcome": [func.coalesce(Referral.outcome, "")],
        "inspection": [Inspection.visit_date, Inspection.reference],
        "establishment": [Establishment.name_th.collate(COLLATION)],
        "workers": [func.coalesce(_first_worker(), "")],
    }
    # Among equals, the usual order (as a stable sort of the usual list would leave them).
    return [k.desc() if query.descending else k.asc() for k in keys[query.sort]] + usual


def _first_worker() -> Any:
    named = func.json_each(Referral.interview_ids).table_valued("value").c.value
    return (select(func.min(WorkerInterview.worker_code)).where(WorkerInterview.id.in_(select(named)))
            .scalar_subquery())


def referral_counts(store: Store) -> dict[str, dict[str, int]]:
    """{receiving body: {status: count}} over every referral on this laptop."""
    counts: dict[str, dict[str, int]] = {}
    with store.session() as session:
        for body, state in session.execute(select(Referral.receiving_body, Referral.status)):
            by_status = counts.setdefault(body, dict.fromkeys(REFERRAL_STATUSES, 0))
            by_status[state] = by_status.get(state, 0) + 1
    return counts


@dataclass(frozen=True)
class WorkerChoice:
    """A worker interviewed in the inspection, by code only: what a referral may name."""

    interview_id: str
    worker_code: str
    has_indicators: bool


@dataclass(frozen=True)
class ReferralDetail:
    """One referral with everything its editor shows and may change."""

    row: ReferralRow
    contact_phone: str | None
    contact_notes: str | None
    interview_ids: tuple[str, ...]
    workers: tuple[WorkerChoice, ...]  # every coded worker of the inspection, by code
    inspection_status: str

    @property
    def last_step_on(self) -> date:
        """The day of its latest step: a next step may not be dated before it."""
        r = self.row
        return r.closed_on or r.accepted_on or r.sent_on or r.referral_date


def referral_detail(store: Store, referral_id: str, *, today: date | None = None) -> ReferralDetail | None:
    """The referral for its editor, or None when it is not (or no longer) on this laptop."""
    with store.session() as session:
        found = session.execute(select(Referral, Inspection.status)
                                .join(Inspection, Inspection.id == Referral.inspection_id)
                                .where(Referral.id == referral_id)).first()
        if found is None:
            return None
        referral, inspection_status = found
        workers = tuple(WorkerChoice(r.id, r.worker_code, bool(r.indicators)) for r in session.execute(
            select(WorkerInterview.id, WorkerInterview.worker_code, WorkerInterview.indicators)
            .where(WorkerInterview.inspection_id == referral.inspection_id).order_by(WorkerInterview.worker_code)))
        contact_phone, contact_notes = referral.contact_phone, referral.contact_notes
        interview_ids, inspection_id = tuple(referral.interview_ids or ()), referral.inspection_id
    rows = [r for r in list_referrals(store, inspection_id=inspection_id, today=today) if r.id == referral_id]
    if not rows:
        return None
    return ReferralDetail(rows[0], contact_phone, contact_notes, interview_ids, workers, inspection_status)
