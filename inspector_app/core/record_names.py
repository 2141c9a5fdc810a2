"""What people call each kind of record (by table), marked for translation: "No inspection with id …",
"finding 3f2a… refused by HQ"."""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Template

RECORD_NAMES: dict[str, Template] = {
    "users": QT_TRANSLATE_NOOP("Records", "user"),
    "devices": QT_TRANSLATE_NOOP("Records", "device"),
    "language_coordinators": QT_TRANSLATE_NOOP("Records", "language coordinator"),
    "establishments": QT_TRANSLATE_NOOP("Records", "establishment"),
    "checklist_templates": QT_TRANSLATE_NOOP("Records", "checklist template"),
    "checklist_items": QT_TRANSLATE_NOOP("Records", "checklist item"),
    "inspections": QT_TRANSLATE_NOOP("Records", "inspection"),
    "inspection_templates": QT_TRANSLATE_NOOP("Records", "checklist add-on of an inspection"),
    "inspection_coordinators": QT_TRANSLATE_NOOP("Records", "coordinator of an inspection"),
    "inspection_revisions": QT_TRANSLATE_NOOP("Records", "signed revision"),
    "checklist_answers": QT_TRANSLATE_NOOP("Records", "checklist answer"),
    "worker_interviews": QT_TRANSLATE_NOOP("Records", "interview"),
    "worker_documents": QT_TRANSLATE_NOOP("Records", "worker document"),
    "interpreter_notes": QT_TRANSLATE_NOOP("Records", "interpreter note"),
    "findings": QT_TRANSLATE_NOOP("Records", "finding"),
    "finding_verifications": QT_TRANSLATE_NOOP("Records", "verification"),
    "referrals": QT_TRANSLATE_NOOP("Records", "referral"),
    "attachments": QT_TRANSLATE_NOOP("Records", "attachment"),
    "signatures": QT_TRANSLATE_NOOP("Records", "signature"),
}


def record_name(table: str) -> str:
    """The record kind's name (a template the UI translates), or the table's own name for one not listed."""
    return RECORD_NAMES.get(table, table)
