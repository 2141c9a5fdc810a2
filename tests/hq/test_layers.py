"""HQ depends only on the shared protocol (and its own store): never on laptop code or Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HQ = ROOT / "inspector_app" / "hq"
# The one exception: publish-template validates with the laptop's own template loader, so HQ can
# never publish a checklist a laptop would refuse. It is pure (no database, no Qt).
# sync.sealed is the protocol's sealing construction; sync.bundle_file the USB bundle format; sync.documents
# the keyed hash of worker document numbers, which laptops make and HQ compares (all pure, like sync.protocol). core.finding_status (what follow-up verifications make of a finding) and
# core.file_summary (what an establishment's file says) are rules HQ and the laptop must apply alike:
# pure, no database, no Qt. So is core.rules' effective_result: HQ's review counts judge an age or a wage by
# its value exactly as the laptop's editor and report do.
# Statistics label and print what laptops print (DESIGN: the workspace's PDFs come from the same
# `reports` package): report labels and citations, the legal reference data. The supervisors'
# workspace (hq/web) shows dates as Thai officials write them (i18n.dates), names provinces and
# districts from the official codes (core.geography), serves the bundled fonts (paths). HQ's command
# lines and logs count in English words as the laptop's do (i18n.english).
ALLOWED_APP_IMPORTS = {"inspector_app", "inspector_app.sync.protocol", "inspector_app.sync.reasons",
                       "inspector_app.sync.sealed",
                       "inspector_app.sync.bundle_file", "inspector_app.sync.documents",
                       "inspector_app.logs", "inspector_app.core.checklists",
                       "inspector_app.i18n.dates", "inspector_app.i18n.english", "inspector_app.core.geography",
                       "inspector_app.paths",
                       "inspector_app.core.finding_status", "inspector_app.core.file_summary",
                       "inspector_app.core.legal", "inspector_app.core.rules",
                       "inspector_app.reports.labels", "inspector_app.reports.notice_policy",
                       "inspector_app.reports.summary_source", "inspector_app.reports",
                       "inspector_app.reports.commands"}


def _imports(path: Path) -> set[str]:
    """Absolute names of every module a file imports (relative imports resolved)."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            found.add(".".join((*base, *(node.module.split(".") if node.module else ()))))
    return found


# HQ builds the full report with the laptops' own reports package (the same embedded source for the same
# signed revision): only full_report.py lays HQ's records into the laptop schema, in memory, for it.
# The workspace names coded values from the reports' own label tables (pure data).
REPORT_BUILDER = {"full_report.py": {"inspector_app.reports", "inspector_app.core.models", "inspector_app.core.types"},
                  "web/labels.py": {"inspector_app.reports.labels"}}


def test_hq_imports_only_the_protocol_and_itself() -> None:
    offenders = {}
    for path in HQ.rglob("*.py"):
        app_imports = {m for m in _imports(path)
                       if m.startswith("inspector_app") and not m.startswith("inspector_app.hq")}
        bad = app_imports - ALLOWED_APP_IMPORTS - REPORT_BUILDER.get(str(path.relative_to(HQ)), set())
        qt = {m for m in _imports(path) if m.startswith("PySide6")}
        if bad or qt:
            offenders[str(path.relative_to(HQ))] = sorted(bad | qt)
    assert offenders == {}


@pytest.mark.parametrize("module", ["protocol.py", "reasons.py", "bundle_file.py", "documents.py"])
def test_the_protocol_imports_nothing_of_the_app(module: str) -> None:
    shared = HQ.parent / "sync" / module  # the USB bundle file format is part of the protocol
    # sync.reasons (the refusal codes) is the protocol's own list: pure, it imports nothing of the app either.
    assert {m for m in _imports(shared) if m.startswith("inspector_app")} - {"inspector_app.sync.reasons"} == set()
