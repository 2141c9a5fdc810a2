"""The statistics page in a real browser (Debian's chromium through Playwright), in Thai and English.

A supervisor signs in, chooses a period and Tak, shows the statistics and downloads the sector
table as CSV: its totals are HQ's export's. Screenshots of the page at 1366×768 and at tablet
width are kept in the test's folder (and in $INSPECTOR_SCREENSHOTS when set, to look at).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from inspector_app.hq.export import export
from inspector_app.hq.statistics import Filters

from ..filled import FilledHQs
from ..stats_world import StatsWorld, build, expected
from .client import SUPERVISOR
from .conftest import WebHQ, refill

CHROMIUM = Path("/usr/bin/chromium")
TAK = Filters(date(2025, 1, 1), date(2026, 12, 31), as_of=date(2026, 3, 1), province="63")
VIEWPORTS = {"desktop": {"width": 1366, "height": 768}, "tablet": {"width": 800, "height": 1180}}


@pytest.fixture
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is needed at /usr/bin/chromium (apt-get install chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def world(web: WebHQ, filled_hqs: FilledHQs) -> Iterator[StatsWorld]:
    """The workspace's HQ as `build` filled it (the worker fills one per database; the test serves a copy)."""
    world = refill(web, filled_hqs, "statistics-web", build).on(web.server)
    yield world
    for laptop in world.laptops:
        laptop.client.close()


@pytest.mark.parametrize("hq_db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("language", ["th", "en"])
def test_supervisor_downloads_a_csv_whose_totals_match_the_export(
        world: StatsWorld, web: WebHQ, browser, tmp_path: Path, language: str) -> None:  # noqa: ANN001
    export(web.db, tmp_path / "export", "json")
    want = expected(tmp_path / "export", TAK)
    context = browser.new_context(viewport=VIEWPORTS["desktop"], accept_downloads=True, locale=language)
    context.add_cookies([{"name": "fi_lang", "value": language, "url": web.url}])
    page = context.new_page()
    page.goto(f"{web.url}/statistics")
    assert "/sign-in" in page.url
    page.fill("#username", SUPERVISOR.username)
    page.fill("#password", SUPERVISOR.password)
    page.click("button[type=submit].primary")
    page.wait_for_url("**/statistics**")

    page.fill("#f-from", "1/1/2568" if language == "th" else "2025-01-01")
    page.fill("#f-to", "31/12/2569" if language == "th" else "2026-12-31")
    page.fill("#f-as_of", "1/3/2569" if language == "th" else "2026-03-01")
    page.select_option("#f-province", "63")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#by_sector table")
    heading = page.inner_text("#scope-heading")
    assert ("ตาก" if language == "th" else "Tak") in heading
    assert ("2568" if language == "th" else "2025") in heading
    overview = page.inner_text("#overview table")
    assert f"{want['overview']['inspections']:,}" in overview

    with page.expect_download() as info:
        page.click("#by_sector a.csv-link")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][1] == ("ประเภทกิจการ" if language == "th" else "Sector")
    assert sum(int(r[-1]) for r in rows[1:]) == want["overview"]["inspections"]
    assert {r[0]: int(r[-1]) for r in rows[1:]} == {s: sum(c.values()) for s, c in want["by_sector"].items()}

    shots = Path(os.environ.get("INSPECTOR_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    for name, size in VIEWPORTS.items():
        page.set_viewport_size(size)
        page.evaluate("window.scrollTo(0, 0)")
        target = shots / f"statistics-{language}-{name}.png"
        page.screenshot(path=str(target), full_page=False)
        assert target.stat().st_size > 10_000
        if name == "desktop":
            page.screenshot(path=str(shots / f"statistics-{language}-{name}-full.png"), full_page=True)
    context.close()
    if shots != tmp_path:
        shutil.copy(saved, shots / saved.name)
