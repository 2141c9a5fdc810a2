"""Signing in and out of the workspace: cookie sessions, lockout in words, idle expiry back to the page asked
for, the language remembered per user and before sign-in."""

from __future__ import annotations

from sqlalchemy import select

from inspector_app.hq.models import EvidenceSession, LoginEvent, User

from .client import SUPERVISOR, Browser, sign_in
from .conftest import Synced, WebHQ

EVIDENCE = "synthetic evidence passphrase for tests"


def _cookie_line(response) -> str:  # noqa: ANN001
    return next(v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith("fi_session="))


def test_the_session_cookie_is_httponly_strict_and_secure_behind_tls(web: WebHQ) -> None:
    plain = Browser(web.url)
    answer = plain.post("/sign-in", {"username": SUPERVISOR.username, "password": SUPERVISOR.password},
                        page="/sign-in")
    assert answer.status_code == 303 and answer.headers["location"] == "/review"
    cookie = _cookie_line(answer).lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie and "secure" not in cookie
    # Behind a TLS proxy HQ trusts (uvicorn's forwarded headers from 127.0.0.1), the cookie is Secure.
    proxied = Browser(web.url, headers={"X-Forwarded-Proto": "https"})
    form_page = proxied.get("/sign-in")
    form_cookie = next(v for k, v in form_page.headers.multi_items() if k == "set-cookie" and v.startswith("fi_form="))
    assert "; secure" in form_cookie.lower()
    token = form_cookie.split(";")[0].split("=", 1)[1]  # a browser on https sends it back; httpx on http would not
    answer = proxied.http.post("/sign-in", data={"csrf": token, "username": SUPERVISOR.username,
                                                 "password": SUPERVISOR.password},
                               headers={"Cookie": f"fi_form={token}"})
    assert "; secure" in _cookie_line(answer).lower()
    assert answer.headers.get("strict-transport-security")
    page = plain.get("/review")
    assert page.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"


def test_wrong_passwords_lock_the_account_and_the_page_says_for_how_long(web: WebHQ) -> None:
    browser = Browser(web.url)
    for _ in range(5):
        answer = browser.post("/sign-in", {"username": SUPERVISOR.username, "password": "not my password"},
                              page="/sign-in")
        assert answer.status_code == 401 and "Wrong user name or password." in answer.text
    locked = browser.post("/sign-in", {"username": SUPERVISOR.username, "password": SUPERVISOR.password},
                          page="/sign-in")
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 800
    assert "it is locked for 15 more minutes" in locked.text
    thai = Browser(web.url, language="th")
    answer = thai.post("/sign-in", {"username": SUPERVISOR.username, "password": SUPERVISOR.password}, page="/sign-in")
    assert answer.status_code == 429 and "บัญชีถูกล็อกอีก 15 นาที" in answer.text
    web.clock.advance(minutes=16)
    assert sign_in(web.url, SUPERVISOR).get("/review").status_code == 200
    with web.db.read() as conn:
        events = [e.event for e in conn.execute(select(LoginEvent).where(LoginEvent.username == SUPERVISOR.username))]
    assert events.count("failure") == 5 and "lockout" in events and "refused" in events and "success" in events


def test_an_idle_session_ends_and_sign_in_returns_to_the_page_asked_for(web: WebHQ, synced: Synced) -> None:
    browser = sign_in(web.url, SUPERVISOR)
    target = f"/inspections/{synced.burmese.id}"
    assert browser.post("/evidence/unlock", {"passphrase": EVIDENCE, "next": target}).status_code == 303
    assert browser.get(target).status_code == 200
    web.clock.advance(minutes=31)
    answer = browser.get(target)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/sign-in?why=expired&next=%2Finspections%2F{synced.burmese.id}"
    page = browser.follow(answer)
    assert "Your session ended after a while without activity" in page.text
    with web.db.read() as conn:
        assert conn.execute(select(EvidenceSession)).first() is None  # the unlock ended with the session
    back = browser.post("/sign-in", {"username": SUPERVISOR.username, "password": SUPERVISOR.password,
                                     "next": target}, page=answer.headers["location"])
    assert back.headers["location"] == target
    again = browser.get(target)
    assert again.status_code == 200 and "Unlock the evidence" in again.text and "Worker W-" not in again.text


def test_sign_out_ends_the_session_and_the_evidence_unlock(web: WebHQ, synced: Synced) -> None:
    browser = sign_in(web.url, SUPERVISOR)
    assert browser.post("/evidence/unlock", {"passphrase": EVIDENCE, "next": "/review"}).status_code == 303
    token = browser.http.cookies["fi_session"]
    answer = browser.post("/sign-out", {})
    assert answer.status_code == 303 and answer.headers["location"] == "/sign-in?msg=signed_out"
    assert "You have signed out." in browser.follow(answer).text
    with web.db.read() as conn:
        assert conn.execute(select(EvidenceSession)).first() is None
    stolen = Browser(web.url)
    stolen.http.cookies.set("fi_session", token)
    refused = stolen.get("/review")
    assert refused.status_code == 303 and refused.headers["location"].startswith("/sign-in?why=ended")


def test_the_language_is_remembered_per_user_and_before_sign_in(web: WebHQ) -> None:
    anonymous = Browser(web.url, language=None)
    assert 'lang="th"' in anonymous.get("/sign-in").text  # Thai unless the browser asks otherwise
    chosen = anonymous.post("/language", {"language": "en", "next": "/sign-in"}, page="/sign-in")
    assert chosen.status_code == 303 and anonymous.http.cookies["fi_lang"] == "en"
    page = anonymous.follow(chosen)
    assert 'lang="en"' in page.text and "Language changed." in page.text
    answer = anonymous.post("/sign-in", {"username": SUPERVISOR.username, "password": SUPERVISOR.password},
                            page="/sign-in")
    assert answer.status_code == 303
    with web.db.read() as conn:
        assert conn.execute(select(User.language).where(User.username == SUPERVISOR.username)).scalar() == "en"
    # Another computer (no cookie, a Thai browser): the user's own choice wins after sign-in.
    other = Browser(web.url, language=None, headers={"Accept-Language": "th-TH,th;q=0.9"})
    assert 'lang="th"' in other.get("/sign-in").text
    signed = other.post("/sign-in", {"username": SUPERVISOR.username, "password": SUPERVISOR.password},
                        page="/sign-in")
    assert signed.status_code == 303, signed.text[-3000:]
    assert 'lang="en"' in other.get("/review").text
    other.post("/language", {"language": "th", "next": "/review"})
    assert "รายการรอตรวจสอบ" in other.get("/review").text
    with web.db.read() as conn:
        assert conn.execute(select(User.language).where(User.username == SUPERVISOR.username)).scalar() == "th"
