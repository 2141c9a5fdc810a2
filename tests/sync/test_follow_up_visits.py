"""Follow-up visits across laptops and HQ (SQLite and PostgreSQL): verifications set the earlier findings'
status at HQ and on the laptop that owns them, the approved inspection stays as it was signed, and the
establishment files carry other laptops' visits to the laptops of the province, never anything sealed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.core.checks import run_checks
from inspector_app.core.models import Finding, FindingVerification, Inspection, OutboxOp
from inspector_app.core.services import followups
from inspector_app.core.store import Store
from inspector_app.core.views.establishment_file import establishment_file
from inspector_app.core.views.followups import worklist
from inspector_app.core.writer import wire_fields
from inspector_app.hq import cli as hq_cli
from inspector_app.hq import establishment_files, reviews, users
from inspector_app.hq.models import Device, EstablishmentMatch, Publication, Record
from inspector_app.sync.engine import SyncEngine

from ..conftest import PASSPHRASE
from ..followup_builders import COMPLAINT_CANARY, complaint_visit, revision_hash, sign, workplace
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer

TODAY = date(2026, 12, 6)


def _sync(store: Store) -> None:
    engine = SyncEngine.for_store(store)
    try:
        report = engine.sync_round()
        assert report.ok, report
    finally:
        engine.close()


def _approve(hq: HQServer, inspection_id: str) -> None:
    if not users.user_exists(hq.db, "ploy"):
        users.create_user(hq.db, "ploy", "Ploy S.", "a long enough password")
    reviews.review(hq.db, inspection_id, "approved", None, users.find_reviewer(hq.db, "ploy"))


@pytest.fixture
def laptop2(hq: HQServer, tmp_path: Path) -> Iterator[Store]:
    store = setup.create_store(tmp_path / "laptop2", "malee", PASSPHRASE, display_name="Malee Test", device_name="Laptop 2")
    enrol_store(store, hq)
    yield store
    store.close()


def _laptop_state(store: Store, inspection_id: str) -> tuple[dict, tuple[str, dict]]:
    with store.session() as s:
        return wire_fields(s.get(Inspection, inspection_id)), revision_hash(store, inspection_id)


def _hq_state(hq: HQServer, inspection_id: str) -> dict:
    with hq.db.read() as conn:
        rows = conn.execute(select(Record.entity, Record.entity_id, Record.rev, Record.fields, Record.writer_device_id)
                            .where((Record.entity_id == inspection_id) | (Record.inspection_id == inspection_id))).all()
    return {(r.entity, r.entity_id): (r.rev, r.fields, r.writer_device_id) for r in rows}


def _statuses_at_hq(hq: HQServer, establishment_id: str, inspection_id: str) -> dict[str, tuple[str, str | None]]:
    file = establishment_files.establishment_file(hq.db, establishment_id)
    visit = next(v for v in file.visits if v.inspection_id == inspection_id)
    return {f.id: (f.status, f.last_verification.outcome if f.last_verification else None) for f in visit.findings}


def _verify_two(store: Store, follow_up: str) -> list[FindingVerification]:
    with store.session() as s:
        items = list(s.scalars(select(FindingVerification).where(FindingVerification.inspection_id == follow_up)
                               .order_by(FindingVerification.position)))
    followups.record_verification(store, items[0].id, outcome="corrected", note="Passports back with the workers")
    followups.record_verification(store, items[1].id, outcome="not_corrected", note="Still paid 300 THB a day")
    sign(store, follow_up)
    return items


def _hq_followups(hq: HQServer, capsys: pytest.CaptureFixture[str], *options: str) -> dict:
    assert hq_cli.main(["followups", "--db", hq.db_url, "--json", "--today", TODAY.isoformat(), *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_follow_up_on_the_same_laptop_sets_the_status_at_hq(enrolled: Store, hq: HQServer,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    store = enrolled
    earlier = complaint_visit(store)
    _sync(store)
    _approve(hq, earlier.inspection_id)
    _sync(store)
    # HQ's worklist: the three open findings (deadlines 1 Oct, 31 Oct, 20 Dec: all by 5 Jan) and the planned visit.
    due = _hq_followups(hq, capsys, "--district", "6306")
    with hq.db.read() as conn:
        (laptop,) = conn.execute(select(Device.name)).scalars().all()
    assert [(f["finding_id"], f["overdue"], f["laptop"]) for f in due["findings"]] == [
        (earlier.open_findings[0], True, laptop), (earlier.open_findings[1], True, laptop),
        (earlier.open_findings[2], False, laptop)]
    assert [(v["inspection_id"], v["follow_up_date"], v["open_findings"]) for v in due["visits"]] == [
        (earlier.inspection_id, "2026-11-15", 3)]
    assert _hq_followups(hq, capsys, "--province", "10") == dict(due, province="10", district=None, findings=[],
                                                                  visits=[])
    laptop_before, hq_before = _laptop_state(store, earlier.inspection_id), _hq_state(hq, earlier.inspection_id)
    assert laptop_before[0]["status"] == "approved"

    planned = worklist(store, today=TODAY).visits
    assert [v.inspection_id for v in planned] == [earlier.inspection_id]
    follow_up = followups.start_follow_up(store, planned[0].inspection_id, visit_date="2026-12-05").created("inspections")
    _verify_two(store, follow_up)
    _sync(store)

    s1, s2, s3 = earlier.open_findings
    assert _statuses_at_hq(hq, earlier.establishment_id, earlier.inspection_id) == {
        s1: ("remedied", "corrected"), s2: ("open", "not_corrected"), s3: ("open", None),
        earlier.remedied_finding: ("remedied", None)}
    # HQ's copy of the approved inspection, its findings and its signed revision are exactly what the laptop sent.
    assert _hq_state(hq, earlier.inspection_id) == hq_before
    _sync(store)  # HQ's word on the status comes back: the same as the laptop already says
    assert _laptop_state(store, earlier.inspection_id) == laptop_before
    with store.session() as s:
        assert (s.get(Finding, s1).status, s.get(Finding, s2).status) == ("remedied", "open")
        assert not s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state != "acked",
                                                                           OutboxOp.state != "duplicate"))
    assert all(check.ok for check in run_checks(store)), [c for c in run_checks(store) if not c.ok]
    # HQ's worklist now: the corrected finding has gone, the visit was followed up.
    after = _hq_followups(hq, capsys, "--overdue")
    assert [(f["finding_id"], f["last_outcome"]) for f in after["findings"]] == [(s2, "not_corrected")]
    assert after["visits"] == []
    assert hq_cli.main(["followups", "--db", hq.db_url, "--district", "Mae Sot"]) != 0
    err = capsys.readouterr().err
    assert "four-digit DOPA code" in err and len(err.strip().splitlines()) == 1


def test_a_follow_up_on_another_laptop_reaches_the_owner_through_hq(enrolled: Store, laptop2: Store,
                                                                     hq: HQServer,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    laptop1 = enrolled
    earlier = complaint_visit(laptop1)
    _sync(laptop1)
    _approve(hq, earlier.inspection_id)
    _sync(laptop1)
    laptop1_before, hq_before = _laptop_state(laptop1, earlier.inspection_id), _hq_state(hq, earlier.inspection_id)

    # Laptop 2 makes its own record of the workplace (the registration number typed differently).
    own_record = workplace(laptop2, registration_no="0635561234567", name_th="ดอยงามการ์เมนต์")
    _sync(laptop2)
    with hq.db.read() as conn:
        matches = {r.establishment_id: r for r in conn.execute(select(EstablishmentMatch))}
    assert matches[own_record].group_id == matches[earlier.establishment_id].group_id
    assert matches[own_record].rule == "registration_no"

    # HQ published laptop 1's visit to laptop 2 (province 63): its worklist has the open findings and the visit.
    due = worklist(laptop2, today=TODAY)
    assert [(f.finding_id, f.source) for f in due.findings] == [(i, "hq") for i in earlier.open_findings]
    assert [(v.inspection_id, v.source, v.open_findings) for v in due.visits] == [(earlier.inspection_id, "hq", 3)]
    assert due.findings[0].place.establishment_id == own_record

    follow_up = followups.start_follow_up(laptop2, due.visits[0].inspection_id, visit_date="2026-12-05").created("inspections")
    with laptop2.session() as s:
        visit = s.get(Inspection, follow_up)
        assert (visit.establishment_id, visit.previous_inspection_id) == (own_record, earlier.inspection_id)
    items = _verify_two(laptop2, follow_up)
    assert [i.finding_id for i in items] == list(earlier.open_findings)
    _sync(laptop2)

    s1, s2, s3 = earlier.open_findings
    assert _statuses_at_hq(hq, earlier.establishment_id, earlier.inspection_id) == {
        s1: ("remedied", "corrected"), s2: ("open", "not_corrected"), s3: ("open", None),
        earlier.remedied_finding: ("remedied", None)}
    assert _hq_state(hq, earlier.inspection_id) == hq_before  # laptop 2 wrote nothing of laptop 1's

    # Laptop 1 takes HQ's word: an audited revision of each finding, not queued, content revision unchanged.
    _sync(laptop1)
    with laptop1.session() as s:
        corrected, not_corrected = s.get(Finding, s1), s.get(Finding, s2)
        assert (corrected.status, corrected.last_verification["inspection_id"]) == ("remedied", follow_up)
        assert (not_corrected.status, not_corrected.last_verification["outcome"]) == ("open", "not_corrected")
        assert corrected.rev == not_corrected.rev == 1
        assert not s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.entity == "findings",
                                                                           OutboxOp.state == "pending"))
    assert _laptop_state(laptop1, earlier.inspection_id) == laptop1_before
    assert [f.finding_id for f in worklist(laptop1, today=TODAY).findings] == [s2, s3]
    assert worklist(laptop1, today=TODAY).visits == ()  # laptop 2 made the planned visit: no longer due here
    assert all(check.ok for check in run_checks(laptop1)), [c for c in run_checks(laptop1) if not c.ok]

    # Laptop 2's file of the workplace: laptop 1's visit with the new statuses, beside its own follow-up.
    _sync(laptop2)
    file = establishment_file(laptop2, own_record, today=TODAY)
    assert [(v.inspection_id, v.source) for v in file.visits] == [(follow_up, "laptop"),
                                                                  (earlier.inspection_id, "hq")]
    assert file.visits[1].followed_by == (file.visits[0].reference,)
    assert {f.finding_id: f.status for f in file.open_findings} == {s2: "open", s3: "open"}
    assert file.last_s1 is not None and file.last_s1.finding_id == s1 and file.last_s1.status == "remedied"
    assert file.header.records_elsewhere == 1
    assert all(check.ok for check in run_checks(laptop2)), [c for c in run_checks(laptop2) if not c.ok]

    # What HQ published carries nothing sealed: no complaint source, no envelope.
    with hq.db.read() as conn:
        published = conn.execute(select(Publication.payload).where(Publication.kind.in_(("file_item",
                                                                                        "finding_status")))).all()
    text = json.dumps([p.payload for p in published], ensure_ascii=False)
    assert published and COMPLAINT_CANARY not in text and '"sealed"' not in text and "complaint_source" not in text

    # The same at HQ's command line.
    assert hq_cli.main(["establishment-file", "--db", hq.db_url, own_record, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {v["reference"] for v in shown["visits"]} == {file.visits[0].reference, file.visits[1].reference}
    assert shown["last_s1"]["finding_id"] == s1 and shown["last_s1"]["status"] == "remedied"


def test_an_admin_gives_a_laptop_a_province_and_takes_it_away(enrolled: Store, laptop2: Store, hq: HQServer,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    earlier = complaint_visit(enrolled)
    _sync(enrolled)
    _sync(laptop2)
    assert worklist(laptop2, today=TODAY).findings == ()  # no establishment of its own in Tak: no files
    assert hq_cli.main(["device-provinces", "--db", hq.db_url, "Laptop 2", "--set", "63"]) == 0
    assert "receives files of:       63" in capsys.readouterr().out
    _sync(laptop2)
    assert [f.finding_id for f in worklist(laptop2, today=TODAY).findings] == list(earlier.open_findings)
    assert hq_cli.main(["device-provinces", "--db", hq.db_url, "Laptop 2", "--clear"]) == 0
    assert "receives files of:       none" in capsys.readouterr().out
    _sync(laptop2)
    assert worklist(laptop2, today=TODAY).findings == ()
    assert hq_cli.main(["device-provinces", "--db", hq.db_url, "Laptop 2", "--set", "6x,63"]) != 0
    err = capsys.readouterr().err
    assert "two-digit DOPA codes" in err and len(err.strip().splitlines()) == 1
