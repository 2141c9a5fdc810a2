"""Workspace tests: httpx against the real HQ app on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection
from inspector_app.core.store import Store
from inspector_app.hq.models import utcnow
from inspector_app.hq.signin import AuthPolicy
from inspector_app.sync.engine import SyncEngine

from ..fixtures import enrol_store, hq_db_url, pg_server  # noqa: F401
from ..support import FakeClock, HQServer
from .client import create_accounts


@dataclass
class WebHQ:
    server: HQServer
    clock: FakeClock

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def db(self):  # noqa: ANN201
        return self.server.db


@pytest.fixture
def web(hq_db_url: str, tmp_path: Path) -> Iterator[WebHQ]:
    """HQ with a supervisor and an admin, on a clock tests may move (sessions, lockouts)."""
    clock = FakeClock(utcnow())
    server = HQServer(hq_db_url, tmp_path / "hq-files", auth_policy=AuthPolicy(clock=clock)).start()
    create_accounts(server.db)
    yield WebHQ(server, clock)
    server.stop()


@dataclass
class Synced:
    store: Store
    engine: SyncEngine
    submitted: list[Inspection]  # signed on the laptop, submitted at HQ, by reference


@pytest.fixture
def synced(web: WebHQ, store: Store) -> Iterator[Synced]:
    """A real laptop with demo inspections, enrolled and synced with the workspace's HQ."""
    enrol_store(store, web.server)
    demo.generate(store, inspections=12, seed=5)
    engine = SyncEngine.for_store(store)
    assert engine.sync_round().ok
    with store.session() as s:
        submitted = list(s.scalars(select(Inspection).where(Inspection.status == "submitted")
                                   .order_by(Inspection.reference)))
    assert len(submitted) >= 2
    yield Synced(store, engine, submitted)
    engine.close()
