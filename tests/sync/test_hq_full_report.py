"""HQ builds the full report of a signed inspection from synced data: the same document as the laptop's."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import FindingVerification, Inspection, WorkerInterview
from inspector_app.core.services import attachments, followups, interviews
from inspector_app.core.store import Store
from inspector_app.hq.evidence import unlock
from inspector_app.hq.full_report import build_full_report
from inspector_app.reports import build_report
from inspector_app.reports.verify import SOURCE_FILE_NAME
from inspector_app.sync.engine import SyncEngine

from ..followup_builders import complaint_visit, sign
from ..hq.support import EVIDENCE_PASSPHRASE, HQServer
from ..reports.report_data import photo_bytes


def _embedded(pdf: bytes) -> bytes:
    (content,) = PdfReader(io.BytesIO(pdf)).attachments[SOURCE_FILE_NAME]
    return content


def _signed_with_notes(store: Store) -> Inspection:
    with store.session() as s:
        for inspection in s.scalars(select(Inspection).where(Inspection.status == "signed")
                                    .order_by(Inspection.reference)):
            notes = s.scalars(select(WorkerInterview.notes_original).where(
                WorkerInterview.inspection_id == inspection.id)).all()
            if any(notes):
                return inspection
    raise AssertionError("the demo data has no signed inspection with interview notes")


def test_laptop_and_hq_reports_of_a_signed_revision_embed_the_same_source(enrolled: Store, hq: HQServer) -> None:
    demo.generate(enrolled, inspections=16, seed=7)
    target = _signed_with_notes(enrolled)
    on_laptop = build_report(enrolled, "full", target.id)
    assert on_laptop.status == "final"

    engine = SyncEngine.for_store(enrolled)
    assert engine.sync_round().ok
    engine.close()

    at_hq = build_full_report(hq.db, hq.storage, target.reference, keyring=unlock(hq.db, EVIDENCE_PASSPHRASE))
    assert at_hq.sha256 == on_laptop.sha256
    assert _embedded(at_hq.pdf) == _embedded(on_laptop.pdf)
    notes = [i["notes_original"] for i in on_laptop.source["interviews"] if i["notes_original"]]
    assert notes and all(note in json.dumps(at_hq.source, ensure_ascii=False) for note in notes)

    # Without the evidence unlocked the HQ copy carries no testimony and says so.
    sealed = build_full_report(hq.db, hq.storage, target.id, keyring=None)
    text = json.dumps(sealed.source, ensure_ascii=False)
    assert sealed.source["testimony"] == "sealed" and sealed.sha256 != on_laptop.sha256
    assert not any(note in text for note in notes)
    assert sealed.source["findings"] == on_laptop.source["findings"]


def test_a_signed_follow_up_with_worker_documents_is_the_same_document_at_hq(enrolled: Store, hq: HQServer) -> None:
    # Worker documents and the earlier findings checked at a follow-up are records of their own:
    # HQ's copy of the report prints them as the laptop does, numbers included once unlocked.
    earlier = complaint_visit(enrolled)
    follow_up = followups.start_follow_up(enrolled, earlier.inspection_id,
                                          visit_date="2026-12-05").created("inspections")
    interview = interviews.save_interview(
        enrolled, follow_up, consent=True, private_setting=True, employer_absent=True, sex="female", age=24,
        nationality="MM", language="my", notes_original="passport given back last week",
        documents=[{"type": "passport", "held_by": "worker", "number": "MTEST-ZZ-000123",
                    "expires_on": "2030-01-31"}]).created("worker_interviews")
    with enrolled.session() as s:
        checked = list(s.scalars(select(FindingVerification.id).where(FindingVerification.inspection_id == follow_up)
                                 .order_by(FindingVerification.position)))
    photo = attachments.add_attachment(enrolled, follow_up, photo_bytes(3), mime="image/jpeg",
                                       caption="Passports returned to the workers").created("attachments")
    followups.record_verification(enrolled, checked[0], outcome="corrected", note="All passports returned",
                                  evidence=[photo])
    followups.record_verification(enrolled, checked[1], outcome="not_corrected", note="Still 300 THB a day")
    sign(enrolled, follow_up)
    on_laptop = build_report(enrolled, "full", follow_up)
    assert on_laptop.status == "final" and interview
    assert [v["outcome"] for v in on_laptop.source["verifications"]] == ["corrected", "not_corrected", None]
    (worker,) = on_laptop.source["interviews"]
    assert [(d["type"], d["number"]) for d in worker["documents"]] == [("passport", "MTEST-ZZ-000123")]

    engine = SyncEngine.for_store(enrolled)
    assert engine.sync_round().ok
    engine.close()

    at_hq = build_full_report(hq.db, hq.storage, follow_up, keyring=unlock(hq.db, EVIDENCE_PASSPHRASE))
    assert _embedded(at_hq.pdf) == _embedded(on_laptop.pdf)
    assert at_hq.sha256 == on_laptop.sha256

    sealed = build_full_report(hq.db, hq.storage, follow_up, keyring=None)
    assert sealed.source["verifications"] == on_laptop.source["verifications"]
    assert "MTEST-ZZ-000123" not in json.dumps(sealed.source) and sealed.sha256 != on_laptop.sha256
