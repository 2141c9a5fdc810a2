"""Workspace tests: httpx against the real HQ app on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import select

from PIL import Image, ImageDraw

from inspector_app.core import demo
from inspector_app.core.models import Finding, Inspection, WorkerInterview
from inspector_app.core.services import attachments, inspections
from inspector_app.core.store import Store
from inspector_app.hq.models import utcnow
from inspector_app.hq.signin import AuthPolicy
from inspector_app.sync.engine import SyncEngine

from ..filled import FilledHQs
from ..fixtures import enrol_store
from ..support import FakeClock, HQServer
from .client import accounts_then, create_accounts

T = TypeVar("T")


@dataclass
class WebHQ:
    server: HQServer
    clock: FakeClock

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def db(self):  # noqa: ANN201
        return self.server.db


@pytest.fixture
def web(hq_db_url: str, tmp_path: Path, filled_hqs: FilledHQs) -> Iterator[WebHQ]:
    """HQ with a supervisor and an admin, on a clock tests may move (sessions, lockouts).

    A copy of one the worker made: hashing the two passwords alone takes a third of a second."""
    clock = FakeClock(utcnow())
    filled_hqs.copy_into("accounts", hq_db_url, tmp_path / "hq-files", lambda server: create_accounts(server.db))
    server = HQServer(hq_db_url, tmp_path / "hq-files", auth_policy=AuthPolicy(clock=clock)).start()
    hq = WebHQ(server, clock)
    yield hq
    hq.server.stop()  # the server `refill` started, if it ran


def refill(web: WebHQ, filled_hqs: FilledHQs, name: str, fill: Callable[[HQServer], T]) -> T:
    """Serve, in place of the workspace's HQ, a copy of the HQ `fill` filled after making the supervisor and the
    admin (once per worker and database); the clock stays the test's. Returns what `fill` returned."""
    old = web.server
    old.stop()
    made = filled_hqs.copy_into(name, old.db_url, old.attachments, accounts_then(fill))
    web.server = HQServer(old.db_url, old.attachments, auth_policy=AuthPolicy(clock=web.clock)).start()
    return made


@dataclass
class Synced:
    store: Store
    engine: SyncEngine
    submitted: list[Inspection]  # signed on the laptop, submitted at HQ, by reference
    photographed: Inspection  # submitted, with a photo of its first finding
    photo_sha: str
    burmese: Inspection  # submitted, with an interview noted in Burmese

    @property
    def device_id(self) -> str:
        """HQ's id for this laptop."""
        from inspector_app.core.models import Device

        with self.store.session() as s:
            return str(s.get(Device, self.store.device_id).hq_device_id)


def photo_jpeg(width: int = 1600, height: int = 1200) -> bytes:
    """A synthetic camera-sized photo (a gradient with a pay-slip-like box), as JPEG."""
    image = Image.new("RGB", (width, height), (200, 210, 220))
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 40):
        draw.line([(0, y), (width, y)], fill=(180, 190, 205), width=3)
    draw.rectangle([width // 5, height // 5, width * 4 // 5, height * 4 // 5], fill=(250, 250, 245),
                   outline=(60, 60, 60), width=8)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _photograph_and_sign(store: Store) -> tuple[str, str]:
    """Add a photo to a completed demo inspection's first finding, then sign it (as an inspector does)."""
    with store.session() as s:
        inspection = s.scalars(select(Inspection).where(Inspection.status == "completed")
                               .order_by(Inspection.reference)).first()
        assert inspection is not None
        finding = s.scalars(select(Finding).where(Finding.inspection_id == inspection.id)
                            .order_by(Finding.created_at)).first()
    data = photo_jpeg()
    attachments.add_attachment(store, inspection.id, data, mime="image/jpeg", caption="สลิปเงินเดือน (ตัวอย่าง)",
                               finding_id=finding.id if finding else None, width=1600, height=1200)
    inspections.sign_inspection(store, inspection.id, role="inspector", signer_name="Somchai (synthetic)",
                                image_png=demo._signature_png())
    return inspection.id, hashlib.sha256(data).hexdigest()


@pytest.fixture
def synced(web: WebHQ, store: Store) -> Iterator[Synced]:
    """A real laptop with demo inspections (one photographed), enrolled and synced with the workspace's HQ."""
    enrol_store(store, web.server)
    demo.generate(store, inspections=12, seed=3)
    photographed_id, sha = _photograph_and_sign(store)
    engine = SyncEngine.for_store(store)
    assert engine.sync_round().ok
    with store.session() as s:
        submitted = list(s.scalars(select(Inspection).where(Inspection.status == "submitted")
                                   .order_by(Inspection.reference)))
        burmese_ids = set(s.scalars(select(WorkerInterview.inspection_id).where(
            WorkerInterview.notes_language == "my", WorkerInterview.notes_original.is_not(None))))
    assert len(submitted) >= 3
    photographed = next(i for i in submitted if i.id == photographed_id)
    burmese = next(i for i in submitted if i.id in burmese_ids and i.id != photographed_id)
    yield Synced(store, engine, submitted, photographed, sha, burmese)
    engine.close()
