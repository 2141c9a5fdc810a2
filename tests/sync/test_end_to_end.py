"""Laptop -> HQ -> supervisor -> laptop, on loopback, against SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import random

import pytest
from sqlalchemy import func, select

from inspector_app.core import demo
from inspector_app.core.checks import run_checks
from inspector_app.core.models import Inspection, OutboxOp, User
from inspector_app.core.services import attachments, inspections
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import reviews, users
from inspector_app.hq.models import AttachmentBlob, OpLog
from inspector_app.sync.engine import SyncEngine, SyncProgress
from inspector_app.sync.status import sync_status

from ..hq.support import HQServer
from .records import counts, hq_records, laptop_records, record_hashes

COMMENT = "กรุณาเพิ่มรูปถ่ายหลักฐานของสัญญาจ้าง / Please add photos of the contracts"


def _photos(store: Store, how_many: int = 3) -> list[str]:
    rng = random.Random(5)
    with store.session() as s:
        drafts = list(s.scalars(select(Inspection.id).where(Inspection.status == "draft").limit(how_many)))
    shas = []
    for n, inspection_id in enumerate(drafts):
        data = rng.randbytes(200_000 + n * 70_000)
        attachments.add_attachment(store, inspection_id, data, mime="image/jpeg", caption=f"หลักฐาน {n}")
        shas.append(hashlib.sha256(data).hexdigest())
    return shas


def test_demo_data_round_trip_and_a_returned_inspection(enrolled: Store, hq: HQServer,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    store = enrolled
    demo.generate(store, inspections=24, seed=11)
    shas = _photos(store)
    with store.session() as s:
        ops_total = s.scalar(select(func.count()).select_from(OutboxOp))

    seen: list[SyncProgress] = []
    engine = SyncEngine.for_store(store, batch_ops=200, chunk_bytes=64 * 1024)
    report = engine.sync_round(progress=seen.append)
    assert report.ok, report
    assert report.applied == ops_total and report.files_uploaded == len(shas)
    assert {p.phase for p in seen} >= {"connect", "push", "upload", "pull", "done"}

    # HQ holds exactly what the laptop holds: same records, same content, same files.
    laptop, master = laptop_records(store), hq_records(hq.db)
    assert counts(master) == counts(laptop)
    assert record_hashes(master) == record_hashes(laptop)
    for sha in shas:
        assert hq.storage.read(sha) == store.vault.get(sha)
    with hq.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(OpLog)) == ops_total
        assert conn.scalar(select(func.count()).select_from(AttachmentBlob)) == len(shas)

    # Signed inspections are now submitted on the laptop, as HQ shows them.
    with store.session() as s:
        submitted = list(s.scalars(select(Inspection).where(Inspection.status == "submitted")))
        assert not s.scalar(select(func.count()).select_from(Inspection).where(Inspection.status == "signed"))
    hq_view = {r.id: r.status for r in reviews.list_inspections(hq.db)}
    assert submitted and all(hq_view[i.id] == "submitted" for i in submitted)

    # A supervisor returns one with a comment, through the admin CLI.
    users.create_user(hq.db, "supervisor1", "Supervisor One", "a long enough password")
    target = submitted[0]
    assert hq_cli.main(["review", "--db", hq.db_url, target.reference, "--return", COMMENT]) == 0
    assert "Returned inspection" in capsys.readouterr().out

    report = engine.sync_round()
    assert report.ok, report
    assert "inspections" in report.changes.changed and target.id in report.changes.changed["inspections"]
    with store.session() as s:
        reopened = s.get(Inspection, target.id)
        supervisor = s.scalar(select(User).where(User.username == "supervisor1"))
    assert reopened.status == "draft" and reopened.revision == target.revision + 1
    assert reopened.review_comment == COMMENT and reopened.reviewed_by == "Supervisor One"
    assert reopened.rev == target.rev  # HQ's change does not move the inspector-content revision
    assert supervisor is not None and supervisor.origin == "hq" and supervisor.verifier is None

    # The inspector works on the new revision; HQ follows.
    inspections.update_inspection(store, target.id, summary="เพิ่มรูปถ่ายแล้ว")
    assert engine.sync_round().ok
    assert {r.id: r for r in reviews.list_inspections(hq.db)}[target.id].status == "draft"
    assert hq_records(hq.db)[("inspections", target.id)]["revision"] == target.revision + 1
    status = sync_status(store)
    assert status.pending == 0 and not status.rejected and status.last_success and status.enrolled
    # Everything HQ changed on the laptop went through the audited write path.
    assert all(check.ok for check in run_checks(store)), run_checks(store)
    engine.close()


def test_approved_inspection_arrives_closed(enrolled: Store, hq: HQServer) -> None:
    demo.generate(enrolled, inspections=12, seed=3)
    engine = SyncEngine.for_store(enrolled)
    assert engine.sync_round().ok
    with enrolled.session() as s:
        target = s.scalars(select(Inspection).where(Inspection.status == "submitted")).first()
    users.create_user(hq.db, "sup", "Sup", "password-123456")
    reviewer = users.verify_user(hq.db, "sup", "password-123456")
    reviews.review(hq.db, target.id, "approved", None, reviewer)
    assert engine.sync_round().ok
    with enrolled.session() as s:
        approved = s.get(Inspection, target.id)
    assert approved.status == "approved" and approved.revision == target.revision and approved.rev == target.rev
    engine.close()

