"""A full disk: a clear message ("The disk is full …; nothing was lost"), nothing half-written, no temp files.

The database is filled for real (SQLite's max_page_count makes it answer SQLITE_FULL exactly as a full
disk does); file writes run in a child process whose file-size limit (RLIMIT_FSIZE) the OS enforces, or
get ENOSPC injected where a child process cannot reach.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.cli import main as app_main
from inspector_app.core import db as core_db
from inspector_app.core import demo
from inspector_app.core.checks import run_checks
from inspector_app.core.errors import DiskFull
from inspector_app.core.models import Attachment, ChecklistAnswer
from inspector_app.core.services import attachments, checklist
from inspector_app.core.store import Store

from ..conftest import PASSPHRASE
from .helpers import new_inspection

LIMIT_BYTES = 64 * 1024


def _fill_database(store: Store) -> None:
    """From now on the database cannot grow by a single page."""
    with store.write_engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")


def _files_named(root: Path, *patterns: str) -> list[Path]:
    return [p for pattern in patterns for p in root.rglob(pattern)]


def test_a_full_database_says_so_and_keeps_everything(store: Store) -> None:
    inspection = new_inspection(store)
    checklist.save_answer(store, inspection, "LPA-C-01", result="compliant", note="first note")
    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(ChecklistAnswer))
    _fill_database(store)
    with pytest.raises(DiskFull) as full:
        checklist.save_answer(store, inspection, "LPA-C-02", result="non_compliant", note="ข้อความยาว " * 3000)
    assert full.value.message.startswith("The disk is full") and "Nothing was lost" in full.value.message
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChecklistAnswer)) == before
    assert all(r.ok for r in run_checks(store)), [r for r in run_checks(store) if not r.ok]
    with store.write_engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA max_page_count = 1073741823")  # space freed
    checklist.save_answer(store, inspection, "LPA-C-02", result="non_compliant", note="saved after all")


def test_the_cli_says_the_disk_is_full(store: Store, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    real_connect = core_db.connect

    def full_connect(*args: object, **kwargs: object) -> object:
        conn = real_connect(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(core_db, "connect", full_connect)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    code = app_main(["demo-data", "--data-dir", str(store.data_dir), "--inspections", "20"])
    err = capsys.readouterr().err
    assert code == 7 and "The disk is full" in err and "Nothing was lost" in err, err
    assert "unexpected error" not in err
    monkeypatch.setattr(core_db, "connect", real_connect)
    assert app_main(["check", "--data-dir", str(store.data_dir)]) == 0


def test_a_photo_that_does_not_fit_leaves_no_temp_file(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector_app.core import vault

    inspection = new_inspection(store)

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(vault.os, "fsync", no_space)
    with pytest.raises(DiskFull):
        attachments.add_attachment(store, inspection, os.urandom(5000), mime="image/jpeg")
    assert _files_named(store.data_dir / "attachments", "*.tmp") == []
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def _run_limited(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`inspector-app ARGS` in a child process that may write no file beyond LIMIT_BYTES."""
    program = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({LIMIT_BYTES}, {LIMIT_BYTES}))\n"
        "from inspector_app.cli import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    env = {**os.environ, "INSPECTOR_PASSPHRASE": PASSPHRASE, "INSPECTOR_LOG_DIR": str(tmp_path / "logs")}
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def full_store(store: Store) -> Store:
    demo.generate(store, inspections=6, seed=3)
    inspection = new_inspection(store)
    attachments.add_attachment(store, inspection, os.urandom(3 * LIMIT_BYTES), mime="image/jpeg")
    store.close()
    return store


@pytest.mark.parametrize("command", ["export", "report"])
def test_a_file_that_does_not_fit_says_so_and_leaves_nothing_behind(full_store: Store, tmp_path: Path,
                                                                    command: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    data = str(full_store.data_dir)
    with setup.open_store(full_store.data_dir, PASSPHRASE) as store:
        from inspector_app.core.models import Inspection

        with store.session() as s:
            inspection = s.scalars(select(Inspection.id)).first()
    args = {"export": ["export", "--data-dir", data, "--format", "json", "--out", str(out)],
            "report": ["report", inspection, "--kind", "full", "--out", str(out / "r.pdf"), "--data-dir", data]}[command]
    result = _run_limited(args, tmp_path)
    assert result.returncode == 7, result.stderr
    assert "The disk is full" in result.stderr and "Nothing was lost" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    assert _files_named(out, "*.tmp", "*.part", ".*") == []
    if command == "report":
        assert not (out / "r.pdf").exists()
