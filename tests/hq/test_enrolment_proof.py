"""Enrolling a known device id again needs that device's signature over a fresh, single-use HQ challenge."""

from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, update

from inspector_app.hq import devices
from inspector_app.hq.devices import OPEN_CHALLENGES_PER_DEVICE
from inspector_app.hq.models import EnrolChallenge, utcnow
from inspector_app.sync.client import DeviceUnknown, HQClient
from inspector_app.sync.protocol import enrol_proof_message

from .devices import FakeLaptop, fake_laptop
from .support import HQServer


def _public(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes_raw()).decode()


def _challenge(hq: HQServer, local_id: str) -> str:
    answer = httpx.post(f"{hq.url}/api/v1/enrol/challenge", json={"local_device_id": local_id})
    assert answer.status_code == 200, answer.text
    return answer.json()["challenge"]


def _enrol(hq: HQServer, laptop: FakeLaptop, *, challenge: str | None, signer: Ed25519PrivateKey | None,
           code: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"code": code or devices.new_enrol_code(hq.db)[0], "local_device_id": laptop.local_id,
                            "device_name": "Mae Sot 3", "public_key": _public(laptop.key)}
    if challenge is not None:
        body["challenge"] = challenge
    if signer is not None:
        body["signature"] = base64.b64encode(
            signer.sign(enrol_proof_message(challenge or "", laptop.local_id, body["public_key"]))).decode()
    return httpx.post(f"{hq.url}/api/v1/enrol", json=body)


def _still_works(laptop: FakeLaptop) -> None:
    inspection = laptop.own_inspection()
    assert laptop.push(laptop.op("findings", f"f-{inspection}", 0, 1, inspection_id=inspection)).results[0].status \
        == "applied"


@pytest.fixture
def laptop(hq: HQServer) -> FakeLaptop:
    return fake_laptop(hq, "Laptop B")


def test_the_right_signature_gives_a_fresh_token_and_ends_the_old_one(hq: HQServer, laptop: FakeLaptop) -> None:
    answer = _enrol(hq, laptop, challenge=_challenge(hq, laptop.local_id), signer=laptop.key)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["device_id"] == laptop.device_id and body["re_enrolled"] and body["token"] != laptop.token
    with pytest.raises(DeviceUnknown):
        laptop.client.pull(0)
    laptop.client = HQClient(hq.url, body["token"])
    _still_works(laptop)


@pytest.mark.parametrize("attempt", ["unsigned", "wrong_key", "challenge_only", "other_device_challenge",
                                     "made_up_challenge", "garbled_signature"])
def test_re_enrolment_without_a_valid_proof_is_refused_and_changes_nothing(hq: HQServer, laptop: FakeLaptop,
                                                                            attempt: str) -> None:
    code, _ = devices.new_enrol_code(hq.db)
    if attempt == "unsigned":
        answer, expected = _enrol(hq, laptop, challenge=None, signer=None, code=code), (403, "device_proof_required")
    elif attempt == "wrong_key":
        answer = _enrol(hq, laptop, challenge=_challenge(hq, laptop.local_id), signer=Ed25519PrivateKey.generate(),
                        code=code)
        expected = (403, "bad_device_signature")
    elif attempt == "challenge_only":
        answer = _enrol(hq, laptop, challenge=_challenge(hq, laptop.local_id), signer=None, code=code)
        expected = (422, "bad_proof")
    elif attempt == "other_device_challenge":
        answer = _enrol(hq, laptop, challenge=_challenge(hq, "another-laptop-id"), signer=laptop.key, code=code)
        expected = (403, "bad_challenge")
    elif attempt == "made_up_challenge":
        answer = _enrol(hq, laptop, challenge="x" * 43, signer=laptop.key, code=code)
        expected = (403, "bad_challenge")
    else:
        challenge = _challenge(hq, laptop.local_id)
        body = {"code": code, "local_device_id": laptop.local_id, "device_name": "B", "public_key": _public(laptop.key),
                "challenge": challenge, "signature": "!" * 88}
        answer, expected = httpx.post(f"{hq.url}/api/v1/enrol", json=body), (403, "bad_device_signature")
    assert (answer.status_code, answer.json()["code"]) == expected, answer.text
    assert answer.json()["detail"]
    # The laptop keeps its token and its data; the code was not used up by the refused attempt.
    _still_works(laptop)
    again = _enrol(hq, laptop, challenge=_challenge(hq, laptop.local_id), signer=laptop.key, code=code)
    assert again.status_code == 200 and again.json()["re_enrolled"]


def test_a_challenge_works_once(hq: HQServer, laptop: FakeLaptop) -> None:
    challenge = _challenge(hq, laptop.local_id)
    assert _enrol(hq, laptop, challenge=challenge, signer=laptop.key).status_code == 200
    replayed = _enrol(hq, laptop, challenge=challenge, signer=laptop.key)
    assert replayed.status_code == 403 and replayed.json()["code"] == "bad_challenge"
    assert "already used or expired" in replayed.json()["detail"]
    # A failed attempt uses its challenge up too: every try needs a fresh one.
    burnt = _challenge(hq, laptop.local_id)
    assert _enrol(hq, laptop, challenge=burnt, signer=Ed25519PrivateKey.generate()).status_code == 403
    assert _enrol(hq, laptop, challenge=burnt, signer=laptop.key).json()["code"] == "bad_challenge"


def test_an_expired_challenge_is_refused(hq: HQServer, laptop: FakeLaptop) -> None:
    challenge = _challenge(hq, laptop.local_id)
    with hq.db.write() as conn:
        conn.execute(update(EnrolChallenge).where(EnrolChallenge.challenge == challenge)
                     .values(expires_at=utcnow() - timedelta(seconds=1)))
    expired = _enrol(hq, laptop, challenge=challenge, signer=laptop.key)
    assert expired.status_code == 403 and expired.json()["code"] == "bad_challenge"
    _still_works(laptop)


def test_challenges_are_short_lived_and_bounded(hq: HQServer, laptop: FakeLaptop) -> None:
    answer = httpx.post(f"{hq.url}/api/v1/enrol/challenge", json={"local_device_id": laptop.local_id}).json()
    assert answer["expires_at"]
    issued = [_challenge(hq, laptop.local_id) for _ in range(OPEN_CHALLENGES_PER_DEVICE + 3)]
    with hq.db.read() as conn:
        kept = conn.scalar(select(func.count()).select_from(EnrolChallenge)
                           .where(EnrolChallenge.local_device_id == laptop.local_id))
        lifetime = conn.execute(select(EnrolChallenge.created_at, EnrolChallenge.expires_at)).first()
    assert kept == OPEN_CHALLENGES_PER_DEVICE
    assert timedelta(0) < lifetime.expires_at - lifetime.created_at <= timedelta(minutes=10)
    assert _enrol(hq, laptop, challenge=issued[0], signer=laptop.key).json()["code"] == "bad_challenge"
    assert _enrol(hq, laptop, challenge=issued[-1], signer=laptop.key).status_code == 200


def test_a_new_laptop_needs_no_proof_but_a_given_one_is_checked(hq: HQServer) -> None:
    key = Ed25519PrivateKey.generate()
    fresh = FakeLaptop(hq, "brand-new-laptop", "", "", None, key)  # type: ignore[arg-type]
    wrong = _enrol(hq, fresh, challenge=_challenge(hq, fresh.local_id), signer=Ed25519PrivateKey.generate())
    assert wrong.status_code == 403 and wrong.json()["code"] == "bad_device_signature"
    assert _enrol(hq, fresh, challenge=None, signer=None).status_code == 200


def test_the_openapi_document_describes_the_challenge(hq: HQServer) -> None:
    spec = httpx.get(f"{hq.url}/api/v1/openapi.json").json()
    assert "/api/v1/enrol/challenge" in spec["paths"]
    schemas = spec["components"]["schemas"]
    assert {"challenge", "signature"} <= set(schemas["EnrolRequest"]["properties"])
    assert {"challenge", "expires_at"} <= set(schemas["EnrolChallenge"]["properties"])
    assert "403" in spec["paths"]["/api/v1/enrol"]["post"]["responses"]
