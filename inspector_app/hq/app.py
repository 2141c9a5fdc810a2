"""The HQ web service (FastAPI): sync protocol v1 for laptops, a small review API for supervisors, and the
supervisors' workspace in the browser (hq/web).

(No `from __future__ import annotations` here: FastAPI reads the route annotations at runtime.)

Stateless by design: a request reads and writes the database and attachment
storage, nothing is kept in the process between requests, so any number of
processes can serve one PostgreSQL. The OpenAPI spec is served at
`/api/v1/openapi.json` (docs at `/api/v1/docs`).
"""

import gc
import json
import threading
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message as ASGIMessage, Receive, Scope, Send

from .. import __version__
from ..sync.protocol import (
    API_PREFIX,
    CHUNK_SHA256_HEADER,
    KINDS_PATTERN,
    MAX_ATTACHMENT_BYTES,
    MAX_BODY_BYTES,
    MAX_CHUNK_BYTES,
    MAX_CURSOR,
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    parse_kinds,
    EnrolChallenge,
    EnrolChallengeRequest,
    EnrolRequest,
    EnrolResponse,
    Health,
    Message,
    PullPage,
    PushResponse,
    Sha256,
    UploadRequest,
    UploadStatus,
    without_codes,
)
from ..sync.reasons import REASON_CODES_HEADER
from . import device_provinces, devices, publish, push, reviews, upload_cleanup, uploads
from .admission import HEAVY_REQUESTS_AT_ONCE, AdmissionMiddleware
from .api_errors import ERRORS, install_error_handlers
from .auth_api import auth_routes, supervisor_dependency
from .bootstrap import open_database, open_storage
from .db import HQDatabase
from .devices import DeviceIdentity
from .errors import Invalid, Unauthorized
from .op_checks import PushBatchEnvelope
from .push_body import OrjsonBodyRoute, read_ops
from .signin import AuthPolicy, SignIn
from .storage import AttachmentStorage


class RequestBodyMiddleware:
    """Reads request bodies with a size limit and inflates gzip ones before any route sees them.

    Plain ASGI (not a route class) so a refusal is a clean JSON answer and a client
    that disconnects mid-body never reaches a handler.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            await _refuse(scope, receive, send, 413, "too_large",
                          f"A request body may hold at most {MAX_BODY_BYTES} bytes.", limit=MAX_BODY_BYTES)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away mid-body: nothing to do
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                await _refuse(scope, receive, send, 413, "too_large",
                              f"A request body may hold at most {MAX_BODY_BYTES} bytes.", limit=MAX_BODY_BYTES)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if "gzip" in headers.get("content-encoding", "").lower():
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                body = inflater.decompress(body, MAX_BODY_BYTES + 1)
            except zlib.error:
                await _refuse(scope, receive, send, 422, "bad_gzip", "The request body is not valid gzip.")
                return
            if len(body) > MAX_BODY_BYTES or inflater.unconsumed_tail:
                await _refuse(scope, receive, send, 413, "too_large",
                              f"A request body may expand to at most {MAX_BODY_BYTES} bytes.", limit=MAX_BODY_BYTES)
                return
            raw = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")]
            scope = {**scope, "headers": [*raw, (b"content-length", str(len(body)).encode())]}
        delivered = False

        async def replay() -> ASGIMessage:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, code: str, detail: str,
                  **params: int | str) -> None:
    body: dict[str, Any] = {"detail": detail, "code": code, **({"params": params} if params else {})}
    await JSONResponse(status_code=status, content=body)(scope, receive, send)


class ReviewRequest(Message):
    decision: Literal["approved", "returned"]
    comment: Annotated[str | None, Field(max_length=4000)] = None


class ReviewedInspection(BaseModel):
    id: str
    reference: str
    status: str
    revision: int
    visit_date: str | None
    needs_review: bool
    review_comment: str | None


def create_app(db_url: str, attachments_dir: str | Path | None = None, *,
               storage: AttachmentStorage | None = None, stale_uploads: timedelta | None = None,
               auth_policy: AuthPolicy | None = None, freeze_heap: bool = False) -> FastAPI:
    """The HQ app on `db_url` (SQLite file path or postgresql:// URL); migrates the schema first.

    `stale_uploads`: remove uploads no chunk arrived for in this long (at start, then hourly).
    `freeze_heap`: the process serves only this app (`inspector-hq serve`): what start-up builds is put out
    of the garbage collector's sight once built (see `_prepare_reports`).
    """
    if storage is None:
        storage = open_storage(db_url, attachments_dir)
    db = open_database(db_url)
    app = FastAPI(
        title="Field Inspector HQ",
        version=__version__,
        description="Sync protocol v1 for Field Inspector laptops, and the supervisors' review API.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.db = db
    app.state.storage = storage
    signin = app.state.signin = SignIn(db, auth_policy)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    # Inside the body check: a place is taken once the body has arrived, before it is parsed into ops (what held
    # the memory). A laptop on a slow link, or one trickling its body on purpose, holds no place while it sends.
    app.add_middleware(AdmissionMiddleware, limit=HEAVY_REQUESTS_AT_ONCE["sqlite" if db.is_sqlite else "postgresql"])
    app.add_middleware(RequestBodyMiddleware)

    install_error_handlers(app)

    app.include_router(_device_routes(db, storage))
    app.include_router(auth_routes(signin))
    app.include_router(_supervisor_routes(db, signin))
    from .web import install as install_workspace  # the supervisors' pages (needs the `hq` extra's Jinja2)

    install_workspace(app)
    if stale_uploads is not None:
        upload_cleanup.schedule(app, db, storage, stale_uploads)
    app.router.add_event_handler("shutdown", db.dispose)
    app.router.add_event_handler("startup", lambda: _prepare_reports(freeze_heap))
    return app


def _prepare_reports(freeze_heap: bool) -> None:
    """The Thai dictionaries the reports wrap lines with, built in the background as HQ starts (once per
    process), so that the first report a supervisor asks for does not wait for them.

    With `freeze_heap`, everything alive once they are built (modules, the app, the dictionaries' millions
    of objects) is moved out of the collector's sight: they live as long as the process, and every full
    collection walked them again (a ninth of a push's CPU). A test process does not freeze: the objects of
    its earlier tests would never be collected."""
    from ..reports import prepare

    def build() -> None:
        prepare()
        if freeze_heap:
            gc.collect()
            gc.freeze()

    threading.Thread(target=build, name="prepare-thai-dictionaries", daemon=True).start()


def _device_routes(db: HQDatabase, storage: AttachmentStorage) -> APIRouter:
    router = APIRouter(prefix=API_PREFIX, responses=ERRORS)
    bearer = HTTPBearer(auto_error=False, description="The device token from enrolment")

    def current_device(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> DeviceIdentity:
        if credentials is None:
            raise Unauthorized("This request needs the laptop's device token.", code="no_token")
        with db.read() as conn:
            return devices.authenticate(conn, credentials.credentials)

    Device = Annotated[DeviceIdentity, Depends(current_device)]

    @router.get("/health", tags=["sync"], summary="Liveness and protocol version (no token needed)")
    def health() -> Health:
        return Health(version=__version__)

    @router.post("/enrol/challenge", tags=["sync"],
                 summary="A fresh single-use challenge; enrolling a known device id again needs its signature")
    def enrol_challenge(request: EnrolChallengeRequest) -> EnrolChallenge:
        return devices.new_challenge(db, request.local_device_id)

    @router.post("/enrol", tags=["sync"], summary="Enrol a laptop with a one-time code (and, if HQ knows it, its "
                                                  "signature over a challenge)")
    def enrol(request: EnrolRequest) -> EnrolResponse:
        if request.protocol != PROTOCOL_VERSION:
            raise Invalid(f"This HQ speaks sync protocol {PROTOCOL_VERSION}; update the app.", code="protocol",
                          params={"protocol": PROTOCOL_VERSION})
        return devices.enrol(db, request)

    def push_batch(batch: PushBatchEnvelope, device: Device, request: Request,
                   reason_codes: Annotated[str | None, Header(alias=REASON_CODES_HEADER, max_length=8, description=(
                       "'1' from laptops that read each answer's reason code and parameters (sync/reasons.py); "
                       "without it the answers carry HQ's English reason only, as laptops from before codes "
                       "expect"))] = None) -> Response:
        batch, ops = read_ops(batch, request)  # the body parsed once, by orjson where it reads as json (push_body)
        # Serialised here, once: FastAPI would otherwise validate the answer again, op by op.
        answer = push.push(db, device, batch, ops)
        if reason_codes:
            return Response(answer.model_dump_json(exclude_defaults=True), media_type="application/json")
        return Response(json.dumps(without_codes(answer), ensure_ascii=False, separators=(",", ":")),
                        media_type="application/json")

    router.add_api_route("/push", push_batch, methods=["POST"], tags=["sync"],
                         summary="Apply a batch of outbox ops; one answer per op", response_model=PushResponse,
                         response_model_exclude_defaults=True, route_class_override=OrjsonBodyRoute)

    @router.post("/attachments", tags=["attachments"], summary="Start (or find) an upload")
    def start_upload(request: UploadRequest, device: Device) -> UploadStatus:
        return uploads.start_upload(db, storage, device, request)

    @router.get("/attachments/{sha256}", tags=["attachments"], summary="How many bytes of an upload HQ holds")
    def upload_status(sha256: Sha256, device: Device) -> UploadStatus:
        return uploads.upload_status(db, storage, device, sha256)

    @router.put("/attachments/{sha256}", tags=["attachments"], summary="Send one chunk at an offset",
                openapi_extra={"requestBody": {"required": True, "content": {
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary",
                                                            "maxLength": MAX_CHUNK_BYTES}}}}})
    async def upload_chunk(
        sha256: Sha256,
        request: Request,
        device: Device,
        offset: Annotated[int, Query(ge=0, le=MAX_ATTACHMENT_BYTES)],
        chunk_sha256: Annotated[str, Header(alias=CHUNK_SHA256_HEADER, pattern=r"^[0-9a-fA-F]{64}$")],
    ) -> UploadStatus:
        data = await request.body()
        return await run_in_threadpool(uploads.write_chunk, db, storage, device, sha256, offset, data, chunk_sha256)

    @router.get("/pull", tags=["sync"], summary="What HQ published to this laptop after a cursor")
    def pull(device: Device, after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 200,
             kinds: Annotated[str | None, Query(max_length=1100, pattern=KINDS_PATTERN, description=(
                 "the publication kinds this laptop applies, comma-separated; without it, the kinds every "
                 "laptop version applies (template, reference, user, review, evidence_key)"))] = None) -> PullPage:
        device_provinces.refresh_if_needed(db, device.id)
        return publish.pull(db, device, after, limit, parse_kinds(kinds))

    return router


def _supervisor_routes(db: HQDatabase, signin: SignIn) -> APIRouter:
    router = APIRouter(prefix=f"{API_PREFIX}/review", tags=["review"], responses=ERRORS)
    Supervisor = Annotated[Any, Depends(supervisor_dependency(signin))]
    InspectionRef = Annotated[str, PathParam(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f]+$")]

    @router.get("/inspections", summary="Inspections HQ holds, with the status HQ shows")
    def list_inspections(_user: Supervisor,
                         status: Annotated[str | None, Query(max_length=20)] = None) -> list[ReviewedInspection]:
        return [ReviewedInspection(id=r.id, reference=r.reference, status=r.status, revision=r.revision,
                                   visit_date=r.visit_date, needs_review=r.needs_review,
                                   review_comment=r.review_comment)
                for r in reviews.list_inspections(db, status=status)]

    @router.post("/inspections/{inspection_id}", summary="Approve or return a submitted inspection")
    def review(inspection_id: InspectionRef, request: ReviewRequest, user: Supervisor) -> ReviewedInspection:
        outcome = reviews.review(db, inspection_id, request.decision, request.comment, user)
        row = next(r for r in reviews.list_inspections(db) if r.id == outcome.inspection_id)
        return ReviewedInspection(id=row.id, reference=row.reference, status=row.status, revision=row.revision,
                                  visit_date=row.visit_date, needs_review=row.needs_review,
                                  review_comment=row.review_comment)

    return router
