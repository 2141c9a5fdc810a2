"""Demo data for 20,000 inspections through the write path, against a raw executemany of the same rows.

`demo.generate` writes every record with its outbox row and chained audit entry, 250
inspections per transaction (WAL, synchronous=FULL, foreign keys on). The baseline copies
exactly the rows it wrote (records, outbox rows, audit entries, byte for byte) into a copy of
the store as it was before, with plain executemany in the same transactions: the floor any
write path has on this machine. Then `check` verifies the result (integrity, foreign keys,
audit chain). BENCH_DEMO_INSPECTIONS changes the size (default 20,000).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.db import DB_FILE, connect

INSPECTIONS = int(os.environ.get("BENCH_DEMO_INSPECTIONS", "20000"))
PIPELINE = {"0": False, "1": True}.get(os.environ.get("BENCH_DEMO_PIPELINE", ""))
TARGET_SECONDS = 30.0 * INSPECTIONS / 20_000
PASSPHRASE = "benchmark passphrase"
# Inserted in this order, as demo.generate does (parents before children).
DIRECTORY_TABLES = ("establishments", "language_coordinators")
INSPECTION_TABLES = ("inspection_templates", "inspection_coordinators", "checklist_answers", "worker_interviews",
                     "interpreter_notes", "findings", "signatures")


def _columns(conn: object, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]  # type: ignore[attr-defined]


def _copy_rows(source: object, target: object, table: str, where: str, params: tuple) -> tuple[int, float, float]:
    """executemany of the rows `where` selects; returns (rows, seconds spent writing, CPU seconds of it)."""
    columns = _columns(source, table)
    rows = source.execute(  # type: ignore[attr-defined]
        f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY rowid", params).fetchall()  # noqa: S608
    started, cpu = time.perf_counter(), time.process_time()
    target.executemany(  # type: ignore[attr-defined]
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", rows)  # noqa: S608
    return len(rows), time.perf_counter() - started, time.process_time() - cpu


def _raw_baseline(made: Path, empty_copy: Path, data_key: bytes,
                  log_start: tuple[int, int]) -> tuple[float, float, int]:
    """Write what demo.generate wrote into the untouched copy, one transaction per demo transaction."""
    source = connect(made / DB_FILE, data_key)
    target = connect(empty_copy / DB_FILE, data_key)
    outbox_after, audit_after = log_start
    spent, spent_cpu, copied = 0.0, 0.0, 0

    def transaction(parts: list[tuple[str, str, tuple]]) -> None:
        nonlocal spent, spent_cpu, copied, outbox_after, audit_after
        started, cpu = time.perf_counter(), time.process_time()
        target.execute("BEGIN IMMEDIATE")
        spent += time.perf_counter() - started
        spent_cpu += time.process_time() - cpu
        records = 0
        for table, where, params in parts:
            count, seconds, cpu_seconds = _copy_rows(source, target, table, where, params)
            records += count
            spent += seconds
            spent_cpu += cpu_seconds
        # The log rows of those records come next in sequence order, as the unit of work wrote them.
        for table, after_name in (("outbox", "outbox"), ("audit_entries", "audit")):
            after = outbox_after if after_name == "outbox" else audit_after
            last = source.execute(f"SELECT seq FROM {table} WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?",  # noqa: S608
                                  (after, records - 1)).fetchone()
            count, seconds, cpu_seconds = _copy_rows(source, target, table, "seq > ? AND seq <= ?", (after, last[0]))
            spent += seconds
            spent_cpu += cpu_seconds
            copied += count
            if after_name == "outbox":
                outbox_after = last[0]
            else:
                audit_after = last[0]
        started, cpu = time.perf_counter(), time.process_time()
        target.execute("COMMIT")
        spent += time.perf_counter() - started
        spent_cpu += time.process_time() - cpu
        copied += records

    transaction([(t, "1", ()) for t in DIRECTORY_TABLES])
    inspection_ids = [r[0] for r in source.execute("SELECT id FROM inspections ORDER BY rowid")]
    for start in range(0, len(inspection_ids), demo.CHUNK):
        chunk = tuple(inspection_ids[start : start + demo.CHUNK])
        marks = ", ".join("?" for _ in chunk)
        transaction([("inspections", f"id IN ({marks})", chunk)]
                    + [(t, f"inspection_id IN ({marks})", chunk) for t in INSPECTION_TABLES])
    source.close()
    target.close()
    return spent, spent_cpu, copied


def _children_cpu() -> float:
    """CPU of this process's finished children (the demo's second process, once it has ended); 0 where the
    system does not say (Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        made, empty_copy = Path(tmp) / "demo", Path(tmp) / "raw"
        setup.create_store(made, "bench", PASSPHRASE).close()
        shutil.copytree(made, empty_copy)
        store = setup.open_store(made, PASSPHRASE)
        data_key = store._data_key  # noqa: SLF001 - the baseline writes the same encrypted file format
        with store.engine.connect() as conn:
            log_start = (conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar(),
                         conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM audit_entries").scalar())
        started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        report = demo.generate(store, inspections=INSPECTIONS, pipeline=PIPELINE)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        second_cpu = _children_cpu() - children
        with store.engine.connect() as conn:
            ops = conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE seq > ?", (log_start[0],)).scalar()
        started = time.perf_counter()
        from inspector_app.core.checks import run_checks

        checks = run_checks(store)
        check_seconds = time.perf_counter() - started
        store.close()
        raw_seconds, raw_cpu, raw_rows = _raw_baseline(made, empty_copy, data_key, log_start)

    records = ops  # one outbox row per record
    verdict = "met" if seconds <= TARGET_SECONDS else "NOT met"
    print(f"   demo-data {report.inspections:,} inspections: {records:,} records, each with its outbox row and "
          f"audit entry")
    print(f"   write path: {seconds:.1f} s wall, {cpu_seconds:.1f} s CPU ({records / seconds:,.0f} records/s); "
          f"target <= {TARGET_SECONDS:.0f} s: {verdict}")
    print(f"   second process (rows made while the previous transaction is written): {second_cpu:.1f} s CPU"
          if second_cpu else "   no second process's CPU (rows made in this process, or not measurable here)")
    print(f"   baseline, raw executemany of the same {raw_rows:,} rows in the same transactions: {raw_seconds:.1f} s "
          f"wall, {raw_cpu:.1f} s CPU")
    print(f"   ratio write path/raw: {seconds / raw_seconds:.2f}x wall, {cpu_seconds / raw_cpu:.2f}x CPU")
    failed = [c for c in checks if not c.ok]
    print(f"   check after: {'all ok' if not failed else 'FAILED ' + ', '.join(c.name for c in failed)} "
          f"({check_seconds:.1f} s)")


if __name__ == "__main__":
    run()
