"""Report-size photo copies: made when a photo is added, encrypted in the vault, made later for older photos."""

from __future__ import annotations

import errno
import hashlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app.core.photos import REPORT_MAX_PIXELS, copy_kind
from inspector_app.core.services import attachments
from inspector_app.core.store import Store
from inspector_app.reports import build_report
from inspector_app.reports.photos import PhotoCache

from ..core.helpers import new_inspection
from .report_data import photo_bytes


def _pdf_images(pdf: bytes) -> list[bytes]:
    """The JPEG streams the PDF embeds, as stored (DCTDecode: the file's bytes)."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            filters = obj.get("/Filter")
            if obj.get("/Subtype") == "/Image" and "/DCTDecode" in (filters if isinstance(filters, list) else [filters]):
                found.append(obj._data)  # noqa: SLF001 - the raw stream, not a re-encoded image
    return found


def _add_photo(store: Store, seed: int, size: tuple[int, int] = (2400, 1800)) -> tuple[str, str, bytes]:
    inspection_id = new_inspection(store)
    data = photo_bytes(seed, size)
    attachments.add_attachment(store, inspection_id, data, mime="image/jpeg", caption="หลักฐาน")
    return inspection_id, hashlib.sha256(data).hexdigest(), data


def test_adding_a_photo_stores_its_report_copy_encrypted(store: Store, data_dir: Path) -> None:
    inspection_id, sha256, _data = _add_photo(store, 1)
    copy = store.vault.get_derived(sha256, copy_kind(REPORT_MAX_PIXELS))
    assert copy is not None and copy.startswith(b"\xff\xd8") and len(copy) < 200_000
    on_disk = store.vault.derived_path(sha256, copy_kind(REPORT_MAX_PIXELS)).read_bytes()
    assert copy[:64] not in on_disk and copy[-64:] not in on_disk
    # The report prints exactly that copy, even with the full photo gone from the laptop.
    store.vault.path_for(sha256).unlink()
    result = build_report(store, "full", inspection_id, photo_cache=PhotoCache())
    assert _pdf_images(result.pdf) == [copy]


def test_a_photo_added_before_copies_existed_gets_one_at_its_first_report(store: Store) -> None:
    inspection_id, sha256, _data = _add_photo(store, 2)
    copy_path = store.vault.derived_path(sha256, copy_kind(REPORT_MAX_PIXELS))
    copy_path.unlink()  # as in a data dir from an earlier version
    first = build_report(store, "full", inspection_id, photo_cache=PhotoCache())
    assert copy_path.exists()
    again = build_report(store, "full", inspection_id, photo_cache=PhotoCache())
    images = _pdf_images(first.pdf)
    assert len(images) == 1 and images == _pdf_images(again.pdf)
    assert store.vault.get_derived(sha256, copy_kind(REPORT_MAX_PIXELS)) == images[0]


def test_a_copy_swapped_for_another_photos_copy_is_not_used(store: Store) -> None:
    inspection_id, sha256, _data = _add_photo(store, 3)
    _other_inspection, other_sha256, _other = _add_photo(store, 4)
    kind = copy_kind(REPORT_MAX_PIXELS)
    own = store.vault.get_derived(sha256, kind)
    store.vault.derived_path(sha256, kind).write_bytes(store.vault.derived_path(other_sha256, kind).read_bytes())
    assert store.vault.get_derived(sha256, kind) is None  # bound to its photo: the swap does not decrypt
    result = build_report(store, "full", inspection_id, photo_cache=PhotoCache())
    assert _pdf_images(result.pdf) == [own]  # made again from the right photo


def test_documents_get_no_copy_and_a_broken_image_adds_fine(store: Store) -> None:
    inspection_id = new_inspection(store)
    for data, mime in ((b"%PDF-1.4 a scanned contract", "application/pdf"), (b"\xff\xd8 not really", "image/jpeg")):
        attachments.add_attachment(store, inspection_id, data, mime=mime)
        sha256 = hashlib.sha256(data).hexdigest()
        assert store.vault.get(sha256) == data
        assert store.vault.get_derived(sha256, copy_kind(REPORT_MAX_PIXELS)) is None
    assert build_report(store, "full", inspection_id, photo_cache=PhotoCache()).pages >= 1


def test_a_copy_that_cannot_be_stored_still_gives_the_photo(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    inspection_id, sha256, _data = _add_photo(store, 5)
    kind = copy_kind(REPORT_MAX_PIXELS)
    store.vault.derived_path(sha256, kind).unlink()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(store.vault, "put_derived", disk_full)
    result = build_report(store, "full", inspection_id, photo_cache=PhotoCache())
    assert len(_pdf_images(result.pdf)) == 1
