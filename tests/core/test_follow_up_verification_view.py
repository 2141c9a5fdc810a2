"""The view the editor's Verification step reads: what a follow-up carried, what it found, and the finding's
last verification once the follow-up is signed."""

from __future__ import annotations

from datetime import date

from inspector_app.core.services import attachments, followups
from inspector_app.core.store import Store
from inspector_app.core.views import evidence
from inspector_app.core.views.evidence import LastVerification
from inspector_app.core.views.followups import verifications

from ..followup_builders import complaint_visit, sign


def test_a_follow_up_lists_the_carried_findings_and_what_was_found(store: Store) -> None:
    earlier = complaint_visit(store)
    follow_up = followups.start_follow_up(store, earlier.inspection_id, visit_date="2026-12-05").created("inspections")

    shown = verifications(store, follow_up)
    assert shown is not None and shown.editable and shown.visit_type == "follow_up"
    assert (shown.previous_inspection_id, shown.previous_visit_date) == (earlier.inspection_id, date(2026, 10, 1))
    assert shown.previous_reference and all(i.original_reference == shown.previous_reference for i in shown.items)
    assert [(i.finding_id, i.severity, i.outcome) for i in shown.items] == [
        (earlier.open_findings[0], "S1", None), (earlier.open_findings[1], "S2", None),
        (earlier.open_findings[2], "S3", None)]
    assert shown.items[0].title("en") == "Workers' passports are held by the employer"
    assert shown.items[0].title("th") == "นายจ้างยึดหนังสือเดินทางของลูกจ้าง"
    assert shown.items[1].deadline == date(2026, 10, 31) and shown.attachments == ()

    photo = attachments.add_attachment(store, follow_up, b"\xff\xd8\xff\xe0 passports back " * 50, mime="image/jpeg",
                                       caption="Passports back with the workers").created("attachments")
    followups.record_verification(store, shown.items[0].id, outcome="corrected", note="Handed back on 1 Dec",
                                  evidence=[photo])
    followups.record_verification(store, shown.items[1].id, outcome="partly_corrected")
    after = verifications(store, follow_up)
    assert after is not None
    first, second, third = after.items
    assert (first.outcome, first.note, first.evidence) == ("corrected", "Handed back on 1 Dec", (photo,))
    assert first.verified_at is not None and (second.outcome, third.outcome) == ("partly_corrected", None)
    assert [a.id for a in after.attachments] == [photo]

    # Not yet signed: the earlier finding has no verification that counts.
    rows = {r.id: r for r in evidence.findings(store, earlier.inspection_id).findings}
    assert rows[earlier.open_findings[0]].last_verification is None
    sign(store, follow_up)
    rows = {r.id: r for r in evidence.findings(store, earlier.inspection_id).findings}
    assert rows[earlier.open_findings[0]].status == "remedied"
    assert rows[earlier.open_findings[0]].last_verification == LastVerification(
        "corrected", date(2026, 12, 5), after.reference, follow_up)
    assert rows[earlier.open_findings[1]].last_verification.outcome == "partly_corrected"
    assert rows[earlier.open_findings[2]].last_verification is None


def test_a_visit_that_carried_nothing_and_a_visit_that_is_gone(store: Store) -> None:
    earlier = complaint_visit(store)
    shown = verifications(store, earlier.inspection_id)
    assert shown is not None and shown.items == () and shown.previous_inspection_id is None
    assert shown.status == "signed" and shown.editable  # a change to a signed visit opens a new revision
    assert verifications(store, "0190b9d2-0000-7000-8000-000000000000") is None
