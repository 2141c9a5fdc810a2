"""An HQ database at national scale for benchmarks: 100 laptops × 2,000 inspections on PostgreSQL.

About 12.5 million records (each inspection with its ~52 checklist answers, templates, coordinator,
findings, interviews, notes, signature, revision), shaped like the demo data (Tak heavy, every
sector and visit type, findings citing Labour Protection Act and anti-trafficking sections), written
with COPY into `records`, then the projection tables derived from them by
`projections.rebuild` (the code `inspector-hq rebuild-projections` runs). Synthetic and deterministic.

Built once and cached (the cluster's data folder under $INSPECTOR_BENCH_CACHE, default
/var/tmp/field-inspector-bench): a later run starts the cached cluster in seconds. Delete the folder to
build it again; a change of `VERSION` or the shape builds a new one.

    with records_volume.volume() as vol:      # starts (or builds, ~10 min) the cluster
        db = vol.database()              # HQDatabase at schema head
        ...
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import func, select

from inspector_app.core import geography
from inspector_app.hq.db import HQDatabase

from ..hq.support import PostgresServer, find_pg_bin

VERSION = 1
LAPTOPS = 100
INSPECTIONS_PER_LAPTOP = 2000
ESTABLISHMENTS_PER_LAPTOP = 60
ANSWERS_PER_INSPECTION = 52
DATABASE = "hq_volume"
TODAY = date(2026, 11, 1)

PROVINCES = [("63", 40), ("74", 12), ("85", 8), ("90", 8), ("20", 8), ("10", 6), ("50", 6), ("84", 6), ("13", 6)]
SECTORS = [("factory", 30), ("agriculture", 25), ("construction", 20), ("fishing", 12), ("domestic", 5), ("general", 8)]
VISITS = [("routine", 55), ("complaint", 15), ("follow_up", 15), ("pipo", 8), ("special_operation", 7)]
STATUSES = [("draft", 20), ("completed", 12), ("signed", 23), ("submitted", 45)]
SEVERITY = [("S1", 10), ("S2", 30), ("S3", 45), ("S4", 15)]
SECTIONS = ["LPA:70", "LPA:76", "LPA:90", "LPA:24", "LPA:26", "LPA:28", "LPA:108", "LPA:112", "LPA:44", "LPA:45",
            "LPA:10", "LPA:61", "LPA:16", "ROFW:131", "ATIP:4", "ATIP:6/1", "MRSF:4", "OSH:6"]
ITEMS = ["LPA-E-01", "LPA-E-02", "LPA-E-03", "LPA-F-01", "LPA-F-02", "LPA-H-01", "LPA-C-01", "LPA-D-02",
         "FL-B-03", "FL-B-07", "FL-B-09", "FL-B-11"]
INDICATORS = ["retention_of_documents", "excessive_overtime", "debt_bondage", "restriction_of_movement",
              "withholding_of_wages", "deception"]
FINDING_STATUS = [("open", 45), ("remedied", 30), ("referred", 20), ("prosecuted", 5)]
TARGETS = ["MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY"]


def cache_dir() -> Path:
    # Not under the home folder: run as root, the server runs as `postgres`, which cannot enter /root.
    root = Path(os.environ.get("INSPECTOR_BENCH_CACHE") or "/var/tmp/field-inspector-bench")
    return root / f"hq-volume-v{VERSION}-{LAPTOPS}x{INSPECTIONS_PER_LAPTOP}"


class CachedPostgres(PostgresServer):
    """A cluster in a kept folder: created once, started again by later runs, never removed on stop."""

    def __init__(self, root: Path):
        super().__init__(find_pg_bin())
        shutil.rmtree(self.root, ignore_errors=True)  # the parent made a temporary folder; use ours
        self.root = root
        self.data = root / "data"

    @property
    def built(self) -> bool:
        return (self.root / "ready").exists()

    def start(self) -> CachedPostgres:
        self.root.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o700)
        if not (self.data / "PG_VERSION").exists():
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C", "--no-sync")
        (self.data / "postmaster.pid").unlink(missing_ok=True)  # left by a run that was killed
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=1GB -c work_mem=32MB "
                   "-c maintenance_work_mem=512MB -c max_wal_size=8GB -c effective_cache_size=8GB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-t", "120", "-o", options, "start")
        self.started = True
        return self

    def stop(self) -> None:
        if self.started:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.started = False


@dataclass
class Volume:
    server: CachedPostgres
    build_seconds: dict[str, Any]

    @property
    def url(self) -> str:
        return self.server.url(DATABASE)

    def database(self) -> HQDatabase:
        return HQDatabase(self.url)


@contextmanager
def volume() -> Iterator[Volume]:
    # One run at a time: the cache is shared by every checkout on the machine, and a second start of the
    # same cluster would take the first one's pid file for a stale one.
    cache_dir().parent.mkdir(parents=True, exist_ok=True)
    with open(cache_dir().parent / f"{cache_dir().name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with _started() as vol:
            yield vol


@contextmanager
def _started() -> Iterator[Volume]:
    server = CachedPostgres(cache_dir()).start()
    try:
        timings: dict[str, Any] = {}
        if not server.built:
            timings = _build(server)
            (server.root / "ready").write_text(json.dumps(timings))
        else:
            timings = json.loads((server.root / "ready").read_text())
            if timings.get("projections_schema") != _projection_schema():
                timings.update(_refresh_projections(server))
                (server.root / "ready").write_text(json.dumps(timings))
        _restore_settings(server)
        if "rows_inspection_index" not in timings:
            timings.update(_fill_inspection_index(server))
            (server.root / "ready").write_text(json.dumps(timings))
        if timings.get("migrations") != _chain():
            timings.update(_apply_missing_migrations(server, timings.get("migrations") or LEGACY_MIGRATIONS))
            (server.root / "ready").write_text(json.dumps(timings))
        remade = _match_indexes(server)
        if remade:
            timings["indexes_remade"] = sorted({*timings.get("indexes_remade", []), *remade})
            (server.root / "ready").write_text(json.dumps(timings))
        yield Volume(server, timings)
    finally:
        server.stop()


# --------------------------------------------------------------------------- building


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _copy_line(values: list[object]) -> str:
    out = []
    for value in values:
        if value is None:
            out.append("\\N")
        else:
            text = str(value)
            if "\\" in text or "\t" in text or "\n" in text:
                text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            out.append(text)
    return "\t".join(out) + "\n"


RECORD_COLUMNS = ("entity", "entity_id", "owner_device_id", "writer_device_id", "inspection_id", "reference", "rev",
                  "hlc", "fields", "fields_sha256", "needs_review", "last_op_id", "created_at", "updated_at")


class _Laptop:
    """One laptop's records, as COPY lines."""

    def __init__(self, number: int, device_id: str, places: list[tuple[str, str]]):
        self.n = number
        self.device = device_id
        self.rng = random.Random(2569 * 1000 + number)
        self.places = places
        self.seq = 0
        self.now = datetime(2026, 11, 1, 3, 0, tzinfo=UTC).isoformat()

    def line(self, entity: str, entity_id: str, inspection_id: str | None, fields: dict[str, object],
             reference: str | None = None) -> str:
        self.seq += 1
        text = json.dumps({"id": entity_id, "rev": 1, **fields}, ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(text.encode()).hexdigest()
        return _copy_line([entity, entity_id, self.device, self.device, inspection_id, reference, 1,
                           f"{1_790_000_000_000 + self.seq:013d}-00000-{self.n:04x}", text, digest, "f",
                           f"L{self.n:03d}:{self.seq}", self.now, self.now])

    def lines(self) -> Iterator[str]:
        rng = self.rng
        establishments = []
        for k in range(ESTABLISHMENTS_PER_LAPTOP):
            province, district = rng.choice(self.places)
            est = f"e{self.n:03d}{k:04d}"
            sector = _pick(rng, SECTORS)
            establishments.append((est, province))
            yield self.line("establishments", est, None, {
                "name_th": f"สถานประกอบการทดสอบ {self.n}-{k}", "name_en": f"Synthetic establishment {self.n}-{k}",
                "sector": sector, "province_code": province, "district_code": district,
                "workers_male": rng.randint(3, 180), "workers_female": rng.randint(0, 150), "workers_under18": 0})
        previous: list[str] = []
        for k in range(INSPECTIONS_PER_LAPTOP):
            iid = f"i{self.n:03d}{k:05d}"
            est, province = rng.choice(establishments)
            visit = TODAY - timedelta(days=rng.randint(0, 730))
            status = _pick(rng, STATUSES)
            visit_type = _pick(rng, VISITS)
            fields: dict[str, object] = {
                "reference": f"{province}-{visit.year + 543}-L{self.n:03d}{k:05d}", "establishment_id": est,
                "template_id": "tpl-lpa-general-2", "visit_type": visit_type, "visit_date": visit.isoformat(),
                "status": status, "revision": 1, "complaint_source_confidential": False, "team": [],
                "follow_up_date": (visit + timedelta(days=30)).isoformat() if rng.random() < 0.3 else None,
                "previous_inspection_id": rng.choice(previous) if visit_type == "follow_up" and previous else None,
            }
            previous.append(iid)
            yield self.line("inspections", iid, iid, fields, reference=str(fields["reference"]))
            for t in range(3):
                yield self.line("inspection_templates", f"{iid}t{t}", iid,
                                {"inspection_id": iid, "template_id": f"tpl-{t}", "position": t + 1})
            yield self.line("inspection_coordinators", f"{iid}c", iid,
                            {"inspection_id": iid, "coordinator_id": f"lc{self.n:03d}", "languages": ["my", "th"]})
            for a in range(ANSWERS_PER_INSPECTION):
                roll = rng.random()
                result = "non_compliant" if roll < 0.08 else "not_applicable" if roll < 0.15 else "compliant"
                yield self.line("checklist_answers", f"{iid}a{a:02d}", iid,
                                {"inspection_id": iid, "item_code": f"ITEM-{a:02d}", "result": result, "value": None,
                                 "note": None, "evidence": [], "answered_by": None})
            for f in range(rng.choice([0, 1, 2, 3, 3, 4, 5])):
                severity = _pick(rng, SEVERITY)
                status_f = _pick(rng, FINDING_STATUS)
                yield self.line("findings", f"{iid}f{f}", iid, {
                    "inspection_id": iid, "item_code": rng.choice(ITEMS), "rule": None,
                    "legal_refs": rng.sample(SECTIONS, rng.choice([1, 1, 2, 2, 3])), "severity": severity,
                    "title_th": f"ข้อค้นพบทดสอบ {f}", "title_en": f"Synthetic finding {f}", "workers_affected": 3,
                    "evidence": [], "deadline": (visit + timedelta(days=rng.choice([7, 15, 30, 60]))).isoformat(),
                    "status": status_f, "referral_target": rng.choice(TARGETS) if status_f == "referred" else None,
                    "edited_texts": []})
            for w in range(rng.choice([0, 1, 1, 2, 3])):
                indicators = rng.sample(INDICATORS, rng.choice([0, 0, 1, 1, 2]))
                yield self.line("worker_interviews", f"{iid}w{w}", iid, {
                    "inspection_id": iid, "worker_code": f"W-{w + 1:02d}", "sex": "female", "nationality": "MM",
                    "language": "my", "consent": True, "private_setting": True, "employer_absent": True,
                    "indicators": indicators, "worker_name": {"sealed": "v1", "ct": "c2VhbGVk"},
                    "notes_original": {"sealed": "v1", "ct": "c2VhbGVk"}})
                if rng.random() < 0.3:
                    yield self.line("interpreter_notes", f"{iid}n{w}", iid, {
                        "inspection_id": iid, "interview_id": f"{iid}w{w}", "source_language": "my",
                        "target_language": "th", "original": {"sealed": "v1", "ct": "c2VhbGVk"}})
            if status in ("signed", "submitted"):
                yield self.line("signatures", f"{iid}s", iid, {"inspection_id": iid, "revision": 1, "role": "inspector",
                                                               "signer_name": "Synthetic inspector"})
                yield self.line("inspection_revisions", f"{iid}r", iid,
                                {"inspection_id": iid, "revision": 1, "snapshot_sha256": "0" * 64})


def _places() -> list[tuple[str, str]]:
    weighted = []
    for province, weight in PROVINCES:
        districts = geography.districts(province)
        for district in districts:
            share = weight * (8 if district.code == "6306" else 1) / len(districts)
            weighted.append(((province, district.code), share))
    rng = random.Random(1)
    return [rng.choices([p for p, _ in weighted], weights=[w for _, w in weighted])[0] for _ in range(2000)]


def _projection_schema() -> str:
    """A fingerprint of the projection tables as the code defines them."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from inspector_app.hq.models import Base

    tables = [t for name, t in sorted(Base.metadata.tables.items()) if name.startswith("hq_")]
    text = "".join(str(CreateTable(t).compile(dialect=postgresql.dialect())) for t in tables)
    return hashlib.sha256(text.encode()).hexdigest()


def _refresh_projections(server: CachedPostgres) -> dict[str, Any]:
    """The cached records kept, the projection tables made again by their migration (its backfill timed)."""
    from alembic.script import ScriptDirectory

    from inspector_app.hq.db import alembic_config

    cfg = alembic_config()
    before = ScriptDirectory.from_config(cfg).get_revision("0007").down_revision
    with psycopg.connect(server.url(DATABASE), autocommit=True) as conn:
        for name in [t.name for t in _tables()]:  # the projections only: hq_settings holds HQ's keys
            conn.execute(f'DROP TABLE IF EXISTS "{name}" CASCADE')
        conn.execute("UPDATE alembic_version SET version_num = %s", (before,))
    db = HQDatabase(server.url(DATABASE))
    try:
        started = time.perf_counter()
        db.upgrade()
        seconds = time.perf_counter() - started
        with db.read() as conn:
            counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in _tables()}
    finally:
        db.dispose()
    with psycopg.connect(server.url(DATABASE), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return {"rebuild_projections_s": seconds, "projections_schema": _projection_schema(),
            **{f"rows_{k}": v for k, v in counts.items()}}


def _restore_settings(server: CachedPostgres) -> None:
    """hq_settings again where an earlier refresh of the projections dropped it with them (HQ makes new keys)."""
    from inspector_app.hq.models import Base

    db = HQDatabase(server.url(DATABASE))
    try:
        with db.write() as conn:
            Base.metadata.tables["hq_settings"].create(conn, checkfirst=True)
    finally:
        db.dispose()


def _fill_inspection_index(server: CachedPostgres) -> dict[str, Any]:
    """The review queue's index (migration 0006) for a cache built before that migration was on this branch.

    Such a cache says it is at 0007 (its projections are current) but lacks 0006's tables: run 0006 alone
    (its backfill derives the index from the COPY-written records, as it would on a real HQ), then mark
    the database at 0007 again.
    """
    from alembic import command
    from sqlalchemy import text

    from inspector_app.hq.db import alembic_config

    db = HQDatabase(server.url(DATABASE))
    try:
        with db.read() as conn:
            present = conn.execute(text("SELECT to_regclass('inspection_index')")).scalar() is not None
        seconds = 0.0
        if not present:
            started = time.perf_counter()
            with db.engine.connect() as conn, conn.begin():
                conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "0006")
                conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
            seconds = time.perf_counter() - started
        with db.read() as conn:
            rows = conn.execute(text("SELECT count(*) FROM inspection_index")).scalar_one()
    finally:
        db.dispose()
    with psycopg.connect(server.url(DATABASE), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return {"rows_inspection_index": rows, "inspection_index_s": seconds}


# What a cache written before "ready" listed its migrations holds: the chain as it was then.
LEGACY_MIGRATIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007"]


def _chain() -> list[str]:
    """The code's migration ids, oldest first."""
    from alembic.script import ScriptDirectory

    from inspector_app.hq.db import alembic_config

    return [r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]


def _apply_missing_migrations(server: CachedPostgres, applied: list[str]) -> dict[str, Any]:
    """The migrations a cache lacks after branches were merged and re-chained (new ids placed before its head).

    The cache says it is at head, so alembic alone would run nothing. Each run of missing revisions is
    applied on its own (the database marked at the revision before the run, upgraded to the run's last),
    its backfills working on the COPY-written records as on a real HQ; then the database is marked at head.
    """
    from alembic import command
    from sqlalchemy import text

    from inspector_app.hq.db import alembic_config

    chain = _chain()
    started = time.perf_counter()
    db = HQDatabase(server.url(DATABASE))
    try:
        position = 0
        while position < len(chain):
            if chain[position] in applied:
                position += 1
                continue
            end = position
            while end + 1 < len(chain) and chain[end + 1] not in applied:
                end += 1
            with db.engine.connect() as conn, conn.begin():
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": chain[position - 1]})
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, chain[end])
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": chain[-1]})
            position = end + 1
    finally:
        db.dispose()
    with psycopg.connect(server.url(DATABASE), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return {"migrations": chain, "missing_migrations_s": time.perf_counter() - started}


def _match_indexes(server: CachedPostgres) -> list[str]:
    """Every index as the code defines it; returns those made or made again.

    A migration edited on its branch after the cache ran it (0006 gained the queue's waiting-time index
    and the inspection id in its others) leaves the cache without them, and the pages would be timed
    without the indexes a real HQ has. Indexes missing or on other columns are made as models.py says.
    """
    from sqlalchemy import inspect, text

    from inspector_app.hq.models import Base

    remade: list[str] = []
    db = HQDatabase(server.url(DATABASE))
    try:
        with db.engine.begin() as conn:
            held = inspect(conn)
            for table in Base.metadata.sorted_tables:
                if not held.has_table(table.name):
                    continue
                existing = {ix["name"]: ix["column_names"] for ix in held.get_indexes(table.name)}
                for index in table.indexes:
                    if existing.get(index.name) == [c.name for c in index.columns]:
                        continue
                    if index.name in existing:
                        conn.execute(text(f'DROP INDEX "{index.name}"'))
                    index.create(conn)
                    remade.append(str(index.name))
    finally:
        db.dispose()
    if remade:
        with psycopg.connect(server.url(DATABASE), autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    return remade


def _tables() -> list[Any]:
    from inspector_app.hq.projections import TABLES

    return list(TABLES)


def _build(server: CachedPostgres) -> dict[str, Any]:
    from inspector_app.hq.bootstrap import open_database
    from inspector_app.hq.projections import rebuild

    timings: dict[str, Any] = {}
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}"')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    db = open_database(server.url(DATABASE))
    db.dispose()
    places = _places()
    started = time.perf_counter()
    with psycopg.connect(server.url(DATABASE)) as conn:
        devices = []
        with conn.cursor() as cur, cur.copy("COPY devices (id, local_id, name, public_key, enrolled_at) FROM STDIN") as copy:
            for n in range(LAPTOPS):
                device = f"00000000-0000-4000-8000-{n:012d}"
                devices.append(device)
                copy.write_row([device, f"laptop-{n:03d}", f"Laptop {n:03d}", "A" * 43 + "=", datetime.now(UTC)])
        records = 0
        for n, device in enumerate(devices):
            laptop = _Laptop(n, device, places)
            with conn.cursor() as cur, cur.copy(f"COPY records ({', '.join(RECORD_COLUMNS)}) FROM STDIN") as copy:
                chunk: list[str] = []
                for line in laptop.lines():
                    chunk.append(line)
                    if len(chunk) >= 5000:
                        copy.write("".join(chunk).encode())
                        records += len(chunk)
                        chunk = []
                copy.write("".join(chunk).encode())
                records += len(chunk)
            conn.commit()
            if n % 10 == 9:
                print(f"   built {n + 1} laptops, {records:,} records ({time.perf_counter() - started:.0f} s)", flush=True)
    timings["records"] = records
    timings["copy_records_s"] = time.perf_counter() - started
    db = HQDatabase(server.url(DATABASE))
    try:
        started = time.perf_counter()
        with db.write() as conn:
            counts = rebuild(conn)
        timings["rebuild_projections_s"] = time.perf_counter() - started
        timings.update({f"rows_{k}": v for k, v in counts.items()})
        timings["projections_schema"] = _projection_schema()  # type: ignore[assignment]
        timings["migrations"] = _chain()  # type: ignore[assignment]
    finally:
        db.dispose()
    with psycopg.connect(server.url(DATABASE), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return timings
