"""`inspector-hq`: every command on both databases, one clear line (never a traceback) for bad input."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.hq.cli import build_parser, main
from inspector_app.paths import resources_dir
from inspector_app.sync.protocol import PUBLICATION_KINDS

from .devices import fake_laptop
from .support import HQServer

TEMPLATE = resources_dir() / "checklists" / "sector-fishing.v2.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_enrol_code_prints_the_code_as_the_last_token(hq_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "enrol-code", "--db", hq_db_url, "--days", "2")
    assert code == 0
    token = out.split()[-1]
    assert len(token) == 19 and token.count("-") == 3


def test_publish_template_and_reference(hq: HQServer, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = ["--db", hq.db_url]
    assert run(capsys, "publish-template", *db, str(TEMPLATE))[1].startswith("Published template SECTOR-FISHING")
    assert "already published" in run(capsys, "publish-template", *db, str(TEMPLATE))[1]
    changed = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    changed["title"]["en"] += " (changed)"
    same_version = tmp_path / TEMPLATE.name
    same_version.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "publish-template", *db, str(same_version))
    assert code == 5 and "published with different content" in err and len(err.strip().splitlines()) == 1
    broken = tmp_path / "broken.v1.json"
    broken.write_text('{"code": "X"}', encoding="utf-8")
    code, _, err = run(capsys, "publish-template", *db, str(broken))
    assert code == 1 and "not a valid checklist template" in err and "Traceback" not in err
    wages = tmp_path / "wages.json"
    wages.write_text(json.dumps({"63": 352, "10": 400}), encoding="utf-8")
    assert run(capsys, "publish-reference", *db, "minimum_wage", str(wages))[0] == 0
    laptop = fake_laptop(hq)
    kinds = [i.kind for i in laptop.client.pull(0, kinds=PUBLICATION_KINDS).items]  # a laptop applying every kind
    # Every serving HQ has published its document key (worker document hashes) and its evidence key.
    assert kinds == ["document_key", "evidence_key", "template", "reference"]


def test_users_review_export_and_devices(hq: HQServer, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", hq.db_url]
    monkeypatch.setenv("INSPECTOR_HQ_PASSWORD", "short")
    code, _, err = run(capsys, "create-user", *db, "--username", "nok")
    assert code == 5 and "at least 10 characters" in err
    monkeypatch.setenv("INSPECTOR_HQ_PASSWORD", "a good long password")
    assert run(capsys, "create-user", *db, "--username", "nok", "--name", "นก Supervisor")[0] == 0
    assert "already exists" in run(capsys, "create-user", *db, "--username", "nok")[2]

    laptop = fake_laptop(hq, "Mae Sot 1")
    laptop.push(laptop.op("inspections", "i1", 0, 1, reference="63-2569-X0001", status="signed", revision=1,
                          summary="ลูกจ้างถูกยึดหนังสือเดินทาง"),
                laptop.op("inspections", "i2", 0, 1, reference="63-2569-X0002", status="draft", revision=1))
    code, out, _ = run(capsys, "inspections", *db, "--json")
    listed = json.loads(out)
    assert {r["reference"]: r["status"] for r in listed} == {"63-2569-X0001": "submitted", "63-2569-X0002": "draft"}
    assert {(r["owner_device_id"], r["writer_device_id"]) for r in listed} == {(laptop.device_id,) * 2}
    code, _, err = run(capsys, "review", *db, "63-2569-X0002", "--approve")
    assert code == 1 and "is draft; only a submitted inspection" in err
    code, _, err = run(capsys, "review", *db, "nope", "--approve")
    assert code == 4 and "no inspection 'nope'" in err
    code, _, err = run(capsys, "review", *db, "63-2569-X0001", "--return", " ")
    assert code == 5 and "needs a comment" in err
    code, out, _ = run(capsys, "review", *db, "63-2569-X0001", "--approve", "--by", "nok")
    assert code == 0 and "Approved inspection 63-2569-X0001" in out
    assert "is approved" in run(capsys, "review", *db, "i1", "--return", "again")[2]

    for fmt in ("json", "csv"):
        code, _, err = run(capsys, "export", *db, "--format", fmt, "--out", str(tmp_path / fmt))
        assert code == 0 and "NOT encrypted" in err
    exported = json.loads((tmp_path / "json" / "inspections.json").read_text(encoding="utf-8"))
    by_ref = {r["reference"]: r for r in exported}
    assert by_ref["63-2569-X0001"]["hq_status"] == "approved"
    assert by_ref["63-2569-X0001"]["summary"] == "ลูกจ้างถูกยึดหนังสือเดินทาง"
    assert by_ref["63-2569-X0001"]["hq_owner_device_id"] == by_ref["63-2569-X0001"]["hq_writer_device_id"] == \
        laptop.device_id
    assert {p.name for p in (tmp_path / "json").iterdir()} >= {"inspections.json", "devices.json", "users.json",
                                                               "review_decisions.json", "conflict_versions.json",
                                                               "record_history.json", "ownership_changes.json"}
    history = json.loads((tmp_path / "json" / "record_history.json").read_text(encoding="utf-8"))
    assert {(h["entity_id"], h["rev"], h["writer_device"]) for h in history} == {("i1", 1, "Mae Sot 1"),
                                                                                 ("i2", 1, "Mae Sot 1")}
    users_csv = list(csv.DictReader((tmp_path / "csv" / "users.csv").open(encoding="utf-8")))
    assert users_csv[0]["username"] == "nok" and "password_hash" not in users_csv[0]
    devices_json = json.loads((tmp_path / "json" / "devices.json").read_text(encoding="utf-8"))
    assert "token_hash" not in devices_json[0]

    assert "Mae Sot 1" in run(capsys, "devices", *db)[1]
    assert run(capsys, "revoke-device", *db, "Mae Sot 1")[0] == 0
    assert "revoked" in run(capsys, "devices", *db)[1]


@pytest.mark.parametrize(("argv", "message"), [
    (["migrate", "--db", "/nonexistent-folder/hq.db"], "does not exist"),
    (["migrate", "--db", "mysql://x@localhost/db"], "Unsupported database"),
    (["migrate", "--db", "postgresql://nobody@127.0.0.1:1/none"], "cannot"),
    (["revoke-device", "--db", "{db}", "ghost"], "No device 'ghost'"),
    (["serve", "--db", "postgresql://nobody@127.0.0.1:1/none"], "Say where attachment files go"),
    (["import-bundle", "--db", "{db}", "/nonexistent.bundle"], "Cannot read"),
    (["export", "--db", "{db}", "--format", "json", "--out", "/proc/forbidden"], "Cannot create"),
    (["change-evidence-passphrase", "--db", "{db}"], "No admin exists yet"),
    (["change-evidence-passphrase", "--db", "{db}", "--by", "nobody"], "No active admin 'nobody'"),
])
def test_bad_input_gives_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                        message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INSPECTOR_HQ_ATTACHMENTS", raising=False)
    argv = [a.format(db=tmp_path / "hq.db") for a in argv]
    code, _, err = run(capsys, *argv)
    assert code != 0 and message.lower() in err.lower(), err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_every_command_has_help_and_the_console_script_runs() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(subparsers.choices) >= {"serve", "enrol-code", "create-user", "publish-template", "import-bundle",
                                       "export", "review", "reassign"}
    for name, sub in subparsers.choices.items():
        assert sub.description, name
        assert "--db" in sub.format_help(), name
    result = subprocess.run([sys.executable, "-m", "inspector_app.hq.cli", "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0 and "import-bundle" in result.stdout
