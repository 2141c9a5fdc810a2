"""Administration in the browser: codes shown once, laptops revoked after a confirm step, users, uploads checked
as the CLI checks them, the sign-in log."""

from __future__ import annotations

import base64
import json
import re
import uuid
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from inspector_app.hq.models import Device, ReferenceData, Template
from inspector_app.paths import resources_dir
from inspector_app.sync.client import HQClient
from inspector_app.sync.protocol import EnrolRequest

from .client import ADMIN, SUPERVISOR, Account, Browser, sign_in
from .conftest import WebHQ

CODE = re.compile(r'<span class="code-once">([^<]+)</span>')


def _enrol(url: str, code: str) -> tuple[str, str]:
    key = Ed25519PrivateKey.generate()
    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    client = HQClient(url)
    try:
        answer = client.enrol(EnrolRequest(code=code, local_device_id=str(uuid.uuid4()), device_name="Mae Sot 3",
                                           public_key=public))
    finally:
        client.close()
    return answer.device_id, answer.token


def test_a_code_shown_once_enrols_a_laptop_that_an_admin_can_revoke(web: WebHQ) -> None:
    admin = sign_in(web.url, ADMIN)
    made = admin.post("/admin/enrolment-codes", {"days": "3", "note": "Mae Sot laptop 3"},
                      page="/admin/enrolment-codes")
    assert made.status_code == 201 and made.headers["cache-control"] == "no-store"
    (code,) = CODE.findall(made.text)
    assert code not in admin.get("/admin/enrolment-codes").text  # shown once
    device_id, token = _enrol(web.url, code)
    devices = admin.get("/admin/devices").text
    assert "Mae Sot 3" in devices and "never" in devices
    confirm = admin.get(f"/admin/devices/{device_id}/revoke")
    assert confirm.status_code == 200 and "Revoke Mae Sot 3" in confirm.text
    with web.db.read() as conn:
        assert conn.execute(select(Device.revoked_at).where(Device.id == device_id)).scalar() is None
    done = admin.post(f"/admin/devices/{device_id}/revoke", {}, page=f"/admin/devices/{device_id}/revoke")
    assert done.status_code == 303 and "Laptop Mae Sot 3 is revoked" in admin.follow(done).text
    answer = httpx.get(f"{web.url}/api/v1/pull", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401 and answer.json()["code"] == "revoked"


def test_users_created_reset_locked_and_promoted(web: WebHQ) -> None:
    admin = sign_in(web.url, ADMIN)
    created = admin.post("/admin/users", {"username": "somsri", "display_name": "Somsri K. (synthetic)",
                                          "password": "first password 1", "password_again": "first password 1",
                                          "role": "supervisor"}, page="/admin/users")
    assert created.status_code == 303 and "User somsri created." in admin.follow(created).text
    somsri = Account("somsri", "Somsri K. (synthetic)", "first password 1", "supervisor")
    assert sign_in(web.url, somsri).get("/review").status_code == 200
    page = admin.get("/admin/users").text
    user_id = re.search(r'/admin/users/([0-9a-f-]{36})/password"[^<]*>\s*<input[^>]*>\s*<button[^>]*>[^<]*'
                        r'<span class="visually-hidden"> somsri', page)
    user_id = user_id.group(1) if user_id else re.findall(r"/admin/users/([0-9a-f-]{36})/password", page)[-1]
    reset = admin.post(f"/admin/users/{user_id}/password", {}, page="/admin/users")
    (new_password,) = CODE.findall(reset.text)
    old = Browser(web.url)
    refused = old.post("/sign-in", {"username": "somsri", "password": "first password 1"}, page="/sign-in")
    assert refused.status_code == 401
    somsri = Account("somsri", somsri.name, new_password, "supervisor")
    assert sign_in(web.url, somsri).get("/review").status_code == 200
    # Locked by an admin: no sign-in; unlocked: again.
    admin.post(f"/admin/users/{user_id}/active", {"active": "no"}, page="/admin/users")
    assert Browser(web.url).post("/sign-in", {"username": "somsri", "password": new_password},
                                 page="/sign-in").status_code == 401
    admin.post(f"/admin/users/{user_id}/active", {"active": "yes"}, page="/admin/users")
    promoted = sign_in(web.url, somsri)
    assert promoted.get("/admin/users").status_code == 403
    admin.post(f"/admin/users/{user_id}/role", {"role": "admin"}, page="/admin/users")
    assert sign_in(web.url, somsri).get("/admin/users").status_code == 200


def test_the_last_admin_cannot_be_demoted_or_locked(web: WebHQ) -> None:
    admin = sign_in(web.url, ADMIN)
    page = admin.get("/admin/users").text
    ids = dict((name, uid) for uid, name in re.findall(
        r'/admin/users/([0-9a-f-]{36})/role".*?Role of ([a-z]+)', page, re.S))
    demote = admin.post(f"/admin/users/{ids[ADMIN.username]}/role", {"role": "supervisor"}, page="/admin/users")
    assert demote.status_code == 409 and "at least one active admin" in demote.text
    lock_self = admin.post(f"/admin/users/{ids[ADMIN.username]}/active", {"active": "no"}, page="/admin/users")
    assert lock_self.status_code == 409 and "cannot lock your own account" in lock_self.text
    assert admin.get("/admin/users").status_code == 200


def test_uploads_are_checked_as_the_cli_checks_them(web: WebHQ, tmp_path: Path) -> None:
    admin = sign_in(web.url, ADMIN)
    good = (resources_dir() / "checklists" / "safeguards.v2.json").read_bytes()
    for change, said in ((lambda doc: doc["sections"][0]["items"][1].pop("label"), '"label" is missing'),
                         (lambda doc: doc["sections"][0]["items"][0].update(legal_refs=["LPA:999"]), "LPA:999")):
        broken = json.loads(good)
        change(broken)
        refused = admin.post("/admin/templates", {}, page="/admin/publish",
                             files={"file": ("safeguards.v3.json", json.dumps(broken).encode(), "application/json")})
        assert refused.status_code == 422 and "The template was not published." in refused.text
        assert said in refused.text.replace("&#34;", '"')
    not_json = admin.post("/admin/templates", {}, page="/admin/publish",
                          files={"file": ("notes.txt", b"\xff\xfe not a template", "text/plain")})
    assert not_json.status_code == 422 and "role=\"alert\"" in not_json.text
    published = admin.post("/admin/templates", {}, page="/admin/publish",
                           files={"file": ("safeguards.v2.json", good, "application/json")})
    assert published.status_code == 303 and "Published checklist SAFEGUARDS v2" in admin.follow(published).text
    again = admin.post("/admin/templates", {}, page="/admin/publish",
                       files={"file": ("safeguards.v2.json", good, "application/json")})
    assert "already published with this content" in admin.follow(again).text
    bad_json = admin.post("/admin/reference", {"name": "minimum_wage"}, page="/admin/publish",
                          files={"file": ("wage.json", b'{"63": 352', "application/json")})
    assert bad_json.status_code == 422 and "not valid JSON" in bad_json.text
    wage = admin.post("/admin/reference", {"name": "minimum_wage"}, page="/admin/publish",
                      files={"file": ("wage.json", b'{"63": 352}', "application/json")})
    assert wage.status_code == 303
    with web.db.read() as conn:
        assert conn.execute(select(Template.code)).scalars().all() == ["SAFEGUARDS"]
        assert conn.execute(select(ReferenceData.document).where(ReferenceData.name == "minimum_wage")).scalar() \
            == {"63": 352}


def test_the_sign_in_log_shows_failures_and_lockouts(web: WebHQ) -> None:
    Browser(web.url).post("/sign-in", {"username": SUPERVISOR.username, "password": "wrong password"},
                          page="/sign-in")
    admin = sign_in(web.url, ADMIN)
    log = admin.get(f"/admin/sign-ins?user={SUPERVISOR.username}&event=failure")
    assert log.status_code == 200 and log.text.count('<span class="tag bad">failure</span>') == 1
    assert admin.get("/admin/sign-ins?event=success").text.count("success</span>") >= 1


@pytest.mark.parametrize("hq_db_url", ["sqlite"], indirect=True)  # the page's words: one backend is enough
def test_the_evidence_log_shows_a_change_of_the_evidence_passphrase_in_thai(web: WebHQ) -> None:
    from inspector_app.hq.evidence_passphrase import change_passphrase, find_admin

    from ..support import EVIDENCE_PASSPHRASE

    change_passphrase(web.db, EVIDENCE_PASSPHRASE, "another synthetic evidence passphrase", find_admin(web.db, None))
    page = sign_in(web.url, ADMIN, language="th").get("/admin/sign-ins").text
    assert "เปลี่ยนรหัสผ่านหลักฐาน" in page and "new_passphrase" not in page
    assert "1 evidence key wrapped under the new passphrase" in page and ADMIN.username in page
