"""The app's start: the unlock window paints before the store's, the crypto's and the pages' modules
load (they load while it waits), and everything it put off is in place once the main window lists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector_app.cli import build_parser, window_args
from inspector_app.core import demo
from inspector_app.core.services import setup
from inspector_app.ui.script_height import SHOW_MNEMONIC

from ..conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]


def _probe_start(data_dir: Path, tmp_path: Path, *first_user: str) -> dict[str, dict]:
    """The real app's start through tests/ui/start_probe.py: what it noted, by moment."""
    trace, report = tmp_path / "trace.jsonl", tmp_path / "probe.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_TRACE")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               INSPECTOR_LOG_DIR=str(tmp_path / "logs"), INSPECTOR_TRACE_STARTUP=str(trace),
               INSPECTOR_AUTO_UNLOCK=PASSPHRASE)
    done = subprocess.run([sys.executable, "-m", "tests.ui.start_probe", str(data_dir), str(report), *first_user],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    return {record["event"]: record for record in map(json.loads, report.read_text(encoding="utf-8").splitlines())}


def test_the_unlock_window_paints_before_the_heavy_modules_load_and_the_main_window_has_them_all(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with setup.create_store(data_dir, USER, PASSPHRASE) as made:
        demo.generate(made, inspections=5, seed=3)
    at = _probe_start(data_dir, tmp_path)
    shown, listed = at["unlock_shown"], at["list_rows"]
    assert shown["loaded"] == []  # no SQLAlchemy, cryptography, Argon2, store, pages or reports yet
    assert {"sqlalchemy", "cryptography", "argon2", "inspector_app.core.store", "inspector_app.ui.main_window"} \
        <= set(listed["loaded"])
    # The unlock window's fields and buttons have room for Thai and Burmese without the app-wide filter...
    assert len(shown["fields"]) == 4
    for kind, minimum, safe in shown["fields"]:
        assert minimum >= safe > 0, kind
    # ...and every window after it gets the retranslation and script-room filters.
    assert listed["filters"] == ["RetranslateFilter", "ScriptRoom"]


def test_a_first_run_sets_up_the_store_in_a_window_with_room_for_every_script_then_unlocks(tmp_path: Path) -> None:
    data_dir = tmp_path / "new-laptop"
    at = _probe_start(data_dir, tmp_path, "nok")
    assert len(at["first_run"]["fields"]) == 6  # four fields, OK and Cancel: the filters were there before it
    for kind, minimum, safe in at["first_run"]["fields"]:
        assert minimum >= safe > 0, kind
    assert at["list_rows"]["filters"] == ["RetranslateFilter", "ScriptRoom"]
    with setup.open_store(data_dir, PASSPHRASE, "nok") as store:  # the store the first-run window made
        assert store.username == "nok"


@pytest.mark.parametrize("argv", [[], ["--data-dir", "/srv/field"], ["--demo"], ["--data-dir=/srv/field", "--demo"],
                                  ["--demo", "--data-dir", "a", "--data-dir", "b"], ["--data-dir="]])
def test_opening_the_window_reads_the_options_as_the_whole_parser_does(argv: list[str]) -> None:
    quick = window_args(argv)
    assert quick is not None
    whole = build_parser().parse_args(argv)
    assert (quick.data_dir, quick.demo, quick.func) == (whole.data_dir, whole.demo, whole.func)


@pytest.mark.parametrize("argv", [["list"], ["--help"], ["--version"], ["--data-dir"], ["--data-dir", "-x"],
                                  ["--data", "d"], ["--demo", "check"], ["-h"], ["--bogus"]])
def test_anything_but_the_window_options_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert window_args(argv) is None


def test_the_mnemonic_flag_named_by_number_is_qts() -> None:
    assert SHOW_MNEMONIC == Qt.TextFlag.TextShowMnemonic.value

