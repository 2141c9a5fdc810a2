"""Enrolment, tokens, revocation and what one device may see of another's."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from inspector_app.hq import devices, reviews, users
from inspector_app.hq.models import Device, EnrolCode, utcnow
from inspector_app.sync.client import DeviceRevoked, DeviceUnknown, HQClient, ProtocolError
from inspector_app.sync.protocol import EnrolRequest, UploadRequest, enrol_proof_message

from .devices import fake_laptop
from .support import HQServer

KEY = base64.b64encode(b"k" * 32).decode()


def _enrol(hq: HQServer, code: str, local_id: str = "laptop-1", key: str = KEY, *,
           signed_by: Any = None) -> httpx.Response:
    proof: dict[str, str] = {}
    if signed_by is not None:
        challenge = httpx.post(f"{hq.url}/api/v1/enrol/challenge", json={"local_device_id": local_id}).json()["challenge"]
        signature = signed_by.sign(enrol_proof_message(challenge, local_id, key))
        proof = {"challenge": challenge, "signature": base64.b64encode(signature).decode()}
    return httpx.post(f"{hq.url}/api/v1/enrol", json=EnrolRequest(
        code=code, local_device_id=local_id, device_name="Mae Sot 3", public_key=key, **proof).model_dump())


def test_a_code_enrols_once_and_hq_keeps_only_hashes(hq: HQServer) -> None:
    code, _ = devices.new_enrol_code(hq.db)
    first = _enrol(hq, code)
    assert first.status_code == 200
    token = first.json()["token"]
    again = _enrol(hq, code, local_id="laptop-2")
    assert again.status_code == 401 and again.json()["code"] == "bad_code"
    assert "already used" in again.json()["detail"]
    with hq.db.read() as conn:
        stored_codes = [r.code_hash for r in conn.execute(select(EnrolCode))]
        device = conn.execute(select(Device)).one()
    assert code not in stored_codes and devices.normalise_code(code) not in stored_codes
    assert device.token_hash == hashlib.sha256(token.encode()).hexdigest() and device.token_hash != token
    assert device.public_key == KEY


def test_expired_and_unknown_codes_are_refused(hq: HQServer) -> None:
    code, _ = devices.new_enrol_code(hq.db)
    with hq.db.write() as conn:
        conn.execute(update(EnrolCode).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert _enrol(hq, code).status_code == 401
    assert _enrol(hq, "AAAA-BBBB-CCCC-DDDD").json()["code"] == "bad_code"
    with hq.db.read() as conn:
        assert conn.execute(select(Device)).first() is None  # a failed enrolment leaves nothing


def test_codes_are_forgiving_about_case_and_dashes(hq: HQServer) -> None:
    code, _ = devices.new_enrol_code(hq.db)
    assert _enrol(hq, code.lower().replace("-", " ")).status_code == 200


def test_another_data_dir_cannot_take_over_an_enrolled_device_id(hq: HQServer) -> None:
    assert _enrol(hq, devices.new_enrol_code(hq.db)[0]).status_code == 200
    other_key = base64.b64encode(b"z" * 32).decode()
    taken = _enrol(hq, devices.new_enrol_code(hq.db)[0], key=other_key)
    assert taken.status_code == 409 and taken.json()["code"] == "device_id_taken"


def test_every_request_needs_a_valid_token(hq: HQServer) -> None:
    endpoints = [("GET", "/pull"), ("POST", "/push"), ("POST", "/attachments"), ("GET", "/attachments/" + "a" * 64)]
    for method, path in endpoints:
        response = httpx.request(method, f"{hq.url}/api/v1{path}", json={})
        assert response.status_code == 401, path
    with HQClient(hq.url, "not-a-real-token") as client, pytest.raises(DeviceUnknown, match="enrol the laptop again"):
        client.pull(0)
    assert httpx.get(f"{hq.url}/api/v1/health").status_code == 200


def test_a_revoked_device_gets_401_with_a_clear_message(hq: HQServer) -> None:
    laptop = fake_laptop(hq, "Stolen laptop")
    inspection = laptop.own_inspection()
    assert laptop.push(laptop.op("findings", "f1", 0, 1, inspection_id=inspection)).results[0].status == "applied"
    devices.revoke(hq.db, "Stolen laptop")
    raw = httpx.get(f"{hq.url}/api/v1/pull", headers={"Authorization": f"Bearer {laptop.token}"})
    assert raw.status_code == 401 and raw.json()["code"] == "revoked"
    with pytest.raises(DeviceRevoked, match="revoked this laptop's access"):
        laptop.push(laptop.op("findings", "f2", 0, 1, inspection_id=inspection))
    # Enrolling again with a new code and the laptop's own signature gives a new token; the old one stays dead.
    code, _ = devices.new_enrol_code(hq.db)
    public = base64.b64encode(laptop.key.public_key().public_bytes_raw()).decode()
    fresh = _enrol(hq, code, local_id=laptop.local_id, key=public, signed_by=laptop.key).json()
    assert fresh["device_id"] == laptop.device_id and fresh["re_enrolled"]
    with HQClient(hq.url, fresh["token"]) as client:
        client.pull(0)
    with pytest.raises(DeviceUnknown):
        laptop.client.pull(0)


def test_a_device_reads_and_writes_only_its_own(hq: HQServer) -> None:
    a, b = fake_laptop(hq, "A"), fake_laptop(hq, "B")
    a.own_inspection("ia", status="signed", revision=1, reference="63-2569-A0001")
    # B may not write A's record, use A's op ids, or speak for A.
    results = b.push(b.op("inspections", "ia", 1, 2, status="draft"), b.inspection("ib"),
                     b.op("findings", "fb", 0, 1, inspection_id="ib")).results
    assert results[0].status == "rejected" and "belongs to another laptop" in results[0].reason
    assert [r.status for r in results[1:]] == ["applied", "applied"]
    forged = b.op("findings", "fx", 0, 1, inspection_id="ib")
    forged.op_id = f"{a.local_id}:99"
    assert b.push(forged).results[0].status == "rejected"
    with pytest.raises(ProtocolError) as refused:
        b.client.push(a.batch(a.op("findings", "fy", 0, 1, inspection_id="ia")))
    assert refused.value.status == 403
    # Decisions on A's inspection reach A only.
    users.create_user(hq.db, "sup", "Supervisor", "long password 1")
    reviews.review(hq.db, "ia", "returned", "Missing signatures", users.find_reviewer(hq.db, "sup"))
    kinds_a = [i.kind for i in a.client.pull(0).items]
    kinds_b = [i.kind for i in b.client.pull(0).items]
    assert "review" in kinds_a and "review" not in kinds_b and "user" in kinds_b
    # A's upload in progress is invisible to B.
    sha = hashlib.sha256(b"photo").hexdigest()
    a.client.start_upload(sha, 5)
    with pytest.raises(ProtocolError) as missing:
        b.client.upload_status(sha)
    assert missing.value.status == 404
    assert b.client.start_upload(sha, 5).offset == 0 and UploadRequest(sha256=sha, size=5)
