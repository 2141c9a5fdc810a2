"""Referrals and follow-ups in the workspace: an inspection's referral records (sealed notes only with the
evidence unlocked, the referral form made at HQ), the follow-up visits that checked its findings, and the
list of findings due and overdue across laptops (filterable, CSV)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from inspector_app.core.models import FindingVerification, Inspection, Referral
from inspector_app.core.services import followups, referrals
from inspector_app.hq import followup_list, reviews, users
from inspector_app.hq.models import EvidenceAccess, FindingState, HQFinding, utcnow
from inspector_app.reports.verify import SOURCE_FILE_NAME

from ...followup_builders import complaint_visit, sign
from .client import SUPERVISOR, sign_in
from .conftest import Synced, WebHQ

EVIDENCE = "synthetic evidence passphrase for tests"
NOTES = "โทรแจ้งทีมสหวิชาชีพแล้ว ลูกจ้างสามคนพร้อมให้ข้อมูล (synthetic)"
CASE = "MDT-TAK-2569/041"


def _referral_with_notes(synced: Synced) -> tuple[str, str]:
    """A referral of a submitted inspection, taken up by the team: case number, officer, sealed notes."""
    with synced.store.session() as s:
        referral = s.scalars(select(Referral).join(Inspection, Inspection.id == Referral.inspection_id)
                             .where(Inspection.status == "submitted").order_by(Referral.id)).first()
        assert referral is not None, "the demo data refers an S1 finding of a submitted inspection"
        referral_id, inspection_id, status = referral.id, referral.inspection_id, referral.status
    referrals.update_referral(synced.store, referral_id, contact_name="Pol. Lt. Somsak (synthetic)",
                              contact_phone="055-000-000", contact_notes=NOTES)
    if status == "planned":
        referrals.advance_referral(synced.store, referral_id, "sent")
    referrals.advance_referral(synced.store, referral_id, "accepted", case_number=CASE)
    assert synced.engine.sync_round().ok
    return inspection_id, referral_id


def test_referrals_show_on_the_inspection_and_their_notes_and_form_need_the_evidence(web: WebHQ,
                                                                                       synced: Synced) -> None:
    inspection_id, referral_id = _referral_with_notes(synced)
    browser = sign_in(web.url, SUPERVISOR)
    page = browser.get(f"/inspections/{inspection_id}")
    assert page.status_code == 200
    article = re.search(rf'<article class="referral" id="referral-{referral_id}".*?</article>', page.text, re.S)
    assert article, "the referral is on its inspection's page"
    shown = article.group(0)
    for words in ("Multidisciplinary team (MDT)", "Accepted", CASE, "Pol. Lt. Somsak (synthetic)", "055-000-000"):
        assert words in shown
    assert NOTES not in page.text and "are sealed" in shown
    assert f"/referrals/{referral_id}/form.pdf" not in page.text  # offered only with the evidence unlocked
    locked = browser.get(f"/inspections/{inspection_id}/referrals/{referral_id}/form.pdf")
    assert locked.status_code == 403 and "Unlock the evidence first" in locked.text

    unlocked = browser.post("/evidence/unlock", {"passphrase": EVIDENCE, "next": f"/inspections/{inspection_id}"},
                            page=f"/inspections/{inspection_id}")
    assert unlocked.status_code == 303
    opened = browser.follow(unlocked).text
    assert NOTES in opened and f"/inspections/{inspection_id}/referrals/{referral_id}/form.pdf" in opened
    form = browser.get(f"/inspections/{inspection_id}/referrals/{referral_id}/form.pdf")
    assert form.status_code == 200 and form.headers["content-type"] == "application/pdf"
    (content,) = PdfReader(io.BytesIO(form.content)).attachments[SOURCE_FILE_NAME]
    source = json.loads(content)
    assert source["referral"]["case_number"] == CASE and source["referral"]["contact_notes"] == NOTES
    with web.db.read() as conn:
        events = [(e.event, e.detail) for e in conn.execute(select(EvidenceAccess).order_by(EvidenceAccess.id))]
    assert [e for e, _ in events] == ["unlock", "view", "report"]
    assert "referral" in events[1][1] and referral_id in events[2][1]

    # In Thai: the body and status in Thai, the dates in the Buddhist era.
    browser.post("/language", {"language": "th", "next": f"/inspections/{inspection_id}"})
    thai = browser.get(f"/inspections/{inspection_id}").text
    thai_article = re.search(rf'id="referral-{referral_id}".*?</article>', thai, re.S).group(0)
    assert "ทีมสหวิชาชีพ (MDT)" in thai_article and "รับเรื่องแล้ว" in thai_article
    assert f"{utcnow().year + 543}" in thai_article

    # Asking for a referral that is not this inspection's: a page that says so.
    other = next(i.id for i in synced.submitted if i.id != inspection_id)
    for path in (f"/inspections/{other}/referrals/{referral_id}/form.pdf",
                 f"/inspections/{inspection_id}/referrals/nope/form.pdf"):
        answer = browser.get(path)
        assert answer.status_code == 404 and "ไม่พบการส่งต่อนี้" in answer.text


def _followed_up(web: WebHQ, synced: Synced):  # noqa: ANN202
    """A signed complaint visit in Mae Sot, approved at HQ, then followed up on the same laptop: its S1
    found corrected, its S2 not corrected (the S3 not checked), signed and synced."""
    store = synced.store
    earlier = complaint_visit(store)
    assert synced.engine.sync_round().ok
    reviews.review(web.db, earlier.inspection_id, "approved", None, users.find_reviewer(web.db, SUPERVISOR.username))
    assert synced.engine.sync_round().ok
    follow_up = followups.start_follow_up(store, earlier.inspection_id, visit_date=date.today().isoformat()) \
        .created("inspections")
    with store.session() as s:
        checks = {v.finding_id: v.id for v in s.scalars(select(FindingVerification).where(
            FindingVerification.inspection_id == follow_up))}
    s1, s2, _s3 = earlier.open_findings
    followups.record_verification(store, checks[s1], outcome="corrected", note="Passports back with the workers")
    followups.record_verification(store, checks[s2], outcome="not_corrected", note="Still paid 300 THB a day")
    sign(store, follow_up)
    assert synced.engine.sync_round().ok
    with store.session() as s:
        reference = s.get(Inspection, follow_up).reference
    return earlier, follow_up, reference


def _findings_on(page: str) -> dict[str, str]:
    """Each finding on an inspection page, by its title: the finding's part of the page."""
    parts = page.split('<li class="finding">')[1:]
    return {html.unescape(re.search(r"<span>([^<]+)</span></h3>", part).group(1)): part for part in parts}


def test_follow_up_results_show_on_both_visits_and_in_the_list_of_follow_ups(web: WebHQ, synced: Synced) -> None:
    earlier, follow_up, follow_up_reference = _followed_up(web, synced)
    s1, s2, s3 = earlier.open_findings
    browser = sign_in(web.url, SUPERVISOR)
    page = browser.get(f"/inspections/{earlier.inspection_id}").text
    findings = _findings_on(page)
    corrected = findings["Workers' passports are held by the employer"]
    assert "Remedied" in corrected and "the laptop recorded: Open" in corrected
    assert "Corrected" in corrected and f'href="/inspections/{follow_up}">{follow_up_reference}</a>' in corrected
    assert "Passports back with the workers" in corrected
    still = findings["Workers are paid less than the minimum daily wage"]
    assert "Not corrected" in still and "Still paid 300 THB a day" in still
    unchecked = findings["There is no employee register"]  # carried to the follow-up, not checked there
    assert "not checked yet" in unchecked and "not counted" in unchecked and "<dd>Open" in unchecked
    visit = browser.get(f"/inspections/{follow_up}").text
    checked = visit[visit.index("Earlier findings checked at this visit"):]
    assert "Corrected" in checked and "Not corrected" in checked and earlier.inspection_id in checked

    # The list of follow-ups: the finding found not corrected is still due, the corrected one has gone.
    listed = browser.get("/follow-ups?province=63&district=6306&window=90")
    assert listed.status_code == 200
    rows = [html.unescape(row) for row in re.findall(r"<tr>(.*?)</tr>", listed.text, re.S)]
    titles = {t: row for row in rows for t in ("Workers' passports are held by the employer",
                                                 "Workers are paid less than the minimum daily wage",
                                                 "There is no employee register", "Work rules are not posted")
              if t in row}
    assert set(titles) == {"Workers are paid less than the minimum daily wage", "There is no employee register"}
    assert "Last follow-up: Not corrected" in titles["Workers are paid less than the minimum daily wage"]
    assert "days overdue" in titles["Workers are paid less than the minimum daily wage"]
    # Planned visits: the earlier visit's follow-up has been made, so it is no longer planned.
    visits = browser.get("/follow-ups?kind=visits&province=63&window=90")
    assert visits.status_code == 200 and earlier.inspection_id not in visits.text
    # The CSV holds the same lines as the page (in the same order), with a byte order mark for spreadsheets.
    download = browser.get("/follow-ups.csv?province=63&district=6306&window=90")
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    assert download.content.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert lines[0][:3] == ["Correction deadline", "Days overdue", "Reference"]
    page_total = int(re.search(r"([\d,]+) overdue, ([\d,]+) due soon", listed.text).group(1).replace(",", "")) + \
        int(re.search(r"([\d,]+) overdue, ([\d,]+) due soon", listed.text).group(2).replace(",", ""))
    assert len(lines) - 1 == page_total
    by_title = {line[4]: line for line in lines[1:]}
    assert by_title["Workers are paid less than the minimum daily wage"][5] == "Not corrected"
    assert "Workers' passports are held by the employer" not in by_title
    # In Thai: Buddhist-era deadlines, Thai headings.
    browser.post("/language", {"language": "th", "next": "/follow-ups"})
    thai = browser.get("/follow-ups?province=63&district=6306&window=90").text
    assert "การติดตามจากทุกเครื่อง" in thai and "ต.ค. 2569" in thai and "ยังไม่แก้ไข" in thai


def test_a_finding_hq_opened_again_takes_its_place_in_deadline_order_on_every_page(
        web: WebHQ, synced: Synced, monkeypatch: pytest.MonkeyPatch) -> None:
    """HQ's derived status over the owner's: one the owner closed but HQ opened again is listed, one HQ
    settled is not, and paging through the merged list gives every due finding once, in order."""
    with web.db.write() as conn:
        owned = conn.execute(select(HQFinding.id, HQFinding.status, HQFinding.inspection_id)
                             .where(HQFinding.deadline.is_not(None)).order_by(HQFinding.id)).all()
        closed = [f for f in owned if f.status != "open"][:2]
        still_open = [f for f in owned if f.status == "open"][:1]
        assert closed and still_open
        for finding, status in [*((f, "open") for f in closed), *((f, "remedied") for f in still_open)]:
            conn.execute(FindingState.__table__.insert().values(
                finding_id=finding.id, inspection_id=finding.inspection_id, status=status,
                last_verification={"outcome": "not_corrected" if status == "open" else "corrected"},
                derived_at=utcnow()))
        due = sorted((f.deadline, f.id) for f in conn.execute(select(HQFinding.id, HQFinding.deadline, HQFinding.status)
                                                               .where(HQFinding.deadline.is_not(None)))
                     if (f.status == "open" and f.id != still_open[0].id) or f.id in {c.id for c in closed})
    monkeypatch.setattr(followup_list, "PAGE_SIZE", 3)
    wanted = followup_list.FollowUpFilter(window="90")
    today = max(d for d, _ in due)  # every one of them due by then
    shown: list[tuple[date, str]] = []
    with web.db.read() as conn:
        first = followup_list.read_page(conn, wanted, today)
        for number in range(1, first.pages + 1):
            result = followup_list.read_page(conn, followup_list.FollowUpFilter(window="90", page=number), today)
            shown += [(r.due, r.finding_id) for r in result.rows]
        everything = [(r.due, r.finding_id) for r in followup_list.read_all(conn, wanted, today)]
    assert first.total == len(due) and shown == due and everything == due
    assert {c.id for c in closed} <= {i for _, i in shown} and still_open[0].id not in {i for _, i in shown}
