"""Opening the inspections list on a 20,000-inspection database: first paint and filter keystrokes.

Baseline in the same run: one SQL query that reads every row the list shows.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")

INSPECTIONS = int(os.environ.get("BENCH_INSPECTIONS", "20000"))


def run() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from inspector_app.core import demo
    from inspector_app.core.services import setup
    from inspector_app.ui.context import ChangeHub, UiContext
    from inspector_app.ui.inspections_model import InspectionTableModel
    from inspector_app.ui.inspections_page import InspectionsPage
    from inspector_app.ui.operations import Operations
    from inspector_app.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = setup.create_store(Path(tmp) / "d", "bench", "benchmark passphrase")
        started = time.perf_counter()
        demo.generate(store, inspections=INSPECTIONS, seed=1)
        print(f"   demo-data: {INSPECTIONS} inspections in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        with store.session() as session:
            rows = session.execute(InspectionTableModel(store)._query()).all()
        baseline = time.perf_counter() - started
        print(f"   baseline: one query reading all {len(rows)} rows: {baseline * 1000:.0f} ms")

        ctx = UiContext(store, Operations(), Settings("bench", QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)),
                        ChangeHub())
        started = time.perf_counter()
        page = InspectionsPage(ctx)
        page.resize(1200, 760)
        page.show()
        app.processEvents()
        first_paint = time.perf_counter() - started
        print(f"   first paint: {first_paint * 1000:.0f} ms ({page.model.rowCount()} rows fetched so far), "
              f"ratio to baseline {first_paint / baseline:.2f}x")

        timings = []
        for text in ("ร", "รุ", "รุ่", "Mae", "Mae S", "63-"):
            started = time.perf_counter()
            page.search.setText(text)
            page.apply_filter()
            app.processEvents()
            timings.append(time.perf_counter() - started)
            print(f"   filter {text!r}: {timings[-1] * 1000:.0f} ms, {page.proxy.rowCount()} rows")
        print(f"   filter keystroke: median {statistics.median(timings[1:]) * 1000:.0f} ms after the first "
              f"(first {timings[0] * 1000:.0f} ms fetches the rest), ratio to baseline "
              f"{statistics.median(timings[1:]) / baseline:.2f}x")
        page.close()
        ctx.ops.wait()
        page.deleteLater()
        ctx.ops.deleteLater()
        app.processEvents()
        del page, ctx
        store.close()
