"""Schema migrations for the laptop database, made safe for field laptops.

Before changing a database that holds data we copy it aside (the last three
copies are kept) and prove the copy opens and passes `integrity_check`. The
migration then runs in one transaction with foreign keys off (SQLite batch
mode rebuilds tables), and commits only if `foreign_key_check` and
`integrity_check` both come back clean. A database whose schema is newer
than this app is never migrated: it opens read-only.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .db import connect
from .errors import DiskFull, StoreError, is_disk_full
from .messages import QT_TRANSLATE_NOOP
from .privacy import private_dir, private_file

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

BACKUPS_DIR = "backups"
KEEP_BACKUPS = 3
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    scanned = _scanned_revisions()
    if scanned is not None:
        return set(scanned[0])
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    scanned = _scanned_revisions()
    if scanned is not None:
        return scanned[1]
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"^revision(?:\s*:[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=(.*)$", re.MULTILINE)


@cache
def _scanned_revisions() -> tuple[frozenset[str], str] | None:
    """(every revision, the single head) read from the migration files' text, or None to ask Alembic.

    Every unlock checks the schema; loading Alembic and importing each migration for that cost
    a noticeable part of the start. Anything unusual (no files, several heads, a file this
    simple reading does not understand) is left to Alembic, which also reports real problems.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    files = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    for path in files:
        if path.name.startswith("__"):
            continue
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return frozenset(revisions), heads.pop()


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def is_newer(self) -> bool:
        return self.current is not None and self.current not in known_revisions()

    @property
    def needs_upgrade(self) -> bool:
        return not self.is_newer and self.current != self.head


def passes_through(previous: str, revision: str) -> bool:
    """Whether upgrading from `previous` to head applied `revision`."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.iterate_revisions(head_revision(), previous))


def schema_status(engine: Engine) -> SchemaStatus:
    with engine.connect() as conn:
        return SchemaStatus(current_revision(conn), head_revision())


def backup_database(db_path: Path, data_key: bytes, label: str) -> Path:
    """Copy the database aside and verify the copy; keep the newest few copies."""
    backups = db_path.parent / BACKUPS_DIR
    conn = connect(db_path, data_key)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"inspector-{stamp}-{label}.db"
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN IMMEDIATE")  # no writer may slip in while we copy
        private_dir(backups)
        with open(db_path, "rb") as source, open(private_file(target), "wb") as copy:
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        conn.execute("ROLLBACK")
    except OSError as exc:
        target.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(QT_TRANSLATE_NOOP("StoreErrors", "copying the database aside before an upgrade; nothing "
                                                            "was migrated")) from None
        raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Cannot copy the database aside before an upgrade "
                                                          "({reason}); nothing was migrated."),
                         reason=str(exc.strerror)) from None
    finally:
        conn.close()
    copy = connect(target, data_key, wal=False)
    try:
        result = copy.execute("PRAGMA integrity_check").fetchone()
    finally:
        copy.close()
    if not result or result[0] != "ok":
        target.unlink(missing_ok=True)
        raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "The safety copy of the database failed its check "
                                                          "({result}); nothing was migrated."), result=str(result))
    for old in sorted(backups.glob("inspector-*.db"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target


def upgrade(engine: Engine, db_path: Path, data_key: bytes) -> SchemaStatus:
    """Bring the database to the app's schema (a no-op when it is current)."""
    status = schema_status(engine)
    if status.is_newer or not status.needs_upgrade:
        return status
    if status.current is not None:
        backup_database(db_path, data_key, label=status.current)
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        # A PRAGMA inside a transaction is ignored, so switch at the driver level before BEGIN.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                broken_links = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken_links:
                    raise StoreError(QT_TRANSLATE_NOOP(
                        "StoreErrors", "Migration would leave {count} broken references (first in table {table}); the "
                                       "database was left unchanged."),
                        count=len(broken_links), table=str(broken_links[0][0]))
                integrity = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                if integrity != [("ok",)]:
                    raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Migration failed the integrity check ({result}); "
                                                                      "database unchanged."),
                                     result=str(integrity[0][0]))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return schema_status(engine)
