"""The laptop's data model (SQLAlchemy 2, typed).

Every synchronised record carries a uuid7 id, a record revision `rev` (bumped
on every change, the base for conflict detection), UTC created/updated times
and the hybrid logical clock stamp of its last change. Only the services in
`core.services` write these tables.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import ISODate, JSONText, UTCDateTime, new_id, utcnow

# Named constraints so Alembic batch migrations on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), date: ISODate(), dict[str, Any]: JSONText(), list[Any]: JSONText()}


class Synced:
    """Columns every synchronised record has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    rev: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    hlc: Mapped[str] = mapped_column(String(48), default="")


# --- people and devices -------------------------------------------------------

class User(Synced, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="inspector")
    verifier: Mapped[str | None] = mapped_column(Text)  # argon2id hash (PHC string)
    language: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[str] = mapped_column(String(8), default="local")  # local | hq


class Device(Synced, Base):
    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    hq_url: Mapped[str | None] = mapped_column(String(500))
    hq_device_id: Mapped[str | None] = mapped_column(String(64))
    token: Mapped[str | None] = mapped_column(Text)
    enrolled_at: Mapped[datetime | None]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # Ed25519 private key (raw), bundles
    # The local write counters: op sequence and last hybrid-clock stamp.
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[str] = mapped_column(String(48), default="")
    # The audit chain's head, moved in the transaction that appends to it: `check` finds a cut-off tail.
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str | None] = mapped_column(String(64))


class LanguageCoordinator(Synced, Base):
    __tablename__ = "language_coordinators"
    full_name: Mapped[str] = mapped_column(String(200))
    languages: Mapped[list[Any]] = mapped_column(default=list)  # ISO 639 codes: my, km, lo, kar, shn, ...
    gender: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(64))
    organisation: Mapped[str | None] = mapped_column(String(200))
    no_conflict_declared: Mapped[bool] = mapped_column(Boolean, default=False)
    no_conflict_declared_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Interpreter training: [{"date": "YYYY-MM-DD", "course": ..., "provider": ...}], oldest first.
    training_records: Mapped[list[Any]] = mapped_column(default=list)
    accreditation_body: Mapped[str | None] = mapped_column(String(200))
    accreditation_number: Mapped[str | None] = mapped_column(String(64))
    accreditation_valid_until: Mapped[date | None]


# --- establishments -------------------------------------------------------------

class Establishment(Synced, Base):
    __tablename__ = "establishments"
    name_th: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    registration_no: Mapped[str | None] = mapped_column(String(64))
    social_security_no: Mapped[str | None] = mapped_column(String(64))
    sector: Mapped[str] = mapped_column(String(16), default="general")
    isic_code: Mapped[str | None] = mapped_column(String(8))
    employer_name: Mapped[str | None] = mapped_column(String(300))
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(Text)
    province_code: Mapped[str] = mapped_column(String(2), index=True)
    district_code: Mapped[str | None] = mapped_column(String(4))
    subdistrict_code: Mapped[str | None] = mapped_column(String(6))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    workers_male: Mapped[int] = mapped_column(Integer, default=0)
    workers_female: Mapped[int] = mapped_column(Integer, default=0)
    workers_under18: Mapped[int] = mapped_column(Integer, default=0)
    workers_by_nationality: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"MM": 40, "KH": 12, "TH": 5}


# --- checklist templates (reference data, published by HQ) ----------------------


class ChecklistTemplate(Synced, Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("code", "version"),)
    code: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # base | addon | module
    sector: Mapped[str] = mapped_column(String(16))
    effective_from: Mapped[date]
    effective_to: Mapped[date | None]
    title: Mapped[dict[str, Any]]
    description: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    source_sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]]  # the whole template as published, for exact reproduction

    sections: Mapped[list[ChecklistSection]] = relationship(
        back_populates="template", order_by="ChecklistSection.position"
    )


class ChecklistSection(Synced, Base):
    __tablename__ = "checklist_sections"
    __table_args__ = (UniqueConstraint("template_id", "code"),)
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_templates.id"))
    code: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[dict[str, Any]]

    template: Mapped[ChecklistTemplate] = relationship(back_populates="sections")
    items: Mapped[list[ChecklistItem]] = relationship(back_populates="section", order_by="ChecklistItem.position")


class ChecklistItem(Synced, Base):
    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("template_id", "code"),)
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_templates.id"))
    section_id: Mapped[str] = mapped_column(ForeignKey("checklist_sections.id"))
    code: Mapped[str] = mapped_column(String(24))
    position: Mapped[int] = mapped_column(Integer)
    answer_type: Mapped[str] = mapped_column(String(12))
    label: Mapped[dict[str, Any]]
    help: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    worker_question: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    worker_facing: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguard: Mapped[bool] = mapped_column(Boolean, default=False)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    legal_refs: Mapped[list[Any]] = mapped_column(default=list)
    default_severity: Mapped[str] = mapped_column(String(2))
    indicator: Mapped[str | None] = mapped_column(String(32))
    strong_indicator: Mapped[bool] = mapped_column(Boolean, default=False)
    rule: Mapped[str | None] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(String(16))
    choices: Mapped[list[Any] | None] = mapped_column(JSONText)
    non_compliant_choices: Mapped[list[Any] | None] = mapped_column(JSONText)

    section: Mapped[ChecklistSection] = relationship(back_populates="items")


# --- inspections -------------------------------------------------------------------

class Inspection(Synced, Base):
    __tablename__ = "inspections"
    __table_args__ = (Index("ix_inspections_status_visit_date", "status", "visit_date"),)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishments.id"), index=True)
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_templates.id"))
    visit_type: Mapped[str] = mapped_column(String(20))
    visit_date: Mapped[date] = mapped_column(index=True)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    lead_inspector_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    team: Mapped[list[Any]] = mapped_column(default=list)  # [{"user_id": ..., "name": ...}]
    # The earlier visit this one follows: an inspection of this laptop, or one another laptop made that HQ
    # published to this laptop's establishment files (so no foreign key: that visit is not in this table).
    previous_inspection_id: Mapped[str | None] = mapped_column(String(36))
    complaint_source_confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who or what raised the complaint (free text). Sealed to HQ's evidence key before it leaves the
    # laptop; printed only in the confidential full report, never in the employer's notice.
    complaint_source: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    revision: Mapped[int] = mapped_column(Integer, default=1)  # document revision (signed versions)
    workforce: Mapped[dict[str, Any]] = mapped_column(default=dict)  # counts seen on the day
    summary: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[list[Any]] = mapped_column(default=list)  # advice, order, pay order s.124, prosecution, referral
    follow_up_date: Mapped[date | None]
    signed_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime | None]
    # Review fields belong to HQ: the laptop only receives them.
    review_comment: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None]

    establishment: Mapped[Establishment] = relationship()
    template: Mapped[ChecklistTemplate] = relationship()


class InspectionTemplate(Synced, Base):
    """Add-ons and modules used by an inspection, beside its base template."""

    __tablename__ = "inspection_templates"
    __table_args__ = (UniqueConstraint("inspection_id", "template_id"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"))
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_templates.id"))
    position: Mapped[int] = mapped_column(Integer)


class InspectionCoordinator(Synced, Base):
    __tablename__ = "inspection_coordinators"
    __table_args__ = (UniqueConstraint("inspection_id", "coordinator_id"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"))
    coordinator_id: Mapped[str] = mapped_column(ForeignKey("language_coordinators.id"))
    languages: Mapped[list[Any]] = mapped_column(default=list)


class InspectionRevision(Synced, Base):
    """A frozen copy of an inspection as it was signed."""

    __tablename__ = "inspection_revisions"
    __table_args__ = (UniqueConstraint("inspection_id", "revision"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"))
    revision: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]]
    snapshot_sha256: Mapped[str] = mapped_column(String(64))
    frozen_at: Mapped[datetime]


class ChecklistAnswer(Synced, Base):
    __tablename__ = "checklist_answers"
    __table_args__ = (UniqueConstraint("inspection_id", "item_code"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"))
    item_code: Mapped[str] = mapped_column(String(24))
    result: Mapped[str] = mapped_column(String(16), default="not_checked")
    value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(default=list)  # attachment ids
    answered_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class WorkerInterview(Synced, Base):
    """Always sensitive: never logged, never in previews, never in the employer's notice."""

    __tablename__ = "worker_interviews"
    __table_args__ = (UniqueConstraint("inspection_id", "worker_code"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    worker_code: Mapped[str] = mapped_column(String(32))  # pseudonymous, e.g. W-07: the only id reports print
    worker_name: Mapped[str | None] = mapped_column(String(200))  # for the inspector's follow-up; never printed
    sex: Mapped[str | None] = mapped_column(String(8))
    age_band: Mapped[str | None] = mapped_column(String(8))
    age: Mapped[int | None] = mapped_column(Integer)
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166 alpha-2
    language: Mapped[str | None] = mapped_column(String(8))
    documents: Mapped[list[Any]] = mapped_column(default=list)  # [{"type": "passport", "status": "valid", "held_by": "employer"}]
    entry_channel: Mapped[str | None] = mapped_column(String(16))  # mou | border_pass | registration | irregular
    occupation: Mapped[str | None] = mapped_column(String(200))
    daily_wage: Mapped[float | None] = mapped_column(Float)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    private_setting: Mapped[bool] = mapped_column(Boolean, default=False)
    employer_absent: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_id: Mapped[str | None] = mapped_column(ForeignKey("language_coordinators.id"))
    indicators: Mapped[list[Any]] = mapped_column(default=list)
    notes_original: Mapped[str | None] = mapped_column(Text)
    notes_language: Mapped[str | None] = mapped_column(String(8))
    notes_translation: Mapped[str | None] = mapped_column(Text)
    translation_language: Mapped[str | None] = mapped_column(String(8))
    interviewed_at: Mapped[datetime | None]
    # Social Security registration: registered | not_registered | unknown (None: not asked). Migration 0011.
    social_security: Mapped[str | None] = mapped_column(String(16))


# A worker's identity and work documents, one record each, under the interview (migration 0011 moved
# them out of WorkerInterview.documents, which is no longer written). Types, holders and permit
# statuses are coded in vocab.


class WorkerDocument(Synced, Base):
    """One document of an interviewed worker. The number is personal data: sealed before it leaves the
    laptop; HQ matches documents across visits only by the keyed hash the laptop sends beside it."""

    __tablename__ = "worker_documents"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    interview_id: Mapped[str] = mapped_column(ForeignKey("worker_interviews.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(32))
    held_by: Mapped[str | None] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(64))
    expires_on: Mapped[date | None]
    permit_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)  # e.g. "seen at the broker's office"; sealed like the number
    removed: Mapped[bool] = mapped_column(Boolean, default=False)  # recorded in error: kept, never counted


class InterpreterNote(Synced, Base):
    __tablename__ = "interpreter_notes"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("worker_interviews.id"))
    coordinator_id: Mapped[str | None] = mapped_column(ForeignKey("language_coordinators.id"))
    source_language: Mapped[str] = mapped_column(String(8))
    target_language: Mapped[str] = mapped_column(String(8))
    original: Mapped[str] = mapped_column(Text)
    translation: Mapped[str | None] = mapped_column(Text)
    noted_at: Mapped[datetime] = mapped_column(default=utcnow)


class Finding(Synced, Base):
    """A violation found, in Thai and in English whatever the screen language.

    Texts made by the rules or a template are stored in both languages; an inspector's
    own words may be in one only (the other column empty). ``edited_texts`` names the
    texts (title, description, required_action) the inspector wrote or changed: those are
    never replaced when texts are derived again from the template.
    """

    __tablename__ = "findings"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    item_code: Mapped[str | None] = mapped_column(String(24))
    rule: Mapped[str | None] = mapped_column(String(32))  # the rule that proposed it, if any
    legal_refs: Mapped[list[Any]] = mapped_column(default=list)
    title_th: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    description_th: Mapped[str | None] = mapped_column(Text)
    description_en: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(2))
    workers_affected: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[list[Any]] = mapped_column(default=list)  # attachment ids
    required_action_th: Mapped[str | None] = mapped_column(Text)
    required_action_en: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(12), default="open")
    referral_target: Mapped[str | None] = mapped_column(String(20))
    edited_texts: Mapped[list[Any]] = mapped_column(default=list)
    # The latest follow-up verification that counts (core/finding_status.py): outcome, visit, the status
    # the owner had given before it. Set from signed follow-ups, here or as HQ publishes them; never by
    # editing the inspection the finding belongs to.
    last_verification: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    def text(self, name: str, language: str) -> str | None:
        """One of the texts in ``language`` ("th" or "en"), else in the other language."""
        other = "en" if language == "th" else "th"
        return getattr(self, f"{name}_{language}") or getattr(self, f"{name}_{other}") or None

    @property
    def title(self) -> str:
        """The title as a Thai document prints it (Thai, else English)."""
        return self.text("title", "th") or ""

    @property
    def description(self) -> str | None:
        return self.text("description", "th")

    @property
    def required_action(self) -> str | None:
        return self.text("required_action", "th")


class FindingVerification(Synced, Base):
    """An earlier visit's finding checked again at a follow-up visit (a record of the follow-up).

    The finding may be another laptop's (known here from HQ's publication), so it is named by id
    without a foreign key, and what it said when it was carried forward is kept here. ``outcome``
    stays empty until the inspector has checked it; ``evidence`` holds attachment ids of the
    follow-up (photos, copies of documents).
    """

    __tablename__ = "finding_verifications"
    __table_args__ = (UniqueConstraint("inspection_id", "finding_id"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    finding_id: Mapped[str] = mapped_column(String(36), index=True)
    original_inspection_id: Mapped[str] = mapped_column(String(36))
    original_reference: Mapped[str | None] = mapped_column(String(32))
    item_code: Mapped[str | None] = mapped_column(String(24))
    title_th: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    legal_refs: Mapped[list[Any]] = mapped_column(default=list)
    severity: Mapped[str] = mapped_column(String(2))
    deadline: Mapped[date | None]
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(default=list)  # attachment ids of the follow-up visit
    verified_at: Mapped[datetime | None]


# Referrals of possible victims under the National Referral Mechanism (DOMAIN.md "Referral"); their
# statuses are REFERRAL_STATUSES (vocab).
class Referral(Synced, Base):
    """A referral of a finding's workers to a receiving body, followed after the visit.

    Not part of the signed inspection: it changes as the case moves (planned → sent → accepted →
    closed) without opening a new revision. Workers are named by their interviews (coded), never by
    name. `contact_notes` and `outcome` are free text that may repeat testimony: sealed at HQ.
    """

    __tablename__ = "referrals"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("findings.id"), index=True)
    receiving_body: Mapped[str] = mapped_column(String(20))  # REFERRAL_TARGETS
    referral_date: Mapped[date]  # when the referral was decided
    contact_name: Mapped[str | None] = mapped_column(String(200))  # the receiving officer (not a worker)
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    contact_notes: Mapped[str | None] = mapped_column(Text)
    case_number: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="planned")
    sent_on: Mapped[date | None]
    accepted_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(Text)
    interview_ids: Mapped[list[Any]] = mapped_column(default=list)  # the coded workers concerned


class Attachment(Synced, Base):
    __tablename__ = "attachments"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("findings.id"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    original_name: Mapped[str | None] = mapped_column(String(300))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    original_sha256: Mapped[str | None] = mapped_column(String(64))  # when a downscaled copy is the main file


class Signature(Synced, Base):
    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("inspection_id", "revision", "role"),)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(12))
    signer_name: Mapped[str] = mapped_column(String(200))
    image_png: Mapped[bytes] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime]


# --- integrity and sync ---------------------------------------------------------------


class AuditEntry(Base):
    """One link of the hash chain; `hash` covers the previous hash and this entry."""

    __tablename__ = "audit_entries"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str | None] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))
    rev: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(48))
    fields_sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# `resolved`: a conflict HQ kept that a supervisor has since settled (the laptop took the resolution).
OUTBOX_STATES = ("pending", "acked", "duplicate", "conflict", "rejected", "resolved")


class OutboxOp(Base):
    """One row per local change, pushed to HQ in order.

    A row HQ acknowledged (applied, or already held) is deleted: the audit chain keeps the history.
    Rows HQ refused (`rejected`) or kept beside a newer version (`conflict`) stay for the user.
    Every query the app runs on this table is served by one of its indexes (tests/core/test_outbox_plans.py).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        # The queue in order (`state = 'pending' AND seq > ?`), and each state's newest rows for the Sync page.
        Index("ix_outbox_state_seq", "state", "seq"),
        # Pending changes HQ holds back for now (with HQ's reason): few among many pending rows.
        Index("ix_outbox_waiting", "seq", sqlite_where=text("state = 'pending' AND last_error IS NOT NULL")),
        # `check` names the fields of a changed record from the copy of its last change, when still queued.
        Index("ix_outbox_entity_id", "entity_id"),
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    op_id: Mapped[str] = mapped_column(String(64), unique=True)  # "<device id>:<seq>"
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(16))
    base_rev: Mapped[int] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(48))
    fields: Mapped[dict[str, Any]]
    attachment_refs: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None]
    # The op's sealed testimony (field -> envelope, see sync/sealed.py), made once before it first
    # leaves the laptop and sent with it every time after, so a resent op is byte-for-byte the same.
    sealed: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    # The supervisor's resolution that wrote `base_rev` at HQ, when the change was made on it (see ResolvedAtHQ).
    base_resolution: Mapped[int | None] = mapped_column(Integer)


class EstablishmentFileItem(Base):
    """What HQ published for this laptop's establishment files: other laptops' visits (summaries, never
    sealed content) and other items, each with the workplace it belongs to.

    Kept apart from this laptop's own records: never synced back, never audited as this laptop's
    work, replaced whole when HQ publishes an item again. ``item`` is the kind of item ("visit", ...),
    ``item_id`` its id (for a visit, the inspection id); ``group_id`` is HQ's id of the workplace and
    ``establishment_ids`` the establishment records (any laptop's) HQ counts as it.
    """

    __tablename__ = "establishment_file_items"
    item: Mapped[str] = mapped_column(String(32), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(64), index=True)
    establishment_ids: Mapped[list[Any]] = mapped_column(default=list)
    establishment: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the workplace as HQ describes it
    data: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]  # applied in pull order: the newest says most recently what HQ holds


class OutboxCount(Base):
    """How many outbox rows are in each state the app shows (pending, rejected, conflict), and how many
    pending rows carry testimony not sealed yet (`unsealed`: they wait while HQ has no evidence key).

    Kept in the same transaction as the outbox rows change (core/outbox_counts.py), so the status bar
    reads four numbers instead of counting a queue that can hold hundreds of thousands of rows.
    """

    __tablename__ = "outbox_counts"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    ops: Mapped[int] = mapped_column(Integer, default=0)


class SyncState(Base):
    """Named cursors and sync bookkeeping (pull cursor, last success, last error)."""

    __tablename__ = "sync_state"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ResolvedAtHQ(Base):
    """The revision HQ wrote of a record in a supervisor's resolution, as this laptop applied it.

    A change made on that revision names the resolution (outbox `base_resolution`): HQ applies a
    change on a revision it wrote itself only from a laptop that applied it, since a laptop's own
    numbering can reach the same revision number without having seen the resolution.
    """

    __tablename__ = "resolved_at_hq"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer)
    resolution_id: Mapped[int] = mapped_column(Integer)
    resolved_by: Mapped[str] = mapped_column(String(200))
    resolved_at: Mapped[datetime]


class SealedAtHQ(Base):
    """A sealed field whose value at HQ this laptop cannot open.

    A supervisor settled a conflict on the record by choosing another laptop's sealed value for the
    field (e.g. interview notes written on the laptop an inspection was reassigned from). Only HQ's
    evidence key opens it, so the record here holds `placeholder` in that field instead (empty),
    and while it does, every change this laptop sends of the record carries HQ's `envelope` for the
    field, so the supervisor's choice stands. Writing the field anew here replaces it at HQ as any
    change does (and this row goes).
    """

    __tablename__ = "sealed_at_hq"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    envelope: Mapped[Any] = mapped_column(JSONText)
    placeholder: Mapped[Any] = mapped_column(JSONText, nullable=True)
    from_device_id: Mapped[str | None] = mapped_column(String(64))  # HQ's id of the laptop that wrote it
    resolution_id: Mapped[int] = mapped_column(Integer)
    resolved_by: Mapped[str] = mapped_column(String(200))
    resolved_at: Mapped[datetime]


# Tables whose rows never go into the outbox: local accounts and this laptop's device record. HQ keeps
# its own accounts and devices and takes neither from a laptop; an inspector's name travels in each
# inspection's team.
LOCAL_ONLY_ENTITIES = frozenset({"users", "devices"})

# Entities with the synchronised columns (id, rev, hlc, ...), by table name.
SYNCED_MODELS: dict[str, type[Synced]] = {
    m.__tablename__: m  # type: ignore[attr-defined]
    for m in (
        User,
        Device,
        LanguageCoordinator,
        Establishment,
        ChecklistTemplate,
        ChecklistSection,
        ChecklistItem,
        Inspection,
        InspectionTemplate,
        InspectionCoordinator,
        InspectionRevision,
        ChecklistAnswer,
        WorkerInterview,
        InterpreterNote,
        Finding,
        FindingVerification,
        Attachment,
        Signature,
        WorkerDocument,
        Referral,
    )
}
