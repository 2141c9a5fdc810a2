"""A supervisor's view and decisions on which establishment records are one workplace.

Plain functions (the workspace can call them as the command line does). A merge or split is stored
(`decided_by`: never remade automatically), logged in `establishment_match_log`, and the files of the
groups involved are published again in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from . import establishment_files, establishment_groups
from .db import HQDatabase
from .errors import Invalid, NotFound
from .models import Device, EstablishmentMatch, Record, utcnow


@dataclass(frozen=True)
class Member:
    establishment_id: str
    name_th: str
    name_en: str | None
    registration_no: str | None
    social_security_no: str | None
    subdistrict_code: str | None
    rule: str
    decided_by: str | None
    device_name: str


@dataclass(frozen=True)
class Group:
    group_id: str
    province_code: str | None
    members: tuple[Member, ...]


def list_groups(db: HQDatabase, province: str | None = None) -> list[Group]:
    with db.read() as conn:
        query = (select(EstablishmentMatch, Record.fields, Device.name.label("device_name"))
                 .join(Record, (Record.entity == "establishments") & (Record.entity_id == EstablishmentMatch.establishment_id))
                 .join(Device, Device.id == Record.owner_device_id)
                 .order_by(EstablishmentMatch.province_code, EstablishmentMatch.group_id, EstablishmentMatch.matched_at))
        if province:
            query = query.where(EstablishmentMatch.province_code == province)
        rows = conn.execute(query).all()
    groups: dict[str, list[Member]] = {}
    provinces: dict[str, str | None] = {}
    for row in rows:
        match, fields = row[0], row.fields
        provinces.setdefault(match.group_id, match.province_code)
        groups.setdefault(match.group_id, []).append(Member(
            match.establishment_id, str(fields.get("name_th") or ""), fields.get("name_en"),
            fields.get("registration_no"), fields.get("social_security_no"), fields.get("subdistrict_code"),
            match.rule, match.decided_by, row.device_name))
    return [Group(g, provinces[g], tuple(m)) for g, m in groups.items()]


@dataclass(frozen=True)
class Merged:
    group_id: str
    moved: int


def _require(conn, establishment_id: str) -> None:  # noqa: ANN001 - a Connection
    if establishment_groups.group_of(conn, establishment_id) is None:
        raise NotFound(f"HQ holds no establishment record {establishment_id!r} (see 'inspector-hq establishments').")


def merge(db: HQDatabase, establishment_ids: list[str], by: str, note: str | None = None) -> Merged:
    ids = list(dict.fromkeys(establishment_ids))
    if len(ids) < 2:
        raise Invalid("Name at least two establishment records to merge their workplaces.")
    now = utcnow()
    with db.write() as conn:
        for establishment_id in ids:
            _require(conn, establishment_id)
        provinces = {conn.execute(select(EstablishmentMatch.province_code).where(
            EstablishmentMatch.establishment_id == i)).scalar_one() for i in ids}
        if len(provinces) > 1:
            raise Invalid("These records are in different provinces; a workplace is in one province.")
        moves = establishment_groups.merge_groups(conn, ids, by, (note or "").strip() or None, now)
        establishment_files.regroup(conn, moves, now)
        group_id = establishment_groups.group_of(conn, ids[0])
    assert group_id is not None
    return Merged(group_id, len(moves))


def split(db: HQDatabase, establishment_id: str, by: str, note: str | None = None) -> str:
    now = utcnow()
    with db.write() as conn:
        _require(conn, establishment_id)
        move = establishment_groups.split_record(conn, establishment_id, by, (note or "").strip() or None, now)
        establishment_files.regroup(conn, [move], now)
    return move.to_group
