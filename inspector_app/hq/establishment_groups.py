"""Which establishment records are the same workplace: every laptop makes its own records.

HQ puts each establishment record in a group, in its province, by the first rule that finds one:

1. the same registration number (juristic person / business registration), digits and letters only;
2. else the same social security (employer account) number, digits and letters only;
3. else the same normalised name in the same subdistrict: the Thai name in Unicode NFC, lower case,
   without legal-form words ("บริษัท", "จำกัด", "(มหาชน)", "ห้างหุ้นส่วนจำกัด", "หจก.", "Co., Ltd." ...)
   and without anything but letters, combining marks and digits;
4. a follow-up visit recorded against a record no rule matched joins the earlier visit's group;
5. else a group of its own.

A group whose members carry another registration (or social security) number is never joined by
the later rules: those are different employers. Matching stays within a province (a company's
branches elsewhere are other workplaces). A key belongs to the first group that claims it.

Matches are stored: an automatic match is made again only when the record's keys change, and a
supervisor's merge or split is never remade (`decided_by`). Every move is logged.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from .models import EstablishmentKey, EstablishmentMatch, EstablishmentMatchLog, Record

REGISTRATION, SOCIAL_SECURITY, NAME = "registration_no", "social_security_no", "name_subdistrict"
FOLLOW_UP, ALONE, MERGED, SPLIT = "follow_up", "new", "merged", "split"
_KEY_COLUMNS = {REGISTRATION: "registration_key", SOCIAL_SECURITY: "social_security_key", NAME: "name_key"}

# Legal-form words left out of names before comparing (longest first, so "ห้างหุ้นส่วนจำกัด" goes whole).
_NAME_NOISE = sorted([
    "บริษัทมหาชนจำกัด", "บริษัท", "จำกัด", "(มหาชน)", "มหาชน", "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญ",
    "ห้างหุ้นส่วน", "หจก.", "หจก", "บจก.", "บจก", "บมจ.", "บมจ", "public company limited", "company limited",
    "co., ltd.", "co.,ltd.", "co. ltd.", "co ltd", "limited partnership", "ltd.", "ltd", "limited", "pcl.", "pcl",
], key=len, reverse=True)


def normalise_number(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    kept = "".join(ch for ch in unicodedata.normalize("NFKC", value) if ch.isalnum()).upper()
    return kept or None


def normalise_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFC", value).casefold()
    for word in _NAME_NOISE:
        text = text.replace(word, " ")
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LMN")
    return kept or None


@dataclass(frozen=True)
class Keys:
    province: str | None
    registration: str | None
    social_security: str | None
    name: str | None

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> Keys:
        """The matching keys of a record as a laptop sent it; a value HQ cannot read (not a code, too
        long) is no key, so an odd record stays a workplace of its own instead of refusing the push."""
        province = _code(fields.get("province_code"), 2)
        subdistrict = _code(fields.get("subdistrict_code"), 6)
        name = normalise_name(fields.get("name_th")) or normalise_name(fields.get("name_en"))
        return cls(province, _bounded(normalise_number(fields.get("registration_no"))),
                   _bounded(normalise_number(fields.get("social_security_no"))),
                   f"{subdistrict}|{name[:380]}" if subdistrict and name else None)

    def by_kind(self) -> list[tuple[str, str]]:
        return [(kind, key) for kind, key in ((REGISTRATION, self.registration),
                                              (SOCIAL_SECURITY, self.social_security), (NAME, self.name)) if key]


def _code(value: Any, digits: int) -> str | None:
    return value if isinstance(value, str) and len(value) == digits and value.isascii() and value.isdigit() else None


def _bounded(key: str | None) -> str | None:
    return key if key and len(key) <= 64 else None


@dataclass(frozen=True)
class Move:
    establishment_id: str
    from_group: str | None
    to_group: str


def _stored_keys(row: Any) -> Keys:
    return Keys(row.province_code, row.registration_key, row.social_security_key, row.name_key)


def group_of(conn: Connection, establishment_id: str) -> str | None:
    return conn.execute(select(EstablishmentMatch.group_id)
                        .where(EstablishmentMatch.establishment_id == establishment_id)).scalar_one_or_none()


def members(conn: Connection, group_ids: Iterable[str]) -> dict[str, list[str]]:
    wanted = sorted(set(group_ids))
    found: dict[str, list[str]] = {g: [] for g in wanted}
    for start in range(0, len(wanted), 400):
        for row in conn.execute(select(EstablishmentMatch.group_id, EstablishmentMatch.establishment_id)
                                .where(EstablishmentMatch.group_id.in_(wanted[start : start + 400]))
                                .order_by(EstablishmentMatch.matched_at, EstablishmentMatch.establishment_id)):
            found[row.group_id].append(row.establishment_id)
    return found


def _claims(conn: Connection, group_id: str) -> dict[str, set[str]]:
    held: dict[str, set[str]] = {}
    for row in conn.execute(select(EstablishmentKey.kind, EstablishmentKey.key).where(
            EstablishmentKey.group_id == group_id)):
        held.setdefault(row.kind, set()).add(row.key)
    return held


def _conflicts(conn: Connection, group_id: str, keys: Keys, via: str) -> bool:
    """A group whose members carry another registration or social security number is another employer."""
    return _conflicting(_claims(conn, group_id), keys, via)


def _find_group(conn: Connection, keys: Keys) -> tuple[str, str] | None:
    if keys.province is None:
        return None
    for kind, key in keys.by_kind():
        group = conn.execute(select(EstablishmentKey.group_id).where(
            EstablishmentKey.province_code == keys.province, EstablishmentKey.kind == kind,
            EstablishmentKey.key == key)).scalar_one_or_none()
        if group is not None and not _conflicts(conn, group, keys, kind):
            return group, kind
    return None


def _claim(conn: Connection, group_id: str, keys: Keys) -> None:
    if keys.province is None:
        return
    for kind, key in keys.by_kind():
        held = conn.execute(select(EstablishmentKey.group_id).where(
            EstablishmentKey.province_code == keys.province, EstablishmentKey.kind == kind,
            EstablishmentKey.key == key)).scalar_one_or_none()
        if held is None:  # a concurrent claim of the same key fails on the primary key: the batch is retried
            conn.execute(insert(EstablishmentKey).values(province_code=keys.province, kind=kind, key=key,
                                                         group_id=group_id))


def _prune_claims(conn: Connection, group_id: str) -> None:
    """Keys of a group that none of its members carries any more stop pointing at it."""
    rows = conn.execute(select(EstablishmentMatch).where(EstablishmentMatch.group_id == group_id)).all()
    carried = {(k, v) for row in rows for k, v in _stored_keys(row).by_kind()}
    for kind, keys in _claims(conn, group_id).items():
        for key in keys - {v for k, v in carried if k == kind}:
            conn.execute(delete(EstablishmentKey).where(EstablishmentKey.group_id == group_id,
                                                        EstablishmentKey.kind == kind, EstablishmentKey.key == key))


def _place(conn: Connection, establishment_id: str, keys: Keys, group_id: str, rule: str, now: datetime,
           previous: Any | None, by: str | None = None, note: str | None = None) -> Move | None:
    values = {"group_id": group_id, "province_code": keys.province, "rule": rule, "decided_by": by,
              "registration_key": keys.registration, "social_security_key": keys.social_security,
              "name_key": keys.name, "updated_at": now}
    if previous is None:
        conn.execute(insert(EstablishmentMatch).values(establishment_id=establishment_id, matched_at=now, **values))
    else:
        conn.execute(update(EstablishmentMatch).where(EstablishmentMatch.establishment_id == establishment_id)
                     .values(**values))
    from_group = previous.group_id if previous is not None else None
    if from_group == group_id:
        return None
    conn.execute(insert(EstablishmentMatchLog).values(at=now, establishment_id=establishment_id, from_group=from_group,
                                                      to_group=group_id, rule=rule, by_name=by, note=note))
    if from_group is not None:
        _prune_claims(conn, from_group)
    return Move(establishment_id, from_group, group_id)


def match(conn: Connection, records: Iterable[tuple[str, Mapping[str, Any]]], now: datetime) -> list[Move]:
    """Match establishment records (id, fields) HQ just took; returns the moves between groups."""
    records = list(records)
    together = _match_together(conn, records, now)
    return together if together is not None else match_each(conn, records, now)


def match_each(conn: Connection, records: Iterable[tuple[str, Mapping[str, Any]]], now: datetime) -> list[Move]:
    """`match`, one record at a time (the rules as they read; `_match_together` makes the same matches)."""
    moves = []
    for establishment_id, fields in records:
        keys = Keys.of(fields)
        previous = conn.execute(select(EstablishmentMatch).where(
            EstablishmentMatch.establishment_id == establishment_id)).first()
        if previous is not None and (previous.decided_by is not None or _stored_keys(previous) == keys):
            continue
        found = _find_group(conn, keys)
        if found is None and previous is not None and previous.province_code == keys.province \
                and previous.rule in (ALONE, FOLLOW_UP):
            group_id, rule = previous.group_id, previous.rule  # nothing better: stays where it is
        elif found is None:
            group_id, rule = str(uuid.uuid4()), ALONE
        else:
            group_id, rule = found
        move = _place(conn, establishment_id, keys, group_id, rule, now, previous)
        _claim(conn, group_id, keys)
        if move is not None:
            moves.append(move)
    return moves


def _match_together(conn: Connection, records: list[tuple[str, Mapping[str, Any]]], now: datetime
                    ) -> list[Move] | None:
    """`match` for a batch of records HQ has not matched before (or whose keys did not change), with a few
    reads and writes for the whole batch instead of a dozen statements per record: the same rules, in the
    same order, each record seeing the keys the ones before it claimed. None (nothing written) when a
    record was matched before with other keys: `match` then takes the records one by one."""
    if len({establishment_id for establishment_id, _ in records}) != len(records):
        return None
    keyed = [(establishment_id, Keys.of(fields)) for establishment_id, fields in records]
    previous: dict[str, Any] = {}
    for start in range(0, len(keyed), 400):
        chunk = [establishment_id for establishment_id, _ in keyed[start : start + 400]]
        previous.update((row.establishment_id, row) for row in conn.execute(
            select(EstablishmentMatch).where(EstablishmentMatch.establishment_id.in_(chunk))))
    fresh = []
    for establishment_id, keys in keyed:
        held = previous.get(establishment_id)
        if held is None:
            fresh.append((establishment_id, keys))
        elif held.decided_by is None and _stored_keys(held) != keys:
            return None  # matched again: it may leave a group whose claims are then pruned
    claimed = _claimed_keys(conn, [keys for _, keys in fresh])  # (province, kind, key) -> group
    claims: dict[str, dict[str, set[str]]] = {}  # group -> kind -> its keys (read once, then kept here)
    wanted = sorted(set(claimed.values()))
    for start in range(0, len(wanted), 400):
        for row in conn.execute(select(EstablishmentKey.group_id, EstablishmentKey.kind, EstablishmentKey.key)
                                .where(EstablishmentKey.group_id.in_(wanted[start : start + 400]))):
            claims.setdefault(row.group_id, {}).setdefault(row.kind, set()).add(row.key)
    matches, logs, new_keys, moves = [], [], [], []
    for establishment_id, keys in fresh:
        group_id, rule = str(uuid.uuid4()), ALONE
        if keys.province is not None:
            for kind, key in keys.by_kind():  # `_find_group`
                group = claimed.get((keys.province, kind, key))
                if group is not None and not _conflicting(claims.get(group, {}), keys, kind):
                    group_id, rule = group, kind
                    break
        matches.append({"establishment_id": establishment_id, "matched_at": now, "group_id": group_id,
                        "province_code": keys.province, "rule": rule, "decided_by": None,
                        "registration_key": keys.registration, "social_security_key": keys.social_security,
                        "name_key": keys.name, "updated_at": now})
        logs.append({"at": now, "establishment_id": establishment_id, "from_group": None, "to_group": group_id,
                     "rule": rule, "by_name": None, "note": None})
        moves.append(Move(establishment_id, None, group_id))
        if keys.province is not None:
            for kind, key in keys.by_kind():  # `_claim`
                if (keys.province, kind, key) not in claimed:
                    claimed[(keys.province, kind, key)] = group_id
                    claims.setdefault(group_id, {}).setdefault(kind, set()).add(key)
                    new_keys.append({"province_code": keys.province, "kind": kind, "key": key, "group_id": group_id})
    if matches:
        conn.execute(insert(EstablishmentMatch), matches)
        conn.execute(insert(EstablishmentMatchLog), logs)
    if new_keys:  # a concurrent claim of the same key fails on the primary key: the batch is retried
        conn.execute(insert(EstablishmentKey), new_keys)
    return moves


def _claimed_keys(conn: Connection, keyed: list[Keys]) -> dict[tuple[str, str, str], str]:
    """Which group holds each of these keys in its province."""
    wanted = {(keys.province, kind, key) for keys in keyed if keys.province is not None for kind, key in keys.by_kind()}
    found: dict[tuple[str, str, str], str] = {}
    for kind in (REGISTRATION, SOCIAL_SECURITY, NAME):
        values = sorted({key for _province, k, key in wanted if k == kind})
        for start in range(0, len(values), 400):
            for row in conn.execute(select(EstablishmentKey.province_code, EstablishmentKey.key,
                                           EstablishmentKey.group_id)
                                    .where(EstablishmentKey.kind == kind,
                                           EstablishmentKey.key.in_(values[start : start + 400]))):
                if (row.province_code, kind, row.key) in wanted:
                    found[(row.province_code, kind, row.key)] = row.group_id
    return found


def _conflicting(held: Mapping[str, set[str]], keys: Keys, via: str) -> bool:
    """`_conflicts` on the claims a group holds."""
    for kind, own in ((REGISTRATION, keys.registration), (SOCIAL_SECURITY, keys.social_security)):
        if kind != via and own and held.get(kind) and own not in held[kind]:
            return True
    return False


def join_earlier_visit(conn: Connection, establishment_id: str, earlier_group: str, now: datetime) -> Move | None:
    """Rule 4: a record no key matched, whose follow-up visit follows a visit of another group, joins it."""
    previous = conn.execute(select(EstablishmentMatch).where(
        EstablishmentMatch.establishment_id == establishment_id)).first()
    if previous is None or previous.rule != ALONE or previous.decided_by is not None \
            or previous.group_id == earlier_group:
        return None
    if len(members(conn, [previous.group_id])[previous.group_id]) != 1:
        return None
    earlier_province = conn.execute(select(EstablishmentMatch.province_code).where(
        EstablishmentMatch.group_id == earlier_group).limit(1)).scalar_one_or_none()
    if earlier_province != previous.province_code:
        return None
    keys = _stored_keys(previous)
    if _conflicts(conn, earlier_group, keys, FOLLOW_UP):
        return None
    move = _place(conn, establishment_id, keys, earlier_group, FOLLOW_UP, now, previous)
    _claim(conn, earlier_group, keys)
    return move


def establishment_fields(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    wanted = sorted(set(ids))
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), 400):
        for row in conn.execute(select(Record.entity_id, Record.fields).where(
                Record.entity == "establishments", Record.entity_id.in_(wanted[start : start + 400]))):
            found[row.entity_id] = row.fields
    return found


def unmatched_establishments(conn: Connection) -> list[tuple[str, dict[str, Any]]]:
    """Establishment records HQ holds without a match (those it took before matching existed)."""
    matched = select(EstablishmentMatch.establishment_id)
    return [(row.entity_id, row.fields) for row in conn.execute(
        select(Record.entity_id, Record.fields).where(Record.entity == "establishments",
                                                      Record.entity_id.not_in(matched))
        .order_by(Record.created_at, Record.entity_id))]


# --- a supervisor's decisions ----------------------------------------------------------------------------


def merge_groups(conn: Connection, establishment_ids: list[str], by: str, note: str | None,
                 now: datetime) -> list[Move]:
    """Every record in the groups of these records joins the first one's group (never remade automatically)."""
    target = group_of(conn, establishment_ids[0])
    if target is None:
        raise LookupError(establishment_ids[0])
    moves = []
    for other in establishment_ids[1:]:
        group = group_of(conn, other)
        if group is None:
            raise LookupError(other)
        if group == target:
            continue
        for member in members(conn, [group])[group]:
            row = conn.execute(select(EstablishmentMatch).where(EstablishmentMatch.establishment_id == member)).first()
            move = _place(conn, member, _stored_keys(row), target, MERGED, now, row, by, note)
            if move is not None:
                moves.append(move)
        for claim in conn.execute(select(EstablishmentKey).where(EstablishmentKey.group_id == group)).all():
            conn.execute(update(EstablishmentKey).where(
                EstablishmentKey.province_code == claim.province_code, EstablishmentKey.kind == claim.kind,
                EstablishmentKey.key == claim.key).values(group_id=target))
    return moves


def split_record(conn: Connection, establishment_id: str, by: str, note: str | None, now: datetime) -> Move:
    """The record leaves its group for a group of its own (never matched again automatically). Its keys stay
    with the group it left, where its former fellow members still carry them."""
    row = conn.execute(select(EstablishmentMatch).where(
        EstablishmentMatch.establishment_id == establishment_id)).first()
    if row is None:
        raise LookupError(establishment_id)
    move = _place(conn, establishment_id, _stored_keys(row), str(uuid.uuid4()), SPLIT, now, row, by, note)
    assert move is not None
    return move
