"""Supervisor sessions: a random token for the client, its SHA-256 at HQ, an idle and an absolute expiry.

A session lives in the database (`user_sessions`), so any HQ process answers
for it. The API carries the token as `Authorization: Bearer`; the browser
workspace carries it in a cookie (`transport="cookie"`), which also gets a
CSRF token derived from the session token (HQ keeps its hash; `csrf_matches`
checks a submitted one). Using a
session pushes its idle expiry forward, writing at most once a minute.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, delete, insert, select, update
from uuid6 import uuid7

from .db import HQDatabase
from .errors import Unauthorized
from .models import User, UserSession

TRANSPORTS = ("bearer", "cookie")
TOUCH_EVERY = timedelta(minutes=1)
KEEP_ENDED = timedelta(days=30)  # ended sessions stay this long for the record, then go


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SessionGrant:
    """What the client gets once: the token (and for cookies the CSRF token). HQ keeps only hashes."""

    session_id: str
    token: str
    csrf_token: str | None
    expires_at: datetime
    idle_expires_at: datetime


@dataclass(frozen=True)
class ActiveSession:
    session_id: str
    user: User
    transport: str
    expires_at: datetime
    idle_expires_at: datetime
    csrf_hash: str | None


def open_session(conn: Connection, user_id: str, *, now: datetime, idle: timedelta, absolute: timedelta,
                 address: str, user_agent: str | None = None, transport: str = "bearer") -> SessionGrant:
    if transport not in TRANSPORTS:
        raise ValueError(f"unknown session transport {transport!r}")
    token = secrets.token_urlsafe(32)
    csrf = csrf_token_for(token) if transport == "cookie" else None
    session_id = str(uuid7())
    expires = now + absolute
    idle_expires = min(now + idle, expires)
    conn.execute(insert(UserSession).values(
        id=session_id, token_hash=token_hash(token), user_id=user_id, transport=transport,
        csrf_hash=token_hash(csrf) if csrf else None, address=address[:64],
        user_agent=user_agent[:200] if user_agent else None, created_at=now, last_seen_at=now,
        idle_expires_at=idle_expires, expires_at=expires))
    conn.execute(delete(UserSession).where(UserSession.expires_at < now - KEEP_ENDED))
    return SessionGrant(session_id, token, csrf, expires, idle_expires)


def resolve(db: HQDatabase, token: str, *, now: datetime, idle: timedelta) -> ActiveSession:
    """The signed-in user behind a token, or 401 (`no_session`, `session_expired`, `session_ended`)."""
    digest = token_hash(token)
    with db.read() as conn:
        session = conn.execute(select(UserSession).where(UserSession.token_hash == digest)).first()
        user = conn.execute(select(User).where(User.id == session.user_id)).one() if session is not None else None
    if session is None or user is None:
        raise Unauthorized("This session is unknown; sign in again.", code="no_session")
    if session.ended_at is not None:
        raise Unauthorized("This session was ended; sign in again.", code="session_ended")
    if now >= session.expires_at or now >= session.idle_expires_at:
        raise Unauthorized("This session has expired; sign in again.", code="session_expired")
    if not user.active:
        raise Unauthorized("This account is no longer active.", code="session_ended")
    idle_expires = session.idle_expires_at
    if now - session.last_seen_at >= TOUCH_EVERY:
        idle_expires = min(now + idle, session.expires_at)
        with db.write() as conn:
            conn.execute(update(UserSession).where(UserSession.id == session.id, UserSession.ended_at.is_(None))
                         .values(last_seen_at=now, idle_expires_at=idle_expires))
    return ActiveSession(session.id, user, session.transport, session.expires_at, idle_expires, session.csrf_hash)


def end_session(conn: Connection, session_id: str, *, now: datetime, reason: str) -> bool:
    """End a session (logout, admin); False if it had already ended."""
    return bool(conn.execute(update(UserSession).where(UserSession.id == session_id, UserSession.ended_at.is_(None))
                             .values(ended_at=now, end_reason=reason)).rowcount)


def csrf_matches(session: ActiveSession, submitted: str | None) -> bool:
    """For cookie sessions: whether a form's CSRF token is the one issued with the session (constant time)."""
    if session.csrf_hash is None or not submitted:
        return False
    return hmac.compare_digest(session.csrf_hash, token_hash(submitted))


def csrf_token_for(token: str) -> str:
    """A cookie session's CSRF token: derived from the session token, so every page can put it in its forms
    while HQ keeps only its hash and the browser holds nothing beyond the cookie."""
    return base64.urlsafe_b64encode(session_key(token, "csrf")).decode("ascii").rstrip("=")


def session_key(token: str, purpose: str) -> bytes:
    """A 256-bit key only the holder of the session token can derive (e.g. to wrap an unlocked evidence key)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"field-inspector-hq-session",
                info=purpose.encode("utf-8")).derive(token.encode("utf-8"))
