"""Resumable, content-addressed uploads: offsets, chunk checksums, finalise only on a matching file."""

from __future__ import annotations

import hashlib
import os

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.hq.models import AttachmentBlob, Upload
from inspector_app.sync.client import DEFAULT_TIMEOUT, OffsetMismatch, ProtocolError

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

CHUNK = 64 * 1024


@pytest.fixture
def laptop(hq: HQServer) -> FakeLaptop:
    return fake_laptop(hq)


def test_upload_resumes_from_hq_offset_and_finalises_on_a_matching_file(hq: HQServer, laptop: FakeLaptop) -> None:
    data = os.urandom(3 * CHUNK + 123)
    sha = hashlib.sha256(data).hexdigest()
    status = laptop.client.start_upload(sha, len(data))
    assert (status.offset, status.complete) == (0, False)
    laptop.client.upload_chunk(sha, 0, data[:CHUNK])
    # The laptop "forgets" where it was: HQ's offset is the truth.
    assert laptop.client.start_upload(sha, len(data)).offset == CHUNK
    assert laptop.client.upload_status(sha).offset == CHUNK
    with pytest.raises(OffsetMismatch):
        laptop.client.upload_chunk(sha, 2 * CHUNK, data[2 * CHUNK : 3 * CHUNK])
    assert not hq.storage.has(sha)
    offset = CHUNK
    while offset < len(data):
        status = laptop.client.upload_chunk(sha, offset, data[offset : offset + CHUNK])
        offset = status.offset
    assert status.complete and hq.storage.read(sha) == data
    with hq.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Upload)) == 0
        assert conn.execute(select(AttachmentBlob.size)).scalar_one() == len(data)
    # Asking again is harmless: it is complete.
    assert laptop.client.start_upload(sha, len(data)).complete


def test_a_damaged_chunk_is_refused_and_a_wrong_file_discarded(hq: HQServer, laptop: FakeLaptop) -> None:
    data = os.urandom(CHUNK)
    sha = hashlib.sha256(data).hexdigest()
    laptop.client.start_upload(sha, len(data))
    # Flip the last byte: appending a fixed byte instead left the chunk intact whenever the random data
    # already ended in it (1 run in 256), and HQ then rightly took the "damaged" chunk as the whole file.
    changed = data[:-1] + bytes([data[-1] ^ 0xFF])
    damaged = httpx.put(f"{hq.url}/api/v1/attachments/{sha}", params={"offset": 0}, content=changed,
                        headers={"Authorization": f"Bearer {laptop.token}", "X-Chunk-SHA256": sha},
                        timeout=DEFAULT_TIMEOUT)
    assert damaged.status_code == 422 and damaged.json()["code"] == "chunk_checksum"
    impostor = os.urandom(CHUNK)  # right size, wrong content for this hash
    with pytest.raises(ProtocolError) as wrong:
        laptop.client.upload_chunk(sha, 0, impostor)
    assert wrong.value.code == "file_checksum" and not hq.storage.has(sha)
    assert laptop.client.upload_status(sha).offset == 0
    assert laptop.client.upload_chunk(sha, 0, data).complete and hq.storage.read(sha) == data


def test_a_file_another_device_gave_is_still_uploaded_in_full_but_stored_once(hq: HQServer, laptop: FakeLaptop) -> None:
    data = os.urandom(1000)
    sha = hashlib.sha256(data).hexdigest()
    laptop.client.start_upload(sha, len(data))
    laptop.client.upload_chunk(sha, 0, data)
    other = fake_laptop(hq, "other")
    assert other.client.start_upload(sha, len(data)).offset == 0  # proof of possession, not a free pass
    assert other.client.upload_chunk(sha, 0, data).complete
    with hq.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
    # Now each device's ops may refer to the file.
    photo = other.op("attachments", "p1", 0, 1, inspection_id=other.own_inspection(), sha256=sha)
    photo.attachment_refs = [sha]
    assert other.push(photo).results[0].status == "applied"
