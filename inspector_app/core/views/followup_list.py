"""The follow-up worklist a page at a time, for the Follow-ups page (what `followups.worklist` lists whole).

This laptop's open findings with a deadline up to the horizon, and its planned follow-up visits not
made yet, are ordered by the database; what HQ published for the establishment files lives as JSON
visit summaries the database cannot order or filter, and a published finding's status needs this
laptop's signed verifications, so those rows are worked out in Python and merged by the same key
(a laptop holds tens of thousands of its own due rows, and far fewer of other laptops' visits still
due in its provinces). A (re)load keeps only the merged order, as one number a row, and the counts
by district; rows are read a page at a time from it.

Ordered by what is due, the rows are in the order of the titles a screen in the query's language shows
(`finding_titles.in_language`): the database orders by them through `finding_titles.ordered_by_title`,
and HQ's rows are merged by the same rule.
"""

from __future__ import annotations

import heapq
import json
from array import array
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Select, String, func, literal, literal_column, select, type_coerce
from sqlalchemy.sql.elements import BindParameter

from .. import published
from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..models import Establishment, Finding, FindingVerification, Inspection
from ..text_order import COLLATION, sort_key
from . import finding_titles
from .common import PAGE_SIZE, Page, small_cache
from .followups import DEFAULT_WITHIN_DAYS, HQ, LAPTOP, published_due

if TYPE_CHECKING:
    from ..store import Store

SortKey = Literal["due", "item", "establishment", "earlier"]
SORT_KEYS: tuple[SortKey, ...] = ("due", "item", "establishment", "earlier")
VISIT, FINDING = "visit", "finding"
_RANK = {VISIT: 0, FINDING: 1}  # on the same day a planned visit comes before the findings it would verify
_SIGNED = ("signed", "submitted", "approved")


@dataclass(frozen=True, slots=True)
class WorklistQuery:
    """What the list shows: due up to `within_days` from `today` (or overdue only), in one district or all."""

    today: date
    within_days: int = DEFAULT_WITHIN_DAYS
    overdue_only: bool = False
    district: str | None = None
    sort: SortKey = "due"
    descending: bool = False
    language: str = "th"  # the screen's: ordered by what is due, the rows are in the order of its titles

    def __post_init__(self) -> None:
        if not 0 <= self.within_days <= 3650:
            raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "Look ahead {low} to {high} days."),
                                  low=0, high=3650)
        if self.district is not None and not (len(self.district) == 4 and self.district.isdigit()):
            raise ValidationError(QT_TRANSLATE_NOOP("FollowUpErrors", "A district is a four-digit DOPA code, e.g. "
                                                                      "6306 for Mae Sot (got {value})."),
                                  value=repr(self.district))

    @property
    def horizon(self) -> date:
        return self.today - timedelta(days=1) if self.overdue_only else self.today + timedelta(days=self.within_days)


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One line of the list: a finding due, or a planned follow-up visit."""

    kind: str  # "finding" | "visit"
    due: date
    days_overdue: int  # negative: days left
    severity: str
    title_th: str | None
    title_en: str | None
    open_findings: int  # a visit: its findings still open
    name_th: str
    name_en: str | None
    district_code: str | None
    earlier_inspection_id: str  # the visit a follow-up would follow
    earlier_reference: str
    earlier_visit_date: str
    source: str  # "laptop" or "hq"
    finding_id: str | None
    follow_up_id: str | None  # a follow-up visit on this laptop already verifying it
    establishment_id: str | None  # this laptop's record, if it has one
    # A finding's title in every language its checklist has, while it is the checklist's words
    # (`finding_titles.matching`): Burmese, Khmer and Lao screens show it as the editor does.
    title_labels: Mapping[str, str] | None = None

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def row_id(self) -> str:
        return self.finding_id or self.earlier_inspection_id


@dataclass(frozen=True, slots=True)
class DueCounts:
    findings: int = 0
    visits: int = 0
    overdue: int = 0

    def __add__(self, other: DueCounts) -> DueCounts:
        return DueCounts(self.findings + other.findings, self.visits + other.visits, self.overdue + other.overdue)

    @property
    def rows(self) -> int:
        return self.findings + self.visits


def sort_values(item: WorkItem, query: WorklistQuery) -> tuple[Any, ...]:
    """A row's key in the list's order, as stored values (compared with `_comparable`, or by SQL)."""
    sort = query.sort
    rest = (item.due.isoformat(), _RANK[item.kind], item.earlier_reference, item.row_id)
    if sort == "item":  # the title shown in the query's language, as `finding_titles.ordered_by_title` gives it
        return (item.severity, finding_titles.in_language(query.language, item.title_th, item.title_en,
                                                          item.title_labels), *rest)
    if sort == "establishment":
        return (item.name_th, *rest)
    if sort == "earlier":
        return (item.earlier_reference, *rest)
    return rest


def _collated(sort: SortKey) -> int | None:
    """Which place of the key is a name compared as people read it (SQL: COLLATE text_order)."""
    return {"item": 1, "establishment": 0}.get(sort)


def _comparable(values: tuple[Any, ...], sort: SortKey) -> tuple[Any, ...]:
    at = _collated(sort)
    if at is None:
        return values
    return (*values[:at], (sort_key(values[at]), values[at]), *values[at + 1:])


# -- reads ------------------------------------------------------------------------------------------
#
# A (re)load reads the order of every matching row once, in one pass over the due rows (the database
# sorts them), and keeps it as one array of numbers: a finding's or a visit's rowid, or the place of
# one of HQ's rows. Pages are then read by rowid, a few milliseconds each wherever the user scrolls.
# Rowids change only when a database is vacuumed, which the laptop never does, and an order lives
# only until the next change notice reloads it.

_FINDING, _VISIT, _HQ = 0, 1, 2
CHUNK = 2000  # rows read by rowid in one statement (SQLite binds at most 32,766 values)


@dataclass(frozen=True, slots=True)
class Order:
    """The list's rows in order, as numbers (8 bytes a row), with HQ's rows they point to."""

    entries: array[int] = field(default_factory=lambda: array("q"))
    published: tuple[WorkItem, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)


@dataclass(frozen=True, slots=True)
class WorklistPage(Page[WorkItem]):
    """A page of the list; the first page of a (re)load also carries its order and the counts by district."""

    by_district: tuple[tuple[str | None, DueCounts], ...] = ()
    order: Order = field(default_factory=Order)

    def counts(self, district: str | None = None) -> DueCounts:
        total = DueCounts()
        for code, counts in self.by_district:
            if district is None or code == district:
                total = total + counts
        return total


def first_page(store: Store, query: WorklistQuery, limit: int = PAGE_SIZE) -> WorklistPage:
    """The list's order, the rows due in every district (the filter offers those) and the first rows."""
    with store.session() as session:
        titles = finding_titles.ordered_by_title(session, query.language) if query.sort == "item" else nullcontext()
        with small_cache(session), titles as title:
            order, by_district = _order(session, query, title)
        rows = _rows(session, query, order, 0, limit)
    return WorklistPage(rows, 0, len(order), None, by_district, order)


def next_page(store: Store, query: WorklistQuery, order: Order, offset: int, limit: int = PAGE_SIZE) -> WorklistPage:
    with store.session() as session:
        return WorklistPage(_rows(session, query, order, offset, limit), offset)


def _order(session: Any, query: WorklistQuery, title: Any) -> tuple[Order, tuple[tuple[str | None, DueCounts], ...]]:
    """`title`: ordered by what is due, a finding's title as the screen shows it, a column the database orders by."""
    hq, followed = _published(session, query)
    hq_sorted = sorted(range(len(hq)), key=lambda n: _comparable(sort_values(hq[n], query), query.sort),
                       reverse=query.descending)
    finding_key = _key_columns(query, FINDING, Finding.deadline, Inspection.reference, Finding.id, Finding.severity,
                               title, Establishment.name_th)
    visit_key = _key_columns(query, VISIT, Inspection.follow_up_date, Inspection.reference, Inspection.id,
                             literal(""), literal(""), Establishment.name_th)
    place = (Establishment.district_code,)
    findings = (select(literal_column("findings.rowid"), Finding.deadline < query.today, *place, *finding_key)
                .join(Inspection, Inspection.id == Finding.inspection_id)
                .join(Establishment, Establishment.id == Inspection.establishment_id).where(*_due_findings(query)))
    visits = (select(literal_column("inspections.rowid"), Inspection.follow_up_date < query.today, *place,
                     *visit_key)
              .join(Establishment, Establishment.id == Inspection.establishment_id)
              .where(*_due_visits(query, followed)))
    streams = [
        ((_FINDING, r[0], bool(r[1]), r[2], tuple(r[3:])) for r in
         session.execute(_ordered(findings, query, finding_key), execution_options={"yield_per": 2000})),
        ((_VISIT, r[0], bool(r[1]), r[2], tuple(r[3:])) for r in
         session.execute(_ordered(visits, query, visit_key), execution_options={"yield_per": 2000})),
        ((_HQ, n, hq[n].overdue, hq[n].district_code, sort_values(hq[n], query)) for n in hq_sorted),
    ]
    entries = array("q")
    counts: dict[str | None, list[int]] = {}
    merged = heapq.merge(*streams, key=lambda e: _comparable(e[4], query.sort), reverse=query.descending)
    for kind, number, overdue, district, _key in merged:
        found = counts.setdefault(district, [0, 0, 0])
        is_visit = kind == _VISIT or (kind == _HQ and hq[number].kind == VISIT)
        found[1 if is_visit else 0] += 1
        found[2] += overdue
        if query.district is None or district == query.district:
            entries.append(number * 3 + kind)
    by_district = tuple((d, DueCounts(*c)) for d, c in counts.items())
    return Order(entries, tuple(hq)), by_district


def _rows(session: Any, query: WorklistQuery, order: Order, offset: int, limit: int) -> tuple[WorkItem, ...]:
    rows: list[WorkItem] = []
    end = min(len(order), offset + limit)
    for start in range(offset, end, CHUNK):  # a refresh after the user scrolled far: many rows, in bounded reads
        rows += _chunk(session, query, order, order.entries[start:min(end, start + CHUNK)])
    return tuple(rows)


def _chunk(session: Any, query: WorklistQuery, order: Order, wanted: array[int]) -> list[WorkItem]:
    findings = _findings(session, query, [e // 3 for e in wanted if e % 3 == _FINDING])
    visits = _visits(session, query, [e // 3 for e in wanted if e % 3 == _VISIT])
    rows: list[WorkItem] = []
    for entry in wanted:
        number, kind = divmod(entry, 3)
        found = order.published[number] if kind == _HQ else (findings if kind == _FINDING else visits).get(number)
        if found is not None:  # gone since the order was read: the change notice reloads it
            rows.append(found)
    return rows


def _key_columns(query: WorklistQuery, kind: str, due: Any, reference: Any, row_id: Any, severity: Any, title: Any,
                 name: Any) -> list[Any]:
    rest = [type_coerce(due, String), literal(_RANK[kind]), reference, row_id]  # ISO text, as sort_values has it
    if query.sort == "item":
        return [severity, title.collate(COLLATION), *rest]
    if query.sort == "establishment":
        return [name.collate(COLLATION), *rest]
    if query.sort == "earlier":
        return [reference, *rest]
    return rest


def _ordered(statement: Select[Any], query: WorklistQuery, key: list[Any]) -> Select[Any]:
    ordered = [k for k in key if not isinstance(k, BindParameter)]  # a kind's constant rank orders nothing
    return statement.order_by(*(k.desc() if query.descending else k.asc() for k in ordered))


def _due_findings(query: WorklistQuery) -> list[Any]:
    return [Finding.status == "open", Finding.deadline.is_not(None), Finding.deadline <= query.horizon]


def _due_visits(query: WorklistQuery, followed: frozenset[str]) -> list[Any]:
    made_here = select(Inspection.previous_inspection_id).where(Inspection.previous_inspection_id.is_not(None))
    where = [Inspection.follow_up_date.is_not(None), Inspection.follow_up_date <= query.horizon,
             Inspection.id.not_in(made_here.scalar_subquery())]
    if followed:  # one bound JSON list however many: a visit another laptop made to follow one of ours
        listed = func.json_each(json.dumps(sorted(followed))).table_valued("value").c.value
        where.append(Inspection.id.not_in(select(listed).scalar_subquery()))
    return where


_EDITED = ("title",)


def _findings(session: Any, query: WorklistQuery, rowids: list[int]) -> dict[int, WorkItem]:
    if not rowids:
        return {}
    rows = session.execute(
        select(literal_column("findings.rowid"), Finding.id, Finding.inspection_id, Finding.severity, Finding.title_th,
               Finding.title_en, Finding.deadline, Inspection.reference, Inspection.visit_date, Establishment.id,
               Establishment.name_th, Establishment.name_en, Establishment.district_code, Finding.item_code,
               finding_titles.TITLE_EDITED, Inspection.template_id, finding_titles.ADDONS)
        .join(Inspection, Inspection.id == Finding.inspection_id)
        .join(Establishment, Establishment.id == Inspection.establishment_id)
        .where(literal_column("findings.rowid").in_(rowids), *_due_findings(query))).all()
    verifying = _verifying(session, [r[1] for r in rows])
    # The templates of the page's inspections, each set of versions read once (kept for the process).
    titles = finding_titles.for_template_sets(session, {(r[15], r[16]): finding_titles.template_set(r[15], r[16])
                                                        for r in rows if r[13]})
    labels: dict[tuple[Any, ...], Mapping[str, str] | None] = {}  # a page repeats the same few titles

    def title_labels(key: tuple[Any, ...]) -> Mapping[str, str] | None:
        if key not in labels:
            labels[key] = finding_titles.matching(titles[key[0]], *key[1:4], _EDITED if key[4] else ())
        return labels[key]

    return {rowid: WorkItem(FINDING, deadline, (query.today - deadline).days, severity, title_th, title_en, 0, name_th,
                            name_en, district, inspection_id, reference, visit_date.isoformat(), LAPTOP, finding_id,
                            verifying.get(finding_id), establishment_id,
                            title_labels(((base, addons), item_code, title_th, title_en, edited)) if item_code else None)
            for (rowid, finding_id, inspection_id, severity, title_th, title_en, deadline, reference, visit_date,
                 establishment_id, name_th, name_en, district, item_code, edited, base, addons) in rows}


def _visits(session: Any, query: WorklistQuery, rowids: list[int]) -> dict[int, WorkItem]:
    if not rowids:
        return {}
    rows = session.execute(
        select(literal_column("inspections.rowid"), Inspection.id, Inspection.reference, Inspection.visit_date,
               Inspection.follow_up_date, Establishment.id, Establishment.name_th, Establishment.name_en,
               Establishment.district_code)
        .join(Establishment, Establishment.id == Inspection.establishment_id)
        .where(literal_column("inspections.rowid").in_(rowids), Inspection.follow_up_date.is_not(None))).all()
    still_open = dict(session.execute(
        select(Finding.inspection_id, func.count()).where(Finding.inspection_id.in_([r[1] for r in rows]),
                                                          Finding.status == "open")
        .group_by(Finding.inspection_id)).all())
    return {rowid: WorkItem(VISIT, planned, (query.today - planned).days, "", None, None,
                            still_open.get(inspection_id, 0), name_th, name_en, district, inspection_id, reference,
                            visit_date.isoformat(), LAPTOP, None, None, establishment_id)
            for (rowid, inspection_id, reference, visit_date, planned, establishment_id, name_th, name_en,
                 district) in rows}


def _published(session: Any, query: WorklistQuery) -> tuple[list[WorkItem], frozenset[str]]:
    """HQ's rows due up to the horizon in every district (the same rules as `followups.worklist`)."""
    visits = published.all_visits(session)
    if not visits:
        return [], frozenset()
    local = set(session.scalars(select(Inspection.id).where(Inspection.id.in_([v.item_id for v in visits]))))
    followed = frozenset(str(v.data["previous_inspection_id"]) for v in visits
                         if (v.data or {}).get("previous_inspection_id"))
    made_here = set(session.scalars(select(Inspection.previous_inspection_id)
                                    .where(Inspection.previous_inspection_id.is_not(None))))
    rows: list[WorkItem] = []
    titles: finding_titles.Titles | None = None  # read once, if HQ published any finding due
    for due in published_due(session, visits, query.horizon, local, followed | made_here):
        item, data, described = due.item, due.item.data or {}, due.item.establishment or {}
        name_th, name_en = str(described.get("name_th") or ""), described.get("name_en")
        district = described.get("district_code")
        reference, visit_date = str(data.get("reference") or ""), str(data.get("visit_date") or "")
        for f, deadline in due.findings:
            titles = finding_titles.any_version(session) if titles is None else titles
            rows.append(WorkItem(FINDING, deadline, (query.today - deadline).days, str(f.get("severity") or ""),
                                 f.get("title_th"), f.get("title_en"), 0, name_th, name_en, district, item.item_id,
                                 reference, visit_date, HQ, str(f["id"]), None, due.establishment_id,
                                 finding_titles.matching(titles, _text(f.get("item_code")), _text(f.get("title_th")),
                                                         _text(f.get("title_en")))))
        if due.planned is not None:
            rows.append(WorkItem(VISIT, due.planned, (query.today - due.planned).days, "", None, None, due.still_open,
                                 name_th, name_en, district, item.item_id, reference, visit_date, HQ, None, None,
                                 due.establishment_id))
    verifying = _verifying(session, [r.finding_id for r in rows if r.finding_id])
    rows = [_with_follow_up(r, verifying.get(r.finding_id or "")) for r in rows]
    return rows, followed


def _text(value: Any) -> str | None:
    """A published value that should be text, or None (HQ's summaries are read as JSON)."""
    return value if isinstance(value, str) else None


def _verifying(session: Any, finding_ids: list[str]) -> dict[str, str]:
    if not finding_ids:
        return {}
    return dict(session.execute(
        select(FindingVerification.finding_id, FindingVerification.inspection_id)
        .join(Inspection, Inspection.id == FindingVerification.inspection_id)
        .where(FindingVerification.finding_id.in_(finding_ids), Inspection.status.not_in(_SIGNED))).all())


def _with_follow_up(item: WorkItem, follow_up_id: str | None) -> WorkItem:
    if follow_up_id is None:
        return item
    return replace(item, follow_up_id=follow_up_id)
