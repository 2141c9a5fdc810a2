"""HQ tests run against SQLite and a real PostgreSQL (see fixtures.py)."""

from .fixtures import clock, enrolled, filled_hqs, hq, hq_db_url, pg_server, signin_hq

# The fixtures, imported so that pytest finds them for the tests of this folder and the folders under it.
__all__ = ["clock", "enrolled", "filled_hqs", "hq", "hq_db_url", "pg_server", "signin_hq"]
