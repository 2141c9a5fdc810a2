"""What a sync (or a USB reply bundle) writes on the laptop.

HQ's answers move outbox rows out of `pending`; what HQ publishes (templates,
reference data, user accounts, review decisions, evidence keys, supervisors'
resolutions: see resolutions.py) is applied together with the pull cursor in
one transaction, so a crash can neither skip nor repeat an item; a kind this
version does not know is skipped with a warning. Changes HQ owns never bump a record's `rev` (the inspector-content
revision HQ compares with) and never go back into the outbox; they are
audited like every other change.

This module knows nothing of HTTP: the sync layer hands it plain values.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select, text, update

from .. import outbox_counts
from ..checklists import TemplateError, load_template
from ..messages import UserMessage
from ..models import ChecklistTemplate, Device, Inspection, OutboxOp, SealedAtHQ, SyncState, User
from ..types import json_text, utcnow
from ..writer import ChangeSet, UnitOfWork
from . import followups, published_apply
from .reference import _insert_template  # same package: templates are inserted the one way they always are
from .resolutions import apply_resolution

if TYPE_CHECKING:
    from ..store import Store

PULL_CURSOR = "sync.pull_cursor"
HQ_PUBLIC_KEY = "sync.hq_public_key"
EVIDENCE_KEY = "sync.evidence_key"  # HQ's newest evidence public key (JSON: key_id, generation, public_key)
DOCUMENT_KEY = "sync.document_key"  # HQ's newest document-number hash key (JSON: key_id, generation, key)
from ..vocab import FLAG_PREFIX  # noqa: E402 - shared with the views

CHANGED_FLAGS = "establishment_flags"  # the ChangeSet entity of HQ's flags (by flag id): screens showing a file listen
HQ_TRANSPORT_KEY = "sync.hq_transport_key"  # X25519: USB bundles are sealed to it
LAST_SUCCESS = "sync.last_success"  # when HQ last answered this laptop's changes (a sync, or a reply made for a USB bundle)
LAST_SUCCESS_VIA = "sync.last_success_via"  # "usb" when that answer was a reply read from a USB stick
LAST_REPLY_READ = "sync.last_reply_read"  # when that reply was read on this laptop
LAST_ERROR = "sync.last_error"
LAST_ERROR_AT = "sync.last_error_at"
LAST_WARNING = "sync.last_warning"
AUDIT_ACK = "sync.audit_ack"  # HQ's signed acknowledgement of the audit head (see core.integrity)
REFERENCE_PREFIX = "reference:"

DONE_STATES = ("acked", "duplicate", "conflict")
ACKNOWLEDGED = ("acked", "duplicate")  # HQ holds the change: the row leaves the outbox
_CHUNK = 500


@dataclass(frozen=True)
class OpOutcome:
    """HQ's answer to one op, as the sync layer hands it over."""

    op_id: str
    status: str  # applied | duplicate | conflict | rejected
    reason: str | None = None  # a UserMessage (kept with its template, so it is shown translated) or plain text
    retryable: bool = False
    original: str | None = None  # for a duplicate: HQ's first answer


@dataclass(frozen=True)
class PulledItem:
    seq: int
    kind: str  # template | reference | user | review | evidence_key | resolution | file_item | finding_status
    payload: Mapping[str, Any]


# --- state rows -------------------------------------------------------------------------------


def _set_state(uow: UnitOfWork, name: str, value: str | None) -> None:
    row = uow.session.get(SyncState, name)
    if row is None:
        row = SyncState(name=name)
        uow.session.add(row)
    row.value = value
    row.updated_at = utcnow()


def get_state(store: Store, name: str) -> str | None:
    with store.session() as session:
        row = session.get(SyncState, name)
        return row.value if row else None


def pull_cursor(store: Store) -> int:
    return int(get_state(store, PULL_CURSOR) or 0)


def record_round(store: Store, *, error: str | None) -> None:
    """After a round: the time of the last success, or the last error (one line, no record content).

    The error is kept with its template and parameters (`UserMessage.to_json`), so the Sync page shows
    it in whatever language the user reads later; `last_error` reads it back."""
    with store.unit_of_work() as uow:
        if error is None:
            _set_state(uow, LAST_SUCCESS, utcnow().isoformat())
            _set_state(uow, LAST_SUCCESS_VIA, None)
            _set_state(uow, LAST_REPLY_READ, None)
            _set_state(uow, LAST_ERROR, None)
        else:
            _set_state(uow, LAST_ERROR, error.to_json() if isinstance(error, UserMessage) else error)
            _set_state(uow, LAST_ERROR_AT, utcnow().isoformat())


def record_reply(store: Store, *, made_at: datetime, read_at: datetime) -> bool:
    """A reply read from a USB stick is an exchange with HQ like a sync round: HQ answered this laptop's
    changes when it made the reply (`made_at`, signed in the reply), which is how fresh what the laptop
    now holds from HQ is. A reply older than the last exchange already recorded (an old stick read after
    a sync) changes nothing; returns whether it became the last exchange. The last network round's
    error stays: it still says why the network failed."""
    with store.unit_of_work() as uow:
        row = uow.session.get(SyncState, LAST_SUCCESS)
        known = datetime.fromisoformat(row.value) if row is not None and row.value else None
        if known is not None and made_at <= (known if known.tzinfo else known.replace(tzinfo=UTC)):
            return False
        _set_state(uow, LAST_SUCCESS, made_at.isoformat())
        _set_state(uow, LAST_SUCCESS_VIA, "usb")
        _set_state(uow, LAST_REPLY_READ, read_at.isoformat())
        return True


def last_error(store: Store) -> UserMessage | None:
    """The last round's error as `record_round` kept it (plain text from an older version comes back as is)."""
    return UserMessage.from_stored(get_state(store, LAST_ERROR))


# --- enrolment ----------------------------------------------------------------------------------


def record_enrolment(store: Store, *, hq_url: str, hq_device_id: str, token: str, hq_public_key: str,
                     hq_transport_key: str, evidence_key: Mapping[str, Any] | None = None,
                     document_key: Mapping[str, Any] | None = None) -> None:
    with store.unit_of_work() as uow:
        device = uow.get(Device, store.device_id, "device")
        if device.hq_url != hq_url or device.hq_device_id != hq_device_id:
            _set_state(uow, PULL_CURSOR, "0")  # another HQ (or a new identity there): read its stream from the start
        device.hq_url = hq_url
        device.hq_device_id = hq_device_id
        device.token = token
        device.enrolled_at = utcnow()
        device.revoked = False
        uow.save(device, "enrol", outbox=False, bump_rev=False)
        _set_state(uow, HQ_PUBLIC_KEY, hq_public_key)
        _set_state(uow, HQ_TRANSPORT_KEY, hq_transport_key)
        if evidence_key is not None:
            _apply_evidence_key(uow, evidence_key)
        if document_key is not None:
            _apply_document_key(uow, document_key)


def mark_revoked(store: Store) -> None:
    with store.unit_of_work() as uow:
        device = uow.get(Device, store.device_id, "device")
        if not device.revoked:
            device.revoked = True
            uow.save(device, "revoked", outbox=False, bump_rev=False)


# --- push answers -------------------------------------------------------------------------------


def _keep_audit_ack(uow: UnitOfWork, store: Store, ack_json: str) -> None:
    """Keep HQ's signed acknowledgement of the audit head unless a further one is kept already."""
    try:
        ack = json.loads(ack_json)
        seq = int(ack["seq"])
    except (ValueError, KeyError, TypeError):
        return
    if ack.get("local_device_id") != store.device_id:
        return
    row = uow.session.get(SyncState, AUDIT_ACK)
    try:
        kept = int(json.loads(row.value)["seq"]) if row and row.value else 0
    except (ValueError, KeyError, TypeError):
        kept = 0
    if seq >= kept:
        _set_state(uow, AUDIT_ACK, ack_json)


def _own_seqs(store: Store, op_ids: Iterable[str]) -> list[int]:
    """The outbox sequence numbers of this laptop's op ids ("<device id>:<seq>"); others are not ours."""
    device_id = store.device_id
    return [int(seq) for device, _, seq in (op_id.rpartition(":") for op_id in op_ids)
            if device == device_id and seq.isascii() and seq.isdigit()]


def record_push_results(store: Store, outcomes: Iterable[OpOutcome], *, audit_ack: str | None = None,
                        applied_seqs: Sequence[int] = ()) -> dict[str, int]:
    """Apply HQ's answers to pending outbox rows in one transaction; returns counts by new state.

    A change HQ acknowledged (applied, or already held) leaves the outbox: the audit chain keeps its
    history. One HQ refused or kept as a conflict stays, with HQ's reason, for the user; one HQ will
    take later stays pending with the reason. `audit_ack` (HQ's signed acknowledgement of the audit
    head, JSON) is kept in the same transaction. `applied_seqs`: outbox rows (by sequence number) of
    ops HQ answered `applied`, from a caller that knows each answered op's row (the push engine): taken
    as outcomes with that status would be, without making one for each of a batch's thousand answers.
    """
    now = utcnow()
    done: list[str] = []  # acknowledged: deleted
    explained: dict[str, list[tuple[str, str | None]]] = {}  # new state -> (op id, HQ's reason)
    counts: dict[str, int] = {"acked": len(applied_seqs)} if applied_seqs else {}
    for outcome in outcomes:
        if outcome.status == "applied":
            state, error = "acked", None
        elif outcome.status == "duplicate":
            state, error = ("conflict", outcome.reason) if outcome.original == "conflict" else ("duplicate", None)
        elif outcome.status == "conflict":
            state, error = "conflict", outcome.reason
        elif outcome.retryable:
            state, error = "pending", outcome.reason
        else:
            state, error = "rejected", outcome.reason or "HQ refused this change."
        counts[state] = counts.get(state, 0) + 1
        if state in ACKNOWLEDGED:
            done.append(outcome.op_id)
        else:
            explained.setdefault(state, []).append((outcome.op_id, error))
    table = OutboxOp.__table__
    with store.unit_of_work() as uow:
        if audit_ack:
            _keep_audit_ack(uow, store, audit_ack)
        conn = uow.connection
        # By sequence number (the primary key); only rows still pending are answered.
        outbox_counts.delete_by_seq(conn, [*applied_seqs, *_own_seqs(store, done)], "pending")
        for state, answers in explained.items():
            with outbox_counts.changing(conn, _own_seqs(store, (op_id for op_id, _ in answers))):
                conn.execute(
                    update(table)
                    .where(table.c.op_id == bindparam("b_op_id"), table.c.state == "pending")
                    .values(state=state, last_error=bindparam("v_error"),
                            acked_at=now if state in DONE_STATES else None, attempts=table.c.attempts + 1),
                    [{"b_op_id": op_id, "v_error": error.to_json() if isinstance(error, UserMessage) else error}
                     for op_id, error in answers],
                )
    return counts


def retry_rejected(store: Store, op_ids: Sequence[str] | None = None) -> int:
    """Put rejected ops back in the queue (after the cause was fixed); returns how many."""
    table = OutboxOp.__table__
    with store.unit_of_work() as uow:
        conn = uow.connection
        query = select(table.c.seq).where(table.c.state == "rejected")
        if op_ids is not None:
            query = query.where(table.c.seq.in_(_own_seqs(store, op_ids)))
        seqs = list(conn.execute(query).scalars())
        if not seqs:
            return 0
        with outbox_counts.changing(conn, seqs):
            for start in range(0, len(seqs), _CHUNK):
                conn.execute(update(table).where(table.c.seq.in_(seqs[start : start + _CHUNK]),
                                                 table.c.state == "rejected")
                             .values(state="pending", last_error=None))
        return len(seqs)


def compact_outbox(store: Store, *, chunk: int = 5000, cancelled: Callable[[], bool] | None = None) -> int:
    """Delete outbox rows HQ acknowledged before this version deleted them at once; returns how many.

    Each chunk is its own short transaction, so a crash (or `cancelled`) between or inside chunks
    loses nothing: what is left is simply compacted next time.
    """
    table = OutboxOp.__table__
    removed = 0
    while not (cancelled and cancelled()):
        with store.unit_of_work() as uow:
            conn = uow.connection
            seqs = list(conn.execute(select(table.c.seq).where(table.c.state.in_(ACKNOWLEDGED))
                                     .order_by(table.c.state, table.c.seq).limit(chunk)).scalars())
            if not seqs:
                break
            with outbox_counts.changing(conn, seqs):
                for start in range(0, len(seqs), _CHUNK):
                    conn.execute(delete(table).where(table.c.seq.in_(seqs[start : start + _CHUNK]),
                                                     table.c.state.in_(ACKNOWLEDGED)))
        removed += len(seqs)
    return removed


def _open_inspections(session: Any) -> set[str]:
    """Inspections that still have changes HQ has not taken (pending or rejected ops)."""
    rows = session.execute(text(
        "SELECT DISTINCT CASE WHEN entity = 'inspections' THEN entity_id ELSE json_extract(fields, '$.inspection_id') "
        "END FROM outbox WHERE state IN ('pending', 'rejected')"))
    return {value for (value,) in rows if isinstance(value, str)}


def mark_submitted(store: Store) -> ChangeSet:
    """A signed inspection whose every change HQ acknowledged is submitted (HQ's status: no new rev)."""
    with store.unit_of_work() as uow:
        signed = list(uow.session.scalars(select(Inspection).where(Inspection.status == "signed")))
        if signed:
            waiting = _open_inspections(uow.session)
            now = utcnow()
            for inspection in signed:
                if inspection.id in waiting:
                    continue
                inspection.status = "submitted"
                inspection.submitted_at = now
                uow.save(inspection, "submitted", outbox=False, bump_rev=False)
    return uow.changes


# --- pulled items ---------------------------------------------------------------------------------


def apply_pull(store: Store, items: Sequence[PulledItem], cursor: int) -> ChangeSet:
    """Apply one page of pulled items and move the cursor, in one transaction.

    Items at or below the stored cursor were applied before (a reply bundle and a
    network pull may carry the same ones) and are skipped.
    """
    with store.unit_of_work() as uow:
        row = uow.session.get(SyncState, PULL_CURSOR)
        current = int(row.value or 0) if row else 0
        warnings: list[str] = []
        unknown: dict[str, int] = {}
        for item in sorted(items, key=lambda i: i.seq):
            if item.seq <= current:
                continue
            apply = _APPLY.get(item.kind)
            if apply is None:
                # A kind a newer HQ publishes: skipped, so the rest of the stream still arrives.
                unknown[item.kind] = unknown.get(item.kind, 0) + 1
                continue
            warning = apply(uow, item.payload)
            if warning:
                warnings.append(warning)
        if unknown:
            kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(unknown.items()))
            warnings.append(f"HQ sent items this version of the app does not know ({kinds}); they were skipped. "
                            "Update the app to receive them.")
        if warnings:
            _set_state(uow, LAST_WARNING, " ".join(dict.fromkeys(warnings)))
        if cursor > current:
            _set_state(uow, PULL_CURSOR, str(cursor))
    return uow.changes


def _apply_template(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    code, version = payload["code"], int(payload["version"])
    existing = uow.session.execute(select(ChecklistTemplate.source_sha256).where(
        ChecklistTemplate.code == code, ChecklistTemplate.version == version)).first()
    if existing is not None:
        if existing.source_sha256 != payload["sha256"]:
            _set_state(uow, LAST_WARNING, f"HQ sent template {code} version {version} with different content than "
                                          "this laptop holds; the laptop's copy was kept.")
        return
    # The laptop's own loader validates it exactly as a shipped template file.
    with tempfile.TemporaryDirectory(prefix="fi-template-") as folder:
        path = Path(folder) / Path(str(payload["source_name"])).name
        path.write_text(json.dumps(payload["document"], ensure_ascii=False), encoding="utf-8")
        try:
            template = load_template(path)
        except TemplateError as exc:
            _set_state(uow, LAST_WARNING, f"Template {code} version {version} from HQ is not valid here "
                                          f"({exc.problems[0]}); it was skipped.")
            return
    if template.sha256 != payload["sha256"] or (template.code, template.version) != (code, version):
        _set_state(uow, LAST_WARNING, f"Template {code} version {version} from HQ does not match its checksum; "
                                      "it was skipped.")
        return
    _insert_template(uow, template)


def _apply_reference(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    _set_state(uow, REFERENCE_PREFIX + str(payload["name"]),
               json.dumps({"sha256": payload["sha256"], "document": payload["document"]}, ensure_ascii=False))


def _apply_user(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    user = uow.session.get(User, payload["id"])
    if user is None:
        if uow.session.scalar(select(User.id).where(User.username == payload["username"])):
            return  # a local account already has this name; the HQ account is not needed on this laptop
        user = User(id=payload["id"], username=payload["username"], display_name=payload["display_name"],
                    role=payload["role"], active=bool(payload.get("active", True)), verifier=None, origin="hq")
        uow.save(user, "create", outbox=False)
        return
    if user.origin != "hq":
        return
    user.display_name = payload["display_name"]
    user.role = payload["role"]
    user.active = bool(payload.get("active", True))
    uow.save(user, "update", outbox=False, bump_rev=False)


def _apply_review(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    inspection = uow.session.get(Inspection, payload["inspection_id"])
    if inspection is None:
        return
    decided_at = payload["decided_at"]
    inspection.review_comment = payload.get("comment")
    inspection.reviewed_by = payload.get("reviewer")
    inspection.reviewed_at = datetime.fromisoformat(decided_at.replace("Z", "+00:00")) if isinstance(
        decided_at, str) else decided_at
    current = inspection.revision == int(payload["revision"]) and inspection.status in ("signed", "submitted")
    action = "review_noted"
    if current and payload["decision"] == "approved":
        inspection.status = "approved"
        action = "approved"
    elif current and payload["decision"] == "returned":
        # Back to the inspector as a new draft revision, with the supervisor's comment on it.
        inspection.revision += 1
        inspection.status = "draft"
        inspection.signed_at = None
        action = "returned"
    uow.save(inspection, action, outbox=False, bump_rev=False)
    if action == "returned":  # a returned follow-up's verifications stop counting until it is signed again
        followups.refresh_verified_findings(uow, inspection.id)


# --- follow-ups: establishment files and findings' status from HQ ---------------------------------------


def _apply_file_item(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    warning = published_apply.apply_file_item(uow, payload)
    if warning:
        _set_state(uow, LAST_WARNING, warning)


def _apply_finding_status(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    warning = published_apply.apply_finding_status(uow, payload)
    if warning:
        _set_state(uow, LAST_WARNING, warning)


# --- sealed testimony ---------------------------------------------------------------------------------


def _apply_evidence_key(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    """Keep HQ's newest evidence key (highest generation): older ones arrive again when a pull replays."""
    row = uow.session.get(SyncState, EVIDENCE_KEY)
    held = json.loads(row.value) if row is not None and row.value else None
    if held is not None and int(held["generation"]) >= int(payload["generation"]):
        return
    _set_state(uow, EVIDENCE_KEY, json.dumps({"key_id": payload["key_id"], "generation": int(payload["generation"]),
                                              "public_key": payload["public_key"]}))


def evidence_key(store: Store) -> dict[str, Any] | None:
    """HQ's evidence public key this laptop seals to (key_id, generation, public_key), or None yet."""
    value = get_state(store, EVIDENCE_KEY)
    return json.loads(value) if value else None


def sealed_at_hq(store: Store, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, tuple[Any, Any]]]:
    """For each (entity, id): the sealed values HQ holds that this laptop cannot open, by field, as
    (envelope, the placeholder the record shows here instead). See resolutions.py."""
    wanted = sorted(set(records))
    found: dict[tuple[str, str], dict[str, tuple[Any, Any]]] = {}
    if not wanted:
        return found
    with store.session() as session:
        ids = sorted({entity_id for _, entity_id in wanted})
        for start in range(0, len(ids), 500):
            for row in session.scalars(select(SealedAtHQ).where(SealedAtHQ.entity_id.in_(ids[start : start + 500]))):
                if (row.entity, row.entity_id) in wanted:
                    found.setdefault((row.entity, row.entity_id), {})[row.field] = (row.envelope, row.placeholder)
    return found


def store_sealed(store: Store, sealed: Mapping[int, Mapping[str, Any]],
                 released: Iterable[tuple[str, str, str]] = ()) -> dict[int, dict[str, Any]]:
    """Keep the sealed form of pending outbox rows (by seq) unless one is kept already; returns the
    form each row now has, the one it travels with from now on.

    `released` (entity, id, field): sealed values held at HQ that this laptop's own new text replaces
    from now on (forgotten in the same transaction)."""
    if not sealed:
        return {}
    table = OutboxOp.__table__
    seqs = list(sealed)
    with store.unit_of_work() as uow:
        for entity, entity_id, name in released:
            uow.session.execute(delete(SealedAtHQ).where(SealedAtHQ.entity == entity,
                                                         SealedAtHQ.entity_id == entity_id, SealedAtHQ.field == name))
        conn = uow.connection
        # Stored as the JSON column stores it (JSONText), bound without the ORM's per-row processing.
        updated = outbox_counts.seal_rows(conn, [(seq, json_text(dict(value))) for seq, value in sealed.items()])
        if updated == len(seqs) and conn.dialect.supports_sane_multi_rowcount:
            return {seq: dict(value) for seq, value in sealed.items()}  # every row took the form given
        kept: dict[int, dict[str, Any]] = {}
        for start in range(0, len(seqs), _CHUNK):
            kept.update((row.seq, row.sealed) for row in conn.execute(
                select(table.c.seq, table.c.sealed).where(table.c.seq.in_(seqs[start : start + _CHUNK]))))
    return kept


def _apply_document_key(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    """Keep HQ's newest document key (highest generation), as with the evidence key."""
    row = uow.session.get(SyncState, DOCUMENT_KEY)
    held = json.loads(row.value) if row is not None and row.value else None
    if held is not None and int(held["generation"]) >= int(payload["generation"]):
        return
    _set_state(uow, DOCUMENT_KEY, json.dumps({"key_id": payload["key_id"], "generation": int(payload["generation"]),
                                              "key": payload["key"]}))


def document_key(store: Store) -> dict[str, Any] | None:
    """HQ's document-number hash key (key_id, generation, key), or None yet."""
    value = get_state(store, DOCUMENT_KEY)
    return json.loads(value) if value else None


def _apply_establishment_flag(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
    """Keep (or replace, or withdraw) one of HQ's flags on an establishment, for its file."""
    name = FLAG_PREFIX + str(payload.get("flag_id", ""))[:64 - len(FLAG_PREFIX)]
    uow.changes.add(CHANGED_FLAGS, name[len(FLAG_PREFIX):])  # open establishment files show it at once
    if payload.get("active", True):
        _set_state(uow, name, json.dumps(dict(payload), ensure_ascii=False, sort_keys=True))
        return
    row = uow.session.get(SyncState, name)
    if row is not None:
        uow.session.delete(row)


# Each returns None, or a warning for the user (kept as the sync's last warning).
_APPLY: dict[str, Callable[[UnitOfWork, Mapping[str, Any]], str | None]] = {
    "template": _apply_template, "reference": _apply_reference, "user": _apply_user, "review": _apply_review,
    "evidence_key": _apply_evidence_key, "resolution": apply_resolution, "file_item": _apply_file_item,
    "finding_status": _apply_finding_status, "document_key": _apply_document_key,
    "establishment_flag": _apply_establishment_flag,
}


def applied_kinds() -> tuple[str, ...]:
    """The publication kinds this app applies (the laptop tells HQ, so HQ sends no kind it would skip)."""
    return tuple(_APPLY)
