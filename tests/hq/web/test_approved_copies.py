"""An approved inspection printed at HQ: the supervisor's copies say it is approved, by whom and when, and the
full report is the very document the laptop prints once the decision has reached it (same source, same SHA-256)."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader
from sqlalchemy import select

from inspector_app.core.models import Inspection, Referral
from inspector_app.reports import build_report
from inspector_app.reports.verify import SOURCE_FILE_NAME

from .client import SUPERVISOR, sign_in
from .conftest import Synced, WebHQ

EVIDENCE = "synthetic evidence passphrase for tests"


def _source(pdf: bytes) -> dict:
    (content,) = PdfReader(io.BytesIO(pdf)).attachments[SOURCE_FILE_NAME]
    return json.loads(content)


def test_hq_prints_the_approved_inspection_as_the_laptop_does(web: WebHQ, synced: Synced) -> None:
    with synced.store.session() as s:
        referral = s.scalars(select(Referral).join(Inspection, Inspection.id == Referral.inspection_id)
                             .where(Inspection.status == "submitted").order_by(Referral.id)).first()
        assert referral is not None, "the demo data refers an S1 finding of a submitted inspection"
        inspection_id, referral_id = referral.inspection_id, referral.id
    browser = sign_in(web.url, SUPERVISOR)
    done = browser.post(f"/inspections/{inspection_id}/decision", {"decision": "approve", "comment": ""},
                        page=f"/inspections/{inspection_id}")
    assert done.status_code == 303
    assert synced.engine.sync_round().ok
    laptop_full = build_report(synced.store, "full", inspection_id)
    laptop_form = build_report(synced.store, "referral", inspection_id, referral_id=referral_id)
    approval = {k: laptop_form.source["inspection"].get(k) for k in ("status", "approved_by", "approved_at")}
    assert approval["status"] == "approved" and approval["approved_by"] == SUPERVISOR.name and approval["approved_at"]

    unlocked = browser.post("/evidence/unlock", {"passphrase": EVIDENCE, "next": f"/inspections/{inspection_id}"},
                            page=f"/inspections/{inspection_id}")
    assert unlocked.status_code == 303
    form = browser.get(f"/inspections/{inspection_id}/referrals/{referral_id}/form.pdf")
    assert form.status_code == 200
    assert {k: _source(form.content)["inspection"].get(k) for k in approval} == approval
    full = browser.get(f"/inspections/{inspection_id}/report.pdf")
    assert full.status_code == 200
    assert full.headers["x-report-sha256"] == laptop_full.sha256  # the laptop's approved document, built at HQ
    assert _source(full.content)["inspection"]["status"] == laptop_full.source["inspection"]["status"]
