"""Faults between laptop and HQ. After retries: every op exactly once at HQ, nothing lost,
attachments byte-identical. Each case runs against SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import random
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.core import demo
from inspector_app.core.models import Inspection, OutboxOp
from inspector_app.core.services import attachments
from inspector_app.core.store import Store
from inspector_app.hq import devices
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.models import Batch, OpLog
from inspector_app.hq.storage import LocalDirectoryStorage
from inspector_app.sync.client import HQClient
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.support import HQProcess, HQServer, free_port
from .faults import CuttingProxy, FaultTransport
from .records import counts, hq_records, laptop_records, made_op_ids, record_hashes

FAST = {"backoff": 0.01, "max_backoff": 0.05, "attempts": 4}
CRASHING_HQ = Path(__file__).with_name("crashing_hq.py")


def _laptop_ops(store: Store) -> int:
    return len(made_op_ids(store))


def _assert_exactly_once(store: Store, db: HQDatabase) -> None:
    op_ids = made_op_ids(store)
    with store.session() as s:  # HQ acknowledged everything, so the outbox is empty
        assert not s.scalar(select(func.count()).select_from(OutboxOp))
    with db.read() as conn:
        at_hq = list(conn.scalars(select(OpLog.op_id)))
    assert len(at_hq) == len(set(at_hq)) and set(at_hq) == op_ids
    laptop, master = laptop_records(store), hq_records(db)
    assert counts(master) == counts(laptop) and record_hashes(master) == record_hashes(laptop)


def _engine(store: Store, url: str, transport: object = None, **options: object) -> SyncEngine:
    from inspector_app.core.models import Device

    with store.session() as s:
        token = s.get(Device, store.device_id).token
    return SyncEngine(store, HQClient(url, token, transport=transport), **{**FAST, **options})  # type: ignore[arg-type]


@pytest.mark.parametrize("fault", ["lose_response", "duplicate"])
def test_a_lost_answer_or_a_duplicated_request_applies_nothing_twice(enrolled: Store, hq: HQServer,
                                                                    fault: str) -> None:
    demo.generate(enrolled, inspections=10, seed=21)
    transport = FaultTransport()
    transport.add(fault, "POST", "/push", times=2)  # the first two batches
    engine = _engine(enrolled, hq.url, transport, batch_ops=100)
    report = engine.sync_round()
    assert report.ok, report
    assert sum(1 for entry in transport.log if entry[2] == fault) == 2
    _assert_exactly_once(enrolled, hq.db)
    with hq.db.read() as conn:
        batches = conn.scalar(select(func.count()).select_from(Batch))
    assert batches == -(-_laptop_ops(enrolled) // 100)  # a replayed batch id is answered, not stored again
    engine.close()


def test_hq_busy_and_refused_connections_are_retried_with_backoff(enrolled: Store, hq: HQServer) -> None:
    demo.generate(enrolled, inspections=3, seed=2)
    transport = FaultTransport()
    transport.add("refuse", "GET", "/health", times=2)
    transport.add("busy", "POST", "/push", times=2)
    transport.add("busy", "GET", "/pull", times=1)
    engine = _engine(enrolled, hq.url, transport)
    assert engine.sync_round().ok
    _assert_exactly_once(enrolled, hq.db)
    # When HQ stays away the round gives up with a clear message and keeps everything pending.
    transport.add("refuse", "GET", "/health", times=10)
    report = engine.sync_round()
    assert not report.ok and "Cannot reach HQ" in (report.error or "")
    engine.close()


def test_a_cut_connection_mid_attachment_resumes_from_hq_offset(enrolled: Store, hq: HQServer) -> None:
    demo.generate(enrolled, inspections=2, seed=4)
    with enrolled.session() as s:
        draft = s.scalars(select(Inspection.id).where(Inspection.status == "draft")).first() or s.scalars(
            select(Inspection.id).where(Inspection.status != "approved")).first()
    photo = random.Random(9).randbytes(2_500_000)
    attachments.add_attachment(enrolled, draft, photo, mime="image/jpeg", caption="ห้องพักคนงาน")
    sha = hashlib.sha256(photo).hexdigest()
    chunk = 256 * 1024
    proxy = CuttingProxy(hq.port)
    proxy.cut_after(1_300_000)  # somewhere in the sixth chunk
    chunk_puts = FaultTransport()
    engine = _engine(enrolled, proxy.url, chunk_puts, chunk_bytes=chunk)
    report = engine.sync_round()
    proxy.stop()
    assert report.ok, report
    assert proxy.cuts == 1
    assert hq.storage.read(sha) == photo
    puts = [e for e in chunk_puts.log if e[0] == "PUT" and e[2] == 200]
    assert len(puts) == -(-len(photo) // chunk)  # every chunk stored once
    assert report.bytes_uploaded <= len(photo) + chunk  # at most the chunk in flight went twice
    _assert_exactly_once(enrolled, hq.db)
    engine.close()


class _CountingTransport(FaultTransport):
    """A FaultTransport that also notes how many file chunks were on their way at once."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._in_flight = 0
        self.most_in_flight = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        chunk = request.method == "PUT"
        if chunk:
            with self._lock:
                self._in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self._in_flight)
        try:
            return super().handle_request(request)
        finally:
            if chunk:
                with self._lock:
                    self._in_flight -= 1


def test_photos_go_several_at_once_and_one_that_fails_loses_nothing(enrolled: Store, hq: HQServer) -> None:
    """Photos upload several at a time (a slow line stays busy); when one cannot get through, the round says
    HQ cannot be reached, and the next round sends what is missing: HQ then holds every photo whole."""
    demo.generate(enrolled, inspections=1, seed=5)
    with enrolled.session() as s:
        target = s.scalars(select(Inspection.id).where(Inspection.status != "approved")).first()
    rng = random.Random(13)
    photos = [rng.randbytes(40_000 + 997 * n) for n in range(6)]
    for photo in photos:
        attachments.add_attachment(enrolled, target, photo, mime="image/jpeg")
    stuck = hashlib.sha256(photos[3]).hexdigest()
    transport = _CountingTransport()
    transport.add("refuse", "PUT", stuck, times=100)  # this one never gets through this round
    engine = _engine(enrolled, hq.url, transport, chunk_bytes=16 * 1024, attempts=2)
    first = engine.sync_round()
    assert not first.ok and "Cannot reach HQ" in (first.error or "")
    assert transport.most_in_flight > 1
    transport.faults.clear()
    second = engine.sync_round()
    assert second.ok, second.error
    for photo in photos:
        assert hq.storage.read(hashlib.sha256(photo).hexdigest()) == photo
    _assert_exactly_once(enrolled, hq.db)
    engine.close()


@pytest.mark.parametrize("mode", ["mid-batch", "after-commit"])
def test_hq_killed_during_a_batch_and_restarted(store: Store, hq_db_url: str, tmp_path: Path, mode: str) -> None:
    files = tmp_path / "hq-files"
    port = free_port()
    crashing = HQProcess(hq_db_url, files, port, script=CRASHING_HQ, script_args=[mode, "3"]).start()
    db = HQDatabase(hq_db_url)
    try:
        code, _ = devices.new_enrol_code(db)
        enrol(store, crashing.url, code)
        demo.generate(store, inspections=8, seed=33)
        photo = random.Random(1).randbytes(300_000)
        with store.session() as s:
            target = s.scalars(select(Inspection.id).where(Inspection.status == "draft")).first()
        attachments.add_attachment(store, target, photo, mime="image/jpeg")
        engine = _engine(store, crashing.url, batch_ops=60, attempts=2)
        first = engine.sync_round()
        assert crashing.wait_exit() == 137
        assert not first.ok and "HQ" in (first.error or "")
        with store.session() as s:
            left = s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))
        # Batches 1 and 2 were acknowledged and left the outbox; batch 3 was never acknowledged to the laptop.
        assert left == _laptop_ops(store) - 120

        restarted = HQProcess(hq_db_url, files, port).start()
        try:
            second = engine.sync_round()
            assert second.ok, second
            if mode == "after-commit":
                assert second.duplicates == 60  # HQ had batch 3; it says so instead of applying it again
        finally:
            restarted.stop()
        _assert_exactly_once(store, db)
        assert LocalDirectoryStorage(files).read(hashlib.sha256(photo).hexdigest()) == photo
        engine.close()
    finally:
        crashing.stop()
        db.dispose()
