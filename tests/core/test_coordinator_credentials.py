"""Coordinators' training and accreditation: saved, checked, migrated onto old data, printed in the full report."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from inspector_app.core.services import setup
from inspector_app.core.errors import ValidationError
from inspector_app.core.models import LanguageCoordinator, OutboxOp
from inspector_app.core.services import directory, inspections
from inspector_app.core.store import Store
from inspector_app.reports import build_report
from inspector_app.reports.verify import SOURCE_FILE_NAME

from .helpers import template_id
from .test_migrations import FIXTURE_DIR, MANIFEST

TRAINING = [
    {"date": "2025-06-12", "course": "การล่ามในการตรวจแรงงาน รุ่นที่ 2", "provider": "IOM Thailand"},
    {"date": "2024-03-01", "course": "Interview safeguards for trafficking screening", "provider": "Department of "
     "Labour Protection and Welfare"},
]


def _coordinator(store: Store, coordinator_id: str) -> LanguageCoordinator:
    with store.session() as session:
        record = session.get(LanguageCoordinator, coordinator_id)
        assert record is not None
        session.expunge(record)
        return record


def test_training_and_accreditation_are_saved_oldest_training_first_and_synced(store: Store) -> None:
    coordinator_id = directory.save_coordinator(
        store, full_name="Ma Thida (test)", languages=["my"], gender="female", training_records=TRAINING,
        accreditation_body="กรมสวัสดิการและคุ้มครองแรงงาน", accreditation_number=" LC-0042 ",
        accreditation_valid_until="2027-06-30").created("language_coordinators")
    saved = _coordinator(store, coordinator_id)
    assert [r["date"] for r in saved.training_records] == ["2024-03-01", "2025-06-12"]
    assert saved.accreditation_number == "LC-0042"
    assert saved.accreditation_valid_until == date(2027, 6, 30)
    with store.session() as session:
        op = session.scalars(select(OutboxOp).where(OutboxOp.entity_id == coordinator_id)).one()
    assert op.fields["accreditation_valid_until"] == "2027-06-30"  # goes to HQ with the record
    assert op.fields["training_records"][1]["provider"] == "IOM Thailand"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"training_records": [{"date": "2024-01-01", "course": "", "provider": "IOM"}]}, "Training 1: the course"),
        ({"training_records": [{"date": "2024-01-01", "course": "A"}]}, "Training 1: who gave the course"),
        ({"training_records": [TRAINING[0], {"date": "12/3/2567", "course": "B", "provider": "C"}]},
         "Training 2: the date must be a date"),
        ({"training_records": [{"date": "2999-01-01", "course": "B", "provider": "C"}]}, "is in the future"),
        ({"training_records": [{"date": "2024-01-01", "course": "B", "provider": "C", "grade": "A"}]},
         "has no field grade"),
        ({"accreditation_number": "LC-1"}, "Name the body that gave the accreditation"),
        ({"accreditation_valid_until": "2027-01-01"}, "Name the body"),
        ({"accreditation_body": "B", "accreditation_valid_until": "next year"}, "Accreditation valid until must be"),
    ],
)
def test_bad_credentials_are_refused_and_nothing_is_saved(store: Store, changes: dict, message: str) -> None:
    coordinator_id = directory.save_coordinator(store, full_name="Test coordinator", languages=["km"]).created("language_coordinators")
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        directory.save_coordinator(store, coordinator_id, **changes)
    saved = _coordinator(store, coordinator_id)
    assert saved.training_records == [] and saved.accreditation_body is None


def test_removing_the_body_while_a_number_stays_is_refused(store: Store) -> None:
    coordinator_id = directory.save_coordinator(store, full_name="Test", accreditation_body="IOM",
                                                accreditation_number="X-1").created("language_coordinators")
    with pytest.raises(ValidationError, match="Name the body"):
        directory.save_coordinator(store, coordinator_id, accreditation_body="")
    directory.save_coordinator(store, coordinator_id, accreditation_body="", accreditation_number="")
    assert _coordinator(store, coordinator_id).accreditation_body is None


def test_coordinators_of_a_0001_database_migrate_with_no_training_and_can_get_some(tmp_path: Path) -> None:
    target = tmp_path / "fixture-data"
    shutil.copytree(FIXTURE_DIR, target)
    with setup.open_store(target, MANIFEST["passphrase"]) as store:
        with store.session() as session:
            coordinators = session.scalars(select(LanguageCoordinator)).all()
            assert coordinators, "the fixture has coordinators"
            assert all(c.training_records == [] and c.accreditation_body is None for c in coordinators)
            first = coordinators[0].id
        directory.save_coordinator(store, first, training_records=TRAINING[:1], accreditation_body="IOM",
                                   accreditation_valid_until=date(2027, 1, 31))
    with setup.open_store(target, MANIFEST["passphrase"]) as store:
        saved = _coordinator(store, first)
        assert saved.training_records[0]["provider"] == "IOM Thailand"
        assert saved.accreditation_valid_until == date(2027, 1, 31)


def test_full_report_prints_the_coordinators_accreditation_and_flags_a_lapsed_one(store: Store) -> None:
    valid = directory.save_coordinator(
        store, full_name="Valid Coordinator", languages=["my"], training_records=TRAINING,
        accreditation_body="IOM", accreditation_number="ACC-7781", accreditation_valid_until="2027-06-30").created("language_coordinators")
    lapsed = directory.save_coordinator(
        store, full_name="Lapsed Coordinator", languages=["km"], accreditation_body="IOM",
        accreditation_number="ACC-1203", accreditation_valid_until="2026-01-31").created("language_coordinators")
    none = directory.save_coordinator(store, full_name="Unaccredited Coordinator", languages=["lo"]).created("language_coordinators")
    establishment = directory.create_establishment(store, name_th="โรงงานทดสอบ", province_code="63",
                                                   district_code="6306", sector="factory").created("establishments")
    inspection_id = inspections.create_inspection(
        store, establishment_id=establishment, template_id=template_id(store, "LPA-GENERAL"), visit_type="routine",
        visit_date="2026-11-20", coordinator_ids=[valid, lapsed, none]).created("inspections")
    result = build_report(store, "full", inspection_id)
    source = json.loads(PdfReader(io.BytesIO(result.pdf)).attachments[SOURCE_FILE_NAME][0])
    by_name = {c["name"]: c for c in source["coordinators"]}
    assert by_name["Valid Coordinator"]["accreditation"] == {
        "body": "IOM", "number": "ACC-7781", "valid_until": "2027-06-30", "expired_at_visit": False}
    assert by_name["Lapsed Coordinator"]["accreditation"]["expired_at_visit"] is True
    assert by_name["Unaccredited Coordinator"]["accreditation"] is None
    assert by_name["Valid Coordinator"]["training"][-1]["course"] == TRAINING[0]["course"]
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(result.pdf)).pages)
    # Words without tone marks: before the searchable text layer, extraction turns Thai marks into glyph codes.
    for printed in ("การรับรอง:IOM", "ACC-7781", "30มิ.ย.2570", "ACC-1203", "หมดอายุ", "IOMThailand"):
        assert printed in text
