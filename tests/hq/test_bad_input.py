"""Bad input never gets a 500: a malformed change is rejected on its own, an unusable request gets a 422,
and every refusal has the documented shape (`detail` + `code`)."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select

from inspector_app.hq import users
from inspector_app.hq.models import Record
from inspector_app.sync.protocol import MAX_CURSOR, MAX_REV

from .attacks import assert_error_body, op_json, raw_push
from .devices import fake_laptop
from .support import HQServer


@pytest.mark.parametrize("bad, reason", [
    ({"rev": 2**63}, "rev: Input should be less than or equal to 2147483647"),
    ({"base_rev": MAX_REV + 1, "rev": MAX_REV + 1}, "base_rev"),
    ({"fields": {"id": "f1", "rev": 1, "note": "\\ud800 alone"}}, "fields.note: text is not valid Unicode"),
    ({"entity": "findings\\udfff"}, "entity: text is not valid Unicode"),
    ({"hlc": "1700000000000\\u0000"}, "hlc: text holds a NUL character"),
    ({"fields": {"id": "f1", "rev": 1, "deep": json.loads("[" * 40 + "]" * 40)}}, "nested more than 32 levels"),
    ({"fields": {"id": "f1", "rev": 1, "photo": "x" * (1024 * 1024 + 1)}}, "at most 1048576"),
])
def test_a_malformed_change_is_rejected_alone_and_the_rest_applies(hq: HQServer, bad: dict, reason: str) -> None:
    laptop = fake_laptop(hq)
    body = {"batch_id": "batch-bad-input-1", "device_id": laptop.device_id,
            "ops": [op_json(laptop, 1, **bad), op_json(laptop, 2)]}
    text = json.dumps(body).replace("\\\\u", "\\u")  # let the escapes through as JSON escapes
    response = raw_push(laptop, text)
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert first["status"] == "rejected" and reason in first["reason"]
    assert first["op_id"] == f"{laptop.local_id}:1"
    assert second["status"] == "applied"
    replay = raw_push(laptop, text).json()
    assert replay["replayed"] and [r["status"] for r in replay["results"]] == ["rejected", "applied"]


def test_text_full_of_brackets_and_escape_lookalikes_is_stored_as_typed(hq: HQServer) -> None:
    """Nothing in text that merely looks like deep nesting or a NUL is refused."""
    laptop = fake_laptop(hq)
    note = "{[" * 40 + ' a backslash-u0000 written out: \\u0000, a quote \" ' + "]}" * 40
    body = {"batch_id": "batch-bad-input-brackets", "device_id": laptop.device_id,
            "ops": [op_json(laptop, 1, fields={"id": "f1", "rev": 1, "note": note})]}
    response = httpx.post(f"{hq.url}/api/v1/push", json=body, headers={"Authorization": f"Bearer {laptop.token}"})
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied"]
    with hq.db.read() as conn:
        stored = conn.execute(select(Record.fields).where(Record.entity_id == "f1")).scalar_one()
    assert stored["note"] == note


def test_ops_that_are_not_objects_or_have_no_id_are_answered_by_their_place(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    body = {"batch_id": "batch-bad-input-2", "device_id": laptop.device_id,
            "ops": [7, {"entity": "findings"}, op_json(laptop, 3)]}
    results = raw_push(laptop, json.dumps(body)).json()["results"]
    assert [(r["op_id"], r["status"]) for r in results] == [("#0", "rejected"), ("#1", "rejected"),
                                                            (f"{laptop.local_id}:3", "applied")]
    assert "op_id: Field required" in results[1]["reason"]


@pytest.mark.parametrize("envelope, where", [
    ('{"batch_id": "batch-\\ud800-12", "device_id": "%s", "ops": []}', "batch_id"),
    ('{"batch_id": "batch-nul-\\u0000", "device_id": "%s", "ops": []}', "batch_id"),
    ('{"batch_id": "batch-12345", "device_id": "%s", "ops": {}}', "ops"),
    ('{"batch_id": "batch-12345", "device_id": "%s"}', "ops"),
    ('{"batch_id": "batch-12345", "device_id": "%s", "ops": [' + "[" * 5000 + "]" * 5000 + "]}", None),
])
def test_an_unusable_envelope_is_a_422_naming_the_field(hq: HQServer, envelope: str, where: str | None) -> None:
    laptop = fake_laptop(hq)
    response = raw_push(laptop, envelope % laptop.device_id)
    if where is None:  # nested beyond what the JSON reader takes: the body cannot be read at all
        assert response.status_code in (400, 422)
        assert_error_body(response, response.status_code)
        return
    body = assert_error_body(response, 422, "invalid_request")
    assert where in body["detail"] and body["errors"][0]["loc"][:2] == ["body", where] or \
        where in body["errors"][0]["msg"]


def test_a_cursor_beyond_64_bits_is_a_422_not_a_500(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    headers = {"Authorization": f"Bearer {laptop.token}"}
    beyond = httpx.get(f"{hq.url}/api/v1/pull", params={"after": 2**63}, headers=headers)
    body = assert_error_body(beyond, 422, "invalid_request")
    assert body["errors"][0]["loc"] == ["query", "after"]
    last = httpx.get(f"{hq.url}/api/v1/pull", params={"after": MAX_CURSOR}, headers=headers)
    assert last.status_code == 200 and last.json() == {"items": [], "cursor": MAX_CURSOR, "more": False}
    huge_offset = httpx.put(f"{hq.url}/api/v1/attachments/{'a' * 64}", params={"offset": 2**63}, content=b"x",
                            headers={**headers, "X-Chunk-SHA256": "b" * 64})
    assert_error_body(huge_offset, 422, "invalid_request")


def test_every_refusal_has_the_documented_shape(hq: HQServer) -> None:
    users.create_user(hq.db, "ploy", "Ploy S.", "correct horse 2569")
    validation = httpx.post(f"{hq.url}/api/v1/enrol", json={"code": "x"})
    body = assert_error_body(validation, 422, "invalid_request")
    assert {e["loc"][-1] for e in body["errors"]} >= {"local_device_id", "device_name", "public_key"}
    assert all(set(e) == {"loc", "msg", "type"} for e in body["errors"])  # no echo of what was sent
    assert_error_body(httpx.get(f"{hq.url}/api/v1/nowhere"), 404)
    assert_error_body(httpx.post(f"{hq.url}/api/v1/push", content=b"{not json",
                                  headers={"Content-Type": "application/json"}), 422)
    assert_error_body(httpx.post(f"{hq.url}/api/v1/login",
                                  content=b'{"username": "ploy\\u0000", "password": "x"}',
                                  headers={"Content-Type": "application/json"}), 422, "invalid_request")
    assert_error_body(httpx.post(f"{hq.url}/api/v1/login",
                                  content=b'{"username": "\\udc00", "password": "x"}',
                                  headers={"Content-Type": "application/json"}), 422, "invalid_request")
    basic_nul = httpx.get(f"{hq.url}/api/v1/review/inspections", auth=("plo\x00y", "whatever"))
    assert_error_body(basic_nul, 401, "bad_login")
    token = httpx.post(f"{hq.url}/api/v1/login", json={"username": "ploy", "password": "correct horse 2569"}
                       ).json()["token"]
    bearer = {"Authorization": f"Bearer {token}"}
    comment = httpx.post(f"{hq.url}/api/v1/review/inspections/i1", headers={**bearer,
                         "Content-Type": "application/json"},
                         content=b'{"decision": "returned", "comment": "\\ud83d alone"}')
    assert_error_body(comment, 422, "invalid_request")
    control = httpx.post(f"{hq.url}/api/v1/review/inspections/i%001", headers=bearer, json={"decision": "approved"})
    assert_error_body(control, 422, "invalid_request")


def test_the_openapi_spec_documents_every_answer(hq: HQServer) -> None:
    spec = httpx.get(f"{hq.url}/api/v1/openapi.json").json()
    assert {"/api/v1/login", "/api/v1/logout"} <= set(spec["paths"])
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            answers = operation["responses"]
            assert {"401", "422", "503"} <= set(answers), (method, path)
            assert answers["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    login = spec["paths"]["/api/v1/login"]["post"]["responses"]
    assert "Retry-After" in login["429"]["headers"] and "Retry-After" in login["503"]["headers"]
    push_ops = spec["components"]["schemas"]["PushBatchEnvelope"]["properties"]["ops"]
    assert push_ops["items"]["properties"]["rev"]["maximum"] == MAX_REV
