"""Supervisors and admins: HQ accounts with their own password (argon2id), published to laptops
(without the password) so reports and review comments can name them."""

from __future__ import annotations

import re
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, insert, select
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
_dummy: list[str] = []
_dummy_lock = threading.Lock()


def dummy_hash() -> str:
    """A verifier made like every user's (same parameters) for a password nobody knows: checking a name that
    does not exist against it takes as long as checking a real one, so timing does not reveal which names exist."""
    with _dummy_lock:
        if not _dummy:
            _dummy.append(_hasher.hash(secrets.token_urlsafe(24)))
        return _dummy[0]


def check_password(stored_hash: str | None, password: str) -> bool:
    """Argon2id verification; a missing account is checked against `dummy_hash()` and always fails."""
    try:
        return _hasher.verify(stored_hash or dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def find_active(conn: Connection, username: str) -> User | None:
    """An active supervisor or admin by name; None for a name that cannot exist (no query is wasted on it)."""
    if not _USERNAME.fullmatch(username):
        return None
    return conn.execute(select(User).where(User.username == username, User.active.is_(True),  # type: ignore[return-value]
                                           User.role.in_(ROLES))).first()


def create_user(db: HQDatabase, username: str, display_name: str, password: str, *, role: str = "supervisor") -> str:
    if not _USERNAME.fullmatch(username):
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


def user_exists(db: HQDatabase, username: str) -> bool:
    with db.read() as conn:
        return conn.execute(select(User.id).where(User.username == username)).first() is not None


def verify_user(db: HQDatabase, username: str, password: str) -> User:
    """An in-process password check (tools and tests). The network path is `signin.SignIn`: throttled,
    locked out after failures, logged."""
    with db.read() as conn:
        user = find_active(conn, username)
    if not check_password(user.password_hash if user is not None else None, password):
        raise Unauthorized("Wrong user name or password.", code="bad_login")
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
