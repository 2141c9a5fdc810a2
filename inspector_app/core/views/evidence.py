"""The Findings and Attachments tabs: what was found, and the photos and documents that show it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Attachment, Finding, Inspection
from ..queries import contradicted_findings
from . import finding_titles
from .referrals import ReferralRow, list_referrals

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class LastVerification:
    """The follow-up visit whose verification last counted for a finding (its signed outcome)."""

    outcome: str  # corrected | partly_corrected | not_corrected
    visit_date: date | None  # the follow-up's visit date
    reference: str | None  # the follow-up's reference
    inspection_id: str | None

    @classmethod
    def of(cls, record: dict | None) -> LastVerification | None:
        if not isinstance(record, dict) or not record.get("outcome"):
            return None
        try:
            day = date.fromisoformat(str(record.get("visit_date"))[:10]) if record.get("visit_date") else None
        except ValueError:
            day = None
        return cls(str(record["outcome"]), day, record.get("reference"), record.get("inspection_id"))


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: str
    severity: str
    title_th: str | None
    title_en: str | None
    description_th: str | None
    description_en: str | None
    required_action_th: str | None
    required_action_en: str | None
    legal_refs: tuple[str, ...]
    workers_affected: int | None
    evidence: tuple[str, ...]  # attachment ids
    deadline: date | None
    status: str
    referral_target: str | None
    last_verification: LastVerification | None = None  # set by a signed follow-up visit (here or on another laptop)
    # The template's words for the title in every language it has, while the title is still those words
    # (a title the inspector wrote or changed has none): Burmese, Khmer and Lao screens show them.
    title_labels: Mapping[str, str] | None = None
    item_code: str | None = None  # the checklist item it was recorded for, if any

    def text(self, name: str, language: str) -> str | None:
        """One of the texts in `language` ("th" or "en"), else in the other language."""
        other = "en" if language == "th" else "th"
        return getattr(self, f"{name}_{language}") or getattr(self, f"{name}_{other}") or None


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: str
    sha256: str
    mime: str
    caption: str | None
    original_name: str | None
    finding_id: str | None

    @property
    def label(self) -> str:
        return self.caption or self.original_name or self.sha256[:12]


@dataclass(frozen=True, slots=True)
class FindingsContent:
    findings: tuple[FindingRow, ...]  # by severity, then as recorded
    attachments: tuple[AttachmentRow, ...]  # what a finding can name as its evidence
    referrals: tuple[ReferralRow, ...] = ()  # the inspection's referrals (each names its finding)
    # Items whose answer shows no violation while a finding for them stands (queries.contradicted_findings):
    # what stops "Mark completed" until the inspector settles it.
    contradicted_items: frozenset[str] = frozenset()

    def referrals_of(self, finding_id: str) -> tuple[ReferralRow, ...]:
        return tuple(r for r in self.referrals if r.finding_id == finding_id)


@dataclass(frozen=True, slots=True)
class AttachmentsContent:
    attachments: tuple[AttachmentRow, ...]  # as added
    findings: tuple[FindingRow, ...]  # what a photo can be the evidence of


def _findings(session: Session, inspection_id: str) -> tuple[FindingRow, ...]:
    rows = session.scalars(select(Finding).where(Finding.inspection_id == inspection_id)
                           .order_by(Finding.severity, Finding.created_at, Finding.id)).all()
    titles = finding_titles.for_inspections(session, [inspection_id]).get(inspection_id, {}) \
        if any(f.item_code for f in rows) else {}
    return tuple(FindingRow(
        f.id, f.severity, f.title_th, f.title_en, f.description_th, f.description_en, f.required_action_th,
        f.required_action_en, tuple(f.legal_refs or ()), f.workers_affected, tuple(f.evidence or ()), f.deadline,
        f.status, f.referral_target, LastVerification.of(f.last_verification),
        finding_titles.matching(titles, f.item_code, f.title_th, f.title_en, f.edited_texts), f.item_code)
        for f in rows)


def _attachments(session: Session, inspection_id: str) -> tuple[AttachmentRow, ...]:
    rows = session.execute(
        select(Attachment.id, Attachment.sha256, Attachment.mime, Attachment.caption, Attachment.original_name,
               Attachment.finding_id)
        .where(Attachment.inspection_id == inspection_id).order_by(Attachment.created_at, Attachment.id))
    return tuple(AttachmentRow(*r) for r in rows)


def attachment_rows(session: Session, inspection_id: str) -> tuple[AttachmentRow, ...]:
    """An inspection's photos and documents, as added (for views of other tabs that name them as evidence)."""
    return _attachments(session, inspection_id)


def findings(store: Store, inspection_id: str) -> FindingsContent:
    with store.session() as session:
        found, attachments = _findings(session, inspection_id), _attachments(session, inspection_id)
        inspection = session.get(Inspection, inspection_id) if any(f.item_code for f in found) else None
        contradicted = frozenset(contradicted_findings(session, inspection)) if inspection is not None else frozenset()
    return FindingsContent(found, attachments, tuple(list_referrals(store, inspection_id=inspection_id)), contradicted)


def attachments(store: Store, inspection_id: str) -> AttachmentsContent:
    with store.session() as session:
        return AttachmentsContent(_attachments(session, inspection_id), _findings(session, inspection_id))


def attachment_bytes(store: Store, sha256: str) -> bytes:
    """An attachment's file, decrypted (call it off the UI thread)."""
    return store.vault.get(sha256)


def preview_bytes(store: Store, sha256: str) -> bytes:
    """A photo small enough for a thumbnail, decrypted (off the UI thread): its report copy (640 pixels,
    kept since the photo was added), else the photo itself. Decoding forty full photos for thumbnails
    took seconds and a few hundred MB at its peak."""
    from ..photos import REPORT_MAX_PIXELS, copy_kind

    return store.vault.get_derived(sha256, copy_kind(REPORT_MAX_PIXELS)) or store.vault.get(sha256)
