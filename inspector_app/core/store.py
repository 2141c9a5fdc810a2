"""The unlocked data store of one data dir: keys, database engines, attachment vault.

    <data dir>/keyslots.json      one Argon2id-wrapped copy of the data key per local user
    <data dir>/inspector.db       SQLCipher database (+ -wal, -shm)
    <data dir>/attachments/       AES-GCM files under keyed names
    <data dir>/backups/           verified copies taken before each migration (last 3)
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from . import migrate, privacy
from .changes import ChangeSet
from .db import DB_FILE, InterruptibleReads, make_engine
from .errors import StoreError, WrongPassphrase
from .messages import QT_TRANSLATE_NOOP, UserMessage
from .keys import Keyring
from .models import Device, User
from .types import new_id, utcnow
from .vault import AttachmentVault
from .writer import UnitOfWork

ATTACHMENTS_DIR = "attachments"
AUDIT_ANCHOR_REVISION = "0003"  # from here on device records are audited without their counters


class Store:
    """An unlocked data dir. Reads through `session()`, writes only through services."""

    def __init__(self, data_dir: Path, username: str, data_key: bytes):
        self.data_dir = Path(data_dir)
        self.username = username
        self.db_path = self.data_dir / DB_FILE
        self._data_key = data_key
        self.read_only = False
        self.read_only_reason: str | None = None
        self.engine: Engine = make_engine(self.db_path, data_key)
        self.write_engine: Engine = make_engine(self.db_path, data_key, writer=True)
        self.reads = InterruptibleReads(self.engine)  # the screens' reads, stopped when the window closes
        self.vault = AttachmentVault(self.data_dir / ATTACHMENTS_DIR, data_key)
        self.device_id = ""
        self.user_id: str | None = None
        # Called with each committed unit of work's ChangeSet, on the thread that wrote it (in-memory
        # views of the data, such as the inspections list's search index, stay current through it).
        self.commit_listeners: list[Callable[[ChangeSet], None]] = []

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create_empty(cls, data_dir: Path | str, username: str, passphrase: str, *,
                     device_name: str | None = None) -> Store:
        """Make a new data dir: key slot, schema and the local device; nothing else.

        The first user and the shipped checklists are written by services
        (`core.services.setup.create_store` does the whole set-up).
        """
        data_dir = Path(data_dir)
        check_username(username)
        if (data_dir / DB_FILE).exists() or Keyring(data_dir).exists():
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{folder} already holds a data store."),
                             folder=str(data_dir))
        privacy.private_dir(data_dir)
        data_key = Keyring(data_dir).create(username, passphrase)
        privacy.private_file(data_dir / DB_FILE)  # SQLite gives -wal and -shm the same mode
        store = cls(data_dir, username, data_key)
        try:
            migrate.upgrade(store.engine, store.db_path, data_key)
            store._bootstrap_device(device_name or platform.node() or "laptop")
            store.refresh_identity()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, data_dir: Path | str, passphrase: str, username: str | None = None) -> Store:
        """Unlock and open a data dir, upgrading its schema if needed (a copy is kept first).

        The app opens stores through `core.services.setup.open_store`, which also adds the
        checklist versions an app update ships.
        """
        data_dir = Path(data_dir)
        if not data_dir.is_dir():
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Data dir {folder} does not exist."), folder=str(data_dir))
        keyring = Keyring(data_dir)
        if not keyring.exists():
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{folder} holds no data store (run 'inspector-app init' "
                                                              "first)."), folder=str(data_dir))
        username, data_key = keyring.unlock(passphrase, username)
        if not (data_dir / DB_FILE).exists():
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "The database file is missing from {folder}."),
                             folder=str(data_dir))
        try:
            privacy.tighten(data_dir)  # a data dir from an older version: owner-only from now on
        except OSError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "Cannot make {folder} private to you ({reason}); check who "
                                                              "owns it."), folder=str(data_dir),
                             reason=str(exc.strerror)) from None
        store = cls(data_dir, username, data_key)
        try:
            upgraded_from = store._check_and_migrate()
            store.refresh_identity()
            if upgraded_from is not None and migrate.passes_through(upgraded_from, AUDIT_ANCHOR_REVISION):
                store._audit_baseline()
        except WrongPassphrase:
            store.close()
            # The key slot opened, so the passphrase was right: the file itself is bad.
            raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{path} is damaged or is not a Field Inspector database; it "
                                                              "was not changed. Restore it from {backups} or from HQ."),
                             path=str(store.db_path), backups=str(data_dir / migrate.BACKUPS_DIR)) from None
        except BaseException:
            store.close()
            raise
        return store

    def _check_and_migrate(self) -> str | None:
        """Upgrade the schema if needed; returns the revision it was upgraded from (None: no upgrade)."""
        status = migrate.schema_status(self.engine)
        if status.is_newer:
            self._make_read_only(UserMessage(
                QT_TRANSLATE_NOOP("StoreErrors", "This data was written by a newer version of Field Inspector (schema "
                                                 "{schema}). It is open read-only: update the app to make changes."),
                schema=str(status.current)))
            return None
        if status.needs_upgrade:
            migrate.upgrade(self.engine, self.db_path, self._data_key)
            return status.current
        return None

    def _make_read_only(self, reason: str) -> None:
        self.engine.dispose()
        self.write_engine.dispose()
        self.engine = make_engine(self.db_path, self._data_key, read_only=True)
        self.write_engine = self.engine
        self.reads = InterruptibleReads(self.engine)
        self.read_only = True
        self.read_only_reason = reason

    def _bootstrap_device(self, name: str) -> None:
        """The local device row owns the op sequence and the clock, so it is made before any service runs."""
        signing_key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        now = utcnow()
        self.device_id = new_id()
        with Session(self.write_engine) as session, session.begin():
            session.add(
                Device(id=self.device_id, name=name, is_local=True, signing_key=signing_key, created_at=now, updated_at=now)
            )
        with self.unit_of_work() as uow:  # its first audit entry, so `check` can vouch for it like any record
            uow.audit_current(uow.get(Device, self.device_id, "device"), "create")

    def _audit_baseline(self) -> None:
        """After the upgrade that left counters out of device digests: audit each device record as it stands."""
        with self.unit_of_work() as uow:
            for device in uow.session.scalars(select(Device).order_by(Device.id)):
                uow.audit_current(device, "baseline")

    def refresh_identity(self) -> None:
        """Who this store is: its local device and the user the key slot was opened for."""
        with self.session() as session:
            device_id = session.scalar(select(Device.id).where(Device.is_local.is_(True)))
            if device_id is None:
                raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "{path} has no local device record; the data store is "
                                                                  "incomplete."), path=str(self.db_path))
            self.device_id = device_id
            self.user_id = session.scalar(select(User.id).where(User.username == self.username))

    # -- using ---------------------------------------------------------------------------

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def unit_of_work(self, actor: str | None = None) -> UnitOfWork:
        return UnitOfWork(self, actor=actor)

    def keyring(self) -> Keyring:
        return Keyring(self.data_dir)

    def add_key_slot(self, username: str, passphrase: str) -> None:
        """A key slot for another local user (their record is written by `setup.add_local_user`)."""
        check_username(username)
        self.keyring().add_user(username, passphrase, self._data_key)

    def close(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def prepare() -> None:
    """Relate the ORM's classes now (a quarter of a second the first query would otherwise take):
    the app does this while its unlock window waits for a passphrase."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def check_username(username: str) -> None:
    if not username or len(username) > 64 or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise StoreError(QT_TRANSLATE_NOOP("StoreErrors", "A user name needs 1–64 letters, digits, '.', '-' or '_'."))

