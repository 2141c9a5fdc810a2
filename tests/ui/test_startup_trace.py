"""The app reports its start moments without a person (for the start benchmark), and only when asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.core import demo
from inspector_app.core.services import setup

from ..conftest import PASSPHRASE, USER


def _start_app(data_dir: Path, tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_TRACE")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               INSPECTOR_LOG_DIR=str(tmp_path / "logs"), **extra_env)
    return subprocess.run([sys.executable, "-m", "inspector_app.cli", "--data-dir", str(data_dir)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_a_traced_start_unlocks_lists_and_exits_by_itself(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with setup.create_store(data_dir, USER, PASSPHRASE) as store:
        demo.generate(store, inspections=7, seed=1)
    trace = tmp_path / "trace.jsonl"
    done = _start_app(data_dir, tmp_path, INSPECTOR_TRACE_STARTUP=str(trace), INSPECTOR_AUTO_UNLOCK=PASSPHRASE,
                      INSPECTOR_AUTO_SETTLE="0.2")
    assert done.returncode == 0, done.stderr[-2000:]
    records = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    events = [r["event"] for r in records]
    assert events[:2] in (["process_start", "gui"], ["gui", "unlock_shown"])
    order = ["gui", "unlock_shown", "preloaded", "unlock_submitted", "unlocked", "main_window_painted", "list_painted",
             "list_rows", "settled", "close_requested", "exit"]
    assert [e for e in events if e in order] == order
    times = [r["t"] for r in records]
    assert times == sorted(times)
    cpu = [r["cpu"] for r in records if r["event"] != "process_start"]  # the process's CPU time at each moment
    assert cpu == sorted(cpu) and cpu[-1] > 0
    assert next(r for r in records if r["event"] == "list_rows")["rows"] == 7
    settled = next(r for r in records if r["event"] == "settled")  # the window stayed open 0.2 s, timed
    assert settled["t"] - next(r for r in records if r["event"] == "list_rows")["t"] >= 0.2
    assert settled["longest_stall_ms"] >= 0 and settled["stalls_over_100ms"] >= 0
    # The process ends without the interpreter's teardown: what the window saved as it closed is on disk.
    settings = (tmp_path / "config" / "FieldInspector" / "Field Inspector.conf").read_text(encoding="utf-8")
    assert "geometry=" in settings


def test_a_wrong_passphrase_ends_the_traced_run_instead_of_waiting(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    setup.create_store(data_dir, USER, PASSPHRASE, load_templates=False).close()
    trace = tmp_path / "trace.jsonl"
    done = _start_app(data_dir, tmp_path, INSPECTOR_TRACE_STARTUP=str(trace), INSPECTOR_AUTO_UNLOCK="not it at all")
    assert done.returncode == 1
    events = [json.loads(line)["event"] for line in trace.read_text(encoding="utf-8").splitlines()]
    assert "unlock_failed" in events and "unlocked" not in events


def test_without_the_trace_the_passphrase_variable_is_ignored(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # noqa: ANN001
    from inspector_app.ui.startup_trace import StartupTrace

    monkeypatch.delenv("INSPECTOR_TRACE_STARTUP", raising=False)
    monkeypatch.setenv("INSPECTOR_AUTO_UNLOCK", PASSPHRASE)
    assert StartupTrace.from_env() is None
