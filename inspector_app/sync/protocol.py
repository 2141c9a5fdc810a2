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

Every refusal (an op's answer, an error body) carries a stable reason code and its parameters beside
HQ's English: the codes, and how laptops from before them are served, are in sync/reasons.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

try:  # in HQ's extra (the laptop writes its JSON with json): `sorted_json` takes it where its text is the same
    import orjson as _orjson
except ImportError:  # pragma: no cover - a laptop install
    _orjson = None  # type: ignore[assignment]

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
    fault = text_fault(value)
    if fault is None:
        return None
    code, where = fault
    problem = _TEXT_FAULTS[code]
    return f"{where}: {problem}" if where else problem


_TEXT_FAULTS = {  # reason code (sync/reasons.py) -> HQ's English
    "text_nul": "text holds a NUL character",
    "text_surrogate": "text is not valid Unicode (a lone surrogate)",
    "text_too_deep": f"values are nested more than {MAX_JSON_DEPTH} levels deep",
}


def text_fault(value: Any) -> tuple[str, str] | None:
    """`text_problem` as (reason code, where: a dotted path such as "fields.note", "" for the value itself)."""
    if _plainly_storable(value):
        return None
    found = _text_problem(value, 0)
    if found is None:
        return None
    path, code = found
    return code, ".".join(str(p) for p in reversed(path))


def _plainly_storable(value: Any) -> bool:
    """A quick yes for the usual value, in C: JSON text that encodes to UTF-8 (no lone surrogate), holds no
    escaped NUL, and has no more openers than the depth allowed. Anything else (including a false alarm,
    such as a literal backslash-u0000 or braces inside text) goes to the exact walk below."""
    try:
        text = json.dumps(value, ensure_ascii=False, check_circular=False, default=_opaque)
    except (TypeError, ValueError, RecursionError):
        return False
    return _plain_text(text)


def _plain_text(text: str, depth: int = MAX_JSON_DEPTH) -> bool:
    """`_plainly_storable` on the JSON text of a value (no more than `depth` levels of nesting)."""
    if "\\u0000" in text or (text.count("{") + text.count("[") > depth and _depth(text) > depth):
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _plain_header(op: dict[str, Any]) -> bool:
    """An op's values but its fields are plainly storable: numbers, None, and text (alone or in a list)
    without NUL or lone surrogates. Anything else goes to the exact check."""
    for key, value in op.items():
        if key == "fields" or value is None or value.__class__ in (int, bool):
            continue
        for text in (value if value.__class__ is list else (value,)):
            if text.__class__ is not str or "\x00" in text:
                return False
            if not text.isascii():
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    return False
    return key_texts_plain(op)


def key_texts_plain(value: dict[str, Any]) -> bool:
    """The keys of a dict are text without NUL or lone surrogates."""
    for key in value:
        if key.__class__ is not str or "\x00" in key or (not key.isascii() and not _encodes(key)):
            return False
    return True


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_EXACT = frozenset({str, int, bool, type(None)})


def _written_alike(value: dict[str, Any]) -> bool:
    """Holds `value` only what orjson writes byte for byte as `sorted_json`'s json.dumps does: text, integers,
    booleans and None, in lists and objects (tests/sync/test_sorted_json.py)? A float (written otherwise, NaN
    as null), a subclass or any other type is left to json."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        for v in item.values() if item.__class__ is dict else item:
            kind = v.__class__
            if kind in _EXACT:
                continue
            if kind is dict or kind is list:
                stack.append(v)
                continue
            return False
    return True


def sorted_json(value: Any, *, check_circular: bool = False) -> str:
    """JSON text with sorted keys, no spaces and UTF-8 as it is: what `json.dumps(value, ensure_ascii=False,
    sort_keys=True, separators=(",", ":"))` returns (and raises), made by orjson where its text is the same
    (HQ installs it; 4.2 → 0.7 µs for a usual op's fields)."""
    if _orjson is not None and value.__class__ is dict and _written_alike(value):
        try:
            return _orjson.dumps(value, option=_orjson.OPT_SORT_KEYS).decode()
        except _orjson.JSONEncodeError:  # an integer beyond 64 bits, a lone surrogate, nesting past 254: json says
            pass
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=check_circular)


def fields_text(fields: dict[str, Any]) -> str | None:
    """A record's fields as the canonical JSON HQ hashes and stores (sorted keys, no spaces, UTF-8 as it
    is), if it is plainly storable text (one level down in an op: see `text_problem`); else None."""
    try:
        text = sorted_json(fields)
    except (TypeError, ValueError, RecursionError):
        return None
    return text if _plain_text(text, MAX_JSON_DEPTH - 1) else None


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
            return [], "text_nul"
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return [], "text_surrogate"
        return None
    if isinstance(value, dict):
        items: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        return None
    if depth >= MAX_JSON_DEPTH:
        return [], "text_too_deep"
    for key, item in items:
        found = (_text_problem(key, depth + 1) if isinstance(key, str) else None) or _text_problem(item, depth + 1)
        if found is not None:
            found[0].append(key if isinstance(key, int) else _printable(key))
            return found
    return None


def _printable(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")[:64]


_TEXT_CHECKED: ContextVar[bool] = ContextVar("text_checked", default=False)
_M = TypeVar("_M", bound=BaseModel)


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="wrap")
    @classmethod
    def _storable_text(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        """The message's text is checked once, whole: the messages inside it (a response's thousand
        answers) are part of what was checked, so they are not walked again one by one."""
        if _TEXT_CHECKED.get():
            return handler(data)
        problem = text_problem(data) if isinstance(data, dict) else None
        if problem:
            raise ValueError(problem)
        token = _TEXT_CHECKED.set(True)
        try:
            return handler(data)
        finally:
            _TEXT_CHECKED.reset(token)


def read_typed_json(model: type[_M], content: bytes) -> _M:
    """`model.model_validate_json(content)` for a message whose every value is typed (no free JSON
    anywhere, so its schema already refuses nesting deeper than a few levels), with the text check
    skipped when `content` holds no escape: the JSON reader refuses raw control characters and bytes
    that are not UTF-8 (an encoded surrogate among them), so a NUL or a lone surrogate could only
    arrive escaped (`\\u0000`, `\\ud800`). Content with any escape is checked as always."""
    if b"\\u" in content:
        return model.model_validate_json(content)
    token = _TEXT_CHECKED.set(True)
    try:
        return model.model_validate_json(content)
    finally:
        _TEXT_CHECKED.reset(token)


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
    document_key: DocumentKeyPayload | None = None  # absent from HQs before 0010 (then it comes with the pull)
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
    # Set when `base_rev` is a revision HQ wrote itself (a supervisor's resolution, by its id) and the
    # laptop applied it: only then is a change on that revision HQ's to apply. A laptop's own numbering
    # can reach the same number without having seen the resolution; such a change is kept as a conflict.
    base_resolution: Annotated[int, Field(ge=1, le=MAX_CURSOR)] | None = None

    @model_validator(mode="wrap")
    @classmethod
    def _storable_text(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        """`Message`'s check, made on the fields' canonical JSON (which HQ needs anyway) and the rest apart,
        so an op's fields are serialised once. Any doubt goes to the exact check, with its message."""
        fields = data.get("fields") if isinstance(data, dict) and not _TEXT_CHECKED.get() else None
        fields_json = fields_text(fields) if isinstance(fields, dict) else None
        if fields_json is None or not _plain_header(data):
            return super()._storable_text(data, handler)  # type: ignore[misc]
        token = _TEXT_CHECKED.set(True)
        try:
            op = handler(data)
        finally:
            _TEXT_CHECKED.reset(token)
        # Kept on the instance, outside the model's fields (never serialised, not part of equality): not a
        # declared private attribute, which cost more per op than the serialisation it saves.
        op._fields_json = fields_json
        return op

    def fields_json(self) -> str | None:
        """The fields' canonical JSON if it was made when the op was read (HQ), else None."""
        return self.__dict__.get("_fields_json")

    @model_serializer(mode="wrap")
    def _without_empty_resolution(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Left out when empty, so an op reads the same to an HQ from before the field existed.
        data = handler(self)
        if data.get("base_resolution") is None:
            data.pop("base_resolution", None)
        return data

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


ReasonCode = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
ReasonParams = Annotated[dict[Annotated[str, Field(max_length=40)], str | int], Field(max_length=16)]


class OpResult(Message):
    op_id: str
    status: OpStatus
    reason: str | None = None  # why rejected, or what a conflict kept (HQ's English)
    retryable: bool = False  # rejected for now (e.g. its attachment is not uploaded yet): send again later
    original: OpStatus | None = None  # for a duplicate: how HQ answered the first copy
    # Why, for programs: a stable code of sync/reasons.py (OP_REASONS) and its parameters. Sent only to a
    # laptop that asked for them (REASON_CODES_HEADER, or REASON_CODES_META in its bundle): laptops from
    # before read this model strictly. Absent from older HQs' answers: the laptop then shows `reason`.
    code: ReasonCode | None = None
    params: ReasonParams | None = None


RESULT_CODE_FIELDS = frozenset({"code", "params"})


def without_codes(response: PushResponse) -> dict[str, Any]:
    """A push answer as a laptop from before reason codes reads it (JSON-ready, defaults left out)."""
    return response.model_dump(mode="json", exclude_defaults=True,
                               exclude={"results": {"__all__": set(RESULT_CODE_FIELDS)}})


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

# What HQ publishes today. A pull item's kind is read as plain text, not checked against this list, so an
# older laptop takes a page holding a kind it does not know and skips that item (sync_apply) instead of
# refusing the whole page: HQ can add kinds without stranding laptops that are not updated yet.
PUBLICATION_KINDS = ("template", "reference", "user", "review", "evidence_key", "resolution", "file_item",
                     "finding_status", "document_key", "establishment_flag")
# What a laptop applies unless it says otherwise (`kinds` on /pull, `pull_kinds` in a USB bundle): laptops
# from before `resolution` existed read a pull item's kind strictly and would refuse a page holding one.
LEGACY_PULL_KINDS = ("template", "reference", "user", "review", "evidence_key")
KINDS_PATTERN = r"^[a-z_]{1,32}(,[a-z_]{1,32}){0,31}$"


def parse_kinds(text: str | None) -> tuple[str, ...]:
    """The kinds a laptop said it applies (comma-separated), or the legacy ones when it said nothing."""
    if not text:
        return LEGACY_PULL_KINDS
    return tuple(dict.fromkeys(k for k in text.split(",") if re.fullmatch(r"[a-z_]{1,32}", k)))
PublicationKind = Literal["template", "reference", "user", "review", "evidence_key", "resolution", "file_item",
                          "finding_status", "document_key", "establishment_flag"]


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


ResolutionSide = Literal["hq", "theirs"]


class ResolvedField(Message):
    """Where a resolved field's value came from: HQ's revision or the other version, and the device
    that wrote it (None when HQ itself wrote it, in an earlier resolution)."""

    side: ResolutionSide
    device_id: str | None = None
    sealed: bool = False  # the value is (or holds) a sealed envelope: only HQ's evidence key opens it


class ResolutionPayload(Message):
    """A supervisor settled a conflict (or accepted a proposal) on a record: a new revision written at HQ.

    Sent to the device that owns the record. `fields` holds the value of every field the two versions
    disagreed on, as HQ stores it (testimony stays sealed: an envelope the owner may or may not have
    sealed itself); the rest of the record was the same in both. `rev` is the revision HQ now holds:
    the owner's next change to the record is based on it. `settled_op_ids` are the changes this
    resolution answers (the version compared and older versions it replaces).
    """

    resolution_id: Annotated[int, Field(ge=1)]
    entity: Annotated[str, Field(min_length=1, max_length=40)]
    entity_id: Identifier
    kind: Literal["stale", "proposal"]
    rev: Annotated[int, Field(ge=1, le=MAX_REV)]
    hq_rev: Annotated[int, Field(ge=0, le=MAX_REV)]  # the revision it replaced
    # The resolution that wrote `rev` (None when a laptop wrote it, as when a proposal is turned down):
    # the owner's next change made on `rev` names it (Op.base_resolution), so HQ applies it.
    base_resolution: Annotated[int, Field(ge=1)] | None = None
    outcome: Literal["resolved", "accepted", "rejected"] = "resolved"
    fields: dict[str, Any]
    sources: dict[str, ResolvedField]
    settled_op_ids: list[str] = Field(default_factory=list)
    resolved_by: str
    resolved_at: datetime


# --- follow-ups: establishment files and findings' current status ------------------------------------
#
# `file_item`s (items of establishment files) go to the laptops whose provinces the workplace is in (not to the laptop
# that holds the item already); each is one item of the establishment's file, replaced whole when HQ
# publishes it again (`withdrawn` removes it). Items of a kind a laptop does not know are kept and
# shown generically. Nothing sealed is ever in them: no testimony, no complaint source.


class LastVerification(Message):
    """The latest follow-up verification that counts for a finding (core/finding_status.py)."""

    verification_id: Identifier
    outcome: Literal["corrected", "partly_corrected", "not_corrected"]
    visit_date: str
    verified_at: str = ""
    inspection_id: Identifier
    reference: str = ""
    previous_status: str = "open"


class FileFinding(Message):
    """A finding as an establishment's file shows it: what, which law, how serious, by when, where it stands."""

    id: Identifier
    item_code: str | None = None
    title_th: str | None = None
    title_en: str | None = None
    legal_refs: list[str] = Field(default_factory=list)
    severity: str
    deadline: str | None = None  # ISO date
    status: str  # current: HQ's derivation from verifications over the owner's status
    last_verification: LastVerification | None = None


class FileVerification(Message):
    """An earlier finding a follow-up visit verified."""

    finding_id: Identifier
    original_inspection_id: Identifier
    original_reference: str | None = None
    item_code: str | None = None
    title_th: str | None = None
    title_en: str | None = None
    severity: str
    outcome: Literal["corrected", "partly_corrected", "not_corrected"] | None = None


class VisitWorkforce(Message):
    male: int = 0
    female: int = 0
    under18: int = 0
    by_nationality: dict[str, int] = Field(default_factory=dict)


class VisitSummary(Message):
    """One visit in an establishment's file (the data of an item "visit", item_id = the inspection id)."""

    inspection_id: Identifier
    reference: str
    visit_date: str  # ISO date
    visit_type: str
    status: str  # as HQ shows it (submitted, approved, returned, ...)
    previous_inspection_id: str | None = None
    follow_up_date: str | None = None
    followed_by: list[str] = Field(default_factory=list)  # references of follow-up visits HQ holds
    findings: list[FileFinding] = Field(default_factory=list)
    verifications: list[FileVerification] = Field(default_factory=list)
    workforce: VisitWorkforce = Field(default_factory=VisitWorkforce)


class EstablishmentFileItemPayload(Message):
    """One item of an establishment's file. `group_id` is HQ's id of the workplace; `establishment_ids`
    the establishment records (each laptop makes its own) HQ counts as it, so a laptop finds the items of
    its own record; `establishment` the workplace as the first of them describes it. A withdrawn item of
    kind "group" (item_id = group_id) takes every item of that group away."""

    item: Annotated[str, Field(pattern=r"^[a-z_]{1,32}$")]  # visit | group (withdrawal) | other helpers' kinds
    item_id: Identifier
    group_id: Identifier
    establishment_ids: list[str] = Field(default_factory=list)
    establishment: dict[str, Any] = Field(default_factory=dict)
    withdrawn: bool = False
    data: dict[str, Any] = Field(default_factory=dict)  # a visit: VisitSummary as JSON


class FindingStatusPayload(Message):
    """A finding's current status as HQ derives it from every laptop's verifications, for its owner."""

    finding_id: Identifier
    inspection_id: Identifier
    status: str
    last_verification: LastVerification | None = None
    derived_at: datetime


class DocumentKeyPayload(Message):
    """HQ's key for worker document numbers' keyed hashes (sync/documents.py): laptops hash with the
    highest generation they know."""

    key_id: Annotated[str, Field(pattern=r"^dk-[0-9a-f]{16}$")]
    generation: Annotated[int, Field(ge=1)]
    key: Annotated[str, Field(min_length=40, max_length=60)]  # 32 random bytes, base64
    created_at: datetime


class EstablishmentFlagPayload(Message):
    """Something HQ found about an establishment across visits and laptops, for its file on every
    laptop. `flag` "document_retention_repeat": the same worker document was held by the employer on
    two or more visits (never the number, nor its hash). A flag published again under the same id
    replaces the earlier one; `active` false withdraws it."""

    flag_id: Annotated[str, Field(min_length=1, max_length=64)]
    flag: Annotated[str, Field(min_length=1, max_length=40)]
    active: bool = True
    establishment_key: Annotated[str, Field(max_length=200)]  # how HQ matched the establishment
    registration_no: Annotated[str | None, Field(max_length=64)] = None
    establishment_ids: list[Identifier]  # every laptop's record of this establishment
    doc_type: Annotated[str | None, Field(max_length=32)] = None
    visits: list[dict[str, Any]]  # [{"reference", "visit_date", "held_by"}], oldest first
    first_seen: str | None = None
    last_seen: str | None = None
    updated_at: datetime


class PullItem(Message):
    seq: int
    kind: Annotated[str, Field(min_length=1, max_length=32)]  # one of PUBLICATION_KINDS, or a newer one
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
    detail: str  # for people (English)
    code: str | None = None  # machine-readable and stable: revoked, unknown_token, bad_code, ... (sync/reasons.py)
    params: dict[str, str | int] | None = None  # the values the code's sentence names (a limit, a version, ...)
    errors: list[FieldError] | None = None  # for code "invalid_request": each field that was refused


def is_sha256(value: str) -> bool:
    return bool(SHA256_PATTERN.match(value))


def op_device(op_id: str) -> str:
    """The local device id an op id starts with ("<device id>:<seq>")."""
    device, _, seq = op_id.rpartition(":")
    return device if device and seq.isdigit() else ""
