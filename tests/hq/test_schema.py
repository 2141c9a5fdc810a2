"""HQ's schema: migrations equal the models on both databases; upgrades are idempotent and race-safe."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase, head_revision
from inspector_app.hq.models import Base, Counter, Setting


def test_migrations_create_exactly_the_models(hq_db_url: str) -> None:
    db = open_database(hq_db_url)
    try:
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert db.current_revision() == head_revision()
        with db.read() as conn:
            assert conn.execute(select(Counter.value).where(Counter.name == "pull")).scalar_one() == 0
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
