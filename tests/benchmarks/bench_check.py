"""`inspector-app check` on a large store: records against the audit trail vs the checks that were there.

The baseline is what `check` did before (integrity_check, foreign keys, the chain walk), measured on the
same database in the same run; the ratio is the cost of comparing every record with its last audit entry
and the trail's end with its anchors. Set BENCH_CHECK_INSPECTIONS for another size (20000 is a full
laptop: about 1.3 million records).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.audit import verify_chain
from inspector_app.core.integrity import check_anchor, check_records


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    inspections = int(os.environ.get("BENCH_CHECK_INSPECTIONS", "2000"))
    with tempfile.TemporaryDirectory() as tmp, setup.create_store(Path(tmp) / "d", "bench", "benchmark passphrase") as store:
        demo.generate(store, inspections=inspections, seed=1)
        started = time.perf_counter()
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        with store.session() as session:
            chain = verify_chain(session)
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        anchor = check_anchor(store)
        records = check_records(store)
        added = time.perf_counter() - started
        assert anchor.ok and records.ok and chain.ok
        print(f"   {inspections} inspections, {records.records} records, {chain.entries} audit entries")
        print(f"   existing checks: {baseline:.1f} s; records and anchors: {added:.1f} s "
              f"({added / baseline:.2f} x the existing checks, {added / records.records * 1e6:.1f} µs a record)")
