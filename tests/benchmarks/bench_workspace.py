"""The supervisors' workspace at national volume: every page's time with 100 laptops × 2,000 inspections on PostgreSQL.

Loads the volume with COPY (tests/benchmarks/hq_volume.py), serves HQ on loopback, signs in as an admin and
times each page (median and 95th percentile of BENCH_WORKSPACE_RUNS requests, round trip on loopback, which
bounds the server time), beside GET /api/v1/health timed the same way in the same run (the baseline: what any
request costs). The target is under 200 ms per page. BENCH_WORKSPACE_LAPTOPS / BENCH_WORKSPACE_INSPECTIONS
change the volume.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from inspector_app.hq import users
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.models import InspectionIndex

from ..hq.support import EVIDENCE_PASSPHRASE, HQServer, ensure_evidence_key, postgres_server, stop_postgres_server
from ..hq.web.client import ADMIN, sign_in
from .hq_volume import VolumeSpec, load

RUNS = int(os.environ.get("BENCH_WORKSPACE_RUNS", "15"))
TARGET_MS = 200


class ServerTiming:
    """Time from a request reaching the app to its last body byte leaving it: the server's own time."""

    def __init__(self, app: Any):
        self.app = app
        self.last_ms = 0.0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed(message: Any) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                self.last_ms = (time.perf_counter() - started) * 1000

        await self.app(scope, receive, timed)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]


def _time(client: httpx.Client, timing: ServerTiming, path: str) -> tuple[float, float, float, int]:
    client.get(path)  # warm (template compiled, plans cached)
    server, trip = [], []
    status = 0
    for _ in range(RUNS):
        started = time.perf_counter()
        answer = client.get(path)
        trip.append((time.perf_counter() - started) * 1000)
        server.append(timing.last_ms)
        status = answer.status_code
    return statistics.median(server), _p95(server), statistics.median(trip), status


def run() -> None:
    spec = VolumeSpec(laptops=int(os.environ.get("BENCH_WORKSPACE_LAPTOPS", "100")),
                      per_laptop=int(os.environ.get("BENCH_WORKSPACE_INSPECTIONS", "2000")))
    server = postgres_server()
    name = server.create_database()
    url = server.url(name)
    try:
        db = open_database(url)
        ensure_evidence_key(db)
        volume = load(db, spec)
        print(f"   loaded {volume.records:,} rows ({spec.laptops} laptops × {spec.per_laptop} inspections, "
              f"{volume.submitted:,} waiting for review) in {volume.seconds:.1f} s")
        users.create_user(db, ADMIN.username, ADMIN.name, ADMIN.password, role="admin")
        with db.read() as conn:
            district = conn.execute(select(InspectionIndex.district_code).where(
                InspectionIndex.province_code == "63").limit(1)).scalar()
        db.dispose()
        with tempfile.TemporaryDirectory(prefix="fi-bench-ws-") as folder:
            hq = HQServer(url, Path(folder) / "files")
            timing = ServerTiming(hq.app.router)
            hq.app.router = timing  # type: ignore[assignment] - innermost: pages, not the middleware stack
            hq.start()
            try:
                browser = sign_in(hq.url, ADMIN)
                client = browser.http
                full = volume.full_inspections[0]
                pages = [
                    ("review queue", "/review"),
                    ("queue: Tak province", "/review?province=63"),
                    (f"queue: district {district}", f"/review?province=63&district={district}"),
                    ("queue: S1 only", "/review?severity=S1"),
                    ("queue: longest waiting, page 40", "/review?sort=age&page=40"),
                    ("queue: approved", "/review?status=approved"),
                    ("inspection (sealed)", f"/inspections/{full}"),
                    ("laptops", "/admin/devices"),
                    ("enrolment codes", "/admin/enrolment-codes"),
                    ("users", "/admin/users"),
                    ("templates and reference data", "/admin/publish"),
                    ("sign-in log", "/admin/sign-ins"),
                    ("evidence", "/evidence"),
                ]
                base_median, base_p95, base_trip, _ = _time(client, timing, "/api/v1/health")
                print(f"   baseline GET /api/v1/health: server median {base_median:.1f} ms, p95 {base_p95:.1f} ms "
                      f"(round trip {base_trip:.1f} ms)")
                results = []
                for label, path in pages:
                    results.append((label, *_time(client, timing, path)))
                unlocked = browser.post("/evidence/unlock", {"passphrase": EVIDENCE_PASSPHRASE, "next": "/review"})
                assert unlocked.status_code == 303
                results.append(("inspection (testimony open)", *_time(client, timing, f"/inspections/{full}")))
                print(f"   {'page':<34} server median / p95 (target {TARGET_MS} ms), round trip, vs baseline")
                for label, median, p95, trip, status in results:
                    flag = "ok" if p95 < TARGET_MS and status == 200 else "SLOW" if status == 200 else f"HTTP {status}"
                    print(f"   {label:<34} {median:6.1f} / {p95:6.1f} ms   {trip:6.1f} ms   "
                          f"{median / max(base_median, 0.01):6.1f}×   {flag}")
                started = time.perf_counter()
                report = client.get(f"/inspections/{full}/report.pdf")
                print(f"   full report PDF built at HQ (testimony open): {(time.perf_counter() - started) * 1000:.0f} ms, "
                      f"{len(report.content) // 1024} KiB")
                browser.close()
            finally:
                hq.stop()
    finally:
        server.drop_database(name)
        stop_postgres_server()
