"""At rest, nothing readable: database, WAL and attachment files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inspector_app.core.services import setup
from inspector_app.core.errors import WrongPassphrase
from inspector_app.core.services import attachments, interviews
from inspector_app.core.store import Store

from ..conftest import PASSPHRASE
from .helpers import new_inspection

CANARY = "CANARY-7f3a-ကျွန်တော့်ပတ်စ်ပို့"


def all_bytes(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}


def test_interview_canary_is_not_on_disk_in_plaintext(store: Store, data_dir: Path) -> None:
    inspection_id = new_inspection(store)
    interviews.save_interview(store, inspection_id, consent=True, private_setting=True, employer_absent=True,
                              notes_original=CANARY, notes_language="my", notes_translation=f"แปล {CANARY}")
    photo = f"JPEG-ish bytes with {CANARY}".encode()
    attachments.add_attachment(store, inspection_id, photo, mime="image/jpeg", caption=CANARY)

    files = all_bytes(data_dir)
    assert any(name.endswith("-wal") for name in files), "the WAL should hold the recent writes"
    assert any(name.startswith("attachments") for name in files)
    for needle in (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"CANARY-7f3a"):
        leaks = [name for name, blob in files.items() if needle in blob]
        assert leaks == [], f"plaintext found in {leaks}"

    # The data is really there for whoever has the passphrase.
    assert store.vault.get(__import__("hashlib").sha256(photo).hexdigest()) == photo


def test_wrong_passphrase_cannot_open_and_changes_nothing(store: Store, data_dir: Path) -> None:
    new_inspection(store)
    store.close()
    before = all_bytes(data_dir)
    with pytest.raises(WrongPassphrase):
        setup.open_store(data_dir, "not the passphrase")
    assert all_bytes(data_dir) == before


def test_plain_sqlite_cannot_read_the_database(store: Store, data_dir: Path) -> None:
    store.close()
    conn = sqlite3.connect(data_dir / "inspector.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_each_user_has_a_slot_and_passphrase_change_rewraps(store: Store, data_dir: Path) -> None:
    setup.add_local_user(store, "malee", "another long passphrase", "Malee")
    store.close()
    with setup.open_store(data_dir, "another long passphrase") as second:
        assert second.username == "malee" and second.user_id
    second.keyring().change_passphrase("malee", "another long passphrase", "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        setup.open_store(data_dir, "another long passphrase", "malee")
    with setup.open_store(data_dir, "a brand new passphrase", "malee") as again:
        assert again.username == "malee"
    with setup.open_store(data_dir, PASSPHRASE) as first:
        assert first.username == "somchai"


def test_wal_and_full_sync_and_foreign_keys_on_every_connection(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_passphrase_change_updates_slot_and_verifier(store: Store, data_dir: Path) -> None:
    from sqlalchemy import select

    from inspector_app.core.keys import verify_passphrase
    from inspector_app.core.models import User
    from inspector_app.core.services import users

    users.change_passphrase(store, PASSPHRASE, "the new long passphrase")
    with store.session() as s:
        verifier = s.scalars(select(User.verifier).where(User.username == store.username)).one()
    assert verify_passphrase(verifier, "the new long passphrase") and not verify_passphrase(verifier, PASSPHRASE)
    store.close()
    with pytest.raises(WrongPassphrase):
        setup.open_store(data_dir, PASSPHRASE)
    setup.open_store(data_dir, "the new long passphrase").close()
