"""Supervisors and admins: HQ accounts with their own password (argon2id), published to laptops
(without the password) so reports and review comments can name them."""

from __future__ import annotations

import re
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, insert, select, update
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


# --- changes an admin makes (the workspace's user pages) -------------------------------------------


def _publish_user(conn: Connection, user: User) -> None:
    publish(conn, "user", UserPayload(id=user.id, username=user.username, display_name=user.display_name,
                                      role=user.role, active=user.active).model_dump(mode="json"))  # type: ignore[arg-type]


def _end_sessions(conn: Connection, user_id: str, reason: str) -> int:
    """End every live session of a user (and any evidence they unlocked): a changed account signs in again."""
    from .models import EvidenceSession, UserSession

    now = utcnow()
    live = list(conn.execute(select(UserSession.id).where(UserSession.user_id == user_id,
                                                          UserSession.ended_at.is_(None))).scalars())
    if live:
        conn.execute(update(UserSession).where(UserSession.id.in_(live)).values(ended_at=now, end_reason=reason))
        conn.execute(delete(EvidenceSession).where(EvidenceSession.session_id.in_(live)))
    return len(live)


def _active_admins(conn: Connection) -> int:
    return len(conn.execute(select(User.id).where(User.role == "admin", User.active.is_(True))).all())


def get_user(db: HQDatabase, user_id: str) -> User:
    from .errors import NotFound

    with db.read() as conn:
        found = conn.execute(select(User).where(User.id == user_id)).first()
    if found is None:
        raise NotFound("No such user.")
    return found  # type: ignore[return-value]


def list_users(db: HQDatabase) -> list[User]:
    with db.read() as conn:
        return list(conn.execute(select(User).order_by(User.username)).all())  # type: ignore[arg-type]


def set_role(db: HQDatabase, user_id: str, role: str) -> User:
    if role not in ROLES:
        raise Invalid(f"Role must be one of {', '.join(ROLES)}.")
    with db.write() as conn:
        user = conn.execute(select(User).where(User.id == user_id).with_for_update()).first()
        if user is None:
            raise Invalid("No such user.")
        if user.role == "admin" and role != "admin" and user.active and _active_admins(conn) <= 1:
            raise Conflict("HQ needs at least one active admin; make another user admin first.")
        conn.execute(update(User).where(User.id == user_id).values(role=role))
        user = conn.execute(select(User).where(User.id == user_id)).one()
        _publish_user(conn, user)  # type: ignore[arg-type]
        _end_sessions(conn, user_id, "admin")
    return user  # type: ignore[return-value]


def set_active(db: HQDatabase, user_id: str, active: bool) -> User:
    """Deactivate (they can no longer sign in; their sessions end) or reactivate an account."""
    with db.write() as conn:
        user = conn.execute(select(User).where(User.id == user_id).with_for_update()).first()
        if user is None:
            raise Invalid("No such user.")
        if not active and user.role == "admin" and user.active and _active_admins(conn) <= 1:
            raise Conflict("HQ needs at least one active admin; this is the last one.")
        conn.execute(update(User).where(User.id == user_id).values(active=active))
        user = conn.execute(select(User).where(User.id == user_id)).one()
        _publish_user(conn, user)  # type: ignore[arg-type]
        if not active:
            _end_sessions(conn, user_id, "admin")
    return user  # type: ignore[return-value]


def reset_password(db: HQDatabase, user_id: str) -> str:
    """A new random password for the account (shown once to the admin); its sessions end."""
    password = "-".join(secrets.token_urlsafe(6) for _ in range(3))
    with db.write() as conn:
        changed = conn.execute(update(User).where(User.id == user_id)
                               .values(password_hash=_hasher.hash(password))).rowcount
        if not changed:
            raise Invalid("No such user.")
        _end_sessions(conn, user_id, "admin")
    return password
