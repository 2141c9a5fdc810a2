"""HQ's own keys, made once on first start and kept in `hq_settings` (so every HQ process
serving one database uses the same ones). Laptops receive the public halves when they enrol.

* the Ed25519 signing key: signs reply bundles and the audit-head acknowledgements;
* the X25519 transport key: laptops seal their USB bundles to it, so a lost stick reveals nothing.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from .models import Setting

SIGNING_KEY = "signing_key"
TRANSPORT_KEY = "transport_key"


def _ensure(conn: Connection, name: str, raw_private: bytes) -> None:
    """Store a key unless one is there; two processes starting together keep the first one written."""
    values = {"name": name, "value": base64.b64encode(raw_private).decode("ascii")}
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(Setting).values(**values).on_conflict_do_nothing(index_elements=["name"]))


def _raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def ensure_signing_key(conn: Connection) -> None:
    _ensure(conn, SIGNING_KEY, _raw(Ed25519PrivateKey.generate()))


def ensure_transport_key(conn: Connection) -> None:
    _ensure(conn, TRANSPORT_KEY, _raw(X25519PrivateKey.generate()))


def _setting(conn: Connection, name: str) -> bytes:
    return base64.b64decode(conn.execute(select(Setting.value).where(Setting.name == name)).scalar_one())


def signing_key(conn: Connection) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_setting(conn, SIGNING_KEY))


def transport_key(conn: Connection) -> bytes:
    """The X25519 private key (raw) that opens laptops' sealed bundles."""
    return _setting(conn, TRANSPORT_KEY)


def hq_public_key(conn: Connection) -> str:
    raw = signing_key(conn).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def hq_transport_public_key(conn: Connection) -> str:
    raw = X25519PrivateKey.from_private_bytes(transport_key(conn)).public_key().public_bytes(Encoding.Raw,
                                                                                            PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")
