"""Supervisors review through the API with their own password; device tokens do not open it."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
from sqlalchemy import func, select

from inspector_app.hq import users
from inspector_app.hq.models import ReviewDecision

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


def test_two_supervisors_deciding_one_inspection_at_once_get_one_decision_and_a_409(
        hq_db_url: str, tmp_path: Path) -> None:
    """Regression: on PostgreSQL the slower of two decisions on one inspection, through two HQ processes at
    the same moment, hit the unique key on (inspection, revision) and was answered 500."""
    servers = [HQServer(hq_db_url, tmp_path / "hq-files").start() for _ in range(2)]
    try:
        db = servers[0].db
        tokens = []
        for server, name in zip(servers, ("ploy", "nok"), strict=True):
            users.create_user(db, name, name.title(), "correct horse 2569")
            login = httpx.post(f"{server.url}/api/v1/login", json={"username": name, "password": "correct horse 2569"})
            tokens.append(login.json()["token"])
        laptop = fake_laptop(servers[0])
        decisions = ({"decision": "approved"}, {"decision": "returned", "comment": "ขาดลายมือชื่อนายจ้าง"})
        for n in range(12):
            laptop.push(laptop.op("inspections", f"i{n}", 0, 1, reference=f"63-2569-R{n:04d}", status="signed",
                                  revision=1))
            barrier = threading.Barrier(2)
            answers: list[httpx.Response] = []

            def decide(which: int, inspection: str = f"i{n}") -> None:
                barrier.wait()
                answers.append(httpx.post(f"{servers[which].url}/api/v1/review/inspections/{inspection}",
                                          json=decisions[which], timeout=60,
                                          headers={"Authorization": f"Bearer {tokens[which]}"}))

            threads = [threading.Thread(target=decide, args=(which,)) for which in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
            refused = next(a for a in answers if a.status_code == 409).json()
            assert refused["code"] == "conflict" and "only a submitted inspection can be reviewed" in refused["detail"]
        with db.read() as conn:
            assert conn.scalar(select(func.count()).select_from(ReviewDecision)) == 12
    finally:
        for server in servers:
            server.stop()
