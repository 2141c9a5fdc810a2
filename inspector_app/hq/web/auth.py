"""Who is asking: the signed-in user behind the session cookie, their language, and the checks every
route makes (signed in, allowed for the role, a form carrying the session's CSRF token).

The cookie holds the session token only (HttpOnly, SameSite=Strict, Secure over HTTPS or behind a
TLS proxy that uvicorn trusts); HQ keeps its SHA-256 (sessions.py). The CSRF token and the evidence
secret are derived from that token, so the browser holds nothing else. Before sign-in, forms carry
a random token that must match a cookie of its own (the sign-in and language forms).
"""

from __future__ import annotations

import base64
import hmac
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import Request
from sqlalchemy import delete, select
from starlette.datastructures import FormData

from ..errors import Unauthorized
from ..models import EvidenceSession, UserSession, utcnow
from ..sessions import ActiveSession, csrf_matches, csrf_token_for, session_key, token_hash
from ..signin import SignIn
from .i18n import DEFAULT_LANGUAGE, Translator, from_accept_language, normalise
from .nav import allowed

SESSION_COOKIE = "fi_session"
LANGUAGE_COOKIE = "fi_lang"
FORM_COOKIE = "fi_form"  # the pre-sign-in CSRF token (double submit)
CSRF_FIELD = "csrf"
MAX_FORM_BYTES = 64 * 1024  # ordinary forms; uploads have their own limit


class SignInNeeded(Exception):
    """No usable session: the page sends the browser to sign in, and back here afterwards."""

    def __init__(self, reason: str, next_path: str):
        super().__init__(reason)
        self.reason = reason  # signin | expired | ended
        self.next_path = next_path


class Refused(Exception):
    """A request this user may not make (403) or a form that cannot be trusted (CSRF): shown as a page."""

    def __init__(self, status: int, title: str, message: str):
        super().__init__(message)
        self.status = status
        self.title = title
        self.message = message


@dataclass
class Viewer:
    """The person looking at a page. `user` is None before sign-in."""

    language: str
    translator: Translator
    user: Any | None = None
    session: ActiveSession | None = None
    token: str | None = None
    form_token: str | None = None  # pre-sign-in forms
    set_form_cookie: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def csrf(self) -> str:
        if self.token is not None:
            return csrf_token_for(self.token)
        return self.form_token or ""

    @property
    def role(self) -> str | None:
        return self.user.role if self.user is not None else None

    def may(self, role: str) -> bool:
        return self.user is not None and allowed(self.user.role, role)

    def evidence_secret(self) -> bytes:
        """The secret an evidence unlock of this session is wrapped under (derived, never stored)."""
        assert self.token is not None
        return session_key(self.token, "evidence")

    def evidence_secret_text(self) -> str:
        """The same, as evidence.open_record takes it."""
        return base64.urlsafe_b64encode(self.evidence_secret()).decode("ascii").rstrip("=")


def safe_next(value: str | None) -> str:
    """A path on this site to return to after sign-in (never another host)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 500:
        return "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or any(ord(ch) < 32 for ch in value):
        return "/"
    if parts.path in ("/sign-in", "/sign-out"):
        return "/"
    return value


def asked_path(request: Request) -> str:
    """What to come back to after signing in: the page itself, or for a form the page it was on."""
    if request.method == "GET":
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return safe_next(path)
    referer = request.headers.get("referer")
    if referer:
        parts = urlsplit(referer)
        if parts.netloc == request.url.netloc:
            return safe_next(parts.path + (f"?{parts.query}" if parts.query else ""))
    return "/"


def sign_in_url(reason: str, next_path: str) -> str:
    return f"/sign-in?why={reason}&next={quote(safe_next(next_path), safe='')}"


def language_for(request: Request, user: Any | None = None) -> str:
    chosen = normalise(getattr(user, "language", None)) if user is not None else None
    return (chosen or normalise(request.cookies.get(LANGUAGE_COOKIE))
            or from_accept_language(request.headers.get("accept-language")) or DEFAULT_LANGUAGE)


def _signin(request: Request) -> SignIn:
    return request.app.state.signin


def _forget_evidence(request: Request, token: str) -> None:
    """A session that ended without sign-out (idle or absolute expiry) leaves no unlocked evidence behind."""
    db = request.app.state.db
    with db.write() as conn:
        session_id = conn.execute(select(UserSession.id).where(UserSession.token_hash == token_hash(token))).scalar()
        if session_id is not None:
            conn.execute(delete(EvidenceSession).where(EvidenceSession.session_id == session_id))


async def viewer(request: Request) -> Viewer:
    """The viewer of any page: signed in if the cookie holds a live session, else anonymous."""
    cached = getattr(request.state, "viewer", None)
    if cached is not None:
        return cached
    token = request.cookies.get(SESSION_COOKIE)
    found: Viewer | None = None
    if token and len(token) <= 200:
        try:
            active = await _signin(request).session(token)
        except Unauthorized as exc:
            request.state.session_problem = "expired" if exc.code == "session_expired" else "ended"
            if exc.code == "session_expired":
                _forget_evidence(request, token)
        else:
            if active.transport == "cookie":
                language = language_for(request, active.user)
                found = Viewer(language, Translator(language), active.user, active, token)
    if found is None:
        language = language_for(request)
        form_token = request.cookies.get(FORM_COOKIE)
        fresh = not form_token or len(form_token) > 100
        found = Viewer(language, Translator(language), form_token=secrets.token_urlsafe(24) if fresh else form_token,
                       set_form_cookie=fresh)
    request.state.viewer = found
    return found


def require(role: str):  # noqa: ANN201 - a FastAPI dependency
    """A signed-in user allowed `role` (admins may do all supervisors may), else sign-in or a 403 page."""

    async def dependency(request: Request) -> Viewer:
        seen = await viewer(request)
        if seen.user is None:
            raise SignInNeeded(getattr(request.state, "session_problem", "signin"), asked_path(request))
        if not seen.may(role):
            t = seen.translator
            raise Refused(403, t.gettext("Not for your role"),
                          t.gettext("This page is for HQ administrators. Your account (%(role)s) may review "
                                    "inspections and see statistics.", role=t.gettext(seen.user.role)))
        return seen

    return dependency


async def read_form(request: Request, seen: Viewer, *, max_bytes: int = MAX_FORM_BYTES) -> FormData:
    """A posted form whose CSRF token is this session's (or, before sign-in, the form cookie's)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise Refused(413, seen.translator.gettext("Too much to send"),
                      seen.translator.gettext("This form sent more than HQ accepts. Shorten the text and try again."))
    form = await request.form(max_files=2, max_fields=50)
    submitted = form.get(CSRF_FIELD)
    submitted = submitted if isinstance(submitted, str) else None
    if seen.session is not None:
        ok = csrf_matches(seen.session, submitted)
    else:
        cookie = request.cookies.get(FORM_COOKIE) or ""
        ok = bool(submitted) and bool(cookie) and hmac.compare_digest(cookie, submitted or "")
    if not ok:
        t = seen.translator
        raise Refused(403, t.gettext("The form has expired"),
                      t.gettext("HQ could not confirm that this form came from this page (its security token is "
                                "missing or old). Nothing was changed. Go back, reload the page and try again."))
    return form


def csrf_field_name() -> str:
    return CSRF_FIELD


def field_text(form: FormData, name: str, limit: int = 4000) -> str:
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


def evidence_open(request: Request, seen: Viewer) -> bool:
    """Whether this session has the evidence unlocked (and its unlock has not run out)."""
    if seen.session is None:
        return False
    if "evidence_open" not in seen.extra:
        with request.app.state.db.read() as conn:
            row = conn.execute(select(EvidenceSession.expires_at)
                               .where(EvidenceSession.session_id == seen.session.session_id).limit(1)).first()
        seen.extra["evidence_open"] = row is not None and row.expires_at > utcnow()
    return bool(seen.extra["evidence_open"])
