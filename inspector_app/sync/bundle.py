"""USB bundles on the laptop: export pending changes for HQ, import HQ's signed reply.

`export_bundle` writes every pending op and the files they refer to into one
bundle file (see bundle_file), sealed to HQ's transport key and signed with this
laptop's Ed25519 key. The ops stay pending: only
HQ's answer acknowledges them, either through a reply bundle (`import_reply`)
or a later network sync, which HQ answers `duplicate` for what the bundle
already delivered.
"""

from __future__ import annotations

import base64
import binascii
import errno
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from pydantic import ValidationError
from sqlalchemy import select

from ..core.errors import DiskFull, InspectorError, NotFound, StoreError, is_disk_full, raise_write_error
from ..core.messages import QT_TRANSLATE_NOOP, Template, UserMessage
from ..core.models import Device, OutboxOp
from ..core.services import sync_apply
from ..core.store import Store
from ..core.writer import ChangeSet
from .client import NotEnrolled
from .bundle_file import MESSAGES_CONTEXT, BundleFormatError, BundleHeader, SignerKey, read_bundle, write_bundle
from .engine import _merge
from .outbox import OutboxRow, prepare, wire_op
from .protocol import OpResult, PullItem
from .reason_messages import REFUSED, outcome, stored_reason
from .reasons import REASON_CODES_META, REASON_CODES_VERSION


class BundleRejected(InspectorError):
    """A reply bundle that is damaged, tampered with or meant for another laptop: nothing was applied."""

    @classmethod
    def of(cls, exc: BundleFormatError) -> BundleRejected:
        """The bundle file's complaint as a message the screen translates (its template is marked there)."""
        template = Template(MESSAGES_CONTEXT, exc.template) if exc.context else exc.template
        return cls(template, **exc.params)


class BundleNotWritten(InspectorError):
    """The bundle could not be written where the user asked (no such folder, a read-only stick, a folder
    chosen as the file): nothing was written and the outbox is as it was."""


class StickFull(DiskFull):
    """The USB stick (or folder) has no room for the bundle: no partial file is left, nothing was lost."""

    def __init__(self, *, folder: str):
        InspectorError.__init__(self, QT_TRANSLATE_NOOP(
            "Bundles", "The disk is full: {folder} has no room for the bundle. Free some space there or use another "
                       "USB stick, then write it again. Nothing was lost: the changes still wait on this laptop."),
            folder=folder)


_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


@dataclass(frozen=True)
class BundleExport:
    path: Path
    ops: int
    files: int
    missing_files: int
    digest: str
    held_back: int = 0  # changes with testimony left on the laptop: HQ has published no evidence key yet


@dataclass(frozen=True)
class RefusedChange:
    """A change of this laptop HQ refused, as its reply said: kept on the laptop with HQ's reason."""

    op_id: str
    entity: str
    entity_id: str
    reason: str  # a UserMessage (HQ's reason in words the UI translates; English for the CLI)


@dataclass
class ReplyImport:
    acknowledged: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)
    refused: list[RefusedChange] = field(default_factory=list)


NOT_ENROLLED_FOR_BUNDLE = QT_TRANSLATE_NOOP(
    "Bundles", "Enrol this laptop with HQ before making a bundle: HQ only takes bundles from laptops it knows, to "
               "check their signature.")
NOT_ENROLLED_FOR_REPLY = QT_TRANSLATE_NOOP(
    "Bundles", "This laptop is not enrolled with HQ, so no reply from HQ can be for it. Enrol it first (on the Sync "
               "page, with a one-time code from HQ).")


def _enrolled_device(store: Store, why: Template = NOT_ENROLLED_FOR_BUNDLE) -> Device:
    with store.session() as session:
        device = session.get(Device, store.device_id)
    if device is None or not device.hq_device_id or not device.signing_key:
        raise NotEnrolled(why)
    return device


def _transport_key(store: Store) -> bytes:
    encoded = sync_apply.get_state(store, sync_apply.HQ_TRANSPORT_KEY)
    try:
        raw = base64.b64decode(encoded or "", validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise NotEnrolled(QT_TRANSLATE_NOOP("Bundles", "This laptop does not know HQ's transport key, which keeps a "
                                                       "bundle unreadable to anyone but HQ: enrol it again with a new "
                                                       "code from HQ (nothing on the laptop is lost)."))
    return raw


def export_bundle(store: Store, out: Path) -> BundleExport:
    device = _enrolled_device(store)
    seal_to = _transport_key(store)
    out = Path(out)
    if out.is_dir():
        raise BundleNotWritten(QT_TRANSLATE_NOOP("Bundles", "{path} is a folder; give a file name for the bundle."),
                               path=str(out))
    if not out.parent.is_dir():
        raise BundleNotWritten(QT_TRANSLATE_NOOP("Bundles", "Folder {folder} does not exist: is the USB stick "
                                                            "plugged in? Nothing was written."), folder=str(out.parent))
    with store.session() as session:
        pending = [OutboxRow.of(r) for r in
                   session.scalars(select(OutboxOp).where(OutboxOp.state == "pending").order_by(OutboxOp.seq))]
    rows, held = prepare(store, pending)  # testimony sealed (once, kept) or left on the laptop
    ops = [(row.seq, wire_op(row).model_dump_json()) for row in rows]
    files, missing = [], 0
    for sha256 in dict.fromkeys(ref for row in rows for ref in (row.attachment_refs or [])):
        try:
            data = store.vault.get(sha256)
        except (NotFound, StoreError):
            missing += 1  # HQ will hold the op back until the file arrives
            continue
        files.append((sha256, len(data), data))
    meta = {
        "device_name": device.name,
        "created_at": datetime.now(UTC).isoformat(),
        "pull_cursor": str(sync_apply.pull_cursor(store)),
        "pull_kinds": ",".join(sync_apply.applied_kinds()),  # what HQ may put in its reply
        "first_seq": str(rows[0].seq if rows else 0),
        "last_seq": str(rows[-1].seq if rows else 0),
        "audit_seq": str(device.audit_seq or 0),
        "audit_head": device.audit_head or "",
        REASON_CODES_META: REASON_CODES_VERSION,  # this laptop reads the reply's reason codes
    }
    try:
        digest = write_bundle(out, kind="ops", meta=meta, rows={"ops": ops, "attachments": files},
                              signing_key=device.signing_key or b"", local_device_id=store.device_id,
                              device_id=device.hq_device_id or "", seal_to=seal_to)
    except OSError as exc:
        _write_failed(exc, out)
    return BundleExport(out, len(ops), len(files), missing, digest, held_back=len(held))


def _write_failed(exc: OSError, out: Path) -> NoReturn:
    """Why the bundle was not written, in words for the person holding the stick (write_bundle left no file)."""
    if is_disk_full(exc):
        raise StickFull(folder=str(out.parent)) from None
    if exc.errno in _READ_ONLY_ERRNOS:
        raise BundleNotWritten(QT_TRANSLATE_NOOP("Bundles", "Cannot write to {folder}: the USB stick is read-only "
                                                            "(look for a lock switch on its side) or this app may not "
                                                            "write there. Nothing was written; the changes still wait "
                                                            "on this laptop."), folder=str(out.parent)) from None
    raise_write_error(exc, UserMessage(QT_TRANSLATE_NOOP("Bundles", "writing the bundle to {path}"), path=str(out)))


def import_reply(store: Store, path: Path) -> ReplyImport:
    device = _enrolled_device(store, NOT_ENROLLED_FOR_REPLY)
    hq_key = sync_apply.get_state(store, sync_apply.HQ_PUBLIC_KEY)
    if not hq_key:
        raise NotEnrolled(QT_TRANSLATE_NOOP("Bundles", "This laptop does not know HQ's key; enrol it again to import "
                                                       "HQ's replies."))

    def signer(header: BundleHeader) -> SignerKey:
        if header.local_device_id != store.device_id or header.device_id != device.hq_device_id:
            raise BundleRejected(QT_TRANSLATE_NOOP("Bundles", "This reply is for another laptop; nothing was "
                                                              "imported. Read the reply made for this laptop's own "
                                                              "bundle."))
        return SignerKey(hq_key, QT_TRANSLATE_NOOP("Bundles", "HQ"))

    try:
        with read_bundle(Path(path), "reply", signer=signer) as bundle:
            results = [OpResult.model_validate_json(r["result"]) for r in bundle.rows("results")]
            items = [PullItem.model_validate_json(r["item"]) for r in bundle.rows("pull")]
            cursor = int(bundle.meta.get("cursor", "0"))
            audit_ack = bundle.meta.get("audit_ack") or None
            made_at = _made_at(bundle.meta.get("created_at"))
    except BundleFormatError as exc:
        raise BundleRejected.of(exc) from None
    except (ValidationError, ValueError):
        raise BundleRejected(QT_TRANSLATE_NOOP("Bundles", "The reply bundle holds entries this app cannot read; "
                                                          "nothing was imported.")) from None
    counts = sync_apply.record_push_results(store, [outcome(r) for r in results], audit_ack=audit_ack)
    sync_apply.compact_outbox(store)  # rows an older version kept after HQ acknowledged them
    report = ReplyImport(acknowledged=counts.get("acked", 0) + counts.get("duplicate", 0),
                         conflicts=counts.get("conflict", 0), rejected=counts.get("rejected", 0), pulled=len(items),
                         refused=_refused(store, [r.op_id for r in results if r.status == "rejected" and not r.retryable]))
    _merge(report.changes, sync_apply.mark_submitted(store))
    _merge(report.changes, sync_apply.apply_pull(
        store, [sync_apply.PulledItem(i.seq, i.kind, i.payload) for i in items], cursor))
    read_at = datetime.now(UTC)
    sync_apply.record_reply(store, made_at=made_at or read_at, read_at=read_at)
    return report


def _made_at(value: str | None) -> datetime | None:
    """When HQ made the reply (signed with it); None when it does not say in a form with a time zone."""
    try:
        made = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return made.astimezone(UTC) if made is not None and made.tzinfo is not None else None


def _refused(store: Store, op_ids: list[str]) -> list[RefusedChange]:
    """The changes the reply refused that the outbox still holds as refused, with HQ's reason, in order."""
    if not op_ids:
        return []
    with store.session() as session:
        rows = session.execute(select(OutboxOp.op_id, OutboxOp.entity, OutboxOp.entity_id, OutboxOp.last_error)
                               .where(OutboxOp.op_id.in_(op_ids), OutboxOp.state == "rejected")
                               .order_by(OutboxOp.seq)).all()
    return [RefusedChange(r.op_id, r.entity, r.entity_id, stored_reason("rejected", r.last_error) or UserMessage(REFUSED))
            for r in rows]
