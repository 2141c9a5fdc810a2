"""The statistics page over HTTP: sign-in, both languages, the numbers HQ's export gives, CSV, PDF, bad filters."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app.hq.export import export
from inspector_app.hq.statistics import Filters

from ..filled import FilledHQs
from ..stats_world import StatsWorld, build, expected
from .client import SUPERVISOR, Browser, sign_in
from .conftest import WebHQ, refill

QUERY = "from=2025-01-01&to=2026-12-31&as_of=2026-03-01&province=63"
TAK = Filters(date(2025, 1, 1), date(2026, 12, 31), as_of=date(2026, 3, 1), province="63")


@pytest.fixture
def world(web: WebHQ, filled_hqs: FilledHQs) -> Iterator[StatsWorld]:
    """The workspace's HQ as `build` filled it (the worker fills one per database; the test serves a copy)."""
    world = refill(web, filled_hqs, "statistics-web", build).on(web.server)
    yield world
    for laptop in world.laptops:
        laptop.client.close()


def _export(web: WebHQ, tmp_path: Path) -> Path:
    export(web.db, tmp_path / "export", "json")
    return tmp_path / "export"


def _cells(page: str, table_id: str) -> list[list[str]]:
    block = page.split(f'id="{table_id}"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", block, re.S)
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)]
            for r in rows]


@pytest.mark.parametrize("path", ["/statistics", f"/statistics?{QUERY}", f"/statistics/by_sector.csv?{QUERY}",
                                  f"/statistics/summary.pdf?{QUERY}"])
def test_sign_in_is_required(web: WebHQ, path: str) -> None:
    anonymous = Browser(web.url)
    answer = anonymous.get(path)
    assert answer.status_code in (302, 303)
    assert answer.headers["location"].startswith("/sign-in?")
    assert "statistics" in answer.headers["location"]


@pytest.mark.parametrize("language", ["th", "en"])
def test_page_shows_what_the_export_says(world: StatsWorld, web: WebHQ, tmp_path: Path, language: str) -> None:
    want = expected(_export(web, tmp_path), TAK)
    browser = sign_in(web.url, SUPERVISOR, language=language)
    answer = browser.get(f"/statistics?{QUERY}")
    assert answer.status_code == 200, answer.text[:2000]
    page = answer.text
    overview = {row[0]: int(row[1].replace(",", "")) for row in _cells(page, "overview")[1:]}
    assert list(overview.values()) == list(want["overview"].values())
    if language == "th":
        assert "สถิติ" in page and "ตาก" in page and "พ.ศ. 2568" in page  # Buddhist-era dates
        assert "การตรวจจำแนกตามประเภทกิจการและประเภทการตรวจ" in page
    else:
        assert "Statistics across all laptops" in page and "Tak" in page and "1 January 2025" in page
        assert "Inspections by sector and visit type" in page
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') >= 5
    for key in ("overview", "by_sector", "by_severity", "by_section", "indicators", "referrals", "follow_ups",
                "due_list"):
        assert f'href="/statistics/{key}.csv?' in page
    assert 'href="/statistics/summary.pdf?' in page


@pytest.mark.parametrize("language", ["th", "en"])
def test_csv_download_matches_the_export(world: StatsWorld, web: WebHQ, tmp_path: Path, language: str) -> None:
    want = expected(_export(web, tmp_path), TAK)
    browser = sign_in(web.url, SUPERVISOR, language=language)
    answer = browser.get(f"/statistics/by_sector.csv?{QUERY}")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    assert answer.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0][1] == ("ประเภทกิจการ" if language == "th" else "Sector")
    assert sum(int(r[-1]) for r in rows[1:]) == want["overview"]["inspections"]
    severity = list(csv.reader(io.StringIO(browser.get(f"/statistics/by_severity.csv?{QUERY}").content
                                           .decode("utf-8-sig"))))
    assert sum(int(r[2]) for r in severity[1:]) == want["overview"]["findings"]
    assert browser.get(f"/statistics/nonsense.csv?{QUERY}").status_code == 404


def test_summary_pdf(world: StatsWorld, web: WebHQ, tmp_path: Path) -> None:
    want = expected(_export(web, tmp_path), TAK)
    browser = sign_in(web.url, SUPERVISOR, language="th")
    answer = browser.get(f"/statistics/summary.pdf?{QUERY}")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    source = json.loads(PdfReader(io.BytesIO(answer.content)).attachments["report-source.json"][0])
    assert source["origin"] == "hq" and source["area"]["province"]["code"] == "63"
    assert source["totals"]["inspections"] == want["overview"]["inspections"]
    assert source["totals"]["findings"] == want["overview"]["findings"]
    refused = browser.get("/statistics/summary.pdf?from=2025-01-01&to=2026-12-31")
    assert refused.status_code == 422 and "จังหวัด" in refused.text  # "choose a province", in Thai


@pytest.mark.parametrize(("query", "field", "words"), [
    ("from=yesterday&to=2026-01-01", "from", "is not a date"),
    ("from=2026-05-01&to=2026-01-01", "to", "before it starts"),
    ("province=Atlantis", "province", "There is no province Atlantis"),
    ("province=63&district=1001", "district", "There is no district 1001 in province 63"),
    ("district=6306", "district", "Choose the province first"),
])
def test_bad_filters_say_what_is_wrong(web: WebHQ, query: str, field: str, words: str) -> None:
    browser = sign_in(web.url, SUPERVISOR, language="en")
    answer = browser.get(f"/statistics?{query}")
    assert answer.status_code == 422
    page = html.unescape(answer.text)
    assert words in page
    assert f'id="f-{field}-problem"' in page and 'aria-invalid="true"' in page
    assert 'id="overview"' not in page  # nothing counted on filters that cannot be used
    for download in ("/statistics/by_sector.csv", "/statistics/summary.pdf"):
        refused = browser.get(f"{download}?{query}")
        assert refused.status_code == 422 and words in html.unescape(refused.text)


def test_thai_dates_and_names_as_filters(world: StatsWorld, web: WebHQ) -> None:
    browser = sign_in(web.url, SUPERVISOR, language="th")
    answer = browser.get("/statistics?from=1/1/2568&to=31/12/2569&province=ตาก&district=แม่สอด&as_of=1/3/2569")
    assert answer.status_code == 200
    assert "แม่สอด" in answer.text and 'value="1/1/2568"' in answer.text


def test_statistics_only_read(web: WebHQ) -> None:
    browser = sign_in(web.url, SUPERVISOR)
    assert browser.http.post("/statistics", data={}).status_code in (404, 405)
