"""Changing the evidence passphrase: each evidence key's private half wrapped again, nothing else.

Testimony is sealed to the evidence keys' public halves (sync/sealed.py), never to the passphrase,
so not one sealed record changes: only the few wrapped keys do, all in one transaction, so HQ never
holds keys under two passphrases. A rotation racing the change is refused rather than leaving a key
under the old passphrase. Live evidence unlocks of supervisor sessions end: from now on testimony
opens with the new passphrase only (a change often follows a passphrase that went where it should
not). The change, and an attempt with a wrong current passphrase, go in the evidence access log
under the admin who made it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from ..i18n.english import count_noun
from .db import HQDatabase
from .errors import Conflict, Invalid
from .evidence import NoEvidenceKey, WrongEvidencePassphrase, _check_new_passphrase, _unwrap, _wrap
from .models import EvidenceAccess, EvidenceKey, EvidenceSession, User, utcnow

EVENT = "new_passphrase"  # in the evidence access log (a refused attempt is logged as "unlock_failed")
CLI_SESSION = "command line"
CLI_ADDRESS = "(command line)"


@dataclass(frozen=True)
class PassphraseChanged:
    keys: int  # evidence keys wrapped again under the new passphrase
    unlocks_ended: int  # supervisor sessions whose evidence unlock ended


def find_admin(db: HQDatabase, username: str | None) -> User:
    """The named active admin, or the only one when no name is given."""
    with db.read() as conn:
        query = select(User).where(User.active.is_(True), User.role == "admin")
        if username:
            query = query.where(User.username == username)
        admins = conn.execute(query).all()
    if not admins:
        raise Invalid(f"No active admin {username!r}: only an admin changes the evidence passphrase." if username else
                      "No admin exists yet, and the change is recorded under an admin's name; create one with "
                      "'inspector-hq create-user --role admin'.")
    if len(admins) > 1:
        raise Invalid("There are several admins; say who changes the passphrase with --by USER.")
    return admins[0]  # type: ignore[return-value]


def _log(conn: Connection, by: User, event: str, detail: str) -> None:
    conn.execute(insert(EvidenceAccess).values(at=utcnow(), event=event, user_id=by.id, username=by.username,
                                               session_id=CLI_SESSION, address=CLI_ADDRESS, inspection_id=None,
                                               detail=detail[:200]))


def change_passphrase(db: HQDatabase, current: str, new: str, by: User) -> PassphraseChanged:
    _check_new_passphrase(new)
    if new == current:
        raise Invalid("The new evidence passphrase is the same as the current one; nothing was changed.")
    with db.read() as conn:
        held = {r.key_id: r.wrapped_private_key for r in conn.execute(
            select(EvidenceKey.key_id, EvidenceKey.wrapped_private_key).order_by(EvidenceKey.generation))}
    if not held:
        raise NoEvidenceKey("HQ has no evidence key, so there is no passphrase to change; create one with "
                            "'inspector-hq init-keys'.")
    # The slow part (Argon2id per key) before the write transaction, which then only swaps the rows.
    try:
        rewrapped = {kid: _wrap(_unwrap(wrapped, kid, current), kid, new) for kid, wrapped in held.items()}
    except WrongEvidencePassphrase:
        with db.write() as conn:
            _log(conn, by, "unlock_failed", "evidence passphrase change refused: wrong current passphrase")
        raise WrongEvidencePassphrase("Wrong evidence passphrase: the current passphrase given does not open HQ's "
                                      "evidence keys. Nothing was changed.") from None
    with db.write() as conn:
        if conn.dialect.name == "postgresql":  # SQLite's write transaction already excludes other writers
            conn.exec_driver_sql("LOCK TABLE evidence_keys IN SHARE ROW EXCLUSIVE MODE")
        now = {r.key_id: r.wrapped_private_key for r in conn.execute(
            select(EvidenceKey.key_id, EvidenceKey.wrapped_private_key))}
        if now != held:
            raise Conflict("HQ's evidence keys changed while the passphrase was being changed (a rotation, or "
                           "another change); nothing was changed. Run the command again.")
        for kid, wrapped in rewrapped.items():
            conn.execute(update(EvidenceKey).where(EvidenceKey.key_id == kid).values(wrapped_private_key=wrapped))
        unlocks = int(conn.execute(select(func.count(func.distinct(EvidenceSession.session_id)))).scalar_one())
        conn.execute(delete(EvidenceSession))
        _log(conn, by, EVENT, f"{count_noun(len(rewrapped), 'evidence key')} wrapped under the new passphrase; "
                              f"{count_noun(unlocks, 'evidence unlock')} ended")
    return PassphraseChanged(len(rewrapped), unlocks)
