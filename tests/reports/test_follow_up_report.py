"""The inspection report of a follow-up visit says what was found of each earlier finding it checked."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from inspector_app.core.models import FindingVerification, Inspection
from inspector_app.core.services import attachments, followups
from inspector_app.core.store import Store
from inspector_app.reports import build_report
from inspector_app.reports.verify import SOURCE_FILE_NAME

from ..followup_builders import complaint_visit, sign
from .report_data import photo_bytes
from .test_render import pdffonts

GENERATED = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_the_follow_up_report_shows_each_checked_finding_its_outcome_and_evidence(store: Store,
                                                                                    tmp_path: Path) -> None:
    earlier = complaint_visit(store)
    follow_up = followups.start_follow_up(store, earlier.inspection_id, visit_date="2026-12-05").created("inspections")
    with store.session() as s:
        items = list(s.scalars(select(FindingVerification).where(FindingVerification.inspection_id == follow_up)
                               .order_by(FindingVerification.position)))
    photo = attachments.add_attachment(store, follow_up, photo_bytes(3), mime="image/jpeg",
                                       caption="Passports returned to the workers").created("attachments")
    followups.record_verification(store, items[0].id, outcome="corrected", note="All passports returned",
                                  evidence=[photo])
    followups.record_verification(store, items[1].id, outcome="not_corrected", note="Still 300 THB a day")
    sign(store, follow_up)

    report = build_report(store, "full", follow_up, generated_at=GENERATED)
    (embedded,) = PdfReader(io.BytesIO(report.pdf)).attachments[SOURCE_FILE_NAME]
    source = json.loads(embedded)
    with store.session() as s:
        earlier_reference = s.get(Inspection, earlier.inspection_id).reference
    assert source["inspection"]["previous_reference"] == earlier_reference
    checked = source["verifications"]
    assert [(v["finding_id"], v["outcome"]) for v in checked] == [
        (earlier.open_findings[0], "corrected"), (earlier.open_findings[1], "not_corrected"),
        (earlier.open_findings[2], None)]
    assert checked[0]["original_reference"] == earlier_reference and checked[0]["severity"] == "S1"
    assert [p["caption"] for p in checked[0]["photos"]] == ["Passports returned to the workers"]
    assert source["photos"] == []  # the evidence photo is printed with its finding, not again among the others
    assert checked[1]["note"] == "Still 300 THB a day"

    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(report.pdf)).pages)
    flat = "".join(text.split())
    assert "Findings of earlier visits checked at this visit" in text
    for words in ("Corrected", "Not corrected", "Not checked", "Still 300 THB a day", earlier_reference):
        assert "".join(words.split()) in flat, words
    path = tmp_path / "follow-up.pdf"
    path.write_bytes(report.pdf)
    assert [r["name"] for r in pdffonts(path) if r["emb"] != "yes"] == []


def test_a_visit_that_is_not_a_follow_up_has_no_such_section(store: Store) -> None:
    earlier = complaint_visit(store)
    report = build_report(store, "full", earlier.inspection_id, generated_at=GENERATED)
    (embedded,) = PdfReader(io.BytesIO(report.pdf)).attachments[SOURCE_FILE_NAME]
    assert json.loads(embedded)["verifications"] == []
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(report.pdf)).pages)
    assert "Findings of earlier visits checked" not in text
