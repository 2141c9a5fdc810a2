"""Migrations run against a committed database that holds real rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from inspector_app.core.services import setup
from inspector_app.core import migrate
from inspector_app.core.checks import run_checks
from inspector_app.core.db import connect
from inspector_app.core.errors import ReadOnlyStore
from inspector_app.core.keys import Keyring
from inspector_app.core.models import AuditEntry, Base, ChecklistAnswer, Inspection, User, WorkerInterview
from inspector_app.core.services import checklist

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_DIR = FIXTURES / "datadir-0001"
MANIFEST = json.loads((FIXTURES / "datadir-0001.json").read_text(encoding="utf-8"))


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    target = tmp_path / "fixture-data"
    shutil.copytree(FIXTURE_DIR, target)
    return target


def test_fixture_database_migrates_and_keeps_its_rows(fixture_copy: Path) -> None:
    with setup.open_store(fixture_copy, MANIFEST["passphrase"]) as store:
        assert not store.read_only
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(Inspection)) == MANIFEST["counts"]["inspections"]
            assert s.scalar(select(func.count()).select_from(ChecklistAnswer)) == MANIFEST["counts"]["checklist_answers"]
            notes = set(s.scalars(select(WorkerInterview.notes_original)))
        assert MANIFEST["sample_note"] in notes
        assert all(r.ok for r in run_checks(store)), [r for r in run_checks(store) if not r.ok]
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()


def test_models_and_migrations_agree(fixture_copy: Path) -> None:
    with setup.open_store(fixture_copy, MANIFEST["passphrase"]) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"render_as_batch": True}), Base.metadata)
    assert diff == []


def _stamp_future(data_dir: Path, passphrase: str) -> None:
    _, key = Keyring(data_dir).unlock(passphrase)
    conn = connect(data_dir / "inspector.db", key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()


def test_newer_schema_opens_read_only_with_a_clear_message(fixture_copy: Path) -> None:
    _stamp_future(fixture_copy, MANIFEST["passphrase"])
    with setup.open_store(fixture_copy, MANIFEST["passphrase"]) as store:
        assert store.read_only
        assert "newer version" in (store.read_only_reason or "")
        with store.session() as s:
            inspection_id = s.scalars(select(Inspection.id)).first()
            assert s.scalar(select(func.count()).select_from(Inspection)) == MANIFEST["counts"]["inspections"]
        with pytest.raises(ReadOnlyStore, match="newer version"):
            checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant")
        with store.engine.connect() as conn, pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            conn.execute(text("DELETE FROM inspections"))


def test_backups_are_verified_and_only_the_last_three_kept(fixture_copy: Path) -> None:
    _, key = Keyring(fixture_copy).unlock(MANIFEST["passphrase"])
    made = [migrate.backup_database(fixture_copy / "inspector.db", key, label=f"t{n}") for n in range(5)]
    kept = sorted((fixture_copy / "backups").glob("inspector-*.db"))
    assert kept == made[-3:]
    copy = connect(kept[-1], key, wal=False)
    assert copy.execute("SELECT count(*) FROM inspections").fetchone()[0] == MANIFEST["counts"]["inspections"]
    copy.close()


def _queued_by_entity(data_dir: Path, passphrase: str) -> dict[str, int]:
    _, key = Keyring(data_dir).unlock(passphrase)
    conn = connect(data_dir / "inspector.db", key)
    try:
        return dict(conn.execute("SELECT entity, count(*) FROM outbox WHERE state = 'pending' GROUP BY entity"))
    finally:
        conn.close()


def test_unsent_changes_to_local_accounts_are_dropped_and_everything_else_kept(fixture_copy: Path) -> None:
    before = _queued_by_entity(fixture_copy, MANIFEST["passphrase"])
    assert before.get("users")  # the fixture's first user was queued for HQ by the old version
    with setup.open_store(fixture_copy, MANIFEST["passphrase"]) as store, store.session() as s:
        users_kept = s.scalar(select(func.count()).select_from(User))
        users_audited = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "users"))
        made = {entity: s.scalar(text(f"SELECT count(*) FROM {entity}")) for entity in ("referrals", "worker_documents")}
        assert all(r.ok for r in run_checks(store)), [r for r in run_checks(store) if not r.ok]
    after = _queued_by_entity(fixture_copy, MANIFEST["passphrase"])
    # Findings whose texts migration 0002 derived again are queued once more (HQ gets the new words).
    assert after.pop("findings") >= before.pop("findings")
    # Migration 0011's referral and worker-document records are queued for HQ, each once.
    assert {entity: after.pop(entity) for entity in made} == made and all(made.values())
    assert after == {entity: n for entity, n in before.items() if entity not in ("users", "devices")}
    assert users_kept >= 1 and users_audited >= 1


REVISION_FILES = {
    "0001_first.py": "revision = '0001'\ndown_revision = None\n",
    "0002_typed.py": 'revision: str = "0002"\ndown_revision: Union[str, None] = "0001"\n',
    "0003_a.py": "revision = '0003'\ndown_revision = '0002'\n",
    "0004_b.py": "revision = '0004'\ndown_revision = '0002'\n",
    "0005_merge.py": "revision = '0005'\ndown_revision = ('0003', '0004')\n",
}


@pytest.mark.parametrize("names", [
    ["0001_first.py"],
    ["0001_first.py", "0002_typed.py", "0003_a.py"],
    list(REVISION_FILES),
    ["0001_first.py", "0002_typed.py", "0003_a.py", "0004_b.py"],  # two heads: Alembic's own answer
])
def test_the_schema_check_agrees_with_alembic_without_loading_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]) -> None:
    from alembic.script import ScriptDirectory

    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    for name in names:
        (versions / name).write_text(f'"""{name}"""\nfrom typing import Union\n\n{REVISION_FILES[name]}'
                                     "branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n    pass\n",
                                     encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "migrations")
    migrate._scanned_revisions.cache_clear()  # noqa: SLF001
    try:
        script = ScriptDirectory.from_config(migrate.alembic_config())
        assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
        heads = script.get_heads()
        if len(heads) == 1:
            assert migrate.head_revision() == heads[0]
        else:
            with pytest.raises(Exception, match="head"):
                migrate.head_revision()
    finally:
        migrate._scanned_revisions.cache_clear()  # noqa: SLF001


def test_the_shipped_migrations_read_the_same_as_alembic_reads_them() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate._scanned_revisions() is not None  # noqa: SLF001 - the fast path is the one in use
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
