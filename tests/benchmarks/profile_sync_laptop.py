"""Where the laptop's CPU goes in a sync round against a real `inspector-hq serve` process. Not a benchmark
(`make bench` skips it):

    .venv/bin/python -m tests.benchmarks.profile_sync_laptop [INSPECTIONS] [sqlite|pg] [--batch OPS] [--profile]
        [--top N] [--out FILE] [--runs N] [--plain] [--timeline] [--idle [--batches]]

Without `--profile` it prints CPU µs per record by stage, measured by each thread's own CPU clock around
the engine's steps (reading the outbox, sealing, building the batch, JSON, gzip, HTTP, keeping the
answers, the pull). The timing wrappers cost a little themselves (one is around each op's JSON):
`--plain` leaves them out and prints only the round's CPU per record. With `--profile` it also runs the
round under cProfile (the round's thread and the thread that talks to HQ, merged) and prints the top
functions (with `--plain`, without the stage wrappers in the profile). `--runs N` makes N unprofiled rounds
from the same laptop, each to a new HQ database.

`--idle` (no stage wrappers) says where HQ sat idle during the round: the round's wall time less the CPU
HQ's threads (and PostgreSQL's backends) used and the time they waited for a core, from /proc schedstat at
each request's moments, split into before the first request, while a request was at HQ, between an answer
and the laptop taking it (still making the next batch), between that and the next request written, and
after the last answer. Other jobs on the machine show as "waiting for a core", not as idle. `--batches`
adds each request and each gap.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from inspector_app.core import demo
from inspector_app.core.models import OutboxOp
from inspector_app.core.services import setup, sync_apply
from inspector_app.hq import devices
from inspector_app.sync import client as client_module
from inspector_app.sync import engine as engine_module
from inspector_app.sync import outbox as outbox_module
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from .bench_sync import _cpu_seconds
from ..hq.support import HQProcess, free_port
from .stores import hq_database
from inspector_app.hq.bootstrap import open_database


class _Stages:
    """CPU seconds by stage, each measured on the thread that ran it (nested stages are not double counted)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self._local = threading.local()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        stack: list[str] = self._local.__dict__.setdefault("stack", [])
        now = time.thread_time()
        if stack:
            self.cpu[stack[-1]] += now - self._local.mark
        stack.append(name)
        self._local.mark = now
        try:
            yield
        finally:
            now = time.thread_time()
            self.cpu[stack.pop()] += now - self._local.mark
            self._local.mark = now

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        original = getattr(owner, attribute)

        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return original(*args, **kwargs)

        setattr(owner, attribute, timed)


def _instrument(stages: _Stages) -> None:
    stages.wrap(SyncEngine, "_next_batch", "read outbox")
    stages.wrap(outbox_module, "seal_fields", "seal (HPKE)")
    stages.wrap(sync_apply, "store_sealed", "keep sealed forms")
    stages.wrap(sync_apply, "sealed_at_hq", "keep sealed forms")
    stages.wrap(engine_module, "prepare", "prepare (other)")
    stages.wrap(engine_module, "op_json", "write ops (JSON)")
    stages.wrap(engine_module, "batch_json", "write ops (JSON)")
    stages.wrap(SyncEngine, "_audit_head", "write ops (JSON)")
    stages.wrap(client_module, "_compress", "gzip")
    stages.wrap(client_module.HQClient, "post_push", "HTTP client (other)")
    stages.wrap(SyncEngine, "_keep_answers", "keep answers")
    stages.wrap(client_module.HQClient, "read_push_answers", "parse answers")
    stages.wrap(sync_apply, "mark_submitted", "mark submitted")
    stages.wrap(sync_apply, "compact_outbox", "compaction")
    stages.wrap(SyncEngine, "_pull", "pull")
    stages.wrap(SyncEngine, "_finish", "finish (counts, round state)")
    from inspector_app.sync.protocol import PushResponse

    parse = PushResponse.model_validate_json.__func__  # type: ignore[attr-defined]

    def parse_timed(cls: Any, *args: Any, **kwargs: Any) -> Any:
        with stages.stage("parse answers"):
            return parse(cls, *args, **kwargs)

    PushResponse.model_validate_json = classmethod(parse_timed)  # type: ignore[method-assign, assignment]


class _GcTime:
    """CPU the cyclic garbage collector takes (on any thread) while it is installed."""

    def __init__(self) -> None:
        import gc

        self.cpu = 0.0
        self.runs = 0
        self._started = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.cpu += time.thread_time() - self._started
            self.runs += 1

    def stop(self) -> None:
        import gc

        gc.callbacks.remove(self)


class _Gaps:
    """Wall time between HQ's answer to one batch and the laptop's next request (HQ waits for the laptop)."""

    def __init__(self) -> None:
        self.idle = 0.0
        self.late = 0.0  # of which the laptop was still making the next batch when the answer came
        self.batches = 0
        self._answered: float | None = None

    def install(self) -> Callable[[], None]:
        original = client_module.HQClient.post_push
        gaps = self

        def post_push(client: Any, body: Any, *more: Any) -> Any:
            if gaps._answered is not None:
                gaps.idle += time.perf_counter() - gaps._answered
            try:
                return original(client, body, *more)
            finally:
                gaps._answered = time.perf_counter()
                gaps.batches += 1

        unblocked = SyncEngine._unblocked

        def next_batch(engine: Any, *args: Any) -> Any:
            if gaps._answered is not None:
                gaps.late += time.perf_counter() - gaps._answered
            return unblocked(engine, *args)

        client_module.HQClient.post_push = post_push  # type: ignore[method-assign]
        SyncEngine._unblocked = next_batch  # type: ignore[method-assign]

        def restore() -> None:
            client_module.HQClient.post_push = original  # type: ignore[method-assign]
            SyncEngine._unblocked = unblocked  # type: ignore[method-assign]

        return restore


class _Timeline:
    """Wall-clock moments of each batch on both laptop threads, and HQ's CPU while each request was out: where
    each process waits for the other."""

    def __init__(self, hq_pid: int) -> None:
        self.hq_pid = hq_pid
        self.t0 = time.perf_counter()
        self.events: list[tuple[str, float, float, float]] = []  # (what, start, end, HQ CPU in it)
        self._lock = threading.Lock()

    def _add(self, what: str, start: float, end: float, hq: float = 0.0) -> None:
        with self._lock:
            self.events.append((what, start - self.t0, end - self.t0, hq))

    def install(self) -> Callable[[], None]:
        timeline = self
        saved: list[tuple[Any, str, Any]] = []

        def around(owner: Any, attribute: str, what: str) -> None:
            original = getattr(owner, attribute)
            saved.append((owner, attribute, original))

            def timed(*args: Any, **kwargs: Any) -> Any:
                start = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    timeline._add(what, start, time.perf_counter())

            setattr(owner, attribute, timed)

        post = client_module.HQClient.post_push
        saved.append((client_module.HQClient, "post_push", post))

        def post_push(client: Any, body: Any, *more: Any) -> Any:
            start, cpu = time.perf_counter(), _cpu_seconds(timeline.hq_pid)
            try:
                return post(client, body, *more)
            finally:
                timeline._add("request", start, time.perf_counter(), _cpu_seconds(timeline.hq_pid) - cpu)

        client_module.HQClient.post_push = post_push  # type: ignore[method-assign]
        then_set = client_module._then_set
        saved.append((client_module, "_then_set", then_set))

        def written(content: bytes, event: Any) -> Any:
            yield content
            now = time.perf_counter()
            timeline._add("written", now, now)
            event.set()

        client_module._then_set = written  # type: ignore[assignment]
        around(SyncEngine, "_keep_answers", "keep")
        around(SyncEngine, "_gather", "gather")
        around(SyncEngine, "_encode", "encode")
        around(SyncEngine, "_read", "read")

        def restore() -> None:
            for owner, attribute, original in reversed(saved):
                setattr(owner, attribute, original)

        return restore

    def print(self) -> None:
        print("   timeline (ms from the round's start; request = sent .. answered, with HQ's CPU in it):")
        for what, start, end, hq in sorted(self.events, key=lambda e: e[1]):
            extra = f"  HQ CPU {1e3 * hq:6.1f}" if what == "request" else ""
            print(f"   {what:<8} {1e3 * start:8.1f} .. {1e3 * end:8.1f} ({1e3 * (end - start):6.1f}){extra}")


class _Idle:
    """Where HQ sat idle in the round: the round's wall time less the CPU HQ used and the time it waited for a
    core (each thread's /proc schedstat, summed over HQ's threads and PostgreSQL's backends), split into before
    the first request, between an answer and the next request, while a request was at HQ, and after the last
    answer. Sampled at each request's moments, so other jobs on the machine count as "waiting for a core",
    not as idle."""

    def __init__(self, pids: Callable[[], list[int]]) -> None:
        self._pids = pids
        self.marks: list[tuple[str, float, int, int]] = []  # (what, wall, HQ CPU ns, HQ run-queue ns)
        self._seen: dict[tuple[int, str], tuple[int, int]] = {}  # each thread's CPU and run-queue ns at the last mark
        self._cpu = self._queued = 0
        self._lock = threading.Lock()

    def mark(self, what: str) -> None:
        """Note the moment with HQ's CPU and run-queue time so far: the sum of each thread's growth since the
        mark before (a thread that ends between two marks takes its last part with it; none counts twice)."""
        with self._lock:
            for pid in self._pids():
                try:
                    tasks = os.listdir(f"/proc/{pid}/task")
                except OSError:
                    continue
                for task in tasks:
                    try:
                        with open(f"/proc/{pid}/task/{task}/schedstat", "rb") as stat:
                            ran, waited, _ = map(int, stat.read().split())
                    except (OSError, ValueError):
                        continue
                    before = self._seen.get((pid, task))
                    if before is not None or self.marks:  # a thread new since the first mark counts whole
                        self._cpu += ran - (before[0] if before else 0)
                        self._queued += waited - (before[1] if before else 0)
                    self._seen[(pid, task)] = (ran, waited)
            self.marks.append((what, time.perf_counter(), self._cpu, self._queued))

    def install(self) -> Callable[[], None]:
        idle = self
        post, then_set = client_module.HQClient.post_push, client_module._then_set
        taken = client_module.PushAnswer.may_hold_waiting

        def post_push(client: Any, body: Any, *more: Any) -> Any:
            idle.mark("send")
            try:
                return post(client, body, *more)
            finally:
                idle.mark("answered")

        def written(content: bytes, event: Any) -> Any:
            yield content
            idle.mark("written")
            event.set()

        def may_hold_waiting(answer: Any) -> bool:
            idle.mark("taken")
            return taken(answer)

        client_module.HQClient.post_push = post_push  # type: ignore[method-assign]
        client_module._then_set = written  # type: ignore[assignment]
        client_module.PushAnswer.may_hold_waiting = may_hold_waiting  # type: ignore[method-assign]

        def restore() -> None:
            client_module.HQClient.post_push = post  # type: ignore[method-assign]
            client_module._then_set = then_set  # type: ignore[assignment]
            client_module.PushAnswer.may_hold_waiting = taken  # type: ignore[method-assign]

        return restore

    def print(self, records: int) -> None:
        marks = sorted(self.marks, key=lambda m: m[1])
        spans: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])  # wall, HQ busy, HQ idle
        phase = "before the first request"
        last = max(i for i, m in enumerate(marks) if m[0] == "answered")
        for index, ((what, at, cpu, queued), (_then, end, cpu2, queued2)) in enumerate(zip(marks, marks[1:])):
            if index >= last:
                phase = "after the last answer"
            elif what == "written":
                phase = "while a request is at HQ"
            elif what == "answered":
                phase = "answer .. the laptop takes it"
            elif what == "taken":
                phase = "taken .. next request written"
            wall, busy = end - at, 1e-9 * ((cpu2 - cpu) + (queued2 - queued))
            span = spans[phase]
            span[0] += wall
            span[1] += busy
            span[2] += max(0.0, wall - busy)
        total = marks[-1][1] - marks[0][1]
        cpu = 1e-9 * (marks[-1][2] - marks[0][2])
        queued = 1e-9 * (marks[-1][3] - marks[0][3])
        requests = sum(1 for m in marks if m[0] == "written")
        print(f"   HQ over the round ({total:.2f} s wall, {requests} requests): running {cpu:.2f} s "
              f"({1e6 * cpu / records:.1f} µs/record), waiting for a core {queued:.2f} s, idle "
              f"{sum(s[2] for s in spans.values()):.2f} s = {100 * sum(s[2] for s in spans.values()) / total:.1f}% "
              "of the round")
        for name, (wall, busy, idle_s) in spans.items():
            print(f"   {name:<32} wall {wall:6.2f} s, HQ busy {busy:6.2f} s, HQ idle {idle_s:6.2f} s "
                  f"({100 * idle_s / total:4.1f}% of the round)")
        if "--batches" in sys.argv:  # each request: ms at HQ (HQ busy in it), then answer .. taken .. next written
            at = {what: None for what in ("written", "answered", "taken")}
            for what, moment, cpu, queued in marks:
                if what in at:
                    if what == "written" and at["taken"] is not None:
                        print(f"      gap: laptop late {1e3 * (at['taken'][0] - at['answered'][0]):6.1f} ms, "
                              f"hand-over {1e3 * (moment - at['taken'][0]):5.1f} ms")
                    at[what] = (moment, cpu + queued)
                    if what == "answered":
                        print(f"   request {1e3 * (moment - at['written'][0]):7.1f} ms, HQ busy "
                              f"{1e-6 * (cpu + queued - at['written'][1]):7.1f} ms")


def _hq_pids(hq_pid: int, pg_data: Path | None) -> Callable[[], list[int]]:
    """HQ's process, and PostgreSQL's backends when HQ runs on it (the postmaster's children)."""
    if pg_data is None:
        return lambda: [hq_pid]
    postmaster = int((pg_data / "postmaster.pid").read_text().split()[0])

    def pids() -> list[int]:
        try:
            with open(f"/proc/{postmaster}/task/{postmaster}/children") as children:
                return [hq_pid, *map(int, children.read().split())]
        except OSError:
            return [hq_pid]

    return pids


def _profiled_sender(profile: cProfile.Profile) -> Callable[[], None]:
    """Profile HQClient.push on whichever thread runs it (the engine's sender thread)."""
    original = client_module.HQClient.post_push

    def post_push(self: Any, body: Any, *more: Any) -> Any:
        profile.enable()
        try:
            return original(self, body, *more)
        finally:
            profile.disable()

    client_module.HQClient.post_push = post_push  # type: ignore[method-assign]
    return lambda: setattr(client_module.HQClient, "post_push", original)


def main(argv: list[str]) -> int:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    inspections = int(argv[0]) if argv and argv[0].isdigit() else 300
    backend = argv[1] if len(argv) > 1 and argv[1] in ("sqlite", "pg") else "sqlite"
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 35
    profiling = "--profile" in argv
    batch_ops = int(argv[argv.index("--batch") + 1]) if "--batch" in argv else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template"
        setup.create_store(template, "bench", "benchmark passphrase").close()
        store = setup.open_store(template, "benchmark passphrase")
        demo.generate(store, inspections=inspections, seed=2569)
        store.close()
        url, server = hq_database(backend, folder)
        runs = [False, True] if profiling else [False] * (int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 1)
        try:
            for index, profiled in enumerate(runs):
                if backend == "pg":
                    url = server.url(server.create_database())  # type: ignore[union-attr]
                else:
                    url = str(folder / f"hq{index}.db")
                shutil.copytree(template, folder / f"laptop{index}")
                _round(folder / f"laptop{index}", url, folder / f"files{index}", profiled, top, batch_ops,
                       server.data if server is not None else None)
        finally:
            if server is not None:
                server.stop()
    return 0


_instrumented: list[_Stages] = []


def _round(laptop: Path, url: str, files: Path, profiled: bool, top: int, batch_ops: int,
           pg_data: Path | None) -> None:
    store = setup.open_store(laptop, "benchmark passphrase")
    hq = HQProcess(url, files, free_port()).start()
    db = open_database(url)
    stages = _Stages()
    try:
        enrol(store, hq.url, devices.new_enrol_code(db)[0])
        with store.session() as s:
            records = s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))
        engine = SyncEngine.for_store(store, batch_ops=batch_ops, batch_bytes=4_000_000)
        if not profiled and not _instrumented and not ({"--idle", "--plain"} & set(sys.argv)):
            _instrument(stages)
            _instrumented.append(stages)
        stages = _instrumented[0] if _instrumented else stages
        stages.cpu.clear()
        main_profile, sender_profile = cProfile.Profile(time.thread_time), cProfile.Profile(time.thread_time)
        gaps = _Gaps()
        assert hq.proc is not None
        timeline = _Timeline(hq.proc.pid) if "--timeline" in sys.argv and not profiled else None
        idle = _Idle(_hq_pids(hq.proc.pid, pg_data)) if "--idle" in sys.argv and not profiled else None
        restore = (_profiled_sender(sender_profile) if profiled else timeline.install() if timeline
                   else idle.install() if idle else gaps.install())
        if idle is not None:
            idle.mark("start")
        hq_cpu = _cpu_seconds(hq.proc.pid)
        collections = _GcTime()
        cpu, wall = time.process_time(), time.perf_counter()
        if profiled:
            main_profile.enable()
        report = engine.sync_round()
        if idle is not None:
            idle.mark("end")
        if profiled:
            main_profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        hq_cpu = _cpu_seconds(hq.proc.pid) - hq_cpu
        collections.stop()
        restore()
        requests = engine.client.requests
        engine.close()
        assert report.ok, report.error
        print(f"   {report.applied} applied, {report.duplicates} already at HQ, {requests} requests")
        print(f"{'profiled' if profiled else 'unprofiled'}: {records} records; laptop CPU {cpu:.2f} s = "
              f"{1e6 * cpu / records:.1f} µs/record; HQ process CPU {1e6 * hq_cpu / records:.1f} µs/record; wall {wall:.2f} s = {records / wall:,.0f} records/s; "
              f"load average {os.getloadavg()[0]:.1f}")
        if profiled:
            stats = pstats.Stats(main_profile).add(sender_profile)
            if "--out" in sys.argv:
                stats.dump_stats(sys.argv[sys.argv.index("--out") + 1])
            stats.strip_dirs()
            stats.sort_stats("cumulative").print_stats(top)
            stats.sort_stats("tottime").print_stats(top)
        elif timeline is not None:
            timeline.print()
        elif idle is not None:
            idle.print(records)
        elif _instrumented:
            print(f"   HQ waited for the laptop between batches: {1e3 * gaps.idle:.0f} ms in all "
                  f"({1e6 * gaps.idle / records:.1f} µs/record, {gaps.batches} batches); of which "
                  f"{1e3 * gaps.late:.0f} ms before the laptop turned to the answer (still making the next batch)")
            print(f"   cyclic garbage collection: {1e6 * collections.cpu / records:.1f} µs/record "
                  f"({collections.runs} runs)")
            total = sum(stages.cpu.values())
            for name, seconds in sorted(stages.cpu.items(), key=lambda kv: -kv[1]):
                print(f"   {name:<30} {1e6 * seconds / records:7.1f} µs/record")
            print(f"   {'(stages, all threads)':<30} {1e6 * total / records:7.1f} µs/record; "
                  f"the rest of the process: {1e6 * (cpu - total) / records:.1f}")
    finally:
        hq.stop()
        db.dispose()
        store.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
