"""A flood of bad supervisor logins against a real `inspector-hq serve` while a laptop syncs.

Waves of 200 concurrent wrong-password logins (known and unknown names, from 40 loopback
addresses, so the per-address throttle alone cannot stop them) run for as long as a laptop
does 40 sync rounds (push a small batch + pull). Prints the laptop's sync time (median, p95)
without and during the flood and their ratio, HQ's resident memory before and at its peak,
and how the flood was answered. Targets: p95 under 1 s during the flood, RSS under +200 MB.
Runs on SQLite, and on PostgreSQL when its server binaries are there.
"""

from __future__ import annotations

import asyncio
import base64
import statistics
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from inspector_app.hq import devices, users
from inspector_app.hq.bootstrap import open_database
from inspector_app.sync.client import HQClient
from inspector_app.sync.protocol import EnrolRequest, Op, PushBatch

from ..hq.support import HQProcess, PostgresMissing, PostgresServer, find_pg_bin, free_port

ROUNDS = 40
FLOOD_CONCURRENCY = 200
ADDRESSES = 40
RSS_TARGET_MB = 200
P95_TARGET_S = 1.0
MIN_FLOOD_SECONDS = 20  # the laptop keeps syncing at least this long into the flood


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class _Laptop:
    def __init__(self, url: str, db_url: str):
        db = open_database(db_url)
        code, _ = devices.new_enrol_code(db)
        users.create_user(db, "ploy", "Ploy S.", "correct horse 2569")
        db.dispose()
        key = Ed25519PrivateKey.generate()
        public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
        self.local_id = str(uuid.uuid4())
        with HQClient(url) as anonymous:
            enrolled = anonymous.enrol(EnrolRequest(code=code, local_device_id=self.local_id,
                                                    device_name="bench laptop", public_key=public))
        self.device_id = enrolled.device_id
        self.client = HQClient(url, enrolled.token)
        self.seq = 0
        self.cursor = 0

    def sync_round(self) -> float:
        """Push five new findings, then pull: what one small sync at a district office does."""
        ops = []
        for _ in range(5):
            self.seq += 1
            record = f"f-{self.local_id[:8]}-{self.seq}"
            ops.append(Op(op_id=f"{self.local_id}:{self.seq}", entity="findings", id=record, action="create",
                          base_rev=0, rev=1, hlc=f"{1_700_000_000_000 + self.seq:013d}-00000-abc",
                          fields={"id": record, "rev": 1, "description": "ค่าจ้างต่ำกว่าขั้นต่ำ"}))
        started = time.perf_counter()
        answer = self.client.push(PushBatch(batch_id=f"batch-{uuid.uuid4()}", device_id=self.device_id, ops=ops))
        page = self.client.pull(self.cursor)
        elapsed = time.perf_counter() - started
        assert all(r.status == "applied" for r in answer.results)
        self.cursor = page.cursor
        return elapsed


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


class _Flood:
    """Waves of concurrent bad logins until stopped, on a thread with its own event loop."""

    def __init__(self, url: str):
        self.url = url
        self.answers: Counter[int | str] = Counter()
        self.sent = 0
        self._stop = threading.Event()
        self.first_wave_done = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)

    async def _attempt(self, client: httpx.AsyncClient, n: int) -> None:
        name = "ploy" if n % 4 == 0 else f"guess{n % 997}"
        try:
            response = await client.post(f"{self.url}/api/v1/login",
                                         json={"username": name, "password": f"wrong-{n}"}, timeout=60)
            self.answers[response.status_code] += 1
        except httpx.HTTPError as exc:
            self.answers[type(exc).__name__] += 1

    async def _run(self) -> None:
        clients = [httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(local_address=f"127.0.{1 + i // 250}."
                                                                                   f"{1 + i % 250}"),
                                     limits=httpx.Limits(max_connections=FLOOD_CONCURRENCY))
                   for i in range(ADDRESSES)]
        deadline = time.monotonic() + 300  # bounded whatever happens
        try:
            while not self._stop.is_set() and time.monotonic() < deadline:
                wave = [self._attempt(clients[n % ADDRESSES], self.sent + n) for n in range(FLOOD_CONCURRENCY)]
                self.sent += FLOOD_CONCURRENCY
                await asyncio.gather(*wave)
                self.first_wave_done.set()
        finally:
            for client in clients:
                await client.aclose()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=120)


def _one_backend(label: str, db_url: str, folder: Path) -> None:
    port = free_port()
    hq = HQProcess(db_url, folder / "files", port).start()
    try:
        assert hq.proc is not None
        laptop = _Laptop(hq.url, db_url)
        for _ in range(5):
            laptop.sync_round()  # warm up
        quiet = [laptop.sync_round() for _ in range(ROUNDS)]
        rss_before = _rss_mb(hq.proc.pid)
        peak = [rss_before]
        sampling = threading.Event()

        def sample() -> None:
            while not sampling.is_set():
                peak.append(_rss_mb(hq.proc.pid))  # type: ignore[union-attr]
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        flood = _Flood(hq.url)
        started = time.perf_counter()
        sampler.start()
        flood.start()
        flood.first_wave_done.wait(timeout=120)  # measure once HQ is already under the flood
        during = []
        while len(during) < ROUNDS or time.perf_counter() - started < MIN_FLOOD_SECONDS:
            during.append(laptop.sync_round())
        flood.stop()
        sampling.set()
        sampler.join()
        elapsed = time.perf_counter() - started
        laptop.client.close()
        assert flood.sent, "the flood never started"
        grown = max(peak) - rss_before
        print(f"   {label:<10} sync without flood: median {statistics.median(quiet) * 1000:.0f} ms, "
              f"p95 {_p95(quiet) * 1000:.0f} ms")
        print(f"   {label:<10} sync during flood ({len(during)} rounds):  median {statistics.median(during) * 1000:.0f} ms, "
              f"p95 {_p95(during) * 1000:.0f} ms; p95 ratio flood/quiet {_p95(during) / _p95(quiet):.1f}x "
              f"(target p95 < {P95_TARGET_S:.0f} s: {'met' if _p95(during) < P95_TARGET_S else 'MISSED'})")
        print(f"   {label:<10} HQ RSS {rss_before:.0f} MB before, {max(peak):.0f} MB at peak: +{grown:.0f} MB "
              f"(target < +{RSS_TARGET_MB} MB: {'met' if grown < RSS_TARGET_MB else 'MISSED'})")
        answers = ", ".join(f"{count} x {status}" for status, count in sorted(flood.answers.items(), key=str))
        print(f"   {label:<10} flood: {flood.sent} bad logins in {elapsed:.1f} s from {ADDRESSES} addresses, "
              f"{FLOOD_CONCURRENCY} at a time; answers: {answers}")
    finally:
        hq.stop()


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "sqlite").mkdir()
        _one_backend("SQLite", str(folder / "sqlite" / "hq.db"), folder / "sqlite")
        try:
            server = PostgresServer(find_pg_bin()).start()
        except PostgresMissing as exc:
            print(f"   PostgreSQL: not measured ({exc})")
            return
        try:
            (folder / "pg").mkdir()
            _one_backend("PostgreSQL", server.url(server.create_database()), folder / "pg")
        finally:
            server.stop()


