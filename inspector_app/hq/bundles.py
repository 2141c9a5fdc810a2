"""`inspector-hq import-bundle`: apply a laptop's USB bundle with the same idempotency as a push.

A bundle is checked whole before anything is used: every byte signed by the
key the laptop gave at enrolment (checked before the payload is even opened),
sealed to this HQ's transport key, the expected tables and counts, every
attachment matching its hash. A bundle that fails any of these is refused whole:
it is not what the laptop signed. Then its files are stored (content-addressed,
harmless to repeat) and its ops applied in one transaction under the batch id
`bundle:<digest>`, exactly as a push applies them: each op is read by itself, and
one HQ cannot read or will not take is answered `rejected` with its reason while
the laptop's other work is applied. Importing the same bundle twice, or a bundle
and then a network push of the same ops, creates nothing twice. Optionally HQ
writes a signed reply bundle (its answers, so the laptop shows each refused change
with HQ's reason, and everything published to that laptop) for the trip back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import Connection, select

from ..sync.bundle_file import Bundle, BundleFormatError, BundleHeader, SignerKey, read_bundle, write_bundle
from ..sync.protocol import RESULT_CODE_FIELDS, Op, PullItem, PushResponse, parse_kinds
from ..sync.reasons import REASON_CODES_META
from . import device_provinces
from .db import HQDatabase
from .devices import DeviceIdentity
from .errors import BundleError, DiskFull, is_disk_full
from .keys import signing_key, transport_key
from .models import Device
from .op_checks import OpRejection, parse_op
from .publish import for_device
from .push import apply_batch
from .storage import AttachmentStorage
from .uploads import record_blob


@dataclass(frozen=True)
class BundleImport:
    device: DeviceIdentity
    response: PushResponse
    attachments: int
    digest: str
    reply: Path | None

    def count(self, status: str) -> int:
        return sum(1 for r in self.response.results if r.status == status)


def import_bundle(db: HQDatabase, storage: AttachmentStorage, path: Path, *, reply: Path | None = None) -> BundleImport:
    found: list[DeviceIdentity] = []

    def signer(header: BundleHeader) -> SignerKey:
        found.append(_device_of(db, header))
        return SignerKey(found[-1].public_key, f"laptop {found[-1].name}")

    with db.read() as conn:
        opening_key = transport_key(conn)
    try:
        bundle = read_bundle(path, "ops", signer=signer, transport_key=opening_key)
    except BundleFormatError as exc:
        raise BundleError(exc.message) from None
    device = found[-1]
    with bundle:
        try:
            ops = _ops(bundle, device)
            files = _store_files(bundle, storage)
        except BundleFormatError as exc:
            raise BundleError(exc.message) from None

    def own_files(conn: Connection) -> None:
        for sha256, size in files:
            record_blob(conn, device.id, sha256, size)

    try:
        audit_seq = int(bundle.meta.get("audit_seq", ""))
    except ValueError:
        audit_seq = None
    # The bundle's audit head is kept in its batch's transaction, as a push's is.
    response = apply_batch(db, device, f"bundle:{bundle.digest}", ops, source="bundle", before_apply=own_files,
                           audit=(audit_seq, bundle.meta.get("audit_head")))
    written = None
    if reply is not None:
        written = write_reply(db, device, response, bundle, reply)
    return BundleImport(device, response, len(files), bundle.digest, written)


def _device_of(db: HQDatabase, header: BundleHeader) -> DeviceIdentity:
    with db.read() as conn:
        row = conn.execute(select(Device).where(Device.local_id == header.local_device_id)).first()
    if row is None or row.id != header.device_id:
        raise BundleFormatError("The bundle comes from a laptop this HQ has not enrolled; enrol it first. "
                                "Nothing was imported.")
    if row.revoked_at is not None:
        raise BundleFormatError(f"Laptop {row.name} was revoked; HQ takes nothing from it until it is enrolled again.")
    return DeviceIdentity(row.id, row.local_id, row.name, row.public_key)


def _ops(bundle: Bundle, device: DeviceIdentity) -> list[Op | OpRejection]:
    """Each op read as a push reads it: one HQ cannot read is answered on its own, in its place.

    The signature already proved the laptop wrote every op as it is, so an unreadable one is
    that laptop's own (e.g. a NUL in a field, from an app version that let one in), not damage:
    refusing the whole bundle for it would hold the laptop's good work back at every trip."""
    ops: list[Op | OpRejection] = []
    for index, row in enumerate(bundle.rows("ops")):
        try:
            raw = json.loads(row["op"])
        except (TypeError, ValueError, RecursionError):
            raw = None
        item = parse_op(raw, index)
        if isinstance(item, OpRejection) and item.result.op_id.startswith("#"):
            # No usable op id: name it as the laptop's outbox does, so its answer reaches the right change.
            item = OpRejection(item.result.model_copy(update={"op_id": f"{device.local_id}:{str(row['seq'])[:20]}"}))
        ops.append(item)
    return ops


def _store_files(bundle: Bundle, storage: AttachmentStorage) -> list[tuple[str, int]]:
    checked = []
    for row in bundle.rows("attachments"):
        data = row["data"]
        if not isinstance(data, bytes) or len(data) != row["size"] or hashlib.sha256(data).hexdigest() != row["sha256"]:
            raise BundleFormatError(f"Attachment {str(row['sha256'])[:12]}… in the bundle does not match its hash; "
                                    "nothing was imported.")
        checked.append((row["sha256"], row["size"]))
    # Only once every file checked out: storing is content-addressed, so a repeat is a no-op.
    try:
        for row in bundle.rows("attachments"):
            storage.put(row["sha256"], row["data"])
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull("storing the bundle's files at HQ; no change was applied, import it again") from None
        raise
    return checked


def write_reply(db: HQDatabase, device: DeviceIdentity, response: PushResponse, bundle: Bundle, path: Path) -> Path:
    """HQ's answers plus everything published to this laptop after its pull cursor, signed by HQ."""
    try:
        after = int(bundle.meta.get("pull_cursor", "0"))
    except ValueError:
        after = 0
    kinds = parse_kinds(bundle.meta.get("pull_kinds"))  # an older laptop's bundle names none: the legacy kinds
    device_provinces.refresh_if_needed(db, device.id)
    with db.read() as conn:
        items = conn.execute(for_device(device.id, after, kinds)).all()
        key = signing_key(conn)
    pull_rows = [(r.seq, PullItem(seq=r.seq, kind=r.kind, payload=r.payload).model_dump_json()) for r in items]
    # A laptop from before reason codes reads each answer strictly: it gets them without the code fields.
    leave_out = set() if bundle.meta.get(REASON_CODES_META) else set(RESULT_CODE_FIELDS)
    result_rows = list({r.op_id: (r.op_id, r.model_dump_json(exclude=leave_out)) for r in response.results}.values())
    meta = {
        "in_reply_to": bundle.digest,
        "cursor": str(items[-1].seq if items else after),
        "created_at": datetime.now(UTC).isoformat(),
        "audit_ack": response.audit_ack.model_dump_json() if response.audit_ack else "",
    }
    try:
        write_bundle(path, kind="reply", meta=meta, rows={"results": result_rows, "pull": pull_rows},
                     signing_key=key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
                     local_device_id=device.local_id, device_id=device.id)
    except OSError as exc:
        what = "the disk is full" if is_disk_full(exc) else exc.strerror
        raise BundleError(f"The bundle was imported, but the reply could not be written to {path} ({what}); "
                          "import the same bundle again with --reply to write it (nothing is applied twice).") from None
    return path
