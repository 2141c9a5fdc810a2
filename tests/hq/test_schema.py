"""HQ's schema: migrations equal the models on both databases; upgrades are idempotent and race-safe."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import JSON, Boolean, column, insert, select, table

from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase, alembic_config, head_revision
from inspector_app.hq.models import Base, ConflictVersion, Counter, Publication, Record, Setting, UTCDateTime
from inspector_app.hq.reviews import find_inspection


def test_migrations_create_exactly_the_models(hq_db_url: str) -> None:
    db = open_database(hq_db_url)
    try:
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert db.current_revision() == head_revision()
        with db.read() as conn:
            # A new HQ publishes one thing by itself: its key for worker documents' number hashes.
            assert conn.execute(select(Counter.value).where(Counter.name == "pull")).scalar_one() == 1
            assert conn.execute(select(Publication.kind)).scalars().all() == ["document_key"]
    finally:
        db.dispose()


def test_several_processes_starting_at_once_agree(hq_db_url: str) -> None:
    errors: list[BaseException] = []
    opened: list[HQDatabase] = []

    def start() -> None:
        try:
            opened.append(open_database(hq_db_url))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    with opened[0].read() as conn:
        # One signing key and one transport key, kept by all.
        assert sorted(r.name for r in conn.execute(select(Setting)).all()) == ["signing_key", "transport_key"]
    for db in opened:
        db.dispose()


def _at_revision_0001(url: str) -> HQDatabase:
    db = HQDatabase(url)
    cfg = alembic_config()
    with db.engine.connect() as conn:
        conn = conn.execution_options(hq_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
    return db


def _old_rows(db: HQDatabase) -> None:
    """An HQ that took, before ownership was checked, an inspection copying B's reference and A's testimony
    under B's inspection."""
    t = [datetime(2026, 11, 30, 8, n, tzinfo=UTC) for n in range(6)]
    time = UTCDateTime()
    devices = table("devices", column("id"), column("local_id"), column("name"), column("public_key"),
                    column("token_hash"), column("enrolled_at", time))
    ops = table("ops", column("op_id"), column("device_id"), column("batch_id"), column("entity"), column("entity_id"),
                column("action"), column("base_rev"), column("rev"), column("hlc"), column("payload_sha256"),
                column("status"), column("received_at", time))
    records = table("records", column("entity"), column("entity_id"), column("owner_device_id"),
                    column("inspection_id"), column("rev"), column("hlc"), column("fields", JSON()),
                    column("fields_sha256"), column("needs_review", Boolean()), column("last_op_id"),
                    column("created_at", time), column("updated_at", time))
    conflicts = table("conflict_versions", column("entity"), column("entity_id"), column("op_id"), column("device_id"),
                      column("base_rev"), column("rev"), column("hq_rev"), column("fields", JSON()),
                      column("received_at", time))
    key = "k" * 43 + "="
    rows = [  # entity, id, owner, inspection, fields, op id, writer
        ("inspections", "ib", "B", "ib", {"reference": "63-2569-B0001", "status": "signed", "revision": 1}, "lb:1", "B"),
        ("findings", "fb", "B", "ib", {"inspection_id": "ib", "title": "Wages withheld"}, "lb:2", "B"),
        ("inspections", "ia", "A", "ia", {"reference": "63-2569-B0001", "status": "signed", "revision": 1}, "la:1", "A"),
        ("worker_interviews", "wa", "A", "ib", {"inspection_id": "ib", "notes_original": "invented"}, "la:2", "A"),
        ("establishments", "eb", "B", None, {"name_th": "โรงงาน"}, "lb:3", "B"),
    ]
    with db.write() as conn:
        conn.execute(insert(devices), [{"id": d, "local_id": f"l{d.lower()}", "name": f"Laptop {d}", "public_key": key,
                                        "token_hash": d * 64, "enrolled_at": t[0]} for d in ("A", "B")])
        for n, (entity, record_id, owner, inspection, fields, op_id, writer) in enumerate(rows):
            conn.execute(insert(ops).values(op_id=op_id, device_id=writer, batch_id="b", entity=entity,
                                            entity_id=record_id, action="create", base_rev=0, rev=1, hlc="h",
                                            payload_sha256="0" * 64, status="applied", received_at=t[n]))
            conn.execute(insert(records).values(
                entity=entity, entity_id=record_id, owner_device_id=owner,
                inspection_id=inspection if entity != "establishments" else None, rev=1, hlc="h", fields=fields,
                fields_sha256="0" * 64, needs_review=False, last_op_id=op_id, created_at=t[n], updated_at=t[n]))
        conn.execute(insert(conflicts).values(entity="findings", entity_id="fb", op_id="lb:9", device_id="B",
                                              base_rev=0, rev=1, hq_rev=1, fields={"title": "older"},
                                              received_at=t[5]))


def test_upgrading_an_hq_that_holds_data(hq_db_url: str) -> None:
    db = _at_revision_0001(hq_db_url)
    try:
        _old_rows(db)
        db.upgrade()
        assert db.current_revision() == head_revision()
        with db.read() as conn:
            held = {r.entity_id: r for r in conn.execute(select(Record))}
            kinds = conn.execute(select(ConflictVersion.kind)).scalars().all()
            found = find_inspection(conn, "63-2569-B0001")
        # The first inspection received keeps its reference; the copy is flagged, its fields untouched.
        assert held["ib"].reference == "63-2569-B0001" and not held["ib"].needs_review
        assert held["ia"].reference is None and held["ia"].needs_review
        assert held["ia"].fields["reference"] == "63-2569-B0001"
        assert found.entity_id == "ib"
        # Testimony another laptop wrote under B's inspection stays on record, flagged, with its writer.
        assert held["wa"].needs_review and held["wa"].writer_device_id == "A"
        assert not held["fb"].needs_review and held["fb"].writer_device_id == "B"
        assert {r.entity_id: r.writer_device_id for r in held.values()} == {
            "ib": "B", "fb": "B", "ia": "A", "wa": "A", "eb": "B"}
        assert kinds == ["stale"]
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        db.dispose()
