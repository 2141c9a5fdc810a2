"""The inspection index the review queue reads: kept current by pushes and decisions, backfilled by migration 0006."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import select

from inspector_app.hq import reviews, users
from inspector_app.hq.bootstrap import open_database
from inspector_app.hq.db import HQDatabase, alembic_config
from inspector_app.hq.models import InspectionIndex

from .devices import fake_laptop
from .support import HQServer


def _row(db: HQDatabase, inspection_id: str) -> InspectionIndex:
    with db.read() as conn:
        return conn.execute(select(InspectionIndex).where(InspectionIndex.inspection_id == inspection_id)).one()


def test_pushes_and_decisions_keep_the_queue_columns(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    establishment = laptop.op("establishments", "est-1", 0, 1, name_th="โรงงานทดสอบ", province_code="63",
                              district_code="6306")
    inspection = laptop.inspection("insp-1", establishment_id="est-1", status="draft", visit_date="2026-11-02")
    finding = laptop.op("findings", "f-1", 0, 1, inspection_id="insp-1", severity="S3", status="open")
    assert all(r.status == "applied" for r in laptop.push(establishment, inspection, finding).results)
    row = _row(hq.db, "insp-1")
    assert (row.district_code, row.province_code, row.worst_severity, row.hq_status, row.submitted_at) == \
        ("6306", "63", 3, "draft", None)
    # An S1 finding and the signature: S1 first in the queue, submitted from now.
    worse = laptop.op("findings", "f-2", 0, 1, inspection_id="insp-1", severity="S1", status="open")
    signed = laptop.op("inspections", "insp-1", 1, 2, reference=inspection.fields["reference"], status="signed",
                       revision=1, establishment_id="est-1", visit_date="2026-11-02")
    laptop.push(worse, signed)
    row = _row(hq.db, "insp-1")
    assert (row.worst_severity, row.s1_findings, row.findings, row.hq_status) == (1, 1, 2, "submitted")
    assert row.submitted_at is not None
    # The establishment moves district: every inspection of it follows.
    laptop.push(laptop.op("establishments", "est-1", 1, 2, name_th="โรงงานทดสอบ", province_code="63",
                          district_code="6301"))
    assert _row(hq.db, "insp-1").district_code == "6301"
    users.create_user(hq.db, "sup", "Sup", "password-123456")
    reviews.review(hq.db, "insp-1", "approved", None, users.verify_user(hq.db, "sup", "password-123456"))
    assert _row(hq.db, "insp-1").hq_status == "approved"


def test_migration_0006_backfills_the_index_from_what_hq_holds(hq_db_url: str, tmp_path) -> None:  # noqa: ANN001
    db = open_database(hq_db_url)
    server = HQServer(hq_db_url, tmp_path / "files").start()
    try:
        laptop = fake_laptop(server)
        laptop.push(laptop.op("establishments", "est-9", 0, 1, name_th="ฟาร์ม", province_code="63",
                              district_code="6306"),
                    laptop.inspection("insp-9", establishment_id="est-9", status="signed"),
                    laptop.op("findings", "f-9", 0, 1, inspection_id="insp-9", severity="S2", status="open"))
    finally:
        server.stop()
    # Back to 0005 (the index goes), then forward again: the rows are rebuilt from the records.
    cfg = alembic_config()
    with db.engine.connect() as conn:
        conn = conn.execution_options(hq_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
    db.upgrade()
    row = _row(db, "insp-9")
    assert (row.district_code, row.worst_severity, row.hq_status) == ("6306", 2, "submitted")
    assert row.submitted_at is not None and row.submitted_at <= datetime.now(UTC)
    db.dispose()
