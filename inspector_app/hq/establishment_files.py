"""Establishment files: every visit of a workplace, whichever laptop made it, for the laptops of its province.

HQ keeps the current content of every item of every file in `file_items` and publishes each change
(kind `establishment_file`, sync.protocol.EstablishmentFileItemPayload) to the laptops that receive
the workplace's province (device_provinces.py), except the laptop that holds the item already (a
visit's owner). Items:

* every item carries the group: HQ's id of the workplace, the establishment records it counts as it
  (establishment_groups.py; each laptop makes its own) and the workplace's description;
* `visit`: a visit summary (sync.protocol.VisitSummary) once the visit was signed: reference, date,
  type, status as HQ shows it, findings with their current status, verifications, workforce counts.
  Never anything sealed (no testimony, no complaint source): the summary is built field by field.
* other helpers' kinds, through `publish_file_item` (targeting, backfill and regrouping come free).

Updated in the transaction that changes what they show: a push or bundle (`after_push`), a review
decision (`after_review`), a supervisor's merge or split (`regroup`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
import logging
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, bindparam, delete, insert, select, update

from ..core.file_summary import FileSummary, summarise
from ..sync.protocol import EstablishmentFileItemPayload, VisitSummary
from . import device_provinces, establishment_groups, finding_states
from .db import HQDatabase, among
from .errors import NotFound
from .models import (
    Device,
    DeviceProvinceState,
    EstablishmentMatch,
    FileItem,
    InspectionLink,
    Record,
    ReviewDecision,
    utcnow,
)
from .publish import publish

log = logging.getLogger(__name__)

KIND = "file_item"
GROUP, VISIT = "group", "visit"
PUBLISHED_FROM = frozenset({"submitted", "approved", "returned"})  # a visit is in the files once signed
_CHUNK = 400
_DESCRIBED = ("name_th", "name_en", "registration_no", "social_security_no", "sector", "isic_code", "employer_name",
              "address", "province_code", "district_code", "subdistrict_code", "latitude", "longitude",
              "workers_male", "workers_female", "workers_under18", "workers_by_nationality")


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


# --- who gets what ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupView:
    """What every item of a group carries about the workplace: its records, its province, its description."""

    group_id: str
    establishment_ids: tuple[str, ...]
    province_code: str | None
    establishment: dict[str, Any]


def group_view(conn: Connection, group_id: str) -> GroupView:
    member_ids = establishment_groups.members(conn, [group_id])[group_id]
    fields = establishment_groups.establishment_fields(conn, member_ids[:1]).get(member_ids[0], {}) if member_ids \
        else {}
    province = conn.execute(select(EstablishmentMatch.province_code).where(EstablishmentMatch.group_id == group_id)
                            .order_by(EstablishmentMatch.matched_at).limit(1)).scalar_one_or_none()
    return GroupView(group_id, tuple(member_ids), province,
                     {k: fields[k] for k in _DESCRIBED if fields.get(k) is not None})


def targets(conn: Connection, province: str | None) -> list[str]:
    """The laptops (not revoked) that receive this province's files."""
    if province is None:
        return []
    return list(conn.execute(select(DeviceProvinceState.device_id)
                             .join(Device, Device.id == DeviceProvinceState.device_id)
                             .where(DeviceProvinceState.province_code == province, Device.revoked_at.is_(None))
                             .order_by(DeviceProvinceState.device_id)).scalars())


def _payload(item: str, item_id: str, view: GroupView, data: dict[str, Any]) -> EstablishmentFileItemPayload:
    return EstablishmentFileItemPayload(item=item, item_id=item_id, group_id=view.group_id,
                                        establishment_ids=list(view.establishment_ids),
                                        establishment=view.establishment, data=data)


def _digest(payload: EstablishmentFileItemPayload, body: dict[str, Any] | None = None) -> str:
    """`body`: the payload's `model_dump(mode="json")`, if made already."""
    text = json.dumps(payload.model_dump(mode="json") if body is None else body, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _send(conn: Connection, devices: Iterable[str], payload: EstablishmentFileItemPayload,
          body: dict[str, Any] | None = None) -> None:
    if body is None:
        body = payload.model_dump(mode="json")
    for device_id in devices:
        publish(conn, KIND, body, target_device_id=device_id)


def _store(conn: Connection, payload: EstablishmentFileItemPayload, *, establishment_id: str | None,
           owner_device_id: str | None, now: datetime) -> bool:
    """Keep the item's new content; False if it is what laptops were last sent (nothing to publish)."""
    digest = _digest(payload)
    held = conn.execute(select(FileItem.digest).where(FileItem.item == payload.item,
                                                      FileItem.item_id == payload.item_id)).first()
    if held is not None and held.digest == digest:
        return False
    values = {"establishment_id": establishment_id, "group_id": payload.group_id, "owner_device_id": owner_device_id,
              "data": payload.data, "digest": digest, "updated_at": now}
    if held is None:
        conn.execute(insert(FileItem).values(item=payload.item, item_id=payload.item_id, **values))
    else:
        conn.execute(update(FileItem).where(FileItem.item == payload.item, FileItem.item_id == payload.item_id)
                     .values(**values))
    return True


def _group_for(conn: Connection, establishment_id: str, now: datetime) -> str:
    group_id = establishment_groups.group_of(conn, establishment_id)
    if group_id is None:
        fields = establishment_groups.establishment_fields(conn, [establishment_id]).get(establishment_id)
        if fields is None:
            raise NotFound(f"HQ holds no establishment {establishment_id}.")
        regroup(conn, establishment_groups.match(conn, [(establishment_id, fields)], now), now)
        group_id = establishment_groups.group_of(conn, establishment_id)
        assert group_id is not None
    return group_id


def publish_file_item(conn: Connection, *, item: str, item_id: str, establishment_id: str, data: dict[str, Any],
                      owner_device_id: str | None = None, now: datetime | None = None) -> bool:
    """Put an item in the file of the workplace `establishment_id` belongs to (inside the caller's
    transaction) and send it to the laptops of its province but `owner_device_id` (which holds it
    already); False if unchanged. For other helpers' items too (e.g. a referral's or a
    repeated-documents flag, with a kind of their own): never put sealed values in `data`."""
    now = now or utcnow()
    view = group_view(conn, _group_for(conn, establishment_id, now))
    payload = _payload(item, item_id, view, data)
    if not _store(conn, payload, establishment_id=establishment_id, owner_device_id=owner_device_id, now=now):
        return False
    _send(conn, [d for d in targets(conn, view.province_code) if d != owner_device_id], payload)
    return True


def withdraw_file_item(conn: Connection, item: str, item_id: str) -> bool:
    held = conn.execute(select(FileItem.group_id).where(FileItem.item == item, FileItem.item_id == item_id)).first()
    if held is None:
        return False
    conn.execute(delete(FileItem).where(FileItem.item == item, FileItem.item_id == item_id))
    view = group_view(conn, held.group_id)
    _send(conn, targets(conn, view.province_code),
          EstablishmentFileItemPayload(item=item, item_id=item_id, group_id=held.group_id, withdrawn=True))
    return True


def _refresh_group(conn: Connection, group_id: str, now: datetime) -> None:
    """The group's records changed: every item of it carries the new list to the laptops of its province."""
    view = group_view(conn, group_id)
    for row in conn.execute(select(FileItem).where(FileItem.group_id == group_id)).all():
        payload = _payload(row.item, row.item_id, view, row.data)
        if _store(conn, payload, establishment_id=row.establishment_id, owner_device_id=row.owner_device_id, now=now):
            _send(conn, [d for d in targets(conn, view.province_code) if d != row.owner_device_id], payload)


def send_province(conn: Connection, device_id: str, province: str) -> None:
    """Everything in the province's files, to a laptop that starts receiving it."""
    groups = sorted(set(conn.execute(select(EstablishmentMatch.group_id)
                                     .where(EstablishmentMatch.province_code == province)).scalars()))
    for chunk in _chunks(groups):
        rows = conn.execute(select(FileItem).where(among(conn, FileItem.group_id, chunk))
                            .order_by(FileItem.group_id, FileItem.item, FileItem.item_id)).all()
        views: dict[str, GroupView] = {}
        for row in rows:
            if row.owner_device_id == device_id:
                continue
            view = views.get(row.group_id) or views.setdefault(row.group_id, group_view(conn, row.group_id))
            _send(conn, [device_id], _payload(row.item, row.item_id, view, row.data))


def withdraw_province(conn: Connection, device_id: str, province: str) -> None:
    """A laptop that stops receiving a province loses its files (a withdrawn group takes its items with it)."""
    groups = sorted(set(conn.execute(select(EstablishmentMatch.group_id)
                                     .where(EstablishmentMatch.province_code == province)).scalars()))
    for group_id in groups:
        _send(conn, [device_id], EstablishmentFileItemPayload(item=GROUP, item_id=group_id, group_id=group_id,
                                                              withdrawn=True))


# --- visits ------------------------------------------------------------------------------------------------


def _records(conn: Connection, entity: str, column: Any, ids: Sequence[str]) -> list[Any]:
    rows: list[Any] = []
    for chunk in _chunks(sorted(set(ids))):
        rows += conn.execute(select(Record.entity_id, Record.fields, Record.owner_device_id, Record.inspection_id,
                                    Record.created_at)
                             .where(Record.entity == entity, among(conn, column, chunk))).all()
    return rows


def _followed_by(conn: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(InspectionLink.previous_inspection_id, Record.reference)
                                .join(Record, (Record.entity == "inspections")
                                      & (Record.entity_id == InspectionLink.inspection_id))
                                .where(among(conn, InspectionLink.previous_inspection_id, chunk))):
            found.setdefault(row.previous_inspection_id, []).append(row.reference or "")
    return {k: sorted(v) for k, v in found.items()}


def _decisions(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(ReviewDecision.inspection_id, ReviewDecision.revision, ReviewDecision.decision)
                                .where(among(conn, ReviewDecision.inspection_id, chunk)).order_by(ReviewDecision.id)):
            found[row.inspection_id] = (row.revision, row.decision)
    return found


def build_visits(conn: Connection, inspection_ids: Sequence[str],
                 keep: Callable[[Any, str | None], bool] | None = None) -> dict[str, tuple[VisitSummary, Any]]:
    """Visit summaries of these inspections as HQ holds them now (each with its record), published or not.

    `keep(record, status)`: build only the visits it says yes to, asked with the inspection's record and the
    status HQ shows (None if that cannot be read: the build then says why the visit is left out); the
    findings and verifications of the others are not read."""
    inspections = {r.entity_id: r for r in _records(conn, "inspections", Record.entity_id, inspection_ids)}
    decisions = _decisions(conn, sorted(inspections))
    if keep is not None:
        inspections = {i: r for i, r in inspections.items() if keep(r, _shown_status(r, decisions.get(i)))}
    if not inspections:
        return {}
    ids = sorted(inspections)
    findings = _records(conn, "findings", Record.inspection_id, ids)
    verifications = _records(conn, "finding_verifications", Record.inspection_id, ids)
    derived = finding_states.states(conn, [f.entity_id for f in findings])
    followed = _followed_by(conn, ids)
    by_inspection: dict[str, list[Any]] = {}
    for row in sorted(findings, key=lambda r: (r.created_at, r.entity_id)):
        by_inspection.setdefault(row.inspection_id, []).append(row)
    verified: dict[str, list[Any]] = {}
    for row in sorted(verifications, key=lambda r: (_position(r.fields.get("position")), r.entity_id)):
        verified.setdefault(row.inspection_id, []).append(row)
    built: dict[str, tuple[VisitSummary, Any]] = {}
    for inspection_id, record in inspections.items():
        try:
            built[inspection_id] = (_visit(record, by_inspection, verified, derived, decisions, followed), record)
        except (ValidationError, ValueError, TypeError, AttributeError):
            # A laptop's value HQ cannot read (it never refuses a push for one): this visit stays out of
            # the establishment files until a later revision reads; its id only, never its content.
            log.warning("visit %s left out of establishment files: a value in it cannot be read", inspection_id)
    return built


def _shown_status(record: Any, decision: tuple[int, str] | None) -> str | None:
    """The status a visit summary of this record shows (`_visit`), or None if it cannot be read."""
    try:
        return finding_states.hq_status(record.fields, decision)
    except (ValueError, TypeError, AttributeError):
        return None


def _position(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _visit(record: Any, by_inspection: dict[str, list[Any]], verified: dict[str, list[Any]], derived: Any,
           decisions: dict[str, tuple[int, str]], followed: dict[str, list[str]]) -> VisitSummary:
    inspection_id = record.entity_id
    fields = record.fields
    files = []
    for row in by_inspection.get(inspection_id, []):
        f = row.fields
        status, last = finding_states.current_status(f, derived.get(row.entity_id))
        files.append({"id": row.entity_id, "item_code": f.get("item_code"), "title_th": f.get("title_th"),
                      "title_en": f.get("title_en") or f.get("title"),
                      "legal_refs": [str(r) for r in f.get("legal_refs") or []], "severity": f.get("severity") or "",
                      "deadline": f.get("deadline"), "status": status, "last_verification": last})
    workforce = fields.get("workforce") if isinstance(fields.get("workforce"), dict) else {}
    summary = VisitSummary.model_validate({
        "inspection_id": inspection_id, "reference": fields.get("reference") or "",
        "visit_date": str(fields.get("visit_date") or ""), "visit_type": str(fields.get("visit_type") or ""),
        "status": finding_states.hq_status(fields, decisions.get(inspection_id)),
        "previous_inspection_id": fields.get("previous_inspection_id"),
        "follow_up_date": fields.get("follow_up_date"), "followed_by": followed.get(inspection_id, []),
        "findings": files,
        "verifications": [{k: v.fields.get(k) for k in ("finding_id", "original_inspection_id",
                                                          "original_reference", "item_code", "title_th",
                                                          "title_en", "outcome")}
                          | {"severity": v.fields.get("severity") or ""}
                          for v in verified.get(inspection_id, [])],
        "workforce": {"male": int(workforce.get("male") or 0), "female": int(workforce.get("female") or 0),
                      "under18": int(workforce.get("under18") or 0),
                      "by_nationality": {str(k): int(v or 0)
                                         for k, v in (workforce.get("by_nationality") or {}).items()}},
    })
    return summary


def refresh_visits(conn: Connection, inspection_ids: Iterable[str], now: datetime) -> None:
    """Publish the visits whose summary changed (a visit enters the files once it was signed).

    What `publish_file_item` does for each visit, with the reads of the whole batch made together
    (groups, their records and provinces, the items held, the laptops of each province): a push of
    a thousand changes touches a few dozen visits, and one visit at a time made it several hundred
    statements.
    """
    ids = sorted(set(inspection_ids))
    if not ids:
        return
    held: dict[str, str] = {}  # visit id -> the digest of what laptops were last sent
    for chunk in _chunks(ids):
        held.update((r.item_id, r.digest) for r in conn.execute(select(FileItem.item_id, FileItem.digest).where(
            FileItem.item == VISIT, among(conn, FileItem.item_id, chunk))))

    def publishable(record: Any, status: str | None) -> bool:  # read first: most visits a push touches are drafts
        return (status is None or status in PUBLISHED_FROM or record.entity_id in held) \
            and isinstance(record.fields.get("establishment_id"), str)

    visits = [(inspection_id, summary, record)
              for inspection_id, (summary, record) in build_visits(conn, ids, publishable).items()
              if (summary.status in PUBLISHED_FROM or inspection_id in held)
              and isinstance(record.fields.get("establishment_id"), str)]
    if not visits:
        return
    groups = _groups_of(conn, [record.fields["establishment_id"] for _i, _s, record in visits])
    for establishment_id in sorted({r.fields["establishment_id"] for _i, _s, r in visits} - set(groups)):
        try:  # a record HQ holds but has not matched yet: matched now (which may move others' items)
            groups[establishment_id] = _group_for(conn, establishment_id, now)
        except NotFound:
            continue  # its establishment is not at HQ yet: published when it arrives
    views = group_views(conn, set(groups.values()))
    devices: dict[str | None, list[str]] = {}
    new_rows, changed_rows = [], []
    for inspection_id, summary, record in visits:
        establishment_id = record.fields["establishment_id"]
        group_id = groups.get(establishment_id)
        if group_id is None:
            continue
        view = views[group_id]
        payload = _payload(VISIT, inspection_id, view, summary.model_dump(mode="json"))
        body = payload.model_dump(mode="json")  # made once: digested, and published to each laptop
        digest = _digest(payload, body)
        if held.get(inspection_id) == digest:
            continue
        values = {"establishment_id": establishment_id, "group_id": payload.group_id,
                  "owner_device_id": record.owner_device_id, "data": payload.data, "digest": digest,
                  "updated_at": now}
        if inspection_id in held:
            changed_rows.append({"b_item_id": inspection_id, **{f"v_{k}": v for k, v in values.items()}})
        else:
            new_rows.append({"item": VISIT, "item_id": inspection_id, **values})
        if view.province_code not in devices:
            devices[view.province_code] = targets(conn, view.province_code)
        _send(conn, [d for d in devices[view.province_code] if d != record.owner_device_id], payload, body)
    if new_rows:
        conn.execute(insert(FileItem), new_rows)
    if changed_rows:
        conn.execute(update(FileItem).where(FileItem.item == VISIT, FileItem.item_id == bindparam("b_item_id"))
                     .values({k[2:]: bindparam(k) for k in changed_rows[0] if k.startswith("v_")}), changed_rows)


def _groups_of(conn: Connection, establishment_ids: Iterable[str]) -> dict[str, str]:
    """The group of each of these establishment records that has one."""
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(establishment_ids))):
        found.update((r.establishment_id, r.group_id) for r in conn.execute(
            select(EstablishmentMatch.establishment_id, EstablishmentMatch.group_id)
            .where(among(conn, EstablishmentMatch.establishment_id, chunk))))
    return found


def group_views(conn: Connection, group_ids: Iterable[str]) -> dict[str, GroupView]:
    """`group_view` of many groups, read together."""
    wanted = sorted(set(group_ids))
    if not wanted:
        return {}
    member_ids = establishment_groups.members(conn, wanted)
    fields = establishment_groups.establishment_fields(conn, [m[0] for m in member_ids.values() if m])
    provinces: dict[str, str | None] = {}
    for chunk in _chunks(wanted):
        for group_id, province in conn.execute(select(EstablishmentMatch.group_id, EstablishmentMatch.province_code)
                                               .where(among(conn, EstablishmentMatch.group_id, chunk))
                                               .order_by(EstablishmentMatch.matched_at)):
            provinces.setdefault(group_id, province)  # the earliest match's, as group_view reads it
    views = {}
    for group_id in wanted:
        members = member_ids.get(group_id) or []
        first = fields.get(members[0], {}) if members else {}
        views[group_id] = GroupView(group_id, tuple(members), provinces.get(group_id),
                                    {k: first[k] for k in _DESCRIBED if first.get(k) is not None})
    return views


# --- what changes the files -----------------------------------------------------------------------------


def regroup(conn: Connection, moves: list[establishment_groups.Move], now: datetime) -> None:
    """After records moved between groups: their items go with them, and both groups' items carry the new
    list of records (laptops of a province the item left have it withdrawn)."""
    if not moves:
        return
    moved = sorted({m.establishment_id for m in moves if m.from_group})
    for chunk in _chunks(moved):
        for row in conn.execute(select(FileItem).where(among(conn, FileItem.establishment_id, chunk))).all():
            new_group = establishment_groups.group_of(conn, row.establishment_id)
            if new_group is None or new_group == row.group_id:
                continue
            old, new = group_view(conn, row.group_id), group_view(conn, new_group)
            conn.execute(update(FileItem).where(FileItem.item == row.item, FileItem.item_id == row.item_id)
                         .values(group_id=new_group, digest="", updated_at=now))
            if old.province_code != new.province_code:
                stay = set(targets(conn, new.province_code))
                _send(conn, [d for d in targets(conn, old.province_code) if d not in stay],
                      EstablishmentFileItemPayload(item=row.item, item_id=row.item_id, group_id=row.group_id,
                                                   withdrawn=True))
    changed = sorted({m.to_group for m in moves} | {m.from_group for m in moves if m.from_group})
    with_items: set[str] = set()  # a new workplace's group has no items yet: nothing to refresh
    for chunk in _chunks(changed):
        with_items.update(conn.execute(select(FileItem.group_id).where(among(conn, FileItem.group_id, chunk))
                                       .distinct()).scalars())
    for group_id in changed:
        if group_id in with_items:
            _refresh_group(conn, group_id, now)


def _index_inspections(conn: Connection, records: list[tuple[str, dict[str, Any]]]) -> None:
    wanted: dict[str, tuple[str | None, str | None]] = {}
    for inspection_id, fields in records:  # the last of an inspection's records in the batch counts
        establishment, previous = fields.get("establishment_id"), fields.get("previous_inspection_id")
        wanted[inspection_id] = (establishment if isinstance(establishment, str) else None,
                                 previous if isinstance(previous, str) else None)
    held: dict[str, tuple[str | None, str | None]] = {}
    for chunk in _chunks(sorted(wanted)):
        for row in conn.execute(select(InspectionLink.inspection_id, InspectionLink.establishment_id,
                                       InspectionLink.previous_inspection_id)
                                .where(among(conn, InspectionLink.inspection_id, chunk))):
            held[row.inspection_id] = (row.establishment_id, row.previous_inspection_id)
    new = [{"inspection_id": i, "establishment_id": e, "previous_inspection_id": p}
           for i, (e, p) in wanted.items() if i not in held]
    changed = [{"b_id": i, "v_establishment_id": e, "v_previous_inspection_id": p}
               for i, (e, p) in wanted.items() if i in held and held[i] != (e, p)]
    if new:
        conn.execute(insert(InspectionLink), new)
    if changed:
        conn.execute(update(InspectionLink).where(InspectionLink.inspection_id == bindparam("b_id"))
                     .values(establishment_id=bindparam("v_establishment_id"),
                             previous_inspection_id=bindparam("v_previous_inspection_id")), changed)


SUMMARISED = frozenset({"findings", "finding_verifications"})  # the records under an inspection a visit shows
FOLLOWED = frozenset({"establishments", "inspections"}) | SUMMARISED  # what `after_push` looks at


@dataclass(frozen=True)
class Applied:
    """A record a push (or bundle) just wrote at HQ."""

    entity: str
    entity_id: str
    inspection_id: str | None
    fields_json: str
    fields: dict[str, Any] | None = None  # what `fields_json` was made from, when at hand (read only)

    def read(self) -> dict[str, Any]:
        return self.fields if self.fields is not None else json.loads(self.fields_json)


def after_push(conn: Connection, device_id: str, applied: Sequence[Applied]) -> None:
    """Bring groups, provinces, findings' status and visits up to date with what a batch wrote."""
    if not applied:
        return
    now = utcnow()
    establishments, inspections, verifications = [], [], []
    touched: set[str] = set()
    finding_ids: list[str] = []
    for row in applied:
        if row.entity == "establishments":
            establishments.append((row.entity_id, row.read()))
        elif row.entity == "inspections":
            inspections.append((row.entity_id, row.read()))
            touched.add(row.entity_id)
        elif row.entity in SUMMARISED:
            # A visit's summary shows its inspection, findings and verifications only (`_visit`): a batch of
            # checklist answers, signatures or interviews changes no visit.
            if row.inspection_id:
                touched.add(row.inspection_id)
            if row.entity == "finding_verifications":
                verifications.append((row.entity_id, row.read()))
            else:
                finding_ids.append(row.entity_id)
    moves = establishment_groups.match(conn, establishments, now) if establishments else []
    if inspections:
        _index_inspections(conn, inspections)
        for _inspection_id, fields in inspections:
            earlier = fields.get("previous_inspection_id")
            establishment_id = fields.get("establishment_id")
            if not isinstance(earlier, str) or not isinstance(establishment_id, str):
                continue
            touched.add(earlier)  # its "followed by" changes
            earlier_establishment = conn.execute(select(InspectionLink.establishment_id).where(
                InspectionLink.inspection_id == earlier)).scalar_one_or_none()
            earlier_group = establishment_groups.group_of(conn, earlier_establishment) if earlier_establishment else None
            if earlier_group is not None:
                move = establishment_groups.join_earlier_visit(conn, establishment_id, earlier_group, now)
                if move is not None:
                    moves.append(move)
    if establishments:
        device_provinces.ensure_current(conn, device_id, now)
    regroup(conn, moves, now)
    named = finding_states.index_verifications(conn, verifications) if verifications else set()
    recheck = named | finding_states.with_states(conn, finding_ids)
    if inspections:
        recheck |= finding_states.verified_at(conn, [i for i, _ in inspections])
    touched |= finding_states.derive_states(conn, recheck, now)
    refresh_visits(conn, touched, now)


def after_review(conn: Connection, inspection_id: str) -> None:
    """A decision changes the visit's status, and whether the verifications of a follow-up count."""
    now = utcnow()
    touched = {inspection_id} | finding_states.derive_states(conn, finding_states.verified_at(conn, [inspection_id]),
                                                              now)
    refresh_visits(conn, touched, now)


def catch_up(conn: Connection) -> None:
    """Index and match what HQ took before establishment files existed (run once, by the migration)."""
    now = utcnow()
    rows = conn.execute(select(Record.entity_id, Record.fields).where(Record.entity == "inspections")).all()
    _index_inspections(conn, [(r.entity_id, r.fields) for r in rows])
    establishment_groups.match(conn, establishment_groups.unmatched_establishments(conn), now)


# --- HQ's own view of a file (for the workspace and the command line) -------------------------------------


@dataclass(frozen=True)
class EstablishmentFile:
    group_id: str
    establishment_ids: tuple[str, ...]
    establishment: dict[str, Any]
    visits: tuple[VisitSummary, ...]  # newest first
    summary: FileSummary


def establishment_file(db: HQDatabase, establishment_id: str) -> EstablishmentFile:
    """Every visit HQ holds of the workplace this establishment record belongs to (signed or not)."""
    with db.read() as conn:
        group_id = establishment_groups.group_of(conn, establishment_id)
        member_ids = establishment_groups.members(conn, [group_id])[group_id] if group_id else [establishment_id]
        fields = establishment_groups.establishment_fields(conn, member_ids[:1]).get(member_ids[0])
        if fields is None:
            raise NotFound(f"HQ holds no establishment {establishment_id}.")
        ids: list[str] = []
        for chunk in _chunks(member_ids):
            ids += conn.execute(select(InspectionLink.inspection_id)
                                .where(among(conn, InspectionLink.establishment_id, chunk))).scalars().all()
        visits = [summary for summary, _record in build_visits(conn, ids).values()]
    visits.sort(key=lambda v: (v.visit_date, v.reference), reverse=True)
    return EstablishmentFile(group_id or "", tuple(member_ids),
                             {k: fields[k] for k in _DESCRIBED if fields.get(k) is not None}, tuple(visits),
                             summarise((v.model_dump(mode="json"), "hq") for v in visits))
