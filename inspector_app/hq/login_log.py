"""The sign-in log: who signed in, failed, was locked out, refused while locked, signed out or was unlocked.

Written in the same transaction as what it records. A name that could not be
an account name (wrong characters, too long) is logged as "?": people
sometimes type their password into the name field.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Connection, Row, insert, select

from .db import HQDatabase
from .models import LoginEvent

EVENTS = ("success", "failure", "lockout", "refused", "logout", "unlock")
USERNAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def loggable_name(typed: str) -> str:
    return typed if USERNAME.fullmatch(typed) else "?"


def record(conn: Connection, event: str, *, username: str, address: str, method: str, at: datetime,
           user_id: str | None = None, session_id: str | None = None, detail: str | None = None) -> None:
    if event not in EVENTS:
        raise ValueError(f"unknown sign-in event {event!r}")
    conn.execute(insert(LoginEvent).values(
        at=at, event=event, username=loggable_name(username), user_id=user_id, address=address[:64], method=method,
        session_id=session_id, detail=detail[:200] if detail else None))


def read_log(db: HQDatabase, *, username: str | None = None, event: str | None = None, since: datetime | None = None,
             limit: int = 100) -> list[Row]:
    """Newest first."""
    query = select(LoginEvent).order_by(LoginEvent.id.desc()).limit(limit)  # the order they were written
    if username:
        query = query.where(LoginEvent.username == username)
    if event:
        query = query.where(LoginEvent.event == event)
    if since is not None:
        query = query.where(LoginEvent.at >= since)
    with db.read() as conn:
        return list(conn.execute(query).all())
