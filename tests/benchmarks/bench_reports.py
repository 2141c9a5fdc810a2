"""A ~30-page full inspection report with 40 evidence photos, against plain unshaped text.

Setup records one inspection through the services: 20 findings with two 5-megapixel
photos each, twelve interviews with Burmese, Khmer and Lao notes (one 3,000 characters
long) and a fully answered checklist. Then, in one process:

- first build: photos decrypted from the vault and downscaled (then cached in memory);
- rebuilds: photos from the cache (what the app does when the report is re-made);
- baseline: the same story with every shaped paragraph replaced by a plain ReportLab
  Paragraph (no shaping, no Thai line breaking) and no images.

The Thai dictionary and fonts are loaded by a warm-up build first, as the app does once.
"""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable, KeepTogether

from inspector_app.core.store import Store
from inspector_app.reports import build_report, data, full
from inspector_app.reports.common import BuildContext, JpegImage
from inspector_app.reports.fonts import canvas_maker, fallback_font
from inspector_app.reports.photos import PhotoCache
from inspector_app.reports.text import ShapedParagraph
from tests.reports.report_data import make_inspection

PHOTO_SIZE = (2592, 1944)  # 5 MP, a phone photo as the app stores it
REBUILDS = 5
LONG_NOTE = "ကျွန်တော်တို့ အလုပ်ရှင်က ပတ်စ်ပို့ကို သိမ်းထားပြီး လစာကို အချိန်မီ မပေးပါ။ "


def _plain(flowable: Flowable) -> Flowable:
    """The same flowable with shaped text made plain and images made empty space."""
    if isinstance(flowable, ShapedParagraph):
        style = ParagraphStyle("plain", fontName=fallback_font(), fontSize=flowable.style.size,
                               leading=flowable.style.size * 1.5)
        return Paragraph(escape(flowable.text).replace("\n", "<br/>"), style)
    if isinstance(flowable, JpegImage):
        return Spacer(flowable.width, flowable.height)
    if isinstance(flowable, Table):
        flowable._cellvalues = [  # noqa: SLF001 - rewriting cells in place keeps styles and spans
            [[_plain(f) for f in cell] if isinstance(cell, (list, tuple)) else
             (_plain(cell) if isinstance(cell, Flowable) else cell) for cell in row]
            for row in flowable._cellvalues  # noqa: SLF001
        ]
        return flowable
    if isinstance(flowable, KeepTogether):
        flowable._content = [_plain(f) for f in flowable._content]  # noqa: SLF001
        return flowable
    return flowable


def _baseline(store: Store, inspection_id: str) -> tuple[float, int]:
    bundle = data.full_source(store, inspection_id, generated_at=_now())
    ctx = BuildContext(load_attachment=store.vault.get, photo_cache=PhotoCache())
    story = [_plain(f) for f in full.build_story(bundle, ctx)]
    started = time.perf_counter()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    doc.build(story, canvasmaker=canvas_maker)
    return time.perf_counter() - started, doc.page


def _now() -> datetime:
    return datetime.now(UTC)


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory() as tmp, Store.create(Path(tmp) / "d", "bench", "benchmark passphrase") as store:
        started = time.perf_counter()
        made = make_inspection(store, findings_count=20, photos_per_finding=2, photo_size=PHOTO_SIZE,
                               languages=("my", "km", "lo") * 4,
                               long_note=(LONG_NOTE * 40)[:3000])
        print(f"   setup (services, {len(made.photo_hashes)} photos {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]}): "
              f"{time.perf_counter() - started:.1f} s")

        cache = PhotoCache()
        build_report(store, "employer", made.id, photo_cache=cache)  # loads the dictionary and fonts

        started, cpu = time.perf_counter(), time.process_time()
        first = build_report(store, "full", made.id, photo_cache=cache)
        first_time, first_cpu = time.perf_counter() - started, time.process_time() - cpu

        times, cpu_times = [], []
        for _ in range(REBUILDS):
            started, cpu = time.perf_counter(), time.process_time()
            result = build_report(store, "full", made.id, photo_cache=cache)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu)
        median = statistics.median(times)

        base_times = []
        base_pages = 0
        for _ in range(3):
            seconds, base_pages = _baseline(store, made.id)
            base_times.append(seconds)
        base = statistics.median(base_times)

    pages = result.pages
    print(f"   full report: {pages} pages, {len(made.photo_hashes)} photos, {len(result.pdf) / 1024:.0f} KB")
    print(f"   first build (decrypt + downscale photos): {first_time:.2f} s wall, {first_cpu:.2f} s CPU  "
          f"({first.pages / first_time:.1f} pages/s)")
    print(f"   rebuild, photos cached: median {median:.2f} s wall, best {min(times):.2f} s, "
          f"median {statistics.median(cpu_times):.2f} s CPU  ({pages / median:.1f} pages/s)")
    print(f"   baseline, plain unshaped text, no images: {base:.2f} s for {base_pages} pages  "
          f"({base_pages / base:.1f} pages/s)")
    print(f"   ratio report/baseline: {median / base:.2f}x")


if __name__ == "__main__":
    run()
