"""HQ's own schema (SQLAlchemy 2): the same tables on SQLite and PostgreSQL.

Every guarantee lives here, not in process memory, so several HQ processes can
serve one PostgreSQL: op and batch ids are primary keys (a replay can never be
applied twice), records are keyed by (entity, entity_id) and updated only
where their revision is still the one read, and the pull sequence comes from a
counter row updated inside the publishing transaction.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes: timestamptz on PostgreSQL, naive-UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(none_as_null=True)}


class Setting(Base):
    """HQ-wide values, e.g. the Ed25519 key that signs reply bundles."""

    __tablename__ = "hq_settings"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Named counters; `pull` allocates publication sequence numbers (see publish.py)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


# --- who may talk to HQ ------------------------------------------------------------------


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(64), unique=True)  # the laptop's own id: prefix of its op ids
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))  # Ed25519 raw, base64: verifies its USB bundles
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of the bearer token
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class EnrolChallenge(Base):
    """A fresh, single-use nonce a laptop signs to prove it holds an enrolled device's key.

    Kept in the database (not in a process) so any HQ process can check a challenge another issued;
    it is consumed by a conditional UPDATE, so it works once even when two processes race.
    """

    __tablename__ = "enrol_challenges"
    challenge: Mapped[str] = mapped_column(String(64), primary_key=True)
    local_device_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class EnrolCode(Base):
    __tablename__ = "enrol_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    note: Mapped[str | None] = mapped_column(String(200))


class User(Base):
    """Supervisors (and admins): they sign in to HQ with their own password, never a device token."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)  # argon2id PHC string
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    language: Mapped[str | None] = mapped_column(String(8))  # the workspace language this user chose (th | en)


# --- what laptops send -------------------------------------------------------------------


class Batch(Base):
    """A push batch (or an imported bundle) and the answer HQ gave, replayed verbatim."""

    __tablename__ = "batches"
    batch_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    source: Mapped[str] = mapped_column(String(8))  # push | bundle
    op_count: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime]
    response: Mapped[dict[str, Any]]


class OpLog(Base):
    """Every op HQ accepted (applied, or kept as a conflict): unique op ids make replays harmless."""

    __tablename__ = "ops"
    op_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    batch_id: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    base_rev: Mapped[int] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(48))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))  # applied | conflict
    received_at: Mapped[datetime]

    # A record's history: which device wrote each revision (the applied ops of that record).
    __table_args__ = (Index("ix_ops_record", "entity", "entity_id"),)


class Record(Base):
    """The master copy of one laptop record: its current fields and inspector-content revision.

    `owner_device_id` is the only device HQ takes changes from: for an inspection and everything
    under it, the device that created the inspection (or the one HQ reassigned it to); for a
    directory record, the device that created it. `writer_device_id` wrote the current revision
    (the op log holds who wrote each earlier one); it is None when HQ wrote it, settling a conflict
    or accepting a proposal, and then `resolution_id` names that resolution (who, when, what).
    `reference` is an inspection's reference, unique across HQ by the database itself.
    """

    __tablename__ = "records"
    # Record ids are uuid7s, unique across entities too. Saying so (the unique key) lets every planner
    # look a batch's ids up by index, with or without table statistics.
    __table_args__ = (PrimaryKeyConstraint("entity", "entity_id"), UniqueConstraint("entity_id"),
                      Index("uq_records_reference", "reference", unique=True))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    owner_device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    writer_device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolutions.id"))
    inspection_id: Mapped[str | None] = mapped_column(String(64), index=True)
    reference: Mapped[str | None] = mapped_column(String(64))
    rev: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(48))
    fields: Mapped[dict[str, Any]]
    fields_sha256: Mapped[str] = mapped_column(String(64))
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    last_op_id: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ConflictVersion(Base):
    """A laptop version kept beside the record, never applied, for a supervisor to resolve.

    `kind` says why: `stale` (the owner changed an older revision than HQ holds) or `proposal`
    (a device that does not own a shared directory record suggested a change to it). A version is
    open until a supervisor settles it (`resolved_at`, `resolution_id`): see resolve.py.
    """

    __tablename__ = "conflict_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(12), server_default="stale")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    op_id: Mapped[str] = mapped_column(String(100), unique=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    base_rev: Mapped[int] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer)
    hq_rev: Mapped[int] = mapped_column(Integer)  # the revision HQ held when it arrived
    fields: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolutions.id"))

    __table_args__ = (Index("ix_conflict_versions_record", "entity", "entity_id"),)


class Resolution(Base):
    """A supervisor's decision on a version kept beside a record (resolve.py), audited whole.

    `outcome`: `resolved` (a stale version settled field by field), `accepted` (fields of a proposal
    taken) or `rejected` (a proposal turned down). Resolved and accepted ones wrote revision `rev` of
    the record at HQ (HQ's revision `hq_rev` + 1) and were published to the owner (`publication_seq`).
    `choices` maps every field the two versions disagreed on to `hq` or `theirs`; `version_id` is the
    version compared, `settled_version_ids` every version this decision closed (older versions from the
    same device are replaced by the newer one). `hq_writer_device_id` wrote the revision compared (None:
    HQ, in an earlier resolution).
    """

    __tablename__ = "resolutions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(12))  # stale | proposal
    outcome: Mapped[str] = mapped_column(String(10))  # resolved | accepted | rejected
    version_id: Mapped[int] = mapped_column(Integer)  # conflict_versions.id (which points back here)
    version_device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    version_op_id: Mapped[str] = mapped_column(String(100))
    hq_rev: Mapped[int] = mapped_column(Integer)
    hq_writer_device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    rev: Mapped[int | None] = mapped_column(Integer)
    choices: Mapped[dict[str, Any]]
    settled_version_ids: Mapped[list[int]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    resolved_by_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    resolved_by_name: Mapped[str] = mapped_column(String(200))
    resolved_at: Mapped[datetime]
    publication_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_resolutions_record", "entity", "entity_id"),)


class OwnershipChange(Base):
    """An inspection (with everything under it) moved to another device by HQ: who, when, why."""

    __tablename__ = "ownership_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    inspection_id: Mapped[str] = mapped_column(String(64), index=True)
    from_device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    to_device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    records_moved: Mapped[int] = mapped_column(Integer)
    by_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    by_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime]


# --- attachments -------------------------------------------------------------------------


class AttachmentBlob(Base):
    """A finalised file in attachment storage (content-addressed, stored once)."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[datetime]


class AttachmentOwner(Base):
    """Which devices proved they hold a file (by uploading all of it)."""

    __tablename__ = "attachment_owners"
    sha256: Mapped[str] = mapped_column(ForeignKey("attachments.sha256"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)


class Upload(Base):
    """A resumable upload in progress: `offset` bytes are in the device's part file."""

    __tablename__ = "uploads"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


# --- what HQ publishes ---------------------------------------------------------------------


class Template(Base):
    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("code", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(String(200))
    document: Mapped[dict[str, Any]]
    published_at: Mapped[datetime]


class ReferenceData(Base):
    __tablename__ = "reference_data"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[Any] = mapped_column(JSON(none_as_null=True))
    published_at: Mapped[datetime]


class Publication(Base):
    """One item of the pull stream. `seq` comes from the `pull` counter row, never a sequence."""

    __tablename__ = "publications"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # template | reference | user | review | evidence_key | resolution | file_item | finding_status | document_key
    # | establishment_flag (widened in 0010)
    kind: Mapped[str] = mapped_column(String(40))
    target_device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"), index=True)  # None: everyone
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class ReviewDecision(Base):
    __tablename__ = "review_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    inspection_id: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int] = mapped_column(Integer)  # document revision reviewed
    record_rev: Mapped[int] = mapped_column(Integer)  # the record's content revision at the time
    decision: Mapped[str] = mapped_column(String(10))  # approved | returned
    comment: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime]
    publication_seq: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (UniqueConstraint("inspection_id", "revision"),)


# --- sealed testimony (see evidence.py) -------------------------------------------------------


class EvidenceKey(Base):
    """An X25519 key pair laptops seal testimony to. The private key is stored only wrapped under the
    evidence passphrase; old keys stay after a rotation so old records still open."""

    __tablename__ = "evidence_keys"
    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, unique=True)  # 1, 2, ...: laptops seal to the highest
    public_key: Mapped[str] = mapped_column(String(64))  # raw 32 bytes, base64
    wrapped_private_key: Mapped[dict[str, Any]]  # Argon2id parameters, salt, nonce, AES-GCM ciphertext
    created_at: Mapped[datetime]


class DocumentKey(Base):
    """A key for worker document numbers' keyed hashes (sync/documents.py), published to every laptop.
    A rotation adds a generation; laptops hash with the highest; `retired_at` marks a key whose hashes
    were all made again under a newer one (its secret is then erased)."""

    __tablename__ = "document_keys"
    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, unique=True)
    key: Mapped[str | None] = mapped_column(String(64))  # 32 random bytes, base64; None once retired
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]


class DocumentSighting(Base):
    """A worker document as HQ may compare it: type, holder and the keyed hash of its number, with the
    inspection and establishment it was seen at. Never the number. Kept in step with `records`."""

    __tablename__ = "document_sightings"
    __table_args__ = (Index("ix_document_sightings_hash", "number_kid", "number_hash"),
                      Index("ix_document_sightings_establishment", "establishment_id"))
    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(String(64), index=True)
    establishment_id: Mapped[str | None] = mapped_column(String(64))
    owner_device_id: Mapped[str] = mapped_column(String(36))
    doc_type: Mapped[str | None] = mapped_column(String(32))
    held_by: Mapped[str | None] = mapped_column(String(16))
    number_hash: Mapped[str | None] = mapped_column(String(64))
    number_kid: Mapped[str | None] = mapped_column(String(32))
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class RetentionFlag(Base):
    """The same worker document held by the employer on two or more visits to one establishment
    (matched across laptops: see hq/documents.py). Published to laptops as an `establishment_flag`."""

    __tablename__ = "retention_flags"
    flag_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    establishment_key: Mapped[str] = mapped_column(String(200), index=True)
    registration_no: Mapped[str | None] = mapped_column(String(64))
    establishment_ids: Mapped[list[Any]] = mapped_column(JSON)
    doc_type: Mapped[str | None] = mapped_column(String(32))
    visits: Mapped[list[Any]] = mapped_column(JSON)  # [{"inspection_id", "reference", "visit_date", "held_by", "owner_device_id"}]
    times: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[str | None] = mapped_column(String(10))
    last_seen: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime]


class EvidenceSession(Base):
    """An evidence key unlocked for one supervisor session: re-wrapped under a secret only the client holds."""

    __tablename__ = "evidence_sessions"
    __table_args__ = (PrimaryKeyConstraint("session_id", "key_id"),)
    session_id: Mapped[str] = mapped_column(String(128))
    key_id: Mapped[str] = mapped_column(ForeignKey("evidence_keys.key_id"))
    wrapped_private_key: Mapped[dict[str, Any]]  # nonce and AES-GCM ciphertext under the session key
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class AuditHead(Base):
    """The furthest audit-chain head each laptop has shown HQ (with a push or a bundle): the anchor that
    lets the laptop's `check` find entries deleted from the end of its trail."""

    __tablename__ = "audit_heads"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    head: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime]


# --- supervisors signing in ------------------------------------------------------------------


class LoginThrottle(Base):
    """Sign-in attempts counted per account name and per client address, shared by every HQ process.

    `failures` counts attempts in the current window that did not succeed, each
    counted before its password is checked (so parallel guesses cannot slip past
    the limit); `locked_until` is set when the limit is reached. Unknown account
    names are counted and locked exactly like real ones.
    """

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)  # "user:<name>" | "addr:<address>"
    failures: Mapped[int] = mapped_column(Integer)
    window_started_at: Mapped[datetime]
    locked_until: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(index=True)


class LoginEvent(Base):
    """The sign-in log: successes, failures, lockouts, refusals while locked, sign-outs, admin unlocks."""

    __tablename__ = "login_events"
    __table_args__ = (Index("ix_login_events_username_at", "username", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    event: Mapped[str] = mapped_column(String(16))  # success | failure | lockout | refused | logout | unlock
    username: Mapped[str] = mapped_column(String(64))  # as typed when it is a possible name, else "?"
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    address: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(16))  # password (a session) | basic | session | cli
    session_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(String(200))


class UserSession(Base):
    """A signed-in supervisor. HQ keeps only the token's SHA-256; the client holds the token.

    `transport` says how the token travels: `bearer` (the API's Authorization
    header) or `cookie` (the browser workspace, which also gets a CSRF token,
    kept here as its hash). A session ends at `idle_expires_at` (pushed forward
    while it is used) or `expires_at` (fixed), whichever comes first, or when
    it is ended (`ended_at`, `end_reason`: logout | expired | admin).
    An evidence unlock lives in `evidence_sessions`, keyed by this id and wrapped
    under a secret derived from the token (`sessions.session_key`).
    """

    __tablename__ = "user_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    transport: Mapped[str] = mapped_column(String(8))  # bearer | cookie
    csrf_hash: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    idle_expires_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(16))


# --- projections: what statistics read (see projections.py) -----------------------------------------
#
# Flat copies of the few laptop fields that statistics count, kept in the same transaction as the
# records they come from (push, review) and rebuilt from `records` by `inspector-hq
# rebuild-projections`. Child rows repeat their inspection's visit date, month, province and
# district, so every query reads one table through one index. The `hq_stat_*` tables hold the same
# numbers summed by visit month and district (and by province, district "*"): a query over a long
# period reads them for its whole months and the detail tables only for the days at its edges.
# Nothing sealed is here.

ALL_DISTRICTS = "*"  # the district of a `hq_stat_*` row that sums every district of its province


class HQEstablishment(Base):
    __tablename__ = "hq_establishments"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_th: Mapped[str | None] = mapped_column(String(300))
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))
    sector: Mapped[str | None] = mapped_column(String(32))
    workers: Mapped[int] = mapped_column(Integer)  # male + female headcount on record


class HQInspection(Base):
    """One inspection: where, when, what kind, its status as HQ shows it, and its counts."""

    __tablename__ = "hq_inspections"
    __table_args__ = (
        Index("ix_hq_inspections_visit_date", "visit_date"),
        Index("ix_hq_inspections_province_visit", "province_code", "visit_date"),
        Index("ix_hq_inspections_district_visit", "district_code", "visit_date"),
        Index("ix_hq_inspections_establishment", "establishment_id"),
        Index("ix_hq_inspections_previous", "previous_inspection_id"),
        Index("ix_hq_inspections_follow_up", "follow_up_date"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner_device_id: Mapped[str] = mapped_column(String(36))
    reference: Mapped[str | None] = mapped_column(String(64))
    establishment_id: Mapped[str | None] = mapped_column(String(64))
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))
    sector: Mapped[str | None] = mapped_column(String(32))
    visit_type: Mapped[str | None] = mapped_column(String(32))
    visit_date: Mapped[date | None] = mapped_column(Date)
    visit_month: Mapped[int | None] = mapped_column(Integer)  # 202603 for any day of March 2026
    status: Mapped[str] = mapped_column(String(16))  # as HQ shows it (reviews.effective_status)
    revision: Mapped[int] = mapped_column(Integer)
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    previous_inspection_id: Mapped[str | None] = mapped_column(String(64))
    followed: Mapped[bool] = mapped_column(Boolean)  # a later inspection names this one as its previous visit
    findings: Mapped[int] = mapped_column(Integer)
    findings_s1: Mapped[int] = mapped_column(Integer)
    findings_s2: Mapped[int] = mapped_column(Integer)
    findings_s3: Mapped[int] = mapped_column(Integer)
    findings_s4: Mapped[int] = mapped_column(Integer)
    open_findings: Mapped[int] = mapped_column(Integer)
    interviews: Mapped[int] = mapped_column(Integer)


class HQFinding(Base):
    __tablename__ = "hq_findings"
    __table_args__ = (
        Index("ix_hq_findings_inspection", "inspection_id"),
        Index("ix_hq_findings_visit_date", "visit_date"),
        Index("ix_hq_findings_province_visit", "province_code", "visit_date"),
        Index("ix_hq_findings_district_visit", "district_code", "visit_date"),
        Index("ix_hq_findings_item_code", "item_code"),
        Index("ix_hq_findings_status_deadline", "status", "deadline", "visit_date", "province_code", "district_code"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(64))  # the inspection's
    item_code: Mapped[str | None] = mapped_column(String(64))
    indicator: Mapped[str | None] = mapped_column(String(40))  # the forced-labour indicator its item shows
    severity: Mapped[str | None] = mapped_column(String(2))
    status: Mapped[str | None] = mapped_column(String(16))
    deadline: Mapped[date | None] = mapped_column(Date)
    referral_target: Mapped[str | None] = mapped_column(String(32))
    sections: Mapped[int] = mapped_column(Integer)  # how many legal sections it cites (0: none)
    title_th: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    visit_date: Mapped[date | None] = mapped_column(Date)
    visit_month: Mapped[int | None] = mapped_column(Integer)
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))


class HQFindingSection(Base):
    """One legal section a finding cites (a finding citing three sections counts under each)."""

    __tablename__ = "hq_finding_sections"
    __table_args__ = (
        PrimaryKeyConstraint("finding_id", "section"),
        Index("ix_hq_finding_sections_visit_date", "visit_date"),
        Index("ix_hq_finding_sections_province_visit", "province_code", "visit_date"),
        Index("ix_hq_finding_sections_district_visit", "district_code", "visit_date"),
        Index("ix_hq_finding_sections_inspection", "inspection_id"),
    )
    finding_id: Mapped[str] = mapped_column(String(64))
    section: Mapped[str] = mapped_column(String(64))
    inspection_id: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str | None] = mapped_column(String(2))
    visit_date: Mapped[date | None] = mapped_column(Date)
    visit_month: Mapped[int | None] = mapped_column(Integer)
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))


class HQInterview(Base):
    """An interview's existence and its inspection only: its content stays in the sealed record."""

    __tablename__ = "hq_interviews"
    __table_args__ = (Index("ix_hq_interviews_inspection", "inspection_id"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(String(64))


class HQIndicator(Base):
    """A forced-labour indicator an interview reports (indicators of findings: `hq_findings.indicator`)."""

    __tablename__ = "hq_indicators"
    __table_args__ = (
        PrimaryKeyConstraint("interview_id", "indicator"),
        Index("ix_hq_indicators_visit_date", "visit_date"),
        Index("ix_hq_indicators_province_visit", "province_code", "visit_date"),
        Index("ix_hq_indicators_district_visit", "district_code", "visit_date"),
        Index("ix_hq_indicators_inspection", "inspection_id"),
    )
    interview_id: Mapped[str] = mapped_column(String(64))
    indicator: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[str] = mapped_column(String(64))
    visit_date: Mapped[date | None] = mapped_column(Date)
    visit_month: Mapped[int | None] = mapped_column(Integer)
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))


class HQReferral(Base):
    """A referral record from a laptop (`source_entity` "referrals"): its receiving body, its status
    (planned, sent, accepted, closed) and the finding it refers, with its inspection's date and place.
    Findings marked referred for which HQ holds no record (laptops not yet updated) are not rows here:
    statistics count them apart (stat_cubes.UNRECORDED)."""

    __tablename__ = "hq_referrals"
    __table_args__ = (
        Index("ix_hq_referrals_visit_date", "visit_date"),
        Index("ix_hq_referrals_province_visit", "province_code", "visit_date"),
        Index("ix_hq_referrals_district_visit", "district_code", "visit_date"),
        Index("ix_hq_referrals_inspection", "inspection_id"),
        Index("ix_hq_referrals_finding", "finding_id"),
    )
    source_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_entity: Mapped[str] = mapped_column(String(40))
    inspection_id: Mapped[str] = mapped_column(String(64))
    finding_id: Mapped[str | None] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    visit_date: Mapped[date | None] = mapped_column(Date)
    visit_month: Mapped[int | None] = mapped_column(Integer)
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))


class HQStatInspections(Base):
    """Inspections (and their finding and interview counts) by visit month, district, sector, visit type."""

    __tablename__ = "hq_stat_inspections"
    __table_args__ = (PrimaryKeyConstraint("province_code", "district_code", "visit_month", "sector", "visit_type",
                                           "signed_off"),)
    province_code: Mapped[str] = mapped_column(String(2))  # "" where unknown
    district_code: Mapped[str] = mapped_column(String(4))  # "" where unknown, "*" for the whole province
    visit_month: Mapped[int] = mapped_column(Integer)
    sector: Mapped[str] = mapped_column(String(32))
    visit_type: Mapped[str] = mapped_column(String(32))
    signed_off: Mapped[int] = mapped_column(Integer)  # 1: signed, submitted or approved
    inspections: Mapped[int] = mapped_column(Integer)
    findings: Mapped[int] = mapped_column(Integer)
    findings_s1: Mapped[int] = mapped_column(Integer)
    findings_s2: Mapped[int] = mapped_column(Integer)
    findings_s3: Mapped[int] = mapped_column(Integer)
    findings_s4: Mapped[int] = mapped_column(Integer)
    interviews: Mapped[int] = mapped_column(Integer)


class HQStatSections(Base):
    """Findings by visit month, district, legal section ("-": none cited) and severity ("" unknown)."""

    __tablename__ = "hq_stat_sections"
    __table_args__ = (PrimaryKeyConstraint("province_code", "district_code", "visit_month", "section", "severity"),)
    province_code: Mapped[str] = mapped_column(String(2))
    district_code: Mapped[str] = mapped_column(String(4))
    visit_month: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(2))
    findings: Mapped[int] = mapped_column(Integer)


class HQStatIndicators(Base):
    """Per visit month, district and indicator: interviews reporting it, findings showing it, inspections with it."""

    __tablename__ = "hq_stat_indicators"
    __table_args__ = (PrimaryKeyConstraint("province_code", "district_code", "visit_month", "indicator"),)
    province_code: Mapped[str] = mapped_column(String(2))
    district_code: Mapped[str] = mapped_column(String(4))
    visit_month: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(40))
    workers: Mapped[int] = mapped_column(Integer)
    findings: Mapped[int] = mapped_column(Integer)
    inspections: Mapped[int] = mapped_column(Integer)


class HQStatDeadlines(Base):
    """Open findings by visit month, district and correction deadline (follow-ups and the due list)."""

    __tablename__ = "hq_stat_deadlines"
    __table_args__ = (PrimaryKeyConstraint("province_code", "district_code", "visit_month", "deadline"),)
    province_code: Mapped[str] = mapped_column(String(2))
    district_code: Mapped[str] = mapped_column(String(4))
    visit_month: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[date] = mapped_column(Date)
    findings: Mapped[int] = mapped_column(Integer)


class HQStatFollowUps(Base):
    """Follow-up visits not made yet, by visit month, district and the date the follow-up is due."""

    __tablename__ = "hq_stat_follow_ups"
    __table_args__ = (PrimaryKeyConstraint("province_code", "district_code", "visit_month", "follow_up_date"),)
    province_code: Mapped[str] = mapped_column(String(2))
    district_code: Mapped[str] = mapped_column(String(4))
    visit_month: Mapped[int] = mapped_column(Integer)
    follow_up_date: Mapped[date] = mapped_column(Date)
    visits: Mapped[int] = mapped_column(Integer)


class HQStatReferrals(Base):
    """Per visit month, district, receiving body ("" not given) and status: referrals and inspections."""

    __tablename__ = "hq_stat_referrals"
    __table_args__ = (PrimaryKeyConstraint("province_code", "district_code", "visit_month", "target", "status"),)
    province_code: Mapped[str] = mapped_column(String(2))
    district_code: Mapped[str] = mapped_column(String(4))
    visit_month: Mapped[int] = mapped_column(Integer)
    target: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    referrals: Mapped[int] = mapped_column(Integer)
    inspections: Mapped[int] = mapped_column(Integer)


# --- the supervisors' workspace -----------------------------------------------------------------


class EvidenceAccess(Base):
    """Every evidence unlock (and failed attempt), every view of testimony, every report built with it."""

    __tablename__ = "evidence_access"
    __table_args__ = (Index("ix_evidence_access_inspection_id_at", "inspection_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    event: Mapped[str] = mapped_column(String(16))  # unlock | unlock_failed | view | report | lock
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64))
    session_id: Mapped[str] = mapped_column(String(36))
    address: Mapped[str] = mapped_column(String(64))
    inspection_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(String(200))


class InspectionIndex(Base):
    """One row per inspection HQ holds, in columns the review queue (and statistics) filter and sort on.

    Derived from `records` (the inspection, its findings, its establishment) and `review_decisions`;
    push.py refreshes the rows a batch touches in the same transaction, reviews.py the status it decides.
    `worst_severity` is 1..4 for S1..S4 and 5 for none; `hq_status` is what HQ shows (reviews.effective_status).
    """

    __tablename__ = "inspection_index"
    __table_args__ = (
        # The queue's orders end with the id (a stable page order), so each is read straight from an index.
        Index("ix_inspection_index_queue", "hq_status", "worst_severity", "submitted_at", "inspection_id"),
        Index("ix_inspection_index_waiting", "hq_status", "submitted_at", "inspection_id"),
        Index("ix_inspection_index_district_queue", "district_code", "hq_status", "worst_severity", "submitted_at",
              "inspection_id"),
        Index("ix_inspection_index_province_queue", "province_code", "hq_status", "worst_severity", "submitted_at",
              "inspection_id"),
    )
    inspection_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12))  # as the laptop sent it
    hq_status: Mapped[str] = mapped_column(String(12))
    revision: Mapped[int] = mapped_column(Integer)
    establishment_id: Mapped[str | None] = mapped_column(String(64), index=True)
    establishment_name: Mapped[str | None] = mapped_column(String(300))
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_code: Mapped[str | None] = mapped_column(String(4))
    visit_type: Mapped[str | None] = mapped_column(String(20))
    visit_date: Mapped[str | None] = mapped_column(String(10))  # ISO date as sent
    worst_severity: Mapped[int] = mapped_column(Integer)
    findings: Mapped[int] = mapped_column(Integer)
    s1_findings: Mapped[int] = mapped_column(Integer)
    needs_review: Mapped[bool] = mapped_column(Boolean)
    submitted_at: Mapped[datetime | None]  # when HQ first held the current signed revision
    updated_at: Mapped[datetime]


# --- follow-ups: establishment files, device provinces, findings' current status -------------------------
# See establishment_groups.py, device_provinces.py, establishment_files.py and finding_states.py.


class EstablishmentMatch(Base):
    """Which workplace (group) HQ counts an establishment record as: each laptop makes its own records.

    Stored, not recomputed at will: an automatic match is made again only when the record's matching
    keys change, and a supervisor's decision (`decided_by`: merge or split) is never remade.
    """

    __tablename__ = "establishment_matches"
    establishment_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(64), index=True)
    province_code: Mapped[str | None] = mapped_column(String(2), index=True)
    rule: Mapped[str] = mapped_column(String(24))  # registration_no | social_security_no | name_subdistrict | ...
    decided_by: Mapped[str | None] = mapped_column(String(200))
    registration_key: Mapped[str | None] = mapped_column(String(64))
    social_security_key: Mapped[str | None] = mapped_column(String(64))
    name_key: Mapped[str | None] = mapped_column(String(400))
    matched_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class EstablishmentKey(Base):
    """A matching key (registration number, social security number, normalised name + subdistrict) and
    the group that holds it in a province: the first group to claim a key keeps it, so two HQ processes
    matching the same new workplace at once end in one group (the loser's unique-key error retries)."""

    __tablename__ = "establishment_keys"
    __table_args__ = (PrimaryKeyConstraint("province_code", "kind", "key"),)
    province_code: Mapped[str] = mapped_column(String(2))
    kind: Mapped[str] = mapped_column(String(24))
    key: Mapped[str] = mapped_column(String(400))
    group_id: Mapped[str] = mapped_column(String(64), index=True)


class EstablishmentMatchLog(Base):
    """Every move of an establishment record between groups: automatic, or a supervisor's merge or split."""

    __tablename__ = "establishment_match_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    establishment_id: Mapped[str] = mapped_column(String(64), index=True)
    from_group: Mapped[str | None] = mapped_column(String(64))
    to_group: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(24))
    by_name: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class DeviceProvinces(Base):
    """An admin's choice of the provinces a laptop receives establishment files for (replaces the derived ones)."""

    __tablename__ = "device_provinces"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    provinces: Mapped[dict[str, Any]]  # {"codes": ["63", ...]}
    set_by: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime]


class DeviceProvinceState(Base):
    """The provinces a laptop receives establishment files for now (it was sent their items)."""

    __tablename__ = "device_province_state"
    __table_args__ = (PrimaryKeyConstraint("device_id", "province_code"),)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    province_code: Mapped[str] = mapped_column(String(2), index=True)


class FileItem(Base):
    """The current content of every establishment-file item (what laptops were last sent of it)."""

    __tablename__ = "file_items"
    __table_args__ = (PrimaryKeyConstraint("item", "item_id"),)
    item: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[str] = mapped_column(String(64))
    establishment_id: Mapped[str | None] = mapped_column(String(64), index=True)
    group_id: Mapped[str] = mapped_column(String(64), index=True)
    owner_device_id: Mapped[str | None] = mapped_column(String(36))  # holds it already: not sent to it
    data: Mapped[dict[str, Any]]
    digest: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]


class InspectionLink(Base):
    """An inspection's establishment and the visit it follows, kept beside its record for lookups."""

    __tablename__ = "inspection_links"
    inspection_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    establishment_id: Mapped[str | None] = mapped_column(String(64), index=True)
    previous_inspection_id: Mapped[str | None] = mapped_column(String(64), index=True)


class VerificationIndex(Base):
    """Which finding a follow-up's verification checks (the finding may be another laptop's)."""

    __tablename__ = "verification_index"
    verification_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    finding_id: Mapped[str] = mapped_column(String(64), index=True)
    inspection_id: Mapped[str] = mapped_column(String(64), index=True)  # the follow-up visit


class FindingState(Base):
    """A finding's current status as HQ derives it from every laptop's verifications (over the owner's
    status); published to the finding's owner, shown in every establishment file."""

    __tablename__ = "finding_states"
    finding_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(12))
    last_verification: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    derived_at: Mapped[datetime]
