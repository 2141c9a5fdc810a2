"""The USB bundle file: one signed container around an SQLite image, shared by laptop and HQ.

Like `protocol`, this module imports nothing of the app, so HQ can use it.

    offset  size
    0       8     magic "FIBUNDLE"
    8       2     format version (2), big-endian
    10      1     kind: 1 = ops (laptop -> HQ), 2 = reply (HQ -> laptop)
    11      1     payload: 0 = plain SQLite image, 1 = sealed to HQ's transport key
    12      2+n   the laptop's own device id (UTF-8, length-prefixed)
    ..      2+n   HQ's id for that laptop
    ..      8     payload length
    ..      n     payload
    end-64  64    Ed25519 signature over every byte before it

The signature covers every byte of the file, so nothing in it can change
unnoticed, and it is checked before any of the payload is read: a damaged or
tampered file is refused before SQLite ever sees it. A sealed payload is the
SQLite image encrypted to HQ's X25519 transport key (ephemeral X25519, HKDF-SHA256,
AES-256-GCM with the header as associated data), so a lost stick reveals
neither notes nor photos. The image is built and opened in memory
(sqlite3 serialize / deserialize): no plaintext temp file is ever written.

Inside the image:

    meta(key TEXT PK, value TEXT)          format, version, kind, device ids, counts, ...
    ops(seq INTEGER PK, op TEXT)           kind ops: each op as the JSON of `Op`
    attachments(sha256 TEXT PK, size INTEGER, data BLOB)
    results(op_id TEXT PK, result TEXT)    kind reply: the JSON of `OpResult`
    pull(seq INTEGER PK, item TEXT)        kind reply: the JSON of `PullItem`
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
import sqlite3
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

BUNDLE_FORMAT = "field-inspector-bundle"
BUNDLE_VERSION = 2
MAGIC = b"FIBUNDLE"
SIGNATURE_BYTES = 64
MAX_ID_BYTES = 200
KINDS = {"ops": 1, "reply": 2}
_KIND_NAMES = {v: k for k, v in KINDS.items()}
PLAIN, SEALED = 0, 1
_SEAL_INFO = b"field-inspector/bundle/v2/seal"
_EPHEMERAL_BYTES, _NONCE_BYTES = 32, 12
_SQLITE_HEADER = b"SQLite format 3\x00"

BUNDLE_TABLES: dict[str, tuple[str, ...]] = {
    "ops": ("seq", "op"),
    "attachments": ("sha256", "size", "data"),
    "results": ("op_id", "result"),
    "pull": ("seq", "item"),
}
BUNDLE_KIND_TABLES = {"ops": ("ops", "attachments"), "reply": ("results", "pull")}
_SCHEMA = {
    "meta": "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "ops": "CREATE TABLE ops (seq INTEGER PRIMARY KEY, op TEXT NOT NULL)",
    "attachments": "CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL)",
    "results": "CREATE TABLE results (op_id TEXT PRIMARY KEY, result TEXT NOT NULL)",
    "pull": "CREATE TABLE pull (seq INTEGER PRIMARY KEY, item TEXT NOT NULL)",
}


MESSAGES_CONTEXT = "Bundles"  # the Qt Linguist context of this module's marked messages


class _Marked(str):
    """A template marked for translation under MESSAGES_CONTEXT."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """This module's own marker (it imports nothing of the app, so HQ can use it): a laptop turns the
    template and its parameters into a message the screen translates (sync/bundle.py)."""
    if context != MESSAGES_CONTEXT:
        raise ValueError(f"bundle messages are filed under {MESSAGES_CONTEXT!r}")
    return _Marked(source)


class BundleFormatError(ValueError):
    """A bundle that cannot be trusted (damaged, truncated, tampered, wrong kind): use none of it.

    `message` is the English text (HQ's answer, the CLI); `template` and `params` are what a laptop's
    screen translates (`context` is None for plain text, shown as it is).
    """

    def __init__(self, template: str, /, **params: object):
        self.template = str(template)
        self.params = params
        self.context = MESSAGES_CONTEXT if isinstance(template, _Marked) else None
        self.message = self.template.format_map({k: str(v) for k, v in params.items()}) if params else self.template
        super().__init__(self.message)


@dataclass(frozen=True)
class BundleHeader:
    """What the file says about itself before its signature is checked: only used to find the key."""

    version: int
    kind: str
    sealed: bool
    local_device_id: str
    device_id: str
    size: int  # header bytes


@dataclass(frozen=True)
class SignerKey:
    public_key: str  # Ed25519 raw, base64
    who: str  # for messages: "HQ", "laptop Mae Sot 3"


# --- writing --------------------------------------------------------------------------------------


def _id_field(value: str) -> bytes:
    raw = value.encode("utf-8")
    if len(raw) > MAX_ID_BYTES:
        raise ValueError("device id too long for a bundle header")
    return struct.pack(">H", len(raw)) + raw


def _header(kind: str, sealed: bool, local_device_id: str, device_id: str, payload_size: int) -> bytes:
    return (MAGIC + struct.pack(">HBB", BUNDLE_VERSION, KINDS[kind], SEALED if sealed else PLAIN)
            + _id_field(local_device_id) + _id_field(device_id) + struct.pack(">Q", payload_size))


def _image(kind: str, meta: Mapping[str, str], ordered: Mapping[str, Sequence[Sequence[Any]]]) -> bytes:
    conn = sqlite3.connect(":memory:")
    try:
        with conn:
            for table in ("meta", *BUNDLE_KIND_TABLES[kind]):
                conn.execute(_SCHEMA[table])
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
            for table, rows in ordered.items():
                columns = BUNDLE_TABLES[table]
                conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                 f"({', '.join('?' for _ in columns)})", rows)
        return conn.serialize()
    finally:
        conn.close()


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_SEAL_INFO).derive(shared)


def _seal(image: bytes, recipient: bytes, header_without_size: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key = _seal_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), ephemeral_public, recipient)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, image, header_without_size)


def _unseal(payload: bytes, private_key: bytes, header_without_size: bytes) -> bytes:
    ephemeral_public = payload[:_EPHEMERAL_BYTES]
    nonce = payload[_EPHEMERAL_BYTES : _EPHEMERAL_BYTES + _NONCE_BYTES]
    key_pair = X25519PrivateKey.from_private_bytes(private_key)
    recipient = key_pair.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = key_pair.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _seal_key(shared, ephemeral_public, recipient)
    return AESGCM(key).decrypt(nonce, payload[_EPHEMERAL_BYTES + _NONCE_BYTES :], header_without_size)


def write_bundle(path: Path, *, kind: str, meta: Mapping[str, str], rows: Mapping[str, Sequence[Sequence[Any]]],
                 signing_key: bytes, local_device_id: str, device_id: str,
                 seal_to: bytes | None = None) -> str:
    """Write a signed bundle atomically (temp file, fsync, rename); returns its digest.

    `rows` maps each of the kind's tables to its rows, in the column order of
    BUNDLE_TABLES. `seal_to` (HQ's X25519 transport key, raw) encrypts the image.
    A failed write (a full disk) leaves no temp file behind.
    """
    path = Path(path)
    tables = BUNDLE_KIND_TABLES[kind]
    ordered = {t: sorted(rows.get(t, ()), key=lambda r: r[0]) for t in tables}
    full_meta = {**meta, "format": BUNDLE_FORMAT, "version": str(BUNDLE_VERSION), "kind": kind,
                 "local_device_id": local_device_id, "device_id": device_id,
                 **{f"count_{t}": str(len(ordered[t])) for t in tables}}
    image = _image(kind, full_meta, ordered)
    if seal_to is not None:
        stub = _header(kind, True, local_device_id, device_id, 0)[:-8]
        payload = _seal(image, seal_to, stub)
    else:
        payload = image
    body = _header(kind, seal_to is not None, local_device_id, device_id, len(payload)) + payload
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(body)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(body)
            fh.write(signature)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return hashlib.sha256(body).hexdigest()


_TRUNCATED_AT = QT_TRANSLATE_NOOP("Bundles", "{name} is truncated (only {size} bytes); copy it again. Nothing was "
                                               "imported.")
_HEADER_DAMAGED = QT_TRANSLATE_NOOP("Bundles", "{name} is damaged (its header is unreadable); nothing was imported.")
_DAMAGED = QT_TRANSLATE_NOOP("Bundles", "{name} is damaged ({problem}); nothing was imported.")


# --- reading --------------------------------------------------------------------------------------


def _parse_header(name: str, data: bytes) -> tuple[BundleHeader, int]:
    """The header and the payload length it announces; raises on anything unreadable."""
    if not data.startswith(MAGIC):
        if data.startswith(_SQLITE_HEADER):
            raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is a bundle in the old, unencrypted format (version 1); export it "
                                      "again with this version of the app. Nothing was imported."), name=name)
        if len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise BundleFormatError(_TRUNCATED_AT, name=name, size=len(data))
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is not a Field Inspector bundle."), name=name)
    try:
        version, kind, payload = struct.unpack_from(">HBB", data, 8)
        offset = 12
        ids = []
        for _ in range(2):
            (length,) = struct.unpack_from(">H", data, offset)
            if length > MAX_ID_BYTES:
                raise BundleFormatError(_HEADER_DAMAGED, name=name)
            raw = data[offset + 2 : offset + 2 + length]
            if len(raw) != length:
                raise struct.error("short")
            ids.append(raw.decode("utf-8"))
            offset += 2 + length
        (payload_size,) = struct.unpack_from(">Q", data, offset)
        offset += 8
    except struct.error:
        raise BundleFormatError(_TRUNCATED_AT, name=name, size=len(data)) from None
    except UnicodeDecodeError:
        raise BundleFormatError(_HEADER_DAMAGED, name=name) from None
    if version != BUNDLE_VERSION:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is bundle version {version}; this app reads version {supported}. Use the "
                                  "same version of the app on both sides. Nothing was imported."),
                                name=name, version=version, supported=BUNDLE_VERSION)
    if kind not in _KIND_NAMES or payload not in (PLAIN, SEALED):
        raise BundleFormatError(_HEADER_DAMAGED, name=name)
    return BundleHeader(version, _KIND_NAMES[kind], payload == SEALED, ids[0], ids[1], offset), payload_size


def _wrong_kind(name: str, kind: str) -> BundleFormatError:
    if kind == "ops":
        return BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is a 'reply' bundle; this needs laptop changes (bundle export). "
                                   "Nothing was imported."), name=name)
    return BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is a 'ops' bundle; this needs an HQ reply (import-bundle --reply). It holds "
                               "a laptop's changes for HQ, not HQ's answer. Nothing was imported."), name=name)


def read_bundle(path: Path, kind: str, *, signer: Callable[[BundleHeader], SignerKey],
                transport_key: bytes | None = None) -> Bundle:
    """Open a bundle, checking every byte before using any: structure, length, signature, then content.

    `signer` names the key the header's device should have signed with (it may
    raise BundleFormatError, e.g. for an unknown laptop); `transport_key` is
    HQ's X25519 private key (raw) that opens a sealed payload.
    """
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{path} is a folder, not a bundle file."), path=str(path)) from None
    except FileNotFoundError:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "Cannot read {path}: there is no such file. Was the USB stick "
                                                             "taken out, or the file moved? Nothing was imported."),
                                path=str(path)) from None
    except PermissionError:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "This app may not read {path}; copy the file to the laptop's own disk and try "
                                  "again. Nothing was imported."), path=str(path)) from None
    except OSError as exc:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "Cannot read {path}: {reason}. Nothing was imported."), path=str(path),
                                reason=exc.strerror or type(exc).__name__) from None
    header, payload_size = _parse_header(name, data)
    if header.kind != kind:
        raise _wrong_kind(name, kind)
    expected = header.size + payload_size + SIGNATURE_BYTES
    if len(data) < expected:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is truncated ({size} of {expected} bytes); copy it again. Nothing was "
                                  "imported."), name=name, size=len(data), expected=expected)
    if len(data) > expected:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is damaged ({extra} bytes too many after its end); nothing was "
                                  "imported."), name=name, extra=len(data) - expected)
    key = signer(header)
    body, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key.public_key)).verify(signature, body)
    except (InvalidSignature, ValueError):
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "The bundle's signature does not match its content or {who}'s key: it was "
                                  "changed after it was written, or it is not from them. Nothing was imported."),
                                who=key.who) from None
    payload = body[header.size :]
    if header.sealed:
        if transport_key is None:
            raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is sealed for HQ; only HQ can open it. Nothing was imported."), name=name)
        try:
            payload = _unseal(payload, transport_key, body[: header.size - 8])
        except (InvalidTag, ValueError):
            raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} was sealed for another HQ's key; this HQ cannot open it. Nothing was "
                                      "imported."), name=name) from None
    elif transport_key is not None:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is not sealed: laptops seal every bundle for HQ. Nothing was imported."),
                                name=name)
    return _open_image(name, header, payload, hashlib.sha256(body).hexdigest())


def _open_image(name: str, header: BundleHeader, image: bytes, digest: str) -> Bundle:
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        conn.execute("PRAGMA query_only = ON")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise BundleFormatError(_DAMAGED, name=name, problem=check[0] if check else "no result")
        bundle = _checked(name, header, conn, digest)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise BundleFormatError(_DAMAGED, name=name, problem=str(exc)) from None
    except BaseException:
        conn.close()
        raise
    return bundle


def _checked(name: str, header: BundleHeader, conn: sqlite3.Connection, digest: str) -> Bundle:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    data_tables = BUNDLE_KIND_TABLES[header.kind]
    if "meta" not in tables or not set(data_tables) <= tables:
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is incomplete: a table is missing. Nothing was imported."), name=name)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if (meta.get("format"), meta.get("version"), meta.get("kind")) != (BUNDLE_FORMAT, str(BUNDLE_VERSION),
                                                                       header.kind):
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} does not describe itself as its header does; nothing was imported."),
                                name=name)
    if (meta.get("local_device_id"), meta.get("device_id")) != (header.local_device_id, header.device_id):
        raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} names two different laptops; nothing was imported."), name=name)
    for table in data_tables:
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if str(count) != meta.get(f"count_{table}"):
            raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "{name} is incomplete: {count} {table} rows where {written} were written. "
                                      "Nothing was imported."), name=name, count=count, table=table,
                                    written=meta.get(f"count_{table}") or "0")
    return Bundle(name, conn, header, meta, digest)


class Bundle:
    """An opened, verified bundle: every byte was signed by the expected key."""

    def __init__(self, name: str, conn: sqlite3.Connection, header: BundleHeader, meta: dict[str, str],
                 digest: str):
        self.name, self._conn, self.header, self.meta, self.digest = name, conn, header, meta, digest
        self.kind = header.kind

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        columns = BUNDLE_TABLES[table]
        try:
            cursor = self._conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}")
            for row in cursor:
                yield dict(zip(columns, row, strict=True))
        except sqlite3.DatabaseError as exc:
            raise BundleFormatError(QT_TRANSLATE_NOOP("Bundles", "The bundle is damaged ({problem}); nothing was imported."),
                                    problem=str(exc)) from None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
