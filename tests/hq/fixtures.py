"""Fixtures for tests/hq and tests/sync (imported by both conftest files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core.store import Store
from inspector_app.hq import devices
from inspector_app.sync.enrol import enrol

from inspector_app.hq.signin import AuthPolicy

from .filled import FilledHQs
from .support import FakeClock, HQServer, PostgresMissing, PostgresServer, postgres_server, stop_postgres_server

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = postgres_server(in_memory=True)
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    stop_postgres_server()


# Fixtures that make hq_db_url's database a copy of one the worker filled (FilledHQs.copy_into makes it
# afresh): a test that uses one gets no empty PostgreSQL database made first (a fifth of a second each).
COPIED_IN = frozenset({"hq", "signin_hq", "web"})


@pytest.fixture(params=BACKENDS)
def hq_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty HQ database: a SQLite file, or a fresh database on the run's PostgreSQL."""
    if request.param == "sqlite":
        yield str(tmp_path / "hq.db")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    if COPIED_IN.isdisjoint(request.fixturenames):
        name = server.create_database()
    else:
        name = server.new_database_name()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture(scope="session")
def filled_hqs(tmp_path_factory: pytest.TempPathFactory) -> FilledHQs:
    """HQ databases filled once per worker; each test that asks copies one into its own database."""
    return FilledHQs(tmp_path_factory.mktemp("filled-hqs"))


def new_hq(filled_hqs: FilledHQs, hq_db_url: str, files: Path) -> None:
    """Make `hq_db_url` what an HQServer makes of an empty database (the schema at head, HQ's keys, an evidence
    key), from a copy of one the worker made: migrating a database takes a quarter of a second, a copy a tenth
    of that. Only the key pairs are the same in every test's copy."""
    filled_hqs.copy_into("new", hq_db_url, files, lambda server: None)


@pytest.fixture
def hq(hq_db_url: str, tmp_path: Path, filled_hqs: FilledHQs) -> Iterator[HQServer]:
    new_hq(filled_hqs, hq_db_url, tmp_path / "hq-files")
    server = HQServer(hq_db_url, tmp_path / "hq-files").start()
    yield server
    server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def signin_hq(hq_db_url: str, tmp_path: Path, clock: FakeClock, filled_hqs: FilledHQs) -> Iterator[HQServer]:
    """An HQ whose sign-in policy the test may change (`hq.app.state.signin.policy`), on a clock it moves."""
    new_hq(filled_hqs, hq_db_url, tmp_path / "hq-files")
    server = HQServer(hq_db_url, tmp_path / "hq-files", auth_policy=AuthPolicy(clock=clock)).start()
    yield server
    server.stop()


def enrol_store(store: Store, hq: HQServer) -> str:
    """Enrol a laptop store with the test HQ; returns HQ's device id for it."""
    code, _ = devices.new_enrol_code(hq.db)
    return enrol(store, hq.url, code).device_id


@pytest.fixture
def enrolled(store: Store, hq: HQServer) -> Store:
    enrol_store(store, hq)
    return store
