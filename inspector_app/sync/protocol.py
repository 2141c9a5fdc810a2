"""Sync protocol v1: the messages laptops and HQ exchange (HTTP + JSON, gzip).

Shared by the client engine and the HQ service, so this module imports
nothing of the app: only pydantic. Every endpoint lives under `API_PREFIX`.

    GET  /health                        liveness and protocol version (no auth)
    POST /enrol/challenge               a fresh nonce an enrolled laptop signs to enrol again
    POST /enrol                         one-time code (+ signed challenge) -> device id + token
    POST /push                          a batch of outbox ops -> one result per op
    POST /attachments                   start (or find) an upload -> offset
    GET  /attachments/{sha256}          how much of an upload HQ holds
    PUT  /attachments/{sha256}?offset=N one chunk, with its SHA-256 in a header
    GET  /pull?after=CURSOR             what HQ published to this device after the cursor
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"
AUTH_SCHEME = "Bearer"
CHUNK_SHA256_HEADER = "X-Chunk-SHA256"

# Limits both sides agree on; HQ refuses anything larger with a clear answer.
MAX_BATCH_OPS = 1000
MAX_BODY_BYTES = 16 * 1024 * 1024  # decompressed request body
MAX_CHUNK_BYTES = 4 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024
MAX_PULL_LIMIT = 1000
MAX_REV = 2**31 - 1  # revisions fit a 32-bit database integer on every backend
MAX_CURSOR = 2**63 - 1  # pull cursors fit a 64-bit one
MAX_JSON_DEPTH = 32  # nesting of any JSON value in a message (records are flat; templates are shallow)
MAX_OP_BYTES = 1024 * 1024  # one op as JSON; photos travel as attachments, not in fields

# Fields that never leave the laptop even though they live in a synced table.
LOCAL_ONLY_FIELDS: dict[str, frozenset[str]] = {
    "users": frozenset({"verifier"}),
    "devices": frozenset({"token", "signing_key"}),
}

SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Identifier = Annotated[str, Field(min_length=1, max_length=64)]


def text_problem(value: Any) -> str | None:
    """Why a JSON value cannot be stored as text (a lone surrogate, a NUL, nesting too deep), or None.

    Python's JSON reader turns `"\\ud800"` into a string no UTF-8 encoder (or
    PostgreSQL) accepts, and PostgreSQL text refuses NUL: both are refused at the door.
    """
    if _plainly_storable(value):
        return None
    found = _text_problem(value, 0)
    if found is None:
        return None
    path, problem = found
    where = ".".join(str(p) for p in reversed(path))
    return f"{where}: {problem}" if where else problem


def _plainly_storable(value: Any) -> bool:
    """A quick yes for the usual value, in C: JSON text that encodes to UTF-8 (no lone surrogate), holds no
    escaped NUL, and has no more openers than the depth allowed. Anything else (including a false alarm,
    such as a literal backslash-u0000 or braces inside text) goes to the exact walk below."""
    try:
        text = json.dumps(value, ensure_ascii=False, check_circular=False, default=_opaque)
    except (TypeError, ValueError, RecursionError):
        return False
    if "\\u0000" in text or (text.count("{") + text.count("[") > MAX_JSON_DEPTH and _depth(text) > MAX_JSON_DEPTH):
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def _depth(text: str) -> int:
    """How deeply JSON text nests its objects and arrays (brackets inside strings do not count)."""
    deepest = depth = 0
    for bracket in _BRACKETS.findall(_JSON_STRING.sub("", text)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _opaque(_value: Any) -> None:
    """Values the exact walk does not look into (numbers, dates, models) count as nothing here too."""
    return None


def _text_problem(value: Any, depth: int) -> tuple[list[str | int], str] | None:
    if isinstance(value, str):
        if "\x00" in value:
            return [], "text holds a NUL character"
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return [], "text is not valid Unicode (a lone surrogate)"
        return None
    if isinstance(value, dict):
        items: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        return None
    if depth >= MAX_JSON_DEPTH:
        return [], f"values are nested more than {MAX_JSON_DEPTH} levels deep"
    for key, item in items:
        found = (_text_problem(key, depth + 1) if isinstance(key, str) else None) or _text_problem(item, depth + 1)
        if found is not None:
            found[0].append(key if isinstance(key, int) else _printable(key))
            return found
    return None


def _printable(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")[:64]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _storable_text(cls, data: Any) -> Any:
        problem = text_problem(data) if isinstance(data, dict) else None
        if problem:
            raise ValueError(problem)
        return data


# --- health and enrolment ---------------------------------------------------------------


class Health(Message):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    service: str = "inspector-hq"
    version: str


class EnrolChallengeRequest(Message):
    local_device_id: Identifier


class EnrolChallenge(Message):
    """A single-use nonce. Enrolling a device id HQ already knows needs its signature by that device's key."""

    challenge: str
    expires_at: datetime


Ed25519Signature = Annotated[str, Field(min_length=80, max_length=100)]  # Ed25519 (64 bytes), base64


class EnrolRequest(Message):
    code: Annotated[str, Field(min_length=4, max_length=64)]
    local_device_id: Identifier  # the laptop's own device id: the prefix of every op id it makes
    device_name: Annotated[str, Field(min_length=1, max_length=200)]
    public_key: Annotated[str, Field(min_length=40, max_length=60)]  # Ed25519, raw 32 bytes, base64
    protocol: int = PROTOCOL_VERSION
    # Proof that this is the laptop HQ knows under this id: its signature over `enrol_proof_message`.
    # Required when the id is already enrolled; checked whenever given.
    challenge: Annotated[str | None, Field(min_length=16, max_length=64)] = None
    signature: Ed25519Signature | None = None


class EvidenceKeyPayload(Message):
    """HQ's evidence public key: laptops seal testimony to the highest generation they know (sync/sealed.py)."""

    key_id: Annotated[str, Field(min_length=4, max_length=32)]
    generation: Annotated[int, Field(ge=1)]
    public_key: Annotated[str, Field(min_length=40, max_length=60)]  # X25519, raw 32 bytes, base64
    created_at: datetime


class EnrolResponse(Message):
    device_id: str  # HQ's id for this laptop
    token: str  # shown once; HQ keeps only its hash
    hq_public_key: str  # Ed25519, raw, base64: verifies reply bundles from HQ
    hq_transport_key: str  # X25519, raw, base64: laptops seal their USB bundles to it
    protocol: int = PROTOCOL_VERSION
    evidence_key: EvidenceKeyPayload | None = None  # None until HQ ran init-keys (then it comes with the pull)
    re_enrolled: bool = False  # True when HQ already knew this laptop (its data at HQ stays its own)


def enrol_proof_message(challenge: str, local_device_id: str, public_key: str) -> bytes:
    """What a laptop signs to enrol again: HQ's challenge, bound to the device id and key it claims."""
    return f"field-inspector-enrol v{PROTOCOL_VERSION}\n{challenge}\n{local_device_id}\n{public_key}".encode()


# --- push -------------------------------------------------------------------------------

OpStatus = Literal["applied", "duplicate", "conflict", "rejected"]


class Op(Message):
    """One outbox row: the full record as it is after the change."""

    op_id: Annotated[str, Field(min_length=3, max_length=100)]  # "<local device id>:<seq>"
    entity: Annotated[str, Field(min_length=1, max_length=40)]
    id: Identifier
    action: Annotated[str, Field(min_length=1, max_length=16)]
    base_rev: Annotated[int, Field(ge=0, le=MAX_REV)]
    rev: Annotated[int, Field(ge=0, le=MAX_REV)]
    hlc: Annotated[str, Field(max_length=48)]
    fields: dict[str, Any]
    attachment_refs: list[Sha256] = Field(default_factory=list)

    @field_validator("op_id")
    @classmethod
    def _op_id_has_device_and_seq(cls, value: str) -> str:
        if not op_device(value):
            raise ValueError("an op id is '<device id>:<sequence>'")
        return value


class PushBatch(Message):
    batch_id: Annotated[str, Field(min_length=8, max_length=100)]
    device_id: str  # HQ device id (must match the token)
    ops: Annotated[list[Op], Field(max_length=MAX_BATCH_OPS)]
    audit_head: str | None = None  # the laptop's audit chain head when the batch was built
    audit_seq: Annotated[int, Field(ge=0, le=MAX_CURSOR)] | None = None  # that head's entry number


class OpResult(Message):
    op_id: str
    status: OpStatus
    reason: str | None = None  # why rejected, or what a conflict kept
    retryable: bool = False  # rejected for now (e.g. its attachment is not uploaded yet): send again later
    original: OpStatus | None = None  # for a duplicate: how HQ answered the first copy


class AuditAck(Message):
    """HQ's signed word that it saw this laptop's audit chain reach entry `seq` with hash `head`.

    The laptop keeps it beside the push results; `inspector-app check` then finds entries deleted
    up to that point even if the laptop's own records of its head were edited too.
    """

    device_id: str
    local_device_id: str
    seq: int
    head: Sha256
    acknowledged_at: str  # ISO 8601 UTC, as signed
    signature: str  # Ed25519 by HQ's key, base64, over `audit_ack_message(...)`

    def message(self) -> bytes:
        return audit_ack_message(self.device_id, self.local_device_id, self.seq, self.head, self.acknowledged_at)


def audit_ack_message(device_id: str, local_device_id: str, seq: int, head: str, acknowledged_at: str) -> bytes:
    """What HQ signs (the laptop's core.audit verifies the same text)."""
    return f"field-inspector/audit-ack/v1\n{device_id}\n{local_device_id}\n{seq}\n{head}\n{acknowledged_at}".encode()


class PushResponse(Message):
    batch_id: str
    results: list[OpResult]
    replayed: bool = False  # True when this is the stored answer to a batch seen before
    audit_ack: AuditAck | None = None  # HQ's signed acknowledgement of the batch's audit head


# --- attachments ------------------------------------------------------------------------


class UploadRequest(Message):
    sha256: Sha256
    size: Annotated[int, Field(ge=1, le=MAX_ATTACHMENT_BYTES)]


class UploadStatus(Message):
    sha256: str
    size: int
    offset: int  # bytes HQ holds; the next chunk starts here
    complete: bool


# --- pull -------------------------------------------------------------------------------

PublicationKind = Literal["template", "reference", "user", "review", "evidence_key"]


class TemplatePayload(Message):
    code: str
    version: int
    sha256: Sha256
    source_name: str
    document: dict[str, Any]


class ReferencePayload(Message):
    name: Annotated[str, Field(pattern=r"^[a-z0-9_\-]{1,64}$")]
    sha256: Sha256
    document: Any


class UserPayload(Message):
    id: str
    username: str
    display_name: str
    role: Literal["inspector", "supervisor", "admin"]
    active: bool = True


class ReviewPayload(Message):
    inspection_id: str
    revision: int  # the document revision the supervisor reviewed
    decision: Literal["approved", "returned"]
    comment: str | None = None
    reviewer: str
    decided_at: datetime


class PullItem(Message):
    seq: int
    kind: PublicationKind
    payload: dict[str, Any]


class PullPage(Message):
    items: list[PullItem]
    cursor: int  # store this with the applied items; ask `after=cursor` next time
    more: bool


# --- errors -----------------------------------------------------------------------------


class FieldError(Message):
    loc: list[str | int]  # where: ["body", "ops", 0, "rev"], ["query", "after"], ...
    msg: str
    type: str


class ErrorBody(Message):
    detail: str
    code: str | None = None  # machine-readable: revoked, unknown_token, bad_code, ...
    errors: list[FieldError] | None = None  # for code "invalid_request": each field that was refused


def is_sha256(value: str) -> bool:
    return bool(SHA256_PATTERN.match(value))


def op_device(op_id: str) -> str:
    """The local device id an op id starts with ("<device id>:<seq>")."""
    device, _, seq = op_id.rpartition(":")
    return device if device and seq.isdigit() else ""
