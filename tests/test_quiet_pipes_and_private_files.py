"""`... | head` ends quietly; the data dir is owner-only (0600 files, 0700 folders), new or upgraded."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.migrate import backup_database
from inspector_app.core.services import attachments
from inspector_app.core.store import Store
from inspector_app.logs import log_unexpected

from .conftest import PASSPHRASE
from .core.helpers import new_inspection


def _closed_pipe(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    """Run a command whose reader has already gone away, as `| head` leaves it."""
    env = {**os.environ, "INSPECTOR_PASSPHRASE": PASSPHRASE, "INSPECTOR_LOG_DIR": str(tmp_path / "logs")}
    proc = subprocess.Popen([sys.executable, "-m", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    return subprocess.CompletedProcess(argv, proc.wait(timeout=120), b"", err)


def test_the_app_stops_quietly_on_a_closed_pipe(store: Store, tmp_path: Path) -> None:
    demo.generate(store, inspections=40, seed=2)
    store.close()
    result = _closed_pipe(["inspector_app.cli", "list", "--data-dir", str(store.data_dir)], tmp_path)
    assert result.stderr == b"" and result.returncode == 141


def test_hq_stops_quietly_on_a_closed_pipe(tmp_path: Path) -> None:
    result = _closed_pipe(["inspector_app.hq.cli", "enrol-code", "--db", str(tmp_path / "hq.db")], tmp_path)
    assert result.stderr == b"" and result.returncode == 141


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common 022: files would come out 0644 unless the app says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _loose(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(root.parent)} {mode:o}")
    return found


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps a user's files private through the profile's ACL")
def test_a_new_data_dir_is_private(tmp_path: Path, usual_umask: None) -> None:
    data_dir = tmp_path / "fi"
    with setup.create_store(data_dir, "somchai", PASSPHRASE) as store:
        attachments.add_attachment(store, new_inspection(store), os.urandom(2000), mime="image/jpeg")
        backup_database(store.db_path, store._data_key, label="test")
        assert (data_dir / "inspector.db-wal").exists()
        assert _loose(data_dir) == []
    log_unexpected(RuntimeError("boom"))
    assert _loose(tmp_path / "logs") == []


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps a user's files private through the profile's ACL")
def test_an_older_data_dir_is_made_private_when_opened(tmp_path: Path, usual_umask: None) -> None:
    data_dir = tmp_path / "fi"
    with setup.create_store(data_dir, "somchai", PASSPHRASE) as store:
        attachments.add_attachment(store, new_inspection(store), os.urandom(2000), mime="image/jpeg")
    for path in [data_dir, *data_dir.rglob("*")]:  # as an older version left it
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert _loose(data_dir)
    with setup.open_store(data_dir, PASSPHRASE):
        assert _loose(data_dir) == []
