"""`inspector-hq conflicts` and `inspector-hq resolve`: what waits for a supervisor, deciding it, clear refusals."""

from __future__ import annotations

import json

import pytest

from inspector_app.hq.cli import main

from .devices import fake_laptop
from .support import EVIDENCE_PASSPHRASE, HQServer
from .test_resolve import held, stale_finding, supervisor


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_list_compare_and_resolve_from_the_command_line(hq: HQServer, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", hq.db_url]
    assert "Nothing waits for a supervisor" in run(capsys, "conflicts", *db)[1]
    laptop = fake_laptop(hq, "Mae Sot 1")
    supervisor(hq)
    stale_finding(laptop)
    code, out, _ = run(capsys, "conflicts", *db)
    assert code == 0 and "conflict" in out and "f-1" in out and "finding 'Passports held'" in out
    assert "from laptop Mae Sot 1" in out and "differs in: deadline, severity, workers_affected" in out
    code, out, _ = run(capsys, "conflicts", *db, "--json")
    [listed] = json.loads(out)
    assert (listed["kind"], listed["record_id"], listed["hq_rev"], listed["base_rev"]) == ("conflict", "f-1", 2, 1)

    code, out, _ = run(capsys, "conflicts", *db, "f-1")
    assert code == 0 and "Conflict on finding 'Passports held'" in out
    assert "hq     (revision 2): laptop Mae Sot 1" in out and "inspectors: Somchai Test" in out
    assert "severity\n      hq:     S2\n      theirs: S1" in out

    code, _, err = run(capsys, "resolve", *db, "f-1", "--take", "severity=theirs")
    assert code == 5 and "not chosen yet: deadline, workers_affected" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "resolve", *db, "f-1", "--take", "colour=theirs", "--all", "hq")
    assert code == 5 and "no field 'colour' that differs" in err
    code, _, err = run(capsys, "resolve", *db, "f-1", "--take", "severity")
    assert code == 1 and "--take expects FIELD=hq or FIELD=theirs" in err
    code, _, err = run(capsys, "resolve", *db, "nope", "--all", "hq")
    assert code == 4 and "HQ holds no record 'nope'" in err
    code, _, err = run(capsys, "resolve", *db, "f-1", "--reject")
    assert code == 5 and "is a conflict, not a proposal" in err
    code, _, err = run(capsys, "resolve", *db, "f-1")
    assert code == 1 and "Say what to keep" in err

    code, out, _ = run(capsys, "resolve", *db, "f-1", "--take", "severity=theirs", "deadline=theirs",
                       "--take", "workers_affected=hq", "--by", "ploy", "--note", "as seen on site")
    assert code == 0 and "Resolved the conflict on finding 'Passports held'" in out
    assert "HQ now holds revision 3" in out and "taken from the other version: deadline, severity" in out
    assert "Laptop Mae Sot 1 receives it at its next sync." in out
    assert held(hq, "f-1").fields["severity"] == "S1"
    code, _, err = run(capsys, "resolve", *db, "f-1", "--all", "hq")
    assert code == 1 and "resolved already (resolved by Ploy S." in err
    assert "Nothing waits" in run(capsys, "conflicts", *db)[1]


def test_proposals_from_the_command_line(hq: HQServer, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", hq.db_url]
    owner, other = fake_laptop(hq, "Owner"), fake_laptop(hq, "Colleague")
    supervisor(hq)
    owner.push(owner.op("establishments", "e-1", 0, 1, name_th="โรงงาน ก", name_en="Factory K", province_code="63"))
    other.push(other.op("establishments", "e-1", 1, 2, name_th="โรงงาน ข", name_en="Factory K", province_code="63"))
    code, out, _ = run(capsys, "conflicts", *db, "e-1")
    assert code == 0 and "Proposal on establishment 'โรงงาน ก'" in out and "--reject" in out
    code, _, err = run(capsys, "resolve", *db, "e-1", "--reject", "--take", "name_th=theirs")
    assert code == 1 and "takes no --take" in err
    code, out, _ = run(capsys, "resolve", *db, "e-1", "--reject")
    assert code == 0 and "Rejected the proposal for establishment 'โรงงาน ก'" in out and "stays at revision 1" in out
    other.push(other.op("establishments", "e-1", 1, 2, name_th="โรงงาน ค", name_en="Factory K", province_code="63"))
    code, out, _ = run(capsys, "resolve", *db, "e-1", "--take", "name_th=theirs")
    assert code == 0 and "Accepted the proposal for establishment 'โรงงาน ก'" in out
    assert held(hq, "e-1").fields["name_th"] == "โรงงาน ค"


def test_sealed_values_are_shown_sealed_unless_opened_for_the_display(
        hq: HQServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", hq.db_url]
    laptop = fake_laptop(hq)
    inspection = laptop.own_inspection()
    interview = {"inspection_id": inspection, "worker_code": "W-07"}
    laptop.push(laptop.op("worker_interviews", "w-7", 0, 1, **interview, notes_original="บันทึกแรก"))
    laptop.push(laptop.op("worker_interviews", "w-7", 1, 2, **interview, notes_original="บันทึกที่สอง"))
    laptop.push(laptop.op("worker_interviews", "w-7", 1, 2, **interview, notes_original="บันทึกที่สาม"))
    code, out, _ = run(capsys, "conflicts", *db, "w-7")
    assert code == 0 and "notes_original  [sealed testimony]" in out and "(sealed to ek-" in out
    assert "บันทึก" not in out
    monkeypatch.setenv("INSPECTOR_HQ_EVIDENCE_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "conflicts", *db, "w-7", "--decrypt")
    assert code == 2 and "Wrong evidence passphrase" in err
    monkeypatch.setenv("INSPECTOR_HQ_EVIDENCE_PASSPHRASE", EVIDENCE_PASSPHRASE)
    code, out, err = run(capsys, "conflicts", *db, "w-7", "--decrypt", "--json")
    diff = {d["field"]: d for d in json.loads(out)["differing"]}
    assert (diff["notes_original"]["hq"], diff["notes_original"]["theirs"]) == ("บันทึกที่สอง", "บันทึกที่สาม")
    assert "shown in clear" in err
    code, _, err = run(capsys, "conflicts", *db, "--decrypt")
    assert code == 1 and "need a RECORD" in err
