"""Statistics across 100 laptops × 2,000 inspections (~12.8 million records) on PostgreSQL: under 500 ms.

Uses the cached national-scale HQ of records_volume.py (built on first run, ~10 min). For four
filters (all of Thailand for two years, for one year, Tak for a year, Mae Sot for a quarter)
it prints each statistics query's time and the page total (the queries plus the tables, labels
and SVG charts the page shows), the median of 5 warm runs, against the 500 ms target and as a
ratio to a baseline measured in the same run: a plain COUNT(*) over hq_inspections. It also
prints how long the cached build took to COPY the records and to rebuild the projections.
"""

from __future__ import annotations

import statistics as stats_lib
import time
from datetime import date

from sqlalchemy import func, select

from inspector_app.hq.models import HQInspection
from inspector_app.hq.statistics import Filters, statistics
from inspector_app.hq.statistics_tables import tables

from . import records_volume
from ..hq.support import PostgresMissing

TARGET_S = 0.5
RUNS = 5
AS_OF = date(2026, 11, 1)
CASES = {
    "Thailand, 2 years": Filters(date(2024, 11, 1), date(2026, 11, 1), as_of=AS_OF),
    "Thailand, 1 year": Filters(date(2025, 11, 1), date(2026, 10, 31), as_of=AS_OF),
    "Tak (63), 1 year": Filters(date(2025, 11, 1), date(2026, 10, 31), as_of=AS_OF, province="63"),
    "Mae Sot (6306), 1 quarter": Filters(date(2026, 7, 1), date(2026, 9, 30), as_of=AS_OF, province="63",
                                         district="6306"),
}


def _median(values: list[float]) -> float:
    return stats_lib.median(values)


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
              f"{int(built['rows_hq_findings']):,} findings, {int(built['rows_hq_finding_sections']):,} finding "
              f"sections, {int(built['rows_hq_interviews']):,} interviews (cached in {records_volume.cache_dir()})")
        print(f"   monthly sums: {int(built['rows_hq_stat_inspections']):,} + {int(built['rows_hq_stat_sections']):,} + "
              f"{int(built['rows_hq_stat_indicators']):,} + {int(built['rows_hq_stat_referrals']):,} rows "
              "(inspections, sections, indicators, referrals)")
        print(f"   build (once): COPY of the records {built['copy_records_s']:.0f} s, "
              f"projections derived from the records {built['rebuild_projections_s']:.0f} s")
        db = vol.database()
        try:
            baseline_runs = []
            with db.read() as conn:
                for _ in range(RUNS + 1):
                    started = time.perf_counter()
                    conn.execute(select(func.count()).select_from(HQInspection)).scalar_one()
                    baseline_runs.append(time.perf_counter() - started)
            baseline = _median(baseline_runs[1:])
            print(f"   baseline: SELECT COUNT(*) FROM hq_inspections {baseline * 1000:.1f} ms")
            worst = 0.0
            for name, filters in CASES.items():
                per_query: dict[str, list[float]] = {}
                totals: list[float] = []
                for attempt in range(RUNS + 1):
                    with db.read() as conn:
                        started = time.perf_counter()
                        result = statistics(conn, filters)
                        tables(result, "th")
                        total = time.perf_counter() - started
                    if attempt == 0:
                        continue  # the first run warms the caches
                    totals.append(total)
                    for query, seconds in result.timings.items():
                        per_query.setdefault(query, []).append(seconds)
                page = _median(totals)
                worst = max(worst, page)
                verdict = "OK" if page < TARGET_S else "OVER TARGET"
                print(f"   {name}: {result.overview['inspections']:,} inspections, {result.overview['findings']:,} "
                      f"findings — page {page * 1000:.0f} ms ({page / baseline:.1f}× baseline) "
                      f"vs target {TARGET_S * 1000:.0f} ms: {verdict}")
                print("      " + ", ".join(f"{q} {_median(s) * 1000:.0f} ms" for q, s in per_query.items()))
            print(f"   slowest page {worst * 1000:.0f} ms = {worst / TARGET_S:.0%} of the 500 ms target")
        finally:
            db.dispose()
    finally:
        context.__exit__(None, None, None)
