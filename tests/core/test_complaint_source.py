"""The complaint source: free text on the inspection, blank means not recorded, checked like any field."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.models import Inspection, OutboxOp
from inspector_app.core.services import inspections
from inspector_app.core.store import Store

from .helpers import new_inspection


def _source(store: Store, inspection_id: str) -> str | None:
    with store.session() as s:
        return s.get(Inspection, inspection_id).complaint_source


def test_complaint_source_is_saved_cleared_and_checked(store: Store) -> None:
    inspection_id = new_inspection(store)
    inspections.update_inspection(store, inspection_id, visit_type="complaint",
                                  complaint_source="ผู้ร้องทางสายด่วน 1546: ลูกจ้างแผนกบรรจุ")
    assert _source(store, inspection_id) == "ผู้ร้องทางสายด่วน 1546: ลูกจ้างแผนกบรรจุ"
    with store.session() as s:
        last = s.scalars(select(OutboxOp).where(OutboxOp.entity == "inspections").order_by(OutboxOp.seq.desc())).first()
    assert last.fields["complaint_source"] == "ผู้ร้องทางสายด่วน 1546: ลูกจ้างแผนกบรรจุ"  # sealed only on the way out
    inspections.update_inspection(store, inspection_id, complaint_source="   ")
    assert _source(store, inspection_id) is None
    with pytest.raises(ValidationError, match="at most 2000"):
        inspections.update_inspection(store, inspection_id, complaint_source="x" * 2001)
    with pytest.raises(ValidationError, match="must be text"):
        inspections.update_inspection(store, inspection_id, complaint_source=["a list"])
    assert _source(store, inspection_id) is None  # a refused change leaves the record as it was
