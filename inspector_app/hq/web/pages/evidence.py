"""Unlocking the evidence for a session: the evidence passphrase opens HQ's evidence keys, re-wrapped under a
secret derived from this session's cookie (HQ stores nothing it could open alone). The unlock ends at
sign-out, when the session expires, or when the supervisor locks it again. Every attempt is logged."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from ...evidence import DEFAULT_SESSION_TTL, NoEvidenceKey, WrongEvidencePassphrase, end_session, unlock_for_session
from ...models import EvidenceAccess, utcnow
from ..audit import record_evidence_event
from ..auth import Viewer, evidence_open, read_form, require, safe_next
from ..i18n import N_
from ..render import message, page, redirect

router = APIRouter(include_in_schema=False)
Supervisor = Annotated[Viewer, Depends(require("supervisor"))]
FAILURES_ALLOWED = 5  # wrong evidence passphrases per session within the window, then no more tries
FAILURE_WINDOW = timedelta(minutes=15)
message("evidence_unlocked", N_("The evidence is unlocked for this session. Every view of testimony is logged."))
message("evidence_locked", N_("The evidence is locked again."))


def _recent_failures(request: Request, seen: Viewer) -> int:
    assert seen.session is not None
    with request.app.state.db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(EvidenceAccess).where(
            EvidenceAccess.session_id == seen.session.session_id, EvidenceAccess.event == "unlock_failed",
            EvidenceAccess.at > utcnow() - FAILURE_WINDOW)).scalar_one())


def _evidence_page(request: Request, seen: Viewer, *, status: int = 200, error: str | None = None,
                   next_path: str = "/review") -> Response:
    t = seen.translator
    return page(request, seen, "evidence.html", title=t.gettext("Evidence"), current=None, status=status,
                error=error, unlocked=evidence_open(request, seen), next_path=next_path)


@router.get("/evidence")
async def evidence_page(request: Request, seen: Supervisor) -> Response:
    return _evidence_page(request, seen, next_path=safe_next(request.query_params.get("next") or "/review"))


@router.post("/evidence/unlock")
async def unlock(request: Request, seen: Supervisor) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    passphrase = form.get("passphrase")
    passphrase = passphrase if isinstance(passphrase, str) else ""
    raw_next = form.get("next")
    next_path = safe_next(raw_next if isinstance(raw_next, str) else "/review")
    if not passphrase:
        return _evidence_page(request, seen, status=422, next_path=next_path,
                              error=t.gettext("Enter the evidence passphrase."))
    if len(passphrase) > 1024:
        return _evidence_page(request, seen, status=422, next_path=next_path,
                              error=t.gettext("That is longer than any evidence passphrase."))
    db = request.app.state.db
    if _recent_failures(request, seen) >= FAILURES_ALLOWED:
        return _evidence_page(request, seen, status=429, next_path=next_path, error=t.gettext(
            "Too many wrong evidence passphrases in this session. Wait %(n)s minutes, or sign out and in again.",
            n=int(FAILURE_WINDOW.total_seconds() // 60)))
    assert seen.session is not None
    ttl = min(DEFAULT_SESSION_TTL, seen.session.expires_at - utcnow())
    if ttl < timedelta(minutes=1):
        return _evidence_page(request, seen, status=409, next_path=next_path, error=t.gettext(
            "This session ends in less than a minute. Sign out, sign in again and then unlock the evidence."))
    try:
        await run_in_threadpool(unlock_for_session, db, seen.session.session_id, passphrase, ttl=ttl,
                                secret=seen.evidence_secret())
    except WrongEvidencePassphrase:
        record_evidence_event(db, seen, request, "unlock_failed", detail="wrong evidence passphrase")
        return _evidence_page(request, seen, status=401, next_path=next_path,
                              error=t.gettext("That is not the evidence passphrase. Nothing was unlocked."))
    except NoEvidenceKey:
        return _evidence_page(request, seen, status=409, next_path=next_path, error=t.gettext(
            "HQ has no evidence key yet, so there is no testimony to unlock."))
    record_evidence_event(db, seen, request, "unlock", detail=f"for {int(ttl.total_seconds() // 60)} min")
    path, _, fragment = next_path.partition("#")
    separator = "&" if "?" in path else "?"
    return redirect(f"{path}{separator}msg=evidence_unlocked" + (f"#{fragment}" if fragment else ""))


@router.post("/evidence/lock")
async def lock(request: Request, seen: Supervisor) -> Response:
    form = await read_form(request, seen)
    raw_next = form.get("next")
    next_path = safe_next(raw_next if isinstance(raw_next, str) else "/review")
    assert seen.session is not None
    db = request.app.state.db
    if evidence_open(request, seen):
        record_evidence_event(db, seen, request, "lock", detail="locked by the supervisor")
    end_session(db, seen.session.session_id)
    separator = "&" if "?" in next_path else "?"
    return redirect(f"{next_path}{separator}msg=evidence_locked")
