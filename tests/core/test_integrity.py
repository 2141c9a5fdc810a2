"""`inspector-app check` finds records changed, deleted or added behind the write path's back, and a
cut-off audit trail, each at its record; reference data and HQ's own changes are no false alarm."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from inspector_app.core.services import setup
from inspector_app.cli import main as app_main
from inspector_app.core.checks import run_checks
from inspector_app.core import demo
from inspector_app.core.checklists import canonical_sha256
from inspector_app.core.models import AuditEntry, ChecklistTemplate, Finding, Inspection, WorkerInterview
from inspector_app.core.services import sync_apply
from inspector_app.core.store import Store
from inspector_app.core.types import new_id
from inspector_app.paths import resources_dir

from ..conftest import PASSPHRASE
from .test_migrations import FIXTURE_DIR, MANIFEST


@pytest.fixture
def filled(store: Store) -> Store:
    demo.generate(store, inspections=4, seed=11)
    return store


def _check(store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    store.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = app_main(["check", "--data-dir", str(store.data_dir)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def _raw(store: Store, sql: str, **params: object) -> None:
    """What someone with the passphrase and an SQLite shell could do: no services, no audit."""
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                conn.execute(text(sql), params)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _one(store: Store, model: type, *where: object) -> str:
    with store.session() as s:
        return s.scalars(select(model.id).where(*where).order_by(model.id)).first()


def test_a_clean_store_is_ok(filled: Store, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _check(filled, capsys, monkeypatch)
    assert code == 0 and "FAIL" not in out, out
    assert "records against the audit trail: all" in out and "audit trail end: ends at entry" in out


def test_edited_interview_notes_are_reported_at_the_interview(filled: Store, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    interview = _one(filled, WorkerInterview, WorkerInterview.notes_original.is_not(None))
    _raw(filled, "UPDATE worker_interviews SET notes_original = 'the worker said nothing' WHERE id = :id",
         id=interview)
    code, out = _check(filled, capsys, monkeypatch)
    assert code != 0 and "FAIL records against the audit trail: 1 changed, 0 deleted" in out, out
    assert f"worker_interviews {interview}: notes_original changed since audit entry" in out


def test_a_changed_severity_is_reported_at_the_finding(filled: Store, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    finding = _one(filled, Finding, Finding.severity != "S4")
    _raw(filled, "UPDATE findings SET severity = 'S4' WHERE id = :id", id=finding)
    code, out = _check(filled, capsys, monkeypatch)
    assert code != 0 and f"findings {finding}: severity changed since audit entry" in out, out


def test_a_deleted_interview_is_reported(filled: Store, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    interview = _one(filled, WorkerInterview)
    with filled.session() as s:
        seq = s.scalar(select(AuditEntry.seq).where(AuditEntry.entity_id == interview))
    _raw(filled, "DELETE FROM worker_interviews WHERE id = :id", id=interview)
    code, out = _check(filled, capsys, monkeypatch)
    assert code != 0 and "0 changed, 1 deleted" in out, out
    assert f"worker_interviews {interview}: deleted since audit entry {seq} (create," in out


@pytest.mark.parametrize("count", [1, 5])
def test_deleting_the_newest_audit_entries_is_found(filled: Store, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    with filled.session() as s:
        last = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    _raw(filled, "DELETE FROM audit_entries WHERE seq > :cut", cut=last - count)
    code, out = _check(filled, capsys, monkeypatch)
    assert code != 0 and "FAIL audit trail end" in out, out
    assert f"the device record vouches for entry {last}, but the trail ends at entry {last - count}" in out
    assert f"entries {last - count + 1}–{last} were deleted" in out
    assert "ok   audit chain" in out  # the chain that is left is whole: only the anchor tells


def test_a_record_inserted_without_audit_is_reported(filled: Store, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    inspection = _one(filled, Inspection)
    forged = new_id()
    _raw(filled, "INSERT INTO findings (id, rev, created_at, updated_at, hlc, inspection_id, legal_refs, title_th, "
                 "severity, evidence, status) VALUES (:id, 1, '2026-11-01T00:00:00.000000Z', "
                 "'2026-11-01T00:00:00.000000Z', '', :inspection, '[]', 'No problems found', 'S4', '[]', 'open')",
         id=forged, inspection=inspection)
    code, out = _check(filled, capsys, monkeypatch)
    assert code != 0 and "0 changed, 0 deleted, 1 without an audit entry" in out, out
    assert f"findings {forged}: has no audit entry" in out


def test_reference_data_and_hq_changes_are_no_false_alarm(filled: Store, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # A new template version from HQ (audited, no outbox rows), reference data, an HQ account, a review.
    document = json.loads((resources_dir() / "checklists" / "lpa-general.v2.json").read_text(encoding="utf-8"))
    document["version"] = 4  # 3 ships with the app
    sha = canonical_sha256(document)
    inspection = _one(filled, Inspection, Inspection.status == "submitted") or _one(filled, Inspection)
    with filled.session() as s:
        revision = s.get(Inspection, inspection).revision
    items = [
        sync_apply.PulledItem(1, "template", {"code": document["code"], "version": 4, "sha256": sha,
                                              "source_name": "lpa-general.v4.json", "document": document}),
        sync_apply.PulledItem(2, "reference", {"name": "minimum_wage", "sha256": "0" * 64, "document": {"63": 352}}),
        sync_apply.PulledItem(3, "user", {"id": new_id(), "username": "ploy", "display_name": "Ploy S.",
                                          "role": "supervisor", "active": True}),
        sync_apply.PulledItem(4, "review", {"inspection_id": inspection, "revision": revision,
                                            "decision": "returned", "comment": "ขาดรูปถ่าย", "reviewer": "Ploy S.",
                                            "decided_at": "2026-11-20T03:00:00Z"}),
    ]
    changes = sync_apply.apply_pull(filled, items, 4)
    assert changes.touches("checklist_templates") and changes.touches("users") and changes.touches("inspections")
    with filled.session() as s:
        assert s.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.version == 4)) is not None
        assert s.get(Inspection, inspection).review_comment == "ขาดรูปถ่าย"
    code, out = _check(filled, capsys, monkeypatch)
    assert code == 0 and "FAIL" not in out, out


def test_an_upgraded_data_dir_is_anchored_and_clean(tmp_path: Path) -> None:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE_DIR, target)
    with setup.open_store(target, MANIFEST["passphrase"]) as store:
        results = {r.name: r for r in run_checks(store)}
    assert all(r.ok for r in results.values()), results
    assert "as the device record says" in results["audit trail end"].detail


def test_a_column_added_by_an_upgrade_is_no_alarm_but_filling_it_behind_the_audit_is(tmp_path: Path) -> None:
    """Records audited before `complaint_source` existed are clean after the upgrade; writing the new
    column with raw SQL on such a record is still found, at that record."""
    target = tmp_path / "old"
    shutil.copytree(FIXTURE_DIR, target)
    with setup.open_store(target, MANIFEST["passphrase"]) as store:
        assert all(r.ok for r in run_checks(store))
        victim = _one(store, Inspection)
        _raw(store, "UPDATE inspections SET complaint_source = 'a forged source' WHERE id = :id", id=victim)
        results = {r.name: r for r in run_checks(store)}
    failed = [r for r in results.values() if not r.ok]
    assert failed and any(victim in problem for r in failed for problem in r.problems), results
