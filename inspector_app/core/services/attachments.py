"""Photos and documents: bytes go to the encrypted vault, metadata to the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..models import Attachment, Finding, Inspection
from ..photos import store_report_copy
from ..writer import ChangeSet
from .inspections import editable
from .text import clean_text

if TYPE_CHECKING:
    from ..store import Store

MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024


def add_attachment(store: Store, inspection_id: str, data: bytes, *, mime: str, caption: str | None = None,
                   original_name: str | None = None, finding_id: str | None = None,
                   width: int | None = None, height: int | None = None,
                   original: bytes | None = None) -> ChangeSet:
    """Store a file. `original` keeps the full-size photo beside a downscaled `data`, if the setting asks.

    `created("attachments")` is the new attachment's id.
    """
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("AttachmentErrors", "The file is empty."))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("AttachmentErrors", "The file is larger than {size} MB."),
                              size=MAX_ATTACHMENT_BYTES // (1024 * 1024))
    # Files first: a crash after this leaves an unreferenced encrypted file, never a record without its file.
    sha256 = store.vault.put(data)
    original_sha256 = store.vault.put(original) if original else None
    if mime.startswith("image/"):
        store_report_copy(store.vault, sha256, data)  # reports read this small copy, not the photo
    with store.unit_of_work() as uow:
        inspection = editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        if finding_id:
            uow.get(Finding, finding_id, "finding")
        attachment = Attachment(inspection_id=inspection.id, finding_id=finding_id, sha256=sha256, mime=mime,
                                size=len(data), caption=clean_text(caption), original_name=original_name,
                                owner_id=store.user_id, width=width, height=height, original_sha256=original_sha256)
        refs = [sha256] + ([original_sha256] if original_sha256 else [])
        uow.save(attachment, "create", attachment_refs=refs)
    return uow.changes


def update_attachment(store: Store, attachment_id: str, *, caption: str | None = None,
                      finding_id: str | None = None) -> ChangeSet:
    with store.unit_of_work() as uow:
        attachment = uow.get(Attachment, attachment_id, "attachment")
        editable(uow, uow.get(Inspection, attachment.inspection_id, "inspection"))
        if finding_id:
            uow.get(Finding, finding_id, "finding")
        attachment.caption = clean_text(caption)
        attachment.finding_id = finding_id
        uow.save(attachment)
    return uow.changes
