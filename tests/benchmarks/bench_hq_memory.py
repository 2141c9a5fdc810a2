"""HQ's memory while 20 laptops sync at once: the peak RSS of a real `inspector-hq serve` process.

Twenty laptops (separate processes, each its own store with 50 demo inspections, about 3,300
changes) start a sync round together, with the app's own batch sizes, against one HQ on
loopback. The HQ process's resident set is sampled while they run; its kernel-kept peak
(VmHWM) is the figure, beside the same process's RSS when idle after start (the baseline,
measured in the same run). The target is 300 MB. Runs on SQLite, and on PostgreSQL when its
server binaries are there.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from ..hq.support import HQProcess, PostgresMissing, PostgresServer, find_pg_bin, free_socket

LAPTOPS = 20
INSPECTIONS_EACH = 50
TARGET_MB = 300
PASSPHRASE = "benchmark passphrase"


def _make_laptop(args: tuple[str, int]) -> int:
    """Create one laptop store with demo data (in a worker process); returns its pending changes."""
    from inspector_app.core import demo
    from inspector_app.core.services import setup
    from inspector_app.sync.status import sync_counts

    folder, seed = args
    store = setup.create_store(Path(folder), "bench", PASSPHRASE)
    try:
        demo.generate(store, inspections=INSPECTIONS_EACH, seed=seed)
        return sync_counts(store).pending
    finally:
        store.close()


def _sync_laptop(folder: str, url: str, code: str, barrier: Any, answers: Any) -> None:
    """Enrol, wait for the others, then one sync round with the app's own settings."""
    from inspector_app.core.store import Store
    from inspector_app.sync.engine import SyncEngine
    from inspector_app.sync.enrol import enrol

    store = Store.open(Path(folder), PASSPHRASE)
    try:
        enrol(store, url, code)
        engine = SyncEngine.for_store(store)
        barrier.wait(timeout=120)
        started = time.perf_counter()
        report = engine.sync_round()
        engine.close()
        answers.put((report.ok, report.error, report.applied, time.perf_counter() - started))
    except BaseException as exc:  # the parent reports it; a child's traceback would be lost
        answers.put((False, f"{type(exc).__name__}: {exc}", 0, 0.0))
    finally:
        store.close()


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/{pid}/status")


def _one_backend(label: str, db_url: str, folder: Path, laptops: list[Path], changes: int) -> None:
    from inspector_app.hq import devices
    from inspector_app.hq.bootstrap import open_database

    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    hq = HQProcess(db_url, folder / "hq-files", port).start()
    assert hq.proc is not None
    pid = hq.proc.pid
    try:
        db = open_database(db_url)
        try:
            codes = [devices.new_enrol_code(db)[0] for _ in laptops]
        finally:
            db.dispose()
        time.sleep(0.5)
        idle_kb = _status_kb(pid, "VmRSS")
        context = multiprocessing.get_context("fork")
        barrier = context.Barrier(len(laptops))
        answers = context.Queue()
        children = [context.Process(target=_sync_laptop, args=(str(path), hq.url, code, barrier, answers))
                    for path, code in zip(laptops, codes, strict=True)]
        samples: list[int] = []
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                samples.append(_status_kb(pid, "VmRSS"))
                stop.wait(0.05)

        started = time.perf_counter()
        for child in children:
            child.start()
        sampler = threading.Thread(target=sample, daemon=True)  # after the forks: they copy no running thread
        sampler.start()
        results = [answers.get(timeout=1800) for _ in children]
        elapsed = time.perf_counter() - started
        for child in children:
            child.join(timeout=60)
        stop.set()
        sampler.join()
        peak_kb = _status_kb(pid, "VmHWM")
        failed = [r for r in results if not r[0]]
        applied = sum(r[2] for r in results)
        print(f"   {label:<10} {len(laptops)} laptops synced {applied} of {changes} changes at once in {elapsed:.1f} s "
              f"({applied / elapsed:,.0f} records/s together; slowest laptop {max(r[3] for r in results):.1f} s)"
              + (f"; {len(failed)} failed: {failed[0][1]}" if failed else ""))
        print(f"   {label:<10} HQ RSS: idle {idle_kb / 1024:.0f} MB (baseline); during the syncs peak {peak_kb / 1024:.0f} MB "
              f"(sampled max {max(samples, default=0) / 1024:.0f} MB), {peak_kb / max(idle_kb, 1):.1f}x idle; "
              f"target <= {TARGET_MB} MB: {'met' if peak_kb / 1024 <= TARGET_MB else 'NOT met'}")
    finally:
        hq.stop()


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = [folder / "laptops" / f"laptop-{n:02d}" for n in range(LAPTOPS)]
        with multiprocessing.get_context("fork").Pool(2) as pool:
            pending = pool.map(_make_laptop, [(str(p), 2569 + n) for n, p in enumerate(paths)])
        print(f"   {LAPTOPS} laptops with {INSPECTIONS_EACH} demo inspections each ({sum(pending)} changes) made in "
              f"{time.perf_counter() - started:.1f} s")
        _backend_run("SQLite", lambda: str(_mkdir(folder / "sqlite") / "hq.db"), folder / "sqlite", paths,
                      sum(pending))
        try:
            server = PostgresServer(find_pg_bin()).start()
        except PostgresMissing as exc:
            print(f"   PostgreSQL: not measured ({exc})")
            return
        try:
            name = server.create_database()
            _backend_run("PostgreSQL", lambda: server.url(name), folder / "pg", paths, sum(pending))
        finally:
            server.stop()


def _backend_run(label: str, url: Any, folder: Path, templates: list[Path], changes: int) -> None:
    """Each backend syncs fresh copies of the same laptops (a synced outbox is empty)."""
    import shutil

    copies = []
    for template in templates:
        copy = folder / "laptops" / template.name
        shutil.copytree(template, copy)
        copies.append(copy)
    _one_backend(label, url(), _mkdir(folder), copies, changes)


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
