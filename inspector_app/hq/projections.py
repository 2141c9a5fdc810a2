"""Projection tables: the laptop fields statistics count, as columns, kept in step with `records`.

Statistics over 200,000 inspections cannot parse JSON per request, so HQ keeps flat copies
(`hq_establishments`, `hq_inspections`, `hq_findings`, `hq_finding_sections`, `hq_interviews`,
`hq_indicators`, `hq_referrals`; tables in models.py) written in the same transaction as the
records they come from:

* `project(conn, rows)` after push.py wrote a batch's records (a few bulk statements per table);
* `set_owner` after a reassignment, `set_status` after a review decision, `refresh_indicators`
  after a template is published (it may say which indicator an item shows);
* `rebuild(conn)` from `records` alone (`inspector-hq rebuild-projections`, and migration 0007's
  backfill; `rebuild_referrals` for migration 0012's). Both paths derive every row with the same
  functions below, so a rebuild gives the same tables (tested).

`hq_referrals` holds referral records (referrals.projection_row), written with the record and
rewritten when a later push changes its status; a finding marked referred is not a referral.

Only fields that are never sealed are read; nothing here needs, or holds, testimony. Laptop
values are untrusted: a value of the wrong type or size becomes NULL (or 0), never an error
that would refuse a push.

Child rows (findings, sections, indicators, referrals) repeat their inspection's visit date,
month, province and district; an inspection repeats its establishment's province, district and
sector. When a parent changes, its children are brought along in the same transaction. The
monthly sums (`hq_stat_*`, stat_cubes.py) follow every change: the sums over the inspections a
change touches are taken before and after it, and the difference is added.

Adding a projection column: add it to the model, derive it below, and in the migration that adds
it call `rebuild(conn)`: `rebuild` writes only the columns a table has at that revision, so older
migrations that call it keep working.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, inspect, or_, select, text, update

from ..core.checklists import default_templates_dir

from .db import RawJSON, among, planned_with_values
from .models import (
    HQEstablishment,
    Template,
    HQFinding,
    HQFindingSection,
    HQIndicator,
    HQInspection,
    HQInterview,
    HQReferral,
    Record,
    ReviewDecision,
)
from . import referrals as referral_records
from .bulk import insert_rows
from . import stat_cubes
from .reviews import effective_status

__all__ = ["PROJECTED_ENTITIES", "TABLES", "indicator_items", "project", "rebuild", "rebuild_referrals",
           "refresh_indicators", "set_owner", "set_status", "snapshot"]

CHUNK = 400
SEVERITIES = ("S1", "S2", "S3", "S4")
OPEN = "open"

ESTABLISHMENTS = HQEstablishment.__table__
INSPECTIONS = HQInspection.__table__
FINDINGS = HQFinding.__table__
SECTIONS = HQFindingSection.__table__
INTERVIEWS = HQInterview.__table__
INDICATORS = HQIndicator.__table__
REFERRALS = HQReferral.__table__
TABLES: tuple[Table, ...] = (ESTABLISHMENTS, INSPECTIONS, FINDINGS, SECTIONS, INTERVIEWS, INDICATORS, REFERRALS,
                             *[cube.table for cube in stat_cubes.CUBES.values()])
# Tables whose rows repeat their inspection's place and date.
INSPECTION_CHILDREN: tuple[Table, ...] = (FINDINGS, SECTIONS, INDICATORS, REFERRALS)
PROJECTED_ENTITIES = ("establishments", "inspections", "findings", "worker_interviews", "referrals")

# The detail tables `_project` may change for records of each entity: an establishment moves its
# inspections, and an inspection its children (their place and date); findings and interviews change
# their inspection's counts. The monthly sums over any other table stay as they are (stat_cubes.reading).
WRITES: dict[str, tuple[Table, ...]] = {
    "establishments": (ESTABLISHMENTS, INSPECTIONS, *INSPECTION_CHILDREN),
    "inspections": (INSPECTIONS, *INSPECTION_CHILDREN),
    "findings": (FINDINGS, SECTIONS, INSPECTIONS),
    "worker_interviews": (INTERVIEWS, INDICATORS, INSPECTIONS),
    "referrals": (REFERRALS,),
}

_WHERE = ("visit_date", "visit_month", "province_code", "district_code")
_PROVINCE = re.compile(r"^\d{2}$")
_DISTRICT = re.compile(r"^\d{4}$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------- reading laptop values


def _text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value[:limit] if value else None


def _word(value: Any, limit: int) -> str | None:
    """A code (sector, status, ...): kept only whole; a longer value is not a code."""
    value = _text(value, limit + 1)
    return value if value is not None and len(value) <= limit else None


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**7 else 0


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _revision(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31 else 1


def _strings(value: Any, limit: int) -> list[str]:
    """Distinct codes from a list (in order), each within `limit` characters."""
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(c for v in value if (c := _word(v, limit)) is not None))


def _place(fields: Mapping[str, Any]) -> tuple[str | None, str | None]:
    province = _word(fields.get("province_code"), 2)
    province = province if province and _PROVINCE.match(province) else None
    district = _word(fields.get("district_code"), 4)
    district = district if district and _DISTRICT.match(district) and province and district[:2] == province else None
    return province, district


# --------------------------------------------------------------------------- deriving rows


def establishment_row(entity_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    province, district = _place(fields)
    return {"id": entity_id, "name_th": _text(fields.get("name_th"), 300) or _text(fields.get("name_en"), 300),
            "province_code": province, "district_code": district, "sector": _word(fields.get("sector"), 32),
            "workers": _count(fields.get("workers_male")) + _count(fields.get("workers_female"))}


def inspection_row(entity_id: str, owner: str, fields: Mapping[str, Any], establishment: Mapping[str, Any] | None,
                   decided: tuple[int, str] | None) -> dict[str, Any]:
    status = effective_status(dict(fields), decided) if isinstance(fields.get("status"), (str, type(None))) else "draft"
    establishment = establishment or {}
    return {
        "id": entity_id, "owner_device_id": owner, "reference": _text(fields.get("reference"), 64),
        "establishment_id": _word(fields.get("establishment_id"), 64),
        "province_code": establishment.get("province_code"), "district_code": establishment.get("district_code"),
        "sector": establishment.get("sector"), "visit_type": _word(fields.get("visit_type"), 32),
        "visit_date": (visit := _day(fields.get("visit_date"))), "visit_month": _month(visit),
        "status": _word(status, 16) or "draft",
        "revision": _revision(fields.get("revision")), "follow_up_date": _day(fields.get("follow_up_date")),
        "previous_inspection_id": _word(fields.get("previous_inspection_id"), 64), "followed": False,
        "findings": 0, "findings_s1": 0, "findings_s2": 0, "findings_s3": 0, "findings_s4": 0,
        "open_findings": 0, "interviews": 0,
    }


def _month(day: date | None) -> int | None:
    return day.year * 100 + day.month if day else None


def _where(parent: Mapping[str, Any] | None) -> dict[str, Any]:
    parent = parent or {}
    return {c: parent.get(c) for c in _WHERE}


def finding_rows(entity_id: str, fields: Mapping[str, Any], parent: Mapping[str, Any] | None, items: Mapping[str, str]
                 ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The finding's row and its section rows. `items`: the indicator each checklist item shows
    (indicator_items). A finding marked referred is no referral: its referral record is (referral_row)."""
    inspection_id = str(fields.get("inspection_id"))
    severity = _word(fields.get("severity"), 2)
    severity = severity if severity in SEVERITIES else None
    status = _word(fields.get("status"), 16)
    sections = _strings(fields.get("legal_refs"), 64)
    where = _where(parent)
    title = _text(fields.get("title"), 300)  # findings from before titles were kept in two languages
    item = _word(fields.get("item_code"), 64)
    row = {"id": entity_id, "inspection_id": inspection_id, "reference": (parent or {}).get("reference"),
           "item_code": item, "indicator": items.get(item or ""), "severity": severity, "status": status, "deadline": _day(fields.get("deadline")),
           "referral_target": _word(fields.get("referral_target"), 32), "sections": len(sections),
           "title_th": _text(fields.get("title_th"), 300) or title, "title_en": _text(fields.get("title_en"), 300),
           **where}
    section_rows = [{"finding_id": entity_id, "section": s, "inspection_id": inspection_id, "severity": severity,
                     **where} for s in sections]
    return row, section_rows


def referral_row(entity_id: str, fields: Mapping[str, Any], parent: Mapping[str, Any] | None) -> dict[str, Any]:
    return referral_records.projection_row(entity_id, fields, _where(parent))


def interview_rows(entity_id: str, fields: Mapping[str, Any], parent: Mapping[str, Any] | None
                   ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    inspection_id = str(fields.get("inspection_id"))
    where = _where(parent)
    indicators = [{"interview_id": entity_id, "indicator": code, "inspection_id": inspection_id, **where}
                  for code in _strings(fields.get("indicators"), 40)]
    return {"id": entity_id, "inspection_id": inspection_id}, indicators


def _fields(value: Any) -> dict[str, Any]:
    if isinstance(value, RawJSON) and value.value is not None:
        value = value.value  # the fields a push just serialised (read only): not parsed back from their text
    elif isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


# --------------------------------------------------------------------------- writing


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _rows_by_id(conn: Connection, table: Table, key: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(table).where(among(conn, table.c[key], chunk))).mappings():
            found[row[key]] = dict(row)
    return found


def _replace(conn: Connection, table: Table, key: str, ids: Sequence[str], rows: list[dict[str, Any]]) -> None:
    """Delete the rows of `ids` (by `key`) and insert `rows` in their place."""
    for chunk in _chunks(sorted(set(ids))):
        conn.execute(delete(table).where(among(conn, table.c[key], chunk)))
    insert_rows(conn, table, rows)  # COPY, or one executemany of plain tuples (every row has every column)


def _decisions(conn: Connection, inspection_ids: Iterable[str] | None) -> dict[str, tuple[int, str]]:
    """The latest review decision of each inspection (all of them when `inspection_ids` is None)."""
    query = select(ReviewDecision.inspection_id, ReviewDecision.revision, ReviewDecision.decision)
    decided: dict[str, tuple[int, str]] = {}
    if inspection_ids is None:
        chunks: Iterable[Sequence[str] | None] = [None]
    else:
        chunks = list(_chunks(sorted(set(inspection_ids))))
    for chunk in chunks:
        scoped = query if chunk is None else query.where(among(conn, ReviewDecision.inspection_id, chunk))
        for row in conn.execute(scoped.order_by(ReviewDecision.id)):
            decided[row.inspection_id] = (row.revision, row.decision)
    return decided


_LOCATION = ("province_code", "district_code", "sector")


def _inspections_touched(conn: Connection, by_entity: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> set[str]:
    """Every inspection whose projected rows a batch may change: its own, its records' parents, and
    those of its establishments (which follow an establishment that moves)."""
    touched = set(by_entity["inspections"])
    for row in by_entity["inspections"].values():  # the visits they follow up: no longer due, or due again
        previous = _word(_fields(row["fields"]).get("previous_inspection_id"), 64)
        if previous:
            touched.add(previous)
    for chunk in _chunks(sorted(by_entity["inspections"])):
        touched.update(p for p in conn.execute(select(INSPECTIONS.c.previous_inspection_id)
                                                .where(among(conn, INSPECTIONS.c.id, chunk))).scalars() if p)
    for entity in ("findings", "worker_interviews", "referrals"):
        for row in by_entity[entity].values():
            parent = _fields(row["fields"]).get("inspection_id")
            if isinstance(parent, str):
                touched.add(parent)
    for chunk in _chunks(sorted(by_entity["establishments"])):
        touched.update(conn.execute(select(INSPECTIONS.c.id).where(among(conn, INSPECTIONS.c.establishment_id, chunk))).scalars())
    return touched


def project(conn: Connection, records: Iterable[Mapping[str, Any]]) -> None:
    """Bring the projections in step with records just written (push.py's record rows: entity,
    entity_id, owner_device_id, fields as JSON text or a dict)."""
    by_entity: dict[str, dict[str, Mapping[str, Any]]] = {e: {} for e in PROJECTED_ENTITIES}
    for row in records:
        if row["entity"] in by_entity:
            by_entity[row["entity"]][row["entity_id"]] = row
    if not any(by_entity.values()):
        return
    touched = _inspections_touched(conn, by_entity)
    cubes = stat_cubes.reading(t.name for entity, rows in by_entity.items() if rows for t in WRITES[entity])
    before = stat_cubes.sums_for(conn, stat_cubes.counted(conn, touched, cubes), cubes)
    _project(conn, by_entity)
    stat_cubes.apply_difference(conn, before, stat_cubes.sums_for(conn, touched, cubes))


def _project(conn: Connection, by_entity: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
    moved: set[str] = set()  # inspections whose place or date changed: their children follow
    counted: set[str] = set()  # inspections whose counts must be taken again

    establishments = by_entity["establishments"]
    if establishments:
        before = _rows_by_id(conn, ESTABLISHMENTS, "id", establishments)
        rows = [establishment_row(i, _fields(r["fields"])) for i, r in establishments.items()]
        _replace(conn, ESTABLISHMENTS, "id", list(establishments), rows)
        relocated = [r["id"] for r in rows
                     if r["id"] not in before or any(before[r["id"]][c] != r[c] for c in _LOCATION)]
        moved |= _relocate_inspections(conn, relocated)

    inspections = by_entity["inspections"]
    if inspections:
        parsed = {i: _fields(r["fields"]) for i, r in inspections.items()}
        before = _rows_by_id(conn, INSPECTIONS, "id", inspections)
        places = _rows_by_id(conn, ESTABLISHMENTS, "id",
                             {e for f in parsed.values() if (e := _word(f.get("establishment_id"), 64))})
        decided = _decisions(conn, inspections)
        rows = [inspection_row(i, inspections[i]["owner_device_id"], f,
                               places.get(_word(f.get("establishment_id"), 64) or ""), decided.get(i))
                for i, f in parsed.items()]
        _replace(conn, INSPECTIONS, "id", list(inspections), rows)
        counted.update(inspections)
        with planned_with_values(conn):  # over the batch's ids: see db.planned_with_values
            _mark_followed(conn, set(inspections) | {r["previous_inspection_id"] for r in rows if r["previous_inspection_id"]}
                           | {b["previous_inspection_id"] for b in before.values() if b["previous_inspection_id"]})
        moved.update(r["id"] for r in rows
                     if r["id"] in before and any(before[r["id"]][c] != r[c] for c in (*_WHERE, "reference")))

    findings, interviews, referrals = by_entity["findings"], by_entity["worker_interviews"], by_entity["referrals"]
    if findings or interviews or referrals:
        parsed = {i: _fields(r["fields"]) for i, r in {**findings, **interviews, **referrals}.items()}
        parents = _rows_by_id(conn, INSPECTIONS, "id", {str(f.get("inspection_id")) for f in parsed.values()})
        if findings:
            items = indicator_items(conn)
            finding_list, section_list = [], []
            for finding_id in findings:
                fields = parsed[finding_id]
                row, sections = finding_rows(finding_id, fields, parents.get(str(fields.get("inspection_id"))), items)
                finding_list.append(row)
                section_list += sections
            ids = list(findings)
            _replace(conn, FINDINGS, "id", ids, finding_list)
            _replace(conn, SECTIONS, "finding_id", ids, section_list)
            counted.update(r["inspection_id"] for r in finding_list)
        if referrals:
            _replace(conn, REFERRALS, "source_id", list(referrals),
                     [referral_row(i, parsed[i], parents.get(str(parsed[i].get("inspection_id")))) for i in referrals])
        if interviews:
            interview_list, indicator_list = [], []
            for interview_id in interviews:
                fields = parsed[interview_id]
                row, indicators = interview_rows(interview_id, fields, parents.get(str(fields.get("inspection_id"))))
                interview_list.append(row)
                indicator_list += indicators
            ids = list(interviews)
            _replace(conn, INTERVIEWS, "id", ids, interview_list)
            _replace(conn, INDICATORS, "interview_id", ids, indicator_list)
            counted.update(r["inspection_id"] for r in interview_list)

    if moved:
        _follow_parents(conn, sorted(moved))
    if counted:
        with planned_with_values(conn):  # over the batch's ids: see db.planned_with_values
            refresh_counts(conn, sorted(counted))


def _mark_followed(conn: Connection, inspection_ids: Iterable[str] | None) -> None:
    """Whether a later inspection names each of these (all when None) as its previous visit."""
    later = INSPECTIONS.alias("later")
    followed = select(later.c.id).where(later.c.previous_inspection_id == INSPECTIONS.c.id).exists()
    chunks: Iterable[Sequence[str] | None] = [None] if inspection_ids is None else _chunks(sorted(inspection_ids))
    for chunk in chunks:
        statement = update(INSPECTIONS).values(followed=followed)
        conn.execute(statement if chunk is None else statement.where(among(conn, INSPECTIONS.c.id, chunk)))


def _relocate_inspections(conn: Connection, establishment_ids: Sequence[str]) -> set[str]:
    """Inspections of establishments that moved (or arrived after them) take the new place and sector."""
    moved: set[str] = set()
    e = ESTABLISHMENTS
    for chunk in _chunks(sorted(establishment_ids)):
        moved.update(conn.execute(select(INSPECTIONS.c.id).where(among(conn, INSPECTIONS.c.establishment_id, chunk))).scalars())
        conn.execute(update(INSPECTIONS).where(INSPECTIONS.c.establishment_id == e.c.id, among(conn, e.c.id, chunk))
                     .values(province_code=e.c.province_code, district_code=e.c.district_code, sector=e.c.sector))
    return moved


def _follow_parents(conn: Connection, inspection_ids: Sequence[str]) -> None:
    """Children take their inspection's visit date, month, place (and findings its reference) again."""
    i = INSPECTIONS
    for chunk in _chunks(inspection_ids):
        for child in INSPECTION_CHILDREN:
            values = {c: i.c[c] for c in _WHERE}
            if child is FINDINGS:
                values["reference"] = i.c.reference
            conn.execute(update(child).where(child.c.inspection_id == i.c.id, among(conn, i.c.id, chunk)).values(values))


def refresh_counts(conn: Connection, inspection_ids: Sequence[str] | None) -> None:
    """Take each inspection's finding and interview counts again (all inspections when None): one UPDATE per
    chunk that writes each row once, its counts read by index from the finding and interview rows (a count
    over none is 0)."""
    statement = _counts_statement(conn.dialect.name, inspection_ids is not None)
    for chunk in [None] if inspection_ids is None else _chunks(inspection_ids):
        conn.execute(statement, None if chunk is None else {"ids": list(chunk)})


_COUNTS: dict[tuple[str, bool], Any] = {}


def _counts_statement(dialect: str, scoped: bool) -> Any:
    """The counts' UPDATE, its text made once per database kind (with or without the ids it is limited to,
    bound as `ids`). Columns set together from one row of a subquery (`SET (a, b) = (SELECT ...)`): SQLite and
    PostgreSQL alike; the text names only this module's tables and constants."""
    key = (dialect, scoped)
    statement = _COUNTS.get(key)
    if statement is None:
        i, f, v = INSPECTIONS.name, FINDINGS.name, INTERVIEWS.name
        severities = "".join(f", count(*) FILTER (WHERE severity = '{s}')" for s in SEVERITIES)
        sql = (f"UPDATE {i} SET (findings, {', '.join(f'findings_{s.lower()}' for s in SEVERITIES)}, open_findings) "
               f"= (SELECT count(*){severities}, count(*) FILTER (WHERE status = '{OPEN}') FROM {f} "
               f"WHERE {f}.inspection_id = {i}.id), "
               f"interviews = (SELECT count(*) FROM {v} WHERE {v}.inspection_id = {i}.id)")
        if not scoped:
            statement = text(sql)
        elif dialect == "postgresql":
            statement = text(f"{sql} WHERE {i}.id = ANY(:ids)")
        else:
            statement = text(f"{sql} WHERE {i}.id IN :ids").bindparams(bindparam("ids", expanding=True))
        _COUNTS[key] = statement
    return statement


def set_owner(conn: Connection, inspection_id: str, device_id: str) -> None:
    conn.execute(update(INSPECTIONS).where(INSPECTIONS.c.id == inspection_id).values(owner_device_id=device_id))


def set_status(conn: Connection, inspection_id: str, status: str) -> None:
    """The status HQ shows after a review decision (and the monthly sums of signed-off inspections)."""
    before = stat_cubes.sums_for(conn, [inspection_id])
    conn.execute(update(INSPECTIONS).where(INSPECTIONS.c.id == inspection_id).values(status=status))
    stat_cubes.apply_difference(conn, before, stat_cubes.sums_for(conn, [inspection_id]))


# --------------------------------------------------------------------------- indicators of checklist items

_items_cache: dict[tuple[Any, ...], dict[str, str]] = {}


def _template_items(document: Any, into: dict[str, str]) -> None:
    for section in document.get("sections", []) if isinstance(document, dict) else []:
        for item in section.get("items", []) if isinstance(section, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("code"), str) and isinstance(item.get("indicator"), str):
                into[item["code"][:64]] = item["indicator"][:40]


def indicator_items(conn: Connection) -> dict[str, str]:
    """Checklist item code -> the forced-labour indicator a finding on it shows: from the templates
    laptops ship with, then those HQ published (a later version has the last word)."""
    stamp = tuple(conn.execute(select(func.count(), func.max(Template.id))).one())
    cached = _items_cache.get(stamp)
    if cached is not None:
        return cached
    items: dict[str, str] = {}
    for path in sorted(default_templates_dir().glob("*.json")):
        try:
            _template_items(json.loads(path.read_text(encoding="utf-8")), items)
        except (OSError, ValueError):
            continue
    for row in conn.execute(select(Template.document).order_by(Template.code, Template.version)):
        _template_items(row[0], items)
    _items_cache.clear()
    _items_cache[stamp] = items
    return items


def refresh_indicators(conn: Connection) -> None:
    """After a template is published: findings on items whose indicator changed show the new one."""
    items = indicator_items(conn)
    stale: set[str] = set()
    shown = select(FINDINGS.c.inspection_id, FINDINGS.c.item_code, FINDINGS.c.indicator).where(
        or_(FINDINGS.c.indicator.is_not(None), FINDINGS.c.item_code.in_(sorted(items))))
    for inspection_id, item, indicator in conn.execute(shown):
        if items.get(item or "") != indicator:
            stale.add(inspection_id)
    if not stale:
        return
    before = stat_cubes.sums_for(conn, stale)
    for chunk in _chunks(sorted(stale)):
        rows = conn.execute(select(FINDINGS.c.id, FINDINGS.c.item_code).where(among(conn, FINDINGS.c.inspection_id, chunk)))
        changes = [{"b_id": row.id, "v_indicator": items.get(row.item_code or "")} for row in rows]
        if changes:
            conn.execute(update(FINDINGS).where(FINDINGS.c.id == bindparam("b_id"))
                         .values(indicator=bindparam("v_indicator")), changes)
    stat_cubes.apply_difference(conn, before, stat_cubes.sums_for(conn, stale))


# --------------------------------------------------------------------------- rebuilding


def _records(conn: Connection, entity: str) -> Iterator[Any]:
    query = (select(Record.entity_id, Record.owner_device_id, Record.fields)
             .where(Record.entity == entity).order_by(Record.entity_id))
    yield from conn.execute(query.execution_options(stream_results=True, yield_per=2000))


class _Writer:
    """Inserts rows in batches, only into the columns the table has (see the module's note)."""

    def __init__(self, conn: Connection, table: Table, batch: int = 2000):
        self.conn, self.table, self.batch = conn, table, batch
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        self.columns = [c.name for c in table.columns if c.name in present]
        self.pending: list[dict[str, Any]] = []
        self.count = 0

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.pending.extend({c: r[c] for c in self.columns} for r in rows)
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.conn.execute(insert(self.table), self.pending)
            self.count += len(self.pending)
            self.pending = []


DETAIL_TABLES = (ESTABLISHMENTS, INSPECTIONS, FINDINGS, SECTIONS, INTERVIEWS, INDICATORS, REFERRALS)


def rebuild(conn: Connection) -> dict[str, int]:
    """Empty the projections and derive them again from `records`; returns rows per table."""
    present = set(inspect(conn).get_table_names())
    tables = [t for t in TABLES if t.name in present]
    if conn.dialect.name == "postgresql":
        # Concurrent pushes wait for the rebuilt tables instead of writing into them half-way.
        conn.exec_driver_sql(f"LOCK TABLE {', '.join(t.name for t in tables)} IN SHARE ROW EXCLUSIVE MODE")
    for table in tables:
        conn.execute(delete(table))
    writers = {t.name: _Writer(conn, t) for t in DETAIL_TABLES if t.name in present}

    places: dict[str, dict[str, Any]] = {}
    for row in _records(conn, "establishments"):
        places[row.entity_id] = establishment_row(row.entity_id, _fields(row.fields))
        writers[ESTABLISHMENTS.name].add([places[row.entity_id]])
    decided = _decisions(conn, None)
    parents: dict[str, dict[str, Any]] = {}
    for row in _records(conn, "inspections"):
        fields = _fields(row.fields)
        derived = inspection_row(row.entity_id, row.owner_device_id, fields,
                                 places.get(_word(fields.get("establishment_id"), 64) or ""), decided.get(row.entity_id))
        parents[row.entity_id] = {c: derived[c] for c in (*_WHERE, "reference")}
        writers[INSPECTIONS.name].add([derived])
    items = indicator_items(conn)
    for row in _records(conn, "findings"):
        fields = _fields(row.fields)
        finding, sections = finding_rows(row.entity_id, fields, parents.get(str(fields.get("inspection_id"))), items)
        writers[FINDINGS.name].add([finding])
        if SECTIONS.name in writers:
            writers[SECTIONS.name].add(sections)
    if REFERRALS.name in writers:
        for row in _records(conn, "referrals"):
            fields = _fields(row.fields)
            writers[REFERRALS.name].add([referral_row(row.entity_id, fields,
                                                      parents.get(str(fields.get("inspection_id"))))])
    for row in _records(conn, "worker_interviews"):
        fields = _fields(row.fields)
        interview, indicators = interview_rows(row.entity_id, fields, parents.get(str(fields.get("inspection_id"))))
        writers[INTERVIEWS.name].add([interview])
        if INDICATORS.name in writers:
            writers[INDICATORS.name].add(indicators)
    for writer in writers.values():
        writer.flush()
    refresh_counts(conn, None)
    _mark_followed(conn, None)
    counts = {name: writer.count for name, writer in writers.items()}
    if all(cube.table.name in present for cube in stat_cubes.CUBES.values()):
        counts.update(stat_cubes.rebuild(conn, _buildable_cubes(conn)))
    return counts


def _buildable_cubes(conn: Connection) -> list[str]:
    """The cubes whose source query runs at this revision: the referrals cube reads `hq_referrals.finding_id`,
    which migration 0012 adds (0007's rebuild runs before it; 0012 builds that cube)."""
    has_finding = "finding_id" in {c["name"] for c in inspect(conn).get_columns(REFERRALS.name)}
    return [name for name in stat_cubes.CUBES if name != "referrals" or has_finding]


def rebuild_referrals(conn: Connection) -> int:
    """`hq_referrals` and its monthly sums again from the referral records HQ holds (migration 0012: until
    then the table held findings marked referred); returns the rows written."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"LOCK TABLE {REFERRALS.name}, {stat_cubes.CUBES['referrals'].table.name} "
                             "IN SHARE ROW EXCLUSIVE MODE")
    conn.execute(delete(REFERRALS))
    writer = _Writer(conn, REFERRALS)
    batch: list[Any] = []

    def flush() -> None:
        wanted = {str(_fields(r.fields).get("inspection_id")) for r in batch}
        parents = _rows_by_id(conn, INSPECTIONS, "id", wanted)
        for r in batch:
            fields = _fields(r.fields)
            writer.add([referral_row(r.entity_id, fields, parents.get(str(fields.get("inspection_id"))))])
        batch.clear()

    for row in _records(conn, "referrals"):
        batch.append(row)
        if len(batch) >= CHUNK:
            flush()
    flush()
    writer.flush()
    stat_cubes.rebuild(conn, ["referrals"])
    return writer.count


def snapshot(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every projection row, sorted: for comparing two sets of tables."""
    return {t.name: sorted((tuple(r) for r in conn.execute(select(t))), key=repr) for t in TABLES}
