"""End to end in a real browser (chromium): sign in, approve one inspection and return another, unlock the
evidence and read a Burmese interview note; then the laptop syncs and shows both decisions. In Thai and English."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from inspector_app.core.models import Inspection, WorkerInterview

from .browser import chromium  # noqa: F401 - the module's browser
from .client import SUPERVISOR
from .conftest import Synced, WebHQ

EVIDENCE = "synthetic evidence passphrase for tests"
WORDS = {
    "en": {"user": "User name", "password": "Password", "sign_in": "Sign in", "approve": "Approve",
           "return": "Return for changes", "comment": "Comment for the inspector", "evidence": "Evidence passphrase",
           "unlock": "Unlock the evidence", "approved": "approved.", "returned": "returned with your comment",
           "skip": "Skip to main content", "queue": "Review queue"},
    "th": {"user": "ชื่อผู้ใช้", "password": "รหัสผ่าน", "sign_in": "เข้าสู่ระบบ", "approve": "อนุมัติ",
           "return": "ส่งกลับแก้ไข", "comment": "ความเห็นถึงพนักงานตรวจแรงงาน", "evidence": "รหัสผ่านหลักฐาน",
           "unlock": "ปลดล็อกหลักฐาน", "approved": "แล้ว เครื่องคอมพิวเตอร์พกพาจะได้รับผลการพิจารณา",
           "returned": "กลับพร้อมความเห็นของท่านแล้ว", "skip": "ข้ามไปยังเนื้อหาหลัก", "queue": "รายการรอตรวจสอบ"},
}


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_supervisor_reviews_in_the_browser_and_the_laptop_gets_the_decisions(
        chromium, web: WebHQ, synced: Synced, language: str) -> None:  # noqa: ANN001
    w = WORDS[language]
    context = chromium.new_context(viewport={"width": 1366, "height": 768}, locale=f"{language}-TH")
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(web.url) else None)
    page.set_default_timeout(15_000)
    approve, send_back = synced.photographed, synced.burmese
    with synced.store.session() as s:
        note = s.scalars(select(WorkerInterview.notes_original).where(
            WorkerInterview.inspection_id == send_back.id, WorkerInterview.notes_language == "my")).first()

    # Asking for an inspection signs in first and comes back to it.
    page.goto(f"{web.url}/inspections/{approve.id}")
    assert "/sign-in" in page.url
    page.get_by_label(w["user"], exact=True).fill(SUPERVISOR.username)
    page.get_by_label(w["password"], exact=True).fill(SUPERVISOR.password)
    if page.locator("html").get_attribute("lang") != language:
        page.select_option("#language-choice", language)
        page.wait_for_url(re.compile(r".*/sign-in.*"))
        page.get_by_label(w["user"], exact=True).fill(SUPERVISOR.username)
        page.get_by_label(w["password"], exact=True).fill(SUPERVISOR.password)
    page.get_by_label(w["password"], exact=True).press("Enter")
    page.wait_for_url(f"{web.url}/inspections/{approve.id}")
    assert page.locator("html").get_attribute("lang") == language
    # The first Tab lands on the skip link, which takes the keyboard to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == w["skip"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The photo opens full size in a dialog, and Escape closes it.
    page.locator("a[data-lightbox]").first.click()
    assert page.locator("dialog.lightbox").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("dialog.lightbox").is_visible()
    page.get_by_role("button", name=w["approve"]).click()
    page.wait_for_url(re.compile(r".*/review\?msg=approved.*"))
    assert w["approved"] in page.locator("#messages").inner_text()

    # The other: unlock the evidence, read the Burmese note, return it with a comment.
    page.goto(f"{web.url}/inspections/{send_back.id}")
    page.get_by_label(w["evidence"]).fill(EVIDENCE)
    page.get_by_role("button", name=w["unlock"]).click()
    page.wait_for_url(re.compile(rf".*/inspections/{send_back.id}.*msg=evidence_unlocked.*"))
    burmese = page.locator('p.original[lang="my"]').first
    assert burmese.inner_text() == note
    assert burmese.evaluate("e => getComputedStyle(e).fontFamily").startswith('"FI Myanmar"')
    page.get_by_label(w["comment"]).fill("กรุณาเพิ่มรูปถ่ายสัญญาจ้าง / Please add photos of the contracts")
    page.get_by_role("button", name=w["return"]).click()
    page.wait_for_url(re.compile(r".*/review\?msg=returned.*"))
    assert w["returned"] in page.locator("#messages").inner_text()
    assert outside == []
    context.close()

    assert synced.engine.sync_round().ok
    with synced.store.session() as s:
        approved, reopened = s.get(Inspection, approve.id), s.get(Inspection, send_back.id)
    assert approved.status == "approved"
    assert reopened.status == "draft" and reopened.review_comment.endswith("Please add photos of the contracts")
