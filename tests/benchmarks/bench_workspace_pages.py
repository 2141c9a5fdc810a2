"""Every workspace page's server time at 100 laptops × 2,000 inspections on PostgreSQL: under 200 ms, statistics under 500 ms.

Runs on the cached national-scale HQ of records_volume.py (12.5 million records written as laptops
push them, projections and the queue's index derived by HQ's own code). Serves HQ on loopback, signs
in as an admin and times each page from the request reaching the app to its last byte leaving it
(median and 95th percentile of RUNS requests after one warm-up), beside GET /api/v1/health timed the
same way in the same run (the baseline: what any request costs). The statistics page is timed for
four filters (the whole country for two years down to one district for a quarter), with a CSV and
the province summary PDF, which have no target of their own.
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
from inspector_app.hq.models import InspectionIndex

from ..hq.support import HQServer, PostgresMissing
from ..hq.web.client import ADMIN, sign_in
from . import records_volume

RUNS = int(os.environ.get("BENCH_WORKSPACE_RUNS", "11"))
PAGE_TARGET_MS = 200.0
STATISTICS_TARGET_MS = 500.0
PERIOD_2Y = "from=2024-11-01&to=2026-11-01&as_of=2026-11-01"
PERIOD_1Y = "from=2025-11-01&to=2026-10-31&as_of=2026-11-01"


class ServerTiming:
    """ASGI wrapper around the app's router: the time from a request reaching the pages to their last byte."""

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
    return ordered[max(0, round(len(ordered) * 0.95) - 1)]


def _time(client: httpx.Client, timing: ServerTiming, path: str, runs: int = RUNS) -> tuple[float, float, int, int]:
    """Median and p95 server time, the last status and body size."""
    client.get(path)  # warm: templates compiled, plans and pages cached
    samples: list[float] = []
    answer = None
    for _ in range(runs):
        answer = client.get(path)
        samples.append(timing.last_ms)
    assert answer is not None
    return statistics.median(samples), _p95(samples), answer.status_code, len(answer.content)


def _ensure_admin(db: Any) -> None:
    if not users.user_exists(db, ADMIN.username):
        users.create_user(db, ADMIN.username, ADMIN.name, ADMIN.password, role="admin")


def _pages(db: Any) -> tuple[list[tuple[str, str, float]], list[tuple[str, str]]]:
    with db.read() as conn:
        inspection = conn.execute(select(InspectionIndex.inspection_id)
                                  .where(InspectionIndex.province_code == "63", InspectionIndex.worst_severity == 1)
                                  .order_by(InspectionIndex.inspection_id).limit(1)).scalar_one()
    page, stats = PAGE_TARGET_MS, STATISTICS_TARGET_MS
    timed = [
        ("review queue", "/review", page),
        ("queue: Tak province", "/review?province=63", page),
        ("queue: Mae Sot district", "/review?province=63&district=6306", page),
        ("queue: S1 only", "/review?severity=S1", page),
        ("queue: longest waiting, page 40", "/review?sort=age&page=40", page),
        ("inspection (testimony sealed)", f"/inspections/{inspection}", page),
        ("follow-ups: due within 30 days", "/follow-ups", page),
        ("follow-ups: Tak, page 40", "/follow-ups?province=63&page=40", page),
        ("follow-ups: S1 overdue", "/follow-ups?window=overdue&severity=S1", page),
        ("follow-ups: planned visits, Mae Sot", "/follow-ups?kind=visits&province=63&district=6306", page),
        ("evidence", "/evidence", page),
        ("laptops", "/admin/devices", page),
        ("enrolment codes", "/admin/enrolment-codes", page),
        ("users", "/admin/users", page),
        ("templates and reference data", "/admin/publish", page),
        ("sign-in log", "/admin/sign-ins", page),
        ("statistics: this month (default)", "/statistics", stats),
        ("statistics: Thailand, 2 years", f"/statistics?{PERIOD_2Y}", stats),
        ("statistics: Thailand, 1 year", f"/statistics?{PERIOD_1Y}", stats),
        ("statistics: Tak, 1 year", f"/statistics?{PERIOD_1Y}&province=63", stats),
        ("statistics: Mae Sot, 1 quarter",
         "/statistics?from=2026-07-01&to=2026-09-30&as_of=2026-11-01&province=63&district=6306", stats),
    ]
    downloads = [
        ("CSV: Tak, 1 year, findings by legal section", f"/statistics/by_section.csv?{PERIOD_1Y}&province=63"),
        ("summary PDF: Tak, 1 year", f"/statistics/summary.pdf?{PERIOD_1Y}&province=63"),
        ("CSV: follow-ups due, Mae Sot", "/follow-ups.csv?province=63&district=6306"),
    ]
    return timed, downloads


def run() -> None:
    try:
        context = records_volume.volume()
        vol = context.__enter__()
    except PostgresMissing as exc:
        print(f"   skipped: {exc}")
        return
    try:
        built = vol.build_seconds
        print(f"   data: {int(built['records']):,} records, {int(built['rows_hq_inspections']):,} inspections, "
              f"{int(built['rows_inspection_index']):,} in the queue's index (cached in {records_volume.cache_dir()})")
        with tempfile.TemporaryDirectory(prefix="fi-bench-pages-") as folder:
            hq = HQServer(vol.url, Path(folder) / "files")
            _ensure_admin(hq.db)
            timed, downloads = _pages(hq.db)
            timing = ServerTiming(hq.app.router)
            hq.app.router = timing  # type: ignore[assignment] - innermost: the pages, without the middleware stack
            hq.start()
            try:
                browser = sign_in(hq.url, ADMIN)
                client = browser.http
                base_median, base_p95, _, _ = _time(client, timing, "/api/v1/health")
                print(f"   baseline GET /api/v1/health: server median {base_median:.1f} ms, p95 {base_p95:.1f} ms")
                print(f"   {'page':<40} median / p95 server ms   × baseline   target")
                over = []
                for label, path, target in timed:
                    median, p95, status, _size = _time(client, timing, path)
                    verdict = ("ok" if p95 < target else "OVER") if status == 200 else f"HTTP {status}"
                    if verdict != "ok":
                        over.append(label)
                    print(f"   {label:<40} {median:7.1f} / {p95:7.1f}        {median / max(base_median, 0.01):7.0f}×   "
                          f"{target:.0f} ms {verdict}")
                for label, path in downloads:
                    median, p95, status, size = _time(client, timing, path, runs=3)
                    print(f"   {label:<40} {median:7.1f} / {p95:7.1f}        {median / max(base_median, 0.01):7.0f}×   "
                          f"(no target) HTTP {status}, {size // 1024} KiB")
                print("   every page within its target" if not over else f"   OVER TARGET: {', '.join(over)}")
                browser.close()
            finally:
                hq.stop()
    finally:
        context.__exit__(None, None, None)
