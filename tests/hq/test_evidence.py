"""HQ's evidence keys: created and rotated under a passphrase, never in clear; opened only with the
passphrase or a live supervisor session's secret; `serve` needs one; pushes must carry testimony sealed."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import select, text, update

from inspector_app.hq import cli, evidence
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.models import EvidenceSession, Record
from inspector_app.sync.sealed import load_public_key, seal_fields

from .devices import fake_laptop
from .support import EVIDENCE_PASSPHRASE, HQServer, free_port

CANARY = "CANARY-evidence-7Q2"
SESSION = "supervisor-session-0001-abcdef"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sqlite_bytes(db_url: str) -> bytes:
    path = Path(db_url)
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def test_init_keys_keeps_the_private_key_only_under_the_passphrase(hq_db_url: str, capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(evidence.PASSPHRASE_ENV, "too short")
    code, _, err = run(capsys, "init-keys", "--db", hq_db_url)
    assert code != 0 and "at least 12 characters" in err and "Traceback" not in err
    monkeypatch.setenv(evidence.PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
    code, out, err = run(capsys, "init-keys", "--db", hq_db_url)
    assert code == 0, err
    db = open_database(hq_db_url)
    try:
        [key] = evidence.list_keys(db)
        assert key.key_id in out and key.generation == 1
        code, _, err = run(capsys, "init-keys", "--db", hq_db_url)
        assert code != 0 and "rotate-keys" in err  # one init only
        private = dict(evidence.unlock(db, EVIDENCE_PASSPHRASE).private_keys())[key.key_id]
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        with db.read() as conn:
            stored = " ".join(str(v) for row in conn.execute(text("SELECT * FROM evidence_keys")) for v in row)
        for form in (base64.b64encode(raw).decode(), raw.hex(), base64.urlsafe_b64encode(raw).decode().rstrip("=")):
            assert form not in stored and form not in out and form not in err
        if "://" not in hq_db_url:
            assert raw not in _sqlite_bytes(hq_db_url)
        with pytest.raises(evidence.WrongEvidencePassphrase):
            evidence.unlock(db, "not the evidence passphrase")
    finally:
        db.dispose()


def test_serve_refuses_to_start_without_an_evidence_key(hq_db_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "serve", "--db", hq_db_url, "--attachments", str(tmp_path / "files"),
                       "--port", str(free_port()))
    assert code != 0 and "no evidence key" in err and "inspector-hq init-keys" in err and "Traceback" not in err


def test_serve_as_a_process_exits_non_zero_without_an_evidence_key(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "inspector_app.hq.cli", "serve", "--db", str(tmp_path / "hq.db"),
                             "--port", str(free_port())], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("inspector-hq: error: HQ has no evidence key yet")


def test_rotation_keeps_old_keys_and_laptops_learn_the_newest(hq: HQServer, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = fake_laptop(hq)
    [first] = evidence.list_keys(hq.db)
    monkeypatch.setenv(evidence.PASSPHRASE_ENV, "a wrong evidence passphrase")
    code, _, err = run(capsys, "rotate-keys", "--db", hq.db_url)
    assert code == 2 and "Wrong evidence passphrase" in err
    assert len(evidence.list_keys(hq.db)) == 1
    monkeypatch.setenv(evidence.PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
    code, out, _ = run(capsys, "rotate-keys", "--db", hq.db_url)
    assert code == 0
    keys = evidence.list_keys(hq.db)
    assert [k.generation for k in keys] == [1, 2] and keys[1].key_id in out
    published = [(i.payload["key_id"], i.payload["generation"]) for i in laptop.client.pull(0).items
                 if i.kind == "evidence_key"]
    assert published == [(first.key_id, 1), (keys[1].key_id, 2)]
    newcomer = fake_laptop(hq, "new laptop")  # a laptop enrolling now gets the newest key at once
    assert newcomer.client.pull(0).items  # and can pull
    keyring = evidence.unlock(hq.db, EVIDENCE_PASSPHRASE)
    assert {kid for kid, _ in keyring.private_keys()} == {first.key_id, keys[1].key_id}


def _sealed_interview(key: evidence.EvidenceKeyInfo, record_id: str,
                      inspection_id: str = "insp-1") -> dict[str, object]:
    fields = {"id": record_id, "inspection_id": inspection_id, "worker_code": "W-01", "notes_original": CANARY,
              "notes_translation": f"{CANARY} th", "worker_name": "Synthetic Worker", "documents": []}
    return {**fields, **seal_fields("worker_interviews", record_id, fields, load_public_key(key.public_key),
                                    key.key_id)}


def test_hq_refuses_testimony_in_clear_or_sealed_to_a_key_it_does_not_hold(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    inspection = laptop.own_inspection()  # testimony goes under the laptop's own inspection
    [key] = evidence.list_keys(hq.db)
    clear = laptop.op("worker_interviews", "iv-clear", 0, 1, seal=False, inspection_id=inspection,
                      worker_code="W-01", notes_original=CANARY)
    stranger = evidence.EvidenceKeyInfo("ek-0000000000000000dead", 1, key.public_key, key.created_at)
    foreign = laptop.op("worker_interviews", "iv-foreign", 0, 1,
                        **{k: v for k, v in _sealed_interview(stranger, "iv-foreign", inspection).items() if k != "id"})
    good = laptop.op("worker_interviews", "iv-good", 0, 1,
                     **{k: v for k, v in _sealed_interview(key, "iv-good", inspection).items() if k != "id"})
    results = {r.op_id: r for r in laptop.push(clear, foreign, good).results}
    assert results[clear.op_id].status == "rejected" and "notes_original unsealed" in results[clear.op_id].reason
    assert results[foreign.op_id].status == "rejected" and "does not hold" in results[foreign.op_id].reason
    assert results[good.op_id].status == "applied"
    with hq.db.read() as conn:
        held = dict(conn.execute(select(Record.entity_id, Record.fields).where(Record.entity == "worker_interviews")).all())
    assert set(held) == {"iv-good"} and CANARY not in str(held)


def test_a_supervisor_session_opens_testimony_until_it_ends_or_expires(hq: HQServer) -> None:
    [key] = evidence.list_keys(hq.db)
    fields = _sealed_interview(key, "iv-1")
    with pytest.raises(evidence.WrongEvidencePassphrase):
        evidence.unlock_for_session(hq.db, SESSION, "not the evidence passphrase")
    with pytest.raises(evidence.EvidenceLocked, match="unlock it"):
        evidence.open_record(hq.db, SESSION, "no-secret", "worker_interviews", "iv-1", fields)

    secret = evidence.unlock_for_session(hq.db, SESSION, EVIDENCE_PASSPHRASE, ttl=timedelta(hours=1))
    opened = evidence.open_record(hq.db, SESSION, secret, "worker_interviews", "iv-1", fields)
    assert opened["notes_original"] == CANARY and opened["worker_name"] == "Synthetic Worker"
    assert evidence.open_sealed(hq.db, SESSION, secret, fields["notes_translation"], entity="worker_interviews",
                                record_id="iv-1", field="notes_translation") == f"{CANARY} th"
    # The secret is the client's alone: HQ's tables hold neither it nor the key in clear.
    with hq.db.read() as conn:
        stored = " ".join(str(v) for row in conn.execute(text("SELECT * FROM evidence_sessions")) for v in row)
    assert secret not in stored
    with pytest.raises(evidence.EvidenceLocked, match="does not match"):
        evidence.open_record(hq.db, SESSION, secret[:-2] + ("AA" if secret[-2:] != "AA" else "BB"),
                             "worker_interviews", "iv-1", fields)
    with pytest.raises(evidence.EvidenceLocked):
        evidence.open_record(hq.db, "another-session-000000000", secret, "worker_interviews", "iv-1", fields)
    with pytest.raises(evidence.HQError, match="does not open"):  # a sealed value moved to another record
        evidence.open_record(hq.db, SESSION, secret, "worker_interviews", "iv-2", fields)

    with hq.db.write() as conn:  # time passes beyond the unlock's expiry
        conn.execute(update(EvidenceSession).values(expires_at=evidence.utcnow() - timedelta(minutes=1)))
    with pytest.raises(evidence.EvidenceLocked, match="expired"):
        evidence.open_record(hq.db, SESSION, secret, "worker_interviews", "iv-1", fields)

    secret = evidence.unlock_for_session(hq.db, SESSION, EVIDENCE_PASSPHRASE)
    assert evidence.open_record(hq.db, SESSION, secret, "worker_interviews", "iv-1", fields)["notes_original"] == CANARY
    evidence.end_session(hq.db, SESSION)
    with pytest.raises(evidence.EvidenceLocked):
        evidence.open_record(hq.db, SESSION, secret, "worker_interviews", "iv-1", fields)
    with pytest.raises(evidence.Invalid):
        evidence.unlock_for_session(hq.db, SESSION, EVIDENCE_PASSPHRASE, ttl=timedelta(days=3))


def test_init_keys_seals_testimony_an_older_hq_stored_in_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    server = HQServer(str(tmp_path / "hq.db"), tmp_path / "files", evidence_key=False).start()
    try:
        laptop = fake_laptop(server)
        with server.db.write() as conn:  # what HQ held before this version: an interview in clear
            conn.execute(Record.__table__.insert().values(
                entity="worker_interviews", entity_id="iv-old", owner_device_id=laptop.device_id,
                writer_device_id=laptop.device_id,
                inspection_id="insp-1", rev=1, hlc="x",
                fields={"id": "iv-old", "notes_original": CANARY, "occupation": "คนงานก่อสร้าง"},
                fields_sha256="0" * 64, needs_review=False, last_op_id="x:1", created_at=evidence.utcnow(),
                updated_at=evidence.utcnow()))
        monkeypatch.setenv(evidence.PASSPHRASE_ENV, EVIDENCE_PASSPHRASE)
        code, out, _ = run(capsys, "init-keys", "--db", server.db_url)
        assert code == 0 and "Sealed the testimony of 1 record HQ held" in out
        with server.db.read() as conn:
            fields, digest = conn.execute(select(Record.fields, Record.fields_sha256)
                                          .where(Record.entity_id == "iv-old")).one()
        assert CANARY not in str(fields) and fields["occupation"] == "คนงานก่อสร้าง"
        # The digest is of the JSON text HQ hashes everywhere (sorted keys, no spaces, UTF-8 as it is).
        text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()
        opened = evidence.unlock(server.db, EVIDENCE_PASSPHRASE).open_fields("worker_interviews", "iv-old", fields)
        assert opened["notes_original"] == CANARY
    finally:
        server.stop()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_changing_the_evidence_passphrase_wraps_the_keys_again_and_changes_no_record(
        hq: HQServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector_app.hq import users
    from inspector_app.hq.web.audit import read_evidence_log

    new = "a brand-new synthetic evidence passphrase"
    users.create_user(hq.db, "admin1", "Admin One", "long password 42", role="admin")
    laptop = fake_laptop(hq)
    inspection = laptop.own_inspection()
    evidence.rotate_keys(hq.db, EVIDENCE_PASSPHRASE)  # two keys: both must move to the new passphrase
    [_, newest] = evidence.list_keys(hq.db)
    sealed = {k: v for k, v in _sealed_interview(newest, "iv-1", inspection).items() if k != "id"}
    assert laptop.push(laptop.op("worker_interviews", "iv-1", 0, 1, seal=False, **sealed)).results[0].status == "applied"
    secret = evidence.unlock_for_session(hq.db, SESSION, EVIDENCE_PASSPHRASE)  # a supervisor reading testimony

    def records() -> list[tuple]:
        with hq.db.read() as conn:
            return [tuple(r) for r in conn.execute(select(Record.entity_id, Record.fields, Record.fields_sha256))]

    before = records()
    monkeypatch.delenv(evidence.PASSPHRASE_ENV, raising=False)
    # A wrong current passphrase, or two new ones that differ: refused, and nothing changes.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"not the passphrase at all\n{new}\n{new}\n"))
    code, _, err = run(capsys, "change-evidence-passphrase", "--db", hq.db_url)
    assert code == 2 and "Wrong evidence passphrase" in err and "Nothing was changed" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{EVIDENCE_PASSPHRASE}\n{new}\n{new} typo\n"))
    code, _, err = run(capsys, "change-evidence-passphrase", "--db", hq.db_url)
    assert code != 0 and "The two new passphrases differ" in err and "Traceback" not in err
    assert len(evidence.unlock(hq.db, EVIDENCE_PASSPHRASE).private_keys()) == 2

    # At a terminal: the current passphrase, then the new one twice.
    answers = [EVIDENCE_PASSPHRASE, new, new]
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or answers.pop(0))
    code, out, err = run(capsys, "change-evidence-passphrase", "--db", hq.db_url)
    assert code == 0, err
    assert prompts == ["Current evidence passphrase: ", "New evidence passphrase: ",
                       "Repeat the new evidence passphrase: "]
    assert "as Admin One: 2 evidence keys are now kept" in out and "Ended the evidence unlock of 1 supervisor session;" in out
    assert new not in out + err and EVIDENCE_PASSPHRASE not in out + err

    assert records() == before  # no sealed record was touched
    with pytest.raises(evidence.WrongEvidencePassphrase):
        evidence.unlock(hq.db, EVIDENCE_PASSPHRASE)
    with pytest.raises(evidence.EvidenceLocked):  # the supervisor unlocks again, with the new passphrase
        evidence.open_record(hq.db, SESSION, secret, "worker_interviews", "iv-1", before[-1][1])
    monkeypatch.setenv(evidence.PASSPHRASE_ENV, new)
    code, _, err = run(capsys, "export", "--db", hq.db_url, "--format", "json", "--out", str(tmp_path / "out"),
                       "--decrypt")
    assert code == 0, err
    assert CANARY in (tmp_path / "out" / "worker_interviews.json").read_text(encoding="utf-8")
    log = [(r.event, r.username, r.detail) for r in read_evidence_log(hq.db)]
    assert log[0] == ("new_passphrase", "admin1", "2 evidence keys wrapped under the new passphrase; "
                                                  "1 evidence unlock ended")
    assert ("unlock_failed", "admin1", "evidence passphrase change refused: wrong current passphrase") in log
