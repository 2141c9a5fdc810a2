"""Push 1,000 demo inspections with their answers (~50,000 records) to HQ on loopback.

Prints records/s for the whole sync round (laptop outbox -> HTTP + gzip -> HQ applying
idempotently with per-op answers -> laptop marking ops acknowledged), the ratio to a bulk
insert of the same rows into the same HQ database in the same run, and bytes on the wire
per record. Runs against SQLite, and against PostgreSQL when its server binaries are there.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, Table, func, insert, select

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.models import OutboxOp
from inspector_app.core.store import Store
from inspector_app.hq import devices
from inspector_app.hq.models import Record
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.support import HQServer, PostgresMissing, PostgresServer, find_pg_bin

INSPECTIONS = 1000


def _laptop(folder: Path) -> Store:
    store = setup.create_store(folder / "laptop", "bench", "benchmark passphrase")
    demo.generate(store, inspections=INSPECTIONS, seed=2569)
    return store


def _bulk_insert_baseline(hq: HQServer) -> tuple[int, float]:
    """The same record rows HQ now holds, inserted in one transaction into a twin table (primary key only)."""
    with hq.db.read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(Record.__table__))]
    columns = Record.__table__.columns
    twin = Table("bench_records", MetaData(), *(Column(c.name, c.type, nullable=c.nullable) for c in columns),
                 PrimaryKeyConstraint("entity", "entity_id", name="pk_bench_records"))
    twin.create(hq.db.engine)
    try:
        started = time.perf_counter()
        with hq.db.write() as conn:
            conn.execute(insert(twin), rows)
        return len(rows), time.perf_counter() - started
    finally:
        twin.drop(hq.db.engine)


def _sealing_cost(store: Store) -> tuple[int, float]:
    """How many ops the round sealed, and the time HPKE sealing of the same values takes on its own."""
    from inspector_app.core.services import sync_apply
    from inspector_app.sync.outbox import OutboxRow
    from inspector_app.sync.sealed import load_public_key, seal_fields

    key = sync_apply.evidence_key(store)
    assert key is not None
    public = load_public_key(key["public_key"])
    with store.session() as s:
        rows = [OutboxRow.of(r) for r in s.scalars(select(OutboxOp).where(OutboxOp.sealed.is_not(None)))]
    started = time.perf_counter()
    for row in rows:
        seal_fields(row.entity, row.entity_id, row.visible_fields(), public, key["key_id"])
    return len(rows), time.perf_counter() - started


def _one_backend(label: str, db_url: str, folder: Path, laptop_template: Path) -> None:
    import shutil

    shutil.copytree(laptop_template, folder / "laptop")
    store = setup.open_store(folder / "laptop", "benchmark passphrase")
    hq = HQServer(db_url, folder / "hq-files").start()
    try:
        enrol(store, hq.url, devices.new_enrol_code(hq.db)[0])
        with store.session() as s:
            records = s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))
        engine = SyncEngine.for_store(store, batch_ops=1000, batch_bytes=4_000_000)
        started = time.perf_counter()
        report = engine.sync_round()
        elapsed = time.perf_counter() - started
        engine.close()
        assert report.ok, report.error
        rows, bulk = _bulk_insert_baseline(hq)
        wire = report.bytes_sent + report.bytes_received
        print(f"   {label:<10} sync round: {records} records in {elapsed:.2f} s = {records / elapsed:,.0f} records/s")
        print(f"   {label:<10} bulk INSERT of the same {rows} rows into the same database: {bulk:.2f} s "
              f"= {rows / bulk:,.0f} rows/s; sync/bulk time ratio {elapsed / bulk:.1f}x")
        print(f"   {label:<10} on the wire: {wire / records:.0f} bytes/record "
              f"({report.bytes_sent / records:.0f} up incl. gzip, {report.bytes_received / records:.0f} down)")
        sealed, sealing = _sealing_cost(store)
        print(f"   {label:<10} sealed testimony: {sealed} ops; sealing them again in memory takes {sealing:.2f} s "
              f"= {100 * sealing / elapsed:.1f}% of the round")
    finally:
        hq.stop()
        store.close()


def run() -> None:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        _laptop(folder / "template").close()
        print(f"   demo data: {INSPECTIONS} inspections generated in {time.perf_counter() - started:.1f} s")
        template = folder / "template" / "laptop"
        _one_backend("SQLite", str(folder / "sqlite" / "hq.db"), _mkdir(folder / "sqlite"), template)
        try:
            server = PostgresServer(find_pg_bin()).start()
        except PostgresMissing as exc:
            print(f"   PostgreSQL: not measured ({exc})")
            return
        try:
            name = server.create_database()
            _one_backend("PostgreSQL", server.url(name), _mkdir(folder / "pg"), template)
        finally:
            server.stop()


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
