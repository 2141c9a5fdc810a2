"""Every route: sign-in required, the wrong role refused with a 403 page, a form without the session's CSRF token
refused without changing anything, bad input answered with a page that says what is wrong, and no response
naming anything outside HQ (the workspace runs on an intranet without internet)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import func, select

from inspector_app.hq.models import (
    ConflictVersion,
    Device,
    EnrolCode,
    EvidenceAccess,
    ReferenceData,
    Record,
    Resolution,
    ReviewDecision,
    Template,
    User,
    UserSession,
)

from .client import ADMIN, SUPERVISOR, Browser, sign_in
from .conflict_data import proposal
from .conftest import Synced, WebHQ
from .routes import ROUTES, Route, fill


def route_ids(web: WebHQ, synced: Synced) -> dict[str, str]:
    target = synced.photographed
    with web.db.read() as conn:
        attachment = conn.execute(select(Record.entity_id).where(
            Record.entity == "attachments", Record.inspection_id == target.id)).scalar_one()
        signature = conn.execute(select(Record.entity_id).where(
            Record.entity == "signatures", Record.inspection_id == target.id)).scalars().first()
        supervisor = conn.execute(select(User.id).where(User.username == SUPERVISOR.username)).scalar_one()
        referral = conn.execute(select(Record.entity_id, Record.inspection_id).where(Record.entity == "referrals")
                                .order_by(Record.entity_id)).first()
    _, version = proposal(web, synced)  # a colleague's proposal waiting on the conflicts page
    return {"inspection": target.id, "attachment": attachment, "signature": signature, "device": synced.device_id,
            "user": supervisor, "version": str(version), "referred": referral.inspection_id,
            "referral": referral.entity_id}


def state(web: WebHQ) -> dict[str, Any]:
    """What a refused request must leave as it was."""
    with web.db.read() as conn:
        return {
            "decisions": conn.scalar(select(func.count()).select_from(ReviewDecision)),
            "codes": conn.scalar(select(func.count()).select_from(EnrolCode)),
            "revoked": conn.scalar(select(func.count()).select_from(Device).where(Device.revoked_at.is_not(None))),
            "users": sorted((u.username, u.role, u.active, u.password_hash) for u in conn.execute(select(User))),
            "templates": conn.scalar(select(func.count()).select_from(Template)),
            "references": conn.scalar(select(func.count()).select_from(ReferenceData)),
            "evidence_events": conn.scalar(select(func.count()).select_from(EvidenceAccess)),
            "resolutions": conn.scalar(select(func.count()).select_from(Resolution)),
            "open_versions": conn.scalar(select(func.count()).select_from(ConflictVersion)
                                         .where(ConflictVersion.resolved_at.is_(None))),
            "live_sessions": conn.scalar(select(func.count()).select_from(UserSession)
                                         .where(UserSession.ended_at.is_(None))),
        }


def _send(browser: Browser, route: Route, path: str, form: dict[str, Any] | None = None) -> Any:
    if route.method == "GET":
        return browser.get(path)
    return browser.http.post(path, data=form if form is not None else route.form)


def test_every_route_needs_sign_in_its_role_and_the_session_csrf_token(web: WebHQ, synced: Synced) -> None:
    ids = route_ids(web, synced)
    anonymous = Browser(web.url)
    supervisor = sign_in(web.url, SUPERVISOR)
    admin = sign_in(web.url, ADMIN)
    before = state(web)
    problems: list[str] = []
    for route in ROUTES:
        path = fill(route.path, ids)
        if route.role == "public":
            continue
        # Not signed in: to the sign-in page, which brings the user back to the page asked for.
        answer = _send(anonymous, route, path)
        location = answer.headers.get("location", "")
        if answer.status_code != 303 or not location.startswith("/sign-in"):
            problems.append(f"{route.method} {route.path} without sign-in: {answer.status_code} {location}")
        elif route.method == "GET" and parse_qs(urlsplit(location).query).get("next") != [path]:
            problems.append(f"{route.method} {route.path}: sign-in would not come back here ({location})")
        # A supervisor on an admin page: the 403 page, in words.
        if route.role == "admin":
            form = {**route.form, "csrf": supervisor.csrf()} if route.method == "POST" else None
            answer = _send(supervisor, route, path, form)
            if answer.status_code != 403 or "Not for your role" not in answer.text:
                problems.append(f"{route.method} {route.path} as supervisor: {answer.status_code}")
        # A form without (or with someone else's) CSRF token: refused, nothing changed.
        if route.method == "POST":
            for token in (None, "forged-token", supervisor.csrf()):  # the last: another session's token
                form = dict(route.form) if token is None else {**route.form, "csrf": token}
                answer = _send(admin, route, path, form)
                if answer.status_code != 403 or "The form has expired" not in answer.text:
                    problems.append(f"POST {route.path} with CSRF token {token!r}: {answer.status_code}")
    assert problems == [], "\n".join(problems)
    assert state(web) == before


EXTERNAL = re.compile(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}|https?://", re.IGNORECASE)
NAMESPACE = re.compile(r'xmlns(?::\w+)?="http://www\.w3\.org/[^"]*"')
LINKS = re.compile(r'(?:href|src|action|formaction|poster|srcset)\s*=\s*"([^"]*)"|url\(\s*["\']?([^"\')]+)',
                   re.IGNORECASE)


INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|\sstyle\s*=|\son[a-z]+\s*=|javascript:", re.IGNORECASE)


def external_references(body: str) -> list[str]:
    """Anything in a page, stylesheet, script or icon file that would make the browser reach outside HQ."""
    text = NAMESPACE.sub("", body)
    found = [m.group(0) for m in EXTERNAL.finditer(text)]
    for match in LINKS.finditer(text):
        link = (match.group(1) or match.group(2) or "").strip()
        if link and not link.startswith(("/", "#", "?")) or link.startswith("//"):
            found.append(link)
    return found


@pytest.mark.parametrize("language", ["th", "en"])
def test_no_response_names_anything_outside_hq(web: WebHQ, synced: Synced, language: str) -> None:
    ids = route_ids(web, synced)
    admin = sign_in(web.url, ADMIN, language=language)
    anonymous = Browser(web.url, language=language)
    seen: dict[str, list[str]] = {}
    # The admin unlocks the evidence so the pages show everything they can.
    unlocked = admin.post("/evidence/unlock", {"passphrase": "synthetic evidence passphrase for tests",
                                               "next": "/review"})
    assert unlocked.status_code == 303
    for route in ROUTES:
        if route.method != "GET":
            continue
        path = fill(route.path, ids)
        browser = anonymous if route.role == "public" and route.path != "/" else admin
        answer = browser.get(path)
        assert answer.status_code in (200, 303), (path, answer.status_code)
        if answer.headers.get("content-type", "").split(";")[0] in ("text/html", "text/css", "text/javascript",
                                                                      "image/svg+xml"):
            seen[path] = external_references(answer.text)
    # Pages that only appear after a form (a new code, a new password, a refused upload) too.
    answers = [admin.post("/admin/enrolment-codes", {"days": "3", "note": "walk"}, page="/admin/enrolment-codes"),
               admin.post("/admin/templates", {}, page="/admin/publish"),
               admin.post(f"/inspections/{ids['inspection']}/decision", {"decision": "return"},
                          page=f"/inspections/{ids['inspection']}"),
               anonymous.post("/sign-in", {"username": "x", "password": "y"}, page="/sign-in"),
               admin.get("/no/such/page"), admin.get("/review?status=nonsense")]
    for answer in answers:
        seen[f"{answer.request.method} {answer.request.url.path}"] = external_references(answer.text)
    assert len(seen) >= 18
    assert {path: refs for path, refs in seen.items() if refs} == {}
    # Nothing inline either: the CSP allows scripts and styles from HQ's own files only.
    pages = [admin.get(fill(r.path, ids)) for r in ROUTES if r.method == "GET" and r.role != "public"]
    inline = {p.request.url.path: INLINE.findall(p.text) for p in pages + answers
              if p.headers.get("content-type", "").startswith("text/html") and INLINE.findall(p.text)}
    assert inline == {}
    for answer in answers:
        assert "Content-Security-Policy" in answer.headers


BAD_INPUTS: dict[str, list[dict[str, Any]]] = {
    "GET": [{"path": "/inspections/does-not-exist"}, {"path": "/inspections/%00%01"},
            {"path": "/inspections/{inspection}/photos/nope"}, {"path": "/inspections/{inspection}/photos/nope/thumbnail"},
            {"path": "/inspections/{inspection}/signatures/nope"}, {"path": "/inspections/nope/report.pdf"},
            {"path": "/admin/devices/nope/revoke"}, {"path": "/review?page=-3&status=🙂&province=XX&district=9999"},
            {"path": "/review?severity=S9&sort=weird"}, {"path": "/admin/sign-ins?user=a%20b&event=party"},
            {"path": "/static/../../etc/passwd"}, {"path": "/static/fonts/nope.ttf"},
            {"path": "/review?page=" + "9" * 50}, {"path": "/sign-in?next=https://example.org/"},
            {"path": "/conflicts/nope"}, {"path": "/conflicts/99999999"}, {"path": "/conflicts/" + "9" * 40},
            {"path": "/follow-ups?kind=all&window=forever&province=XX&district=9999&severity=S9&page=0"},
            {"path": "/follow-ups?page=" + "9" * 50}, {"path": "/follow-ups.csv?window=soon"},
            {"path": "/inspections/{inspection}/referrals/nope/form.pdf"},
            {"path": "/inspections/nope/referrals/{referral}/form.pdf"}],
}
BAD_FORMS: list[tuple[str, str, dict[str, Any]]] = [
    ("/inspections/{inspection}/decision", "/inspections/{inspection}", {"decision": "return", "comment": "   "}),
    ("/inspections/{inspection}/decision", "/inspections/{inspection}", {"decision": "maybe"}),
    ("/inspections/{inspection}/decision", "/inspections/{inspection}", {"decision": "approve", "comment": "x" * 5000}),
    ("/inspections/nope/decision", "/review", {"decision": "approve"}),
    ("/evidence/unlock", "/evidence", {"passphrase": ""}),
    ("/evidence/unlock", "/evidence", {"passphrase": "x" * 2000}),
    ("/admin/enrolment-codes", "/admin/enrolment-codes", {"days": "0"}),
    ("/admin/enrolment-codes", "/admin/enrolment-codes", {"days": "ninety"}),
    ("/admin/users", "/admin/users", {"username": "", "password": "short", "password_again": "other", "role": "x"}),
    ("/admin/users", "/admin/users", {"username": "ploy", "display_name": "again", "password": "long enough 123",
                                      "password_again": "long enough 123", "role": "supervisor"}),
    ("/admin/users/nope/role", "/admin/users", {"role": "admin"}),
    ("/admin/users/{user}/role", "/admin/users", {"role": "emperor"}),
    ("/admin/users/{user}/active", "/admin/users", {"active": "perhaps"}),
    ("/admin/devices/nope/revoke", "/admin/devices", {}),
    ("/admin/reference", "/admin/publish", {"name": "Bad Name!"}),
    ("/admin/reference", "/admin/publish", {"name": "minimum_wage"}),
    ("/sign-in", "/sign-in", {"username": "", "password": ""}),
    ("/sign-in", "/sign-in", {"username": "ploy", "password": "p" * 5000}),
    ("/language", "/sign-in", {"language": "xx", "next": "https://example.org/"}),
    ("/conflicts/{version}", "/conflicts/{version}", {"take.name_en": "theirs", "note": "x" * 5000}),
    ("/conflicts/{version}", "/conflicts/{version}", {"take.name_en": "hq", "take.contact_phone": "maybe"}),
    ("/conflicts/nope", "/conflicts", {"take.name_en": "theirs"}),
    ("/conflicts/99999999/reject", "/conflicts", {}),
]


def test_bad_input_gets_a_page_that_says_what_is_wrong(web: WebHQ, synced: Synced) -> None:
    ids = route_ids(web, synced)
    admin = sign_in(web.url, ADMIN)
    anonymous = Browser(web.url)
    problems = []
    for case in BAD_INPUTS["GET"]:
        answer = admin.get(case["path"].format(**ids))
        listed = any(page in case["path"] for page in ("review?", "sign-ins?", "follow-ups?"))
        if answer.status_code >= 500 or answer.status_code == 200 and "/sign-in" not in case["path"] and not listed:
            problems.append(f"GET {case['path']}: {answer.status_code}")
        if "sign-in?next=https" in case["path"] and "example.org" in answer.text:
            problems.append("sign-in sends people to another site")
        if listed or "follow-ups.csv" in case["path"]:
            if answer.status_code != 422 or "could not be used" not in answer.text and "is not" not in answer.text:
                problems.append(f"GET {case['path']}: {answer.status_code} without saying what is wrong")
    for path, page_path, form in BAD_FORMS:
        browser = anonymous if path in ("/sign-in", "/language") else admin
        answer = browser.post(path.format(**ids), form, page=page_path.format(**ids))
        if answer.status_code >= 500:
            problems.append(f"POST {path} {form}: {answer.status_code}")
        elif answer.status_code == 303:
            location = answer.headers["location"]
            if path != "/language" or not location.startswith("/sign-in"):
                problems.append(f"POST {path} {form}: accepted ({location})")
        elif 'role="alert"' not in answer.text and "field-error" not in answer.text:
            problems.append(f"POST {path} {form}: {answer.status_code} says nothing")
    assert problems == [], "\n".join(problems)
