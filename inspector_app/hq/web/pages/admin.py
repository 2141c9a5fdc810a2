"""Administration (admins only): enrolment codes, laptops, users, publishing templates and reference data,
and the sign-in and evidence logs."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ... import devices as hq_devices
from ... import login_log, throttle, users
from ....core.checklists import TemplateError
from ...errors import Conflict, HQError, Invalid, NotFound
from ...models import Batch, Device, EnrolCode, ReferenceData, Template
from ...publish import check_reference_name, publish_reference, publish_template, validated_template
from ...signin import unlock_user
from ..audit import read_evidence_log
from ..auth import Refused, Viewer, field_text, read_form, require
from ..i18n import N_
from ..nav import NavEntry, register
from ..render import message, page, redirect

router = APIRouter(include_in_schema=False)
Admin = Annotated[Viewer, Depends(require("admin"))]
UPLOAD_LIMIT = 4 * 1024 * 1024
register(
    NavEntry("devices", "/admin/devices", N_("Laptops"), "admin", 100, "laptop"),
    NavEntry("codes", "/admin/enrolment-codes", N_("Enrolment codes"), "admin", 110, "ticket"),
    NavEntry("users", "/admin/users", N_("Users"), "admin", 120, "users"),
    NavEntry("publish", "/admin/publish", N_("Templates and reference data"), "admin", 130, "upload"),
    NavEntry("logs", "/admin/sign-ins", N_("Sign-in log"), "admin", 140, "list"),
)
message("revoked", N_("Laptop %(name)s is revoked: its token no longer works. Its data at HQ is kept."))
message("user_created", N_("User %(name)s created. Laptops receive the account at their next sync."))
message("role_changed", N_("%(name)s's role changed; their sessions ended, so they sign in again."))
message("deactivated", N_("%(name)s can no longer sign in; their sessions ended."))
message("reactivated", N_("%(name)s may sign in again."))
message("unlocked_user", N_("%(name)s's sign-in lockout is lifted."))
message("published_template", N_("Published checklist %(name)s. Laptops receive it at their next sync."))
message("unchanged_template", N_("Checklist %(name)s was already published with this content; nothing changed."),
        "warn")
message("published_reference", N_("Published reference data %(name)s. Laptops receive it at their next sync."))
message("unchanged_reference", N_("Reference data %(name)s is unchanged."), "warn")
USER_ID = re.compile(r"^[0-9a-f-]{36}$")
# Log events as the pages name them (translated when shown).
EVENT_NAMES = (N_("success"), N_("failure"), N_("lockout"), N_("refused"), N_("logout"), N_("unlock"),
               N_("unlock_failed"), N_("view"), N_("report"), N_("lock"), N_("new_passphrase"))


# --- enrolment codes ------------------------------------------------------------------------------


def _codes_page(request: Request, seen: Viewer, *, status: int = 200, new_code: tuple[str, Any] | None = None,
                error: str | None = None, days: str = "7", note: str = "") -> Response:
    with request.app.state.db.read() as conn:
        codes = conn.execute(select(EnrolCode.created_at, EnrolCode.expires_at, EnrolCode.used_at, EnrolCode.note,
                                    Device.name.label("device_name"))
                             .outerjoin(Device, Device.id == EnrolCode.device_id)
                             .order_by(EnrolCode.created_at.desc()).limit(100)).all()
    t = seen.translator
    return page(request, seen, "admin/codes.html", title=t.gettext("Enrolment codes"), current="codes",
                status=status, codes=codes, new_code=new_code, error=error, days=days, note=note)


@router.get("/admin/enrolment-codes")
async def codes(request: Request, seen: Admin) -> Response:
    return _codes_page(request, seen)


@router.post("/admin/enrolment-codes")
async def new_code(request: Request, seen: Admin) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    days_text, note = field_text(form, "days", 10), field_text(form, "note", 200)
    days = int(days_text) if days_text.isdigit() else 0
    if not 1 <= days <= 90:
        return _codes_page(request, seen, status=422, days=days_text, note=note,
                           error=t.gettext("A code is valid for 1 to 90 days."))
    code, expires = hq_devices.new_enrol_code(request.app.state.db, days=days, note=note or None)
    return _codes_page(request, seen, status=201, new_code=(code, expires))


# --- laptops --------------------------------------------------------------------------------------


def _devices(request: Request) -> list[Any]:
    with request.app.state.db.read() as conn:
        last = dict(conn.execute(select(Batch.device_id, func.max(Batch.received_at)).group_by(Batch.device_id)).all())
        rows = conn.execute(select(Device).order_by(Device.revoked_at.is_not(None), Device.name)).all()
    return [(d, last.get(d.id)) for d in rows]


def _device_or_404(request: Request, seen: Viewer, device_id: str) -> Any:
    with request.app.state.db.read() as conn:
        found = conn.execute(select(Device).where(Device.id == device_id[:64])).first()
    if found is None:
        t = seen.translator
        raise Refused(404, t.gettext("No such laptop"), t.gettext("HQ has no laptop with this id."))
    return found


@router.get("/admin/devices")
async def device_list(request: Request, seen: Admin) -> Response:
    t = seen.translator
    return page(request, seen, "admin/devices.html", title=t.gettext("Laptops"), current="devices",
                devices=_devices(request))


@router.get("/admin/devices/{device_id}/revoke")
async def confirm_revoke(request: Request, device_id: str, seen: Admin) -> Response:
    device = _device_or_404(request, seen, device_id)
    t = seen.translator
    return page(request, seen, "admin/revoke.html", title=t.gettext("Revoke laptop %(name)s", name=device.name),
                current="devices", device=device)


@router.post("/admin/devices/{device_id}/revoke")
async def revoke(request: Request, device_id: str, seen: Admin) -> Response:
    await read_form(request, seen)
    device = _device_or_404(request, seen, device_id)
    hq_devices.revoke(request.app.state.db, device.id)
    return redirect(f"/admin/devices?{urlencode({'msg': 'revoked', 'name': device.name})}")


# --- users ----------------------------------------------------------------------------------------


def _users_page(request: Request, seen: Viewer, *, status: int = 200, errors: dict[str, str] | None = None,
                values: dict[str, str] | None = None, new_password: tuple[str, str] | None = None,
                problem: str | None = None) -> Response:
    db = request.app.state.db
    accounts = users.list_users(db)
    now = request.app.state.signin.now()
    with db.read() as conn:
        locked = {u.username: throttle.current_lock(conn, throttle.account_key(u.username), now) for u in accounts}
    t = seen.translator
    return page(request, seen, "admin/users.html", title=t.gettext("Users"), current="users", status=status,
                accounts=accounts, locked=locked, errors=errors or {}, values=values or {"role": "supervisor"},
                new_password=new_password, problem=problem)


@router.get("/admin/users")
async def user_list(request: Request, seen: Admin) -> Response:
    return _users_page(request, seen)


@router.post("/admin/users")
async def create_user(request: Request, seen: Admin) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    values = {k: field_text(form, k, 200) for k in ("username", "display_name", "role")}
    password = form.get("password") if isinstance(form.get("password"), str) else ""
    repeat = form.get("password_again") if isinstance(form.get("password_again"), str) else ""
    errors: dict[str, str] = {}
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", values["username"]):
        errors["username"] = t.gettext("A user name has 1–64 letters, digits, '.', '-' or '_'.")
    if values["role"] not in users.ROLES:
        errors["role"] = t.gettext("Choose supervisor or admin.")
    if len(str(password)) < users.MIN_PASSWORD:
        errors["password"] = t.gettext("A password needs at least %(n)s characters.", n=users.MIN_PASSWORD)
    elif password != repeat:
        errors["password_again"] = t.gettext("The two passwords differ.")
    if not errors:
        try:
            await run_in_threadpool(users.create_user, request.app.state.db, values["username"],
                                    values["display_name"] or values["username"], str(password), role=values["role"])
        except Conflict:
            errors["username"] = t.gettext("There is already a user %(name)s.", name=values["username"])
        except Invalid as exc:
            errors["username"] = exc.detail
    if errors:
        return _users_page(request, seen, status=422, errors=errors, values=values)
    return redirect(f"/admin/users?{urlencode({'msg': 'user_created', 'name': values['username']})}")


def _user_or_404(request: Request, seen: Viewer, user_id: str) -> Any:
    try:
        if not USER_ID.fullmatch(user_id):
            raise NotFound("bad id")
        return users.get_user(request.app.state.db, user_id)
    except NotFound:
        t = seen.translator
        raise Refused(404, t.gettext("No such user"), t.gettext("HQ has no user with this id.")) from None


@router.post("/admin/users/{user_id}/password")
async def reset_password(request: Request, user_id: str, seen: Admin) -> Response:
    await read_form(request, seen)
    account = _user_or_404(request, seen, user_id)
    password = await run_in_threadpool(users.reset_password, request.app.state.db, account.id)
    return _users_page(request, seen, new_password=(account.username, password))


@router.post("/admin/users/{user_id}/role")
async def change_role(request: Request, user_id: str, seen: Admin) -> Response:
    form = await read_form(request, seen)
    account = _user_or_404(request, seen, user_id)
    t = seen.translator
    role = field_text(form, "role", 20)
    if role not in users.ROLES:
        return _users_page(request, seen, status=422, problem=t.gettext("Choose supervisor or admin."))
    try:
        users.set_role(request.app.state.db, account.id, role)
    except Conflict:
        return _users_page(request, seen, status=409, problem=t.gettext(
            "HQ needs at least one active admin: make another user admin first."))
    return redirect(f"/admin/users?{urlencode({'msg': 'role_changed', 'name': account.username})}")


@router.post("/admin/users/{user_id}/active")
async def change_active(request: Request, user_id: str, seen: Admin) -> Response:
    form = await read_form(request, seen)
    account = _user_or_404(request, seen, user_id)
    t = seen.translator
    active = field_text(form, "active", 5)
    if active not in ("yes", "no"):
        return _users_page(request, seen, status=422, problem=t.gettext("Say whether the account may sign in."))
    if active == "no" and account.id == seen.user.id:
        return _users_page(request, seen, status=409, problem=t.gettext(
            "You cannot lock your own account; another admin can."))
    try:
        users.set_active(request.app.state.db, account.id, active == "yes")
    except Conflict:
        return _users_page(request, seen, status=409, problem=t.gettext(
            "HQ needs at least one active admin: make another user admin first."))
    key = "reactivated" if active == "yes" else "deactivated"
    return redirect(f"/admin/users?{urlencode({'msg': key, 'name': account.username})}")


@router.post("/admin/users/{user_id}/unlock")
async def unlock_account(request: Request, user_id: str, seen: Admin) -> Response:
    await read_form(request, seen)
    account = _user_or_404(request, seen, user_id)
    unlock_user(request.app.state.db, account.username, now=request.app.state.signin.now())
    return redirect(f"/admin/users?{urlencode({'msg': 'unlocked_user', 'name': account.username})}")


# --- templates and reference data --------------------------------------------------------------------


def _publish_page(request: Request, seen: Viewer, *, status: int = 200, template_problems: list[str] | None = None,
                  reference_problem: str | None = None, reference_name: str = "") -> Response:
    with request.app.state.db.read() as conn:
        templates = conn.execute(select(Template.code, Template.version, Template.source_name, Template.published_at)
                                 .order_by(Template.code, Template.version.desc())).all()
        references = conn.execute(select(ReferenceData.name, ReferenceData.sha256, ReferenceData.published_at)
                                  .order_by(ReferenceData.name)).all()
    t = seen.translator
    return page(request, seen, "admin/publish.html", title=t.gettext("Templates and reference data"),
                current="publish", status=status, templates=templates, references=references,
                template_problems=template_problems, reference_problem=reference_problem,
                reference_name=reference_name)


@router.get("/admin/publish")
async def publish_page(request: Request, seen: Admin) -> Response:
    return _publish_page(request, seen)


async def _upload(form: Any, name: str) -> tuple[str, bytes] | None:
    upload = form.get(name)
    if not isinstance(upload, UploadFile) or not upload.filename:
        return None
    data = await upload.read(UPLOAD_LIMIT + 1)
    return Path(upload.filename).name[:120], data


@router.post("/admin/templates")
async def upload_template(request: Request, seen: Admin) -> Response:
    form = await read_form(request, seen, max_bytes=UPLOAD_LIMIT + 64 * 1024)
    t = seen.translator
    upload = await _upload(form, "file")
    if upload is None:
        return _publish_page(request, seen, status=422, template_problems=[t.gettext("Choose a template file.")])
    filename, data = upload
    if len(data) > UPLOAD_LIMIT:
        return _publish_page(request, seen, status=413, template_problems=[t.gettext(
            "The file is larger than %(n)s MB; no checklist template is that large.", n=UPLOAD_LIMIT // 1024 // 1024)])
    if not filename.endswith(".json"):
        filename = f"{filename}.json"
    try:
        with tempfile.TemporaryDirectory(prefix="fi-template-") as folder:
            path = Path(folder) / (re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "template.json")
            path.write_bytes(data)
            payload = await run_in_threadpool(validated_template, path)
    except TemplateError as exc:
        return _publish_page(request, seen, status=422, template_problems=[str(p) for p in exc.problems[:50]])
    try:
        added = publish_template(request.app.state.db, payload)
    except Invalid as exc:
        return _publish_page(request, seen, status=409, template_problems=[exc.detail])
    key = "published_template" if added else "unchanged_template"
    return redirect(f"/admin/publish?{urlencode({'msg': key, 'name': f'{payload.code} v{payload.version}'})}")


@router.post("/admin/reference")
async def upload_reference(request: Request, seen: Admin) -> Response:
    form = await read_form(request, seen, max_bytes=UPLOAD_LIMIT + 64 * 1024)
    t = seen.translator
    name = field_text(form, "name", 100)
    try:
        check_reference_name(name)
    except Invalid:
        return _publish_page(request, seen, status=422, reference_name=name, reference_problem=t.gettext(
            "A reference data name has 1–64 lower-case letters, digits, '_' or '-' (e.g. minimum_wage)."))
    upload = await _upload(form, "file")
    if upload is None:
        return _publish_page(request, seen, status=422, reference_name=name,
                             reference_problem=t.gettext("Choose a JSON file."))
    _, data = upload
    if len(data) > UPLOAD_LIMIT:
        return _publish_page(request, seen, status=413, reference_name=name, reference_problem=t.gettext(
            "The file is larger than %(n)s MB.", n=UPLOAD_LIMIT // 1024 // 1024))
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _publish_page(request, seen, status=422, reference_name=name,
                             reference_problem=t.gettext("The file is not UTF-8 text."))
    except ValueError as exc:
        return _publish_page(request, seen, status=422, reference_name=name, reference_problem=t.gettext(
            "The file is not valid JSON: %(problem)s", problem=str(exc)[:200]))
    try:
        changed = publish_reference(request.app.state.db, name, document)
    except HQError as exc:
        return _publish_page(request, seen, status=422, reference_name=name, reference_problem=exc.detail)
    key = "published_reference" if changed else "unchanged_reference"
    return redirect(f"/admin/publish?{urlencode({'msg': key, 'name': name})}")


# --- logs ------------------------------------------------------------------------------------------


@router.get("/admin/sign-ins")
async def sign_in_log(request: Request, seen: Admin) -> Response:
    t = seen.translator
    who = request.query_params.get("user") or None
    event = request.query_params.get("event") or None
    problems = []
    if who is not None and not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", who):
        problems.append(t.gettext("“%(value)s” is not a user name.", value=who[:40]))
        who = None
    if event is not None and event not in login_log.EVENTS:
        problems.append(t.gettext("There is no sign-in event “%(value)s”.", value=event[:40]))
        event = None
    db = request.app.state.db
    rows = login_log.read_log(db, username=who, event=event, limit=200)
    return page(request, seen, "admin/logs.html", title=t.gettext("Sign-in log"), current="logs",
                status=422 if problems else 200, problems=problems, rows=rows, who=who or "", event=event or "",
                events=login_log.EVENTS, evidence=read_evidence_log(db, limit=100))
