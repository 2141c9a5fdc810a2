"""The supervisor's review page says, beside a finding, when the checklist answer for its item shows no violation
(the inspector changed the answer after recording the finding), in the page's language; other findings say
nothing of the kind."""

from __future__ import annotations

import html

from inspector_app.core.services import checklist
from inspector_app.core.store import Store
from inspector_app.sync.engine import SyncEngine

from ...core.helpers import new_inspection
from ...core.test_contradicted_findings import AGE, PASSPORTS, finding_for
from ...core.test_write_path import answer_all
from ..fixtures import enrol_store
from .client import SUPERVISOR, sign_in
from .conftest import WebHQ

WARNING_EN = "The checklist answer for {item} shows no violation, yet this finding is recorded"
WARNING_TH = "คำตอบในรายการตรวจ {item} ไม่แสดงการฝ่าฝืน"


def test_the_review_page_flags_the_finding_whose_answer_shows_no_violation(web: WebHQ, store: Store) -> None:
    enrol_store(store, web.server)
    inspection_id = new_inspection(store)
    answer_all(store, inspection_id)
    checklist.save_answer(store, inspection_id, PASSPORTS, value="employer")
    checklist.save_answer(store, inspection_id, AGE, result="compliant", value="14")
    finding_for(store, inspection_id, PASSPORTS)
    finding_for(store, inspection_id, AGE)
    checklist.save_answer(store, inspection_id, PASSPORTS, value="workers")  # after the finding was recorded
    engine = SyncEngine.for_store(store)
    try:
        assert engine.sync_round().ok
    finally:
        engine.close()

    browser = sign_in(web.url, SUPERVISOR)
    page = html.unescape(browser.get(f"/inspections/{inspection_id}").text)
    assert WARNING_EN.format(item=PASSPORTS) in page
    assert WARNING_EN.format(item=AGE) not in page  # age 14 is the violation its finding records
    assert page.count("shows no violation, yet this finding is recorded") == 1

    browser.post("/language", {"language": "th", "next": f"/inspections/{inspection_id}"})
    thai = html.unescape(browser.get(f"/inspections/{inspection_id}").text)
    assert WARNING_TH.format(item=PASSPORTS) in thai and WARNING_EN.format(item=PASSPORTS) not in thai
