"""The review queue and the inspection page: what a supervisor sees and decides, and what the laptop gets back."""

from __future__ import annotations

import io
import re

from PIL import Image
from sqlalchemy import select

from inspector_app.core.models import Inspection, WorkerInterview
from inspector_app.hq.models import EvidenceAccess, InspectionIndex
from inspector_app.reports import build_report

from .client import SUPERVISOR, sign_in
from .conftest import Synced, WebHQ

EVIDENCE = "synthetic evidence passphrase for tests"
ROW = re.compile(r'<span class="severity s(\d)">.*?<a href="/inspections/([^"]+)">', re.S)


def test_the_queue_puts_the_worst_findings_first_and_filters_by_place(web: WebHQ, synced: Synced) -> None:
    browser = sign_in(web.url, SUPERVISOR)
    page = browser.get("/review")
    assert page.status_code == 200
    rows = ROW.findall(page.text)
    with web.db.read() as conn:
        index = {r.inspection_id: r for r in conn.execute(select(InspectionIndex))}
    waiting = {i for i, r in index.items() if r.hq_status == "submitted"}
    shown = [inspection_id for _, inspection_id in rows]
    assert set(shown) == {i for i in waiting if index[i].worst_severity < 5}
    severities = [int(s) for s, _ in rows]
    assert severities == sorted(severities) and severities[0] == 1
    assert f"{len(waiting)} inspections" in page.text
    # One district: only its inspections, and the district counts name it.
    district = index[shown[0]].district_code
    province = district[:2]
    narrowed = browser.get(f"/review?province={province}&district={district}")
    assert narrowed.status_code == 200
    assert {i for _, i in ROW.findall(narrowed.text)} == {
        i for i in waiting if index[i].district_code == district and index[i].worst_severity < 5}
    assert 'aria-current="true"' in narrowed.text
    # Thai dates are Buddhist Era.
    browser.post("/language", {"language": "th", "next": "/review"})
    thai = browser.get("/review?sort=age")
    visit = min(index[i].visit_date for i in waiting)
    assert f"{int(visit[:4]) + 543}" in thai.text and "รายการรอตรวจสอบ" in thai.text


def test_approve_one_return_another_and_the_laptop_gets_both(web: WebHQ, synced: Synced) -> None:
    browser = sign_in(web.url, SUPERVISOR)
    approve, send_back = synced.submitted[0], synced.submitted[1]
    page = browser.get(f"/inspections/{approve.id}")
    assert page.status_code == 200 and approve.reference in page.text
    done = browser.post(f"/inspections/{approve.id}/decision", {"decision": "approve", "comment": ""},
                        page=f"/inspections/{approve.id}")
    assert done.status_code == 303
    assert f"Inspection {approve.reference} approved." in browser.follow(done).text
    # Returning needs a comment: the page says so beside the field and keeps nothing half-done.
    empty = browser.post(f"/inspections/{send_back.id}/decision", {"decision": "return", "comment": "  "},
                         page=f"/inspections/{send_back.id}")
    assert empty.status_code == 422 and "returning an inspection needs a comment" in empty.text
    assert 'aria-invalid="true"' in empty.text
    comment = "โปรดแนบรูปถ่ายสลิปเงินเดือน / Please attach photos of the pay slips"
    returned = browser.post(f"/inspections/{send_back.id}/decision", {"decision": "return", "comment": comment},
                            page=f"/inspections/{send_back.id}")
    assert returned.status_code == 303
    # Deciding twice: a page that says it is no longer waiting, nothing decided.
    twice = browser.post(f"/inspections/{approve.id}/decision", {"decision": "return", "comment": "again"},
                         page=f"/inspections/{approve.id}")
    assert twice.status_code == 409 and "no longer waiting for review" in twice.text
    queue = browser.get("/review").text
    assert approve.id not in queue and send_back.id not in queue
    assert approve.id in browser.get("/review?status=approved").text

    assert synced.engine.sync_round().ok
    with synced.store.session() as s:
        approved, reopened = s.get(Inspection, approve.id), s.get(Inspection, send_back.id)
    assert approved.status == "approved" and approved.reviewed_by == SUPERVISOR.name
    assert reopened.status == "draft" and reopened.revision == send_back.revision + 1
    assert reopened.review_comment == comment


def test_testimony_opens_only_after_the_evidence_is_unlocked_and_each_view_is_logged(web: WebHQ,
                                                                                     synced: Synced) -> None:
    target = synced.burmese
    with synced.store.session() as s:
        note = s.scalars(select(WorkerInterview.notes_original).where(
            WorkerInterview.inspection_id == target.id, WorkerInterview.notes_language == "my")).first()
    laptop_report = build_report(synced.store, "full", target.id)
    browser = sign_in(web.url, SUPERVISOR)
    sealed = browser.get(f"/inspections/{target.id}")
    assert note not in sealed.text and "Unlock the evidence" in sealed.text
    sealed_pdf = browser.get(f"/inspections/{target.id}/report.pdf")
    assert sealed_pdf.headers["content-type"] == "application/pdf"
    assert sealed_pdf.headers["x-report-sha256"] != laptop_report.sha256

    wrong = browser.post("/evidence/unlock", {"passphrase": "not the evidence passphrase",
                                              "next": f"/inspections/{target.id}"}, page=f"/inspections/{target.id}")
    assert wrong.status_code == 401 and "That is not the evidence passphrase" in wrong.text
    right = browser.post("/evidence/unlock", {"passphrase": EVIDENCE, "next": f"/inspections/{target.id}"},
                         page=f"/inspections/{target.id}")
    assert right.status_code == 303
    opened = browser.follow(right)
    assert note in opened.text and '<p class="original" lang="my">' in opened.text
    pdf = browser.get(f"/inspections/{target.id}/report.pdf")
    assert pdf.status_code == 200 and pdf.headers["cache-control"] == "no-store"
    assert pdf.headers["x-report-sha256"] == laptop_report.sha256  # the laptop's document, built at HQ

    locked = browser.post("/evidence/lock", {"next": f"/inspections/{target.id}"}, page=f"/inspections/{target.id}")
    assert note not in browser.follow(locked).text
    with web.db.read() as conn:
        events = [(e.event, e.inspection_id) for e in conn.execute(select(EvidenceAccess).order_by(EvidenceAccess.id))]
    # (the page the lock form was posted from was itself a view of the testimony)
    assert [e for e, _ in events] == ["unlock_failed", "unlock", "view", "report", "view", "lock"]
    assert events[2][1] == target.id and events[3][1] == target.id


def test_photos_are_thumbnailed_at_hq_and_served_only_to_signed_in_users(web: WebHQ, synced: Synced) -> None:
    target = synced.photographed
    browser = sign_in(web.url, SUPERVISOR)
    page = browser.get(f"/inspections/{target.id}").text
    (thumb_path,) = set(re.findall(r'src="(/inspections/[^"]+/thumbnail)"', page))
    full_path = thumb_path.removesuffix("/thumbnail")
    thumb = browser.get(thumb_path)
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
    with Image.open(io.BytesIO(thumb.content)) as image:
        assert max(image.size) <= 480 and image.size[0] > image.size[1]
    full = browser.get(full_path)
    assert full.status_code == 200 and full.content == synced.store.vault.get(synced.photo_sha)
    assert "สลิปเงินเดือน (ตัวอย่าง)" in page  # the caption
    anonymous = sign_in(web.url, SUPERVISOR)
    anonymous.post("/sign-out", {})
    for path in (thumb_path, full_path):
        assert anonymous.get(path).status_code == 303
    # A photo of another inspection cannot be asked for through this one.
    other = synced.submitted[0].id if synced.submitted[0].id != target.id else synced.submitted[1].id
    assert browser.get(full_path.replace(target.id, other)).status_code == 404
