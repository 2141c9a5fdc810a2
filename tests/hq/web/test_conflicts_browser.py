"""In a real browser (chromium), by keyboard: a supervisor settles a conflict field by field, then the laptop syncs
and holds the chosen values with HQ's new revision. In Thai and English, with screenshots at 1366×768 (written to
$INSPECTOR_SCREENSHOTS when set, to look at)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from inspector_app.core.checks import run_checks
from inspector_app.core.models import Finding

from .browser import chromium
from .client import SUPERVISOR
from .conflict_data import at_hq, stale_finding
from .conftest import Synced, WebHQ

# The module's browser: a pytest fixture (browser.py), imported so that pytest finds it for this module's tests.
__all__ = ["chromium"]

WORDS = {
    "en": {"user": "User name", "password": "Password", "save": "Save the decision", "saved": "HQ now holds revision",
           "hq": "HQ's", "theirs": "The other version's", "note": "Note (optional; kept with the decision)",
           "missing": "Not chosen yet", "heading": "Conflict: Finding"},
    "th": {"user": "ชื่อผู้ใช้", "password": "รหัสผ่าน", "save": "บันทึกการตัดสิน", "saved": "ขณะนี้ส่วนกลางถือ",
           "hq": "ของส่วนกลาง", "theirs": "ของอีกฉบับ", "note": "หมายเหตุ (ไม่บังคับ เก็บไว้คู่กับการตัดสิน)",
           "missing": "ยังไม่ได้เลือก", "heading": "ข้อมูลขัดแย้ง: ข้อค้นพบ"},
}


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("INSPECTOR_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_conflict_is_settled_by_keyboard_and_the_laptop_takes_it(
        chromium, web: WebHQ, synced: Synced, language: str, tmp_path: Path) -> None:  # noqa: ANN001
    w = WORDS[language]
    finding, version = stale_finding(web, synced)
    hq_rev = at_hq(web, finding).rev
    context = chromium.new_context(viewport={"width": 1366, "height": 768}, locale=f"{language}-TH")
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(web.url) else None)
    page.set_default_timeout(15_000)

    page.goto(f"{web.url}/conflicts/{version}")
    assert "/sign-in" in page.url
    if page.locator("html").get_attribute("lang") != language:
        page.select_option("#language-choice", language)
        page.wait_for_url(re.compile(r".*/sign-in.*"))
    page.get_by_label(w["user"], exact=True).fill(SUPERVISOR.username)
    page.get_by_label(w["password"], exact=True).fill(SUPERVISOR.password)
    page.get_by_label(w["password"], exact=True).press("Enter")
    page.wait_for_url(f"{web.url}/conflicts/{version}")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").inner_text().startswith(w["heading"])
    shots = _shots(tmp_path)
    page.screenshot(path=str(shots / f"conflict-{language}.png"))

    # Saving with a field not chosen says which, beside the fields, and keeps focus on the message.
    rows = page.locator("table.compare tbody tr")
    assert rows.count() == 4
    page.locator('input[name="take.severity"][value="hq"]').focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name=w["save"]).focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    alert = page.locator("main [role=alert]")
    assert w["missing"] in alert.inner_text()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "alert"
    assert page.locator('fieldset[aria-invalid="true"]').count() == 3
    page.screenshot(path=str(shots / f"conflict-missing-{language}.png"))

    # By keyboard: Space takes the focused choice, an arrow key moves to the other one.
    for field, side in (("description_en", "theirs"), ("edited_texts", "theirs"), ("severity", "hq"),
                        ("workers_affected", "theirs")):
        page.locator(f'input[name="take.{field}"][value="hq"]').focus()
        page.keyboard.press("Space" if side == "hq" else "ArrowDown")
        assert page.locator(f'input[name="take.{field}"][value="{side}"]').is_checked()
    page.get_by_label(w["note"]).fill("Nine was the first count; four after the recount.")
    page.screenshot(path=str(shots / f"conflict-chosen-{language}.png"))
    page.get_by_role("button", name=w["save"]).focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/conflicts\?msg=resolved.*"))
    assert w["saved"] in page.locator("#messages").inner_text()
    page.screenshot(path=str(shots / f"conflicts-list-{language}.png"))
    assert outside == []
    context.close()

    held = at_hq(web, finding)
    assert (held.rev, held.fields["severity"], held.fields["workers_affected"]) == (hq_rev + 1, "S1", 4)
    report = synced.engine.sync_round()
    assert report.ok and finding in report.changes.changed["findings"]
    with synced.store.session() as s:
        mine = s.get(Finding, finding)
    assert (mine.rev, mine.severity, mine.workers_affected, mine.description_en) == (
        hq_rev + 1, "S1", 4, "Seen in the office safe")
    assert all(check.ok for check in run_checks(synced.store)), [(c.name, c.detail, c.problems) for c in run_checks(synced.store) if not c.ok]
