"""The attacks an enrolled laptop could make on another laptop's testimony, replayed from the attacker's seat.

Laptop B is a real laptop (demo data, synced through the engine). The attacker holds one enrolled
laptop of its own (A) and everything HQ's export shows. Each attack must be refused with a clear
reason, leave nothing of A's under B's inspection, keep `inspector-hq review <reference>` working,
and leave B syncing as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection, WorkerInterview
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import devices, users
from inspector_app.sync.engine import SyncEngine

from .attacks import (
    Victim,
    b_is_intact,
    bundle_with_forged_changes,
    copy_a_reference,
    export,
    fake_laptop_with_code,
    take_over_identity,
    write_into_anothers_inspection,
    write_users,
)
from .devices import FakeLaptop, fake_laptop
from .support import HQServer


@pytest.fixture
def victim(enrolled: Store, hq: HQServer) -> Iterator[Victim]:
    demo.generate(enrolled, inspections=16, seed=21)
    engine = SyncEngine.for_store(enrolled)
    assert engine.sync_round().ok
    with enrolled.session() as s:
        with_testimony = select(WorkerInterview.inspection_id)
        target = s.scalars(select(Inspection).where(Inspection.status == "submitted",
                                                    Inspection.id.in_(with_testimony))).first()
        draft = s.scalars(select(Inspection).where(Inspection.status == "draft")).first()
    assert target is not None and draft is not None
    device_id = devices.list_devices(hq.db)[0].id
    users.create_user(hq.db, "ploy", "Ploy S.", "a long enough password")
    yield Victim(enrolled, engine, device_id, target.id, target.reference, draft.id)
    engine.close()


@pytest.fixture
def attacker(hq: HQServer, victim: Victim) -> FakeLaptop:
    return fake_laptop(hq, "Laptop A")


def test_testimony_written_into_another_laptops_inspection_is_refused(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused, own = write_into_anothers_inspection(victim, attacker)
    exported = b_is_intact(hq, victim, attacker, tmp_path, capsys)
    assert not [r for r in exported["worker_interviews"] if r["id"].startswith("a-interview")]
    assert not [r for r in exported["findings"] if r["id"].startswith("a-finding")]
    planted_row = next(r for r in exported["worker_interviews"] if r["id"].startswith("a-planted"))
    assert planted_row["inspection_id"] == own and planted_row["hq_writer_device_id"] == attacker.device_id


def test_an_inspection_copying_another_reference_is_refused(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_a_reference(victim, attacker)
    code = hq_cli.main(["inspections", "--db", hq.db_url, "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and [r["id"] for r in listed if r["reference"] == victim.reference] == [victim.inspection]
    mine = next(r for r in listed if r["id"] == victim.inspection)
    assert mine["owner_device_id"] == mine["writer_device_id"] == victim.device_id
    b_is_intact(hq, victim, attacker, tmp_path, capsys)


def test_a_laptop_cannot_write_an_hq_account(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_users(hq, attacker)
    exported = b_is_intact(hq, victim, attacker, tmp_path, capsys)
    assert [u["display_name"] for u in exported["users"]] == ["Ploy S."]
    assert "Attacker" not in json.dumps(exported, ensure_ascii=False)


def test_taking_over_another_laptops_identity_is_refused(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop_b = next(d for d in export(hq, tmp_path / "recon", capsys)["devices"] if d["id"] == victim.device_id)
    _refused, code = take_over_identity(hq, victim, attacker, laptop_b)
    # Nothing changed: the code is unused (a real new laptop can enrol with it), B's token works.
    assert fake_laptop_with_code(hq, code).device_id != victim.device_id
    b_is_intact(hq, victim, attacker, tmp_path, capsys)


def test_a_usb_bundle_is_judged_by_the_same_rules(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle_with_forged_changes(hq, victim, attacker, tmp_path / "attacker.bundle", capsys)
    b_is_intact(hq, victim, attacker, tmp_path, capsys)
