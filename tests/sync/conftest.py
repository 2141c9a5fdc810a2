"""Sync tests talk to an HQ on loopback, on SQLite and a real PostgreSQL (see fixtures.py)."""

from ..hq.fixtures import enrolled, hq, hq_db_url, pg_server  # noqa: F401
