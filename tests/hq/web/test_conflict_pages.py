"""The conflicts page over HTTP: what waits, the two versions side by side with who and when, a choice per field,
clear refusals, sealed testimony sealed until the evidence is unlocked, and the laptop taking the decision."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select

from inspector_app.core.models import Establishment, Finding
from inspector_app.hq.models import EvidenceAccess, Resolution

from ..devices import fake_laptop
from inspector_app.hq.web.labels import LABELS

from .client import SUPERVISOR, sign_in
from .conflict_data import at_hq, open_version, proposal, stale_finding
from .conftest import Synced, WebHQ

EVIDENCE = "synthetic evidence passphrase for tests"


def radios(html: str) -> dict[str, list[str]]:
    """Each radio group on the page: field -> its values."""
    found: dict[str, list[str]] = {}
    for name, value in re.findall(r'<input type="radio" name="take\.([a-z_0-9]+)" value="(hq|theirs)"', html):
        found.setdefault(name, []).append(value)
    return found


def test_the_list_and_the_comparison_say_who_wrote_what_and_when(web: WebHQ, synced: Synced) -> None:
    finding, version = stale_finding(web, synced)
    establishment, offer = proposal(web, synced)
    browser = sign_in(web.url, SUPERVISOR)
    listing = browser.get("/conflicts")
    assert listing.status_code == 200 and 'aria-current="page"' in listing.text
    assert f'href="/conflicts/{version}"' in listing.text and f'href="/conflicts/{offer}"' in listing.text
    assert "Spare laptop" not in listing.text and "Colleague laptop" in listing.text  # who sent each open version
    assert "Severity, Workers affected" in listing.text and "Contact phone, Name (English)" in listing.text

    page = browser.get(f"/conflicts/{version}")
    assert page.status_code == 200
    text = page.text
    hq_rev = at_hq(web, finding).rev
    assert f"HQ&#39;s current revision ({hq_rev})" in text and f"The other version, made on revision {hq_rev - 1}" in text
    assert "laptop Spare laptop" in text  # HQ's revision was written by the spare laptop
    assert "Received at HQ" in text and "Changed on the laptop" in text
    assert radios(text) == {"description_en": ["hq", "theirs"], "edited_texts": ["hq", "theirs"],
                            "severity": ["hq", "theirs"], "workers_affected": ["hq", "theirs"]}
    assert " checked" not in text.split('class="compare"')[1]  # a conflict needs a deliberate choice per field
    assert LABELS("severity", "S1", "en") in text  # named as the reports name it
    assert f'name="hq_rev" value="{hq_rev}"' in text
    assert 'name="csrf"' in text and "<legend" in text

    offer_page = browser.get(f"/conflicts/{offer}").text
    assert "Another laptop suggested changes" in offer_page and "Reject the proposal" in offer_page
    assert offer_page.count(" checked") == 2  # a proposal keeps HQ's values until a field is taken

    browser.post("/language", {"language": "th", "next": "/conflicts"})
    thai = browser.get(f"/conflicts/{version}")
    assert '<html lang="th">' in thai.text and "ฉบับปัจจุบันของส่วนกลาง" in thai.text and "ระดับความรุนแรง" in thai.text


def test_a_conflict_is_settled_in_the_form_and_the_laptop_takes_it(web: WebHQ, synced: Synced) -> None:
    finding, version = stale_finding(web, synced)
    browser = sign_in(web.url, SUPERVISOR)
    page = f"/conflicts/{version}"
    hq_rev = at_hq(web, finding).rev
    partial = browser.post(page, {"take.severity": "hq", "hq_rev": str(hq_rev)}, page=page)
    assert partial.status_code == 422 and 'role="alert"' in partial.text
    assert "Not chosen yet: Description (English), Texts the inspector wrote, Workers affected" in partial.text
    assert partial.text.count('aria-invalid="true"') == 3
    assert 'value="hq" checked' in partial.text  # what was chosen stays chosen
    assert at_hq(web, finding).rev == hq_rev  # nothing saved

    done = browser.post(page, {"take.severity": "hq", "take.workers_affected": "theirs",
                               "take.description_en": "theirs", "take.edited_texts": "theirs",
                               "hq_rev": str(hq_rev), "note": "Nine was the count on the first visit."}, page=page)
    assert done.status_code == 303 and done.headers["location"].startswith("/conflicts?msg=resolved")
    shown = browser.follow(done)
    assert f"HQ now holds revision {hq_rev + 1} of Finding" in shown.text
    assert "Decided lately" in shown.text and "Ploy S. (synthetic)" in shown.text
    held = at_hq(web, finding)
    assert (held.rev, held.fields["severity"], held.fields["workers_affected"], held.needs_review) == (
        hq_rev + 1, "S1", 4, False)
    with web.db.read() as conn:
        audit = conn.execute(select(Resolution)).one()
    assert audit.resolved_by_name == SUPERVISOR.name and audit.note == "Nine was the count on the first visit."

    again = browser.post(page, {"take.severity": "theirs", "hq_rev": str(hq_rev)}, page="/conflicts")
    assert again.status_code == 409 and "already decided" in again.text.lower()

    assert synced.engine.sync_round().ok
    with synced.store.session() as s:
        mine = s.get(Finding, finding)
    assert (mine.rev, mine.severity, mine.workers_affected, mine.description_en) == (
        hq_rev + 1, "S1", 4, "Seen in the office safe")


def test_a_record_that_moved_meanwhile_is_shown_again_not_overwritten(web: WebHQ, synced: Synced) -> None:
    _, offer = proposal(web, synced)
    browser = sign_in(web.url, SUPERVISOR)
    page = f"/conflicts/{offer}"
    stale = browser.post(page, {"take.name_en": "theirs", "take.contact_phone": "hq", "hq_rev": "0"}, page=page)
    assert stale.status_code == 409 and "changed while you were deciding" in stale.text
    with web.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Resolution)) == 0
    nothing = browser.post(page, {"take.name_en": "hq", "take.contact_phone": "hq"}, page=page)
    assert nothing.status_code == 422 and "Nothing is taken from this proposal" in nothing.text


def test_proposals_are_accepted_or_rejected_in_the_form(web: WebHQ, synced: Synced) -> None:
    establishment, offer = proposal(web, synced)
    browser = sign_in(web.url, SUPERVISOR)
    browser.post("/language", {"language": "th", "next": "/conflicts"})
    page = f"/conflicts/{offer}"
    accepted = browser.post(page, {"take.name_en": "theirs", "take.contact_phone": "hq"}, page=page)
    assert accepted.status_code == 303 and "msg=accepted" in accepted.headers["location"]
    assert "รับข้อเสนอแล้ว" in browser.follow(accepted).text
    assert at_hq(web, establishment).fields["name_en"] == "Sample Fish Pier Co., Ltd."
    assert synced.engine.sync_round().ok
    with synced.store.session() as s:
        assert s.get(Establishment, establishment).name_en == "Sample Fish Pier Co., Ltd."

    _, second = proposal(web, synced, name_th="ชื่อที่ไม่ถูกต้อง")
    rejected = browser.post(f"/conflicts/{second}/reject", {"note": "ชื่อจดทะเบียนคงเดิม"}, page=f"/conflicts/{second}")
    assert rejected.status_code == 303 and "msg=rejected" in rejected.headers["location"]
    held = at_hq(web, establishment)
    assert held.fields["name_th"] != "ชื่อที่ไม่ถูกต้อง" and not held.needs_review
    with web.db.read() as conn:
        assert [r.outcome for r in conn.execute(select(Resolution).order_by(Resolution.id))] == ["accepted", "rejected"]


@pytest.fixture
def sealed_conflict(web: WebHQ) -> int:
    laptop = fake_laptop(web.server, "Mae Sot 1")
    inspection = laptop.own_inspection(team=[{"user_id": "u-1", "name": "Somchai (synthetic)"}])
    interview = {"inspection_id": inspection, "worker_code": "W-07", "notes_language": "my"}
    laptop.push(laptop.op("worker_interviews", "w-7", 0, 1, **interview, notes_original="မှတ်စု ပထမ"))
    laptop.push(laptop.op("worker_interviews", "w-7", 1, 2, **interview, notes_original="မှတ်စု ဒုတိယ"))
    laptop.push(laptop.op("worker_interviews", "w-7", 1, 2, **{**interview, "sex": "male"},
                          notes_original="မှတ်စု တတိယ"))
    return open_version(web, "w-7")


def test_sealed_testimony_is_chosen_sealed_or_read_after_unlocking(web: WebHQ, sealed_conflict: int) -> None:
    browser = sign_in(web.url, SUPERVISOR)
    page = f"/conflicts/{sealed_conflict}"
    closed = browser.get(page).text
    assert "Sealed, not opened" in closed and "မှတ်စု" not in closed and "Unlock the evidence" in closed
    assert "Somchai (synthetic)" in closed  # the inspectors the inspection names
    with web.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(EvidenceAccess)) == 0

    unlocked = browser.post("/evidence/unlock", {"passphrase": EVIDENCE, "next": page}, page=page)
    assert unlocked.status_code == 303
    opened = browser.follow(unlocked).text
    assert '<div class="value original" lang="my">မှတ်စု ဒုတိယ</div>' in opened
    assert '<div class="value original" lang="my">မှတ်စု တတိယ</div>' in opened
    with web.db.read() as conn:
        views = conn.execute(select(EvidenceAccess.detail).where(EvidenceAccess.event == "view")).scalars().all()
    assert views == [f"conflict {sealed_conflict}: notes_original"]

    theirs = at_hq(web, "w-7")
    done = browser.post(page, {"take.notes_original": "theirs", "take.sex": "hq", "hq_rev": str(theirs.rev)},
                        page=page)
    assert done.status_code == 303
    held = at_hq(web, "w-7")
    assert "မှတ်စု" not in json.dumps(held.fields, ensure_ascii=False)  # still sealed at HQ
    assert held.fields["notes_original"]["kid"].startswith("ek-") and held.fields.get("sex") is None
