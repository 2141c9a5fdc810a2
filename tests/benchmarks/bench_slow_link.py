"""A day's work for one inspector (10 inspections, 200 photos) synced over a 256 kbit/s link with 300 ms round trips.

The link is `shaping_proxy.ShapingProxy` on loopback in front of a real `inspector-hq serve` (SQLite): one
token bucket per direction shared by every connection, 150 ms each way, one round trip per new connection.
Prints the payload bytes the proxy carried each way, the link's time for them (the busier direction's bytes
at the link's rate: what a sync that kept the line busy and never waited would take), the round's actual
time and their ratio against the issue's 1.2x. The baseline measured in the same run is one plain stream of
bytes through the same proxy (its time against the same formula shows what the proxy itself adds under the
machine's load).

Photos are incompressible bytes of `BENCH_SLOW_PHOTO_KB` (default 32 KB). A phone photo kept at 2,048 px is
ten times that; small photos make the ratio harder to meet (a round trip weighs more against fewer bytes)
and keep the run to a few minutes. `BENCH_SLOW_PHOTOS`, `BENCH_SLOW_KBIT`, `BENCH_SLOW_RTT_MS` change the rest.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection
from inspector_app.core.services import attachments, setup
from inspector_app.core.store import Store
from inspector_app.hq import devices
from inspector_app.hq.bootstrap import open_database
from inspector_app.i18n.english import count_noun
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.support import HQProcess, free_socket
from .bench_sync import _cpu_seconds
from .shaping_proxy import LOOPBACK, ShapingProxy

INSPECTIONS = 10
PHOTOS = int(os.environ.get("BENCH_SLOW_PHOTOS", "200"))
PHOTO_BYTES = int(os.environ.get("BENCH_SLOW_PHOTO_KB", "32")) * 1024
RATE = int(os.environ.get("BENCH_SLOW_KBIT", "256")) * 1000 / 8  # bytes/s
RTT = int(os.environ.get("BENCH_SLOW_RTT_MS", "300")) / 1000
TARGET = 1.2


def _day_of_work(folder: Path) -> Store:
    store = setup.create_store(folder, "bench", "benchmark passphrase")
    demo.generate(store, inspections=INSPECTIONS, seed=2570)
    with store.session() as s:
        open_ids = list(s.scalars(select(Inspection.id).where(Inspection.status != "approved")
                                  .order_by(Inspection.reference)))
    rng = random.Random(13)
    for n in range(PHOTOS):
        photo = b"\xff\xd8\xff\xe0" + rng.randbytes(PHOTO_BYTES - 4)  # a JPEG's bytes are as random as these
        attachments.add_attachment(store, open_ids[n % len(open_ids)], photo, mime="image/jpeg",
                                   caption=f"photo {n + 1}")
    return store


def _plain_stream(size: int) -> tuple[float, float]:
    """Send `size` bytes through a fresh proxy to a sink that answers one byte at the end: (link time, actual)."""
    sink = socket.create_server((LOOPBACK, 0))
    port = sink.getsockname()[1]

    def drain() -> None:
        conn, _ = sink.accept()
        with conn:
            left = size
            while left > 0:
                got = conn.recv(65536)
                if not got:
                    return
                left -= len(got)
            conn.sendall(b"k")

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    with ShapingProxy(LOOPBACK, port, rate=RATE, rtt=RTT) as proxy:
        started = time.perf_counter()
        with socket.create_connection((LOOPBACK, proxy.port)) as conn:
            conn.sendall(random.Random(1).randbytes(size))
            conn.recv(1)
        actual = time.perf_counter() - started
        link = max(proxy.up.bytes, proxy.down.bytes) / RATE
    thread.join(10)
    sink.close()
    return link, actual


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        _day_of_work(folder / "laptop").close()
        print(f"   a day's work: {INSPECTIONS} inspections, {PHOTOS} photos of {PHOTO_BYTES // 1024} KB, made in "
              f"{time.perf_counter() - started:.1f} s; link {RATE * 8 / 1000:.0f} kbit/s each way, "
              f"{RTT * 1000:.0f} ms round trip")
        link, actual = _plain_stream(int(RATE * 8))
        print(f"   baseline: one plain stream of {RATE * 8 / 1024:.0f} KB through the proxy: link time {link:.2f} s, "
              f"actual {actual:.2f} s, ratio {actual / link:.2f} (one round trip of handshake, one of latency and "
              f"the proxy's own delays at load {os.getloadavg()[0]:.1f})")
        base_up = None
        for label, streams in (("one file at a time (as before)", 1), ("default engine", None)):
            base_up = _sync_through_proxy(folder / label.split()[0], store_template=folder / "laptop",
                                          label=label, streams=streams, base=base_up)


def _sync_through_proxy(folder: Path, *, store_template: Path, label: str, streams: int | None,
                        base: float | None) -> float:
    """One sync round of a copy of the day's work to a fresh HQ through a fresh proxy; its ratio."""
    shutil.copytree(store_template, folder / "laptop")
    store = setup.open_store(folder / "laptop", "benchmark passphrase")
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    hq = HQProcess(str(folder / "hq.db"), folder / "hq-files", port).start()
    db = open_database(str(folder / "hq.db"))
    try:
        enrol(store, hq.url, devices.new_enrol_code(db)[0])
        with ShapingProxy(LOOPBACK, port, rate=RATE, rtt=RTT) as proxy:
            options = {} if streams is None else {"upload_streams": streams}
            engine = SyncEngine.for_store(store, hq_url=proxy.url, **options)
            assert hq.proc is not None
            hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid), time.process_time()
            started = time.perf_counter()
            report = engine.sync_round()
            actual = time.perf_counter() - started
            hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid) - hq_cpu, time.process_time() - laptop_cpu
            requests = engine.client.requests
            engine.close()
        assert report.ok, report.error
        up, down = proxy.up.bytes, proxy.down.bytes
        link = max(up, down) / RATE
        ratio = actual / link
        changes = report.applied + report.duplicates + report.conflicts
        print(f"   {label}: {changes} changes, {report.files_uploaded} files, {requests} requests over "
              f"{count_noun(proxy.connections, 'connection')}; {up / 1024:,.0f} KB up, {down / 1024:,.0f} KB down")
        print(f"      link time for those bytes {link:.1f} s; actual {actual:.1f} s; ratio {ratio:.2f} "
              f"(target <= {TARGET}: {'met' if ratio <= TARGET else 'NOT met'})"
              + (f"; {base / ratio:.2f}x faster than one file at a time" if base else "")
              + f"; both directions' bytes in turn would take {(up + down) / RATE:.1f} s")
        print(f"      CPU time in the round: laptop process {laptop_cpu:.2f} s (proxy included), HQ process "
              f"{hq_cpu:.2f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        return ratio
    finally:
        hq.stop()
        db.dispose()
        store.close()
