"""Signing in and out, and choosing the language (before sign-in too).

Sign-in goes through `signin.SignIn` exactly as the API's /login: the same throttle, lockout,
constant time for unknown names, bounded hashing and sign-in log; the page says in words how long
a lock lasts. The session travels in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import update

from ...auth_api import client_address
from ...errors import Busy, TooManyAttempts, Unauthorized
from ...evidence import end_session as end_evidence
from ...models import User
from ..audit import record_evidence_event
from ..auth import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    Viewer,
    evidence_open,
    field_text,
    language_for,
    read_form,
    safe_next,
    viewer,
)
from ..i18n import N_, Translator, normalise
from ..render import page, redirect

router = APIRouter(include_in_schema=False)
Seen = Annotated[Viewer, Depends(viewer)]

WHY = {
    "signin": N_("Sign in to continue."),
    "expired": N_("Your session ended after a while without activity. Sign in again to go on where you were."),
    "ended": N_("Your session has ended. Sign in again."),
}
YEAR = 365 * 24 * 3600


def home_for(seen: Viewer) -> str:
    return "/review"


@router.get("/")
async def home(request: Request, seen: Seen) -> Response:
    return redirect(home_for(seen) if seen.user is not None else "/sign-in")


def _sign_in_page(request: Request, seen: Viewer, *, status: int = 200, error: str | None = None,
                  username: str = "", next_path: str = "/") -> Response:
    t = seen.translator
    why = request.query_params.get("why")
    notice = t.gettext(WHY[why]) if why in WHY and not error else None
    return page(request, seen, "signin.html", title=t.gettext("Sign in"), status=status, error=error,
                notice=notice, username=username, next_path=safe_next(next_path))


@router.get("/sign-in")
async def sign_in_form(request: Request, seen: Seen) -> Response:
    next_path = safe_next(request.query_params.get("next"))
    if seen.user is not None:
        return redirect(next_path if next_path != "/" else home_for(seen))
    return _sign_in_page(request, seen, next_path=next_path)


def _minutes(seconds: int) -> int:
    return max(1, -(-int(seconds) // 60))


@router.post("/sign-in")
async def sign_in(request: Request, seen: Seen) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    username = field_text(form, "username", 200)
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    next_path = safe_next(field_text(form, "next", 500))
    if not username or not password:
        return _sign_in_page(request, seen, status=422, username=username, next_path=next_path,
                             error=t.gettext("Enter your user name and your password."))
    if len(password) > 1024:
        return _sign_in_page(request, seen, status=422, username=username, next_path=next_path,
                             error=t.gettext("That password is longer than any HQ password."))
    signin = request.app.state.signin
    try:
        signed = await signin.password(username, password, client_address(request), transport="cookie",
                                       user_agent=request.headers.get("user-agent"))
    except TooManyAttempts as exc:
        minutes = _minutes(exc.retry_after)
        if exc.code == "locked":
            text = t.ngettext("Too many failed sign-ins for this account: it is locked for %(num)s more minute. "
                              "An HQ administrator can unlock it sooner.",
                              "Too many failed sign-ins for this account: it is locked for %(num)s more minutes. "
                              "An HQ administrator can unlock it sooner.", minutes)
        else:
            text = t.ngettext("Too many failed sign-ins from this computer's address: try again in %(num)s minute.",
                              "Too many failed sign-ins from this computer's address: try again in %(num)s "
                              "minutes.", minutes)
        response = _sign_in_page(request, seen, status=429, username=username, next_path=next_path, error=text)
        response.headers["Retry-After"] = str(max(1, int(exc.retry_after)))
        return response
    except Busy as exc:
        response = _sign_in_page(request, seen, status=503, username=username, next_path=next_path,
                                 error=t.gettext("HQ is checking many passwords at this moment. Wait a few seconds "
                                                 "and sign in again."))
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except Unauthorized:
        return _sign_in_page(request, seen, status=401, username=username, next_path=next_path,
                             error=t.gettext("Wrong user name or password."))
    grant = signed.session
    assert grant is not None and grant.token
    language = normalise(signed.user.language)
    if language is None:
        # The language chosen before signing in becomes this user's choice.
        language = language_for(request)
        with request.app.state.db.write() as conn:
            conn.execute(update(User).where(User.id == signed.user.id).values(language=language))
    destination = next_path if next_path != "/" else "/review"
    response = redirect(destination)
    secure = request.url.scheme == "https"
    response.set_cookie(SESSION_COOKIE, grant.token, httponly=True, samesite="strict", secure=secure, path="/")
    response.set_cookie(LANGUAGE_COOKIE, language, max_age=YEAR, httponly=True, samesite="strict", secure=secure,
                        path="/")
    return response


@router.post("/sign-out")
async def sign_out(request: Request, seen: Seen) -> Response:
    if seen.user is None or seen.token is None or seen.session is None:
        return redirect("/sign-in")
    await read_form(request, seen)
    db = request.app.state.db
    if evidence_open(request, seen):
        record_evidence_event(db, seen, request, "lock", detail="signed out")
    end_evidence(db, seen.session.session_id)
    try:
        await request.app.state.signin.logout(seen.token, client_address(request))
    except Unauthorized:
        pass  # already ended: signing out again changes nothing
    response = redirect("/sign-in?msg=signed_out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/language")
async def choose_language(request: Request, seen: Seen) -> Response:
    form = await read_form(request, seen)
    language = normalise(field_text(form, "language", 8)) or seen.language
    next_path = safe_next(field_text(form, "next", 500))
    if seen.user is not None:
        with request.app.state.db.write() as conn:
            conn.execute(update(User).where(User.id == seen.user.id).values(language=language))
    separator = "&" if "?" in next_path else "?"
    target = next_path if "msg=" in next_path else f"{next_path}{separator}msg=language"
    response = redirect(target)
    response.set_cookie(LANGUAGE_COOKIE, language, max_age=YEAR, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    return response


def translator_for(language: str) -> Translator:
    return Translator(language)
