"""Plaintext export of every table (CSV or JSON), one file per table, via sqlite-utils."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from .errors import InspectorError, raise_write_error

if TYPE_CHECKING:
    from .store import Store

SKIPPED_COLUMNS = {"devices": {"signing_key", "token"}, "users": {"verifier"}}


def export_tables(store: Store, out: Path, fmt: str) -> list[Path]:
    if fmt not in ("csv", "json"):
        raise InspectorError(f"Unknown export format {fmt!r}; use csv or json.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InspectorError(f"Cannot create {out}: {exc.strerror}.") from None
    written = []
    raw = store.engine.raw_connection()
    try:
        db = sqlite_utils.Database(raw.driver_connection)
        for table in db.table_names():
            if table == "alembic_version":
                continue
            skipped = SKIPPED_COLUMNS.get(table, set())
            columns = [c.name for c in db[table].columns if c.name not in skipped]
            rows = ({k: v for k, v in row.items() if k not in skipped} for row in db[table].rows)
            path = out / f"{table}.{fmt}"
            tmp = out / f".{table}.{fmt}.part"
            try:
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    if fmt == "json":
                        json.dump(list(rows), fh, ensure_ascii=False, indent=1, default=_bytes_as_hex)
                    else:
                        writer = csv.DictWriter(fh, fieldnames=columns)
                        writer.writeheader()
                        for row in rows:
                            writer.writerow({k: _bytes_as_hex(v) if isinstance(v, bytes) else v for k, v in row.items()})
                os.replace(tmp, path)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise_write_error(exc, f"writing {path}")
            written.append(path)
    finally:
        raw.close()
    return written


def _bytes_as_hex(value: object) -> str:
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value).__name__)
