"""Resumable, content-addressed attachment uploads.

create -> ask offset -> send chunks (each with its SHA-256) -> HQ finalises
only when the size and the whole file's SHA-256 match. The upload row's
`offset` is the truth: a chunk is written to the part file first (after
cutting the file back to the offset), then the offset moves in the same
transaction that holds the upload row, so a crash between the two costs one
re-sent chunk, never a corrupt file. A device may only resume its own
uploads; a file another device already gave HQ is still uploaded in full
(that is the proof that this device holds it), but stored once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..sync.protocol import MAX_CHUNK_BYTES, UploadRequest, UploadStatus
from .db import HQDatabase
from .devices import DeviceIdentity
from .errors import Conflict, DiskFull, Invalid, NotFound, is_disk_full
from .models import AttachmentBlob, AttachmentOwner, Upload, utcnow
from .storage import AttachmentStorage


def _part(device: DeviceIdentity, sha256: str) -> str:
    return f"{device.id}-{sha256}"


def _owned(conn: Connection, device: DeviceIdentity, sha256: str) -> int | None:
    row = conn.execute(
        select(AttachmentBlob.size).join(AttachmentOwner, AttachmentOwner.sha256 == AttachmentBlob.sha256)
        .where(AttachmentOwner.device_id == device.id, AttachmentBlob.sha256 == sha256)
    ).first()
    return None if row is None else int(row.size)


def start_upload(db: HQDatabase, storage: AttachmentStorage, device: DeviceIdentity,
                 request: UploadRequest) -> UploadStatus:
    with db.write() as conn:
        size = _owned(conn, device, request.sha256)
        if size is not None:
            return UploadStatus(sha256=request.sha256, size=size, offset=size, complete=True)
        row = conn.execute(select(Upload).where(Upload.device_id == device.id, Upload.sha256 == request.sha256)).first()
        if row is None:
            now = utcnow()
            storage.discard_part(_part(device, request.sha256))
            conn.execute(insert(Upload).values(device_id=device.id, sha256=request.sha256, size=request.size,
                                               offset=0, created_at=now, updated_at=now))
            return UploadStatus(sha256=request.sha256, size=request.size, offset=0, complete=False)
        if row.size != request.size:
            raise Invalid("This file was announced before with another size; its content cannot match its hash.",
                          code="upload_size_changed")
        offset = _reconcile(conn, storage, device, row)
        return UploadStatus(sha256=request.sha256, size=row.size, offset=offset, complete=False)


def upload_status(db: HQDatabase, storage: AttachmentStorage, device: DeviceIdentity, sha256: str) -> UploadStatus:
    with db.write() as conn:
        size = _owned(conn, device, sha256)
        if size is not None:
            return UploadStatus(sha256=sha256, size=size, offset=size, complete=True)
        row = conn.execute(select(Upload).where(Upload.device_id == device.id, Upload.sha256 == sha256)).first()
        if row is None:
            raise NotFound("No upload of this file was started by this device.", code="no_upload")
        return UploadStatus(sha256=sha256, size=row.size, offset=_reconcile(conn, storage, device, row), complete=False)


def _reconcile(conn: Connection, storage: AttachmentStorage, device: DeviceIdentity, row: Upload) -> int:
    """If the part file is shorter than the row says (lost after a crash), resume from what is there."""
    actual = storage.part_size(_part(device, row.sha256))
    if actual < row.offset:
        conn.execute(update(Upload).where(Upload.device_id == device.id, Upload.sha256 == row.sha256)
                     .values(offset=actual, updated_at=utcnow()))
        return actual
    return int(row.offset)


def write_chunk(db: HQDatabase, storage: AttachmentStorage, device: DeviceIdentity, sha256: str, offset: int,
                data: bytes, chunk_sha256: str) -> UploadStatus:
    if not data:
        raise Invalid("An empty chunk.", code="empty_chunk")
    if len(data) > MAX_CHUNK_BYTES:
        raise Invalid(f"A chunk may hold at most {MAX_CHUNK_BYTES} bytes.", code="chunk_too_large",
                      params={"limit": MAX_CHUNK_BYTES})
    if hashlib.sha256(data).hexdigest() != chunk_sha256.lower():
        raise Invalid("The chunk does not match its checksum (damaged on the way); send it again.",
                      code="chunk_checksum")
    part = _part(device, sha256)
    with db.write() as conn:
        size = _owned(conn, device, sha256)
        if size is not None:
            return UploadStatus(sha256=sha256, size=size, offset=size, complete=True)
        # Lock the upload row first: one writer per upload at a time, on either database.
        locked = conn.execute(update(Upload).where(Upload.device_id == device.id, Upload.sha256 == sha256)
                              .values(updated_at=utcnow())).rowcount
        if not locked:
            raise NotFound("No upload of this file was started by this device.", code="no_upload")
        row = conn.execute(select(Upload).where(Upload.device_id == device.id, Upload.sha256 == sha256)).one()
        current = _reconcile(conn, storage, device, row)
        if offset != current:
            raise Conflict(f"HQ holds {current} bytes of this file; send from there.", code="offset_mismatch",
                           params={"offset": current})
        if offset + len(data) > row.size:
            raise Invalid("The chunk goes past the announced size of the file.", code="chunk_past_end")
        try:
            new_offset = storage.write_part(part, offset, data)
        except OSError as exc:
            if is_disk_full(exc):  # the offset stays where it was: the laptop sends this chunk again later
                raise DiskFull("storing an uploaded chunk at HQ") from None
            raise
        if new_offset < row.size:
            conn.execute(update(Upload).where(Upload.device_id == device.id, Upload.sha256 == sha256)
                         .values(offset=new_offset))
            return UploadStatus(sha256=sha256, size=row.size, offset=new_offset, complete=False)
        matches = storage.part_sha256(part) == sha256
        if matches:
            storage.finalise(part, sha256)
            record_blob(conn, device.id, sha256, row.size)
            conn.execute(delete(Upload).where(Upload.device_id == device.id, Upload.sha256 == sha256))
        else:
            storage.discard_part(part)
            conn.execute(update(Upload).where(Upload.device_id == device.id, Upload.sha256 == sha256).values(offset=0))
    if not matches:
        raise Invalid("The whole file does not match its SHA-256; it was discarded, upload it again.",
                      code="file_checksum")
    return UploadStatus(sha256=sha256, size=row.size, offset=row.size, complete=True)


def record_blob(conn: Connection, device_id: str, sha256: str, size: int) -> None:
    """Note a stored file and that `device_id` holds it (idempotent, race-safe)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(AttachmentBlob).values(sha256=sha256, size=size, stored_at=utcnow())
                 .on_conflict_do_nothing(index_elements=["sha256"]))
    conn.execute(dialect.insert(AttachmentOwner).values(sha256=sha256, device_id=device_id)
                 .on_conflict_do_nothing(index_elements=["sha256", "device_id"]))


@dataclass(frozen=True)
class Cleanup:
    uploads: int  # abandoned uploads removed (row and part file)
    orphans: int  # part files without an upload row removed


def remove_stale_uploads(db: HQDatabase, storage: AttachmentStorage, older_than: timedelta) -> Cleanup:
    """Forget uploads no chunk arrived for in `older_than`, with their part files.

    Safe beside live uploads on any number of HQ processes: a row is deleted only while it is still
    stale (a chunk in flight holds its row lock and refreshes `updated_at` first), and a laptop whose
    upload was removed is told `no_upload` and starts it again.
    """
    if older_than <= timedelta(0):
        raise Invalid("The age after which uploads are abandoned must be positive.")
    cutoff = utcnow() - older_than
    with db.write() as conn:
        stale = conn.execute(delete(Upload).where(Upload.updated_at < cutoff)
                             .returning(Upload.device_id, Upload.sha256)).all()
    for row in stale:
        storage.discard_part(f"{row.device_id}-{row.sha256}")
    orphans = 0
    with db.read() as conn:
        live = {f"{r.device_id}-{r.sha256}" for r in conn.execute(select(Upload.device_id, Upload.sha256))}
    for part in storage.parts_older_than(older_than.total_seconds()):
        if part not in live:
            storage.discard_part(part)
            orphans += 1
    return Cleanup(len(stale), orphans)
