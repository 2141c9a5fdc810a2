"""Processes the proof suites kill: `inspector-hq serve` (restartable on its port) and laptop children."""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from inspector_app.hq.bootstrap import open_database

from ..hq.support import LOOPBACK, ensure_evidence_key, free_port

ROOT = Path(__file__).resolve().parents[2]


STANDBY_HQ = Path(__file__).with_name("hq_standby.py")
LOWEST_PORT = 10000


def _ephemeral_ports_start() -> int:
    """Where the kernel's range for bind(0) and outgoing connections begins (Linux; 32768 elsewhere, below
    the 49152 macOS and Windows use)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def restartable_port() -> int:
    """A free loopback port outside the kernel's ephemeral range, for an HQ the suites kill and restart.

    Between a kill and the restart HQ's port is free. A port from that range can then go to any
    process on the machine that binds port 0 (another test's server, a database), and the restarted
    HQ fails to bind: "address already in use". A port below the range is never handed out that way.
    """
    start = _ephemeral_ports_start()
    if start <= LOWEST_PORT + 1000:
        return free_port()
    rng = random.SystemRandom()
    for _ in range(200):
        port = rng.randrange(LOWEST_PORT, start)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((LOOPBACK, port))
            except OSError:
                continue
        return port
    return free_port()


class KillableHQ:
    """`inspector-hq serve` on a fixed port: SIGKILL it at any moment, start it again on the same port.

    With `standby`, the next HQ process is started as soon as one is running and waits, imports done,
    for its turn (tests/proof/hq_standby.py): a restart costs what `serve` itself does, not the imports.
    """

    def __init__(self, db_url: str, attachments: Path, port: int | None = None, *, standby: bool = False):
        self.db_url = db_url
        self.attachments = attachments
        self.port = port or restartable_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.standby = standby
        self._process: subprocess.Popen[bytes] | None = None
        self._spare: subprocess.Popen[bytes] | None = None
        self.kills = 0
        self.starts = 0

    @property
    def log_file(self) -> Path:
        """Everything the processes printed (a pipe nobody reads could fill up and stall HQ)."""
        return self.attachments.parent / f"hq-{self.port}.log"

    def _spawn(self) -> subprocess.Popen[bytes]:
        serve = ["serve", "--db", self.db_url, "--port", str(self.port), "--host", "127.0.0.1",
                 "--attachments", str(self.attachments)]
        with open(self.log_file, "ab") as log:
            return subprocess.Popen([sys.executable, str(STANDBY_HQ), *serve], stdin=subprocess.PIPE, stdout=log,
                                    stderr=subprocess.STDOUT)

    def start(self) -> KillableHQ:
        if self.starts == 0:
            self.attachments.parent.mkdir(parents=True, exist_ok=True)
            db = open_database(self.db_url)
            try:
                ensure_evidence_key(db)  # `serve` refuses to start without one
            finally:
                db.dispose()
        process, self._spare = self._spare or self._spawn(), None
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        process.stdin.close()
        self._process = process
        if not wait_for(self._answers, 60, 0.02):
            raise RuntimeError(f"HQ did not start: {self.log_file.read_text(errors='replace')[-2000:]}")
        self.starts += 1
        if self.standby:
            self._spare = self._spawn()
        return self

    def _answers(self) -> bool:
        assert self._process is not None
        if self._process.poll() is not None:
            raise RuntimeError(f"HQ exited at start: {self.log_file.read_text(errors='replace')[-2000:]}")
        try:
            return httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, whatever request is in flight dies with it."""
        assert self._process is not None
        self._process.kill()
        self._process.wait(timeout=30)
        self._process = None
        self.kills += 1

    def restart(self) -> None:
        self.kill()
        self.start()

    def stop(self) -> None:
        if self._spare is not None:
            assert self._spare.stdin is not None
            self._spare.stdin.close()  # no "go": it ends
            _end(self._spare)
            self._spare = None
        if self._process is not None:
            self._process.terminate()
            _end(self._process)
            self._process = None


def _end(process: subprocess.Popen[bytes]) -> None:
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


class LaptopChildren:
    """Laptop children (tests/proof/laptop_child.py), each started ahead of its round when asked:
    `prepare()` starts the next one, which does its imports and waits for its orders on stdin;
    `start()` hands it the round's data dir, log and seed (or starts one cold)."""

    def __init__(self, passphrase: str):
        self.env = {**os.environ, "INSPECTOR_PASSPHRASE": passphrase, "INSPECTOR_KDF_PROFILE": "fast"}
        self._spare: subprocess.Popen[bytes] | None = None

    def prepare(self) -> None:
        if self._spare is None:
            self._spare = subprocess.Popen([sys.executable, "-m", "tests.proof.laptop_child", "--standby"],
                                           cwd=ROOT, env=self.env, stdin=subprocess.PIPE,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self, data_dir: Path, log: Path, seed: int) -> subprocess.Popen[bytes]:
        self.prepare()
        child, self._spare = self._spare, None
        assert child is not None and child.stdin is not None
        orders = ["--data-dir", str(data_dir), "--log", str(log), "--seed", str(seed)]
        child.stdin.write(json.dumps(orders).encode() + b"\n")
        child.stdin.close()
        return child

    def close(self) -> None:
        if self._spare is not None:
            assert self._spare.stdin is not None
            self._spare.stdin.close()
            _end(self._spare)
            self._spare = None


def wait_for(condition: Callable[[], Any], timeout: float, interval: float = 0.005) -> Any:
    """Poll until `condition()` is truthy (returned) or the time is up (None)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    return None
