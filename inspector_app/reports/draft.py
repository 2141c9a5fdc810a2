"""Draft or final: when a report may go out as the office's word.

A report of an inspection that is not signed off is a draft: it carries a DRAFT
watermark on every page and `"status": "draft"` in its embedded data. Signing (the
inspector's signature) makes the inspection's reports final; a supervisor returning it
makes a new draft revision. An employer notice stays a draft while it cites a section
still to be confirmed (see `notice_policy`).

Why a report is a draft is told to the person printing it (`ReportResult.draft_reasons`,
the CLI's output), never embedded: the notice may not carry "to be confirmed".
"""

from __future__ import annotations

__all__ = ["FINAL_STATUSES", "NOT_SIGNED_OFF", "REASON_TEXT", "UNCONFIRMED_REFERENCE", "UNSIGNED_INSPECTIONS",
           "signed_off", "status"]

# Inspection statuses whose content is frozen by the inspector's signature.
FINAL_STATUSES = frozenset({"signed", "submitted", "approved"})

NOT_SIGNED_OFF = "not_signed_off"
UNCONFIRMED_REFERENCE = "unconfirmed_reference"
UNSIGNED_INSPECTIONS = "unsigned_inspections"
# For the person printing (CLI output); never printed on the report itself.
REASON_TEXT = {
    NOT_SIGNED_OFF: "the inspection is not signed off yet",
    UNCONFIRMED_REFERENCE: "the notice cites a legal section still to be confirmed (legal_sections.json)",
    UNSIGNED_INSPECTIONS: "the period includes inspections not signed off yet",
}


def signed_off(inspection_status: str | None) -> bool:
    return inspection_status in FINAL_STATUSES


def status(reasons: list[str] | tuple[str, ...]) -> str:
    """The document status the embedded data states: "draft" while any reason stands."""
    return "draft" if reasons else "final"
