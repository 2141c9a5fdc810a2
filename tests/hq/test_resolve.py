"""Supervisors settle conflicts field by field and decide proposals; HQ writes the new revision, audits who
and when, and publishes it to the owning laptop. Sealed testimony is chosen without being opened."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.hq import users
from inspector_app.hq.conflicts import compare, open_versions
from inspector_app.hq.errors import Conflict, Invalid, NotFound
from inspector_app.hq.evidence import unlock
from inspector_app.hq.export import export
from inspector_app.hq.publish import publish_reference
from inspector_app.hq.models import ConflictVersion, Publication, Record, Resolution, User
from inspector_app.hq.resolve import AlreadyResolved, reject, resolve
from inspector_app.sync.protocol import LEGACY_PULL_KINDS, PUBLICATION_KINDS
from inspector_app.sync.sealed import is_envelope

from .devices import FakeLaptop, fake_laptop
from .support import EVIDENCE_PASSPHRASE, HQServer


def supervisor(hq: HQServer, username: str = "ploy", name: str = "Ploy S.") -> User:
    users.create_user(hq.db, username, name, "a long synthetic password")
    return users.find_reviewer(hq.db, username)


def held(hq: HQServer, record_id: str) -> Record:
    with hq.db.read() as conn:
        return conn.execute(select(Record).where(Record.entity_id == record_id)).one()


def stale_finding(laptop: FakeLaptop, record_id: str = "f-1", **inspection_fields: object) -> str:
    """A finding at revision 2 at HQ, and the owner's version made on revision 1 kept beside it."""
    inspection = laptop.own_inspection(team=[{"user_id": "u-1", "name": "Somchai Test"}], **inspection_fields)
    base = {"inspection_id": inspection, "severity": "S2", "title_en": "Passports held", "status": "open"}
    laptop.push(laptop.op("findings", record_id, 0, 1, **base, workers_affected=3))
    laptop.push(laptop.op("findings", record_id, 1, 2, **base, workers_affected=5))
    answer = laptop.push(laptop.op("findings", record_id, 1, 2, **{**base, "severity": "S1"}, workers_affected=4,
                                   deadline="2027-01-15")).results[0]
    assert answer.status == "conflict"
    return inspection


def pulled(laptop: FakeLaptop, kind: str = "resolution") -> list[dict]:
    return [i.payload for i in laptop.client.pull(0, kinds=PUBLICATION_KINDS).items if i.kind == kind]


def test_a_conflict_is_compared_and_settled_field_by_field(hq: HQServer) -> None:
    laptop = fake_laptop(hq, "Mae Sot 1")
    ploy = supervisor(hq)
    stale_finding(laptop)
    [item] = open_versions(hq.db)
    assert (item.kind, item.entity_id, item.device_name, item.base_rev, item.hq_rev) == (
        "stale", "f-1", "Mae Sot 1", 1, 2)
    assert item.differing == ("deadline", "severity", "workers_affected")
    assert "finding 'Passports held' of 63-2569-" in item.label

    seen = compare(hq.db, "f-1")
    assert [d.name for d in seen.differing] == ["deadline", "severity", "workers_affected"]
    assert (seen.diff("workers_affected").hq, seen.diff("workers_affected").theirs) == (5, 4)
    assert seen.diff("deadline").hq is None and seen.diff("deadline").theirs == "2027-01-15"
    assert seen.hq.device_name == seen.theirs.device_name == "Mae Sot 1"
    assert seen.hq.inspectors == seen.theirs.inspectors == ("Somchai Test",)
    assert seen.hq.received_at is not None and seen.theirs.received_at >= seen.hq.received_at

    done = resolve(hq.db, "f-1", {"severity": "theirs", "workers_affected": "hq", "deadline": "theirs"}, ploy,
                   expected_hq_rev=2)
    assert (done.outcome, done.rev, done.taken, done.kept) == ("resolved", 3, ("deadline", "severity"),
                                                              ("workers_affected",))
    record = held(hq, "f-1")
    assert record.rev == 3 and record.fields["rev"] == 3 and not record.needs_review
    assert (record.fields["severity"], record.fields["workers_affected"], record.fields["deadline"]) == (
        "S1", 5, "2027-01-15")
    assert record.writer_device_id is None and record.resolution_id == done.resolution_id
    with hq.db.read() as conn:
        audit = conn.execute(select(Resolution)).one()
        version = conn.execute(select(ConflictVersion)).one()
    assert (audit.resolved_by_name, audit.outcome, audit.hq_rev, audit.rev) == ("Ploy S.", "resolved", 2, 3)
    assert audit.choices == {"deadline": "theirs", "severity": "theirs", "workers_affected": "hq"}
    assert version.resolved_at == audit.resolved_at and version.resolution_id == audit.id
    assert open_versions(hq.db) == []

    # The owner is told, and its next change (on revision 3) is applied without a conflict.
    [payload] = pulled(laptop)
    assert (payload["rev"], payload["hq_rev"], payload["resolved_by"]) == (3, 2, "Ploy S.")
    assert payload["fields"] == {"deadline": "2027-01-15", "severity": "S1", "workers_affected": 5}
    assert payload["sources"]["severity"] == {"side": "theirs", "device_id": laptop.device_id, "sealed": False}
    assert payload["settled_op_ids"] == [version.op_id]
    resolved = {k: v for k, v in record.fields.items() if k not in ("id", "rev")}
    # A change that only happens to be numbered on revision 3 (the laptop's own count) is not taken as one
    # made on the resolution: it is kept beside it.
    unseen = laptop.push(laptop.op("findings", "f-1", 3, 4, **{**resolved, "workers_affected": 9})).results[0]
    assert unseen.status == "conflict" and "written by a supervisor's resolution" in unseen.reason
    nxt = laptop.op("findings", "f-1", 3, 4, base_resolution=done.resolution_id, **resolved)
    assert laptop.push(nxt).results[0].status == "applied"
    assert held(hq, "f-1").rev == 4 and held(hq, "f-1").writer_device_id == laptop.device_id


def test_a_resolution_refuses_what_it_cannot_do_in_words(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    ploy = supervisor(hq)
    stale_finding(laptop)
    with pytest.raises(NotFound, match="no record 'nope'"):
        resolve(hq.db, "nope", {}, ploy)
    with pytest.raises(Invalid, match="no field 'colour' that differs"):
        resolve(hq.db, "f-1", {"colour": "theirs"}, ploy)
    with pytest.raises(Invalid, match="title_en is the same in both"):
        resolve(hq.db, "f-1", {"title_en": "theirs"}, ploy)
    with pytest.raises(Invalid, match="not chosen yet: deadline, workers_affected"):
        resolve(hq.db, "f-1", {"severity": "theirs"}, ploy)
    with pytest.raises(Invalid, match="not 'mine'"):
        resolve(hq.db, "f-1", {"severity": "mine"}, ploy)
    with pytest.raises(Invalid, match="kept by HQ itself"):
        resolve(hq.db, "f-1", {"rev": "theirs"}, ploy)
    with pytest.raises(Invalid, match="is a conflict, not a proposal"):
        reject(hq.db, "f-1", ploy)
    with pytest.raises(Conflict, match="revision 2 now, not the revision 1"):
        resolve(hq.db, "f-1", {}, ploy, rest="hq", expected_hq_rev=1)
    assert held(hq, "f-1").rev == 2 and held(hq, "f-1").needs_review  # nothing was written
    resolve(hq.db, "f-1", {"severity": "theirs"}, ploy, rest="hq")
    with pytest.raises(AlreadyResolved, match="resolved already .resolved by Ploy S."):
        resolve(hq.db, "f-1", {}, ploy, rest="hq")
    with pytest.raises(AlreadyResolved):
        resolve(hq.db, "f-1", {}, ploy, rest="hq", version_id=1)
    with pytest.raises(NotFound, match="Version 99 is not one HQ keeps"):
        resolve(hq.db, "f-1", {}, ploy, rest="hq", version_id=99)


def test_two_supervisors_at_once_one_decides(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    ploy, nok = supervisor(hq), supervisor(hq, "nok", "Nok K.")
    stale_finding(laptop)
    outcomes: list[object] = []
    barrier = threading.Barrier(2)

    def decide(who: User, side: str) -> None:
        barrier.wait()
        try:
            outcomes.append(resolve(hq.db, "f-1", {}, who, rest=side))
        except Conflict as exc:  # AlreadyResolved or a lost race on the record
            outcomes.append(exc)

    threads = [threading.Thread(target=decide, args=(ploy, "hq")), threading.Thread(target=decide, args=(nok, "theirs"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(type(o).__name__ for o in outcomes) == ["AlreadyResolved", "ResolutionOutcome"]
    with hq.db.read() as conn:
        assert len(conn.execute(select(Resolution)).all()) == 1
    assert held(hq, "f-1").rev == 3


def test_newer_versions_of_a_laptop_replace_its_older_ones(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    ploy = supervisor(hq)
    inspection = stale_finding(laptop)
    base = {"inspection_id": inspection, "severity": "S3", "title_en": "Passports held", "status": "open"}
    laptop.push(laptop.op("findings", "f-1", 1, 3, **base, workers_affected=6))
    [item] = open_versions(hq.db)
    assert item.replaces == 1 and item.differing == ("severity", "workers_affected")
    done = resolve(hq.db, "f-1", {"severity": "theirs", "workers_affected": "theirs"}, ploy)
    assert len(done.settled) == 2
    with hq.db.read() as conn:
        assert all(v.resolved_at is not None for v in conn.execute(select(ConflictVersion)))
    assert len(pulled(laptop)[0]["settled_op_ids"]) == 2


def test_proposals_are_accepted_per_field_or_rejected(hq: HQServer) -> None:
    owner, other = fake_laptop(hq, "Owner"), fake_laptop(hq, "Other")
    ploy = supervisor(hq)
    owner.push(owner.op("establishments", "e-1", 0, 1, name_th="โรงงาน ก", name_en="Factory K", province_code="63",
                        contact_phone="055-000000"))
    other.push(other.op("establishments", "e-1", 1, 2, name_th="โรงงาน ก", name_en="Factory K Co., Ltd.",
                        province_code="63", contact_phone="055-111111"))
    seen = compare(hq.db, "e-1")
    assert seen.kind == "proposal" and seen.label == "establishment 'โรงงาน ก'"
    assert [d.name for d in seen.differing] == ["contact_phone", "name_en"]
    with pytest.raises(Invalid, match="reject it instead"):
        resolve(hq.db, "e-1", {}, ploy)
    done = resolve(hq.db, "e-1", {"name_en": "theirs"}, ploy)  # the phone number stays HQ's
    assert (done.outcome, done.rev, done.taken, done.kept) == ("accepted", 2, ("name_en",), ("contact_phone",))
    record = held(hq, "e-1")
    assert (record.fields["name_en"], record.fields["contact_phone"], record.needs_review) == (
        "Factory K Co., Ltd.", "055-000000", False)
    assert record.owner_device_id == owner.device_id  # still the owner's record
    [to_owner], [to_other] = pulled(owner), pulled(other)
    assert to_owner == to_other and to_owner["fields"] == {"contact_phone": "055-000000",
                                                            "name_en": "Factory K Co., Ltd."}

    other.push(other.op("establishments", "e-1", 2, 3, name_th="ชื่อใหม่", name_en="Factory K Co., Ltd.",
                        province_code="63", contact_phone="055-000000"))
    assert held(hq, "e-1").needs_review
    turned_down = reject(hq.db, "e-1", ploy, note="The registered name stays.")
    assert (turned_down.outcome, turned_down.rev) == ("rejected", 2)
    record = held(hq, "e-1")
    assert (record.rev, record.fields["name_th"], record.needs_review) == (2, "โรงงาน ก", False)
    assert len(pulled(owner)) == 1  # nothing new for the owner: its record did not change
    assert pulled(other)[-1]["fields"] == {"name_th": "โรงงาน ก"}  # the proposer takes HQ's value back
    with hq.db.read() as conn:
        audit = conn.execute(select(Resolution).order_by(Resolution.id)).all()
    assert [(a.outcome, a.note) for a in audit] == [("accepted", None), ("rejected", "The registered name stays.")]


def test_versions_from_two_laptops_are_decided_one_by_one(hq: HQServer) -> None:
    owner, a, b = fake_laptop(hq, "Owner"), fake_laptop(hq, "A"), fake_laptop(hq, "B")
    ploy = supervisor(hq)
    owner.push(owner.op("language_coordinators", "c-1", 0, 1, full_name="Aye Aye", phone="081"))
    a.push(a.op("language_coordinators", "c-1", 1, 2, full_name="Aye Aye", phone="082"))
    b.push(b.op("language_coordinators", "c-1", 1, 2, full_name="Aye Aye Win", phone="081"))
    with pytest.raises(Invalid, match="open versions from 2 laptops; choose one by its version id"):
        compare(hq.db, "c-1")
    first, second = (i.version_id for i in open_versions(hq.db))
    assert compare(hq.db, "c-1", version_id=first).others_open == (second,)
    done = resolve(hq.db, "c-1", {"phone": "theirs"}, ploy, version_id=first)
    assert done.still_open == 1 and held(hq, "c-1").needs_review
    # B's proposal is now compared with HQ's new revision.
    assert [d.name for d in compare(hq.db, "c-1").differing] == ["full_name", "phone"]
    reject(hq.db, "c-1", ploy)
    assert not held(hq, "c-1").needs_review


def test_sealed_testimony_is_chosen_without_opening_it(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    ploy = supervisor(hq)
    inspection = laptop.own_inspection()
    interview = {"inspection_id": inspection, "worker_code": "W-07", "sex": "F"}
    laptop.push(laptop.op("worker_interviews", "w-7", 0, 1, **interview, notes_original="บันทึกแรก"))
    laptop.push(laptop.op("worker_interviews", "w-7", 1, 2, **interview, notes_original="บันทึกที่สอง"))
    laptop.push(laptop.op("worker_interviews", "w-7", 1, 2, **{**interview, "sex": "M"},
                          notes_original="บันทึกที่สาม"))
    seen = compare(hq.db, "w-7")
    notes = seen.diff("notes_original")
    assert notes.sealed and is_envelope(notes.hq) and is_envelope(notes.theirs) and notes.opened is None
    opened = compare(hq.db, "w-7", keyring=unlock(hq.db, EVIDENCE_PASSPHRASE)).diff("notes_original")
    assert opened.opened == ("บันทึกที่สอง", "บันทึกที่สาม")

    resolve(hq.db, "w-7", {"notes_original": "theirs", "sex": "hq"}, ploy)
    record = held(hq, "w-7")
    assert record.fields["notes_original"] == notes.theirs  # the very envelope chosen
    assert "บันทึก" not in json.dumps(record.fields, ensure_ascii=False)  # nothing unsealed into the database
    keyring = unlock(hq.db, EVIDENCE_PASSPHRASE)
    assert keyring.open_fields("worker_interviews", "w-7", record.fields)["notes_original"] == "บันทึกที่สาม"
    [payload] = pulled(laptop)
    assert payload["sources"]["notes_original"]["sealed"] and payload["fields"]["notes_original"] == notes.theirs
    assert not payload["sources"]["sex"]["sealed"]


def test_the_export_holds_each_resolution_and_who_made_it(hq: HQServer, tmp_path: Path) -> None:
    laptop = fake_laptop(hq, "Mae Sot 1")
    ploy = supervisor(hq)
    stale_finding(laptop)
    resolve(hq.db, "f-1", {"severity": "theirs"}, ploy, rest="hq", note="Severity as seen on site.")
    export(hq.db, tmp_path, "json")
    [resolution] = json.loads((tmp_path / "resolutions.json").read_text(encoding="utf-8"))
    assert (resolution["resolved_by_name"], resolution["entity_id"], resolution["rev"], resolution["hq_rev"]) == (
        "Ploy S.", "f-1", 3, 2)
    assert resolution["choices"]["severity"] == "theirs" and resolution["note"] == "Severity as seen on site."
    assert resolution["version_device_id"] == laptop.device_id
    history = json.loads((tmp_path / "record_history.json").read_text(encoding="utf-8"))
    mine = [(h["rev"], h["writer_device"], h["written_by_supervisor"]) for h in history if h["entity_id"] == "f-1"]
    assert mine == [(1, "Mae Sot 1", None), (2, "Mae Sot 1", None), (3, None, "Ploy S.")]
    [finding] = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
    assert finding["hq_writer_device_id"] is None and finding["hq_resolution_id"] == resolution["id"]
    [version] = json.loads((tmp_path / "conflict_versions.json").read_text(encoding="utf-8"))
    assert version["resolution_id"] == resolution["id"] and version["resolved_at"]
    with hq.db.read() as conn:
        kinds = [p.kind for p in conn.execute(select(Publication).order_by(Publication.seq))]
    assert kinds[-1] == "resolution"


def test_a_laptop_that_does_not_say_it_applies_resolutions_is_not_sent_them(hq: HQServer) -> None:
    """Laptops from before resolutions read a pull item's kind strictly and would refuse the whole page."""
    laptop = fake_laptop(hq)
    ploy = supervisor(hq)
    stale_finding(laptop)
    resolve(hq.db, "f-1", {}, ploy, rest="theirs")
    publish_reference(hq.db, "after_the_resolution", {"n": 1})
    old = laptop.client.pull(0)  # no `kinds`: what every laptop version applies
    assert {i.kind for i in old.items} <= set(LEGACY_PULL_KINDS) and "reference" in {i.kind for i in old.items}
    assert old.cursor == max(i.seq for i in old.items)
    new = laptop.client.pull(0, kinds=PUBLICATION_KINDS)
    assert [i.kind for i in new.items].count("resolution") == 1 and new.cursor == old.cursor
    # Its next change, made without the resolution, is kept beside it rather than applied over it.
    fields = {k: v for k, v in held(hq, "f-1").fields.items() if k not in ("id", "rev")}
    answer = laptop.push(laptop.op("findings", "f-1", 3, 4, **fields)).results[0]
    assert answer.status == "conflict"


def test_a_settled_severity_counts_in_the_statistics_at_once(hq: HQServer) -> None:
    """The supervisor takes the laptop's S1 over HQ's S2: the statistics count an S1, without a rebuild."""
    from datetime import date

    from inspector_app.hq.statistics import Filters, statistics

    laptop = fake_laptop(hq, "Mae Sot 1")
    ploy = supervisor(hq)
    stale_finding(laptop, visit_date="2026-11-02")  # a dated visit: statistics count by visit month
    everything = Filters(date(2000, 1, 1), date(2100, 12, 31), as_of=date(2100, 12, 31))

    def severities() -> dict[str, int]:
        with hq.db.read() as conn:
            return {k: v for k, v in statistics(conn, everything).severity.items() if v}

    assert severities() == {"S2": 1}
    resolve(hq.db, "f-1", {"severity": "theirs", "workers_affected": "hq", "deadline": "theirs"}, ploy,
            expected_hq_rev=2)
    assert severities() == {"S1": 1}
