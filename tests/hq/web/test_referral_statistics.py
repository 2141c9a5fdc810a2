"""Referrals in the statistics, from a real laptop's referral records through sync (SQLite and PostgreSQL).

A supervisor reads referrals by receiving body and status on the statistics page, downloads its CSV
and the province summary PDF: all three count the referral records the laptops sent, by each one's
current status, also after a later sync moved one on. A finding an older laptop marked referred without
a referral record is said apart, in words, on the page and in the PDF, and counted in no status.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter

from pypdf import PdfReader

from inspector_app.core.services import directory, findings, inspections, referrals
from inspector_app.core.store import Store
from inspector_app.core.views.referrals import list_referrals
from inspector_app.hq.statistics_tables import text
from inspector_app.reports.labels import enum_label
from inspector_app.sync.engine import sync_once

from ...core.helpers import template_id
from ..devices import fake_laptop
from ..fixtures import enrol_store
from .client import SUPERVISOR, sign_in
from .conftest import WebHQ

QUERY = "from=2026-11-01&to=2026-11-30&as_of=2026-12-01&province=63"
STATUSES = ("planned", "sent", "accepted", "closed")


def _synced(store: Store) -> None:
    report = sync_once(store)
    assert report.ok and report.rejected == 0, report.error


def _referral_cells(page: str) -> list[list[str]]:
    block = page.split('id="referrals"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", block, re.S)
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)]
            for r in rows][1:]


def _seen(web: WebHQ) -> tuple[Counter, Counter, Counter, str, dict]:
    """(page, CSV, PDF) counts by (body code, status code), the page's note, the PDF's source."""
    browser = sign_in(web.url, SUPERVISOR, language="en")
    answer = browser.get(f"/statistics?{QUERY}")
    assert answer.status_code == 200, answer.text[:2000]
    by_label = {(enum_label("referral_target", b, "en"), enum_label("referral_status", s, "en")): (b, s)
                for b in ("MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY") for s in STATUSES}
    page = Counter({by_label[(body, status)]: int(n.replace(",", "")) for body, status, n, _i in
                    _referral_cells(answer.text)})
    note = html.unescape(answer.text.split('id="referrals"', 1)[1].split('<p class="hint">', 1)[1].split("</p>", 1)[0])

    download = browser.get(f"/statistics/referrals.csv?{QUERY}")
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    table = Counter({(row[0], row[2]): int(row[4]) for row in rows[1:]})

    pdf = browser.get(f"/statistics/summary.pdf?{QUERY}")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.content))
    source = json.loads(reader.attachments["report-source.json"][0])
    source["_said"] = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    summary = Counter({(row["target"], status): n for row in source["referrals"]
                       for status, n in row["by_status"].items() if n})
    return page, table, summary, note, source


def test_referral_records_count_by_status_on_the_page_its_csv_and_the_summary(store: Store, web: WebHQ) -> None:
    enrol_store(store, web.server)
    establishment = directory.create_establishment(store, name_th="โรงงานทดสอบส่งต่อ", province_code="63",
                                                   district_code="6306", sector="factory").created("establishments")
    inspection = inspections.create_inspection(store, establishment_id=establishment,
                                               template_id=template_id(store, "LPA-GENERAL"), visit_type="complaint",
                                               visit_date="2026-11-20").created("inspections")
    for title, body in (("ยึดหนังสือเดินทาง", "MDT"), ("หักค่าจ้างเป็นหนี้", "MDT"), ("กักขังลูกจ้าง", "POLICE")):
        findings.create_finding(store, inspection, title=title, severity="S1", legal_refs=["ATIP:6/1"],
                                referral_target=body)
    made = list_referrals(store, inspection_id=inspection)
    assert sorted(r.receiving_body for r in made) == ["MDT", "MDT", "POLICE"]
    first_mdt = next(r for r in made if r.receiving_body == "MDT")
    police = next(r for r in made if r.receiving_body == "POLICE")
    referrals.advance_referral(store, first_mdt.id, "sent", on="2026-11-21")
    _synced(store)

    page, table, summary, note, source = _seen(web)
    want = Counter({("MDT", "planned"): 1, ("MDT", "sent"): 1, ("POLICE", "planned"): 1})
    assert page == table == summary == want
    assert "referrals_unrecorded" not in source and "no referral record" not in note  # none to speak of
    assert "no referral record" not in source["_said"]

    # Later the case moves on at the laptop: the next sync changes the counts everywhere.
    referrals.advance_referral(store, first_mdt.id, "accepted", on="2026-11-24")
    referrals.advance_referral(store, police.id, "sent", on="2026-11-25")
    _synced(store)
    # A laptop not yet updated sends a finding marked referred, and no referral record for it.
    old = fake_laptop(web.server, "old laptop")
    assert {r.status for r in old.push(
        old.op("establishments", "est-old", 0, 1, name_th="โรงงานเก่า", province_code="63", district_code="6306"),
        old.inspection("insp-old", establishment_id="est-old", visit_date="2026-11-10"),
        old.op("findings", "f-old", 0, 1, inspection_id="insp-old", severity="S1", status="referred",
               referral_target="MDT", title_th="ส่งต่อแล้วบนเครื่องเก่า"),
    ).results} == {"applied"}

    page, table, summary, note, source = _seen(web)
    want = Counter({("MDT", "planned"): 1, ("MDT", "accepted"): 1, ("POLICE", "sent"): 1})
    assert page == table == summary == want
    assert source["referrals_unrecorded"] == 1
    assert 'Findings marked "referred" with no referral record at HQ yet' in source["_said"]
    assert text("referrals_unrecorded", "en", count=1) in note
    browser = sign_in(web.url, SUPERVISOR)
    assert browser.post("/language", {"language": "th", "next": "/statistics"}, page="/statistics").status_code == 303
    thai = html.unescape(browser.get(f"/statistics?{QUERY}").text)
    assert text("referrals_unrecorded", "th", count=1) in thai
    assert [row[:3] for row in _referral_cells(thai)] == [
        [enum_label("referral_target", b, "th"), enum_label("referral_status", s, "th"), "1"]
        for b, s in (("MDT", "planned"), ("MDT", "accepted"), ("POLICE", "sent"))]
