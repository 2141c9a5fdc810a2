"""End to end in a real browser (chromium): a supervisor's morning. Sign in, approve two inspections and return a
third, unlock the evidence and read a Burmese interview note, open a referral and its form, settle a conflict field
by field, read the month's statistics for Tak and the follow-ups due there; then the laptop syncs and holds both
decisions and the settled values. In Thai and English, with a screenshot of every page at 1366×768 (written to
$INSPECTOR_SCREENSHOTS when set, to look at)."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core.models import Establishment, Finding, Inspection, WorkerInterview

from .browser import chromium
from .client import SUPERVISOR
from .conflict_data import at_hq, stale_finding
from .conftest import Synced, WebHQ
from .test_followup_pages import CASE, NOTES, _referral_with_notes

# The module's browser: a pytest fixture (browser.py), imported so that pytest finds it for this module's tests.
__all__ = ["chromium"]

EVIDENCE = "synthetic evidence passphrase for tests"
WORDS = {
    "en": {"user": "User name", "password": "Password", "sign_in": "Sign in", "approve": "Approve",
           "return": "Return for changes", "comment": "Comment for the inspector", "evidence": "Evidence passphrase",
           "unlock": "Unlock the evidence", "approved": "approved.", "returned": "returned with your comment",
           "skip": "Skip to main content", "queue": "Review queue", "referral_form": "Referral form (PDF)",
           "save": "Save the decision", "saved": "HQ now holds revision", "from": "Visits from",
           "to": "Visits until", "province": "Province", "show": "Show", "tak": "Tak", "followups": "Follow-ups"},
    "th": {"user": "ชื่อผู้ใช้", "password": "รหัสผ่าน", "sign_in": "เข้าสู่ระบบ", "approve": "อนุมัติ",
           "return": "ส่งกลับแก้ไข", "comment": "ความเห็นถึงพนักงานตรวจแรงงาน", "evidence": "รหัสผ่านหลักฐาน",
           "unlock": "ปลดล็อกหลักฐาน", "approved": "แล้ว เครื่องคอมพิวเตอร์พกพาจะได้รับผลการพิจารณา",
           "returned": "กลับพร้อมความเห็นของท่านแล้ว", "skip": "ข้ามไปยังเนื้อหาหลัก", "queue": "รายการรอตรวจสอบ",
           "referral_form": "แบบส่งต่อ (PDF)", "save": "บันทึกการตัดสิน", "saved": "ขณะนี้ส่วนกลางถือ",
           "from": "วันที่ตรวจ ตั้งแต่", "to": "วันที่ตรวจ ถึง", "province": "จังหวัด", "show": "แสดง",
           "tak": "ตาก", "followups": "การติดตาม"},
}


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("INSPECTOR_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _tak_month(synced: Synced) -> tuple[date, date, int]:
    """The latest calendar month with a visit in Tak (63) on the laptop, and how many visits it had."""
    with synced.store.session() as s:
        days = list(s.scalars(select(Inspection.visit_date).join(
            Establishment, Establishment.id == Inspection.establishment_id).where(Establishment.province_code == "63")))
    latest = max(days)
    first = latest.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last, sum(1 for d in days if first <= d <= last)


def _typed(day, language: str) -> str:  # noqa: ANN001
    """A date as a supervisor types it: Thai day/month/Buddhist year, or ISO in English."""
    return f"{day.day}/{day.month}/{day.year + 543}" if language == "th" else day.isoformat()


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_supervisors_morning_in_the_browser_and_the_laptop_gets_the_decisions(
        chromium, web: WebHQ, synced: Synced, language: str, tmp_path: Path) -> None:  # noqa: ANN001
    w = WORDS[language]
    shots = _shots(tmp_path)
    referred, referral_id = _referral_with_notes(synced)
    finding, version = stale_finding(web, synced)
    hq_rev = at_hq(web, finding).rev
    context = chromium.new_context(viewport={"width": 1366, "height": 768}, locale=f"{language}-TH")
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(web.url) else None)
    page.set_default_timeout(15_000)

    def shot(name: str) -> None:
        assert page.locator("html").get_attribute("lang") == language, (name, page.url)
        page.screenshot(path=str(shots / f"morning-{language}-{name}.png"), full_page=True)

    approve, send_back = synced.photographed, synced.burmese
    third = next(i for i in synced.submitted if i.id not in (approve.id, send_back.id))
    with synced.store.session() as s:
        note = s.scalars(select(WorkerInterview.notes_original).where(
            WorkerInterview.inspection_id == send_back.id, WorkerInterview.notes_language == "my")).first()

    # Asking for an inspection signs in first and comes back to it.
    page.goto(f"{web.url}/inspections/{approve.id}")
    assert "/sign-in" in page.url
    if page.locator("html").get_attribute("lang") != language:
        page.select_option("#language-choice", language)
        page.wait_for_url(re.compile(r".*/sign-in.*"))
    shot("01-sign-in")
    page.get_by_label(w["user"], exact=True).fill(SUPERVISOR.username)
    page.get_by_label(w["password"], exact=True).fill(SUPERVISOR.password)
    page.get_by_label(w["password"], exact=True).press("Enter")
    page.wait_for_url(f"{web.url}/inspections/{approve.id}")
    # The first Tab lands on the skip link, which takes the keyboard to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == w["skip"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    shot("02-inspection-photos")
    # The photo opens full size in a dialog, and Escape closes it.
    page.locator("a[data-lightbox]").first.click()
    assert page.locator("dialog.lightbox").is_visible()
    page.wait_for_function("() => { const i = document.querySelector('dialog.lightbox img');"
                           " return i.complete && i.naturalWidth > 0; }")
    shot("03-photo-full-size")
    page.keyboard.press("Escape")
    assert not page.locator("dialog.lightbox").is_visible()
    page.get_by_role("button", name=w["approve"]).click()
    page.wait_for_url(re.compile(r".*/review\?msg=approved.*"))
    assert w["approved"] in page.locator("#messages").inner_text()
    shot("04-queue-after-approval")

    # The second: unlock the evidence, read the Burmese note, return it with a comment.
    page.goto(f"{web.url}/inspections/{send_back.id}")
    shot("05-inspection-sealed")
    page.get_by_label(w["evidence"]).fill(EVIDENCE)
    page.get_by_role("button", name=w["unlock"]).click()
    page.wait_for_url(re.compile(rf".*/inspections/{send_back.id}.*msg=evidence_unlocked.*"))
    burmese = page.locator('p.original[lang="my"]').first
    assert burmese.inner_text() == note
    assert burmese.evaluate("e => getComputedStyle(e).fontFamily").startswith('"FI Myanmar"')
    shot("06-inspection-unlocked")
    page.get_by_label(w["comment"]).fill("กรุณาเพิ่มรูปถ่ายสัญญาจ้าง / Please add photos of the contracts")
    page.get_by_role("button", name=w["return"]).click()
    page.wait_for_url(re.compile(r".*/review\?msg=returned.*"))
    assert w["returned"] in page.locator("#messages").inner_text()

    # The third, from the queue: approved.
    page.get_by_role("link", name=third.reference).click()
    page.wait_for_url(f"{web.url}/inspections/{third.id}")
    page.get_by_role("button", name=w["approve"]).click()
    page.wait_for_url(re.compile(r".*/review\?msg=approved.*"))

    # A referral: its case number, the officer, the sealed notes (the evidence is still open), and its form.
    page.goto(f"{web.url}/inspections/{referred}#referral-{referral_id}")
    referral = page.locator(f"#referral-{referral_id}")
    assert CASE in referral.inner_text() and NOTES in referral.inner_text()
    form = referral.get_by_role("link", name=w["referral_form"])
    answer = page.request.get(f"{web.url}{form.get_attribute('href')}")
    assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
    referral.screenshot(path=str(shots / f"morning-{language}-07-referral.png"))
    shot("08-inspection-with-referral")

    # A conflict, settled field by field.
    page.goto(f"{web.url}/conflicts")
    shot("09-conflicts")
    page.locator(f'a[href="/conflicts/{version}"]').click()
    page.wait_for_url(f"{web.url}/conflicts/{version}")
    shot("10-conflict-compare")
    for field, side in (("description_en", "theirs"), ("edited_texts", "theirs"), ("severity", "hq"),
                        ("workers_affected", "theirs")):
        page.locator(f'input[name="take.{field}"][value="{side}"]').check()
    page.get_by_role("button", name=w["save"]).click()
    page.wait_for_url(re.compile(r".*/conflicts\?msg=resolved.*"))
    assert w["saved"] in page.locator("#messages").inner_text()
    shot("11-conflict-settled")

    # A month's statistics for Tak (the latest month with visits there), typed as a supervisor would:
    # the page counts every visit the laptop made in Tak that month.
    first, last, visits = _tak_month(synced)
    page.goto(f"{web.url}/statistics")
    page.get_by_label(w["from"]).fill(_typed(first, language))
    page.get_by_label(w["to"]).fill(_typed(last, language))
    page.get_by_label(w["province"]).select_option("63")
    page.get_by_role("button", name=w["show"], exact=True).click()
    page.wait_for_url(re.compile(r".*/statistics\?.*province=63.*"))
    heading = page.locator("#scope-heading").inner_text()
    assert heading.startswith(w["tak"]) and str(first.year + (543 if language == "th" else 0)) in heading
    counted = page.locator("#overview table tbody tr").first.locator("td").last.inner_text()
    assert int(counted.replace(",", "")) == visits > 0, (counted, visits)
    shot("12-statistics-tak-month")

    # The follow-ups due in Tak, from the navigation.
    page.get_by_role("link", name=w["followups"], exact=True).click()
    page.wait_for_url(f"{web.url}/follow-ups")
    page.get_by_label(w["province"]).select_option("63")
    page.wait_for_url(re.compile(r".*/follow-ups\?.*province=63.*"))
    assert page.locator("table.followups tbody tr").count() > 0
    shot("13-follow-ups-tak")
    assert outside == []
    context.close()

    assert at_hq(web, finding).rev == hq_rev + 1
    assert synced.engine.sync_round().ok
    with synced.store.session() as s:
        approved, reopened, also = (s.get(Inspection, i.id) for i in (approve, send_back, third))
        settled = s.get(Finding, finding)
    assert approved.status == "approved" and also.status == "approved"
    assert reopened.status == "draft" and reopened.review_comment.endswith("Please add photos of the contracts")
    assert (settled.rev, settled.severity, settled.workers_affected) == (hq_rev + 1, "S1", 4)
