"""Where the HQ *process* spends its CPU in a sync round: a laptop's whole outbox pushed over HTTP to a real
`inspector-hq serve` (as bench_sync runs it), optionally under cProfile. Not a benchmark (`make bench` skips it):

    .venv/bin/python -m tests.benchmarks.profile_hq_serve [INSPECTIONS] [sqlite|pg] [--profile FILE] [--top N]

Prints the HQ process's CPU per record (user + system, /proc) and the laptop's. With --profile the server runs
under cProfile with its thread pool made inline (so the routes' work is seen, in the one profiled thread): the
profiled figures are then inflated, compare the unprofiled ones. The laptop's store is made once per size and
kept in $TMPDIR/field-inspector-profile-hq (delete it when done).
"""

from __future__ import annotations

import os
import pstats
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path


from inspector_app.core import demo
from inspector_app.core.services import setup
from inspector_app.hq.bootstrap import open_database

from ..hq.support import HQProcess, free_port
from .stores import hq_database
from .bench_sync import _cpu_seconds, enrolled_engine

# Without --profile: the server as it runs, and the CPU its garbage collector took, written to a file at exit.
_GC_WRAPPER = '''
import gc, signal, sys, time
out = sys.argv.pop(1)
spent = [0.0, 0.0]


def _collector(phase, _info):
    if phase == "start":
        spent[1] = time.process_time()
    else:
        spent[0] += time.process_time() - spent[1]


def _tell(*_args):
    with open(out, "w") as f:
        f.write(str(spent[0]))


gc.callbacks.append(_collector)
signal.signal(signal.SIGUSR1, _tell)  # the harness asks before and after the round
from inspector_app.hq.cli import main
main(sys.argv[1:])
'''

_WRAPPER = '''
import cProfile, signal, sys
import anyio.to_thread

async def _inline(func, *args, abandon_on_cancel=False, cancellable=None, limiter=None):
    return func(*args)

anyio.to_thread.run_sync = _inline  # the routes' work runs in the profiled thread
out = sys.argv.pop(1)
from inspector_app.hq.cli import main
profile = cProfile.Profile()


def _stop(*_args):
    profile.disable()
    profile.dump_stats(out)
    sys.exit(0)


signal.signal(signal.SIGTERM, _stop)  # uvicorn shuts down, restores this handler and raises SIGTERM again
profile.enable()
main(sys.argv[1:])
_stop()
'''


def _collector_seconds(pid: int, file: Path) -> float:
    """The CPU the server's garbage collector took so far (it writes it to `file` when signalled)."""
    file.unlink(missing_ok=True)
    os.kill(pid, signal.SIGUSR1)
    deadline = time.monotonic() + 10
    while not file.exists() or not file.read_text():
        if time.monotonic() > deadline:
            raise RuntimeError("the HQ process did not say what its garbage collector took")
        time.sleep(0.01)
    return float(file.read_text())


def _template(inspections: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "field-inspector-profile-hq" / f"laptop-{inspections}"
    if not (folder / "laptop").exists():
        shutil.rmtree(folder, ignore_errors=True)
        store = setup.create_store(folder / "laptop", "bench", "benchmark passphrase")
        demo.generate(store, inspections=inspections, seed=2569)
        store.close()
    return folder / "laptop"


def main(argv: list[str]) -> int:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    inspections = int(argv[0]) if argv and argv[0].isdigit() else 300
    backend = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else "sqlite"
    out = argv[argv.index("--profile") + 1] if "--profile" in argv else None
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 40
    template = _template(inspections)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url, server = hq_database(backend, folder)
        shutil.copytree(template, folder / "laptop")
        store = setup.open_store(folder / "laptop", "benchmark passphrase")
        port = free_port()
        script = folder / "serve.py"
        script.write_text(_WRAPPER if out is not None else _GC_WRAPPER)
        written = Path(out).resolve() if out is not None else folder / "gc-seconds"
        hq = HQProcess(url, folder / "hq-files", port, script=script, script_args=[str(written)]).start()
        db = open_database(url)
        try:
            records, engine = enrolled_engine(store, hq.url, db)
            assert hq.proc is not None
            collected = _collector_seconds(hq.proc.pid, written) if out is None else 0.0
            hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid), time.process_time()
            started = time.perf_counter()
            report = engine.sync_round()
            elapsed = time.perf_counter() - started
            hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid) - hq_cpu, time.process_time() - laptop_cpu
            if out is None:
                collected = _collector_seconds(hq.proc.pid, written) - collected
            engine.close()
            assert report.ok, report.error
            print(f"{backend}: {records} records in {elapsed:.2f} s = {records / elapsed:,.0f} records/s; CPU HQ process "
                  f"{hq_cpu:.2f} s = {1e6 * hq_cpu / records:.0f} µs/record{' (profiled)' if out else ''}, laptop "
                  f"{laptop_cpu:.2f} s = {1e6 * laptop_cpu / records:.0f} µs/record; load average "
                  f"{os.getloadavg()[0]:.1f}")
            if out is None:
                print(f"   of the HQ process's CPU, its garbage collector took {collected:.2f} s = "
                      f"{1e6 * collected / records:.0f} µs/record")
        finally:
            hq.stop()
            db.dispose()
            store.close()
            if server is not None:
                server.stop()
    if out is not None:
        stats = pstats.Stats(out).strip_dirs()
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
