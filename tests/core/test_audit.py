"""Tampering with any audit row is reported at that row."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from inspector_app.core.audit import verify_chain
from inspector_app.core.checks import run_checks
from inspector_app.core.services import checklist
from inspector_app.core.store import Store

from .helpers import new_inspection

TAMPERS = {
    "action": "UPDATE audit_entries SET action = 'delete' WHERE seq = :seq",
    "entity_id": "UPDATE audit_entries SET entity_id = 'someone-else' WHERE seq = :seq",
    "fields_sha256": "UPDATE audit_entries SET fields_sha256 = '" + "0" * 64 + "' WHERE seq = :seq",
    "hash": "UPDATE audit_entries SET hash = '" + "f" * 64 + "' WHERE seq = :seq",
    "deleted": "DELETE FROM audit_entries WHERE seq = :seq",
}


@pytest.mark.parametrize("tamper", sorted(TAMPERS))
def test_tampered_row_is_reported_at_that_row(store: Store, tamper: str) -> None:
    inspection_id = new_inspection(store)
    for result in ("compliant", "non_compliant", "not_applicable"):
        checklist.save_answer(store, inspection_id, "LPA-C-01", result=result)
    with store.session() as s:
        report = verify_chain(s)
    assert report.ok
    target = report.entries - 2
    with store.engine.begin() as conn:
        conn.execute(text(TAMPERS[tamper]), {"seq": target})
    with store.session() as s:
        broken = verify_chain(s)
    assert broken.first_broken_seq == target
    audit = {r.name: r for r in run_checks(store)}["audit chain"]
    assert not audit.ok and f"entry {target}" in audit.detail
