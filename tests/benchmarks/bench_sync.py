"""Push 1,000 demo inspections with everything under them (~66,000 records) to HQ on loopback.

Prints records/s for the whole sync round (laptop outbox -> HTTP + gzip -> a real `inspector-hq
serve` process applying idempotently with per-op answers -> laptop keeping the answers), the
ratio to a bulk insert of the same rows into the same HQ database in the same run (a table
shaped like `records`, with its keys and indexes, by COPY on PostgreSQL and one executemany
on SQLite), and bytes on the wire per record, each against the issue's target. Runs against
SQLite, and against PostgreSQL when its server binaries are there.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    func,
    select,
)

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.models import OutboxOp
from inspector_app.core.store import Store
from inspector_app.hq import devices
from inspector_app.hq.bulk import insert_rows
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase, RawJSON
from inspector_app.hq.models import Record
from inspector_app.hq.op_checks import canonical
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.enrol import enrol

from ..hq.support import HQProcess, PostgresMissing, PostgresServer, find_pg_bin, free_socket

INSPECTIONS = int(os.environ.get("BENCH_SYNC_INSPECTIONS", "1000"))
TARGETS = {"SQLite": 15_000, "PostgreSQL": 10_000}  # records/s (issue 13)


def _laptop(folder: Path) -> Store:
    store = setup.create_store(folder / "laptop", "bench", "benchmark passphrase")
    demo.generate(store, inspections=INSPECTIONS, seed=2569)
    return store


def _twin_of_records() -> Table:
    """A table shaped like HQ's `records`: the same columns, keys, indexes and foreign keys, other names."""
    metadata = MetaData()
    for key in Record.__table__.foreign_keys:  # referenced (devices, resolutions), not created
        if key.column.table.name not in metadata.tables:
            key.column.table.to_metadata(metadata)
    columns = [Column(c.name, c.type, *[ForeignKey(f.target_fullname) for f in c.foreign_keys],
                      nullable=c.nullable) for c in Record.__table__.columns]
    return Table("bench_records", metadata, *columns,
                 PrimaryKeyConstraint("entity", "entity_id", name="pk_bench_records"),
                 UniqueConstraint("entity_id", name="uq_bench_records_entity_id"),
                 Index("uq_bench_records_reference", "reference", unique=True),
                 Index("ix_bench_records_owner", "owner_device_id"),
                 Index("ix_bench_records_inspection", "inspection_id"))


def _bulk_insert_baseline(db: HQDatabase) -> tuple[int, float]:
    """The record rows HQ now holds, inserted in one transaction into a table shaped like `records`, by the
    fastest bulk path each backend has (COPY on PostgreSQL, one executemany on SQLite: hq/bulk.py)."""
    with db.read() as conn:
        rows = [{**r._mapping, "fields": RawJSON(canonical(r.fields))}
                for r in conn.execute(select(Record.__table__))]
    twin = _twin_of_records()
    twin.create(db.engine)
    try:
        started = time.perf_counter()
        with db.write() as conn:
            insert_rows(conn, twin, rows)
        return len(rows), time.perf_counter() - started
    finally:
        twin.drop(db.engine)


def _sealing_cost(folder: Path) -> tuple[int, float]:
    """How many changes of the laptop carry testimony, and how long HPKE sealing them takes on its own."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from inspector_app.sync.outbox import OutboxRow
    from inspector_app.sync.sealed import needs_sealing, seal_fields

    public = X25519PrivateKey.generate().public_key()
    store = Store.open(folder, "benchmark passphrase")
    try:
        with store.session() as s:
            rows = [r for r in map(OutboxRow.of, s.scalars(select(OutboxOp).where(OutboxOp.state == "pending")))
                    if needs_sealing(r.entity, r.visible_fields())]
    finally:
        store.close()
    started = time.perf_counter()
    for row in rows:
        seal_fields(row.entity, row.entity_id, row.visible_fields(), public, "ek-bench")
    return len(rows), time.perf_counter() - started


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def enrolled_engine(store: Store, hq_url: str, db: HQDatabase) -> tuple[int, SyncEngine]:
    """Enrol the laptop with HQ and give its pending change count and the engine a round runs with."""
    enrol(store, hq_url, devices.new_enrol_code(db)[0])
    with store.session() as s:
        records = s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))
    return records, SyncEngine.for_store(store, batch_ops=1000, batch_bytes=4_000_000)


def _one_backend(label: str, db_url: str, folder: Path, laptop_template: Path) -> None:
    import shutil

    shutil.copytree(laptop_template, folder / "laptop")
    store = setup.open_store(folder / "laptop", "benchmark passphrase")
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    hq = HQProcess(db_url, folder / "hq-files", port).start()  # a real `inspector-hq serve`, as laptops meet it
    db = open_database(db_url)
    try:
        records, engine = enrolled_engine(store, hq.url, db)
        assert hq.proc is not None
        hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid), time.process_time()
        started = time.perf_counter()
        report = engine.sync_round()
        elapsed = time.perf_counter() - started
        hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid) - hq_cpu, time.process_time() - laptop_cpu
        engine.close()
        assert report.ok, report.error
        rows, bulk = _bulk_insert_baseline(db)
        wire = report.bytes_sent + report.bytes_received
        print(f"   {label:<10} sync round: {records} records in {elapsed:.2f} s = {records / elapsed:,.0f} records/s")
        print(f"   {label:<10} CPU time in the round: laptop {laptop_cpu:.2f} s, HQ process {hq_cpu:.2f} s "
              f"(the rest of the {elapsed:.2f} s is waiting: disk, network, other processes; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        print(f"   {label:<10} bulk INSERT of the same {rows} rows into the same database: {bulk:.2f} s "
              f"= {rows / bulk:,.0f} rows/s; sync/bulk time ratio {elapsed / bulk:.1f}x")
        print(f"   {label:<10} on the wire: {wire / records:.0f} bytes/record "
              f"({report.bytes_sent / records:.0f} up incl. gzip, {report.bytes_received / records:.0f} down)")
        sealed, sealing = _sealing_cost(laptop_template)
        print(f"   {label:<10} sealed testimony: {sealed} ops; sealing them on their own takes {sealing:.2f} s "
              f"= {100 * sealing / elapsed:.1f}% of the round")
        rate, target = records / elapsed, TARGETS[label]
        print(f"   {label:<10} targets: >= {target:,} records/s {'met' if rate >= target else 'NOT met'}; "
              f"within 2x bulk {'met' if elapsed <= 2 * bulk else 'NOT met'}; "
              f"<= 50 bytes/record {'met' if wire / records <= 50 else 'NOT met'}")
    finally:
        hq.stop()
        db.dispose()
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
