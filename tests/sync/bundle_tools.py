"""Taking a bundle file apart and putting it back together, as someone with a stolen key might."""

from __future__ import annotations

import base64
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from inspector_app.core.models import Device
from inspector_app.core.store import Store
from inspector_app.hq.keys import hq_transport_public_key, transport_key
from inspector_app.sync import bundle_file
from inspector_app.sync.bundle_file import SIGNATURE_BYTES

from ..hq.support import HQServer


def header_size(data: bytes) -> int:
    offset = 12
    for _ in range(2):
        (length,) = struct.unpack_from(">H", data, offset)
        offset += 2 + length
    return offset + 8


def hq_keys(hq: HQServer) -> tuple[bytes, bytes]:
    """HQ's transport key pair (private, public), raw."""
    with hq.db.read() as conn:
        return transport_key(conn), base64.b64decode(hq_transport_public_key(conn))


def laptop_key(store: Store) -> bytes:
    with store.session() as s:
        return s.scalar(select(Device.signing_key).where(Device.is_local.is_(True)))


def edit_image(path: Path, hq: HQServer, change: Callable[[sqlite3.Connection], None], *,
               sign_with: bytes | None = None, seal_to: bytes | None = None) -> None:
    """Open the sealed image, let `change` edit it, seal it again (to HQ, or `seal_to`) and sign it:
    with `sign_with` (a raw Ed25519 key), or keep the original signature."""
    data = path.read_bytes()
    size = header_size(data)
    private, public = hq_keys(hq)
    header = data[:size]
    image = bundle_file._unseal(data[size:-SIGNATURE_BYTES], private, header[:-8])
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    with conn:
        change(conn)
    image = conn.serialize()
    conn.close()
    payload = bundle_file._seal(image, seal_to or public, header[:-8])
    body = header[:-8] + struct.pack(">Q", len(payload)) + payload
    signature = (Ed25519PrivateKey.from_private_bytes(sign_with).sign(body) if sign_with
                 else data[-SIGNATURE_BYTES:])
    path.write_bytes(body + signature)
