"""Referral records and worker documents through the services, as the inspector and the views see them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from inspector_app.core.errors import StatusError, ValidationError
from inspector_app.core.models import Inspection, OutboxOp, Referral, WorkerDocument
from inspector_app.core.services import documents, findings, inspections, interviews, referrals
from inspector_app.core.store import Store
from inspector_app.core.views.documents import document_holders, interview_documents
from inspector_app.core.views.referrals import list_referrals, referral_counts

from .helpers import new_inspection
from .test_write_path import SIGNATURE, answer_all

VISIT = date(2026, 11, 20)  # new_inspection's visit


def _visit_with_workers(store: Store) -> tuple[str, dict[str, str]]:
    inspection_id = new_inspection(store)
    ids = {}
    for code, indicators in (("W-01", ["retention_of_documents"]), ("W-02", []), ("W-03", ["debt_bondage"])):
        ids[code] = interviews.save_interview(store, inspection_id, worker_code=code, consent=True,
                                              private_setting=True, employer_absent=True, indicators=indicators).created("worker_interviews")
    return inspection_id, ids


def _s1(store: Store, inspection_id: str, **fields: object) -> str:
    return findings.create_finding(store, inspection_id, title="นายจ้างยึดหนังสือเดินทาง", severity="S1",
                                   legal_refs=["ATIP:6/1"], **fields).created("findings")


def test_an_s1_finding_with_a_referral_target_gets_a_referral_record(store: Store) -> None:
    inspection_id, ids = _visit_with_workers(store)
    finding_id = _s1(store, inspection_id, referral_target="MDT")
    [row] = list_referrals(store)
    assert (row.receiving_body, row.status, row.referral_date, row.finding_id) == ("MDT", "planned", VISIT, finding_id)
    assert row.worker_codes == ("W-01", "W-03")  # the workers who reported an indicator
    assert row.finding_title == "นายจ้างยึดหนังสือเดินทาง" and row.severity == "S1"
    with store.session() as s:  # queued for HQ like every change
        assert s.scalar(select(OutboxOp.entity).where(OutboxOp.entity_id == row.id)) == "referrals"
    # Marking the finding referred to another body makes a sent referral there; an open one without a
    # target makes none.
    findings.update_finding(store, finding_id, referral_target="POLICE")
    assert [(r.receiving_body, r.status) for r in list_referrals(store)] == [("POLICE", "planned")]
    _s1(store, inspection_id)
    other = _s1(store, inspection_id, referral_target="SOCIAL_SECURITY", status="referred")
    assert {(r.receiving_body, r.status, r.finding_id) for r in list_referrals(store)} == {
        ("POLICE", "planned", finding_id), ("SOCIAL_SECURITY", "sent", other)}


def test_a_referral_moves_planned_sent_accepted_closed_with_its_dates_even_after_signing(store: Store) -> None:
    inspection_id, _ids = _visit_with_workers(store)
    _s1(store, inspection_id, referral_target="MDT")
    answer_all(store, inspection_id)
    inspections.complete_inspection(store, inspection_id)
    inspections.sign_inspection(store, inspection_id, role="inspector", signer_name="Somchai", image_png=SIGNATURE)
    [row] = list_referrals(store)

    changes = referrals.update_referral(store, row.id, contact_name="ร.ต.อ. ทดสอบ", case_number=None,
                                        interview_ids=["W-02"], contact_notes="  นัดหมายทีมสหวิชาชีพ  ")
    assert changes.changed == {"referrals": {row.id}}  # nothing else moved: the signed inspection stays signed
    with pytest.raises(StatusError, match="it can become closed, sent, not accepted"):
        referrals.advance_referral(store, row.id, "accepted")
    with pytest.raises(ValidationError, match="before its earlier step"):
        referrals.advance_referral(store, row.id, "sent", on=VISIT - timedelta(days=1))
    with pytest.raises(ValidationError, match="in the future"):
        referrals.advance_referral(store, row.id, "sent", on=referrals.today() + timedelta(days=2))
    referrals.advance_referral(store, row.id, "sent", on=VISIT + timedelta(days=1))
    with pytest.raises(StatusError, match="receiving body stays MDT"):
        referrals.update_referral(store, row.id, receiving_body="POLICE")
    referrals.advance_referral(store, row.id, "accepted", on=VISIT + timedelta(days=3), case_number="MDT-63/0141")
    with pytest.raises(ValidationError, match="needs its outcome"):
        referrals.advance_referral(store, row.id, "closed", on=VISIT + timedelta(days=9))
    referrals.advance_referral(store, row.id, "closed", on=VISIT + timedelta(days=9),
                               outcome="คัดแยกแล้ว: ผู้เสียหาย 1 คน เข้าสถานคุ้มครอง")
    with pytest.raises(StatusError, match="nothing: it is closed"):
        referrals.advance_referral(store, row.id, "sent")

    [done] = list_referrals(store)
    assert (done.status, done.sent_on, done.accepted_on, done.closed_on, done.case_number) == (
        "closed", VISIT + timedelta(days=1), VISIT + timedelta(days=3), VISIT + timedelta(days=9), "MDT-63/0141")
    assert done.worker_codes == ("W-02",) and done.age_days == 9 and not done.open
    with store.session() as s:
        inspection = s.get(Inspection, inspection_id)
        assert (inspection.status, inspection.revision) == ("signed", 1)
        assert s.get(Referral, row.id).contact_notes == "นัดหมายทีมสหวิชาชีพ"
    assert referral_counts(store) == {"MDT": {"planned": 0, "sent": 0, "accepted": 0, "closed": 1}}


@pytest.mark.parametrize(("changes", "message"), [
    ({"receiving_body": "NGO"}, "Receiving body must be one of"),
    ({"interview_ids": ["W-99"]}, "'W-99' is not a worker interviewed in this inspection"),
    ({"interview_ids": "W-01"}, "a list of worker codes"),
    ({"referral_date": "2026-02-30"}, "Referral date must be a date"),
    ({"referral_date": "2026-11-01"}, "before the visit"),
    ({"case_number": "x" * 65}, "at most 64 characters"),
    ({"outcome": 12}, "outcome must be text"),
    ({"worker_name": "x"}, "has no field"),
])
def test_bad_referral_input_is_refused_with_words_and_changes_nothing(store: Store, changes: dict,
                                                                      message: str) -> None:
    inspection_id, _ids = _visit_with_workers(store)
    _s1(store, inspection_id, referral_target="MDT")
    [row] = list_referrals(store)
    with pytest.raises(ValidationError, match=message):
        referrals.update_referral(store, row.id, **changes)
    assert list_referrals(store) == [row]


def test_referrals_list_by_status_establishment_and_age(store: Store) -> None:
    first, _ = _visit_with_workers(store)
    second, _ = _visit_with_workers(store)
    _s1(store, first, referral_target="MDT")
    _s1(store, second, referral_target="POLICE")
    rows = list_referrals(store, today=VISIT + timedelta(days=40))
    referrals.advance_referral(store, rows[1].id, "sent", on=VISIT + timedelta(days=2))
    with store.session() as s:
        establishment = s.get(Inspection, second).establishment_id
    assert [r.receiving_body for r in list_referrals(store, status="sent")] == ["POLICE"]
    assert [r.receiving_body for r in list_referrals(store, establishment_id=establishment)] == ["POLICE"]
    assert len(list_referrals(store, older_than_days=30, today=VISIT + timedelta(days=40))) == 2
    assert list_referrals(store, older_than_days=30, today=VISIT + timedelta(days=10)) == []


def test_worker_documents_keep_their_numbers_when_the_interview_form_changes_holders(store: Store) -> None:
    inspection_id, ids = _visit_with_workers(store)
    interview_id = ids["W-01"]
    documents.save_document(store, interview_id, doc_type="passport", held_by="employer", number=" MB 123-456 ",
                            expires_on="2028-01-31", permit_status="valid")
    # The interview form sends holders by type (as it always did): the number stays.
    interviews.save_interview(store, inspection_id, interview_id,
                              documents=[{"type": "passport", "held_by": "worker", "status": "seen"},
                                         {"type": "work_permit", "held_by": "employer"}])
    rows = interview_documents(store, interview_id=interview_id)
    assert [(d.doc_type, d.held_by, d.number, d.expires_on) for d in rows] == [
        ("passport", "worker", "MB 123-456", date(2028, 1, 31)), ("work_permit", "employer", None, None)]
    assert document_holders(store, interview_id) == {"passport": "worker", "work_permit": "employer"}
    # Cleared on the form: recorded in error, kept (HQ holds it) but no longer shown.
    interviews.save_interview(store, inspection_id, interview_id, documents=[{"type": "passport", "held_by": "worker"}])
    assert document_holders(store, interview_id) == {"passport": "worker"}
    with store.session() as s:
        assert s.scalar(select(WorkerDocument.removed).where(WorkerDocument.doc_type == "work_permit")) is True
    for bad, message in (({"doc_type": "visa"}, "Document type must be one of"),
                         ({"doc_type": "passport", "number": "MB<123>"}, "letters and digits"),
                         ({"doc_type": "passport", "expires_on": "31/01/2028"}, "Expiry date must be a date"),
                         ({"number": "MB1"}, "needs its type")):
        with pytest.raises(ValidationError, match=message):
            documents.save_document(store, interview_id, **bad)
    interviews.save_interview(store, inspection_id, interview_id, social_security="not_registered")
    with pytest.raises(ValidationError, match="Social Security registration must be one of"):
        interviews.save_interview(store, inspection_id, interview_id, social_security="maybe")
