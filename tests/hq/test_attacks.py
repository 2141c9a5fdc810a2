"""The attacks an enrolled laptop could make on another laptop's testimony, replayed from the attacker's seat.

Laptop B is a real laptop (demo data, synced through the engine). The attacker holds one enrolled
laptop of its own (A) and everything HQ's export shows. Each attack must be refused with a clear
reason, leave nothing of A's under B's inspection, keep `inspector-hq review <reference>` working,
and leave B syncing as before.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection, WorkerInterview
from inspector_app.core.services import inspections
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import devices, users
from inspector_app.hq.models import User
from inspector_app.sync.client import ProtocolError
from inspector_app.sync.engine import SyncEngine
from inspector_app.hq.keys import hq_transport_public_key
from inspector_app.sync.bundle_file import write_bundle
from inspector_app.sync.protocol import enrol_proof_message

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

NOT_YOURS = "belongs to another laptop"


@dataclass
class Victim:
    store: Store
    engine: SyncEngine
    device_id: str  # HQ's id for laptop B
    inspection: str  # a submitted inspection of B's
    reference: str
    draft: str  # a draft B keeps working on


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


def _export(hq: HQServer, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict]]:
    assert hq_cli.main(["export", "--db", hq.db_url, "--format", "json", "--out", str(out)]) == 0
    capsys.readouterr()
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def _b_is_intact(hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict]]:
    """What must hold after every attack; returns the export for more checks."""
    exported = _export(hq, tmp_path / "export", capsys)
    under_b = [row for rows in exported.values() for row in rows if "hq_owner_device_id" in row
               and victim.inspection in (row.get("inspection_id"), row.get("id"))]
    assert len(under_b) > 5
    assert {(r["hq_owner_device_id"], r["hq_writer_device_id"]) for r in under_b} == {(victim.device_id,) * 2}
    history = [h for h in exported["record_history"] if h["writer_device_id"] == attacker.device_id]
    assert all(h["entity_id"] not in {r["id"] for r in under_b} for h in history)
    # A supervisor can still review B's inspection by its reference.
    assert hq_cli.main(["review", "--db", hq.db_url, victim.reference, "--approve"]) == 0
    assert f"Approved inspection {victim.reference}" in capsys.readouterr().out
    # And B keeps syncing: its next change is applied, the decision arrives.
    inspections.update_inspection(victim.store, victim.draft, summary="ตรวจซ้ำแล้ว / checked again")
    report = victim.engine.sync_round()
    assert report.ok and report.applied == 1 and report.rejected == 0, report
    with victim.store.session() as s:
        assert s.get(Inspection, victim.inspection).status == "approved"
    return exported


def test_testimony_written_into_another_laptops_inspection_is_refused(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with victim.store.session() as s:
        b_interview = s.scalars(select(WorkerInterview.id).where(
            WorkerInterview.inspection_id == victim.inspection)).first()
    interview = attacker.op("worker_interviews", "a-interview", 0, 1, inspection_id=victim.inspection,
                            worker_code="W-99", notes_original="Invented testimony")
    finding = attacker.op("findings", "a-finding", 0, 1, inspection_id=victim.inspection, severity="S1",
                          title="Invented forced-labour finding")
    # From its own inspection: a record moved into B's, and records pointing into B's.
    own = attacker.own_inspection()
    planted = attacker.op("worker_interviews", "a-planted", 0, 1, inspection_id=own, worker_code="W-01")
    moved = attacker.op("worker_interviews", "a-planted", 1, 2, inspection_id=victim.inspection, worker_code="W-01")
    answers = attacker.push(interview, finding, planted, moved).results
    assert [a.status for a in answers] == ["rejected", "rejected", "applied", "rejected"]
    assert NOT_YOURS in answers[0].reason and NOT_YOURS in answers[1].reason
    assert "cannot move to another inspection" in answers[3].reason
    note = attacker.op("interpreter_notes", "a-note", 0, 1, inspection_id=own, interview_id=b_interview,
                       source_language="my", target_language="th", original="x")
    pointed = attacker.push(note).results[0]
    assert pointed.status == "rejected" and "records of its own inspection" in pointed.reason

    exported = _b_is_intact(hq, victim, attacker, tmp_path, capsys)
    assert not [r for r in exported["worker_interviews"] if r["id"] == "a-interview"]
    assert not [r for r in exported["findings"] if r["id"] == "a-finding"]
    planted_row = next(r for r in exported["worker_interviews"] if r["id"] == "a-planted")
    assert planted_row["inspection_id"] == own and planted_row["hq_writer_device_id"] == attacker.device_id


def test_an_inspection_copying_another_reference_is_refused(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = attacker.inspection("a-copy", reference=victim.reference, status="signed")
    padded = attacker.inspection("a-padded", reference=f" {victim.reference} ", status="signed")
    answers = attacker.push(copy, padded).results
    for answer in answers:
        assert answer.status == "rejected" and f"another inspection with reference {victim.reference}" in answer.reason
    code = hq_cli.main(["inspections", "--db", hq.db_url, "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and [r["id"] for r in listed if r["reference"] == victim.reference] == [victim.inspection]
    mine = next(r for r in listed if r["id"] == victim.inspection)
    assert mine["owner_device_id"] == mine["writer_device_id"] == victim.device_id
    _b_is_intact(hq, victim, attacker, tmp_path, capsys)


def test_a_laptop_cannot_write_an_hq_account(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    supervisor = users.find_reviewer(hq.db, "ploy")
    forged = attacker.op("users", supervisor.id, 0, 1, username="ploy", display_name="Attacker", role="admin")
    again = attacker.op("users", supervisor.id, 1, 2, username="ploy", display_name="Attacker", role="admin")
    for answer in attacker.push(forged, again).results:
        assert answer.status == "rejected" and "does not take users records" in answer.reason
    with hq.db.read() as conn:
        kept = conn.execute(select(User)).one()
    assert (kept.display_name, kept.role) == ("Ploy S.", "supervisor")
    exported = _b_is_intact(hq, victim, attacker, tmp_path, capsys)
    assert [u["display_name"] for u in exported["users"]] == ["Ploy S."]
    assert "Attacker" not in json.dumps(exported, ensure_ascii=False)


def test_taking_over_another_laptops_identity_is_refused(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop_b = next(d for d in _export(hq, tmp_path / "recon", capsys)["devices"] if d["id"] == victim.device_id)
    code, _ = devices.new_enrol_code(hq.db)
    enrol = f"{hq.url}/api/v1/enrol"
    claim = {"code": code, "local_device_id": laptop_b["local_id"], "device_name": "Laptop B",
             "public_key": laptop_b["public_key"]}

    unsigned = httpx.post(enrol, json=claim)
    assert unsigned.status_code == 403 and unsigned.json()["code"] == "device_proof_required"
    assert "signature" in unsigned.json()["detail"]

    own_key = Ed25519PrivateKey.generate()
    challenge = httpx.post(f"{enrol}/challenge", json={"local_device_id": laptop_b["local_id"]}).json()["challenge"]
    forged = own_key.sign(enrol_proof_message(challenge, laptop_b["local_id"], laptop_b["public_key"]))
    signed_by_a = httpx.post(enrol, json={**claim, "challenge": challenge,
                                          "signature": base64.b64encode(forged).decode()})
    assert signed_by_a.status_code == 403 and signed_by_a.json()["code"] == "bad_device_signature"

    own_public = base64.b64encode(own_key.public_key().public_bytes_raw()).decode()
    other_key = httpx.post(enrol, json={**claim, "public_key": own_public})
    assert other_key.status_code == 409 and other_key.json()["code"] == "device_id_taken"

    # With no token of B's, A cannot speak for B either.
    with pytest.raises(ProtocolError) as speaking_for_b:
        attacker.client.push(attacker.batch().model_copy(update={"device_id": victim.device_id}))
    assert speaking_for_b.value.status == 403
    forged_op = attacker.op("inspections", victim.inspection, 1, 2, reference=victim.reference, summary="forged")
    forged_op.op_id = f"{laptop_b['local_id']}:999999"
    assert attacker.push(forged_op).results[0].status == "rejected"

    # Nothing changed: the code is unused (a real new laptop can enrol with it), B's token works.
    assert fake_laptop_with_code(hq, code).device_id != victim.device_id
    _b_is_intact(hq, victim, attacker, tmp_path, capsys)


def fake_laptop_with_code(hq: HQServer, code: str) -> FakeLaptop:
    key = Ed25519PrivateKey.generate()
    public = base64.b64encode(key.public_key().public_bytes_raw()).decode()
    answer = httpx.post(f"{hq.url}/api/v1/enrol", json={"code": code, "local_device_id": "a-genuinely-new-laptop",
                                                        "device_name": "New laptop", "public_key": public})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return FakeLaptop(hq, "a-genuinely-new-laptop", body["device_id"], body["token"], None, key)  # type: ignore[arg-type]


def test_a_usb_bundle_is_judged_by_the_same_rules(
        hq: HQServer, victim: Victim, attacker: FakeLaptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ops = [attacker.op("findings", "a-bundled-finding", 0, 1, inspection_id=victim.inspection, severity="S1",
                       title="Invented"),
           attacker.inspection("a-bundled-copy", reference=victim.reference)]
    bundle = tmp_path / "attacker.bundle"
    with hq.db.read() as conn:  # what the attacker's laptop learnt when it enrolled
        transport = base64.b64decode(hq_transport_public_key(conn))
    write_bundle(bundle, kind="ops", meta={},
                 rows={"ops": [(n, op.model_dump_json()) for n, op in enumerate(ops, start=1)], "attachments": []},
                 signing_key=attacker.key.private_bytes_raw(), local_device_id=attacker.local_id,
                 device_id=attacker.device_id, seal_to=transport)
    assert hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "0 applied" in out and "2 rejected" in out
    assert NOT_YOURS in out and f"reference {victim.reference}" in out
    _b_is_intact(hq, victim, attacker, tmp_path, capsys)
