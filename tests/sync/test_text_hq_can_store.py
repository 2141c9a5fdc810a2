"""Text with a NUL character never leaves a laptop's changes stuck: typed text loses its NULs before it
is saved, and anything HQ would refuse (a NUL where nothing cleans it, a lone surrogate) is refused on
the laptop, with the field named, before it is stored. Whatever the laptop saves, HQ takes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.models import Inspection, WorkerInterview
from inspector_app.core.services import checklist, directory, inspections, interviews
from inspector_app.core.store import Store
from inspector_app.core.text_rules import text_fault
from inspector_app.sync.engine import sync_once
from inspector_app.sync.protocol import text_problem
from inspector_app.sync.status import sync_counts

from ..core.helpers import new_inspection
from ..hq.support import HQServer
from .records import hq_records

N = "\x00"


def test_typed_text_with_nul_characters_is_saved_without_them_and_hq_takes_it(enrolled: Store, hq: HQServer) -> None:
    store = enrolled
    inspection_id = new_inspection(store)
    establishment_id = directory.create_establishment(
        store, name_th=f"โรงงาน{N}ทดสอบ", name_en=f"Test{N} Factory", province_code="63", district_code="6306",
        sector="factory").created("establishments")
    inspections.update_inspection(store, inspection_id, summary=f"Passports{N} held", visit_type="complaint",
                                  complaint_source=f"hotline{N} 1546")
    checklist.save_answer(store, inspection_id, "LPA-D-01", result="non_compliant", note=f"seen{N} at the office")
    interview_id = interviews.save_interview(
        store, inspection_id, consent=True, private_setting=True, employer_absent=True, sex="female",
        nationality="MM", language="my", notes_original=f"ပတ်စ်ပို့{N}", notes_language="my").created(
        "worker_interviews")

    report = sync_once(store)
    assert report.ok and report.rejected == 0, report
    assert sync_counts(store).rejected == 0
    held = hq_records(hq.db, ("establishments", "inspections", "checklist_answers", "worker_interviews"))
    assert held[("establishments", establishment_id)]["name_th"] == "โรงงานทดสอบ"
    assert held[("establishments", establishment_id)]["name_en"] == "Test Factory"
    assert held[("inspections", inspection_id)]["summary"] == "Passports held"
    assert held[("inspections", inspection_id)]["complaint_source"] == "hotline 1546"
    assert held[("worker_interviews", interview_id)]["notes_original"] == "ပတ်စ်ပို့"
    notes = [f["note"] for (entity, _), f in held.items()
             if entity == "checklist_answers" and f["item_code"] == "LPA-D-01"]
    assert notes == ["seen at the office"]
    assert not any(N in str(fields) for fields in held.values())


def test_text_hq_would_refuse_is_refused_on_the_laptop_with_the_field_named(store: Store) -> None:
    inspection_id = new_inspection(store)
    with store.session() as s:
        team = s.get(Inspection, inspection_id).team
    before = sync_counts(store).pending

    with pytest.raises(ValidationError, match=r"team of this inspection \(at 0\.name\) holds a NUL character.*"
                                              r"nothing was saved"):
        inspections.update_inspection(store, inspection_id, team=[{"name": f"Somchai{N}", "role": "lead"}])
    with pytest.raises(ValidationError, match=r"notes original of this worker interview holds text that is not "
                                              r"valid Unicode \(a lone surrogate\)"):
        interviews.save_interview(store, inspection_id, consent=True, private_setting=True, employer_absent=True,
                                  notes_original="broken \ud800 pair", notes_language="my")

    assert sync_counts(store).pending == before  # nothing was queued for HQ
    with store.session() as s:
        assert s.get(Inspection, inspection_id).team == team
        assert s.scalars(select(WorkerInterview)).all() == []


@pytest.mark.parametrize("value", [
    "plain", "ไทย ပတ်စ်ပို့", f"a{N}b", "a\ud800b", "\udfff", {"key": f"v{N}"}, {f"k{N}": "v"},
    ["ok", {"deep": ["\ud83d"]}], "a backslash-u0000 written out: \\u0000", "\U0001f600 a whole pair",
])
def test_the_laptop_refuses_exactly_the_text_hq_refuses(value: Any) -> None:
    assert (text_fault({"field": value}) is None) == (text_problem({"field": value}) is None)
