"""Abandoned uploads are removed after a configurable age, with their partial files; live ones stay."""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from inspector_app.hq import cli as hq_cli
from inspector_app.hq.app import create_app
from inspector_app.hq.models import Upload, utcnow
from inspector_app.sync.client import ProtocolError

from .devices import fake_laptop
from .support import HQServer


def _start(laptop, size: int = 4096) -> tuple[str, bytes]:  # noqa: ANN001
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    laptop.client.start_upload(sha, len(data))
    laptop.client.upload_chunk(sha, 0, data[: size // 2])
    return sha, data


def _age(hq: HQServer, sha: str, days: int) -> None:
    with hq.db.write() as conn:
        conn.execute(update(Upload).where(Upload.sha256 == sha).values(updated_at=utcnow() - timedelta(days=days)))


def _parts(hq: HQServer) -> set[str]:
    return {p.name for p in (hq.attachments / "parts").iterdir()}


def test_cleanup_removes_only_abandoned_uploads_and_the_laptop_starts_again(
        hq: HQServer, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = fake_laptop(hq)
    old_sha, old_data = _start(laptop)
    new_sha, _ = _start(laptop)
    _age(hq, old_sha, 20)
    stray = hq.attachments / "parts" / f"{laptop.device_id}-{'e' * 64}"  # a part whose row is long gone
    stray.write_bytes(b"x" * 100)
    os.utime(stray, (time.time() - 30 * 86400,) * 2)

    code = hq_cli.main(["cleanup-uploads", "--db", hq.db_url, "--attachments", str(hq.attachments),
                        "--older-than-days", "14"])
    out = capsys.readouterr().out
    assert code == 0 and "Removed 1 upload with no chunk for 14 days" in out and "1 stray part file;" in out, out
    assert _parts(hq) == {f"{laptop.device_id}-{new_sha}"}
    with hq.db.read() as conn:
        assert set(conn.execute(select(Upload.sha256)).scalars()) == {new_sha}
    with pytest.raises(ProtocolError) as gone:
        laptop.client.upload_status(old_sha)
    assert gone.value.code == "no_upload"
    assert laptop.client.start_upload(old_sha, len(old_data)).offset == 0
    assert laptop.client.upload_chunk(old_sha, 0, old_data).complete and hq.storage.read(old_sha) == old_data
    assert laptop.client.upload_status(new_sha).offset == 2048  # the live upload goes on where it was


def test_serve_removes_abandoned_uploads_by_itself(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    sha, _ = _start(laptop)
    _age(hq, sha, 3)

    def uploads() -> int:
        with hq.db.read() as conn:
            return conn.scalar(select(func.count()).select_from(Upload))

    async def serve_a_moment() -> None:  # what uvicorn does around serving: the app's start and stop
        app = create_app(hq.db_url, hq.attachments, stale_uploads=timedelta(days=2))
        async with app.router.lifespan_context(app):
            deadline = time.monotonic() + 20
            while uploads() and time.monotonic() < deadline:
                await asyncio.sleep(0.05)

    asyncio.run(serve_a_moment())
    assert uploads() == 0 and _parts(hq) == set()


@pytest.mark.parametrize("days", ["0", "-3"])
def test_a_bad_age_is_refused(hq: HQServer, capsys: pytest.CaptureFixture[str], days: str) -> None:
    assert hq_cli.main(["cleanup-uploads", "--db", hq.db_url, "--attachments", str(hq.attachments),
                        "--older-than-days", days]) != 0
    assert "--older-than-days must be at least 1" in capsys.readouterr().err
