"""Opening HQ's database and attachment storage the same way for the server and the admin CLI."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from .db import HQDatabase, normalise_url
from .errors import HQConfigError
from .document_keys import ensure_document_key
from .keys import ensure_signing_key, ensure_transport_key
from .storage import LocalDirectoryStorage

ATTACHMENTS_ENV = "INSPECTOR_HQ_ATTACHMENTS"


def open_database(db: str) -> HQDatabase:
    """Connect, bring the schema to head, make sure HQ has its signing and transport keys."""
    database = HQDatabase(db)
    try:
        database.upgrade()
        with database.write() as conn:
            ensure_signing_key(conn)
            ensure_transport_key(conn)
            ensure_document_key(conn)
    except BaseException:
        database.dispose()
        raise
    return database


def attachments_dir(db: str, given: str | Path | None) -> Path:
    """--attachments, else $INSPECTOR_HQ_ATTACHMENTS, else a folder beside a SQLite file."""
    if given:
        return Path(given)
    env = os.environ.get(ATTACHMENTS_ENV)
    if env:
        return Path(env)
    url = make_url(normalise_url(db))
    if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
        path = Path(url.database)
        return path.with_name(f"{path.stem}-attachments")
    raise HQConfigError(f"Say where attachment files go: --attachments DIR or ${ATTACHMENTS_ENV} "
                        f"(needed with {url.get_backend_name()}).")


def open_storage(db: str, given: str | Path | None) -> LocalDirectoryStorage:
    folder = attachments_dir(db, given)
    try:
        return LocalDirectoryStorage(folder)
    except OSError as exc:
        raise HQConfigError(f"Cannot use {folder} for attachments: {exc.strerror}.") from None
