"""Test infrastructure shared by tests/hq and tests/sync: a real PostgreSQL, an HQ on loopback.

PostgreSQL is started once per test run from the server binaries (initdb +
pg_ctl in a temporary folder, on a free loopback port); each test gets its own
database. Missing binaries fail the run with a clear message: CI installs them.
The test suite's cluster lives in memory (/dev/shm) when there is room there.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import uvicorn

from inspector_app.hq.app import create_app
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase
from inspector_app.hq.evidence import current_key, init_keys
from inspector_app.hq.signin import AuthPolicy

PG_BIN_ENV = "INSPECTOR_TEST_PG_BIN"
EVIDENCE_PASSPHRASE = "synthetic evidence passphrase for tests"
PREFERRED_PG = "15"
LOOPBACK = "127.0.0.1"


class PostgresMissing(RuntimeError):
    pass


def find_pg_bin() -> Path:
    candidates = []
    if os.environ.get(PG_BIN_ENV):
        candidates.append(Path(os.environ[PG_BIN_ENV]))
    candidates.append(Path(f"/usr/lib/postgresql/{PREFERRED_PG}/bin"))
    candidates.extend(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True))
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PostgresMissing(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/15/bin, "
        f"/usr/lib/postgresql/*/bin or on PATH. Install them (Debian: apt-get install postgresql) or set "
        f"{PG_BIN_ENV}. The HQ suite must run against PostgreSQL as well as SQLite."
    )


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, 0))
    return sock


def free_port() -> int:
    with free_socket() as sock:
        return sock.getsockname()[1]


class PostgresServer:
    """A throwaway cluster; as root the server binaries run as the `postgres` user."""

    def __init__(self, bin_dir: Path, extra_options: str = "", *, parent: str | None = None):
        self.bin = bin_dir
        self.extra_options = extra_options  # more `-c name=value` server settings (a profiling run's)
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="fi-pg-", dir=parent))  # parent None: the temp folder
        self.data = self.root / "data"
        self.port = free_port()
        self.started = False

    def _run(self, *argv: str, timeout: float = 120) -> None:
        command: Sequence[str] = argv
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *argv]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:2])} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")

    def start(self) -> PostgresServer:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o700)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses={LOOPBACK} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 " + self.extra_options)
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "-o", options, "start")
        self.started = True
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@{LOOPBACK}:{self.port}/{database}"

    def new_database_name(self) -> str:
        return f"hq_{uuid.uuid4().hex[:12]}"

    def create_database(self) -> str:
        name = self.new_database_name()
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            if self.started:
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            self.started = False
            shutil.rmtree(self.root, ignore_errors=True)


_server_lock = threading.Lock()
_server: PostgresServer | None = None


MEMORY_FOLDER = Path("/dev/shm")
MEMORY_ROOM = 2 << 30  # bytes free there for a test run's cluster to go in memory


def memory_folder() -> str | None:
    """/dev/shm when it is a folder in memory with room for a test run's cluster (a few hundred MB at most), else
    None. Creating a database from a template takes a twentieth of the time there that it takes on disk."""
    try:
        if MEMORY_FOLDER.is_dir() and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK) \
                and shutil.disk_usage(MEMORY_FOLDER).free >= MEMORY_ROOM:
            return str(MEMORY_FOLDER)
    except OSError:
        pass
    return None


def postgres_server(*, in_memory: bool = False) -> PostgresServer:
    """The run's PostgreSQL (started on first use; `stop_postgres_server` ends it). `in_memory`: started in
    /dev/shm when there is room (the test suite's small throwaway databases, not a benchmark's millions of rows)."""
    global _server
    with _server_lock:
        if _server is None:
            _server = PostgresServer(find_pg_bin(), parent=memory_folder() if in_memory else None).start()
        return _server


def stop_postgres_server() -> None:
    global _server
    with _server_lock:
        if _server is not None:
            _server.stop()
            _server = None


def ensure_evidence_key(db: HQDatabase) -> None:
    """What `inspector-hq init-keys` does, with the tests' evidence passphrase (once per database)."""
    with db.read() as conn:
        present = current_key(conn) is not None
    if not present:
        init_keys(db, EVIDENCE_PASSPHRASE)


class _Uvicorn(uvicorn.Server):
    """uvicorn's server, with its waits made waits on what they wait for (a run starts and stops hundreds).

    uvicorn looks every 0.1 s whether it was asked to stop, and on stopping sleeps 0.1 s after asking the open
    connections to close, then looks again every 0.1 s until they and their tasks are gone: about 0.18 s per
    stop, spent waiting. Here a stop wakes the main loop at once, and the shutdown takes the same steps in the
    same order (stop listening, ask each connection to close, wait for the connections and their tasks up to
    the graceful timeout and cancel what is left, the app's shutdown handlers), looking every few milliseconds.
    """

    def __init__(self, config: uvicorn.Config):
        super().__init__(config)
        self.up = threading.Event()  # set once started (or failed to start: the thread ends)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        try:
            await super().startup(sockets)
        finally:
            self.up.set()

    def stop_soon(self) -> None:
        """Ask the server to stop (from any thread), waking its main loop."""
        self.should_exit = True
        if self._loop is not None and self._wake is not None:
            try:
                self._loop.call_soon_threadsafe(self._wake.set)
            except RuntimeError:  # the loop has already closed
                pass

    async def main_loop(self) -> None:
        assert self._wake is not None
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            try:
                await asyncio.wait_for(self._wake.wait(), 0.1)  # one tick, as uvicorn's
            except TimeoutError:
                pass
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        try:
            async with asyncio.timeout(self.config.timeout_graceful_shutdown):
                while (self.server_state.connections or self.server_state.tasks) and not self.force_exit:
                    await asyncio.sleep(0.002)
                for server in self.servers:
                    await server.wait_closed()
        except TimeoutError:
            for task in self.server_state.tasks:
                task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        if not self.force_exit:
            await self.lifespan.shutdown()


class HQServer:
    """The HQ app under uvicorn in a thread, on a loopback port of its own (with an evidence key,
    as `serve` requires, unless `evidence_key=False`)."""

    def __init__(self, db_url: str, attachments: Path, *, evidence_key: bool = True,
                 auth_policy: AuthPolicy | None = None):
        self.db_url = db_url
        self.attachments = attachments
        self.app = create_app(db_url, attachments, auth_policy=auth_policy)
        self.db: HQDatabase = self.app.state.db
        if evidence_key:
            ensure_evidence_key(self.db)
        self.storage = self.app.state.storage
        self._socket = free_socket()
        self.port = self._socket.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._server = _Uvicorn(uvicorn.Config(self.app, log_level="warning", access_log=False,
                                               timeout_graceful_shutdown=2))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def start(self) -> HQServer:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the HQ test server did not start")
            self._server.up.wait(0.02)
        return self

    def stop(self) -> None:
        self._server.stop_soon()
        self._thread.join(timeout=15)
        self._socket.close()
        self.db.dispose()


class FakeClock:
    """A clock tests move by hand (sign-in windows, lockouts, session expiry)."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 12, 1, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class HQProcess:
    """`inspector-hq serve` in a child process (for kill / restart tests), optionally with a fault script."""

    def __init__(self, db_url: str, attachments: Path, port: int, *, script: Path | None = None,
                 script_args: Sequence[str] = (), log_file: Path | None = None, log_level: str | None = None):
        self.url = f"http://{LOOPBACK}:{port}"
        self.db_url = db_url
        serve = ["serve", "--db", db_url, "--port", str(port), "--host", LOOPBACK, "--attachments", str(attachments)]
        if log_level is not None:
            serve += ["--log-level", log_level]
        self.log_file = log_file  # everything the process prints (stdout and stderr), when given
        if script is None:
            self.argv = [sys.executable, "-m", "inspector_app.hq.cli", *serve]
        else:
            self.argv = [sys.executable, str(script), *script_args, *serve]
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> HQProcess:
        db = open_database(self.db_url)
        try:
            ensure_evidence_key(db)  # `serve` refuses to start without one
        finally:
            db.dispose()
        if self.log_file is not None:
            with open(self.log_file, "ab") as log:
                self.proc = subprocess.Popen(self.argv, stdout=log, stderr=subprocess.STDOUT)
        else:
            self.proc = subprocess.Popen(self.argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                said = (self.log_file.read_bytes() if self.log_file is not None
                        else self.proc.stderr.read())  # type: ignore[union-attr]
                raise RuntimeError(f"HQ exited at start: {said.decode()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError("the HQ process did not start")

    def wait_exit(self, timeout: float = 30) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        if self.proc is not None and self.proc.stderr is not None:
            self.proc.stderr.close()
