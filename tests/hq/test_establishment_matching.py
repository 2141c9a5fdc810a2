"""HQ matches a batch of new establishment records with a few statements for the whole batch: every
laptop's records end in exactly the workplaces (groups), by exactly the rules, with exactly the key claims
that matching them one at a time gives, whatever the mix of registration numbers, social security
numbers, names and provinces, and over several pushes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from inspector_app.hq import establishment_groups
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.models import EstablishmentKey, EstablishmentMatch, EstablishmentMatchLog, utcnow

_made = iter(range(10**9))

records = st.lists(st.fixed_dictionaries({
    "province_code": st.sampled_from(["50", "63", None, "6"]),
    "subdistrict_code": st.sampled_from(["500101", "630601", None]),
    "registration_no": st.sampled_from(["0105561000001", "0105-561-000001", "0205561000009", None, ""]),
    "social_security_no": st.sampled_from(["1000001", "1000002", None]),
    "name_th": st.sampled_from(["บริษัท ดอยงาม จำกัด", "ดอยงาม", "หจก. สายลม", None]),
    "name_en": st.sampled_from(["Doi Ngam Co., Ltd.", None]),
}), min_size=1, max_size=8)


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HQDatabase, HQDatabase]]:
    folder: Path = tmp_path_factory.mktemp("matching")
    together, one_by_one = open_database(str(folder / "together.db")), open_database(str(folder / "one.db"))
    yield together, one_by_one
    together.dispose()
    one_by_one.dispose()


def _held(db: HQDatabase, ids: list[str]) -> tuple[Any, ...]:
    """The workplaces these records are in (as sets of records, with their rules), the claims (as the records
    of the group holding each key) and the log, with HQ's random group ids taken out."""
    with db.read() as conn:
        matches = {r.establishment_id: r for r in conn.execute(
            select(EstablishmentMatch).where(EstablishmentMatch.establishment_id.in_(ids)))}
        members: dict[str, set[str]] = {}
        for row in matches.values():
            members.setdefault(row.group_id, set()).add(row.establishment_id)
        named = {g: frozenset(m) for g, m in members.items()}
        groups = {(frozenset(members[r.group_id]), r.establishment_id, r.rule, r.province_code, r.registration_key,
                   r.social_security_key, r.name_key) for r in matches.values()}
        claims = {(k.province_code, k.kind, k.key, named.get(k.group_id)) for k in conn.execute(
            select(EstablishmentKey).where(EstablishmentKey.group_id.in_(list(members))))}
        log = [(r.establishment_id, r.from_group is None, named.get(r.to_group), r.rule) for r in conn.execute(
            select(EstablishmentMatchLog).where(EstablishmentMatchLog.establishment_id.in_(ids))
            .order_by(EstablishmentMatchLog.id))]
    return groups, claims, log


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(records, min_size=1, max_size=3))
@example([[{"province_code": "63", "subdistrict_code": "630601", "registration_no": "0105561000001", "name_th": "ดอยงาม"},
           {"province_code": "63", "subdistrict_code": "630601", "registration_no": None, "name_th": "ดอยงาม"},
           {"province_code": "63", "registration_no": "0105561000001", "social_security_no": "1000002"},
           {"province_code": "63", "subdistrict_code": "630601", "registration_no": "0205561000009",
            "name_th": "บริษัท ดอยงาม จำกัด"}]])
def test_a_batch_matches_as_its_records_one_at_a_time(databases: tuple[HQDatabase, HQDatabase],
                                                     pushes: list[list[dict[str, Any]]]) -> None:
    together, one_by_one = databases
    ids: list[str] = []
    for fields_of in pushes:
        batch = [(f"est-{next(_made)}", fields) for fields in fields_of]
        ids += [i for i, _ in batch]
        now = utcnow()
        with together.write() as conn:
            moved = establishment_groups.match(conn, batch, now)
        with one_by_one.write() as conn:
            expected = establishment_groups.match_each(conn, batch, now)
        assert [m.establishment_id for m in moved] == [m.establishment_id for m in expected]
    assert _held(together, ids) == _held(one_by_one, ids)


def test_a_record_matched_before_with_other_keys_moves_as_before(databases: tuple[HQDatabase, HQDatabase]) -> None:
    together, _ = databases
    first, second = f"est-{next(_made)}", f"est-{next(_made)}"
    fields = {"province_code": "63", "subdistrict_code": "630601", "registration_no": "0999000000011",
              "name_th": "โรงงานทดสอบ"}
    with together.write() as conn:
        establishment_groups.match(conn, [(first, fields), (second, {**fields, "registration_no": None})], utcnow())
        assert establishment_groups.group_of(conn, first) == establishment_groups.group_of(conn, second)
    with together.write() as conn:  # the second record now carries another employer's number: it leaves
        moves = establishment_groups.match(conn, [(second, {**fields, "registration_no": "0999000000029"})],
                                           utcnow())
        assert [m.establishment_id for m in moves] == [second]
        assert establishment_groups.group_of(conn, first) != establishment_groups.group_of(conn, second)
