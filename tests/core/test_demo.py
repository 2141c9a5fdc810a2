"""Demo data: deterministic for a seed, and written like any other data (outbox row and audit entry each)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.checks import run_checks
from inspector_app.core.models import SYNCED_MODELS, AuditEntry, OutboxOp
from inspector_app.core.store import Store

from ..conftest import PASSPHRASE

CONTENT_TABLES = ("establishments", "language_coordinators", "inspections", "inspection_templates",
                  "inspection_coordinators", "checklist_answers", "worker_interviews", "interpreter_notes", "findings",
                  "signatures", "worker_documents", "referrals")
# Random or time-dependent by design: ids (and references, which carry the device's node), clock stamps and times.
VARYING = {"id", "reference", "created_at", "updated_at", "hlc", "signed_at", "interviewed_at", "noted_at", "interview_ids"}


def _content(store: Store) -> dict[str, list[str]]:
    content = {}
    with store.engine.connect() as conn:
        for table in CONTENT_TABLES:
            rows = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid").mappings().all()  # noqa: S608
            content[table] = [
                json.dumps({k: v for k, v in row.items() if k not in VARYING and not k.endswith("_id")},
                           sort_keys=True, default=str).replace(store.user_id or "", "USER")
                for row in rows
            ]
    return content


def test_same_seed_gives_the_same_content(tmp_path: Path) -> None:
    contents = []
    for name in ("a", "b"):
        with setup.create_store(tmp_path / name, "somchai", PASSPHRASE) as store:
            report = demo.generate(store, inspections=25, seed=11)
            contents.append(_content(store))
    assert report.inspections == 25 and report.answers > 25 * 20
    assert contents[0] == contents[1]
    assert len(contents[0]["inspections"]) == 25


def test_every_demo_record_is_in_the_outbox_and_the_audit_chain(store: Store) -> None:
    with store.session() as s:
        before_ops = s.scalar(select(func.count()).select_from(OutboxOp))
        before_audit = s.scalar(select(func.count()).select_from(AuditEntry))
    demo.generate(store, inspections=30, seed=3)
    with store.session() as s:
        records = sum(s.scalar(select(func.count()).select_from(model)) for name, model in SYNCED_MODELS.items()
                      if name in CONTENT_TABLES)
        ops = s.scalar(select(func.count()).select_from(OutboxOp)) - before_ops
        audit = s.scalar(select(func.count()).select_from(AuditEntry)) - before_audit
        untracked = s.scalar(select(func.count()).select_from(OutboxOp).where(
            OutboxOp.entity_id.not_in(select(AuditEntry.entity_id))))
    assert ops == audit == records and untracked == 0
    results = {r.name: r for r in run_checks(store)}
    assert all(r.ok for r in results.values()), [r for r in results.values() if not r.ok]
