"""HQ databases filled once per test worker, copied into each test that asks for one.

Filling an HQ through the real push path can take tens of seconds (the statistics world is some
four hundred pushes from three laptops). A test that needs such an HQ gets its own copy of the
filled database (SQLite's backup of the file, or PostgreSQL's CREATE DATABASE ... TEMPLATE) and of
its attachments folder, under the name `hq_db_url` gave it, and starts its own HQ on it: no test
sees what another changed, and every test reads an HQ that was filled exactly as before.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from .support import HQServer, postgres_server


def backend(db_url: str) -> str:
    return "postgresql" if "://" in db_url else "sqlite"


@dataclass
class Filled:
    database: str  # the SQLite file, or the PostgreSQL database used as the template
    files: Path  # its attachments folder
    made: Any  # what the filling returned


class FilledHQs:
    """One worker's filled HQ databases, by name and backend (made on first use)."""

    def __init__(self, root: Path):
        self.root = root
        self._filled: dict[tuple[str, str], Filled] = {}

    def copy_into(self, name: str, db_url: str, files: Path, fill: Callable[[HQServer], Any]) -> Any:
        """Make `db_url` (no HQ serving it) hold what `fill` put into a new HQ, and `files` its attachments;
        returns what `fill` returned (shared by the copies: take a copy of it before changing it)."""
        key = (name, backend(db_url))
        filled = self._filled.get(key)
        if filled is None:
            filled = self._filled[key] = self._fill(name, key[1], fill)
        if key[1] == "sqlite":
            _sqlite_copy(filled.database, db_url)
        else:
            _postgres_copy(filled.database, db_url.rsplit("/", 1)[1])
        shutil.copytree(filled.files, files, dirs_exist_ok=True)
        return filled.made

    def _fill(self, name: str, kind: str, fill: Callable[[HQServer], Any]) -> Filled:
        folder = self.root / f"{name}-{kind}"
        folder.mkdir(parents=True)
        if kind == "sqlite":
            database = url = str(folder / "hq.db")
        else:
            pg = postgres_server()
            database = pg.create_database()
            url = pg.url(database)
        server = HQServer(url, folder / "hq-files").start()
        try:
            made = fill(server)
        finally:
            server.stop()  # no connection may stay open on a template
        return Filled(database, folder / "hq-files", made)


def _sqlite_copy(source: str, target: str) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _postgres_copy(template: str, target: str) -> None:
    pg = postgres_server()
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{template}"')
