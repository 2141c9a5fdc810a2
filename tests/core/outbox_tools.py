"""Outbox helpers for tests: a recount by the sync layer's own rules, and an "older version" store."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import select

from inspector_app.core import migrate, outbox_counts
from inspector_app.core.db import DB_FILE, connect
from inspector_app.core.keys import Keyring
from inspector_app.core.models import OutboxOp
from inspector_app.core.store import Store
from inspector_app.sync.outbox import OutboxRow
from inspector_app.sync.sealed import needs_sealing


def counted_by_hand(store: Store) -> outbox_counts.OutboxCounts:
    """The counts from every outbox row, with the sync layer's own test for testimony to seal."""
    with store.session() as session:
        rows = [OutboxRow.of(r) for r in session.scalars(select(OutboxOp))]
        states = [r.state for r in session.scalars(select(OutboxOp))]
    unsealed = sum(1 for row, state in zip(rows, states, strict=True)
                   if state == "pending" and row.sealed is None and needs_sealing(row.entity, row.visible_fields()))
    return outbox_counts.OutboxCounts(states.count("pending"), states.count("rejected"), states.count("conflict"),
                                      unsealed)


def kept(store: Store) -> outbox_counts.OutboxCounts:
    with store.session() as session:
        return outbox_counts.read(session.connection())


def assert_counts_hold(store: Store) -> outbox_counts.OutboxCounts:
    """The kept counts equal a recount (by hand and by the app's own SQL); returns them."""
    by_hand = counted_by_hand(store)
    assert kept(store) == by_hand
    with store.session() as session:
        assert outbox_counts.recount(session.connection()) == by_hand
    return by_hand


def as_older_version(store: Store, passphrase: str, acknowledged: int) -> None:
    """Turn a closed store into what an older version left: the schema before 0010, and its first `acknowledged`
    changes kept in the outbox as 'acked' (that version never deleted them): the schema before 0010. Opening it upgrades it."""
    _, key = Keyring(store.data_dir).unlock(passphrase)
    store.close()
    from sqlalchemy import create_engine
    import sqlcipher3.dbapi2 as sqlcipher

    path = store.data_dir / DB_FILE
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect(path, key), module=sqlcipher)
    try:
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011")  # the schema just before the kept counts (0010 follows 0011)
            conn.exec_driver_sql(
                "UPDATE outbox SET state = 'acked', acked_at = '2026-11-30T00:00:00.000000Z', attempts = 1 "
                "WHERE seq <= ?", (acknowledged,))
    finally:
        engine.dispose()


def fields_of(store: Store, seq: int) -> dict:
    with store.session() as session:
        return json.loads(session.connection().exec_driver_sql("SELECT fields FROM outbox WHERE seq = ?",
                                                               (seq,)).scalar_one())
