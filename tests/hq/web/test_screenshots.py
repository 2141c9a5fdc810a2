"""Every page in both languages at 1366×768 (a district office laptop) and at tablet width: nothing runs off the
side of the page (wide tables scroll inside their own box), and the screenshots are kept for people to look at
(`INSPECTOR_SCREENSHOTS=DIR` keeps them there; otherwise in the test's temporary folder)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.hq.models import Record, User

from .browser import chromium
from .client import ADMIN
from .conftest import Synced, WebHQ

# The module's browser: a pytest fixture (browser.py), imported so that pytest finds it for this module's tests.
__all__ = ["chromium"]

EVIDENCE = "synthetic evidence passphrase for tests"
SIZES = {"laptop": (1366, 768), "tablet": (768, 1024)}


def _sign_in(page, url: str, language: str) -> None:  # noqa: ANN001
    page.fill("#username", ADMIN.username)
    page.fill("#password", ADMIN.password)
    page.press("#password", "Enter")
    page.wait_for_url(re.compile(r".*/review.*"))
    if page.locator("html").get_attribute("lang") != language:  # the admin's own choice, kept in the database
        page.select_option("#language-choice", language)
        page.wait_for_url(re.compile(r".*msg=language.*"))


@pytest.mark.parametrize("hq_db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("language", ["th", "en"])
def test_every_page_fits_a_laptop_and_a_tablet(chromium, web: WebHQ, synced: Synced, language: str,  # noqa: ANN001
                                               tmp_path: Path) -> None:
    out = Path(os.environ.get("INSPECTOR_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    with web.db.read() as conn:
        user_id = conn.execute(select(User.id).where(User.username == "ploy")).scalar_one()
        assert conn.execute(select(Record.entity_id).where(Record.entity == "attachments")).first()
    sealed, photographed = synced.burmese.id, synced.photographed.id
    steps: list[tuple[str, str, object]] = [
        ("queue", "/review", None),
        ("queue-district", f"/review?province={synced.burmese.reference[:2]}", None),
        ("inspection-sealed", f"/inspections/{sealed}", None),
        ("inspection-photos", f"/inspections/{photographed}", None),
        ("evidence", "/evidence", None),
        ("inspection-unlocked", f"/inspections/{sealed}", "unlock"),
        ("decision-missing-comment", f"/inspections/{sealed}", "return-empty"),
        ("follow-ups", "/follow-ups?province=63", None),
        ("follow-ups-visits", "/follow-ups?kind=visits&window=90", None),
        ("follow-ups-bad-filter", "/follow-ups?window=forever&severity=S9", None),
        ("statistics-tak", "/statistics?province=63", None),
        ("conflicts", "/conflicts", None),
        ("devices", "/admin/devices", None),
        ("revoke-confirm", f"/admin/devices/{synced.device_id}/revoke", None),
        ("codes", "/admin/enrolment-codes", "make-code"),
        ("users", "/admin/users", "bad-user"),
        ("publish", "/admin/publish", None),
        ("sign-in-log", "/admin/sign-ins", None),
        ("not-found", "/no-such-page", None),
        ("queue-bad-filter", "/review?status=nonsense&province=99", None),
    ]
    assert user_id
    overflowing: dict[str, int] = {}
    for size, (width, height) in SIZES.items():
        context = chromium.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.set_default_timeout(15_000)
        context.add_cookies([{"name": "fi_lang", "value": language, "url": web.url}])
        page.goto(f"{web.url}/sign-in?why=expired&next=/review")
        page.screenshot(path=str(out / f"{language}-{size}-sign-in.png"), full_page=True)
        _sign_in(page, web.url, language)
        for name, path, action in steps:
            page.goto(f"{web.url}{path}")
            if action == "unlock" and page.locator("#evidence-passphrase").count():
                page.fill("#evidence-passphrase", EVIDENCE)
                page.press("#evidence-passphrase", "Enter")
                page.wait_for_load_state()
            elif action == "return-empty":
                page.locator('button[value="return"]').click()
                page.wait_for_load_state()
            elif action == "make-code":
                page.fill("#note", "Mae Sot laptop 4")
                page.locator('form[action="/admin/enrolment-codes"] button').click()
                page.wait_for_load_state()
            elif action == "bad-user":
                page.fill("#new-username", "not a name")
                page.locator('form[action="/admin/users"] button[type="submit"]').last.click()
                page.wait_for_load_state()
            assert page.locator("html").get_attribute("lang") == language, (name, page.url)
            assert page.locator("h1").count() == 1, name
            wider = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if wider > 0:
                overflowing[f"{size}/{name}"] = wider
            page.screenshot(path=str(out / f"{language}-{size}-{name}.png"), full_page=True)
        context.close()
    assert overflowing == {}
    assert len(list(out.glob(f"{language}-*.png"))) == (len(steps) + 1) * len(SIZES)
    assert all(re.fullmatch(r"(th|en)-(laptop|tablet)-[a-z-]+\.png", p.name) for p in out.glob("*.png"))
