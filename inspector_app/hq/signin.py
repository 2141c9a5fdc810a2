"""Supervisors signing in with a password: throttled, locked out after failures, the same for unknown names,
a bounded number of password hashes at once, every outcome in the sign-in log.

One attempt:

1. admission: at most `max_pending` sign-ins are in progress in this process;
   more are answered 503 at once (a flood queues nothing unbounded);
2. `reserve` (one write transaction): the attempt is counted against the
   account name and the client address; a locked one is refused (429) and
   logged, without hashing; the account is looked up (names that cannot exist
   are not even queried);
3. the password hash (argon2id, 64 MiB each) runs in `HashGate`: at most
   `hash_slots` at once; an attempt that waits longer than `hash_wait` gets its
   count back and a 503 with Retry-After. A missing account is checked against
   a dummy verifier made with the same parameters, so it takes as long;
4. settle (one write transaction): success clears the account's count, opens a
   session and logs it; failure is logged and locks what reached its limit.

Everything that must hold across HQ processes lives in the database; only the
hash gate (memory and CPU of this process) is per process. Blocking database
work runs on a small thread limiter of its own, so a flood of sign-ins cannot
take the threads laptops' sync requests run on.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from ..i18n.english import count_noun
from . import login_log, sessions, throttle
from .db import HQDatabase
from .errors import Busy, TooManyAttempts, Unauthorized
from .models import User, utcnow
from .sessions import ActiveSession, SessionGrant
from .users import check_password, dummy_hash, find_active

T = TypeVar("T")
FORGET_AFTER = timedelta(days=1)  # throttle rows untouched this long (and unlocked) are dropped


def default_hash_slots() -> int:
    """Half the cores (at least one): hashing must leave CPU for laptops' sync."""
    return max(1, (os.cpu_count() or 2) // 2)


@dataclass
class AuthPolicy:
    """Limits of supervisor sign-in; tests shorten them and give a clock of their own."""

    account_failures: int = 5  # failed attempts per account name per window, then it is locked
    address_failures: int = 20  # the same per client address (many names tried from one place)
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)
    session_idle: timedelta = timedelta(minutes=30)
    session_absolute: timedelta = timedelta(hours=12)
    hash_slots: int = field(default_factory=default_hash_slots)
    hash_wait: float = 2.0  # seconds an attempt may wait for a hash slot before a 503
    max_pending: int = 64  # sign-ins in progress at once in this process; more get a 503 at once
    db_threads: int = 4
    clock: Callable[[], datetime] = utcnow


class HashGate:
    """At most `slots` password checks run at once in this process; a caller waits at most `wait` seconds.

    A check that has started always finishes (and holds its slot until then), even when
    its client has gone: the bound holds however requests end.
    """

    def __init__(self, slots: int, wait: float):
        self.slots = slots
        self.wait = wait
        self._semaphore = asyncio.Semaphore(slots)
        self.active = 0
        self.peak = 0  # the most checks that ran at once (reported by tests and benchmarks)

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        try:
            async with asyncio.timeout(self.wait):
                await self._semaphore.acquire()
        except TimeoutError:
            raise Busy("HQ is checking many passwords at the moment; try again in a few seconds.",
                       retry_after=max(1, round(self.wait))) from None
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            return await anyio.to_thread.run_sync(func, *args)
        finally:
            self.active -= 1
            self._semaphore.release()


@dataclass(frozen=True)
class SignedIn:
    user: User
    session: SessionGrant | None


@dataclass(frozen=True)
class _Attempt:
    username: str
    address: str
    method: str
    limits: list[throttle.Limit]
    user: User | None


class SignIn:
    def __init__(self, db: HQDatabase, policy: AuthPolicy | None = None):
        self.db = db
        self.policy = policy or AuthPolicy()
        self.gate = HashGate(self.policy.hash_slots, self.policy.hash_wait)
        self._db_threads = anyio.CapacityLimiter(self.policy.db_threads)
        self.pending = 0
        dummy_hash()  # made now, so the first unknown name does not take longer than the rest

    def now(self) -> datetime:
        return self.policy.clock()

    async def _blocking(self, func: Callable[..., T], *args: Any) -> T:
        return await anyio.to_thread.run_sync(func, *args, limiter=self._db_threads)

    def _limits(self, username: str, address: str) -> list[throttle.Limit]:
        p = self.policy
        return [throttle.Limit(throttle.account_key(login_log.loggable_name(username) if username else "?"),
                               p.account_failures, p.window, p.lockout),
                throttle.Limit(throttle.address_key(address[:64]), p.address_failures, p.window, p.lockout)]

    # -- the steps -----------------------------------------------------------------------------

    async def password(self, username: str, password: str, address: str, *, method: str = "password",
                       user_agent: str | None = None, open_session: bool = True,
                       transport: str = "bearer") -> SignedIn:
        """Check a password; 401 `bad_login`, 429 `locked`/`throttled`, 503 `busy`; a session when asked
        (`transport="cookie"` for the browser workspace: the grant then carries a CSRF token too)."""
        if self.pending >= self.policy.max_pending:
            raise Busy("HQ is handling many sign-ins at the moment; try again in a few seconds.")
        self.pending += 1
        try:
            attempt = await self._blocking(self._reserve, username, address, method)
            try:
                ok = await self.gate.run(check_password, attempt.user.password_hash if attempt.user else None,
                                         password)
            except BaseException:
                await self._blocking(self._give_back, attempt)  # it never reached the check: not a failure
                raise
            return await self._blocking(self._settle, attempt, ok, user_agent, transport if open_session else None)
        finally:
            self.pending -= 1

    def _reserve(self, username: str, address: str, method: str) -> _Attempt:
        limits = self._limits(username, address)
        now = self.now()
        with self.db.write() as conn:
            locked = throttle.reserve(conn, limits, now)
            if locked is None:
                return _Attempt(username, address, method, limits, find_active(conn, username))
            what = "account" if locked.key.startswith("user:") else "address"
            login_log.record(conn, "refused", username=username, address=address, method=method, at=now,
                             detail=f"{what}: its allowed attempts are being checked" if locked.in_flight else
                             f"{what} locked until {locked.until:%Y-%m-%d %H:%M:%S} UTC")
        raise _locked_error(locked, now)

    def _give_back(self, attempt: _Attempt) -> None:
        with self.db.write() as conn:
            throttle.give_back(conn, [limit.key for limit in attempt.limits], self.now())

    def _settle(self, attempt: _Attempt, ok: bool, user_agent: str | None, transport: str | None) -> SignedIn:
        now = self.now()
        p = self.policy
        with self.db.write() as conn:
            if ok and attempt.user is not None:
                account, address = attempt.limits
                # Rows in key order ("addr:" before "user:"), as `reserve` locks them: no deadlock between the two.
                throttle.give_back(conn, [address.key], now)
                throttle.clear(conn, account.key)
                grant = None
                if transport is not None:
                    grant = sessions.open_session(conn, attempt.user.id, now=now, idle=p.session_idle,
                                                  absolute=p.session_absolute, address=attempt.address,
                                                  user_agent=user_agent, transport=transport)
                login_log.record(conn, "success", username=attempt.username, address=attempt.address,
                                 method=attempt.method, at=now, user_id=attempt.user.id,
                                 session_id=grant.session_id if grant else None)
                throttle.forget_stale(conn, now - FORGET_AFTER, now)
                return SignedIn(attempt.user, grant)
            login_log.record(conn, "failure", username=attempt.username, address=attempt.address,
                             method=attempt.method, at=now, user_id=attempt.user.id if attempt.user else None)
            for lock in throttle.record_failure(conn, attempt.limits, now):
                what = "account" if lock.key.startswith("user:") else "address"
                login_log.record(conn, "lockout", username=attempt.username, address=attempt.address,
                                 method=attempt.method, at=now, user_id=attempt.user.id if attempt.user else None,
                                 detail=f"{what} locked until {lock.until:%Y-%m-%d %H:%M:%S} UTC")
        raise Unauthorized("Wrong user name or password.", code="bad_login")

    # -- sessions ------------------------------------------------------------------------------

    async def session(self, token: str) -> ActiveSession:
        return await self._blocking(lambda: sessions.resolve(self.db, token, now=self.now(),
                                                             idle=self.policy.session_idle))

    async def logout(self, token: str, address: str) -> None:
        active = await self.session(token)

        def end() -> None:
            now = self.now()
            with self.db.write() as conn:
                if sessions.end_session(conn, active.session_id, now=now, reason="logout"):
                    login_log.record(conn, "logout", username=active.user.username, address=address,
                                     method="session", at=now, user_id=active.user.id,
                                     session_id=active.session_id)

        await self._blocking(end)


def _locked_error(locked: throttle.Locked, now: datetime) -> TooManyAttempts:
    wait = locked.seconds_left(now)
    minutes = max(1, round(wait / 60))
    if locked.key.startswith("user:"):
        return TooManyAttempts(
            f"Too many failed sign-ins for this account: it is locked for {count_noun(minutes, 'more minute')}, "
            "or until an HQ admin unlocks it ('inspector-hq unlock-user').", retry_after=wait, code="locked")
    return TooManyAttempts(
        f"Too many failed sign-ins from this address: try again in {count_noun(minutes, 'minute')}.",
        retry_after=wait, code="throttled")


def unlock_user(db: HQDatabase, username: str, *, now: datetime | None = None) -> bool:
    """An admin lifts an account's lockout (and its count); logged. True if it was locked."""
    now = now or utcnow()
    with db.write() as conn:
        was_locked = throttle.clear(conn, throttle.account_key(username))
        login_log.record(conn, "unlock", username=username, address="(admin)", method="cli", at=now,
                         detail="account unlocked" if was_locked else "account was not locked")
    return was_locked


def unlock_address(db: HQDatabase, address: str, *, now: datetime | None = None) -> bool:
    """An admin lifts a client address's lockout (e.g. an office behind one NAT address); logged."""
    now = now or utcnow()
    with db.write() as conn:
        was_locked = throttle.clear(conn, throttle.address_key(address))
        login_log.record(conn, "unlock", username="?", address=address, method="cli", at=now,
                         detail="address unlocked" if was_locked else "address was not locked")
    return was_locked
