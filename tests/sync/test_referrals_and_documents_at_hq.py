"""Referrals and worker documents between real laptops and HQ (SQLite and PostgreSQL).

A referral reaches HQ with its contact notes and outcome sealed and belongs to its inspection's
laptop. The same passport held by the same employer on visits by two laptops is flagged at HQ
without HQ ever holding the number in clear (its database file, WAL, a PostgreSQL dump), the flag
reaches both laptops for the establishment's file, and it survives a key rotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core.services import setup
from inspector_app.core.models import SyncState
from inspector_app.core.services import directory, documents, findings, inspections, interviews, referrals
from inspector_app.core.services import sync_apply
from inspector_app.core.services.sync_apply import FLAG_PREFIX
from inspector_app.core.store import Store
from inspector_app.core.views.establishment_flags import establishment_flags
from inspector_app.core.views.referrals import list_referrals
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import evidence
from inspector_app.hq.documents import retention_flags
from inspector_app.hq.models import DocumentKey, Record
from inspector_app.hq.referrals import referral_rows
from inspector_app.sync.bundle import export_bundle
from inspector_app.sync.engine import sync_once
from inspector_app.sync.sealed import is_envelope

from ..conftest import PASSPHRASE, USER
from ..core.helpers import template_id
from ..hq.devices import fake_laptop
from ..hq.fixtures import enrol_store
from ..hq.support import EVIDENCE_PASSPHRASE, HQServer
from .test_sealed_testimony import hq_database_bytes

NOTES_CANARY = "CANARY-referral-contact-Rf41"
OUTCOME_CANARY = "CANARY-referral-outcome-Rf42"
# One passport, typed differently on two laptops: the same number once normalised.
PASSPORT_A, PASSPORT_B = "MC-CANARY-58213", "mc canary 58213"
NUMBER_FORMS = (b"CANARY-58213", b"canary 58213", b"MCCANARY58213", b"mccanary58213")
REGISTRATION = "0635561000123"


@pytest.fixture
def second_store(tmp_path: Path) -> Iterator[Store]:
    s = setup.create_store(tmp_path / "laptop-b", USER, PASSPHRASE, display_name="Malee Test")
    yield s
    s.close()


def _visit(store: Store, *, registration: str, name: str, visit_date: str) -> tuple[str, str, str]:
    """(establishment, inspection, interview of W-01 who reported retention of documents)."""
    establishment = directory.create_establishment(store, name_th=name, province_code="63", district_code="6306",
                                                   sector="factory", registration_no=registration).created("establishments")
    inspection = inspections.create_inspection(store, establishment_id=establishment,
                                               template_id=template_id(store, "LPA-GENERAL"), visit_type="complaint",
                                               visit_date=visit_date).created("inspections")
    interview = interviews.save_interview(store, inspection, worker_code="W-01", consent=True, private_setting=True,
                                          employer_absent=True, nationality="MM", indicators=["retention_of_documents"]).created("worker_interviews")
    return establishment, inspection, interview


def _synced(store: Store) -> None:
    report = sync_once(store)
    assert report.ok and report.rejected == 0, report.error


def test_a_referral_reaches_hq_sealed_and_belongs_to_its_laptop(store: Store, hq: HQServer,
                                                                request: pytest.FixtureRequest) -> None:
    enrol_store(store, hq)
    _establishment, inspection, _interview = _visit(store, registration=REGISTRATION, name="โรงงานทดสอบ",
                                                    visit_date="2026-11-20")
    finding = findings.create_finding(store, inspection, title="นายจ้างยึดหนังสือเดินทาง", severity="S1",
                                      legal_refs=["ATIP:6/1"], referral_target="MDT").created("findings")
    [row] = list_referrals(store)
    referrals.update_referral(store, row.id, contact_name="ร.ต.อ. ทดสอบ", contact_notes=f"โทรแจ้ง {NOTES_CANARY}")
    referrals.advance_referral(store, row.id, "sent", on="2026-11-21")
    referrals.advance_referral(store, row.id, "closed", on="2026-11-25", outcome=f"คัดแยกแล้ว {OUTCOME_CANARY}")
    _synced(store)

    with hq.db.read() as conn:
        fields = conn.execute(select(Record.fields).where(Record.entity == "referrals",
                                                           Record.entity_id == row.id)).scalar_one()
        [at_hq] = referral_rows(conn)
    assert is_envelope(fields["contact_notes"]) and is_envelope(fields["outcome"])
    assert (fields["status"], fields["finding_id"], fields["receiving_body"]) == ("closed", finding, "MDT")
    assert (at_hq.status, at_hq.receiving_body, at_hq.reference, at_hq.workers, at_hq.contact_name) == (
        "closed", "MDT", row.reference, 1, "ร.ต.อ. ทดสอบ")
    stored = hq_database_bytes(hq.db_url, request)
    assert NOTES_CANARY.encode() not in stored and OUTCOME_CANARY.encode() not in stored
    opened = evidence.unlock(hq.db, EVIDENCE_PASSPHRASE).open_fields("referrals", row.id, fields)
    assert opened["contact_notes"].endswith(NOTES_CANARY) and opened["outcome"].endswith(OUTCOME_CANARY)

    # Another laptop may not change it: it belongs to the laptop that owns the inspection.
    intruder = fake_laptop(hq, "intruder")
    answer = intruder.push(intruder.op("referrals", row.id, 4, 5, inspection_id=inspection, finding_id=finding,
                                       receiving_body="POLICE", status="planned")).results[0]
    assert answer.status == "rejected" and "belongs to another laptop" in (answer.reason or "")


def test_a_laptop_just_enrolled_sends_a_document_number_in_its_first_usb_bundle(store: Store, hq: HQServer,
                                                                               tmp_path: Path) -> None:
    # Enrolment hands over HQ's document key with the evidence key: nothing waits for a first pull.
    enrol_store(store, hq)
    with hq.db.read() as conn:
        [hq_kid] = conn.execute(select(DocumentKey.key_id)).scalars().all()
    assert sync_apply.document_key(store)["key_id"] == hq_kid
    _est, _insp, interview = _visit(store, registration=REGISTRATION, name="โรงงานทดสอบ", visit_date="2026-11-20")
    documents.save_document(store, interview, doc_type="passport", held_by="employer", number=PASSPORT_A)
    exported = export_bundle(store, tmp_path / "first.bundle")
    assert exported.held_back == 0 and exported.ops > 0


def test_the_same_passport_held_by_one_employer_on_two_laptops_visits_is_flagged_without_the_number(
        store: Store, second_store: Store, hq: HQServer, request: pytest.FixtureRequest,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop_a, laptop_b = store, second_store
    enrol_store(laptop_a, hq)
    enrol_store(laptop_b, hq)
    _synced(laptop_a)  # the first sync brings HQ's keys
    _synced(laptop_b)
    est_a, _insp_a, interview_a = _visit(laptop_a, registration=REGISTRATION, name="โรงงานรุ่งเรือง",
                                         visit_date="2026-09-10")
    documents.save_document(laptop_a, interview_a, doc_type="passport", held_by="employer", number=PASSPORT_A)
    # Laptop B knows the employer under another name and the number typed another way.
    est_b, insp_b, interview_b = _visit(laptop_b, registration=f" {REGISTRATION[:3]}-{REGISTRATION[3:]} ",
                                         name="บริษัท รุ่งเรือง สิ่งทอ", visit_date="2026-11-20")
    documents.save_document(laptop_b, interview_b, doc_type="passport", held_by="employer", number=PASSPORT_B)
    # Not a repeat: the same number held by the worker, and at another employer.
    documents.save_document(laptop_b, interview_b, doc_type="work_permit", held_by="employer", number="WP-1")
    _est_c, _insp_c, interview_c = _visit(laptop_b, registration="0105559000001", name="อีกโรงงาน",
                                          visit_date="2026-11-21")
    documents.save_document(laptop_b, interview_c, doc_type="passport", held_by="employer", number=PASSPORT_A)
    _synced(laptop_a)
    _synced(laptop_b)

    with hq.db.read() as conn:
        [flag] = retention_flags(conn)
        by_record = retention_flags(conn, establishment_id=est_a)
    assert flag.establishment_key == f"reg:{REGISTRATION}" and flag.doc_type == "passport" and flag.times == 2
    assert sorted(flag.establishment_ids) == sorted([est_a, est_b]) and by_record == [flag]
    assert [(v["visit_date"], v["held_by"]) for v in flag.visits] == [("2026-09-10", "employer"),
                                                                        ("2026-11-20", "employer")]
    stored = hq_database_bytes(hq.db_url, request)
    assert not [form for form in NUMBER_FORMS if form in stored], "a document number in clear at HQ"

    # The flag reaches both laptops for the establishment's file (each under its own record).
    _synced(laptop_a)
    _synced(laptop_b)
    [seen_a] = establishment_flags(laptop_a, est_a)
    [seen_b] = establishment_flags(laptop_b, est_b)
    assert seen_a.flag_id == seen_b.flag_id == flag.flag_id and seen_a.times == 2
    assert [v.reference for v in seen_a.visits] == [v["reference"] for v in flag.visits]
    # Laptop A learns laptop B's visit by its reference and date, never by B's record id.
    with laptop_a.session() as s:
        kept = " ".join(s.scalars(select(SyncState.value).where(SyncState.name.like(f"{FLAG_PREFIX}%"))))
    assert flag.flag_id in kept and insp_b not in kept

    # A key rotation: a third visit hashed under the new key matches after HQ hashes the old ones again.
    assert hq_cli.main(["rotate-document-key", "--db", hq.db_url]) == 0
    _synced(laptop_b)
    _est_d, _insp_d, interview_d = _visit(laptop_b, registration=REGISTRATION, name="โรงงานรุ่งเรือง",
                                          visit_date="2026-12-01")
    documents.save_document(laptop_b, interview_d, doc_type="passport", held_by="employer", number=PASSPORT_A)
    _synced(laptop_b)
    monkeypatch.setenv(evidence.PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
    assert hq_cli.main(["rehash-documents", "--db", hq.db_url]) == 0
    with hq.db.read() as conn:
        [rotated] = retention_flags(conn)
        keys = conn.execute(select(DocumentKey.generation, DocumentKey.key)).all()
    assert rotated.times == 3 and rotated.last_seen == "2026-12-01"
    assert sorted((g, k is None) for g, k in keys) == [(1, True), (2, False)]  # the old secret is erased

    # Recorded in error: the repeat falls below two visits at this key... and comes back withdrawn on the laptops.
    with laptop_b.session() as s:
        from inspector_app.core.models import WorkerDocument

        ids = [d.id for d in s.scalars(select(WorkerDocument).where(WorkerDocument.doc_type == "passport",
                                                                    WorkerDocument.held_by == "employer"))]
    for document_id in ids:
        documents.remove_document(laptop_b, document_id)
    _synced(laptop_b)
    with hq.db.read() as conn:
        assert retention_flags(conn) == []
    _synced(laptop_a)
    assert establishment_flags(laptop_a, est_a) == []
    assert not [form for form in NUMBER_FORMS if form in hq_database_bytes(hq.db_url, request)]
    assert not re.search(rb"58213", hq_database_bytes(hq.db_url, request))
