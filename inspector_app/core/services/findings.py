"""Findings: violations recorded against legal references, with severity and follow-up.

A finding's title, description and required action are kept in Thai and in English
(``title_th``/``title_en`` ...), whatever language the screen was in, because the
documents that print them are in their own language. Texts from a template or a rule
come in both; an inspector may write either or both. ``edited_texts`` records which
texts the inspector wrote or changed, so that texts derived again from a template (a
migration, a corrected template) never overwrite an inspector's words.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP, internal
from ..models import Attachment, Finding, Inspection
from ..vocab import FINDING_LANGUAGES, FINDING_STATUSES, FINDING_TEXTS, REFERRAL_TARGETS, SEVERITIES
from ..writer import ChangeSet, UnitOfWork
from .common import as_date, non_negative, one_of, unknown_fields
from .inspections import editable
from .referrals import follow_finding
from .text import clean_text

if TYPE_CHECKING:
    from ..rules import ProposedFinding
    from ..store import Store

TEXT_FIELDS = {f"{name}_{lang}": name for name in FINDING_TEXTS for lang in FINDING_LANGUAGES}
FINDING_FIELDS = (
    "item_code", "rule", "legal_refs", *TEXT_FIELDS, "severity", "workers_affected", "evidence",
    "deadline", "status", "referral_target",
)
# What a new, still empty finding of the inspector's own is called until it is written.
NEW_FINDING_TITLE = {"th": "ข้อค้นพบใหม่", "en": "New finding"}
TITLE_NEEDED = QT_TRANSLATE_NOOP("FindingErrors", "A finding needs a title, in Thai or in English.")


def text_language(text: str) -> str:
    """ "th" for text with Thai letters in it, else "en": where a one-language text belongs."""
    return "th" if any("\u0e00" <= ch <= "\u0e7f" for ch in text) else "en"


def _validate(changes: dict[str, Any]) -> dict[str, Any]:
    # A text given without a language ("title", ...) is the inspector's words in one
    # language: it goes to the column of its script, and the other language is cleared.
    for name in FINDING_TEXTS:
        if name in changes:
            value = clean_text(changes.pop(name)) or None
            if any(f"{name}_{lang}" in changes for lang in FINDING_LANGUAGES):
                raise ValidationError(internal(f"Give a finding's {name} either per language or once, not both."))
            language = text_language(value) if value else "th"
            for lang in FINDING_LANGUAGES:
                changes[f"{name}_{lang}"] = value if lang == language else None
    unknown = set(changes) - set(FINDING_FIELDS)
    if unknown:
        raise unknown_fields("A finding", unknown)
    one_of(changes.get("severity"), SEVERITIES, QT_TRANSLATE_NOOP("Fields", "Severity"))
    one_of(changes.get("status"), FINDING_STATUSES, QT_TRANSLATE_NOOP("Fields", "Finding status"))
    one_of(changes.get("referral_target") or None, REFERRAL_TARGETS, QT_TRANSLATE_NOOP("Fields", "Referral target"))
    if "workers_affected" in changes:
        changes["workers_affected"] = non_negative(changes["workers_affected"], QT_TRANSLATE_NOOP("Fields",
                                                                                                  "Workers affected"))
    if "deadline" in changes:
        changes["deadline"] = as_date(changes["deadline"], QT_TRANSLATE_NOOP("Fields", "Deadline"))
    for key in TEXT_FIELDS:
        if key in changes:
            changes[key] = clean_text(changes[key]) or None
    return changes


def _has_title(values: Any) -> bool:
    return any(getattr(values, f"title_{lang}", None) for lang in FINDING_LANGUAGES)


def _create(store: Store, inspection_id: str, fields: dict[str, Any], *, edited: list[str],
            deadline_days: int | None = None) -> ChangeSet:
    if not (fields.get("title_th") or fields.get("title_en")):
        raise ValidationError(TITLE_NEEDED)
    if not fields.get("severity"):
        raise ValidationError(QT_TRANSLATE_NOOP("FindingErrors", "A finding needs a severity (S1–S4)."))
    with store.unit_of_work() as uow:
        inspection = editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        for attachment_id in fields.get("evidence") or []:
            uow.get(Attachment, attachment_id, "attachment")
        if fields.get("deadline") is None and deadline_days is not None:
            # Counted from the visit: the notice is handed over on the day.
            fields["deadline"] = inspection.visit_date + timedelta(days=deadline_days)
        finding = Finding(inspection_id=inspection.id, status="open", legal_refs=[], evidence=[],
                          edited_texts=sorted(edited))
        for key, value in fields.items():
            setattr(finding, key, value)
        uow.save(finding, "create")
        follow_finding(uow, finding, inspection)
    return uow.changes


def create_finding(store: Store, inspection_id: str, **fields: Any) -> ChangeSet:
    """A finding the inspector writes: its texts are the inspector's own (``edited_texts``).

    `created("findings")` is the new finding's id.
    """
    fields = _validate(dict(fields))
    edited = sorted({TEXT_FIELDS[key] for key, value in fields.items() if key in TEXT_FIELDS and value})
    return _create(store, inspection_id, fields, edited=edited)


def accept_proposed(store: Store, inspection_id: str, proposal: ProposedFinding, **overrides: Any) -> ChangeSet:
    """Turn a rule's proposal into a finding, in Thai and English whatever the screen language.

    The deadline defaults to the visit date plus the proposal's days; ``overrides`` are
    the inspector's changes, and texts among them count as edited. `created("findings")` is its id.
    """
    fields: dict[str, Any] = {
        "item_code": proposal.item_code,
        "rule": proposal.rule,
        "legal_refs": list(proposal.legal_refs),
        "severity": proposal.severity,
        "workers_affected": proposal.workers_affected,
        "referral_target": proposal.referral_targets[0] if proposal.referral_targets else None,
    }
    for lang in FINDING_LANGUAGES:
        fields[f"title_{lang}"] = proposal.title.get(lang)
        fields[f"description_{lang}"] = proposal.description.get(lang)
        fields[f"required_action_{lang}"] = proposal.required_action.get(lang)
    fields = _validate(fields)
    changes = _validate(dict(overrides))
    edited = {TEXT_FIELDS[key] for key, value in changes.items() if key in TEXT_FIELDS and value != fields.get(key)}
    fields.update(changes)
    return _create(store, inspection_id, fields, edited=sorted(edited), deadline_days=proposal.deadline_days)


def update_finding(store: Store, finding_id: str, **changes: Any) -> ChangeSet:
    changes = _validate(dict(changes))
    with store.unit_of_work() as uow:
        finding = uow.get(Finding, finding_id, "finding")
        inspection = editable(uow, uow.get(Inspection, finding.inspection_id, "inspection"))
        _apply(uow, finding, changes)
        follow_finding(uow, finding, inspection)
    return uow.changes


def _apply(uow: UnitOfWork, finding: Finding, changes: dict[str, Any]) -> None:
    edited = set(finding.edited_texts or [])
    for key, value in changes.items():
        if key in TEXT_FIELDS and value != getattr(finding, key):
            edited.add(TEXT_FIELDS[key])
        setattr(finding, key, value)
    if not _has_title(finding):
        raise ValidationError(TITLE_NEEDED)
    finding.edited_texts = sorted(edited)
    uow.save(finding)
