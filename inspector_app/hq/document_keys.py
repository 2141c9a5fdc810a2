"""HQ's keys for worker document numbers' keyed hashes (see sync/documents.py).

HQ makes the first key on first start and publishes it to every laptop through the pull (kind
`document_key`); laptops hash with the highest generation they hold. `rotate` adds a generation
(after a suspected leak of a laptop, say). Hashes made under an older key no longer match new ones
until `rehash` (hq/documents.py, needs the evidence passphrase) has made them again from the sealed
numbers; it then retires the old key and erases its secret, here and in the pull stream.
"""

from __future__ import annotations

import base64
import os
from datetime import datetime

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..sync.documents import KEY_BYTES, decode_key, key_id
from ..sync.protocol import DocumentKeyPayload
from .models import DocumentKey, Publication, utcnow
from .publish import publish

__all__ = ["KIND", "current_key", "current_payload", "ensure_document_key", "key_bytes", "known_kids", "retire", "rotate"]

KIND = "document_key"


def _payload(row: DocumentKey | object) -> dict[str, object]:
    return DocumentKeyPayload(key_id=row.key_id, generation=row.generation, key=row.key,  # type: ignore[attr-defined]
                              created_at=row.created_at).model_dump(mode="json")  # type: ignore[attr-defined]


def _add(conn: Connection, generation: int, *, only_if_none: bool = False) -> str | None:
    raw = os.urandom(KEY_BYTES)
    values = {"key_id": key_id(raw), "generation": generation, "key": base64.b64encode(raw).decode("ascii"),
              "created_at": utcnow()}
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(DocumentKey).values(**values)
    if only_if_none:
        statement = statement.on_conflict_do_nothing(index_elements=["generation"])
    conn.execute(statement)
    row = conn.execute(select(DocumentKey.__table__).where(DocumentKey.key_id == values["key_id"])).first()
    if row is None:
        return None  # another process made generation 1 at the same moment: its key stands
    publish(conn, KIND, _payload(row))
    return str(values["key_id"])


def ensure_document_key(conn: Connection) -> None:
    """Make and publish the first key unless HQ has one (two processes starting together keep one)."""
    if conn.execute(select(DocumentKey.key_id).limit(1)).first() is None:
        _add(conn, 1, only_if_none=True)


def rotate(conn: Connection) -> str:
    """A new generation, published; returns its key id."""
    newest = conn.execute(select(DocumentKey.generation).order_by(DocumentKey.generation.desc()).limit(1)).scalar()
    added = _add(conn, (newest or 0) + 1)
    assert added is not None
    return added


def current_key(conn: Connection) -> tuple[str, bytes] | None:
    """(key id, key) of the newest generation."""
    row = conn.execute(select(DocumentKey.__table__).where(DocumentKey.key.is_not(None))
                       .order_by(DocumentKey.generation.desc()).limit(1)).first()
    return (row.key_id, decode_key(row.key)) if row is not None and row.key else None


def current_payload(conn: Connection) -> DocumentKeyPayload | None:
    """The newest key as laptops receive it: at enrolment, so the first sync or bundle need not wait for a pull."""
    row = conn.execute(select(DocumentKey.__table__).where(DocumentKey.key.is_not(None))
                       .order_by(DocumentKey.generation.desc()).limit(1)).first()
    return DocumentKeyPayload.model_validate(_payload(row)) if row is not None else None


def key_bytes(conn: Connection) -> dict[str, bytes]:
    """Every key still held, by id."""
    return {row.key_id: decode_key(row.key) for row in conn.execute(select(DocumentKey.__table__)) if row.key}


def known_kids(conn: Connection) -> set[str]:
    """Ids of every key HQ issued: a laptop may still send a change hashed before a rotation (HQ keeps it;
    its hash matches again once `rehash` has run)."""
    return set(conn.execute(select(DocumentKey.key_id)).scalars())


def retire(conn: Connection, kid: str, at: datetime | None = None) -> None:
    """Erase an old key's secret (its hashes were all made again under a newer one), and its copy in
    the pull stream: a laptop that pulls later gets the newer key from the stream anyway."""
    conn.execute(update(DocumentKey).where(DocumentKey.key_id == kid).values(key=None, retired_at=at or utcnow()))
    for seq, payload in conn.execute(select(Publication.seq, Publication.payload).where(Publication.kind == KIND)):
        if isinstance(payload, dict) and payload.get("key_id") == kid:
            conn.execute(update(Publication).where(Publication.seq == seq)
                         .values(kind="retired_key", payload={"key_id": kid, "retired": True}))
