"""HQ's own Ed25519 key: it signs the reply bundles laptops import from a USB stick.

Made once, on first start, and kept in `hq_settings` (so every HQ process
serving one database signs with the same key). Laptops receive the public
half when they enrol.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from .models import Setting

SIGNING_KEY = "signing_key"


def ensure_signing_key(conn: Connection) -> None:
    """Create the key if missing; two processes starting together keep the first one written."""
    key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    values = {"name": SIGNING_KEY, "value": base64.b64encode(key).decode("ascii")}
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(Setting).values(**values).on_conflict_do_nothing(index_elements=["name"]))


def signing_key(conn: Connection) -> Ed25519PrivateKey:
    value = conn.execute(select(Setting.value).where(Setting.name == SIGNING_KEY)).scalar_one()
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(value))


def hq_public_key(conn: Connection) -> str:
    raw = signing_key(conn).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")
