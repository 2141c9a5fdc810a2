"""The outbox's kept counts: pending, rejected and conflict rows, and pending rows with testimony not sealed.

The status bar and the Sync page show these numbers often (a dozen times during start alone);
counting a queue that can hold hundreds of thousands of rows each time made every look take
seconds. So they are kept in `outbox_counts` and moved in the same transaction as the rows:

* the write path counts the rows it queues (`Tally.queued`) and adds them when it flushes;
* a statement that changes rows already queued (HQ's answers, a retry, sealing, compaction) runs
  inside `changing(conn, seqs)`, which tallies those rows before and after and adds the difference.

A rollback (a crash) undoes counts and rows together. `recount` counts the rows themselves, for
`check` and the tests.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

if TYPE_CHECKING:
    from .db import DriverStatements

PENDING, REJECTED, CONFLICT, UNSEALED = "pending", "rejected", "conflict", "unsealed"
COUNTED_STATES = (PENDING, REJECTED, CONFLICT)
NAMES = (*COUNTED_STATES, UNSEALED)

# Records whose changes carry testimony that is sealed to HQ's evidence key before it leaves the
# laptop (sync/sealed.py, which core may not import, says which fields; a test keeps the two in step).
TESTIMONY_ENTITIES = frozenset({"inspections", "worker_interviews", "interpreter_notes", "worker_documents",
                                "referrals"})
SNAPSHOT_ENTITY = "inspection_revisions"  # its snapshot holds whole records, testimony included

# The same rule in SQL: a pending row with testimony and no sealed form yet.
UNSEALED_SQL = (
    "(state = 'pending' AND sealed IS NULL AND (entity IN ('inspections', 'worker_interviews', 'interpreter_notes', 'worker_documents', 'referrals')"
    " OR (entity = 'inspection_revisions' AND json_type(fields, '$.snapshot') = 'object')))"
)
_CHUNK = 500


@dataclass(frozen=True)
class OutboxCounts:
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    unsealed: int = 0  # pending rows with testimony not sealed yet


def holds_testimony(entity: str, fields: dict[str, Any] | None, fields_json: str) -> bool:
    """Whether a queued change must be sealed before it leaves (sync/sealed.needs_sealing on the row)."""
    if entity in TESTIMONY_ENTITIES:
        return True
    if entity != SNAPSHOT_ENTITY:
        return False
    if fields is None or "snapshot" not in fields:
        fields = json.loads(fields_json)
    return isinstance(fields.get("snapshot"), dict)


class Tally:
    """Rows a unit of work queued, added to the kept counts when it flushes."""

    __slots__ = ("pending", "unsealed")

    def __init__(self) -> None:
        self.pending = 0
        self.unsealed = 0

    def queued(self, entity: str, fields: dict[str, Any] | None, fields_json: str) -> None:
        self.pending += 1
        if entity in TESTIMONY_ENTITIES or (entity == SNAPSHOT_ENTITY and holds_testimony(entity, fields, fields_json)):
            self.unsealed += 1

    def queued_many(self, entity: str, count: int) -> None:
        """`count` new records of `entity`, which is not the revision snapshot (whose rows differ)."""
        self.pending += count
        if entity in TESTIMONY_ENTITIES:
            self.unsealed += count

    def flush(self, conn: Connection | DriverStatements) -> None:
        if self.pending:
            add(conn, {PENDING: self.pending, UNSEALED: self.unsealed})
            self.pending = self.unsealed = 0


def add(conn: Connection | DriverStatements, deltas: dict[str, int]) -> None:
    rows = [(name, delta) for name, delta in deltas.items() if delta]
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO outbox_counts (name, ops) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET ops = ops + excluded.ops",
            rows)


def read(conn: Connection) -> OutboxCounts:
    kept = dict(conn.exec_driver_sql("SELECT name, ops FROM outbox_counts").all())
    return OutboxCounts(kept.get(PENDING, 0), kept.get(REJECTED, 0), kept.get(CONFLICT, 0), kept.get(UNSEALED, 0))


def _tally(conn: Connection, seqs: Sequence[int]) -> Counter[str]:
    found: Counter[str] = Counter()
    for start in range(0, len(seqs), _CHUNK):
        chunk = seqs[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for state, unsealed, n in conn.exec_driver_sql(
                f"SELECT state, {UNSEALED_SQL}, count(*) FROM outbox WHERE seq IN ({marks}) GROUP BY 1, 2",  # noqa: S608
                tuple(chunk)):
            if state in COUNTED_STATES:
                found[state] += n
            if unsealed:
                found[UNSEALED] += n
    return found


@contextmanager
def changing(conn: Connection, seqs: Sequence[int]) -> Iterator[None]:
    """Around statements that change or delete the outbox rows `seqs` (and no others): the kept counts
    follow them, in the same transaction."""
    seqs = sorted(set(seqs))
    before = _tally(conn, seqs)
    yield
    after = _tally(conn, seqs)
    add(conn, {name: after[name] - before[name] for name in NAMES})


def seal_rows(conn: Connection, forms: Sequence[tuple[int, str]]) -> int:
    """Give the outbox rows (seq, sealed form as its stored JSON text) that have no sealed form yet theirs, and
    take the rows that held unsealed testimony off the kept count in the same transaction; returns how many
    rows took their form.

    Sealing changes no row's state, and every row of `forms` still without a form takes one, so the rows
    that stop counting as unsealed are exactly those counted so just before (one count instead of
    `changing`'s two)."""
    seqs = sorted({seq for seq, _ in forms})
    unsealed = 0
    for start in range(0, len(seqs), _CHUNK):
        chunk = seqs[start : start + _CHUNK]
        unsealed += conn.exec_driver_sql(
            f"SELECT count(*) FROM outbox WHERE seq IN ({', '.join('?' for _ in chunk)}) AND {UNSEALED_SQL}",  # noqa: S608
            tuple(chunk)).scalar_one()
    updated = conn.exec_driver_sql("UPDATE outbox SET sealed = ? WHERE seq = ? AND sealed IS NULL",
                                   [(text, seq) for seq, text in forms]).rowcount
    add(conn, {UNSEALED: -unsealed})
    return updated


def delete_by_seq(conn: Connection, seqs: Sequence[int], state: str) -> int:
    """Delete the outbox rows `seqs` that are in `state`, taking them off the kept counts in the same
    transaction (counted just before, under the same filter, in the writer's transaction that nobody
    else can write in between); returns how many went.

    A batch's rows are mostly consecutive: each run of them is one range of the primary key, cheaper to
    find than the same numbers listed one by one, and counting the rows beforehand is cheaper than
    handing each deleted row back (RETURNING)."""
    gone: Counter[str] = Counter()
    removed = 0
    for where, params in _seq_filters(seqs):
        counted, unsealed = conn.exec_driver_sql(
            f"SELECT count(*), total({UNSEALED_SQL}) FROM outbox WHERE ({where}) AND outbox.state = ?",  # noqa: S608
            (*params, state)).one()
        if not counted:
            continue
        deleted = conn.exec_driver_sql(f"DELETE FROM outbox WHERE ({where}) AND outbox.state = ?",  # noqa: S608
                                       (*params, state)).rowcount
        if deleted != counted:  # cannot happen inside a writer's transaction: never keep counts that are wrong
            raise RuntimeError(f"outbox rows changed while being deleted ({counted} counted, {deleted} deleted)")
        removed += deleted
        if state in COUNTED_STATES:
            gone[state] -= deleted
        gone[UNSEALED] -= int(unsealed)
    add(conn, dict(gone))
    return removed


_RUN = 4  # consecutive sequence numbers from which a range is cheaper than a list


def _seq_filters(seqs: Sequence[int]) -> Iterator[tuple[str, tuple[int, ...]]]:
    """SQL filters (and their parameters) that together select exactly the rows `seqs`: ranges for runs
    of consecutive numbers, lists for the rest, at most `_CHUNK` parameters each."""
    runs: list[list[int]] = []
    for seq in sorted(set(seqs)):
        if runs and seq == runs[-1][1] + 1:
            runs[-1][1] = seq
        else:
            runs.append([seq, seq])
    terms: list[str] = []
    params: list[int] = []
    singles: list[int] = []
    for low, high in runs:
        if high - low + 1 >= _RUN:
            terms.append("outbox.seq BETWEEN ? AND ?")
            params += (low, high)
            if len(params) >= _CHUNK:
                yield " OR ".join(terms), tuple(params)
                terms, params = [], []
        else:
            singles.extend(range(low, high + 1))
    if terms:
        yield " OR ".join(terms), tuple(params)
    for start in range(0, len(singles), _CHUNK):
        chunk = tuple(singles[start : start + _CHUNK])
        yield f"outbox.seq IN ({', '.join('?' for _ in chunk)})", chunk


def recount(conn: Connection) -> OutboxCounts:
    """The counts from the rows themselves (what the kept ones must equal)."""
    states = dict(conn.exec_driver_sql(
        "SELECT state, count(*) FROM outbox WHERE state IN ('pending', 'rejected', 'conflict') GROUP BY state").all())
    unsealed = conn.exec_driver_sql(f"SELECT count(*) FROM outbox WHERE state = 'pending' AND {UNSEALED_SQL}").scalar()
    return OutboxCounts(states.get(PENDING, 0), states.get(REJECTED, 0), states.get(CONFLICT, 0), unsealed or 0)
