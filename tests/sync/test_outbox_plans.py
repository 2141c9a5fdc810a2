"""Every query the laptop runs on its outbox is served by an index: shown by SQLite's own query plans.

The test records every SQL statement the app sends to the laptop's database while it saves, syncs
(with a refusal, a conflict and a change HQ holds back), shows its status, retries, compacts,
exports and imports a USB bundle and runs `check` on a changed record; then asks SQLite for the
plan of each statement that touches the outbox. A plan that scans the table (instead of searching
an index or the primary key) fails the test and is printed with its statement. The key queries
are also named with the index they must use, so the plans read as documentation (`pytest -s`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, update

from inspector_app.core import demo
from inspector_app.core.checks import run_checks
from inspector_app.core.models import Inspection, OutboxOp
from inspector_app.core.services import attachments, checklist, sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.sync import bundle
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.status import sync_counts, sync_status

from ..core.helpers import new_inspection
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer

TOUCHES_OUTBOX = re.compile(r"\boutbox\b(?!_)", re.IGNORECASE)
# A full pass over the table or one of its full indexes. Walking the partial index of waiting rows is
# fine: it holds only the rows asked for.
SCANS_OUTBOX = re.compile(r"\bSCAN outbox\b(?!_)(?! USING (COVERING )?INDEX ix_outbox_waiting\b)")
# What the plan of each key query must say (a statement matching the pattern, the index it uses).
EXPECTED = {
    "the queue in order (push, bundle)": (r"WHERE outbox\.state = \? AND outbox\.seq > \?",
                                         "USING INDEX ix_outbox_state_seq (state=? AND seq>?)"),
    "newest rejected changes (Sync page)": (r"WHERE state = 'rejected' ORDER BY seq DESC",
                                            "USING INDEX ix_outbox_state_seq (state=?)"),
    "newest conflicts (Sync page)": (r"WHERE state = 'conflict' ORDER BY seq DESC",
                                     "USING INDEX ix_outbox_state_seq (state=?)"),
    "changes HQ holds back (Sync page)": (r"WHERE state = 'pending' AND last_error IS NOT NULL",
                                          "USING INDEX ix_outbox_waiting"),
    "HQ's answers by sequence (push results)": (r"^DELETE FROM outbox WHERE \(outbox\.seq (IN|BETWEEN)",
                                                "SEARCH outbox USING "),
    "HQ's answered rows counted before they go": (r"^SELECT count\(\*\), total\(.*\) FROM outbox WHERE \(outbox\.seq",
                                                   "SEARCH outbox USING "),
    "HQ's answers by op id (refusals, conflicts)": (r"^UPDATE outbox SET .* WHERE outbox\.op_id = \?",
                                                    "USING INDEX sqlite_autoindex_outbox_1 (op_id=?)"),
    "a changed record's queued copy (check)": (r"WHERE outbox\.entity = \? AND outbox\.entity_id = \?",
                                               "USING INDEX ix_outbox_entity_id (entity_id=?)"),
    "inspections with changes not yet at HQ (before marking them submitted)": (
        r"SELECT DISTINCT CASE WHEN entity = 'inspections'", "USING INDEX ix_outbox_state_seq (state=?)"),
    "acknowledged rows an older version kept (compaction)": (r"WHERE outbox\.state IN \(\?, \?\) ORDER BY",
                                                              "USING COVERING INDEX ix_outbox_state_seq (state=?)"),
}


class Recorder:
    """The statements the app sends to the laptop's database that touch the outbox (not the test's own)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []
        self.on = True

    def __call__(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                 executemany: bool) -> None:
        if self.on and TOUCHES_OUTBOX.search(statement):
            self.seen.append((statement, parameters[0] if executemany else parameters))

    @contextmanager
    def paused(self) -> Iterator[None]:
        self.on = False
        try:
            yield
        finally:
            self.on = True


@contextmanager
def _recorded(store: Store) -> Iterator[Recorder]:
    recorder = Recorder()
    engines = (store.engine, store.write_engine)
    for engine in engines:
        event.listen(engine, "before_cursor_execute", recorder)
    try:
        yield recorder
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", recorder)


def _plan(store: Store, statement: str, parameters: Any) -> list[str]:
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        return [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters or ())]


def _day_of_work_with_every_outcome(store: Store, hq: HQServer, folder: Path, test: Recorder) -> None:
    """The app's calls; the test's own reads and edits run with the recorder paused."""
    demo.generate(store, inspections=4, seed=21)
    inspection = new_inspection(store)
    checklist.save_answer(store, inspection, "LPA-C-01", result="compliant", note="first")
    engine = SyncEngine.for_store(store, batch_ops=100)
    assert engine.sync_round().ok
    demo.generate(store, inspections=4, seed=30)  # signed ones among them wait for HQ before they are submitted
    with test.paused(), store.session() as s:
        assert s.scalar(select(func.count()).select_from(Inspection).where(Inspection.status == "signed"))
    # A conflict (a change made on an older revision), a refusal, and a photo whose file is gone (held back).
    checklist.save_answer(store, inspection, "LPA-C-01", note="second")
    checklist.save_answer(store, inspection, "LPA-C-01", note="third")
    checklist.save_answer(store, inspection, "LPA-C-02", result="non_compliant")
    with test.paused(), store.session() as s:
        stale, bad = s.scalars(select(OutboxOp).where(OutboxOp.state == "pending").order_by(OutboxOp.seq)).all()[-2:]
    with test.paused(), store.unit_of_work() as uow:
        uow.session.execute(update(OutboxOp).where(OutboxOp.seq == stale.seq).values(base_rev=1))
        uow.session.execute(update(OutboxOp).where(OutboxOp.seq == bad.seq).values(fields={**bad.fields, "id": "x"}))
    attachments.add_attachment(store, inspection, random.Random(2).randbytes(2000), mime="image/jpeg")
    with test.paused(), store.session() as s:
        sha = s.scalars(select(OutboxOp.attachment_refs).where(OutboxOp.entity == "attachments")
                        .order_by(OutboxOp.seq.desc())).first()[0]
    store.vault.path_for(sha).unlink()
    report = engine.sync_round()
    assert report.conflicts == 1 and report.rejected == 1 and report.waiting == 1
    engine.close()
    status, counts = sync_status(store), sync_counts(store)
    assert status.rejected_count == counts.rejected == 1 and counts.conflicts == 1 and len(status.waiting) == 1
    sync_apply.retry_rejected(store)
    # A USB bundle out, HQ's signed reply back.
    out, reply = folder / "day.bundle", folder / "day.reply"
    bundle.export_bundle(store, out)
    assert hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(out),
                        "--reply", str(reply)]) == 1  # HQ refuses the op with another id again (the rest goes)
    bundle.import_reply(store, reply)
    # `check` on a record changed behind the app's back, while its change is still queued.
    with test.paused(), store.session() as s:
        queued = s.scalars(select(OutboxOp).where(OutboxOp.state == "pending", OutboxOp.entity == "attachments")).first()
    with test.paused(), store.engine.connect() as conn:
        conn.exec_driver_sql("UPDATE attachments SET caption = 'edited' WHERE id = ?", (queued.entity_id,))
        conn.commit()
    records = next(r for r in run_checks(store) if r.name == "records against the audit trail")
    assert "caption changed" in "".join(records.problems)


def test_every_outbox_query_the_app_runs_is_served_by_an_index(store: Store, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    hq = HQServer(str(tmp_path / "hq.db"), tmp_path / "hq-files").start()
    try:
        enrol_store(store, hq)
        with _recorded(store) as recorder:
            _day_of_work_with_every_outcome(store, hq, tmp_path, recorder)
    finally:
        hq.stop()
    plans: dict[str, list[str]] = {}
    for statement, parameters in recorder.seen:
        if statement not in plans:
            plans[statement] = _plan(store, statement, parameters)
    with capsys.disabled():
        print("\nQuery plans of every statement the app ran on the outbox:")
        for statement, plan in plans.items():
            print(f"  {' '.join(statement.split())[:160]}\n      -> {' | '.join(plan) or '(no table access)'}")
    scanning = {s: p for s, p in plans.items() if any(SCANS_OUTBOX.search(line) for line in p)}
    assert not scanning, scanning
    for name, (pattern, index) in EXPECTED.items():
        matching = [p for s, p in plans.items() if re.search(pattern, " ".join(s.split()))]
        assert matching, f"the app no longer runs {name}"
        assert all(any(index in line for line in p) for p in matching), (name, matching)
