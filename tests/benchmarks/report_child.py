"""One report build in a fresh process, for bench_reports: prints its timings as JSON.

    python -m tests.benchmarks.report_child DATA_DIR INSPECTION_ID warm|first

"warm" loads fonts and the Thai dictionary with an employer notice first (as the app has by the
time an inspector makes a report), then times the full report; "first" times the full report as
the process's first work. The passphrase comes from INSPECTOR_PASSPHRASE.
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.perf_counter()


def main() -> None:
    data_dir, inspection_id, mode = sys.argv[1:4]
    from inspector_app.core.store import Store
    from inspector_app.reports import build_report
    from inspector_app.reports.photos import PhotoCache

    timings: dict[str, float] = {}
    with Store.open(data_dir, os.environ["INSPECTOR_PASSPHRASE"]) as store:
        timings["imports"] = time.perf_counter() - STARTED
        cache = PhotoCache()
        if mode == "warm":
            build_report(store, "employer", inspection_id, photo_cache=cache)
        started, cpu = time.perf_counter(), time.process_time()
        result = build_report(store, "full", inspection_id, photo_cache=cache)
        timings["full"] = time.perf_counter() - started
        timings["full_cpu"] = time.process_time() - cpu
        timings["pages"] = result.pages
    print(json.dumps(timings))


if __name__ == "__main__":
    main()
