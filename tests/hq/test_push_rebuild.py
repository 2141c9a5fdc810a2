"""A sync round of many small batches leaves HQ exactly as a rebuild from its records would: the statistics'
projections, and every visit summary the establishment files send laptops, whichever batch each record of a
visit arrived in (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.services import setup
from inspector_app.core.store import Store
from inspector_app.hq import establishment_files, projections
from inspector_app.hq.models import FileItem, Record
from inspector_app.sync.engine import SyncEngine

from ..conftest import PASSPHRASE
from .fixtures import enrol_store
from .support import HQServer


@pytest.fixture
def pushed(hq: HQServer, tmp_path: Path) -> Iterator[Store]:
    store = setup.create_store(tmp_path / "laptop", "somchai", PASSPHRASE)
    demo.generate(store, inspections=24, seed=2569)
    enrol_store(store, hq)
    engine = SyncEngine.for_store(store, batch_ops=37)  # an inspection's records span several batches
    try:
        report = engine.sync_round()
        assert report.ok, report.error
    finally:
        engine.close()
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
