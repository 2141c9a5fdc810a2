"""Statistics summed by visit month and district (`hq_stat_*`), kept exact by adding differences.

Each cube is defined once, as a query over the detail projection tables (`source`). The same
query serves three purposes, so the three can never disagree:

* kept in step: before and after a push changes the detail rows of some inspections, the query
  restricted to those inspections gives their old and new sums; the difference is added to the
  cube rows (`INSERT ... ON CONFLICT DO UPDATE SET n = n + excluded.n`, rows in key order, on
  PostgreSQL and SQLite alike), rows that fall to zero are removed. Every measure is additive
  per inspection (an inspection lies in one month and one district), "inspections with" included;
* rebuilt: the query over everything (`rebuild`), which the tests compare with the kept tables;
* read: a period's whole months from the cube rows of its area (a district's own rows, or the
  province's "*" rows), and the days at its edges from the query over the detail rows (`read`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    distinct,
    exists,
    func,
    literal,
    not_,
    select,
    union,
    union_all,
)

from .bulk import postgres_type, sqlite_values
from .db import among_bound, planned_with_values
from .models import (
    ALL_DISTRICTS,
    HQFinding,
    HQFindingSection,
    HQIndicator,
    HQInspection,
    HQReferral,
    HQStatDeadlines,
    HQStatFollowUps,
    HQStatIndicators,
    HQStatInspections,
    HQStatReferrals,
    HQStatSections,
)

__all__ = ["CUBES", "UNRECORDED", "Area", "Cube", "apply_difference", "counted", "read", "reading", "rebuild",
           "sums_for"]

CHUNK = 400
SIGNED_OFF = ("signed", "submitted", "approved")  # reports.draft.FINAL_STATUSES, as HQ shows statuses
CELL = ("province_code", "district_code", "visit_month")
Where = Callable[[Any], list[Any]]  # model -> conditions on its rows
# The referrals cube's status for findings marked referred whose laptop sent no referral record (laptops
# not yet updated): counted apart, and said in words on the page and in the summary, never as a status.
UNRECORDED = "unrecorded"
REFERRED = "referred"


@dataclass(frozen=True)
class Cube:
    table: Table
    dims: tuple[str, ...]
    measures: tuple[str, ...]
    source: Callable[[Where, bool], Select[Any]]
    reads: frozenset[str]  # the detail tables `source` reads: a change elsewhere leaves the cube as it is

    @property
    def count(self) -> str:
        return self.measures[0]  # zero only when the row counts nothing


def _cell(model: Any, by_cell: bool) -> list[Any]:
    if not by_cell:
        return []
    return [func.coalesce(model.province_code, "").label("province_code"),
            func.coalesce(model.district_code, "").label("district_code"), model.visit_month.label("visit_month")]


def _dated(model: Any) -> Any:
    return model.visit_month.is_not(None)


def _inspections(where: Where, by_cell: bool) -> Select[Any]:
    i = HQInspection
    cell = _cell(i, by_cell)
    dims = [func.coalesce(i.sector, "").label("sector"), func.coalesce(i.visit_type, "").label("visit_type"),
            case((i.status.in_(SIGNED_OFF), 1), else_=0).label("signed_off")]
    return (select(*cell, *dims, func.count().label("inspections"), func.sum(i.findings).label("findings"),
                   *[func.sum(getattr(i, f"findings_s{n}")).label(f"findings_s{n}") for n in range(1, 5)],
                   func.sum(i.interviews).label("interviews"))
            .where(_dated(i), *where(i)).group_by(*cell, *dims))


def _sections(where: Where, by_cell: bool) -> Select[Any]:
    s, f = HQFindingSection, HQFinding
    cited = select(*_cell(s, by_cell), s.section.label("section"), func.coalesce(s.severity, "").label("severity")
                   ).where(_dated(s), *where(s))
    uncited = select(*_cell(f, by_cell), literal("-").label("section"), func.coalesce(f.severity, "").label("severity")
                     ).where(_dated(f), f.sections == 0, *where(f))
    both = union_all(cited, uncited).subquery()
    keys = [both.c[c] for c in (CELL if by_cell else ())] + [both.c.section, both.c.severity]
    return select(*keys, func.count().label("findings")).group_by(*keys)


def _indicators(where: Where, by_cell: bool) -> Select[Any]:
    v, f = HQIndicator, HQFinding
    told = select(*_cell(v, by_cell), v.inspection_id, v.indicator.label("indicator"), literal(1).label("w"),
                  literal(0).label("f")).where(_dated(v), *where(v))
    shown = select(*_cell(f, by_cell), f.inspection_id, f.indicator.label("indicator"), literal(0).label("w"),
                   literal(1).label("f")).where(_dated(f), f.indicator.is_not(None), *where(f))
    both = union_all(told, shown).subquery()
    cell = [both.c[c] for c in (CELL if by_cell else ())]
    per_inspection = (select(*cell, both.c.indicator, func.sum(both.c.w).label("workers"),
                             func.sum(both.c.f).label("findings"))
                      .group_by(*cell, both.c.inspection_id, both.c.indicator)).subquery()
    keys = [per_inspection.c[c] for c in (CELL if by_cell else ())] + [per_inspection.c.indicator]
    return select(*keys, func.count().label("inspections"), func.sum(per_inspection.c.workers).label("workers"),
                  func.sum(per_inspection.c.findings).label("findings")).group_by(*keys)


def _referrals(where: Where, by_cell: bool) -> Select[Any]:
    """Referral records by body and status, and (status UNRECORDED) findings marked referred that no
    record names: both lie with their inspection, so a push that brings the record moves the finding
    from one to the other within the sums of that inspection."""
    r, f = HQReferral, HQFinding
    cell = _cell(r, by_cell)
    dims = [func.coalesce(r.target, "").label("target"), r.status.label("status")]
    records = (select(*cell, *dims, func.count().label("referrals"),
                      func.count(distinct(r.inspection_id)).label("inspections"))
               .where(_dated(r), *where(r)).group_by(*cell, *dims))
    cell = _cell(f, by_cell)
    dims = [func.coalesce(f.referral_target, "").label("target"), literal(UNRECORDED).label("status")]
    recorded = exists().where(r.finding_id == f.id)
    unrecorded = (select(*cell, *dims, func.count().label("referrals"),
                         func.count(distinct(f.inspection_id)).label("inspections"))
                  .where(_dated(f), f.status == REFERRED, not_(recorded), *where(f))
                  .group_by(*cell, f.referral_target))
    both = union_all(records, unrecorded).subquery()
    return select(*[both.c[c.name] for c in both.c])


def _deadlines(where: Where, by_cell: bool) -> Select[Any]:
    f = HQFinding
    cell = _cell(f, by_cell)
    return (select(*cell, f.deadline.label("deadline"), func.count().label("findings"))
            .where(_dated(f), f.status == "open", f.deadline.is_not(None), *where(f)).group_by(*cell, f.deadline))


def _follow_ups(where: Where, by_cell: bool) -> Select[Any]:
    i = HQInspection
    cell = _cell(i, by_cell)
    return (select(*cell, i.follow_up_date.label("follow_up_date"), func.count().label("visits"))
            .where(_dated(i), i.follow_up_date.is_not(None), i.followed.is_(False), *where(i))
            .group_by(*cell, i.follow_up_date))


def _names(*models: Any) -> frozenset[str]:
    return frozenset(m.__tablename__ for m in models)


CUBES: dict[str, Cube] = {
    "inspections": Cube(HQStatInspections.__table__, ("sector", "visit_type", "signed_off"),
                        ("inspections", "findings", "findings_s1", "findings_s2", "findings_s3", "findings_s4",
                         "interviews"), _inspections, _names(HQInspection)),
    "sections": Cube(HQStatSections.__table__, ("section", "severity"), ("findings",), _sections,
                     _names(HQFindingSection, HQFinding)),
    "indicators": Cube(HQStatIndicators.__table__, ("indicator",), ("inspections", "workers", "findings"),
                       _indicators, _names(HQIndicator, HQFinding)),
    "referrals": Cube(HQStatReferrals.__table__, ("target", "status"), ("referrals", "inspections"), _referrals,
                      _names(HQReferral, HQFinding)),
    "deadlines": Cube(HQStatDeadlines.__table__, ("deadline",), ("findings",), _deadlines, _names(HQFinding)),
    "follow_ups": Cube(HQStatFollowUps.__table__, ("follow_up_date",), ("visits",), _follow_ups,
                       _names(HQInspection)),
}


def _check_reads() -> None:
    """`counted` looks for rows in the tables cubes read: a cube reading another table would be missed."""
    unknown = {t for cube in CUBES.values() for t in cube.reads} - set(_DETAIL_MODELS)
    if unknown:
        raise AssertionError(f"stat_cubes.counted does not look at {sorted(unknown)}")


def reading(tables: Iterable[str]) -> list[str]:
    """The cubes whose sums may change when rows of these detail tables change."""
    changed = set(tables)
    return [name for name, cube in CUBES.items() if cube.reads & changed]

Sums = dict[tuple[Any, ...], list[int]]


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_IDS = "inspection_ids"
# Each cube's query over the detail rows of some inspections (bound as _IDS), built once per database kind: a
# push asks for them twice per batch, and building them cost as much as running them.
_SCOPED: dict[tuple[str, str], Select[Any]] = {}
_HOLDING: dict[tuple[str, frozenset[str]], Any] = {}


def _inspection_column(model: Any) -> Any:
    return model.id if model is HQInspection else model.inspection_id


def _scoped(conn: Connection, name: str) -> Select[Any]:
    key = (conn.dialect.name, name)
    query = _SCOPED.get(key)
    if query is None:
        query = _SCOPED[key] = CUBES[name].source(
            lambda model: [among_bound(conn, _inspection_column(model), _IDS)], True)
    return query


_DETAIL_MODELS = {m.__tablename__: m for m in (HQInspection, HQFinding, HQFindingSection, HQIndicator, HQReferral)}


def _collect(conn: Connection, cube: Cube, query: Select[Any], by_cell: bool, into: Sums,
             params: dict[str, Any] | None = None) -> None:
    width = len(CELL if by_cell else ()) + len(cube.dims)
    for row in conn.execute(query, params):
        key = tuple(row[:width])
        values = [int(v or 0) for v in row[width:]]
        found = into.get(key)
        into[key] = values if found is None else [a + b for a, b in zip(found, values, strict=True)]


def counted(conn: Connection, inspection_ids: Iterable[str], names: Iterable[str] | None = None) -> set[str]:
    """Those of these inspections with a row in a detail table the cubes (those named, else all) read: the
    others add nothing to any sum (every cube's query reads only such rows, by inspection), so their sums
    need not be asked for. Before a push's first batch of an inspection that is all of them."""
    tables = frozenset(t for name in (CUBES if names is None else names) for t in CUBES[name].reads)
    key = (conn.dialect.name, tables)
    query = _HOLDING.get(key)
    if query is None:
        parts = [select(_inspection_column(model).label("inspection_id"))
                 .where(among_bound(conn, _inspection_column(model), _IDS))
                 for name, model in sorted(_DETAIL_MODELS.items()) if name in tables]
        query = _HOLDING[key] = union(*parts) if len(parts) > 1 else parts[0]
    found: set[str] = set()
    with planned_with_values(conn):
        for chunk in _chunks(sorted(set(inspection_ids))):
            found.update(conn.execute(query, {_IDS: list(chunk)}).scalars())
    return found


def sums_for(conn: Connection, inspection_ids: Iterable[str], names: Iterable[str] | None = None) -> dict[str, Sums]:
    """The cubes' sums (those named, else every cube's) over the detail rows of these inspections, by
    district-level cube key."""
    ids = sorted(set(inspection_ids))
    out: dict[str, Sums] = {name: {} for name in (CUBES if names is None else names)}
    with planned_with_values(conn):
        for chunk in _chunks(ids):
            for name in out:
                _collect(conn, CUBES[name], _scoped(conn, name), True, out[name], {_IDS: list(chunk)})
    return out


def _with_provinces(sums: Sums) -> Sums:
    """District-level sums plus the province-level ("*") rows they add up to."""
    out = dict(sums)
    for key, values in sums.items():
        wider = (key[0], ALL_DISTRICTS, *key[2:])
        found = out.get(wider)
        out[wider] = list(values) if found is None else [a + b for a, b in zip(found, values, strict=True)]
    return out


def changed_rows(cube: Cube, before: Sums, after: Sums) -> list[dict[str, Any]]:
    """The cube rows to add (after - before), district and province rows, in key order (one order for every
    transaction: no deadlocks); rows that do not change left out. The province rows are sums of district rows, so
    the difference's own province rows are the difference of the two sides' province rows: taken once, over the
    keys that changed."""
    difference = _with_provinces(_difference(before, after))
    return [{**dict(zip((*CELL, *cube.dims), key, strict=True)), **dict(zip(cube.measures, values, strict=True))}
            for key, values in sorted(difference.items(), key=lambda kv: repr(kv[0])) if any(values)]


def _difference(old: Sums, new: Sums) -> Sums:
    """new - old for each key of either, the keys that did not change left out."""
    out: Sums = {}
    for key, now in new.items():
        was = old.get(key)
        changed = now if was is None else [b - a for a, b in zip(was, now, strict=True)]
        if any(changed):
            out[key] = changed
    for key, was in old.items():
        if key not in new and any(was):
            out[key] = [-a for a in was]
    return out


def _upsert(conn: Connection, cube: Cube, rows: list[dict[str, Any]]) -> None:
    """`INSERT ... ON CONFLICT (cell, dims) DO UPDATE SET m = m + excluded.m`, the rows in the given (key) order,
    the statement's text made once. On PostgreSQL one statement whose rows come from one array per column
    (`unnest`), on SQLite one executemany straight to the driver (the rows' values bound as SQLAlchemy binds
    them: bulk.py). The rows' keys are distinct, so no row is changed twice by the one statement."""
    columns = [*CELL, *cube.dims, *cube.measures]
    postgresql = conn.dialect.name == "postgresql"
    key = (conn.dialect.name, cube.table.name)
    statement = _UPSERTS.get(key)
    if statement is None:
        adding = ", ".join(f"{m} = {cube.table.name}.{m} + excluded.{m}" for m in cube.measures)
        if postgresql:
            # Measured against an executemany of the same rows (150 per call): client CPU 11 -> 5 us per row,
            # PostgreSQL's 14-16 -> 8-10. Arrays of the base type: a value too long for its column is refused
            # when inserted, as before, not cut short by a cast.
            rows_from = f"SELECT * FROM unnest({', '.join(f'%s::{_array_type(cube.table.c[c])}' for c in columns)})"
        else:
            rows_from = f"VALUES ({', '.join('?' for _ in columns)})"
        statement = _UPSERTS[key] = (
            f"INSERT INTO {cube.table.name} ({', '.join(columns)}) {rows_from} "  # noqa: S608 (names from the schema)
            f"ON CONFLICT ({', '.join((*CELL, *cube.dims))}) DO UPDATE SET {adding}")
    if postgresql:  # psycopg adapts dates, numbers and text itself
        conn.exec_driver_sql(statement, tuple([row[c] for row in rows] for c in columns))
    else:
        conn.exec_driver_sql(statement, sqlite_values(conn, cube.table, columns, rows))


def _array_type(column: Any) -> str:
    kind = postgres_type(column.type)
    if kind is None:
        raise AssertionError(f"stat_cubes: no array type for {column.name} ({column.type!r})")
    return f"{kind}[]"


_UPSERTS: dict[tuple[str, str], str] = {}


def apply_difference(conn: Connection, before: dict[str, Sums], after: dict[str, Sums]) -> None:
    """Add (after - before) to the cubes summed in both, district and province rows; drop rows left counting
    nothing."""
    for name, cube in CUBES.items():
        if name not in before or name not in after:
            continue
        changes = changed_rows(cube, before[name], after[name])
        if not changes:
            continue
        _upsert(conn, cube, changes)
        table = cube.table
        emptied = [{f"b_{c}": row[c] for c in (*CELL, *cube.dims)} for row in changes if row[cube.count] < 0]
        if emptied:
            conn.execute(delete(table).where(*[table.c[c] == bindparam(f"b_{c}") for c in (*CELL, *cube.dims)],
                                             table.c[cube.count] <= 0), emptied)


def rebuild(conn: Connection, names: Iterable[str] | None = None) -> dict[str, int]:
    """Empty the cubes (those named, else all) and sum them again from the detail tables."""
    counts = {}
    for name in CUBES if names is None else names:
        cube = CUBES[name]
        sums: Sums = {}
        _collect(conn, cube, cube.source(lambda _model: [], True), True, sums)
        rows = [{**dict(zip((*CELL, *cube.dims), key, strict=True)), **dict(zip(cube.measures, values, strict=True))}
                for key, values in sorted(_with_provinces(sums).items(), key=lambda kv: repr(kv[0]))]
        conn.execute(delete(cube.table))
        for start in range(0, len(rows), 5000):
            conn.execute(cube.table.insert(), rows[start : start + 5000])
        counts[cube.table.name] = len(rows)
    return counts


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Area:
    province: str | None = None
    district: str | None = None

    def detail(self, model: Any) -> list[Any]:
        if self.district:
            return [model.district_code == self.district]
        if self.province:
            return [model.province_code == self.province]
        return []

    def cube(self, table: Table) -> list[Any]:
        if self.district:
            return [table.c.district_code == self.district]
        if self.province:
            return [table.c.province_code == self.province, table.c.district_code == ALL_DISTRICTS]
        return [table.c.district_code == ALL_DISTRICTS]


def _month(day: date) -> int:
    return day.year * 100 + day.month


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def split_period(date_from: date, date_to: date) -> tuple[tuple[int, int] | None, list[tuple[date, date]]]:
    """Whole months (first, last as yyyymm) and the edge day ranges outside them."""
    first = date_from if date_from.day == 1 else _month_end(date_from) + timedelta(days=1)
    last = date_to if date_to == _month_end(date_to) else date_to.replace(day=1) - timedelta(days=1)
    if first > last:
        return None, [(date_from, date_to)] if date_from <= date_to else []
    edges = []
    if date_from < first:
        edges.append((date_from, first - timedelta(days=1)))
    if date_to > last:
        edges.append((last + timedelta(days=1), date_to))
    return (_month(first), _month(last.replace(day=1))), edges


def read(conn: Connection, name: str, date_from: date, date_to: date, area: Area) -> Sums:
    """A cube's sums over a period and area, by its own dimensions."""
    cube = CUBES[name]
    months, edges = split_period(date_from, date_to)
    out: Sums = {}
    if months is not None:
        t = cube.table
        dims = [t.c[d] for d in cube.dims]
        query = (select(*dims, *[func.sum(t.c[m]) for m in cube.measures])
                 .where(t.c.visit_month >= months[0], t.c.visit_month <= months[1], *area.cube(t)).group_by(*dims))
        _collect(conn, cube, query, False, out)
    for start, end in edges:
        def where(model: Any, start: date = start, end: date = end) -> list[Any]:
            return [and_(model.visit_date >= start, model.visit_date <= end), *area.detail(model)]
        _collect(conn, cube, cube.source(where, False), False, out)
    return {k: v for k, v in out.items() if any(v)}


_check_reads()
