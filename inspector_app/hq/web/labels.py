"""Names of coded values (visit types, severities, indicators, documents...) in Thai and English: the same
tables the reports print from, so a page and a report never name a thing differently."""

from __future__ import annotations

from ...reports.labels import enum_label


def LABELS(kind: str, code: str | None, language: str) -> str:  # noqa: N802 - used like a table in templates
    try:
        return enum_label(kind, code, language)
    except KeyError:
        return str(code or "")
