"""The inspections list at 20,000 inspections: first paint and every filter keystroke, the first included.

The real Inspections page (its model, loader and read pool) on the cached demo store (see
stores.py), offscreen, after what the app loads while its unlock window waits:

- first paint: page built -> its table painted with the first page of rows (read off the GUI
  thread); target 100 ms;
- the search index (every inspection read once for searching as one types, off the GUI thread
  after the first paint): how long it takes, and that the keystrokes below start after it, as a
  person's first keystroke does (they come hundreds of milliseconds after the list shows);
- each keystroke: the filter applied (after the search box's 120 ms debounce) -> the table
  painted with the first page of its rows; target 30 ms, each one, the first included. The words
  are what an inspector types, letter by letter in Thai, and a word no row holds (a full pass).

Baseline in the same run: one plain query reading every row the list can show (inspections
joined with their establishments, in storage order): the floor of any search that reads the
database. BENCH_LIST_INSPECTIONS sets the size (default 20,000); 200000 runs the large variant on
a list-only store (inspections and establishments, no answers: made once, a few minutes).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

INSPECTIONS = int(os.environ.get("BENCH_LIST_INSPECTIONS", "20000"))
FIRST_PAINT_TARGET = 0.100
KEYSTROKE_TARGET = 0.030
KEYSTROKES = ("ร", "รุ", "รุ่", "รุ่ง", "M", "Ma", "Mae", "Mae S", "6", "63", "63-", "zq", "zqx")


def _store_dir() -> Path:
    from . import stores

    return stores.demo_store(INSPECTIONS, pending=0) if INSPECTIONS <= 20_000 else stores.list_store(INSPECTIONS)


def _baseline(store: object) -> float:
    started = time.perf_counter()
    with store.session() as session:  # type: ignore[attr-defined]
        rows = session.connection().exec_driver_sql(
            "SELECT i.id, i.reference, i.revision, e.name_th, e.name_en, e.province_code, e.district_code, "
            "i.visit_date, i.visit_type, i.status FROM inspections i JOIN establishments e "
            "ON e.id = i.establishment_id").fetchall()
    seconds = time.perf_counter() - started
    assert len(rows) == INSPECTIONS, len(rows)
    return seconds


def run() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inspector_app.core.services import setup
    from inspector_app.ui.after_paint import AfterFirstPaint
    from inspector_app.ui.context import ChangeHub, UiContext
    from inspector_app.ui.inspections_page import InspectionsPage
    from inspector_app.ui.operations import Operations
    from inspector_app.ui.settings import Settings

    from . import stores

    from inspector_app.ui.app import preload_main_window_modules

    data_dir = _store_dir()
    app = QApplication.instance() or QApplication([])
    preload_main_window_modules()  # as the app does while its unlock window waits for the passphrase
    store = setup.open_store(data_dir, stores.PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        baseline = statistics.median(_baseline(store) for _ in range(3))
        print(f"   {INSPECTIONS:,} inspections; baseline: one query reading every row the list can show: "
              f"{baseline * 1000:.0f} ms")
        ctx = UiContext(store, Operations(), Settings("bench", QSettings(str(Path(tmp) / "s.ini"),
                                                                         QSettings.Format.IniFormat)), ChangeHub())
        painted: list[float] = []

        def wait_for_paint(page: InspectionsPage, started: float, limit: float = 60.0) -> float:
            """Run the event loop until the table has painted rows that arrived after `started`."""
            painted.clear()
            hook: list[AfterFirstPaint] = []

            def arrived() -> None:
                page.table.viewport().update()
                hook.append(AfterFirstPaint(page.table.viewport(), lambda: painted.append(time.perf_counter())))

            page.model.firstPageLoaded.connect(arrived)
            try:
                while not painted:
                    app.processEvents()
                    if time.perf_counter() - started > limit:
                        raise RuntimeError("the list did not paint")
                    time.sleep(0.0005)
            finally:
                page.model.firstPageLoaded.disconnect(arrived)
            return painted[0] - started

        started, cpu = time.perf_counter(), time.process_time()
        page = InspectionsPage(ctx)
        page.resize(1366, 768)
        page.show()
        first_paint = wait_for_paint(page, started)
        first_cpu = time.process_time() - cpu
        print(f"   first paint: {first_paint * 1000:.0f} ms ({first_cpu * 1000:.0f} ms CPU, all threads) with "
              f"{page.model.rowCount()} rows "
              f"({first_paint / baseline:.2f}x the baseline; target {FIRST_PAINT_TARGET * 1000:.0f} ms: "
              f"{'met' if first_paint <= FIRST_PAINT_TARGET else 'NOT met'})")
        while not page.search_ready:
            app.processEvents()
            time.sleep(0.001)
        print(f"   search index ready {(time.perf_counter() - started):.2f} s after the page was built")

        timings, cpus = [], []
        for text in KEYSTROKES:
            page.search.blockSignals(True)  # the debounce timer is skipped: the filter is applied here at once
            page.search.setText(text)
            page.search.blockSignals(False)
            started, cpu = time.perf_counter(), time.process_time()
            page.apply_filter()
            timings.append(wait_for_paint(page, started))
            cpus.append(time.process_time() - cpu)
            print(f"   keystroke {text!r}: {timings[-1] * 1000:.1f} ms ({cpus[-1] * 1000:.1f} ms CPU), "
                  f"{page.proxy.rowCount()} rows shown")
        worst = max(timings)
        print(f"   keystrokes: first {timings[0] * 1000:.1f} ms, median {statistics.median(timings) * 1000:.1f} ms, "
              f"slowest {worst * 1000:.1f} ms ({worst / baseline:.2f}x the baseline; CPU slowest "
              f"{max(cpus) * 1000:.1f} ms); target every one <= {KEYSTROKE_TARGET * 1000:.0f} ms: "
              f"{'met' if worst <= KEYSTROKE_TARGET else 'NOT met'}")
        page.close()
        ctx.ops.wait()
        page.deleteLater()
        app.processEvents()
        del page, ctx
    store.close()


if __name__ == "__main__":
    run()
