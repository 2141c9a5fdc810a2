"""The attacks an enrolled laptop can make on HQ, from the attacker's seat, each checking HQ's refusal.

Used by tests/hq/test_attacks.py (one test per attack, with what must hold afterwards) and by
tests/proof/test_attack_run.py (every attack, on both databases, while honest laptops sync).
Each function does one attack and asserts that HQ refused all of it with a clear answer; it
returns what HQ answered, one line per try (`Refusals`).

`hq` is anything with `url`, `db` (an HQDatabase), `db_url` and `attachments`, like HQServer.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from inspector_app.core.models import Inspection, WorkerInterview
from inspector_app.core.services import inspections
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import devices, users
from inspector_app.hq.keys import hq_transport_public_key
from inspector_app.hq.models import User
from inspector_app.sync.bundle_file import write_bundle
from inspector_app.sync.client import ProtocolError
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.protocol import MAX_BODY_BYTES, MAX_CURSOR, MAX_REV, ErrorBody, enrol_proof_message

from .devices import FakeLaptop

NOT_YOURS = "belongs to another laptop"


@dataclass
class Victim:
    store: Store
    engine: SyncEngine
    device_id: str  # HQ's id for laptop B
    inspection: str  # a submitted inspection of B's, with testimony
    reference: str
    draft: str  # a draft B keeps working on


@dataclass
class Refusals:
    """HQ's answers to one attack: how many tries, each answer in words, the HTTP statuses seen."""

    attack: str
    answers: list[str] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)

    def saw(self, status: int, answer: str) -> None:
        self.statuses[status] += 1
        self.answers.append(f"{status} {answer}")


# --- requests as an attacker writes them ----------------------------------------------------------------


def raw_push(laptop: FakeLaptop, body: str | bytes, **headers: str) -> httpx.Response:
    """Send JSON text as written (json.dumps would refuse to write some of what an attacker sends)."""
    content = body.encode("ascii") if isinstance(body, str) else body
    return httpx.post(f"{laptop.hq.url}/api/v1/push", content=content, timeout=60,
                      headers={"Authorization": f"Bearer {laptop.token}", "Content-Type": "application/json",
                               **headers})


def op_json(laptop: FakeLaptop, seq: int, **overrides: object) -> dict:
    # A shared directory record: any laptop may create one, so only the malformation can be refused.
    op = {"op_id": f"{laptop.local_id}:{seq}", "entity": "establishments", "id": f"f{seq}", "action": "create",
          "base_rev": 0, "rev": 1, "hlc": "1700000000000-00000-abc", "fields": {"id": f"f{seq}", "rev": 1}}
    op.update(overrides)
    return op


def assert_error_body(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    ErrorBody.model_validate(body)  # the documented error schema
    assert isinstance(body["detail"], str) and body["detail"]
    assert set(body) <= {"detail", "code", "params", "errors"}
    if code is not None:
        assert body["code"] == code
    return body


def export(hq: Any, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict]]:
    assert hq_cli.main(["export", "--db", hq.db_url, "--format", "json", "--out", str(out)]) == 0
    capsys.readouterr()
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def b_is_intact(hq: Any, victim: Victim, attacker: FakeLaptop, tmp_path: Path,
                capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict]]:
    """What must hold after every attack; returns the export for more checks."""
    exported = export(hq, tmp_path / "export", capsys)
    under_b = [row for rows in exported.values() for row in rows if "hq_owner_device_id" in row
               and victim.inspection in (row.get("inspection_id"), row.get("id"))]
    assert len(under_b) > 5
    assert {(r["hq_owner_device_id"], r["hq_writer_device_id"]) for r in under_b} == {(victim.device_id,) * 2}
    history = [h for h in exported["record_history"] if h["writer_device_id"] == attacker.device_id]
    assert all(h["entity_id"] not in {r["id"] for r in under_b} for h in history)
    # A supervisor can still review B's inspection by its reference.
    assert hq_cli.main(["review", "--db", hq.db_url, victim.reference, "--approve"]) == 0
    assert f"Approved inspection {victim.reference}" in capsys.readouterr().out
    # And B keeps syncing: its next change is applied, the decision arrives.
    inspections.update_inspection(victim.store, victim.draft, summary="ตรวจซ้ำแล้ว / checked again")
    report = victim.engine.sync_round()
    assert report.ok and report.applied == 1 and report.rejected == 0, report
    with victim.store.session() as s:
        assert s.get(Inspection, victim.inspection).status == "approved"
    return exported


def fake_laptop_with_code(hq: Any, code: str, local_id: str = "a-genuinely-new-laptop") -> FakeLaptop:
    key = Ed25519PrivateKey.generate()
    public = base64.b64encode(key.public_key().public_bytes_raw()).decode()
    answer = httpx.post(f"{hq.url}/api/v1/enrol", json={"code": code, "local_device_id": local_id,
                                                        "device_name": "New laptop", "public_key": public})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return FakeLaptop(hq, local_id, body["device_id"], body["token"], None, key)  # type: ignore[arg-type]


def _push_answers(refusals: Refusals, results: list[Any]) -> None:
    for result in results:
        refusals.saw(200, f"{result.status}: {result.reason}")


# --- the attacks ------------------------------------------------------------------------------------------


def write_into_anothers_inspection(victim: Victim, attacker: FakeLaptop) -> tuple[Refusals, str]:
    """Testimony and findings written into B's inspection, a record moved into it, a note pointing into it.
    Returns the refusals and the attacker's own inspection (where its own records are taken)."""
    refusals = Refusals("writing into another laptop's inspection")
    with victim.store.session() as s:
        b_interview = s.scalars(select(WorkerInterview.id).where(
            WorkerInterview.inspection_id == victim.inspection)).first()
    suffix = attacker.seq
    interview = attacker.op("worker_interviews", f"a-interview-{suffix}", 0, 1, inspection_id=victim.inspection,
                            worker_code="W-99", notes_original="Invented testimony")
    finding = attacker.op("findings", f"a-finding-{suffix}", 0, 1, inspection_id=victim.inspection, severity="S1",
                          title="Invented forced-labour finding")
    own = attacker.own_inspection()
    planted = attacker.op("worker_interviews", f"a-planted-{suffix}", 0, 1, inspection_id=own, worker_code="W-01")
    moved = attacker.op("worker_interviews", f"a-planted-{suffix}", 1, 2, inspection_id=victim.inspection,
                        worker_code="W-01")
    answers = attacker.push(interview, finding, planted, moved).results
    assert [a.status for a in answers] == ["rejected", "rejected", "applied", "rejected"], answers
    assert NOT_YOURS in answers[0].reason and NOT_YOURS in answers[1].reason
    assert "cannot move to another inspection" in answers[3].reason
    note = attacker.op("interpreter_notes", f"a-note-{suffix}", 0, 1, inspection_id=own, interview_id=b_interview,
                       source_language="my", target_language="th", original="x")
    pointed = attacker.push(note).results[0]
    assert pointed.status == "rejected" and "records of its own inspection" in pointed.reason
    _push_answers(refusals, [answers[0], answers[1], answers[3], pointed])
    return refusals, own


def copy_a_reference(victim: Victim, attacker: FakeLaptop) -> Refusals:
    refusals = Refusals("copying another inspection's reference")
    suffix = attacker.seq
    copy = attacker.inspection(f"a-copy-{suffix}", reference=victim.reference, status="signed")
    padded = attacker.inspection(f"a-padded-{suffix}", reference=f" {victim.reference} ", status="signed")
    answers = attacker.push(copy, padded).results
    for answer in answers:
        assert answer.status == "rejected" and f"another inspection with reference {victim.reference}" in answer.reason
    _push_answers(refusals, answers)
    return refusals


def write_users(hq: Any, attacker: FakeLaptop, username: str = "ploy") -> Refusals:
    refusals = Refusals("writing HQ's accounts")
    supervisor = users.find_reviewer(hq.db, username)
    forged = attacker.op("users", supervisor.id, 0, 1, username=username, display_name="Attacker", role="admin")
    again = attacker.op("users", supervisor.id, 1, 2, username=username, display_name="Attacker", role="admin")
    answers = attacker.push(forged, again).results
    for answer in answers:
        assert answer.status == "rejected" and "does not take users records" in answer.reason
    with hq.db.read() as conn:
        kept = conn.execute(select(User).where(User.id == supervisor.id)).one()
    assert (kept.display_name, kept.role) == (supervisor.display_name, supervisor.role)
    _push_answers(refusals, answers)
    return refusals


def take_over_identity(hq: Any, victim: Victim, attacker: FakeLaptop,
                       laptop_b: dict[str, Any]) -> tuple[Refusals, str]:
    """Enrol as laptop B (its laptop id and public key from HQ's export), unsigned, signed with another key,
    with another key; speak for B with the attacker's token; forge an op id of B's. Returns the refusals
    and the enrolment code, still unused."""
    refusals = Refusals("taking over another laptop's identity")
    code, _ = devices.new_enrol_code(hq.db)
    enrol = f"{hq.url}/api/v1/enrol"
    claim = {"code": code, "local_device_id": laptop_b["local_id"], "device_name": "Laptop B",
             "public_key": laptop_b["public_key"]}

    unsigned = assert_error_body(httpx.post(enrol, json=claim), 403, "device_proof_required")
    assert "signature" in unsigned["detail"]
    refusals.saw(403, unsigned["detail"])

    own_key = Ed25519PrivateKey.generate()
    challenge = httpx.post(f"{enrol}/challenge", json={"local_device_id": laptop_b["local_id"]}).json()["challenge"]
    forged = own_key.sign(enrol_proof_message(challenge, laptop_b["local_id"], laptop_b["public_key"]))
    signed_by_a = assert_error_body(httpx.post(enrol, json={**claim, "challenge": challenge,
                                                            "signature": base64.b64encode(forged).decode()}),
                                    403, "bad_device_signature")
    refusals.saw(403, signed_by_a["detail"])

    own_public = base64.b64encode(own_key.public_key().public_bytes_raw()).decode()
    other_key = assert_error_body(httpx.post(enrol, json={**claim, "public_key": own_public}), 409,
                                  "device_id_taken")
    refusals.saw(409, other_key["detail"])

    # With no token of B's, A cannot speak for B either.
    with pytest.raises(ProtocolError) as speaking_for_b:
        attacker.client.push(attacker.batch().model_copy(update={"device_id": victim.device_id}))
    assert speaking_for_b.value.status == 403
    refusals.saw(403, speaking_for_b.value.message)
    forged_op = attacker.op("inspections", victim.inspection, 1, 2, reference=victim.reference, summary="forged")
    forged_op.op_id = f"{laptop_b['local_id']}:999999"
    answer = attacker.push(forged_op).results[0]
    assert answer.status == "rejected"
    _push_answers(refusals, [answer])
    return refusals, code


def bundle_with_forged_changes(hq: Any, victim: Victim, attacker: FakeLaptop, bundle: Path,
                               capsys: pytest.CaptureFixture[str]) -> Refusals:
    """A USB bundle, signed by the attacker's own laptop, carrying writes into B's inspection: the same rules."""
    refusals = Refusals("forged changes in a USB bundle")
    suffix = attacker.seq
    _write_bundle(hq, attacker, bundle, [
        attacker.op("findings", f"a-bundled-finding-{suffix}", 0, 1, inspection_id=victim.inspection, severity="S1",
                    title="Invented"),
        attacker.inspection(f"a-bundled-copy-{suffix}", reference=victim.reference)])
    # Exit 1: HQ refused changes of the bundle (each listed with its reason).
    assert hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(bundle)]) == 1
    out, err = capsys.readouterr()
    assert "0 applied" in out and "2 rejected" in out and "HQ refused 2 changes of this bundle" in err
    assert NOT_YOURS in out and f"reference {victim.reference}" in out
    refusals.answers += [line.strip() for line in out.splitlines() if line.strip().startswith("rejected")]
    return refusals


def _write_bundle(hq: Any, attacker: FakeLaptop, bundle: Path, ops: list[Any]) -> None:
    with hq.db.read() as conn:  # what the attacker's laptop learnt when it enrolled
        transport = base64.b64decode(hq_transport_public_key(conn))
    write_bundle(bundle, kind="ops", meta={},
                 rows={"ops": [(n, op.model_dump_json()) for n, op in enumerate(ops, start=1)], "attachments": []},
                 signing_key=attacker.key.private_bytes_raw(), local_device_id=attacker.local_id,
                 device_id=attacker.device_id, seal_to=transport)


def flipped_bundle_bytes(hq: Any, attacker: FakeLaptop, bundle: Path, capsys: pytest.CaptureFixture[str],
                         positions: int = 8) -> Refusals:
    """A bundle the attacker's laptop signed, one byte flipped at a time: each import refused as a whole."""
    refusals = Refusals("flipped bytes in a USB bundle")
    suffix = attacker.seq
    _write_bundle(hq, attacker, bundle, [attacker.op("establishments", f"a-bundled-place-{suffix}", 0, 1,
                                                     name_th="โรงงาน", province_code="63")])
    data = bundle.read_bytes()
    for n in range(positions):
        where = (len(data) * (2 * n + 1)) // (2 * positions)
        damaged = bytearray(data)
        damaged[where] ^= 0x40
        bundle.write_bytes(bytes(damaged))
        code = hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(bundle)])
        said = capsys.readouterr()
        assert code != 0 and said.err.startswith("inspector-hq: error: "), (code, said)
        assert "Traceback" not in said.err and len(said.err.strip().splitlines()) == 1
        refusals.answers.append(f"exit {code}: {said.err.strip()}")
    return refusals


def malformed_ops(attacker: FakeLaptop) -> Refusals:
    """Changes HQ cannot read, each beside a good one: refused alone, the good one applied."""
    refusals = Refusals("malformed changes")
    bad_ones = [
        ({"rev": 2**63}, "rev: Input should be less than or equal to 2147483647"),
        ({"base_rev": MAX_REV + 1, "rev": MAX_REV + 1}, "base_rev"),
        ({"fields": {"rev": 1, "note": "\\ud800 alone"}}, "text is not valid Unicode"),
        ({"entity": "findings\\udfff"}, "entity: text is not valid Unicode"),
        ({"hlc": "1700000000000\\u0000"}, "hlc: text holds a NUL character"),
        ({"fields": {"rev": 1, "deep": json.loads("[" * 40 + "]" * 40)}}, "nested more than 32 levels"),
        ({"fields": {"rev": 1, "photo": "x" * (1024 * 1024 + 1)}}, "at most 1048576"),
    ]
    for bad, reason in bad_ones:
        attacker.seq += 2
        first = op_json(attacker, attacker.seq - 1, **bad)
        if "fields" in bad:
            first["fields"]["id"] = first["id"]
        body = {"batch_id": f"batch-bad-{attacker.local_id[:8]}-{attacker.seq}", "device_id": attacker.device_id,
                "ops": [first, op_json(attacker, attacker.seq)]}
        response = raw_push(attacker, json.dumps(body).replace("\\\\u", "\\u"))
        assert response.status_code == 200, response.text
        answer, good = response.json()["results"]
        assert answer["status"] == "rejected" and reason in answer["reason"], answer
        assert good["status"] == "applied"
        refusals.saw(200, f"rejected: {answer['reason'][:120]}")
    attacker.seq += 1
    shapeless = {"batch_id": f"batch-shapeless-{attacker.local_id[:8]}-{attacker.seq}",
                 "device_id": attacker.device_id, "ops": [7, {"entity": "findings"}, op_json(attacker, attacker.seq)]}
    results = raw_push(attacker, json.dumps(shapeless)).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    for result in results[:2]:
        refusals.saw(200, f"rejected: {result['reason']}")
    return refusals


def unusable_requests(attacker: FakeLaptop) -> Refusals:
    """A cursor beyond 64 bits, bodies beyond the limit (plain and as a gzip bomb), broken gzip, not JSON."""
    refusals = Refusals("unusable requests")
    headers = {"Authorization": f"Bearer {attacker.token}"}
    url = attacker.hq.url
    beyond = httpx.get(f"{url}/api/v1/pull", params={"after": 2**63}, headers=headers)
    body = assert_error_body(beyond, 422, "invalid_request")
    assert body["errors"][0]["loc"] == ["query", "after"]
    refusals.saw(422, body["detail"])
    last = httpx.get(f"{url}/api/v1/pull", params={"after": MAX_CURSOR}, headers=headers)
    assert last.status_code == 200 and last.json()["items"] == []
    for content, extra, status, code in (
            (b"{" + b" " * MAX_BODY_BYTES + b"}", {}, 413, "too_large"),
            (gzip.compress(b"[" + b" " * (MAX_BODY_BYTES + 1024) + b"]"), {"Content-Encoding": "gzip"}, 413,
             "too_large"),
            (b"\x1f\x8b\x08\x00 this is not gzip", {"Content-Encoding": "gzip"}, 422, "bad_gzip"),
            (b"{not json", {}, 422, None)):
        answer = raw_push(attacker, content, **extra)
        refusals.saw(answer.status_code, assert_error_body(answer, status, code)["detail"])
    huge_offset = httpx.put(f"{url}/api/v1/attachments/{'a' * 64}", params={"offset": 2**63}, content=b"x",
                            headers={**headers, "X-Chunk-SHA256": "b" * 64})
    refusals.saw(422, assert_error_body(huge_offset, 422, "invalid_request")["detail"])
    return refusals


def login_flood(hq: Any, usernames: list[str], attempts: int, concurrency: int) -> Refusals:
    """Wrong passwords for real and invented names, many at once: refused, throttled and locked, never let in.

    Answers: 401 (wrong), 429 (locked or throttled, with Retry-After) and, when more wait for a password
    check than HQ allows, 503 with Retry-After: the documented way HQ sheds a flood (README, signin.py)."""
    refusals = Refusals("a flood of sign-ins")
    lock = threading.Lock()
    left = list(range(attempts))

    def worker() -> None:
        with httpx.Client(timeout=60) as http:
            while True:
                with lock:
                    if not left:
                        return
                    n = left.pop()
                answer = http.post(f"{hq.url}/api/v1/login",
                                   json={"username": usernames[n % len(usernames)], "password": f"guess {n:04d}"})
                assert answer.status_code in (401, 429, 503), (answer.status_code, answer.text)
                body = assert_error_body(answer, answer.status_code)
                assert body["code"] in ("bad_login", "locked", "throttled", "busy") and body["detail"]
                if answer.status_code in (429, 503):
                    assert int(answer.headers["Retry-After"]) > 0
                with lock:
                    refusals.saw(answer.status_code, body["code"])

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return refusals
