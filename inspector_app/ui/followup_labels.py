"""Words the follow-up screens share: verification outcomes, how far a date is, where a visit comes from."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..core import geography
from ..core.views import finding_titles
from .inspections_model import format_date
from .language import current_language

OUTCOMES = ("corrected", "partly_corrected", "not_corrected")
OVERDUE_COLOUR = QColor("#b00020")


def outcome_label(code: str | None) -> str:
    labels = {
        "corrected": QCoreApplication.translate("Verification", "Corrected"),
        "partly_corrected": QCoreApplication.translate("Verification", "Partly corrected"),
        "not_corrected": QCoreApplication.translate("Verification", "Not corrected"),
    }
    if code is None:
        return QCoreApplication.translate("Verification", "Not checked yet")
    return labels.get(code, code)


def due_text(days_overdue: int) -> str:
    """How a due date stands today, in words (never only a colour)."""
    if days_overdue > 0:
        return QCoreApplication.translate("FollowUps", "OVERDUE by %Ln days", "", days_overdue)
    if days_overdue == 0:
        return QCoreApplication.translate("FollowUps", "Due today")
    return QCoreApplication.translate("FollowUps", "Due in %Ln days", "", -days_overdue)


def source_label(source: str) -> str:
    if source == "hq":
        return QCoreApplication.translate("FollowUps", "Another laptop (from HQ)")
    return QCoreApplication.translate("FollowUps", "This laptop")


def last_verified_text(outcome: str, visit_date: date | str | None, reference: str | None) -> str:
    """"Corrected — follow-up 63-2569-0012 on 5 Dec 2026": a finding's last verification in one line."""
    day = _day(visit_date)
    return QCoreApplication.translate("Verification", "%1 — follow-up visit %2 on %3").replace(
        "%1", outcome_label(outcome)).replace("%2", reference or "?").replace("%3", format_date(day) if day else "?")


def place_name(code: str | None) -> str:
    return geography.display_name(code, current_language()) if code else ""


def title_in_language(title_th: str | None, title_en: str | None, fallback: str = "",
                      labels: Mapping[str, str] | None = None) -> str:
    """A finding's title in the screen's language, by the rule of `finding_titles.in_language` (which the
    Follow-ups page's order by what is due follows too)."""
    return finding_titles.in_language(current_language(), title_th, title_en, labels, fallback)


def _day(value: date | str | None) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def citation(key: str) -> str:
    """A legal reference as short as a table cell allows ("LPA s.90", "พ.ร.บ.คุ้มครองแรงงาน มาตรา 90"), still
    marked "to be confirmed" where the law text has not been checked."""
    from ..core.legal import load_legal_reference

    legal = load_legal_reference()
    full = legal.display(key, current_language())
    short, _, title = full.partition(" — ")
    found = legal.get(key)
    if found is not None and found.verify and " (" in title:
        short += title[title.rfind(" ("):]
    return short
