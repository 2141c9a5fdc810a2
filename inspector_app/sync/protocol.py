"""Sync protocol v1: the messages laptops and HQ exchange (HTTP + JSON, gzip).

Shared by the client engine and the HQ service, so this module imports
nothing of the app: only pydantic. Every endpoint lives under `API_PREFIX`.

    GET  /health                        liveness and protocol version (no auth)
    POST /enrol                         one-time code -> device id + token
    POST /push                          a batch of outbox ops -> one result per op
    POST /attachments                   start (or find) an upload -> offset
    GET  /attachments/{sha256}          how much of an upload HQ holds
    PUT  /attachments/{sha256}?offset=N one chunk, with its SHA-256 in a header
    GET  /pull?after=CURSOR             what HQ published to this device after the cursor
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

import sqlite_utils
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
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
    found = _text_problem(value, 0)
    if found is None:
        return None
    path, problem = found
    where = ".".join(str(p) for p in reversed(path))
    return f"{where}: {problem}" if where else problem


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


class EnrolRequest(Message):
    code: Annotated[str, Field(min_length=4, max_length=64)]
    local_device_id: Identifier  # the laptop's own device id: the prefix of every op id it makes
    device_name: Annotated[str, Field(min_length=1, max_length=200)]
    public_key: Annotated[str, Field(min_length=40, max_length=60)]  # Ed25519, raw 32 bytes, base64
    protocol: int = PROTOCOL_VERSION


class EnrolResponse(Message):
    device_id: str  # HQ's id for this laptop
    token: str  # shown once; HQ keeps only its hash
    hq_public_key: str  # Ed25519, raw, base64: verifies reply bundles from HQ
    protocol: int = PROTOCOL_VERSION


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


class OpResult(Message):
    op_id: str
    status: OpStatus
    reason: str | None = None  # why rejected, or what a conflict kept
    retryable: bool = False  # rejected for now (e.g. its attachment is not uploaded yet): send again later
    original: OpStatus | None = None  # for a duplicate: how HQ answered the first copy


class PushResponse(Message):
    batch_id: str
    results: list[OpResult]
    replayed: bool = False  # True when this is the stored answer to a batch seen before


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

PublicationKind = Literal["template", "reference", "user", "review"]


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



# --- USB bundles ----------------------------------------------------------------------------
#
# A bundle is one SQLite file (written with sqlite-utils) that carries what a push
# would: `ops` bundles go laptop -> HQ, signed with the laptop's Ed25519 key (HQ
# learned its public half at enrolment); `reply` bundles carry HQ's answers and the
# laptop's pull items back, signed with HQ's key. The signature covers a digest of
# every row in a fixed order, so a changed, added, dropped or reordered row fails.
#
#   meta(key TEXT PK, value TEXT)          format, version, kind, device ids, counts, ...
#   ops(seq INTEGER PK, op TEXT)           kind ops: each op as the JSON of `Op`
#   attachments(sha256 TEXT PK, size INTEGER, data BLOB)
#   results(op_id TEXT PK, result TEXT)    kind reply: the JSON of `OpResult`
#   pull(seq INTEGER PK, item TEXT)        kind reply: the JSON of `PullItem`
#   signature(signer TEXT, digest TEXT, signature TEXT)   one row; signer = device | hq

BUNDLE_FORMAT = "field-inspector-bundle"
BUNDLE_VERSION = 1
BUNDLE_TABLES: dict[str, tuple[str, ...]] = {
    "ops": ("seq", "op"),
    "attachments": ("sha256", "size", "data"),
    "results": ("op_id", "result"),
    "pull": ("seq", "item"),
}
BUNDLE_KIND_TABLES = {"ops": ("ops", "attachments"), "reply": ("results", "pull")}


def bundle_digest(meta: Mapping[str, str], tables: Mapping[str, Iterable[Sequence[str | int | bytes]]]) -> str:
    """SHA-256 over the meta rows (sorted by key) and each data table's rows in primary-key order.

    Every value is length-prefixed, so no two different bundles feed the same bytes.
    A blob is fed as its own SHA-256, which the importer checks against the row.
    """
    digest = hashlib.sha256()

    def feed(value: str | int | bytes) -> None:
        if isinstance(value, bytes):
            data = hashlib.sha256(value).digest()
        else:
            data = str(value).encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)

    feed(BUNDLE_FORMAT)
    for key in sorted(meta):
        if key != "signature":
            feed(key)
            feed(meta[key])
    for table in sorted(tables):
        feed(f"table:{table}")
        for row in tables[table]:
            for value in row:
                feed(value)
    return digest.hexdigest()


def bundle_signed_message(digest: str) -> bytes:
    return f"{BUNDLE_FORMAT} v{BUNDLE_VERSION}\n{digest}".encode("ascii")


class BundleFormatError(ValueError):
    """A bundle that cannot be trusted (damaged, truncated, tampered, wrong kind): use none of it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


_SQLITE_HEADER = b"SQLite format 3\x00"
_BUNDLE_SCHEMA = {
    "meta": "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "ops": "CREATE TABLE ops (seq INTEGER PRIMARY KEY, op TEXT NOT NULL)",
    "attachments": "CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL)",
    "results": "CREATE TABLE results (op_id TEXT PRIMARY KEY, result TEXT NOT NULL)",
    "pull": "CREATE TABLE pull (seq INTEGER PRIMARY KEY, item TEXT NOT NULL)",
    "signature": "CREATE TABLE signature (signer TEXT NOT NULL, digest TEXT NOT NULL, signature TEXT NOT NULL)",
}


def write_bundle(path: Path, *, kind: str, meta: Mapping[str, str], rows: Mapping[str, Sequence[Sequence[Any]]],
                 signing_key: bytes, signer: str) -> str:
    """Write a signed bundle atomically (temp file, fsync, rename); returns its digest.

    `rows` maps each of the kind's tables to its rows, in the column order of
    BUNDLE_TABLES; they are stored and digested in primary-key order.
    """
    path = Path(path)
    tables = BUNDLE_KIND_TABLES[kind]
    ordered = {t: sorted(rows.get(t, ()), key=lambda r: r[0]) for t in tables}
    full_meta = {**meta, "format": BUNDLE_FORMAT, "version": str(BUNDLE_VERSION), "kind": kind,
                 **{f"count_{t}": str(len(ordered[t])) for t in tables}}
    digest = bundle_digest(full_meta, ordered)
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(bundle_signed_message(digest))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    try:
        with db.conn:
            for table in ("meta", *tables, "signature"):
                db.execute(_BUNDLE_SCHEMA[table])
            db["meta"].insert_all([{"key": k, "value": v} for k, v in sorted(full_meta.items())])
            for table in tables:
                columns = BUNDLE_TABLES[table]
                db[table].insert_all((dict(zip(columns, row, strict=True)) for row in ordered[table]), batch_size=500)
            db["signature"].insert({"signer": signer, "digest": digest,
                                    "signature": base64.b64encode(signature).decode("ascii")})
    finally:
        db.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return digest


class Bundle:
    """An opened bundle whose structure and digest were checked; call `verify()` before using its rows."""

    def __init__(self, path: Path, db: sqlite_utils.Database, meta: dict[str, str], digest: str, signer: str,
                 signature: bytes):
        self.path, self._db, self.meta, self.digest, self.signer = path, db, meta, digest, signer
        self._signature = signature
        self.kind = meta["kind"]

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        columns = BUNDLE_TABLES[table]
        try:
            yield from self._db.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}")
        except sqlite3.DatabaseError as exc:
            raise BundleFormatError(f"The bundle is damaged ({exc}); nothing was imported.") from None

    def verify(self, public_key: str, *, who: str) -> None:
        try:
            key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
            key.verify(self._signature, bundle_signed_message(self.digest))
        except (InvalidSignature, ValueError):
            raise BundleFormatError(
                f"The bundle's signature does not match its content or {who}'s key: it was changed after it was "
                "written, or it is not from them. Nothing was imported."
            ) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_bundle(path: Path, kind: str) -> Bundle:
    """Open a bundle read-only and check it is whole; raises BundleFormatError with a clear reason."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise BundleFormatError(f"Cannot read {path}: {exc.strerror}.") from None
    if not header.startswith(_SQLITE_HEADER):
        raise BundleFormatError(f"{path.name} is not a Field Inspector bundle (not an SQLite file).")
    if len(header) < 100:
        raise BundleFormatError(f"{path.name} is truncated (only {size} bytes); nothing was imported.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages and size < page_size * pages:
        raise BundleFormatError(
            f"{path.name} is truncated ({size} of {page_size * pages} bytes); copy it again. Nothing was imported.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db = sqlite_utils.Database(conn)
        check = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BundleFormatError(f"{path.name} is damaged ({exc}); nothing was imported.") from None
    try:
        if not check or check[0] != "ok":
            raise BundleFormatError(f"{path.name} is damaged ({check[0] if check else 'no result'}); "
                                    "nothing was imported.")
        bundle = _open_checked(path, db, kind)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise BundleFormatError(f"{path.name} is damaged ({exc}); nothing was imported.") from None
    except BaseException:
        db.close()
        raise
    return bundle


def _table_rows(db: sqlite_utils.Database, table: str) -> Iterator[list[Any]]:
    columns = BUNDLE_TABLES[table]
    for row in db.query(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}"):
        yield [row[c] for c in columns]


def _open_checked(path: Path, db: sqlite_utils.Database, kind: str) -> Bundle:
    tables = set(db.table_names())
    if not {"meta", "signature"} <= tables:
        raise BundleFormatError(f"{path.name} is not a Field Inspector bundle (no meta or signature table).")
    meta = {row["key"]: row["value"] for row in db.query("SELECT key, value FROM meta")}
    if meta.get("format") != BUNDLE_FORMAT:
        raise BundleFormatError(f"{path.name} is not a Field Inspector bundle.")
    if meta.get("version") != str(BUNDLE_VERSION):
        raise BundleFormatError(f"{path.name} is bundle version {meta.get('version')}; this app reads version "
                                f"{BUNDLE_VERSION}. Update the app.")
    if meta.get("kind") != kind:
        wanted = "laptop changes (bundle export)" if kind == "ops" else "an HQ reply (import-bundle --reply)"
        raise BundleFormatError(f"{path.name} is a {meta.get('kind')!r} bundle; this needs {wanted}.")
    data_tables = BUNDLE_KIND_TABLES[kind]
    if not set(data_tables) <= tables:
        raise BundleFormatError(f"{path.name} is incomplete: a table is missing. Nothing was imported.")
    for table in data_tables:
        count = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if str(count) != meta.get(f"count_{table}"):
            written = meta.get(f"count_{table}")
            raise BundleFormatError(f"{path.name} is incomplete: {count} {table} rows where {written} were written. "
                                    "Nothing was imported.")
    signatures = list(db.query("SELECT signer, digest, signature FROM signature"))
    if len(signatures) != 1:
        raise BundleFormatError(f"{path.name} carries {len(signatures)} signatures; it must carry exactly one.")
    digest = bundle_digest(meta, {t: _table_rows(db, t) for t in data_tables})
    try:
        signature = base64.b64decode(signatures[0]["signature"], validate=True)
    except ValueError:
        signature = b""
    return Bundle(path, db, meta, digest, signatures[0]["signer"], signature)
