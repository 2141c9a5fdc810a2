"""A follow-up visit started from the worklist verifies the earlier visit's open findings (one laptop)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from inspector_app.core.checks import run_checks
from inspector_app.core.errors import NotFound, ValidationError
from inspector_app.core.models import Finding, FindingVerification, Inspection, OutboxOp
from inspector_app.core.services import attachments, findings, followups, inspections
from inspector_app.core.store import Store
from inspector_app.core.views.establishment_file import establishment_file, file_of_inspection
from inspector_app.core.views.followups import worklist
from inspector_app.core.writer import wire_fields

from ..followup_builders import complaint_visit, revision_hash, sign

TODAY = date(2026, 12, 6)


def _record(store: Store, model: type, record_id: str) -> dict:
    with store.session() as s:
        return wire_fields(s.get(model, record_id))


def _verifications(store: Store, inspection_id: str) -> list[FindingVerification]:
    with store.session() as s:
        return list(s.scalars(select(FindingVerification).where(FindingVerification.inspection_id == inspection_id)
                              .order_by(FindingVerification.position)))


def test_follow_up_from_the_worklist_verifies_the_earlier_findings(store: Store) -> None:
    earlier = complaint_visit(store)
    before_inspection = _record(store, Inspection, earlier.inspection_id)
    before_hash, before_snapshot = revision_hash(store, earlier.inspection_id)

    # The worklist lists the open findings due by the next 30 days (two overdue, one due) and the planned visit.
    due = worklist(store, today=TODAY)
    assert [(f.finding_id, f.overdue) for f in due.findings] == [
        (earlier.open_findings[0], True), (earlier.open_findings[1], True), (earlier.open_findings[2], False)]
    assert [(v.inspection_id, v.follow_up_date, v.open_findings) for v in due.visits] == [
        (earlier.inspection_id, date(2026, 11, 15), 3)]

    follow_up = followups.start_follow_up(store, due.visits[0].inspection_id, visit_date="2026-12-05").created("inspections")
    with store.session() as s:
        visit = s.get(Inspection, follow_up)
        assert (visit.visit_type, visit.previous_inspection_id, visit.establishment_id) == (
            "follow_up", earlier.inspection_id, earlier.establishment_id)
    items = _verifications(store, follow_up)
    # The open findings, not the one remedied on the day, each with what it said.
    assert [v.finding_id for v in items] == list(earlier.open_findings)
    assert [(v.item_code, v.severity, v.outcome) for v in items] == [
        ("LPA-D-01", "S1", None), ("LPA-E-01", "S2", None), ("LPA-H-01", "S3", None)]
    assert items[0].title_en == "Workers' passports are held by the employer" and items[0].original_reference

    photo = attachments.add_attachment(store, follow_up, b"\xff\xd8\xff\xe0 passports back " * 100,
                                       mime="image/jpeg", caption="Passports returned to the workers").created("attachments")
    followups.record_verification(store, items[0].id, outcome="corrected", note="All passports returned",
                                  evidence=[photo])
    followups.record_verification(store, items[1].id, outcome="not_corrected", note="Still 300 THB a day")
    # Nothing changes for the earlier findings until the follow-up is signed; they still show as being verified.
    assert {f.status for f in map(lambda i: _finding(store, i), earlier.open_findings)} == {"open"}
    assert {f.follow_up_id for f in worklist(store, today=TODAY).findings} == {follow_up}

    sign(store, follow_up)
    corrected, not_corrected, unchecked = (_finding(store, i) for i in earlier.open_findings)
    assert corrected.status == "remedied" and corrected.last_verification["outcome"] == "corrected"
    assert corrected.last_verification["inspection_id"] == follow_up
    assert not_corrected.status == "open" and not_corrected.last_verification["outcome"] == "not_corrected"
    assert unchecked.status == "open" and unchecked.last_verification is None
    # The corrected finding leaves the worklist; the planned visit is done.
    after = worklist(store, today=TODAY)
    assert [f.finding_id for f in after.findings] == [earlier.open_findings[1], earlier.open_findings[2]]
    assert after.findings[0].last_outcome == "not_corrected"
    assert after.visits == ()

    # The earlier inspection and its signed revision are exactly as they were.
    assert _record(store, Inspection, earlier.inspection_id) == before_inspection
    assert revision_hash(store, earlier.inspection_id) == (before_hash, before_snapshot)
    assert {f["status"] for f in before_snapshot["findings"] if f["id"] in earlier.open_findings} == {"open"}
    # The new status is an audited revision of the finding that does not move its content revision and is
    # not sent as the laptop's change (HQ derives it from the verification, which is sent).
    with store.session() as s:
        queued = {(op.entity, op.entity_id) for op in s.scalars(select(OutboxOp).where(OutboxOp.action == "verified"))}
        sent_verifications = set(s.scalars(select(OutboxOp.entity_id).where(OutboxOp.entity == "finding_verifications")))
    assert queued == set() and {items[0].id, items[1].id} <= sent_verifications
    assert corrected.rev == 1
    assert all(check.ok for check in run_checks(store)), [c for c in run_checks(store) if not c.ok]


def test_a_follow_up_reopened_for_changes_stops_counting_until_signed_again(store: Store) -> None:
    earlier = complaint_visit(store)
    follow_up = followups.start_follow_up(store, earlier.inspection_id, visit_date="2026-12-05").created("inspections")
    first = _verifications(store, follow_up)[0]
    followups.record_verification(store, first.id, outcome="corrected")
    sign(store, follow_up)
    assert _finding(store, earlier.open_findings[0]).status == "remedied"
    # Changing the signed follow-up opens a new revision: its verifications no longer count.
    followups.record_verification(store, first.id, outcome="partly_corrected", note="Two passports still held")
    reopened = _finding(store, earlier.open_findings[0])
    assert (reopened.status, reopened.last_verification) == ("open", None)
    sign(store, follow_up)
    again = _finding(store, earlier.open_findings[0])
    assert again.status == "open" and again.last_verification["outcome"] == "partly_corrected"
    assert all(check.ok for check in run_checks(store))


def test_a_referred_finding_keeps_its_status_and_records_the_verification(store: Store) -> None:
    earlier = complaint_visit(store, follow_up_date=None)
    inspections.update_inspection(store, earlier.inspection_id, summary="reopened")  # back to draft, new revision
    findings.update_finding(store, earlier.open_findings[0], status="referred")
    sign(store, earlier.inspection_id)
    # A referred finding is not open: it is not carried forward; a chain keeps only what is open.
    follow_up = followups.start_follow_up(store, earlier.inspection_id, visit_date="2026-12-05").created("inspections")
    assert [v.finding_id for v in _verifications(store, follow_up)] == list(earlier.open_findings[1:])


def test_a_second_follow_up_carries_what_the_first_left_open(store: Store) -> None:
    earlier = complaint_visit(store)
    first = followups.start_follow_up(store, earlier.inspection_id, visit_date="2026-12-01").created("inspections")
    items = _verifications(store, first)
    followups.record_verification(store, items[0].id, outcome="corrected")
    followups.record_verification(store, items[1].id, outcome="partly_corrected")
    sign(store, first)
    second = followups.start_follow_up(store, first, visit_date="2026-12-20").created("inspections")
    assert [v.finding_id for v in _verifications(store, second)] == list(earlier.open_findings[1:])


def test_bad_input_is_refused_with_a_message(store: Store) -> None:
    earlier = complaint_visit(store)
    other = complaint_visit(store, visit_date="2026-09-01")
    with pytest.raises(NotFound, match="No earlier visit"):
        followups.start_follow_up(store, "01a00000-0000-7000-8000-000000000000", visit_date="2026-12-05")
    with pytest.raises(ValidationError, match="Visit date must be a date"):
        followups.start_follow_up(store, earlier.inspection_id, visit_date="05/12/2026")
    follow_up = followups.start_follow_up(store, earlier.inspection_id, visit_date="2026-12-05").created("inspections")
    item = _verifications(store, follow_up)[0]
    with pytest.raises(ValidationError, match="outcome is one of"):
        followups.record_verification(store, item.id, outcome="fixed")
    foreign_photo = attachments.add_attachment(store, other.inspection_id, b"\xff\xd8 other " * 50, mime="image/jpeg").created("attachments")
    with pytest.raises(ValidationError, match="attached to the follow-up"):
        followups.record_verification(store, item.id, evidence=[foreign_photo])
    with pytest.raises(ValidationError, match="earlier visit"):
        inspections.update_inspection(store, follow_up, previous_inspection_id="not-a-visit")
    assert _verifications(store, follow_up)[0].outcome is None  # nothing half-written


def test_the_establishment_file_shows_visits_repeats_and_the_last_s1(store: Store) -> None:
    first = complaint_visit(store, visit_date="2026-06-01")
    second = complaint_visit(store, first.establishment_id, visit_date="2026-10-01")
    follow_up = followups.start_follow_up(store, second.inspection_id, visit_date="2026-12-05").created("inspections")
    file = establishment_file(store, first.establishment_id, today=TODAY)
    assert [v.inspection_id for v in file.visits] == [follow_up, second.inspection_id, first.inspection_id]
    assert all(v.source == "laptop" for v in file.visits)
    assert [(r.item_code, r.times) for r in file.repeated] == [
        ("LPA-D-01", 2), ("LPA-E-01", 2), ("LPA-H-01", 2), ("LPA-H-05", 2)]
    assert file.last_s1 is not None and file.last_s1.finding_id == second.open_findings[0]
    assert [(w.visit_date, w.total, w.by_nationality) for w in file.workforce][:2] == [
        ("2026-06-01", 100, (("MM", 85), ("TH", 15))), ("2026-10-01", 100, (("MM", 85), ("TH", 15)))]
    assert {f.finding_id for f in file.open_findings} == set(first.open_findings + second.open_findings)
    assert file_of_inspection(store, follow_up, today=TODAY).header.establishment_id == first.establishment_id


def _finding(store: Store, finding_id: str) -> Finding:
    with store.session() as s:
        return s.get(Finding, finding_id)
