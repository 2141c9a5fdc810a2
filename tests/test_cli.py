"""The command line: what works, and a clear line (never a traceback) for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from inspector_app.core.services import setup as store_setup
from inspector_app.cli import build_parser, main
from inspector_app.core.store import Store

from .conftest import PASSPHRASE


@pytest.fixture
def env_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_list_check_export(tmp_path: Path, capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "init", "--data-dir", data, "--user", "somchai")
    assert code == 0 and "checklist templates loaded" in out
    code, out, _ = run(capsys, "demo-data", "--data-dir", data, "--inspections", "30", "--seed", "7")
    assert code == 0 and "Added 30 inspections" in out
    code, out, _ = run(capsys, "list", "--data-dir", data, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 30
    assert {"id", "reference", "establishment", "status"} <= set(rows[0])
    code, out, _ = run(capsys, "list", "--data-dir", data, "--status", "draft", "--json")
    assert code == 0 and all(r["status"] == "draft" for r in json.loads(out))
    code, out, _ = run(capsys, "check", "--data-dir", data)
    assert code == 0 and "FAIL" not in out and "audit chain" in out
    code, out, err = run(capsys, "export", "--data-dir", data, "--format", "json", "--out", str(tmp_path / "x"))
    assert code == 0 and "NOT encrypted" in err
    exported = json.loads((tmp_path / "x" / "inspections.json").read_text(encoding="utf-8"))
    assert len(exported) == 30
    interviews = json.loads((tmp_path / "x" / "worker_interviews.json").read_text(encoding="utf-8"))
    assert any("\u1000" <= ch <= "\u109f" for row in interviews for ch in (row["notes_original"] or ""))
    code, _, _ = run(capsys, "export", "--data-dir", data, "--format", "csv", "--out", str(tmp_path / "c"))
    assert code == 0 and (tmp_path / "c" / "checklist_answers.csv").exists()


def test_demo_data_is_deterministic_for_a_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    listings = []
    for name in ("a", "b"):
        data = str(tmp_path / name)
        assert run(capsys, "init", "--data-dir", data, "--user", "u1")[0] == 0
        assert run(capsys, "demo-data", "--data-dir", data, "--inspections", "12", "--seed", "42")[0] == 0
        code, out, _ = run(capsys, "list", "--data-dir", data, "--json")
        listings.append(sorted((r["establishment"], r["visit_date"], r["status"]) for r in json.loads(out)))
    assert listings[0] == listings[1]


def test_check_reports_a_tampered_audit_row(store: Store, data_dir: Path, capsys: pytest.CaptureFixture[str], env_pass: None) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET actor = 'mallory' WHERE seq = 2"))
    store.close()
    code, out, _ = run(capsys, "check", "--data-dir", str(data_dir))
    assert code == 1 and "FAIL audit chain: broken at entry 2" in out


@pytest.mark.parametrize(
    ("setup", "argv", "code", "message"),
    [
        ("none", ["list", "--data-dir", "{missing}"], 1, "does not exist"),
        ("store", ["list", "--data-dir", "{data}"], 2, "Wrong passphrase"),
        ("corrupt", ["check", "--data-dir", "{data}"], 1, "damaged"),
        ("store", ["demo-data", "--data-dir", "{data}", "--inspections", "-3"], 1, "cannot be negative"),
        ("store", ["init", "--data-dir", "{data}", "--user", "again"], 1, "already holds a data store"),
        ("empty_dir", ["list", "--data-dir", "{data}"], 1, "holds no data store"),
    ],
)
def test_bad_input_gives_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    setup: str, argv: list[str], code: int, message: str,
) -> None:
    data = tmp_path / "data"
    if setup in ("store", "corrupt"):
        store_setup.create_store(data, "somchai", PASSPHRASE, load_templates=False).close()
    if setup == "corrupt":
        (data / "inspector.db").write_bytes(b"this is not a database" * 100)
        for side in data.glob("inspector.db-*"):
            side.unlink()
    if setup == "empty_dir":
        data.mkdir()
    wrong = setup == "store" and message == "Wrong passphrase"
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", "a wrong passphrase" if wrong else PASSPHRASE)
    argv = [a.format(missing=tmp_path / "nowhere", data=data) for a in argv]
    got, out, err = run(capsys, *argv)
    assert got == code
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_passphrase_from_stdin_and_missing_passphrase(store: Store, data_dir: Path) -> None:
    store.close()
    env = {k: v for k, v in __import__("os").environ.items() if k != "INSPECTOR_PASSPHRASE"}
    ok = subprocess.run([sys.executable, "-m", "inspector_app.cli", "list", "--data-dir", str(data_dir)],
                        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    empty = subprocess.run([sys.executable, "-m", "inspector_app.cli", "list", "--data-dir", str(data_dir)],
                           input="", capture_output=True, text=True, env=env, timeout=120)
    assert empty.returncode != 0 and "No passphrase" in empty.stderr and "Traceback" not in empty.stderr


def test_every_command_has_help_text() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(subparsers.choices) >= {"init", "demo-data", "list", "check", "export"}
    for name, sub in subparsers.choices.items():
        assert sub.description, f"{name} has no help text"
        assert sub.format_help()
