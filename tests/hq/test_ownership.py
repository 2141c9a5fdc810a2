"""Ownership rules beyond the matrix: references inside an inspection, proposals, HQ-owned fields,
reassignment (audited), and the races several HQ processes on one database must not lose."""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from inspector_app.hq import devices, reviews, users
from inspector_app.hq.cli import main as hq_main
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.models import Record
from inspector_app.sync.client import HQClient

from .devices import fake_laptop
from .support import HQServer
from .world import World, build_world


def _held(hq: HQServer, record_id: str) -> Record | None:
    with hq.db.read() as conn:
        return conn.execute(select(Record).where(Record.entity_id == record_id)).first()


def test_records_point_only_inside_their_own_inspection(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    first, second = laptop.own_inspection(), laptop.own_inspection()
    laptop.push(laptop.op("attachments", "photo-1", 0, 1, inspection_id=first, sha256="0" * 64),
                laptop.op("worker_interviews", "w-1", 0, 1, inspection_id=first, worker_code="W-01"))
    across = [
        laptop.op("checklist_answers", "ans-2", 0, 1, inspection_id=second, evidence=["photo-1"]),
        laptop.op("findings", "f-2", 0, 1, inspection_id=second, evidence=["photo-1"], severity="S2"),
        laptop.op("interpreter_notes", "n-2", 0, 1, inspection_id=second, interview_id="w-1"),
        laptop.op("attachments", "photo-2", 0, 1, inspection_id=second, finding_id="w-1"),
        laptop.op("findings", "f-3", 0, 1, inspection_id=second, evidence="photo-1"),
        laptop.op("findings", "f-4", 0, 1, inspection_id=second, evidence=[7]),
        laptop.op("findings", "f-5", 0, 1, inspection_id=first),
    ]
    answers = laptop.push(*across).results
    assert [a.status for a in answers] == ["rejected"] * 6 + ["applied"]
    for answer in answers[:4]:
        assert "records of its own inspection" in answer.reason and not answer.retryable
    assert "must hold attachment ids" in answers[5].reason
    # Inside the same inspection, and in the same batch: fine.
    same = laptop.push(
        laptop.op("attachments", "photo-3", 0, 1, inspection_id=first, finding_id="f-5", sha256="1" * 64),
        laptop.op("checklist_answers", "ans-1", 0, 1, inspection_id=first, evidence=["photo-1", "photo-3"]),
        laptop.op("interpreter_notes", "n-1", 0, 1, inspection_id=first, interview_id="w-1"),
    ).results
    assert [a.status for a in same] == ["applied"] * 3


def test_what_is_not_at_hq_yet_waits_and_then_goes_through(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    inspection = laptop.inspection()
    finding = laptop.op("findings", "f-1", 0, 1, inspection_id=inspection.id, evidence=["photo-later"])
    later_change = laptop.op("findings", "f-1", 1, 2, inspection_id=inspection.id, evidence=["photo-later"])
    orphan = laptop.op("signatures", "s-1", 0, 1, inspection_id=inspection.id, role="inspector")
    answers = laptop.push(finding, later_change, orphan).results
    assert all(a.status == "rejected" and a.retryable for a in answers)
    assert "not at HQ yet" in answers[0].reason and "not at HQ yet" in answers[2].reason
    assert finding.op_id in answers[1].reason
    photo = laptop.op("attachments", "photo-later", 0, 1, inspection_id=inspection.id, sha256="2" * 64)
    answers = laptop.push(inspection, orphan, photo, finding, later_change).results
    assert [a.status for a in answers] == ["applied"] * 5
    assert _held(hq, "f-1").rev == 2


def test_a_shared_directory_record_takes_proposals_without_ever_applying_them(hq: HQServer) -> None:
    owner, other = fake_laptop(hq, "B"), fake_laptop(hq, "A")
    created = owner.op("establishments", "e-1", 0, 1, name_th="โรงงาน ก", province_code="63")
    owner.push(created)
    proposal = other.op("establishments", "e-1", 1, 2, name_th="ชื่อที่ A เสนอ", province_code="63")
    answer = other.push(proposal).results[0]
    assert answer.status == "conflict" and "Kept for a supervisor" in answer.reason
    replay = other.push(proposal).results[0]
    assert (replay.status, replay.original) == ("duplicate", "conflict")
    # The owner goes on changing it; the proposal stays beside it, the flag stays up.
    assert owner.push(owner.op("establishments", "e-1", 1, 2, name_th="โรงงาน ก (ใหม่)")).results[0].status == "applied"
    held = _held(hq, "e-1")
    assert held.fields["name_th"] == "โรงงาน ก (ใหม่)" and held.needs_review and held.writer_device_id == owner.device_id


def test_review_fields_and_decisions_are_never_taken_from_a_laptop(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    claims = laptop.inspection(status="approved", review_comment="Looks fine", reviewed_by="Nobody",
                               reviewed_at="2026-11-30T00:00:00Z", summary="ok")
    returned = laptop.inspection(status="returned")
    assert [a.status for a in laptop.push(claims, returned).results] == ["applied", "applied"]
    held = _held(hq, claims.id)
    assert held.fields["status"] == "submitted" and held.fields["summary"] == "ok"
    assert not {"review_comment", "reviewed_by", "reviewed_at"} & held.fields.keys()
    shown = {r.id: r for r in reviews.list_inspections(hq.db)}
    assert shown[claims.id].status == shown[returned.id].status == "submitted"
    assert shown[claims.id].review_comment is None
    # Only HQ decides: a supervisor still can.
    users.create_user(hq.db, "sup", "Supervisor", "long password 1")
    reviews.review(hq.db, claims.id, "returned", "Add photos", users.find_reviewer(hq.db, "sup"))
    assert {r.id: r.status for r in reviews.list_inspections(hq.db)}[claims.id] == "returned"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = hq_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_reassigning_an_inspection_moves_it_whole_and_is_recorded(hq: HQServer, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    world: World = build_world(hq)
    new_owner = world.other
    users.create_user(hq.db, "ploy", "Ploy S.", "long password 1")
    db = ["--db", hq.db_url]
    reference = world.fields["inspections"]["reference"]
    code, out, err = _run(capsys, "reassign", *db, reference, "Laptop A", "--note", "Laptop B was replaced")
    assert code == 0, err
    # The inspection and its 12 parts, its follow-up verification, worker documents and referral among them.
    assert f"Reassigned inspection {reference} (13 records) to laptop Laptop A" in out

    # The old owner is refused; the new one is taken, including new records under the inspection.
    b_change = world.owner.op("findings", world.ids["findings"], 1, 2, **{**world.fields["findings"], "title": "B"})
    refused = world.owner.push(b_change).results[0]
    assert refused.status == "rejected" and "belongs to another laptop" in refused.reason
    a_change = new_owner.op("findings", world.ids["findings"], 1, 2, **{**world.fields["findings"], "title": "A"})
    a_new = new_owner.op("worker_interviews", "a-interview", 0, 1, inspection_id=world.inspection, worker_code="W-2")
    assert [a.status for a in new_owner.push(a_change, a_new).results] == ["applied", "applied"]
    # Decisions now go to the new owner.
    reviews.review(hq.db, reference, "approved", None, users.find_reviewer(hq.db, "ploy"))
    assert "review" in [i.kind for i in new_owner.client.pull(0).items]
    assert "review" not in [i.kind for i in world.owner.client.pull(0).items]

    code, out, _ = _run(capsys, "inspections", *db, "--json")
    row = next(r for r in json.loads(out) if r["reference"] == reference)
    assert row["owner_device_id"] == new_owner.device_id and row["writer_device_id"] == world.owner.device_id
    assert _run(capsys, "export", *db, "--format", "json", "--out", str(tmp_path / "out"))[0] == 0
    moves = json.loads((tmp_path / "out" / "ownership_changes.json").read_text(encoding="utf-8"))
    assert [(m["from_device_id"], m["to_device_id"], m["by_name"], m["note"], m["records_moved"]) for m in moves] == [
        (world.owner.device_id, new_owner.device_id, "Ploy S.", "Laptop B was replaced", 13)]
    findings = json.loads((tmp_path / "out" / "findings.json").read_text(encoding="utf-8"))
    mine = next(f for f in findings if f["id"] == world.ids["findings"])
    assert (mine["hq_owner_device_id"], mine["hq_writer_device_id"]) == (new_owner.device_id, new_owner.device_id)
    history = json.loads((tmp_path / "out" / "record_history.json").read_text(encoding="utf-8"))
    assert [(h["rev"], h["writer_device"]) for h in history if h["entity_id"] == world.ids["findings"]] == [
        (1, "Laptop B"), (2, "Laptop A")]


@pytest.mark.parametrize(("target", "message"), [
    ("Laptop A", "already belongs to laptop Laptop A"),
    ("ghost", "No device 'ghost'"),
    ("Laptop R", "is revoked"),
])
def test_reassign_refuses_what_makes_no_sense(hq: HQServer, capsys: pytest.CaptureFixture[str], target: str,
                                             message: str) -> None:
    world = build_world(hq)
    users.create_user(hq.db, "ploy", "Ploy S.", "long password 1")
    inspection = world.other.own_inspection()
    code, _, err = _run(capsys, "reassign", "--db", hq.db_url, inspection, target)
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "reassign", "--db", hq.db_url, "63-2569-NONE", "Laptop B")
    assert code == 4 and "holds no inspection" in err
    with hq.db.read() as conn:
        assert conn.scalar(select(Record.owner_device_id).where(Record.entity_id == inspection)) == \
            world.other.device_id


def test_a_reference_is_accepted_once_by_several_hq_processes(hq: HQServer, tmp_path: Path) -> None:
    second = HQServer(hq.db_url, hq.attachments).start()
    try:
        laptops = [fake_laptop(hq, "A"), fake_laptop(hq, "B")]
        clients = [HQClient(hq.url, laptops[0].token), HQClient(second.url, laptops[1].token)]
        for round_no in range(6):
            reference = f"63-2569-RACE{round_no}"
            batches = [lp.batch(lp.inspection(reference=reference), *[
                lp.op("establishments", f"e-{uuid.uuid4()}", 0, 1, name_th="x") for _ in range(40)]) for lp in laptops]
            gate = threading.Barrier(2)
            answers: list[str] = []

            def send(n: int, batches: list = batches, gate: threading.Barrier = gate,
                     answers: list[str] = answers) -> None:
                gate.wait()
                answers.append(clients[n].push(batches[n]).results[0].status)

            threads = [threading.Thread(target=send, args=(n,)) for n in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert sorted(answers) == ["applied", "rejected"], answers
            with hq.db.read() as conn:
                assert conn.scalar(select(func.count()).select_from(Record).where(Record.reference == reference)) == 1
        for client in clients:
            client.close()
    finally:
        second.stop()


def test_a_push_racing_a_reassignment_does_not_write_under_the_new_owner(hq: HQServer) -> None:
    old, new = fake_laptop(hq, "Old"), fake_laptop(hq, "New")
    inspection = old.own_inspection()
    other_process = HQDatabase(hq.db_url)
    try:
        answer: list[object] = []
        with other_process.write() as conn:
            # A reassignment in flight in another process: the inspection row is changed, not yet committed.
            conn.execute(update(Record).where(Record.entity_id == inspection).values(owner_device_id=new.device_id))
            pushing = threading.Thread(target=lambda: answer.append(old.push(
                old.op("worker_interviews", "w-late", 0, 1, inspection_id=inspection)).results[0]))
            pushing.start()
            time.sleep(0.7)
            assert not answer  # the push waits for the reassignment
        pushing.join(timeout=60)
        assert answer and answer[0].status == "rejected" and "belongs to another laptop" in answer[0].reason
        assert _held(hq, "w-late") is None
    finally:
        other_process.dispose()


def test_reassign_needs_a_named_supervisor_and_a_live_laptop(hq: HQServer, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = fake_laptop(hq, "Only laptop")
    inspection = laptop.own_inspection()
    users.create_user(hq.db, "ploy", "Ploy S.", "long password 1")
    users.create_user(hq.db, "nok", "Nok", "long password 2")
    code, _, err = _run(capsys, "reassign", "--db", hq.db_url, inspection, "Only laptop")
    assert code != 0 and "several supervisors" in err
    devices.revoke(hq.db, "Only laptop")
    code, _, err = _run(capsys, "reassign", "--db", hq.db_url, inspection, "Only laptop", "--by", "nok")
    assert code != 0 and "is revoked" in err
