"""Sync tests talk to an HQ on loopback, on SQLite and a real PostgreSQL (see fixtures.py)."""

from ..hq.fixtures import enrolled, filled_hqs, hq, hq_db_url, pg_server

# HQ's fixtures, imported so that pytest finds them for the tests of this folder.
__all__ = ["enrolled", "filled_hqs", "hq", "hq_db_url", "pg_server"]
