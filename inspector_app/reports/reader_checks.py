"""What the confidential reports tell a supervisor or an MDT about how the inspection stands and how
an interview was held, worked out once for the report that carries it (data, referral_data) and laid
out the same way wherever it is printed (full, referral).

* The inspection's status as decided: an approved inspection says so, with who approved it and when
  (the laptop holds the supervisor's name and the decision's time from HQ's review; HQ overlays its
  own decision the same way, so both print the same document). A signed revision awaiting review reads
  "signed" wherever it is printed, as before.
* An interview held with no interpreter although the interview's language is not Thai. The interview
  record has one language: the language it was held in (and that its notes are in). A worker who chose
  to be interviewed in Thai is recorded as "th" and gets no warning; the record has no separate field
  for the worker's own language or for the choice, so nothing else can be read from it.

This module reads ORM rows duck-typed and imports neither `data` nor `full`, so both may import it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.platypus.flowables import Flowable

from . import fmt
from .labels import enum_label, label
from .layout import ALERT, Styles, para, th_en_lines

__all__ = ["APPROVED", "inspection_status", "no_interpreter", "no_interpreter_lines", "status_lines"]

APPROVED = "approved"
THAI = "th"


def _name(value: str | None) -> str | None:
    cleaned = unicodedata.normalize("NFC", value).strip() if value else ""
    return cleaned or None


# --------------------------------------------------------------------------- the inspection's status


def inspection_status(inspection: Any, *, signed_revision: bool = False) -> dict[str, Any]:
    """The status a report's source states for an inspection (an ORM row or anything with its fields).

    Approved: "approved", with "approved_by" and "approved_at" (ISO UTC) when the record holds them.
    Otherwise the recorded status, or "signed" for a signed revision (`signed_revision`: the full
    report states a signed revision as signed whether HQ has acknowledged it yet or not). The two
    approval keys appear only on an approved inspection, so the source of a signed revision is the
    same as it always was.
    """
    status = getattr(inspection, "status", None)
    if status == APPROVED:
        out: dict[str, Any] = {"status": APPROVED}
        by = _name(getattr(inspection, "reviewed_by", None))
        at = fmt.source_iso(getattr(inspection, "reviewed_at", None))
        if by:
            out["approved_by"] = by
        if at:
            out["approved_at"] = at
        return out
    return {"status": "signed" if signed_revision else status}


def status_lines(inspection: dict[str, Any], s: Styles) -> list[Flowable]:
    """The status of an inspection source (`inspection_status`'s keys) in Thai with the English beneath:
    "อนุมัติแล้ว โดย ... เมื่อ ..." / "Approved by ... on ..." for an approved inspection."""
    status = inspection.get("status")
    by, at = inspection.get("approved_by"), inspection.get("approved_at")
    lines = []
    for lang, style in ((THAI, s.cell), ("en", s.cell_en)):
        text = enum_label("status", status, lang)
        if status == APPROVED and by:
            text += " " + label("approved_by", lang, name=by)
        if status == APPROVED and at:
            text += " " + label("approved_on", lang, moment=fmt.moment(at, lang))
        lines.append(para(text, style))
    return lines


# --------------------------------------------------------------------------- an interview without an interpreter


def no_interpreter(interview: Any) -> dict[str, bool]:
    """`{"no_interpreter": True}` for an interview recorded with no interpreter whose language is known
    and is not Thai (a worker interviewed in Thai, by choice or not, is recorded as Thai)."""
    language = getattr(interview, "language", None)
    return {"no_interpreter": not getattr(interview, "interpreter_id", None) and bool(language) and language != THAI}


def no_interpreter_lines(person: dict[str, Any], s: Styles) -> list[Flowable]:
    """Where the interpreter's name would be: the warning (red, Thai with the English beneath) for an
    interview flagged `no_interpreter`, naming the interview's language."""
    if not person.get("no_interpreter"):
        return []
    code = person.get("language")
    return th_en_lines("no_interpreter", s, s.cell_bold,
                       lambda language: {"interview_language": enum_label("language", code, language)}, color=ALERT)
