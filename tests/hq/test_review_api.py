"""Supervisors review through the API with their own password; device tokens do not open it."""

from __future__ import annotations

import httpx

from inspector_app.hq import users

from .devices import fake_laptop
from .support import HQServer


def test_supervisor_lists_and_returns_with_a_password_not_a_device_token(hq: HQServer) -> None:
    users.create_user(hq.db, "ploy", "Ploy (supervisor)", "correct horse 2569")
    laptop = fake_laptop(hq)
    laptop.push(laptop.op("inspections", "i1", 0, 1, reference="63-2569-X0001", status="signed", revision=1))
    base = f"{hq.url}/api/v1/review/inspections"
    assert httpx.get(base).status_code == 401
    assert httpx.get(base, auth=("ploy", "wrong password")).json()["code"] == "bad_login"
    assert httpx.get(base, headers={"Authorization": f"Bearer {laptop.token}"}).status_code == 401
    listed = httpx.get(base, params={"status": "submitted"}, auth=("ploy", "correct horse 2569")).json()
    assert [r["reference"] for r in listed] == ["63-2569-X0001"]
    answer = httpx.post(f"{base}/i1", json={"decision": "returned", "comment": "ขาดลายมือชื่อนายจ้าง"},
                        auth=("ploy", "correct horse 2569"))
    assert answer.status_code == 200
    assert answer.json()["status"] == "returned" and answer.json()["review_comment"] == "ขาดลายมือชื่อนายจ้าง"
    again = httpx.post(f"{base}/i1", json={"decision": "approved"}, auth=("ploy", "correct horse 2569"))
    assert again.status_code == 409
    review = next(i for i in laptop.client.pull(0).items if i.kind == "review")
    assert review.payload["reviewer"] == "Ploy (supervisor)" and review.payload["decision"] == "returned"


def test_the_openapi_spec_is_served_and_names_every_endpoint(hq: HQServer) -> None:
    spec = httpx.get(f"{hq.url}/api/v1/openapi.json").json()
    assert spec["info"]["title"] == "Field Inspector HQ"
    assert set(spec["paths"]) >= {"/api/v1/health", "/api/v1/enrol", "/api/v1/push", "/api/v1/pull",
                                  "/api/v1/attachments", "/api/v1/attachments/{sha256}",
                                  "/api/v1/review/inspections", "/api/v1/review/inspections/{inspection_id}"}
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    assert httpx.get(f"{hq.url}/api/v1/docs").status_code == 200
