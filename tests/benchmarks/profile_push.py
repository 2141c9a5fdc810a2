"""Where HQ's CPU goes applying a push: the push route's work (parse the batch, apply it, write the answer)
run in-process under cProfile for every batch of a laptop's outbox. Not a benchmark (`make bench` skips it):

    .venv/bin/python -m tests.benchmarks.profile_push [INSPECTIONS] [sqlite|pg] [--top N] [--out FILE] [--plain]

Prints CPU µs per op and the functions that take most of it (cumulative and own time); with --plain, the CPU
per op unprofiled (and the share of it the garbage collector took) instead. PROFILE_PUSH_FREEZE=1 freezes the
heap first, as `inspector-hq serve` does once started (cli.py), so the figure leaves out what the collector
spent walking this process's laptop and start-up objects.
The profiler weighs Python calls more than C work: compare any change unprofiled too (CPU per op, in
the same run as the code before it) before believing a profiled gain.
"""

from __future__ import annotations

import cProfile
import gc
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from inspector_app.core import demo
from inspector_app.core.models import Device
from inspector_app.core.services import setup
from inspector_app.core.types import new_id
from inspector_app.hq import devices, push
from inspector_app.hq.op_checks import PushBatchEnvelope
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.outbox import prepare, wire_op
from inspector_app.sync.protocol import PushBatch

from ..hq.fixtures import enrol_store
from ..hq.support import HQServer
from .stores import hq_database


def main(argv: list[str]) -> int:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    inspections = int(argv[0]) if argv else 300
    backend = argv[1] if len(argv) > 1 else "sqlite"
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 30
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = setup.create_store(folder / "laptop", "bench", "benchmark passphrase")
        demo.generate(store, inspections=inspections, seed=2569)
        url, server = hq_database(backend, folder)
        hq = HQServer(url, folder / "hq-files").start()
        try:
            enrol_store(store, hq)
            engine = SyncEngine.for_store(store, batch_ops=1000, batch_bytes=4_000_000)
            with store.session() as session:
                token = session.get(Device, store.device_id).token
            with hq.db.read() as conn:
                device = devices.authenticate(conn, token)
            bodies: list[bytes] = []
            after = 0
            while rows := engine._next_batch(after):
                after = rows[-1].seq
                ready, _held = prepare(store, rows)
                batch = PushBatch(batch_id=new_id(), device_id=device.id, ops=[wire_op(r) for r in ready])
                bodies.append(batch.model_dump_json().encode())
            ops = sum(body.count(b'"op_id"') for body in bodies)
            plain = "--plain" in argv
            profile = cProfile.Profile()
            collecting = [0.0, 0.0]  # garbage collection: CPU seconds, and when the running one started

            def collector(phase: str, _info: dict[str, int]) -> None:
                if phase == "start":
                    collecting[1] = time.process_time()
                else:
                    collecting[0] += time.process_time() - collecting[1]

            if os.environ.get("PROFILE_PUSH_FREEZE"):
                gc.freeze()
            gc.callbacks.append(collector)
            cpu, wall = time.process_time(), time.perf_counter()
            if not plain:
                profile.enable()
            for body in bodies:
                envelope = PushBatchEnvelope.model_validate_json(body)
                push.push(hq.db, device, envelope).model_dump_json(exclude_defaults=True)
            profile.disable()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            gc.callbacks.remove(collector)
            print(f"{backend}: {ops} ops in {len(bodies)} batches: CPU {cpu:.2f} s = {1e6 * cpu / ops:.0f} µs/op "
                  f"({'unprofiled' if plain else 'profiled'}; garbage collection {1e6 * collecting[0] / ops:.0f} "
                  f"µs/op), wall {wall:.2f} s; load average {os.getloadavg()[0]:.1f}")
            if plain:
                return 0
            if "--out" in argv:
                profile.dump_stats(argv[argv.index("--out") + 1])
            stats = pstats.Stats(profile).strip_dirs()
            stats.sort_stats("cumulative").print_stats(top)
            stats.sort_stats("tottime").print_stats(top)
        finally:
            hq.stop()
            store.close()
            if server is not None:
                server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
