"""What keeping the statistics tables costs a push: 500 demo inspections synced with and without it.

The same laptop data (about 33,000 records) is synced to a fresh HQ on each backend, ROUNDS times
each way, alternating: as HQ runs (push.py keeps the projection tables and monthly sums in the same
transaction), and, as the baseline measured in the same run, with `projections.project` switched
off. Prints the median sync time and rate each way, their ratio, and the time spent inside
`projections.project` itself (timed in the rounds that keep them) as a share of the push: the
end-to-end ratio includes the laptop's own work and run-to-run noise, the inside time does not.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.store import Store
from inspector_app.hq import devices, projections
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.support import HQServer, PostgresMissing, PostgresServer, find_pg_bin

INSPECTIONS = 500
ROUNDS = int(os.environ.get("BENCH_PUSH_ROUNDS", "2"))


def _round(db_url: str, folder: Path, template: Path, keep_projections: bool) -> tuple[int, float, float]:
    """Records applied, seconds for the sync round, seconds inside projections.project."""
    shutil.copytree(template, folder / "laptop")
    store = Store.open(folder / "laptop", "benchmark passphrase")
    hq = HQServer(db_url, folder / "hq-files").start()
    original = projections.project
    inside = [0.0]

    def timed(conn, records):  # noqa: ANN001, ANN202
        started = time.perf_counter()
        try:
            return original(conn, records)
        finally:
            inside[0] += time.perf_counter() - started

    projections.project = timed if keep_projections else (lambda _conn, _records: None)  # type: ignore[assignment]
    try:
        enrol(store, hq.url, devices.new_enrol_code(hq.db)[0])
        engine = SyncEngine.for_store(store, batch_ops=1000, batch_bytes=4_000_000)
        started = time.perf_counter()
        report = engine.sync_round()
        elapsed = time.perf_counter() - started
        engine.close()
        assert report.ok, report.error
        return report.applied, elapsed, inside[0]
    finally:
        projections.project = original  # type: ignore[assignment]
        hq.stop()
        store.close()


def _backend(label: str, make_url, folder: Path, template: Path) -> None:  # noqa: ANN001
    plain_runs: list[float] = []
    kept_runs: list[float] = []
    inside_runs: list[float] = []
    records = 0
    for n in range(ROUNDS):
        records, seconds, _ = _round(make_url(), folder / f"plain-{n}", template, keep_projections=False)
        plain_runs.append(seconds)
        _, seconds, inside = _round(make_url(), folder / f"kept-{n}", template, keep_projections=True)
        kept_runs.append(seconds)
        inside_runs.append(inside)
    plain, kept, inside = (statistics.median(v) for v in (plain_runs, kept_runs, inside_runs))
    print(f"   {label:<10} {records} records, median of {ROUNDS}: without projections {plain:.2f} s "
          f"({records / plain:,.0f}/s), with them {kept:.2f} s ({records / kept:,.0f}/s) = {kept / plain:.2f}× the "
          f"baseline; inside projections.project {inside:.2f} s = {100 * inside / kept:.0f}% of the push")


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = setup.create_store(folder / "template" / "laptop", "bench", "benchmark passphrase")
        demo.generate(store, inspections=INSPECTIONS, seed=2569)
        store.close()
        template = folder / "template" / "laptop"
        counter = iter(range(100))
        _backend("SQLite", lambda: str(folder / f"hq-{next(counter)}.db"), folder / "sqlite", template)
        try:
            server = PostgresServer(find_pg_bin()).start()
        except PostgresMissing as exc:
            print(f"   PostgreSQL: not measured ({exc})")
            return
        try:
            _backend("PostgreSQL", lambda: server.url(server.create_database()), folder / "pg", template)
        finally:
            server.stop()
