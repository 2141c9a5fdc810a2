"""Large demo data dirs for the benchmarks, made once and kept between runs.

A 20,000-inspection store takes tens of seconds to make, so each one is cached in the system
temp folder under a key of the app version, the schema head, the demo size and seed and the
key-derivation profile. Benchmarks copy nothing: they open the cached dir read-mostly (the
start benchmark only reads; anything that writes makes its own store).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from inspector_app.core.services import setup
from inspector_app import __version__
from inspector_app.core.store import Store

from ..hq.support import PostgresServer, find_pg_bin

PASSPHRASE = "benchmark passphrase"
USER = "bench"
SEED = 2569
ACK_BATCH = 50_000


def _schema_head() -> str:
    versions = Path(__file__).resolve().parents[2] / "inspector_app" / "core" / "migrations" / "versions"
    return "-".join(sorted(p.stem.split("_", 1)[0] for p in versions.glob("*.py") if p.stem[:1].isdigit()))


def cache_root() -> Path:
    return Path(tempfile.gettempdir()) / "field-inspector-bench"


def demo_store(inspections: int, *, pending: int = 0, kdf: str = "strong") -> Path:
    """A data dir with `inspections` demo inspections, every change acknowledged by HQ except the last `pending`.

    The key slot uses the `kdf` profile ("strong" is what users have). Made on first use, then reused.
    """
    key = f"v{__version__}-s{_schema_head()}-n{inspections}-p{pending}-seed{SEED}-{kdf}"
    path = cache_root() / key
    if (path / ".complete").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    previous = os.environ.get("INSPECTOR_KDF_PROFILE")
    os.environ["INSPECTOR_KDF_PROFILE"] = kdf
    try:
        with setup.create_store(path, USER, PASSPHRASE, display_name="Benchmark Inspector") as store:
            from inspector_app.core import demo

            demo.generate(store, inspections=inspections, seed=SEED)
            acknowledge_all_but(store, pending)
    finally:
        if previous is None:
            os.environ.pop("INSPECTOR_KDF_PROFILE", None)
        else:
            os.environ["INSPECTOR_KDF_PROFILE"] = previous
    (path / ".complete").write_text(f"made in {time.perf_counter() - started:.0f} s\n", encoding="utf-8")
    print(f"   (made the cached store {path.name} in {time.perf_counter() - started:.0f} s)")
    return path


def acknowledge_all_but(store: Store, pending: int) -> None:
    """HQ's answer "applied" for every pending change except the newest `pending`, as a sync records it."""
    from sqlalchemy import func, select

    from inspector_app.core.models import OutboxOp
    from inspector_app.core.services.sync_apply import OpOutcome, record_push_results

    with store.session() as session:
        newest = session.scalar(select(func.max(OutboxOp.seq))) or 0
    last_acked = newest - pending
    after = 0
    while after < last_acked:
        with store.session() as session:
            op_ids = list(session.scalars(
                select(OutboxOp.op_id).where(OutboxOp.seq > after, OutboxOp.seq <= last_acked,
                                             OutboxOp.state == "pending").order_by(OutboxOp.seq).limit(ACK_BATCH)))
            if not op_ids:
                break
            after = session.scalar(select(OutboxOp.seq).where(OutboxOp.op_id == op_ids[-1]))
        record_push_results(store, [OpOutcome(op_id, "applied") for op_id in op_ids])


def list_store(inspections: int, kdf: str = "fast") -> Path:
    """A data dir with `inspections` inspections and their establishments only (no answers, interviews, ...).

    What the inspections list reads, at sizes the full demo data would take hours and tens of GB
    to make (200,000). Written through the write path (record, outbox row, audit entry) in
    transactions of 5,000. Made on first use, then reused.
    """
    key = f"v{__version__}-s{_schema_head()}-list{inspections}-seed{SEED}-{kdf}"
    path = cache_root() / key
    if (path / ".complete").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    previous = os.environ.get("INSPECTOR_KDF_PROFILE")
    os.environ["INSPECTOR_KDF_PROFILE"] = kdf
    try:
        with setup.create_store(path, USER, PASSPHRASE, display_name="Benchmark Inspector") as store:
            _list_rows(store, inspections)
    finally:
        if previous is None:
            os.environ.pop("INSPECTOR_KDF_PROFILE", None)
        else:
            os.environ["INSPECTOR_KDF_PROFILE"] = previous
    (path / ".complete").write_text(f"made in {time.perf_counter() - started:.0f} s\n", encoding="utf-8")
    print(f"   (made the cached store {path.name} in {time.perf_counter() - started:.0f} s)")
    return path


def _list_rows(store: Store, inspections: int) -> None:
    import random
    from datetime import date, timedelta

    from inspector_app.core import demo
    from inspector_app.core.models import ChecklistTemplate, Establishment, Inspection
    from sqlalchemy import select

    rng = random.Random(SEED)
    with store.session() as session:
        template_id = session.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.code == "LPA-GENERAL")
                                      .order_by(ChecklistTemplate.version.desc()))
    establishments = demo._establishment_rows(rng, max(3, inspections // 4))  # noqa: SLF001 - same places as the demo
    with store.unit_of_work() as uow:
        uow.insert_many(Establishment, establishments)
    node = store.device_id.replace("-", "")[-4:].upper()
    today = date(2026, 11, 1)
    for start in range(0, inspections, 5_000):
        rows = []
        for n in range(start, min(inspections, start + 5_000)):
            est = rng.choice(establishments)
            visit = today - timedelta(days=rng.randint(0, 730))
            rows.append({
                "reference": f"{est['province_code']}-{visit.year + 543}-{node}{n + 1:06d}",
                "establishment_id": est["id"], "template_id": template_id,
                "visit_type": demo._pick(rng, demo.VISIT_WEIGHTS), "visit_date": visit,  # noqa: SLF001
                "lead_inspector_id": store.user_id, "team": [{"user_id": store.user_id, "name": store.username}],
                "status": demo._pick(rng, demo.STATUS_WEIGHTS[:-1]), "revision": 1,  # noqa: SLF001
                "workforce": {"male": est["workers_male"], "female": est["workers_female"]}, "measures": [],
            })
        with store.unit_of_work() as uow:
            uow.insert_many(Inspection, rows)


PHOTO_SIZE = (2048, 1536)  # as the app stores a phone photo (its default longest side, 2,048 pixels)


def photo_store(inspections: int, photos: int) -> tuple[Path, str]:
    """A copy of the `inspections` demo store whose newest draft inspection has `photos` photos; (dir, its id).

    The photos are added through the attachments service (each with its report copy) and then
    acknowledged like everything else. Made on first use, then reused.
    """
    key = f"v{__version__}-s{_schema_head()}-n{inspections}-photos{photos}-seed{SEED}-strong"
    path = cache_root() / key
    if (path / ".complete").exists():
        return path, (path / ".inspection").read_text(encoding="utf-8").strip()
    source = demo_store(inspections, pending=0)
    shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    shutil.copytree(source, path)
    (path / ".complete").unlink()
    from sqlalchemy import select

    from inspector_app.core.models import Inspection
    from inspector_app.core.services import attachments

    from ..reports.report_data import photo_bytes

    with Store.open(path, PASSPHRASE) as store:
        with store.session() as session:
            inspection_id = session.scalars(select(Inspection.id).where(Inspection.status == "draft").order_by(
                Inspection.visit_date.desc(), Inspection.id.desc())).first()  # photos go to a draft
        for n in range(photos):
            attachments.add_attachment(store, inspection_id, photo_bytes(n, PHOTO_SIZE), mime="image/jpeg",
                                       original_name=f"photo-{n + 1:02d}.jpg", caption=f"Photo {n + 1}",
                                       width=PHOTO_SIZE[0], height=PHOTO_SIZE[1])
        acknowledge_all_but(store, 0)
    (path / ".inspection").write_text(inspection_id + "\n", encoding="utf-8")
    (path / ".complete").write_text(f"made in {time.perf_counter() - started:.0f} s\n", encoding="utf-8")
    print(f"   (made the cached store {path.name} in {time.perf_counter() - started:.0f} s)")
    return path, inspection_id


def hq_database(backend: str, folder: Path) -> tuple[str, PostgresServer | None]:
    """HQ's database URL for a profiling run: a new PostgreSQL database ("pg", with the server to stop after) or
    an SQLite file in `folder`."""
    if backend == "pg":
        server = PostgresServer(find_pg_bin()).start()
        return server.url(server.create_database()), server
    return str(folder / "hq.db"), None
