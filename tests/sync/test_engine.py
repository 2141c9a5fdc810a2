"""The engine as the UI and the CLI see it: conflicts and rejections surfaced, revocation, cancelling,
templates and reference data arriving from HQ."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from inspector_app.cli import main as app_main
from inspector_app.core import demo
from inspector_app.core.models import ChecklistTemplate, OutboxOp, SyncState
from inspector_app.core.services import checklist, sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import devices, publish
from inspector_app.hq.models import ConflictVersion, Record
from inspector_app.paths import resources_dir
from inspector_app.sync.engine import SyncEngine, SyncProgress
from inspector_app.sync.protocol import TemplatePayload
from inspector_app.sync.status import sync_status

from ..conftest import PASSPHRASE
from ..core.helpers import new_inspection
from ..hq.support import HQServer
from .faults import FaultTransport
from .records import made_op_ids


def _answer_ops(store: Store) -> list[OutboxOp]:
    with store.session() as s:
        return list(s.scalars(select(OutboxOp).where(OutboxOp.entity == "checklist_answers").order_by(OutboxOp.seq)))


def test_a_stale_base_revision_becomes_a_conflict_the_laptop_shows(enrolled: Store, hq: HQServer) -> None:
    inspection = new_inspection(enrolled)
    checklist.save_answer(enrolled, inspection, "LPA-C-01", result="compliant", note="first")
    engine = SyncEngine.for_store(enrolled)
    assert engine.sync_round().ok
    checklist.save_answer(enrolled, inspection, "LPA-C-01", note="second")
    checklist.save_answer(enrolled, inspection, "LPA-C-01", note="third")
    # As if this laptop had been restored from an older copy: the last change is based on revision 1.
    stale = _answer_ops(enrolled)[-1]
    with enrolled.unit_of_work() as uow:
        uow.session.execute(update(OutboxOp).where(OutboxOp.seq == stale.seq).values(base_rev=1))
    report = engine.sync_round()
    assert report.conflicts == 1 and report.ok  # acknowledged: HQ keeps it for review
    with hq.db.read() as conn:
        master = conn.execute(select(Record).where(Record.entity_id == stale.entity_id)).one()
        kept = conn.execute(select(ConflictVersion)).one()
    assert master.fields["note"] == "second" and master.needs_review  # nothing overwritten
    assert kept.fields["note"] == "third"
    status = sync_status(enrolled)
    assert [c.op_id for c in status.conflicts] == [stale.op_id]
    assert "Both versions are kept" in status.conflicts[0].reason
    engine.close()


def test_a_rejected_op_is_kept_with_its_reason_and_does_not_block_the_rest(enrolled: Store, hq: HQServer,
                                                                          capsys: pytest.CaptureFixture[str],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    inspection = new_inspection(enrolled)
    checklist.save_answer(enrolled, inspection, "LPA-C-01", result="compliant")
    bad = _answer_ops(enrolled)[-1]
    with enrolled.unit_of_work() as uow:  # an op HQ must refuse (its fields name another record)
        fields = dict(bad.fields, id="another-id")
        uow.session.execute(update(OutboxOp).where(OutboxOp.seq == bad.seq).values(fields=fields))
    checklist.save_answer(enrolled, inspection, "LPA-C-02", result="non_compliant")
    engine = SyncEngine.for_store(enrolled)
    report = engine.sync_round()
    assert report.rejected == 1 and report.rejected_after == 1 and not report.ok
    status = sync_status(enrolled)
    assert [r.op_id for r in status.rejected] == [bad.op_id] and "different id" in status.rejected[0].reason
    assert status.pending == 0
    with enrolled.session() as s:  # the rest went to HQ and left the outbox; the refused one stays
        assert list(s.scalars(select(OutboxOp.op_id))) == [bad.op_id]
    with hq.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(Record).where(
            Record.entity == "checklist_answers")).scalar_one() == 1
    # The CLI says so and exits non-zero.
    enrolled.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    code = app_main(["sync", "--data-dir", str(enrolled.data_dir)])
    err = capsys.readouterr().err
    assert code != 0 and "refused 1 change;" in err and len(err.strip().splitlines()) == 1
    engine.close()


def test_a_revoked_laptop_is_told_and_keeps_its_data(enrolled: Store, hq: HQServer,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(enrolled, inspections=2, seed=1)
    engine = SyncEngine.for_store(enrolled)
    assert engine.sync_round().ok
    devices.revoke(hq.db, enrolled.device_id)
    new_inspection(enrolled)
    report = engine.sync_round()
    assert report.revoked and not report.ok and "revoked this laptop's access" in report.error
    status = sync_status(enrolled)
    assert status.revoked and status.pending > 0 and "revoked" in status.last_error
    enrolled.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    code = app_main(["sync", "--data-dir", str(enrolled.data_dir)])
    err = capsys.readouterr().err
    assert code != 0 and "revoked this laptop's access" in err and "Traceback" not in err
    # Enrolled again with a new code, it syncs what waited.
    code = app_main(["enrol", "--data-dir", str(enrolled.data_dir), "--hq", hq.url,
                     "--code", devices.new_enrol_code(hq.db)[0]])
    assert code == 0 and app_main(["sync", "--data-dir", str(enrolled.data_dir)]) == 0
    engine.close()


def test_cancelling_between_batches_is_safe_and_the_next_round_finishes(enrolled: Store, hq: HQServer) -> None:
    demo.generate(enrolled, inspections=6, seed=8)
    batches = 0

    def stop_after_two(progress: SyncProgress) -> None:
        nonlocal batches
        if progress.phase == "push" and progress.message.endswith("sent"):
            batches += 1

    engine = SyncEngine.for_store(enrolled, batch_ops=50)
    total = len(_all_ops(enrolled))
    first = engine.sync_round(progress=stop_after_two, cancelled=lambda: batches >= 2)
    # The user cancels while the second batch's answers are kept; the third batch is already on its way to HQ
    # then (the laptop sends a batch as soon as the one before is answered), or stopped before it left. Either
    # way each answer that arrived is kept, and nothing else leaves the outbox.
    assert first.cancelled and not first.ok and first.applied in (100, 150)
    assert sync_status(enrolled).pending == first.pending_after == total - first.applied
    second = engine.sync_round()
    assert second.ok and second.duplicates == 0 and first.applied + second.applied == total
    engine.close()


def _all_ops(store: Store) -> set[str]:
    return made_op_ids(store)


def test_cancel_from_another_thread_interrupts_a_backoff_promptly(enrolled: Store, hq: HQServer) -> None:
    transport = FaultTransport()
    transport.add("refuse", "GET", "/health", times=100)
    from inspector_app.core.models import Device
    from inspector_app.sync.client import HQClient

    with enrolled.session() as s:
        token = s.get(Device, enrolled.device_id).token
    engine = SyncEngine(enrolled, HQClient(hq.url, token, transport=transport), attempts=10, backoff=5, max_backoff=30)
    timer = threading.Timer(0.3, engine.cancel)
    timer.start()
    report = engine.sync_round()
    timer.join()
    assert report.cancelled
    assert (report.finished_at - report.started_at).total_seconds() < 3
    engine.close()


def test_templates_reference_data_and_users_arrive_with_their_cursor(enrolled: Store, hq: HQServer,
                                                                     tmp_path: Path) -> None:
    source = resources_dir() / "checklists" / "sector-fishing.v2.json"
    document = json.loads(source.read_text(encoding="utf-8"))
    document["version"] = 4  # 3 ships with the app
    document["title"]["en"] += " (2027)"
    new_file = tmp_path / "sector-fishing.v4.json"
    new_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    from inspector_app.core.checklists import load_template

    template = load_template(new_file)
    publish.publish_template(hq.db, TemplatePayload(code=template.code, version=4, sha256=template.sha256,
                                                    source_name=template.source_name, document=template.document))
    publish.publish_reference(hq.db, "minimum_wage", {"63": 352, "10": 400})
    engine = SyncEngine.for_store(enrolled, pull_limit=1)
    report = engine.sync_round()
    # 4: HQ's document key, its evidence key (also given at enrolment), the template, the reference data
    assert report.ok and report.pulled == 4 and "checklist_templates" in report.changes.changed
    with enrolled.session() as s:
        versions = sorted(s.scalars(select(ChecklistTemplate.version)
                                    .where(ChecklistTemplate.code == "SECTOR-FISHING")))
        cursor = s.get(SyncState, sync_apply.PULL_CURSOR).value
        wages = json.loads(s.get(SyncState, "reference:minimum_wage").value)
    assert versions == [2, 3, 4] and cursor == "4" and wages["document"]["63"] == 352
    assert engine.sync_round().pulled == 0


def test_a_page_that_fails_to_apply_leaves_the_cursor_where_it_was(enrolled: Store, hq: HQServer,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    publish.publish_reference(hq.db, "a", [1])
    publish.publish_reference(hq.db, "b", [2])

    def broken(uow: object, payload: dict) -> None:
        if payload["name"] == "b":
            raise RuntimeError("disk full")
        sync_apply._apply_reference(uow, payload)  # type: ignore[arg-type]

    monkeypatch.setitem(sync_apply._APPLY, "reference", broken)
    engine = SyncEngine.for_store(enrolled)
    with pytest.raises(RuntimeError):
        engine.sync_round()
    assert sync_apply.pull_cursor(enrolled) == 0 and sync_apply.get_state(enrolled, "reference:a") is None
    monkeypatch.undo()
    # after the document key, the evidence key, a and b
    assert engine.sync_round().ok and sync_apply.pull_cursor(enrolled) == 4
    engine.close()


def test_sync_without_enrolment_says_how_to_enrol(store: Store, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    code = app_main(["sync", "--data-dir", str(store.data_dir)])
    err = capsys.readouterr().err
    assert code != 0 and "not enrolled" in err and "inspector-app enrol" in err
    code = app_main(["enrol", "--data-dir", str(store.data_dir), "--hq", "ftp://x", "--code", "X"])
    assert code != 0 and "not an HQ address" in capsys.readouterr().err


def test_a_change_whose_file_is_missing_waits_and_says_why(enrolled: Store, hq: HQServer) -> None:
    from inspector_app.core.services import attachments

    inspection = new_inspection(enrolled)
    photo = b"\xff\xd8 not really a jpeg " * 500
    attachment = attachments.add_attachment(enrolled, inspection, photo, mime="image/jpeg").created("attachments")
    attachments.update_attachment(enrolled, attachment, caption="ห้องนอนคนงาน")
    checklist.save_answer(enrolled, inspection, "LPA-C-01", result="compliant")
    sha = hashlib.sha256(photo).hexdigest()
    enrolled.vault.path_for(sha).unlink()  # the file is gone from this laptop
    engine = SyncEngine.for_store(enrolled)
    report = engine.sync_round()
    assert not report.ok and report.waiting == 2 and report.pending_after == 2 and report.error is None
    status = sync_status(enrolled)
    assert [w.entity for w in status.waiting] == ["attachments", "attachments"]
    assert "not uploaded yet" in status.waiting[-1].reason and "Waits for" in status.waiting[0].reason
    with hq.db.read() as conn:
        answers = conn.scalar(select(func.count()).select_from(Record).where(Record.entity == "checklist_answers"))
    assert answers == 1  # the rest went through
    engine.close()


def test_a_waiting_record_sends_no_later_change_even_one_read_ahead(enrolled: Store, hq: HQServer) -> None:
    """One change a batch: the laptop reads the next batch while HQ answers this one, yet once HQ says a record's
    change must wait (its photo is not uploaded), no later change of that record goes this round, so HQ keeps no
    stale version of it. With the file back, everything goes, in order."""
    from inspector_app.core.services import attachments, findings

    inspection = new_inspection(enrolled)
    finding = findings.create_finding(enrolled, inspection, title="ลูกจ้างไม่ได้รับค่าจ้าง", severity="S2").created("findings")
    engine = SyncEngine.for_store(enrolled, batch_ops=1)
    assert engine.sync_round().ok
    photo = b"\xff\xd8 not really a jpeg either " * 500
    attachment = attachments.add_attachment(enrolled, inspection, photo, mime="image/jpeg").created("attachments")
    findings.update_finding(enrolled, finding, evidence=[attachment])
    # The next change takes the photo off again: on its own HQ could take it, but not before the one above.
    findings.update_finding(enrolled, finding, title="ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม", evidence=[])
    sha = hashlib.sha256(photo).hexdigest()
    enrolled.vault.path_for(sha).unlink()  # the file is gone from this laptop
    report = engine.sync_round()
    assert not report.ok and report.conflicts == 0 and report.rejected == 0 and report.pending_after == 3
    with hq.db.read() as conn:
        rev = conn.scalar(select(Record.rev).where(Record.entity_id == finding))
        kept = conn.scalar(select(func.count()).select_from(ConflictVersion))
    assert rev == 1 and kept == 0
    assert enrolled.vault.put(photo) == sha  # the file is back
    report = engine.sync_round()
    assert report.ok and report.conflicts == 0
    with hq.db.read() as conn:
        rev, fields = conn.execute(select(Record.rev, Record.fields).where(Record.entity_id == finding)).one()
        kept = conn.scalar(select(func.count()).select_from(ConflictVersion))
    assert rev == 3 and fields["evidence"] == [] and fields["title_th"].startswith("ลูกจ้างสามคน")
    assert kept == 0
    engine.close()


class _PushCounter(FaultTransport):
    """Forwards everything to HQ and notes the op ids of each push, in the order they were sent."""

    def __init__(self) -> None:
        super().__init__()
        self.pushes: list[list[str]] = []

    def handle_request(self, request):  # type: ignore[no-untyped-def]
        if request.method == "POST" and request.url.path.endswith("/push"):
            import gzip

            body = request.read()
            text = gzip.decompress(body) if request.headers.get("Content-Encoding") == "gzip" else body
            self.pushes.append([op["op_id"] for op in json.loads(text)["ops"]])
        return super().handle_request(request)


def test_a_round_starts_hq_on_a_small_batch_and_sends_every_change_once_in_order(enrolled: Store,
                                                                                 hq: HQServer) -> None:
    """HQ starts on a small first batch while the laptop makes the next, each twice the size up to the
    batch size asked for; every change still goes once, in the outbox's order."""
    from inspector_app.core.models import Device
    from inspector_app.sync.client import HQClient

    demo.generate(enrolled, inspections=8, seed=3)
    with enrolled.session() as s:
        token = s.get(Device, enrolled.device_id).token
        queued = list(s.scalars(select(OutboxOp.op_id).where(OutboxOp.state == "pending").order_by(OutboxOp.seq)))
    assert len(queued) > 125 + 200 + 200
    counter = _PushCounter()
    engine = SyncEngine(enrolled, HQClient(hq.url, token, transport=counter), batch_ops=200)
    report = engine.sync_round()
    engine.close()
    assert report.ok and report.applied == len(queued)
    sizes = [len(p) for p in counter.pushes]
    assert sizes[:3] == [125, 200, 200] and all(size == 200 for size in sizes[1:-1])
    assert [op_id for push in counter.pushes for op_id in push] == queued
