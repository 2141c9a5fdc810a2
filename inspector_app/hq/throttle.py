"""Sign-in throttling in the database: per account name and per client address, the same for every process.

An attempt is counted *before* its password is checked (`reserve`), inside a
write transaction that locks the counter row, so twenty guesses sent at once
through several HQ processes still meet the limit: the ones past it are
refused without hashing. `settle` then records how the check went: a failure
that reaches the limit locks the key for `lockout`; a success clears the
account's count and gives back the address's reserved attempt. Keys for
account names that do not exist behave exactly like real ones, so lockouts
reveal nothing about which names exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Row, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from .models import LoginThrottle


@dataclass(frozen=True)
class Limit:
    key: str
    failures: int  # attempts allowed per window; the next one is refused
    window: timedelta
    lockout: timedelta


@dataclass(frozen=True)
class Locked:
    key: str
    until: datetime
    in_flight: bool = False  # not locked yet: the window's allowance is taken by attempts still being checked

    def seconds_left(self, now: datetime) -> int:
        return max(1, int((self.until - now).total_seconds() + 0.999))


def account_key(username: str) -> str:
    return f"user:{username}"


def address_key(address: str) -> str:
    return f"addr:{address}"


def _ensure_row(conn: Connection, key: str, now: datetime) -> None:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(LoginThrottle).values(key=key, failures=0, window_started_at=now, locked_until=None,
                                                      updated_at=now).on_conflict_do_nothing())


def _locked_row(conn: Connection, key: str) -> Row:
    return conn.execute(select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()).one()


def reserve(conn: Connection, limits: list[Limit], now: datetime) -> Locked | None:
    """Count one attempt against every limit, or say which one refuses it (then nothing is counted).

    Rows are locked in key order, so two transactions never wait on each other crosswise.
    """
    rows = {}
    for limit in sorted(limits, key=lambda item: item.key):
        _ensure_row(conn, limit.key, now)
        rows[limit.key] = _locked_row(conn, limit.key)
    counts: dict[str, tuple[int, datetime]] = {}
    for limit in limits:
        row = rows[limit.key]
        if row.locked_until is not None and row.locked_until > now:
            return Locked(limit.key, row.locked_until)
        failures, started = row.failures, row.window_started_at
        if started + limit.window <= now or row.locked_until is not None:
            failures, started = 0, now  # a new window (a lock that ran out starts one too)
        if failures >= limit.failures:
            # Earlier attempts of this window are still being checked; they decide whether it locks.
            return Locked(limit.key, now + timedelta(seconds=2), in_flight=True)
        counts[limit.key] = (failures + 1, started)
    for key, (failures, started) in counts.items():
        conn.execute(update(LoginThrottle).where(LoginThrottle.key == key).values(
            failures=failures, window_started_at=started, locked_until=None, updated_at=now))
    return None


def record_failure(conn: Connection, limits: list[Limit], now: datetime) -> list[Locked]:
    """The reserved attempt failed: lock each key whose count reached its limit; returns the new locks."""
    locks = []
    for limit in sorted(limits, key=lambda item: item.key):
        _ensure_row(conn, limit.key, now)
        row = _locked_row(conn, limit.key)
        if row.failures >= limit.failures and (row.locked_until is None or row.locked_until <= now):
            until = now + limit.lockout
            conn.execute(update(LoginThrottle).where(LoginThrottle.key == limit.key).values(
                locked_until=until, updated_at=now))
            locks.append(Locked(limit.key, until))
    return locks


def give_back(conn: Connection, keys: list[str], now: datetime) -> None:
    """Un-count a reserved attempt (it succeeded, or it never reached the password check)."""
    for key in sorted(keys):
        conn.execute(update(LoginThrottle).where(LoginThrottle.key == key, LoginThrottle.failures > 0).values(
            failures=LoginThrottle.failures - 1, updated_at=now))


def clear(conn: Connection, key: str) -> bool:
    """Forget a key's failures and lock (a successful sign-in, or an admin's unlock); True if it was locked."""
    row = conn.execute(select(LoginThrottle.locked_until).where(LoginThrottle.key == key)).first()
    conn.execute(delete(LoginThrottle).where(LoginThrottle.key == key))
    return row is not None and row.locked_until is not None


def current_lock(conn: Connection, key: str, now: datetime) -> datetime | None:
    row = conn.execute(select(LoginThrottle.locked_until).where(LoginThrottle.key == key)).first()
    return row.locked_until if row is not None and row.locked_until and row.locked_until > now else None


def forget_stale(conn: Connection, older_than: datetime, now: datetime) -> None:
    """Drop counters nobody touched since `older_than` and that hold no lock (keeps the table small)."""
    conn.execute(delete(LoginThrottle).where(
        LoginThrottle.updated_at < older_than,
        (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < now)))

