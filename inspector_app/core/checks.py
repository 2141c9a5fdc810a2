"""`inspector-app check`: is this data store whole, and does it still say what was written?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..i18n.english import count_noun
from . import outbox_counts
from .audit import verify_chain
from .integrity import check_anchor, check_records
from .models import Attachment

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    problems: tuple[str, ...] = ()  # one line per record or entry at fault


def run_checks(store: Store) -> list[CheckResult]:
    results = []
    with store.engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        results.append(CheckResult("database integrity", integrity == ["ok"], "; ".join(integrity[:5])))
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        results.append(
            CheckResult(
                "references between records",
                not broken,
                "all references resolve" if not broken else
                f"{count_noun(len(broken), 'broken reference')}, first in table {broken[0][0]} row {broken[0][1]}",
            )
        )
    with store.session() as session:
        chain = verify_chain(session)
        results.append(
            CheckResult(
                "audit chain",
                chain.ok,
                f"{chain.entries} entries, head {chain.head[:16]}" if chain.ok else
                f"broken at entry {chain.first_broken_seq}: {chain.problem}",
            )
        )
    anchor = check_anchor(store)
    results.append(CheckResult("audit trail end", anchor.ok, anchor.detail, anchor.problems))
    records = check_records(store)
    more = records.changed + records.deleted + records.unaudited - len(records.problems)
    results.append(
        CheckResult(
            "records against the audit trail",
            records.ok,
            f"all {records.records} records match their last audit entry" if records.ok else
            f"{records.changed} changed, {records.deleted} deleted, {records.unaudited} without an audit entry "
            f"(of {records.records} records)",
            tuple(records.problems) + ((f"… and {more} more",) if more > 0 else ()),
        )
    )
    with store.session() as session:
        conn = session.connection()
        kept, counted = outbox_counts.read(conn), outbox_counts.recount(conn)
    results.append(
        CheckResult(
            "changes waiting to sync",
            kept == counted,
            f"{counted.pending} pending, {counted.rejected} rejected, {counted.conflicts} in conflict" if kept == counted
            else f"the counts the app shows ({kept.pending} pending, {kept.rejected} rejected, {kept.conflicts} in "
                 f"conflict, {kept.unsealed} to seal) differ from the queue ({counted.pending}, {counted.rejected}, "
                 f"{counted.conflicts}, {counted.unsealed}): it was changed outside the app",
        )
    )
    with store.session() as session:
        missing = [sha for sha in session.scalars(select(Attachment.sha256).distinct()) if not store.vault.has(sha)]
        results.append(
            CheckResult(
                "attachment files",
                not missing,
                "every attachment has its encrypted file" if not missing else
                f"{count_noun(len(missing), 'attachment file')} missing, first {missing[0][:12]}…",
            )
        )
    return results
