"""Sealed testimony end to end: a canary string in every sealed field never reaches HQ in clear (its
database file and WAL, a full PostgreSQL dump, its attachment store, its log output, the USB bundle),
and comes back with `inspector-hq export --decrypt`; the laptop keeps everything for its own reports."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core.models import Device, OutboxOp
from inspector_app.core.services import attachments, inspections, interviews, sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import devices, evidence
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.models import Record
from inspector_app.reports import build_report
from inspector_app.sync.bundle import export_bundle
from inspector_app.sync.client import HQClient
from inspector_app.sync.engine import SyncEngine, sync_once
from inspector_app.sync.enrol import enrol
from inspector_app.sync.sealed import SEALED_FIELDS, is_envelope
from inspector_app.sync.status import SyncCounts, sync_counts

from ..core.helpers import new_inspection
from ..core.test_write_path import SIGNATURE, answer_all
from ..hq.support import EVIDENCE_PASSPHRASE, HQProcess, HQServer, PostgresServer, free_port
from .faults import FaultTransport

CANARIES = {
    "notes_original": "CANARY-notes-original-Zq81",
    "notes_translation": "CANARY-notes-translation-Zq82",
    "worker_name": "CANARY-worker-name-Zq83",
    "documents": "CANARY-document-number-Zq84",
    "interpreter_original": "CANARY-interpreter-original-Zq85",
    "interpreter_translation": "CANARY-interpreter-translation-Zq86",
    "complaint_source": "CANARY-complaint-source-Zq87",
}


def make_testimony(store: Store, *, sign: bool = True) -> tuple[str, str]:
    """A complaint visit with a canary in every sealed field (and a photo); signed, so its frozen
    snapshot travels too. Returns (inspection id, interview id)."""
    inspection_id = new_inspection(store)
    inspections.update_inspection(store, inspection_id, visit_type="complaint", complaint_source_confidential=True,
                                  complaint_source=f"สายด่วน 1546 {CANARIES['complaint_source']}")
    interview_id = interviews.save_interview(
        store, inspection_id, consent=True, private_setting=True, employer_absent=True,
        worker_name=CANARIES["worker_name"], sex="female", nationality="MM", language="my",
        documents=[{"type": "passport", "status": "valid", "held_by": "employer", "number": CANARIES["documents"]}],
        notes_original=f"အလုပ်ရှင်က ပတ်စ်ပို့ကို သိမ်းထားတယ် {CANARIES['notes_original']}", notes_language="my",
        notes_translation=f"นายจ้างยึดหนังสือเดินทาง {CANARIES['notes_translation']}", translation_language="th",
        indicators=["retention_of_documents"]).created("worker_interviews")
    interviews.add_interpreter_note(store, inspection_id, source_language="my", target_language="th",
                                    original=CANARIES["interpreter_original"],
                                    translation=CANARIES["interpreter_translation"], interview_id=interview_id)
    attachments.add_attachment(store, inspection_id, b"\xff\xd8\xff\xe0 synthetic photo " * 200, mime="image/jpeg",
                               caption="Dormitory door")
    if sign:
        answer_all(store, inspection_id)
        inspections.complete_inspection(store, inspection_id)
        inspections.sign_inspection(store, inspection_id, role="inspector", signer_name="Somchai Test",
                                    image_png=SIGNATURE)
    return inspection_id, interview_id


def canaries_in(data: bytes) -> list[str]:
    return [name for name, canary in CANARIES.items() if canary.encode("utf-8") in data]


def files_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def hq_database_bytes(db_url: str, request: pytest.FixtureRequest) -> bytes:
    """The SQLite file with its WAL, or a full SQL dump of the PostgreSQL database."""
    if "://" not in db_url:
        path = Path(db_url)
        return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    server: PostgresServer = request.getfixturevalue("pg_server")
    dump = subprocess.run([str(server.bin / "pg_dump"), "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres",
                           "--no-owner", db_url.rsplit("/", 1)[1]], capture_output=True, timeout=120, check=True)
    assert b"CREATE TABLE public.records" in dump.stdout and b"COPY public.records" in dump.stdout
    return dump.stdout


def sealed_records(db_url: str) -> dict[str, list[dict]]:
    db = open_database(db_url)
    try:
        with db.read() as conn:
            rows = conn.execute(select(Record.entity, Record.fields)
                                .where(Record.entity.in_([*SEALED_FIELDS, "inspection_revisions"]))).all()
    finally:
        db.dispose()
    out: dict[str, list[dict]] = {}
    for entity, fields in rows:
        out.setdefault(entity, []).append(fields)
    return out


def test_testimony_never_reaches_hq_in_clear_and_opens_with_the_passphrase(
        store: Store, hq_db_url: str, tmp_path: Path, request: pytest.FixtureRequest,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    files, log = tmp_path / "hq-files", tmp_path / "hq.log"
    hq = HQProcess(hq_db_url, files, free_port(), log_file=log, log_level="debug").start()
    try:
        db = open_database(hq_db_url)
        code, _ = devices.new_enrol_code(db)
        db.dispose()
        enrol(store, hq.url, code)
        assert sync_once(store).ok  # the first sync brings HQ's keys (evidence, document numbers)
        inspection_id, _ = make_testimony(store)

        # The USB bundle carries it sealed; HQ imports it; the laptop's later push of the very same ops
        # is recognised op by op (sealed once, the same bytes every time): nothing is rejected.
        bundle = tmp_path / "mae-sot.bundle"
        exported = export_bundle(store, bundle)
        assert exported.ops > 20 and exported.held_back == 0
        assert canaries_in(bundle.read_bytes()) == [], "testimony in clear in the USB bundle"
        assert hq_cli.main(["import-bundle", "--db", hq_db_url, "--attachments", str(files), str(bundle)]) == 0
        report = sync_once(store)
        assert report.ok, report.error
        assert report.duplicates == exported.ops and report.rejected == 0 and report.applied == 0

        held = sealed_records(hq_db_url)
        assert {e: len(r) for e, r in held.items()} == {"inspections": 1, "worker_interviews": 1,
                                                         "interpreter_notes": 1, "inspection_revisions": 1,
                                                         "worker_documents": 1}
        document = held["worker_documents"][0]
        assert is_envelope(document["number"]) and len(document["number_hash"]) == 64  # matched by its hash only
        interview = held["worker_interviews"][0]
        assert all(is_envelope(interview[f]) for f in SEALED_FIELDS["worker_interviews"])
        assert interview["sex"] == "female" and interview["indicators"] == ["retention_of_documents"]
        assert canaries_in(hq_database_bytes(hq_db_url, request)) == [], "testimony in clear in HQ's database"
        assert canaries_in(files_bytes(files)) == [], "testimony in clear in HQ's attachment store"

        plain = tmp_path / "export-plain"
        assert hq_cli.main(["export", "--db", hq_db_url, "--format", "json", "--out", str(plain)]) == 0
        assert "testimony stays sealed" in capsys.readouterr().err
        assert canaries_in(files_bytes(plain)) == []

        monkeypatch.setenv(evidence.PASSPHRASE_ENV, "not the evidence passphrase")
        refused = tmp_path / "export-refused"
        assert hq_cli.main(["export", "--db", hq_db_url, "--format", "json", "--out", str(refused), "--decrypt"]) == 2
        assert "Wrong evidence passphrase" in capsys.readouterr().err and not refused.exists()

        monkeypatch.setenv(evidence.PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
        opened = tmp_path / "export-decrypted"
        assert hq_cli.main(["export", "--db", hq_db_url, "--format", "json", "--out", str(opened), "--decrypt"]) == 0
        assert "interview notes, worker names" in capsys.readouterr().err
        interviews_out = json.loads((opened / "worker_interviews.json").read_text(encoding="utf-8"))
        assert interviews_out[0]["worker_name"] == CANARIES["worker_name"]
        documents_out = json.loads((opened / "worker_documents.json").read_text(encoding="utf-8"))
        assert documents_out[0]["number"] == CANARIES["documents"]
        assert interviews_out[0]["notes_original"].endswith(CANARIES["notes_original"])
        assert interviews_out[0]["notes_translation"].endswith(CANARIES["notes_translation"])
        notes_out = json.loads((opened / "interpreter_notes.json").read_text(encoding="utf-8"))
        assert (notes_out[0]["original"], notes_out[0]["translation"]) == (
            CANARIES["interpreter_original"], CANARIES["interpreter_translation"])
        inspection_out = json.loads((opened / "inspections.json").read_text(encoding="utf-8"))
        assert inspection_out[0]["complaint_source"].endswith(CANARIES["complaint_source"])
        snapshot = (opened / "inspection_revisions.json").read_bytes()
        assert sorted(canaries_in(snapshot)) == sorted(CANARIES)  # the signed snapshot opens whole too
    finally:
        hq.stop()
    assert canaries_in(log.read_bytes()) == [], "testimony in clear in HQ's log output"
    said = log.read_bytes()
    assert b"serving sync protocol v1" in said and b"Application startup complete" in said  # captured, at debug
    assert canaries_in(hq_database_bytes(hq_db_url, request)) == []  # also once the WAL is checkpointed

    # The laptop's own copy stays whole: its confidential report prints the testimony.
    full = build_report(store, "full", inspection_id)
    source = json.dumps(full.source, ensure_ascii=False)
    for name in ("notes_original", "notes_translation", "complaint_source"):
        assert CANARIES[name] in source, name


def test_a_laptop_without_the_evidence_key_sends_nothing_sealed_until_hq_has_one(store: Store, hq_db_url: str,
                                                                                  tmp_path: Path) -> None:
    hq = HQServer(hq_db_url, tmp_path / "hq-files", evidence_key=False).start()
    try:
        code, _ = devices.new_enrol_code(hq.db)
        enrol(store, hq.url, code)
        assert sync_apply.evidence_key(store) is None
        make_testimony(store, sign=False)

        bundle = tmp_path / "early.bundle"
        exported = export_bundle(store, bundle)
        assert exported.held_back > 0 and canaries_in(bundle.read_bytes()) == []

        report = sync_once(store)
        assert not report.ok and report.held_back > 0
        assert sync_counts(store).held_back == report.held_back  # what the status bar shows, from the kept count
        assert report.error is not None and report.error.startswith("HQ has not published its evidence key yet")
        assert sync_apply.last_error(store) == report.error  # what the status bar shows
        with hq.db.read() as conn:
            entities = set(conn.execute(select(Record.entity).distinct()).scalars())
        assert "establishments" in entities  # what does not depend on held testimony went
        # Records under the held inspection wait with it: HQ takes them only under an inspection it holds.
        assert not entities & {"attachments", "inspection_templates"}
        assert not entities & {"inspections", "worker_interviews", "interpreter_notes"}
        with store.session() as s:
            waiting = s.scalars(select(OutboxOp).where(OutboxOp.entity.in_(list(SEALED_FIELDS)))).all()
        assert waiting and all(op.state == "pending" and op.sealed is None for op in waiting)

        evidence.init_keys(hq.db, EVIDENCE_PASSPHRASE)
        report = sync_once(store)  # the pull brings the key; what waited goes in the same round, sealed
        assert report.ok, report.error
        assert sync_counts(store) == SyncCounts(pending=0, rejected=0, conflicts=0, held_back=0)
        held = sealed_records(hq_db_url)
        assert set(held) == {"inspections", "worker_interviews", "interpreter_notes", "worker_documents"}
        keyring = evidence.unlock(hq.db, EVIDENCE_PASSPHRASE)
        opened = keyring.open_fields("worker_interviews", held["worker_interviews"][0]["id"],
                                     held["worker_interviews"][0])
        assert opened["worker_name"] == CANARIES["worker_name"]
    finally:
        hq.stop()


def test_a_resent_op_is_a_duplicate_and_rotation_keeps_old_records_open(enrolled: Store, hq: HQServer) -> None:
    inspection_id, interview_id = make_testimony(enrolled, sign=False)
    # HQ applies the first batch but its answer is lost; the round gives up (one attempt).
    with enrolled.session() as s:
        token = s.get(Device, enrolled.device_id).token
    transport = FaultTransport()
    transport.add("lose_response", "POST", "/push", times=1)
    lossy = SyncEngine(enrolled, HQClient(hq.url, token, transport=transport), attempts=1, backoff=0.0)
    first = lossy.sync_round()
    lossy.close()
    assert not first.ok and first.applied == 0
    with enrolled.session() as s:
        sent = s.scalars(select(OutboxOp).where(OutboxOp.state == "pending", OutboxOp.sealed.is_not(None))).all()
    assert sent  # sealed once and kept with the op
    # Next round: a new batch with the same ops, byte for byte: HQ says it has them.
    again = sync_once(enrolled)
    assert again.ok, again.error
    assert again.rejected == 0 and again.duplicates >= len(sent)

    db = hq.db
    [old] = evidence.list_keys(db)
    new = evidence.rotate_keys(db, EVIDENCE_PASSPHRASE)
    assert sync_once(enrolled).ok  # the laptop learns the new key with the pull
    assert sync_apply.evidence_key(enrolled)["key_id"] == new.key_id
    interviews.save_interview(enrolled, inspection_id, interview_id, notes_translation="CANARY-after-rotation-Zq88")
    assert sync_once(enrolled).ok
    with db.read() as conn:
        records = {r.entity: (r.entity_id, r.fields) for r in conn.execute(
            select(Record.entity, Record.entity_id, Record.fields)
            .where(Record.entity.in_(["inspections", "worker_interviews"])))}
    interview_kids = {records["worker_interviews"][1][f]["kid"] for f in SEALED_FIELDS["worker_interviews"]}
    assert interview_kids == {new.key_id}  # the new op was sealed to the newest key
    assert records["inspections"][1]["complaint_source"]["kid"] == old.key_id  # untouched: still the old key
    keyring = evidence.unlock(db, EVIDENCE_PASSPHRASE)
    assert keyring.open_fields("inspections", *records["inspections"])["complaint_source"].endswith(
        CANARIES["complaint_source"])
    assert keyring.open_fields("worker_interviews", *records["worker_interviews"])["notes_translation"] == \
        "CANARY-after-rotation-Zq88"
