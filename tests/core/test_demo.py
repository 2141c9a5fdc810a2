"""Demo data: deterministic for a seed, and written like any other data (outbox row and audit entry each)."""

from __future__ import annotations

import json
from datetime import date, timedelta
import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.core import demo
from inspector_app.core.changes import ChangeSet
from inspector_app.core.checks import run_checks
from inspector_app.core.models import SYNCED_MODELS, AuditEntry, Establishment, OutboxOp
from inspector_app.core.store import Store

from ..conftest import PASSPHRASE

CONTENT_TABLES = ("establishments", "language_coordinators", "inspections", "inspection_templates",
                  "inspection_coordinators", "checklist_answers", "worker_interviews", "interpreter_notes", "findings",
                  "signatures", "worker_documents", "referrals")
# Random or time-dependent by design: ids (and references, which carry the device's node), clock stamps and times.
VARYING = {"id", "reference", "created_at", "updated_at", "hlc", "interview_ids"}


def _content(store: Store) -> dict[str, list[str]]:
    content = {}
    with store.engine.connect() as conn:
        for table in CONTENT_TABLES:
            rows = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid").mappings().all()  # noqa: S608
            content[table] = [
                json.dumps({k: v for k, v in row.items() if k not in VARYING and not k.endswith("_id")},
                           sort_keys=True, default=str).replace(store.user_id or "", "USER")
                for row in rows
            ]
    return content


def test_same_seed_gives_the_same_content(tmp_path: Path) -> None:
    contents = []
    for name in ("a", "b"):
        with setup.create_store(tmp_path / name, "somchai", PASSPHRASE) as store:
            report = demo.generate(store, inspections=25, seed=11)
            contents.append(_content(store))
    assert report.inspections == 25 and report.answers > 25 * 20
    assert contents[0] == contents[1]
    assert len(contents[0]["inspections"]) == 25


def test_every_demo_record_is_in_the_outbox_and_the_audit_chain(store: Store) -> None:
    with store.session() as s:
        before_ops = s.scalar(select(func.count()).select_from(OutboxOp))
        before_audit = s.scalar(select(func.count()).select_from(AuditEntry))
    demo.generate(store, inspections=30, seed=3)
    with store.session() as s:
        records = sum(s.scalar(select(func.count()).select_from(model)) for name, model in SYNCED_MODELS.items()
                      if name in CONTENT_TABLES)
        ops = s.scalar(select(func.count()).select_from(OutboxOp)) - before_ops
        audit = s.scalar(select(func.count()).select_from(AuditEntry)) - before_audit
        untracked = s.scalar(select(func.count()).select_from(OutboxOp).where(
            OutboxOp.entity_id.not_in(select(AuditEntry.entity_id))))
    assert ops == audit == records and untracked == 0
    results = {r.name: r for r in run_checks(store)}
    assert all(r.ok for r in results.values()), [r for r in results.values() if not r.ok]


# -- a large load made on two cores (demo_pipeline) -------------------------------------------------------------

PIPELINED = 260  # two transactions of demo.CHUNK (250) inspections and a short one: the second process plans ahead


@pytest.fixture(scope="module")
def in_process_content(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The same load made and written by one process: what every pipelined load must store."""
    with setup.create_store(tmp_path_factory.mktemp("in-process") / "data", "somchai", PASSPHRASE) as store:
        demo.generate(store, inspections=PIPELINED, seed=5, pipeline=False)
        return _content(store)


def _assert_whole_and_valid(store: Store) -> None:
    with store.session() as s:
        records = sum(s.scalar(select(func.count()).select_from(model)) for name, model in SYNCED_MODELS.items()
                      if name in CONTENT_TABLES)
        ops = s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.entity.in_(CONTENT_TABLES)))
        audit = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity.in_(CONTENT_TABLES)))
    assert ops == audit == records
    failed = [r for r in run_checks(store) if not r.ok]
    assert not failed, failed


def test_a_load_made_in_a_second_process_stores_what_one_process_stores(
        tmp_path: Path, in_process_content: dict[str, list[str]]) -> None:
    with setup.create_store(tmp_path / "pipelined", "somchai", PASSPHRASE) as store:
        report = demo.generate(store, inspections=PIPELINED, seed=5, pipeline=True)
        pipelined = _content(store)
        _assert_whole_and_valid(store)
        with store.engine.connect() as conn:
            counter = conn.exec_driver_sql("SELECT value FROM sync_state WHERE name = 'inspection_counter'").scalar()
    assert report.inspections == PIPELINED and report.answers == len(pipelined["checklist_answers"])
    assert report.findings == len(pipelined["findings"]) and report.interviews == len(pipelined["worker_interviews"])
    assert counter == str(PIPELINED)
    assert pipelined == in_process_content


def test_a_change_saved_during_a_pipelined_load_is_kept_and_the_load_goes_on_in_process(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, in_process_content: dict[str, list[str]]) -> None:
    """Rows planned from a log head that moved are not written: the rest is made where the writer is."""
    with setup.create_store(tmp_path / "pipelined", "somchai", PASSPHRASE) as store:
        saved: list[bool] = []

        def save_after_the_first_inspections(changes: ChangeSet) -> None:
            if not saved and changes.touches("inspections"):
                saved.append(True)
                with store.unit_of_work() as uow:
                    uow.insert_many(Establishment, [{"name_th": "Saved during the load", "province_code": "63"}])

        store.commit_listeners.append(save_after_the_first_inspections)
        with caplog.at_level(logging.INFO, logger="inspector_app.core.demo_pipeline"):
            report = demo.generate(store, inspections=PIPELINED, seed=5, pipeline=True)
        store.commit_listeners.remove(save_after_the_first_inspections)
        content = _content(store)
        _assert_whole_and_valid(store)
    assert saved and report.inspections == PIPELINED
    assert "written meanwhile after 1 batches" in caplog.text
    extra = [row for row in content["establishments"] if "Saved during the load" in row]
    assert len(extra) == 1
    content["establishments"].remove(extra[0])
    assert content == in_process_content


def test_a_load_whose_second_process_dies_is_finished_in_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        in_process_content: dict[str, list[str]]) -> None:
    import multiprocessing

    from inspector_app.core import demo_pipeline

    killed: list[str] = []
    read_on = demo_pipeline._Reader.run

    def kill_after_the_first_batch(reader: demo_pipeline._Reader) -> None:
        reader.messages.put(reader._receiver.recv_bytes())
        for child in multiprocessing.active_children():
            if child.name == "demo-rows":
                child.kill()
                child.join()
                killed.append(child.name)
        read_on(reader)  # what is left in the pipe, then its end

    monkeypatch.setattr(demo_pipeline._Reader, "run", kill_after_the_first_batch)
    with setup.create_store(tmp_path / "pipelined", "somchai", PASSPHRASE) as store:
        with caplog.at_level(logging.INFO, logger="inspector_app.core.demo_pipeline"):
            report = demo.generate(store, inspections=PIPELINED, seed=5, pipeline=True)
        content = _content(store)
        _assert_whole_and_valid(store)
    assert killed and report.inspections == PIPELINED
    assert "the second process stopped after 1 batches" in caplog.text
    assert content == in_process_content


def test_a_load_whose_second_process_cannot_start_is_made_in_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_process_content: dict[str, list[str]]) -> None:
    import multiprocessing.context

    def refuse(self: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    with setup.create_store(tmp_path / "pipelined", "somchai", PASSPHRASE) as store:
        report = demo.generate(store, inspections=PIPELINED, seed=5, pipeline=True)
        content = _content(store)
        _assert_whole_and_valid(store)
    assert report.inspections == PIPELINED
    assert content == in_process_content


def test_demo_interpreters_speak_the_interview_language_and_documents_agree_with_their_expiry(store: Store) -> None:
    """What the printed reports would otherwise flag: a coordinator without the worker's language, a permit
    recorded "valid" that had expired by the visit (or "expired" that had not)."""
    demo.generate(store, inspections=40, seed=9)
    with store.engine.connect() as conn:
        interviews = conn.exec_driver_sql(
            "SELECT i.language, c.languages, (SELECT count(*) FROM inspection_coordinators l WHERE l.inspection_id ="
            " i.inspection_id AND l.coordinator_id = i.interpreter_id) FROM worker_interviews i"
            " JOIN language_coordinators c ON c.id = i.interpreter_id").all()
        documents = conn.exec_driver_sql(
            "SELECT d.doc_type, d.permit_status, d.expires_on, n.visit_date FROM worker_documents d"
            " JOIN inspections n ON n.id = d.inspection_id").all()
    assert interviews and documents
    for language, spoken, linked in interviews:
        assert language in json.loads(spoken) and linked == 1
    for doc_type, status, expires_on, visit_date in documents:
        if status == "valid":
            assert expires_on >= visit_date, (doc_type, status, expires_on, visit_date)
        elif status == "expired":
            assert expires_on < visit_date, (doc_type, status, expires_on, visit_date)


def test_demo_visits_are_signed_interviewed_and_reviewed_around_their_own_visit_day(store: Store) -> None:
    """A two-year-old demo visit printed "signed" on the day the demo data was made, by nobody who reviewed it:
    every time now follows the visit, and approved visits name their (made-up) reviewer."""
    demo.generate(store, inspections=60, seed=4)
    with store.engine.connect() as conn:
        inspections = conn.exec_driver_sql(
            "SELECT status, revision, visit_date, started_at, ended_at, signed_at, submitted_at, reviewed_by,"
            " reviewed_at FROM inspections").all()
        signatures = conn.exec_driver_sql(
            "SELECT s.signed_at, n.signed_at FROM signatures s JOIN inspections n ON n.id = s.inspection_id").all()
        interviews = conn.exec_driver_sql(
            "SELECT i.interviewed_at, n.started_at, n.visit_date FROM worker_interviews i"
            " JOIN inspections n ON n.id = i.inspection_id").all()
        notes = conn.exec_driver_sql(
            "SELECT t.noted_at, i.interviewed_at FROM interpreter_notes t"
            " JOIN worker_interviews i ON i.id = t.interview_id").all()
    statuses = {row.status for row in inspections}
    assert {"signed", "submitted", "approved"} <= statuses and signatures and interviews and notes

    def day(text: str) -> str:
        return str(text)[:10]

    for row in inspections:
        assert day(row.started_at) == str(row.visit_date)
        if row.status in ("signed", "submitted", "approved"):
            visit = date.fromisoformat(str(row.visit_date))
            assert visit <= date.fromisoformat(day(row.signed_at)) <= visit + timedelta(days=2), row
        else:
            assert row.signed_at is None, row
        if row.status in ("submitted", "approved"):
            assert row.submitted_at is not None and str(row.submitted_at) > str(row.signed_at), row
        if row.status == "approved" or row.revision == 2:
            assert row.reviewed_by == demo.DEMO_SUPERVISOR
            assert str(row.reviewed_at) > str(row.submitted_at or row.started_at), row
        else:
            assert row.reviewed_by is None and row.reviewed_at is None, row
    for signature_time, inspection_signed in signatures:
        assert str(signature_time) == str(inspection_signed)
    for interviewed_at, started_at, visit_date in interviews:
        assert day(interviewed_at) == str(visit_date) and str(interviewed_at) > str(started_at)
    for noted_at, interviewed_at in notes:
        assert str(noted_at) > str(interviewed_at) and day(noted_at) == day(interviewed_at)


def test_demo_workplaces_are_on_the_map_where_their_address_is(store: Store) -> None:
    """Demo GPS was drawn anywhere between 6-20 N and 98-105 E: a Bangkok shop could sit in Laos."""
    demo.generate(store, inspections=10, seed=3)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT province_code, district_code, latitude, longitude FROM establishments").all()
    assert {r.province_code for r in rows} >= {"63", "74"}
    for province, district, latitude, longitude in rows:
        town_latitude, town_longitude = demo.TOWNS.get(district, demo.TOWNS[province])
        assert abs(latitude - town_latitude) <= 0.12 and abs(longitude - town_longitude) <= 0.12
    mae_sot = [r for r in rows if r.district_code == "6306"]
    assert mae_sot and all(r.longitude < 98.75 for r in mae_sot)  # on the Moei river, not in Tak town
