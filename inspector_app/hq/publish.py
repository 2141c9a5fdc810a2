"""The pull stream: what HQ publishes (templates, reference data, users, review decisions, evidence keys,
supervisors' resolutions of conflicts and proposals).

Sequence numbers come from the `pull` counter row, incremented inside the
publishing transaction. The row lock orders publishers: a second publisher
waits at the UPDATE until the first commits (or rolls back), so number 12 can
never be visible while number 11 is still in flight, and a reader's cursor
never skips an item. (A database sequence would hand out 12 to a fast
transaction while a slow one still holds 11 uncommitted.)
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from collections.abc import Sequence

from sqlalchemy import Connection, Select, insert, or_, select, update

from ..sync.protocol import LEGACY_PULL_KINDS, MAX_PULL_LIMIT, PullItem, PullPage, ReferencePayload, TemplatePayload
from .db import HQDatabase
from .devices import DeviceIdentity
from .errors import Invalid
from .models import Counter, Publication, ReferenceData, Template, utcnow

PULL_COUNTER = "pull"


def allocate_seq(conn: Connection, count: int = 1) -> int:
    """Reserve `count` consecutive numbers inside the caller's transaction; returns the first."""
    conn.execute(update(Counter).where(Counter.name == PULL_COUNTER).values(value=Counter.value + count))
    last = conn.execute(select(Counter.value).where(Counter.name == PULL_COUNTER)).scalar_one()
    return int(last) - count + 1


def publish(conn: Connection, kind: str, payload: dict[str, Any], target_device_id: str | None = None) -> int:
    seq = allocate_seq(conn)
    conn.execute(insert(Publication).values(seq=seq, kind=kind, target_device_id=target_device_id, payload=payload,
                                            created_at=utcnow()))
    return seq


def for_device(device_id: str, after: int, kinds: Sequence[str]) -> Select[Any]:
    """The publications a device may pull after a cursor, of the kinds it applies, in order."""
    return (select(Publication.seq, Publication.kind, Publication.payload)
            .where(Publication.seq > after, Publication.kind.in_(list(kinds)),
                   or_(Publication.target_device_id.is_(None), Publication.target_device_id == device_id))
            .order_by(Publication.seq))


def pull(db: HQDatabase, device: DeviceIdentity, after: int, limit: int = 200,
         kinds: Sequence[str] = LEGACY_PULL_KINDS) -> PullPage:
    """A page of what this device may pull. Kinds it does not apply are left out (a laptop older than a kind
    would refuse the page); the cursor moves past what was sent."""
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    with db.read() as conn:
        rows = conn.execute(for_device(device.id, after, kinds).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return PullPage(items=[PullItem(seq=r.seq, kind=r.kind, payload=r.payload) for r in rows],
                    cursor=rows[-1].seq if rows else after, more=more)


def publish_template(db: HQDatabase, payload: TemplatePayload) -> bool:
    """Publish one checklist template version; False if exactly this version is already out."""
    with db.write() as conn:
        existing = conn.execute(select(Template.sha256).where(Template.code == payload.code,
                                                              Template.version == payload.version)).first()
        if existing is not None:
            if existing.sha256 != payload.sha256:
                raise Invalid(f"Template {payload.code} version {payload.version} was published with different "
                              "content; publish the change as a new version.")
            return False
        conn.execute(insert(Template).values(code=payload.code, version=payload.version, sha256=payload.sha256,
                                             source_name=payload.source_name, document=payload.document,
                                             published_at=utcnow()))
        publish(conn, "template", payload.model_dump(mode="json"))
        from . import projections  # a new version may say which indicator an item shows (imported here: a cycle)

        projections.refresh_indicators(conn)
    return True


def publish_reference(db: HQDatabase, name: str, document: Any) -> bool:
    """Publish (or replace) a named reference data set; False if unchanged."""
    digest = hashlib.sha256(json.dumps(document, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":")).encode("utf-8")).hexdigest()
    payload = ReferencePayload(name=name, sha256=digest, document=document)
    with db.write() as conn:
        existing = conn.execute(select(ReferenceData.sha256).where(ReferenceData.name == name)).first()
        if existing is not None and existing.sha256 == digest:
            return False
        values = {"sha256": digest, "document": document, "published_at": utcnow()}
        if existing is None:
            conn.execute(insert(ReferenceData).values(name=name, **values))
        else:
            conn.execute(update(ReferenceData).where(ReferenceData.name == name).values(**values))
        publish(conn, "reference", payload.model_dump(mode="json"))
    return True


def validated_template(path: Path) -> TemplatePayload:
    """A checklist template file checked exactly as a laptop checks it (its own loader), as HQ publishes it.
    Raises core.checklists.TemplateError listing every problem."""
    from ..core.checklists import load_template

    template = load_template(path)
    return TemplatePayload(code=template.code, version=template.version, sha256=template.sha256,
                           source_name=template.source_name, document=template.document)


REFERENCE_NAME = re.compile(r"^[a-z0-9_\-]{1,64}$")


def check_reference_name(name: str) -> str:
    if not REFERENCE_NAME.fullmatch(name):
        raise Invalid("A reference data name has 1–64 lower-case letters, digits, '_' or '-' (e.g. minimum_wage).")
    return name
