"""Supervisors and admins: HQ accounts with their own password (argon2id), published to laptops
(without the password) so reports and review comments can name them."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select
from uuid6 import uuid7

from ..sync.protocol import UserPayload
from .db import HQDatabase
from .errors import Conflict, Invalid, Unauthorized
from .models import User, utcnow
from .publish import publish

ROLES = ("supervisor", "admin")
MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_hasher = PasswordHasher()


def create_user(db: HQDatabase, username: str, display_name: str, password: str, *, role: str = "supervisor") -> str:
    if not _USERNAME.match(username):
        raise Invalid("A user name needs 1–64 letters, digits, '.', '-' or '_'.")
    if role not in ROLES:
        raise Invalid(f"Role must be one of {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise Invalid(f"A password needs at least {MIN_PASSWORD} characters.")
    user_id = str(uuid7())
    display_name = display_name.strip() or username
    with db.write() as conn:
        if conn.execute(select(User.id).where(User.username == username)).first():
            raise Conflict(f"User {username!r} already exists.")
        conn.execute(insert(User).values(id=user_id, username=username, display_name=display_name, role=role,
                                         password_hash=_hasher.hash(password), active=True, created_at=utcnow()))
        publish(conn, "user", UserPayload(id=user_id, username=username, display_name=display_name,
                                          role=role).model_dump(mode="json"))  # type: ignore[arg-type]
    return user_id


def verify_user(db: HQDatabase, username: str, password: str) -> User:
    with db.read() as conn:
        user = conn.execute(select(User).where(User.username == username, User.active.is_(True))).first()
    try:
        if user is None:
            raise VerificationError()
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise Unauthorized("Wrong user name or password.", code="bad_login") from None
    return user  # type: ignore[return-value]


def find_reviewer(db: HQDatabase, username: str | None) -> User:
    """The named supervisor, or the only active one when no name is given."""
    with db.read() as conn:
        query = select(User).where(User.active.is_(True), User.role.in_(ROLES))
        if username:
            query = query.where(User.username == username)
        users = conn.execute(query).all()
    if not users:
        raise Invalid(f"No active supervisor {username!r}." if username else
                      "No supervisor exists yet; create one with 'inspector-hq create-user'.")
    if len(users) > 1:
        raise Invalid("There are several supervisors; say who reviews with --by USER.")
    return users[0]  # type: ignore[return-value]
