"""Proof suites: many rounds of crashes, network faults, concurrency and attacks, each ending with its counts."""

from __future__ import annotations

import pytest

from ..hq.fixtures import filled_hqs, hq, hq_db_url, pg_server
from .figures import RECORDED

# HQ's fixtures, imported so that pytest finds them for the tests of this folder.
__all__ = ["filled_hqs", "hq", "hq_db_url", "pg_server"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RECORDED:
        return
    terminalreporter.section("proof suite figures")
    for figure in RECORDED:
        terminalreporter.write_line(figure.line)
