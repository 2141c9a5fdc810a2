"""Local user accounts (inspectors who share a laptop)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..keys import hash_passphrase
from ..models import User
from ..vocab import USER_ROLES
from ..writer import ChangeSet

if TYPE_CHECKING:
    from ..store import Store


def create_user(store: Store, username: str, display_name: str, *, passphrase: str, role: str = "inspector") -> ChangeSet:
    """A local user record (the key slot is the keyring's); `created("users")` is its id."""
    if role not in USER_ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("StoreErrors", "Unknown role {role}; use one of {roles}."),
                              role=repr(role), roles=USER_ROLES)
    with store.unit_of_work(actor=username) as uow:
        if uow.session.scalar(select(User.id).where(User.username == username)):
            raise ValidationError(QT_TRANSLATE_NOOP("StoreErrors", "User {user} already exists."), user=repr(username))
        user = User(username=username, display_name=display_name.strip() or username, role=role,
                    verifier=hash_passphrase(passphrase), origin="local")
        uow.save(user, "create")
    return uow.changes


def change_passphrase(store: Store, old: str, new: str) -> ChangeSet:
    """Re-wrap the user's key slot and update their verifier (the data key itself stays)."""
    store.keyring().change_passphrase(store.username, old, new)
    with store.unit_of_work() as uow:
        user = uow.session.scalar(select(User).where(User.username == store.username))
        if user is not None:
            user.verifier = hash_passphrase(new)
            uow.save(user, "change_passphrase")
    return uow.changes
