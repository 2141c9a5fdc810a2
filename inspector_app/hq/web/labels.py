"""Names of coded values (visit types, severities, indicators, documents...) in Thai and English: the same
tables the reports print from, so a page and a report never name a thing differently."""

from __future__ import annotations

from ...core.legal import load_legal_reference
from ...reports.labels import enum_label
from ...reports.notice_policy import citation


def LABELS(kind: str, code: str | None, language: str) -> str:  # noqa: N802 - used like a table in templates
    try:
        return enum_label(kind, code, language)
    except KeyError:
        return str(code or "")


def legal_citation(key: str, language: str) -> str:
    """A legal reference key (LPA:90) as a page cites it: "พ.ร.บ.คุ้มครองแรงงาน มาตรา 90" / "LPA s.90"."""
    return citation(key, language, load_legal_reference())
