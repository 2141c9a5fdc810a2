"""Migration 0011 on a laptop that holds 0001-era data: referral records from findings' referral
targets, worker documents from interviews' document lists; every row kept, `check` clean."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import func, select, table

from inspector_app.core.checks import run_checks
from inspector_app.core.db import connect
from inspector_app.core.keys import Keyring
from inspector_app.core.models import Finding, OutboxOp, Referral, WorkerDocument, WorkerInterview
from inspector_app.core.store import Store

from .test_migrations import FIXTURE_DIR, MANIFEST


def _before(data_dir: Path) -> tuple[dict[str, int], list[tuple[str, str, str]], list[tuple[str, str, str | None]]]:
    """Row counts of every table, findings with a target, and every (interview, type, holder) listed."""
    _, key = Keyring(data_dir).unlock(MANIFEST["passphrase"])
    conn = connect(data_dir / "inspector.db", key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608
        targets = [tuple(r) for r in conn.execute(
            "SELECT id, referral_target, status FROM findings WHERE referral_target IS NOT NULL")]
        listed = [(i, d["type"], d.get("held_by")) for i, docs in conn.execute("SELECT id, documents FROM worker_interviews")
                  for d in json.loads(docs)]
    finally:
        conn.close()
    return counts, targets, listed


def test_referrals_and_documents_are_made_from_the_old_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "fixture-data"
    shutil.copytree(FIXTURE_DIR, data_dir)
    counts, targets, listed = _before(data_dir)
    assert targets and listed  # the fixture has both to migrate
    with Store.open(data_dir, MANIFEST["passphrase"]) as store:
        assert all(r.ok for r in run_checks(store)), [r for r in run_checks(store) if not r.ok]
        with store.session() as s:
            for name, n in counts.items():  # every row kept (opening adds the shipped templates' new versions)
                assert s.scalar(select(func.count()).select_from(table(name))) >= n, name
            made = {r.finding_id: r for r in s.scalars(select(Referral))}
            documents = s.scalars(select(WorkerDocument)).all()
            finding_inspection = dict(s.execute(select(Finding.id, Finding.inspection_id)).all())
            queued = {e: n for e, n in s.execute(select(OutboxOp.entity, func.count()).where(
                OutboxOp.entity.in_(["referrals", "worker_documents"])).group_by(OutboxOp.entity))}
            # The old document lists stay on the interviews as they were.
            kept = [(i, d["type"], d.get("held_by")) for i, docs in s.execute(
                select(WorkerInterview.id, WorkerInterview.documents)) for d in docs]
    assert sorted(made) == sorted(f for f, _t, _s in targets)
    for finding_id, target, status in targets:
        referral = made[finding_id]
        assert referral.receiving_body == target
        assert referral.status == ("sent" if status in ("referred", "prosecuted") else "planned")
        assert referral.sent_on is None and referral.inspection_id == finding_inspection[finding_id]
        with_indicator = [i for i in interview_ids_with_indicators(data_dir, referral.inspection_id)]
        assert sorted(referral.interview_ids) == sorted(with_indicator)
    assert sorted((d.interview_id, d.doc_type, d.held_by) for d in documents) == sorted(listed) == sorted(kept)
    assert queued == {"referrals": len(made), "worker_documents": len(documents)}


def interview_ids_with_indicators(data_dir: Path, inspection_id: str) -> list[str]:
    with Store.open(data_dir, MANIFEST["passphrase"]) as store, store.session() as s:
        return [i.id for i in s.scalars(select(WorkerInterview).where(WorkerInterview.inspection_id == inspection_id))
                if i.indicators]
