"""A sync round of many small batches leaves HQ exactly as a rebuild from its records would: the statistics'
projections, every visit summary the establishment files send laptops, and the review queue's index, whichever
batch each record of a visit arrived in; and the audit head HQ holds is the one the laptop was last acknowledged
(SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_app.core import demo
from inspector_app.core.services import setup
from inspector_app.core.services import sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import establishment_files, projections, queue_index
from inspector_app.hq.models import AuditHead, Batch, FileItem, InspectionIndex, Record
from inspector_app.sync.engine import SyncEngine

from ..conftest import PASSPHRASE
from .filled import FilledHQs, backend
from .fixtures import enrol_store
from .support import HQServer


def _pushed_by_a_laptop(laptop: Path) -> Callable[[HQServer], Path]:
    def fill(hq: HQServer) -> Path:
        with setup.create_store(laptop, "somchai", PASSPHRASE) as store:
            demo.generate(store, inspections=24, seed=2569)
            enrol_store(store, hq)
            engine = SyncEngine.for_store(store, batch_ops=37)  # an inspection's records span several batches
            try:
                report = engine.sync_round()
                assert report.ok, report.error
            finally:
                engine.close()
        return laptop
    return fill


@pytest.fixture
def hq(hq_db_url: str, tmp_path: Path, filled_hqs: FilledHQs) -> Iterator[HQServer]:
    """HQ after a new laptop's sync round of many small batches, and that laptop's data dir in tmp_path/laptop:
    a copy of both (the worker fills one of each per database; the tests read them, or rebuild their own copy)."""
    laptop = filled_hqs.root / f"push-rebuild-laptop-{backend(hq_db_url)}"
    made = filled_hqs.copy_into("push-rebuild", hq_db_url, tmp_path / "hq-files", _pushed_by_a_laptop(laptop))
    shutil.copytree(made, tmp_path / "laptop")
    server = HQServer(hq_db_url, tmp_path / "hq-files").start()
    yield server
    server.stop()


@pytest.fixture
def pushed(hq: HQServer, tmp_path: Path) -> Iterator[Store]:
    store = setup.open_store(tmp_path / "laptop", PASSPHRASE, "somchai")
    yield store
    store.close()


def test_projections_after_many_batches_equal_a_rebuild(hq: HQServer, pushed: Store) -> None:
    with hq.db.read() as conn:
        kept = projections.snapshot(conn)
        findings = conn.execute(select(Record.entity_id).where(Record.entity == "findings")).all()
    assert findings and kept["hq_findings"] and kept["hq_inspections"]
    with hq.db.write() as conn:
        projections.rebuild(conn)
        assert projections.snapshot(conn) == kept


def test_visit_summaries_after_many_batches_equal_ones_built_from_scratch(hq: HQServer, pushed: Store) -> None:
    with hq.db.read() as conn:
        items = {r.item_id: r for r in conn.execute(select(FileItem).where(FileItem.item == establishment_files.VISIT))}
        ids = list(conn.execute(select(Record.entity_id).where(Record.entity == "inspections")).scalars())
        built = establishment_files.build_visits(conn, ids)
        groups = establishment_files._groups_of(conn, [r.fields["establishment_id"] for _s, r in built.values()])
        views = establishment_files.group_views(conn, set(groups.values()))
    signed = {i: (s, r) for i, (s, r) in built.items() if s.status in establishment_files.PUBLISHED_FROM}
    assert len(signed) >= 5 and any(s.findings for s, _r in signed.values())
    assert set(items) == set(signed)  # every signed visit is in the files, and nothing else
    for inspection_id, (summary, record) in signed.items():
        view = views[groups[record.fields["establishment_id"]]]
        expected = establishment_files._payload(establishment_files.VISIT, inspection_id, view,
                                                summary.model_dump(mode="json"))
        assert items[inspection_id].data == expected.data, inspection_id
        assert items[inspection_id].digest == establishment_files._digest(expected)


def test_review_queue_index_after_many_batches_equals_a_rebuild(hq: HQServer, pushed: Store) -> None:
    def rows(conn: Any) -> list[dict[str, Any]]:
        columns = [c for c in InspectionIndex.__table__.columns if c.name != "updated_at"]
        return sorted(({c.name: v for c, v in zip(columns, r, strict=True)}
                       for r in conn.execute(select(*columns))), key=lambda r: r["inspection_id"])

    with hq.db.read() as conn:
        kept = rows(conn)
    assert len(kept) == 24 and any(r["findings"] for r in kept) and any(r["submitted_at"] for r in kept)
    with hq.db.write() as conn:
        queue_index.rebuild(conn)
        assert rows(conn) == kept


def test_the_audit_head_after_many_batches_is_the_one_the_laptop_holds_acknowledged(hq: HQServer,
                                                                                      pushed: Store) -> None:
    ack = json.loads(sync_apply.get_state(pushed, sync_apply.AUDIT_ACK) or "{}")
    with hq.db.read() as conn:
        held = conn.execute(select(AuditHead.seq, AuditHead.head)).one()
        batches = conn.execute(select(func.count()).select_from(Batch)).scalar_one()
    assert batches > 3 and (ack["seq"], ack["head"]) == (held.seq, held.head)
