"""Processes the proof suites kill: `inspector-hq serve` (restartable on its port) and laptop children."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..hq.support import HQProcess, free_port

ROOT = Path(__file__).resolve().parents[2]


class KillableHQ:
    """`inspector-hq serve` on a fixed port: SIGKILL it at any moment, start it again on the same port."""

    def __init__(self, db_url: str, attachments: Path, port: int | None = None):
        self.db_url = db_url
        self.attachments = attachments
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: HQProcess | None = None
        self.kills = 0
        self.starts = 0

    @property
    def log_file(self) -> Path:
        """Everything the processes printed (a pipe nobody reads could fill up and stall HQ)."""
        return self.attachments.parent / f"hq-{self.port}.log"

    def start(self) -> KillableHQ:
        self.attachments.parent.mkdir(parents=True, exist_ok=True)
        self._process = HQProcess(self.db_url, self.attachments, self.port, log_file=self.log_file).start()
        self.starts += 1
        return self

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, whatever request is in flight dies with it."""
        assert self._process is not None and self._process.proc is not None
        self._process.proc.kill()
        self._process.proc.wait(timeout=30)
        self._process.stop()  # closes its pipes
        self._process = None
        self.kills += 1

    def restart(self) -> None:
        self.kill()
        self.start()

    def stop(self) -> None:
        if self._process is not None:
            self._process.stop()
            self._process = None


def start_laptop_child(data_dir: Path, log: Path, seed: int, passphrase: str) -> subprocess.Popen[bytes]:
    """The laptop child (tests/proof/laptop_child.py), its output kept in a file beside its log."""
    env = {**os.environ, "INSPECTOR_PASSPHRASE": passphrase, "INSPECTOR_KDF_PROFILE": "fast"}
    with open(log.with_suffix(".out"), "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "tests.proof.laptop_child", "--data-dir", str(data_dir),
                                 "--log", str(log), "--seed", str(seed)], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)


def wait_for(condition: Callable[[], Any], timeout: float, interval: float = 0.005) -> Any:
    """Poll until `condition()` is truthy (returned) or the time is up (None)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    return None
