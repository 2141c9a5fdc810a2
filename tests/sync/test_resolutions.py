"""A supervisor's resolution reaches the laptop that owns the record: it holds exactly the chosen values and
HQ's revision, its next change applies at HQ without a conflict, `check` stays clean, and nothing is lost
when the laptop changed the record again meanwhile. Unknown publication kinds are skipped, not fatal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.cli import main as app_main
from inspector_app.core.checks import run_checks
from inspector_app.core.models import Establishment, Finding, OutboxOp, SealedAtHQ, WorkerInterview
from inspector_app.core.services import directory, findings, interviews, sync_apply
from inspector_app.core.store import Store
from inspector_app.core.writer import wire_fields
from inspector_app.hq import publish, users
from inspector_app.hq.conflicts import compare
from inspector_app.hq.evidence import unlock
from inspector_app.hq.models import ConflictVersion, Publication, Record, User
from inspector_app.hq.reassign import reassign
from inspector_app.hq.resolve import reject, resolve
from inspector_app.hq.bundles import import_bundle
from inspector_app.sync.bundle import export_bundle, import_reply
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.protocol import PUBLICATION_KINDS
from inspector_app.sync.status import sync_status

from ..conftest import PASSPHRASE
from ..core.helpers import new_inspection
from ..hq.devices import FakeLaptop, fake_laptop
from ..hq.fixtures import enrol_store
from ..hq.support import EVIDENCE_PASSPHRASE, HQServer

BOOKKEEPING = ("id", "rev", "created_at", "updated_at", "hlc")


def supervisor(hq: HQServer) -> User:
    users.create_user(hq.db, "ploy", "Ploy S.", "a long synthetic password")
    return users.find_reviewer(hq.db, "ploy")


def at_hq(hq: HQServer, record_id: str) -> Record:
    with hq.db.read() as conn:
        return conn.execute(select(Record).where(Record.entity_id == record_id)).one()


def local(store: Store, model: type[Any], record_id: str) -> Any:
    with store.session() as session:
        return session.get(model, record_id)


def same_content(store: Store, model: type[Any], record_id: str, hq: HQServer, *, but: tuple[str, ...] = ()) -> None:
    """The laptop's record holds exactly what HQ holds (bookkeeping and the named fields aside)."""
    mine = wire_fields(local(store, model, record_id))
    theirs = at_hq(hq, record_id).fields
    skip = set(BOOKKEEPING) | set(but)
    assert {k: v for k, v in mine.items() if k not in skip} == {k: v for k, v in theirs.items() if k not in skip}


def change_at_hq_from(laptop: FakeLaptop, hq: HQServer, entity: str, record_id: str, **changes: Any) -> None:
    """Another laptop (which HQ gave the inspection to for a while) changes the record at HQ."""
    held = at_hq(hq, record_id)
    fields = {k: v for k, v in held.fields.items() if k not in ("id", "rev")}
    answer = laptop.push(laptop.op(entity, record_id, held.rev, held.rev + 1, **{**fields, **changes})).results[0]
    assert answer.status == "applied", answer


@pytest.fixture
def engine(store: Store, hq: HQServer) -> SyncEngine:
    enrol_store(store, hq)
    sync = SyncEngine.for_store(store)
    yield sync
    sync.close()


def laptop_device(store: Store) -> str:
    from inspector_app.core.models import Device

    with store.session() as session:
        return session.get(Device, store.device_id).hq_device_id


def two_laptop_conflict(store: Store, engine: SyncEngine, hq: HQServer, ploy: User) -> tuple[str, str]:
    """The laptop's finding, changed at HQ by a spare laptop while it had the inspection, and changed here too:
    HQ keeps this laptop's version beside its revision 2 as a conflict."""
    inspection = new_inspection(store)
    finding = findings.create_finding(store, inspection, title_en="Passports held by the employer", severity="S2",
                                      workers_affected=3).created("findings")
    assert engine.sync_round().ok
    spare = fake_laptop(hq, "Spare laptop")
    reassign(hq.db, inspection, spare.device_id, ploy, "while the laptop was being repaired")
    change_at_hq_from(spare, hq, "findings", finding, severity="S1", workers_affected=7, status="referred",
                      referral_target="MDT")
    reassign(hq.db, inspection, laptop_device(store), ploy, "repaired")
    findings.update_finding(store, finding, workers_affected=4, description_en="Seen in the office safe")
    report = engine.sync_round()
    assert report.conflicts == 1 and report.ok
    assert at_hq(hq, finding).needs_review
    return inspection, finding


def test_the_owner_takes_the_supervisors_choice_and_goes_on_without_a_conflict(
        store: Store, engine: SyncEngine, hq: HQServer, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ploy = supervisor(hq)
    _, finding = two_laptop_conflict(store, engine, hq, ploy)
    seen = compare(hq.db, finding)
    assert seen.hq.device_name == "Spare laptop" and seen.theirs.device_id == laptop_device(store)
    assert {"severity", "workers_affected", "description_en", "status", "referral_target"} <= \
        {d.name for d in seen.differing}
    done = resolve(hq.db, finding, {"severity": "hq", "status": "hq", "referral_target": "hq",
                                    "workers_affected": "theirs"}, ploy, rest="theirs")
    assert done.rev == 3

    report = engine.sync_round()
    assert report.ok and report.pulled >= 1
    assert finding in report.changes.changed["findings"]  # views refresh the finding
    mine = local(store, Finding, finding)
    assert (mine.rev, mine.severity, mine.status, mine.referral_target, mine.workers_affected,
            mine.description_en) == (3, "S1", "referred", "MDT", 4, "Seen in the office safe")
    same_content(store, Finding, finding, hq)
    status = sync_status(store)
    assert status.conflicts == () and status.warning is None
    with store.session() as session:
        answered = session.scalars(select(OutboxOp).where(OutboxOp.state == "resolved")).one()
    assert answered.entity_id == finding and "Resolved at HQ by Ploy S." in answered.last_error
    assert all(check.ok for check in run_checks(store)), run_checks(store)

    # The next change is made on HQ's revision 3 and applies there as it is.
    findings.update_finding(store, finding, workers_affected=5)
    report = engine.sync_round()
    # The finding, and the referral record a finding with a referral target gets (the supervisor's
    # choice gave it one: MDT), made with this first change of the laptop's own.
    assert report.ok and (report.applied, report.conflicts) == (2, 0)
    with hq.db.read() as conn:
        referral = conn.execute(select(Record.fields).where(Record.entity == "referrals")).scalar_one()
    assert (referral["finding_id"], referral["receiving_body"], referral["status"]) == (finding, "MDT", "sent")
    held = at_hq(hq, finding)
    assert (held.rev, held.fields["workers_affected"], held.fields["severity"], held.needs_review) == (4, 5, "S1", False)
    same_content(store, Finding, finding, hq)

    engine.close()
    store.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert app_main(["check", "--data-dir", str(store.data_dir)]) == 0, capsys.readouterr().out


def test_a_change_made_meanwhile_is_kept_and_becomes_a_conflict_again(
        store: Store, engine: SyncEngine, hq: HQServer) -> None:
    ploy = supervisor(hq)
    _, finding = two_laptop_conflict(store, engine, hq, ploy)
    resolve(hq.db, finding, {"workers_affected": "theirs"}, ploy, rest="hq")  # revision 3 at HQ
    # Before syncing, the inspector changes the finding again: on the laptop's own revision 3.
    findings.update_finding(store, finding, workers_affected=11, description_en="Eleven workers, checked twice")
    assert local(store, Finding, finding).rev == 3

    report = engine.sync_round()
    assert report.conflicts == 1  # the new change is kept beside the resolution, not applied over it
    mine = local(store, Finding, finding)
    assert (mine.workers_affected, mine.description_en, mine.rev) == (11, "Eleven workers, checked twice", 3)
    held = at_hq(hq, finding)
    assert held.rev == 3 and held.fields["workers_affected"] == 4 and held.needs_review
    with hq.db.read() as conn:
        kept = conn.execute(select(ConflictVersion).where(ConflictVersion.resolved_at.is_(None))).one()
    assert kept.fields["workers_affected"] == 11 and kept.fields["description_en"] == "Eleven workers, checked twice"

    # Even the next change, numbered on the laptop's revision 3 like HQ's, is not taken as made on it.
    findings.update_finding(store, finding, workers_affected=12)
    assert engine.sync_round().conflicts == 1
    assert at_hq(hq, finding).fields["workers_affected"] == 4

    resolve(hq.db, finding, {"workers_affected": "theirs", "description_en": "theirs"}, ploy, rest="hq")
    assert engine.sync_round().ok
    mine = local(store, Finding, finding)
    assert (mine.rev, mine.workers_affected, mine.description_en) == (4, 12, "Eleven workers, checked twice")
    same_content(store, Finding, finding, hq)
    assert sync_status(store).conflicts == ()
    findings.update_finding(store, finding, workers_affected=13)
    report = engine.sync_round()
    assert report.ok and report.conflicts == 0 and at_hq(hq, finding).rev == 5
    assert all(check.ok for check in run_checks(store))


def test_sealed_values_the_laptop_cannot_open_stay_as_the_supervisor_chose(
        store: Store, engine: SyncEngine, hq: HQServer) -> None:
    ploy = supervisor(hq)
    inspection = new_inspection(store)
    interview = interviews.save_interview(store, inspection, sex="female", consent=True, private_setting=True,
                                          employer_absent=True, notes_original="ဒီမှာ ကျွန်မ နေတယ်",
                                          notes_translation="I live here").created("worker_interviews")
    assert engine.sync_round().ok
    spare = fake_laptop(hq, "Spare laptop")
    reassign(hq.db, inspection, spare.device_id, ploy)
    held = at_hq(hq, interview)
    plain = {k: v for k, v in held.fields.items() if k not in ("id", "rev", "notes_original", "notes_translation",
                                                                "worker_name", "documents")}
    answer = spare.push(spare.op("worker_interviews", interview, held.rev, held.rev + 1, **plain, worker_name=None,
                                 documents=[], notes_original="notes the spare laptop wrote",
                                 notes_translation="its translation")).results[0]
    assert answer.status == "applied"
    reassign(hq.db, inspection, laptop_device(store), ploy)
    interviews.save_interview(store, inspection, interview, age=31, notes_translation="I live here, near the pier")
    assert engine.sync_round().conflicts == 1

    # The spare laptop's notes (sealed: the supervisor never opens them) and this laptop's translation.
    resolve(hq.db, interview, {"notes_original": "hq", "notes_translation": "theirs", "age": "theirs",
                               "documents": "theirs", "worker_name": "theirs"}, ploy, rest="hq")
    report = engine.sync_round()
    assert report.ok
    mine = local(store, WorkerInterview, interview)
    assert mine.notes_original is None  # sealed by another laptop: not readable here
    assert mine.notes_translation == "I live here, near the pier"  # its own value: its own plaintext
    assert mine.age == 31
    with store.session() as session:
        kept = session.scalars(select(SealedAtHQ)).all()
    assert [(k.field, k.resolved_by, k.from_device_id) for k in kept] == [
        ("notes_original", "Ploy S.", spare.device_id)]
    assert "cannot open them" in sync_status(store).warning and "notes_original" in sync_status(store).warning
    assert all(check.ok for check in run_checks(store))

    # A later change here leaves the chosen notes at HQ as they are.
    interviews.save_interview(store, inspection, interview, occupation="net mending")
    report = engine.sync_round()
    assert report.ok and report.conflicts == 0
    opened = unlock(hq.db, EVIDENCE_PASSPHRASE).open_fields("worker_interviews", interview,
                                                             at_hq(hq, interview).fields)
    assert (opened["notes_original"], opened["notes_translation"], opened["occupation"]) == (
        "notes the spare laptop wrote", "I live here, near the pier", "net mending")
    # Writing the notes anew here replaces them at HQ, like any change.
    interviews.save_interview(store, inspection, interview, notes_original="ใหม่")
    assert engine.sync_round().ok
    opened = unlock(hq.db, EVIDENCE_PASSPHRASE).open_fields("worker_interviews", interview,
                                                             at_hq(hq, interview).fields)
    assert opened["notes_original"] == "ใหม่"
    with store.session() as session:
        assert session.scalars(select(SealedAtHQ)).all() == []


def test_proposals_on_an_establishment_accepted_and_rejected(store: Store, engine: SyncEngine, hq: HQServer) -> None:
    ploy = supervisor(hq)
    establishment = directory.create_establishment(store, name_th="แพปลาตัวอย่าง", name_en="Sample Fish Pier",
                                                   province_code="63", contact_phone="055-000000").created("establishments")
    assert engine.sync_round().ok
    other = fake_laptop(hq, "Colleague")
    proposed = {k: v for k, v in at_hq(hq, establishment).fields.items() if k not in ("id", "rev")}
    other.push(other.op("establishments", establishment, 1, 2, **{**proposed, "name_en": "Sample Fish Pier Co., Ltd.",
                                                                 "contact_phone": "055-999999"}))
    done = resolve(hq.db, establishment, {"name_en": "theirs"}, ploy)  # the phone number stays
    assert (done.outcome, done.rev) == ("accepted", 2)
    report = engine.sync_round()
    assert report.ok and establishment in report.changes.changed["establishments"]
    mine = local(store, Establishment, establishment)
    assert (mine.rev, mine.name_en, mine.contact_phone) == (2, "Sample Fish Pier Co., Ltd.", "055-000000")
    same_content(store, Establishment, establishment, hq)
    directory.update_establishment(store, establishment, workers_male=25)
    report = engine.sync_round()
    assert report.ok and report.conflicts == 0 and at_hq(hq, establishment).rev == 3

    other.push(other.op("establishments", establishment, 3, 4, **{**proposed, "name_th": "ชื่ออื่น"}))
    reject(hq.db, establishment, ploy)
    report = engine.sync_round()
    assert report.ok and report.pulled == 0  # nothing changed for the owner
    assert local(store, Establishment, establishment).name_th == "แพปลาตัวอย่าง"
    assert not at_hq(hq, establishment).needs_review
    assert all(check.ok for check in run_checks(store))


class NewerHQ(httpx.BaseTransport):
    """HQ as a newer version might answer: one reference data set arrives as a kind this app does not know."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read()
        if request.method != "GET" or not request.url.path.endswith("/pull"):
            return httpx.Response(response.status_code, headers=response.headers, content=body)
        page = json.loads(body)
        for item in page["items"]:
            if item["kind"] == "reference" and item["payload"]["name"] == "checklist_hint":
                item["kind"] = "future_kind"
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")}
        return httpx.Response(response.status_code, headers=headers, json=page)


def test_a_publication_of_an_unknown_kind_is_skipped_and_the_rest_arrives(store: Store, hq: HQServer) -> None:
    enrol_store(store, hq)
    engine = SyncEngine.for_store(store, transport=NewerHQ())
    assert engine.sync_round().ok
    publish.publish_reference(hq.db, "checklist_hint", {"anything": ["a newer HQ may say"]})
    publish.publish_reference(hq.db, "hotline_numbers", {"1506": "Ministry of Labour"})
    report = engine.sync_round()
    assert report.ok and report.error is None and report.pulled == 2
    with hq.db.read() as conn:
        newest = conn.execute(select(func.max(Publication.seq))).scalar_one()
    assert sync_apply.pull_cursor(store) == newest
    assert sync_apply.get_state(store, "reference:hotline_numbers") is not None
    assert sync_apply.get_state(store, "reference:checklist_hint") is None
    warning = sync_status(store).warning
    assert "does not know (1 future_kind)" in warning and "Update the app" in warning
    assert engine.sync_round().pulled == 0  # skipped for good: the cursor moved past it
    engine.close()


def test_the_laptop_tells_hq_which_kinds_it_applies(enrolled: Store, hq: HQServer) -> None:
    with hq.db.write() as conn:
        publish.publish(conn, "checklist_hint", {"x": 1})  # a kind this app does not apply: HQ keeps it back
    report = SyncEngine.for_store(enrolled).sync_round()
    assert report.ok and sync_status(enrolled).warning is None
    assert set(sync_apply.applied_kinds()) == set(PUBLICATION_KINDS)


def test_a_usb_reply_bundle_carries_the_resolution(store: Store, engine: SyncEngine, hq: HQServer,
                                                   tmp_path: Path) -> None:
    ploy = supervisor(hq)
    _, finding = two_laptop_conflict(store, engine, hq, ploy)
    resolve(hq.db, finding, {"severity": "theirs"}, ploy, rest="hq")
    findings.update_finding(store, finding, status="open")  # unchanged: a change to carry, on the laptop's revision
    bundle, reply = tmp_path / "out.bundle", tmp_path / "reply.bundle"
    export_bundle(store, bundle)
    import_bundle(hq.db, hq.storage, bundle, reply=reply)
    done = import_reply(store, reply)
    assert done.pulled >= 1
    # The change made before the resolution arrived is kept here, and at HQ beside the resolution.
    assert local(store, Finding, finding).rev == 3 and at_hq(hq, finding).needs_review
    resolve(hq.db, finding, {}, ploy, rest="hq")
    bundle, reply = tmp_path / "out-2.bundle", tmp_path / "reply-2.bundle"
    export_bundle(store, bundle)
    import_bundle(hq.db, hq.storage, bundle, reply=reply)
    import_reply(store, reply)
    mine = local(store, Finding, finding)
    assert mine.rev == 4 and mine.severity == "S2"  # HQ's value in the first resolution, kept in the second
    same_content(store, Finding, finding, hq)
    assert all(check.ok for check in run_checks(store))
