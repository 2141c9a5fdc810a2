"""Migration 0002 on a real data dir: findings come out in Thai and English, in the reader's words.

The fixture (tests/fixtures/datadir-0001) was written by the 0001-era app: finding titles
are checklist labels in English, descriptions the Thai label, and every action the same
stock sentence. Before migrating, a few rows are changed the way an inspector would have
changed them, so the test can tell the inspector's words from the app's.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.core.checks import run_checks
from inspector_app.core.db import connect
from inspector_app.core.keys import Keyring
from inspector_app.core.models import ChecklistTemplate, Finding, Inspection, OutboxOp
from inspector_app.core.queries import inspection_template_defs
from inspector_app.core.rules import propose_for_answer
from inspector_app.core.services import findings as finding_service
from inspector_app.core.services import reference
from inspector_app.core.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MANIFEST = json.loads((FIXTURES / "datadir-0001.json").read_text(encoding="utf-8"))
FROZEN = ("signed", "submitted", "approved")
INSPECTOR_TITLE = "ลูกจ้างสามคนไม่ได้รับค่าจ้างเดือนตุลาคม"
INSPECTOR_ACTION = "Pay the October wages of the three workers by Friday"


def _is_thai(text: str | None) -> bool:
    return bool(text) and any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def _raw_rows(data_dir: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    _, key = Keyring(data_dir).unlock(MANIFEST["passphrase"])
    conn = connect(data_dir / "inspector.db", key)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The fixture migrated once, with what the 0001 rows held beforehand."""
    data_dir = tmp_path_factory.mktemp("migration") / "data"
    shutil.copytree(FIXTURES / "datadir-0001", data_dir)
    before = {
        row[0]: {"title": row[1], "description": row[2], "required_action": row[3], "rev": row[4],
                 "status": row[5], "item_code": row[6], "deadline": row[7]}
        for row in _raw_rows(data_dir, "SELECT f.id, f.title, f.description, f.required_action, f.rev, i.status, "
                                       "f.item_code, f.deadline FROM findings f "
                                       "JOIN inspections i ON i.id = f.inspection_id ORDER BY f.id")
    }
    editable = [fid for fid, row in before.items() if row["status"] not in FROZEN]
    # An inspector re-titled one finding in Thai and wrote an action for another.
    edits = {"title": editable[0], "required_action": editable[1]}
    _raw_rows(data_dir, "UPDATE findings SET title = ? WHERE id = ?", (INSPECTOR_TITLE, edits["title"]))
    _raw_rows(data_dir, "UPDATE findings SET required_action = ? WHERE id = ?", (INSPECTOR_ACTION, edits["required_action"]))
    before[edits["title"]]["title"] = INSPECTOR_TITLE
    before[edits["required_action"]]["required_action"] = INSPECTOR_ACTION
    pending_before = _raw_rows(data_dir, "SELECT count(*) FROM outbox WHERE state = 'pending'")[0][0]

    store = setup.open_store(data_dir, MANIFEST["passphrase"])
    with store.session() as s:
        rows = {f.id: f for f in s.scalars(select(Finding))}
        status = {i.id: i.status for i in s.scalars(select(Inspection))}
        defs = {i.id: inspection_template_defs(s, i) for i in s.scalars(select(Inspection))}
        outbox = list(s.scalars(select(OutboxOp).where(OutboxOp.entity == "findings",
                                                        OutboxOp.state == "pending")))
    yield {"store": store, "before": before, "after": rows, "status": status, "defs": defs, "edits": edits,
           "outbox": outbox, "pending_before": pending_before}
    store.close()


def _expected_texts(defs: list[Any], finding: Finding, store: Store) -> Any:
    items = {i.code: i for t in defs for i in t.items()}
    item = items[finding.item_code]
    with store.session() as s:
        from inspector_app.core.models import ChecklistAnswer

        answer = s.scalar(select(ChecklistAnswer).where(ChecklistAnswer.inspection_id == finding.inspection_id,
                                                         ChecklistAnswer.item_code == finding.item_code))
    value = answer.value if answer else None
    return item, item.finding_texts(value) if item.answer_type == "choice" else item.finding


def test_the_fixture_has_findings_of_both_kinds(migrated: dict[str, Any]) -> None:
    statuses = {migrated["status"][f.inspection_id] for f in migrated["after"].values()}
    assert statuses & set(FROZEN) and statuses - set(FROZEN), statuses


def test_findings_the_app_wrote_get_the_templates_words_in_thai_and_english(migrated: dict[str, Any]) -> None:
    store, edits = migrated["store"], migrated["edits"]
    rederived = [f for f in migrated["after"].values()
                 if migrated["status"][f.inspection_id] not in FROZEN and f.id not in edits.values()]
    assert len(rederived) >= 10
    labels = {text for t in migrated["defs"].values() for d in t for i in d.items() for text in i.label.values()}
    for finding in rederived:
        item, texts = _expected_texts(migrated["defs"][finding.inspection_id], finding, store)
        # Made with version 1 of its template, whose questions it keeps; texts from the
        # later version that asks the same question.
        assert texts is not None, finding.item_code
        assert (finding.title_th, finding.title_en) == (texts.violation["th"], texts.violation["en"])
        assert (finding.required_action_th, finding.required_action_en) == (texts.action["th"], texts.action["en"])
        assert finding.title_th not in labels and not finding.title_en.endswith("?")
        assert _is_thai(finding.title_th) and not _is_thai(finding.title_en)
        assert finding.edited_texts == []
        assert finding.rev == migrated["before"][finding.id]["rev"] + 1  # a change HQ must receive
        assert finding.deadline is not None


def test_an_inspectors_words_are_kept_in_their_language(migrated: dict[str, Any]) -> None:
    after, edits = migrated["after"], migrated["edits"]
    retitled = after[edits["title"]]
    assert (retitled.title_th, retitled.title_en) == (INSPECTOR_TITLE, None)
    assert retitled.edited_texts == ["title"]
    assert retitled.required_action_th and retitled.required_action_en  # the app's action, derived again

    actioned = after[edits["required_action"]]
    assert (actioned.required_action_th, actioned.required_action_en) == (None, INSPECTOR_ACTION)
    assert actioned.edited_texts == ["required_action"]
    assert _is_thai(actioned.title_th) and actioned.title_en


def test_signed_findings_keep_the_signed_words_and_gain_the_other_language(migrated: dict[str, Any]) -> None:
    frozen = [f for f in migrated["after"].values() if migrated["status"][f.inspection_id] in FROZEN]
    assert frozen
    for finding in frozen:
        before = migrated["before"][finding.id]
        items = {i.code: i for t in migrated["defs"][finding.inspection_id] for i in t.items()}
        label = items[finding.item_code].label
        # The 0001 app stored the English label as the title: it stays, with its Thai.
        assert before["title"] == label["en"]
        assert (finding.title_en, finding.title_th) == (label["en"], label["th"])
        # The demo put the Thai label in the description: with the title in Thai it adds nothing.
        assert before["description"] == label["th"]
        assert (finding.description_th, finding.description_en) == (None, None)
        # The demo's stock "ไทย / English" action, split in two.
        assert (finding.required_action_th, finding.required_action_en) == (
            "แก้ไขให้ถูกต้องตามกฎหมาย", "Correct as the law requires")
        assert finding.rev == before["rev"] and finding.edited_texts == []


def test_rederived_findings_are_queued_for_hq_and_audited(migrated: dict[str, Any]) -> None:
    rederived = {f.id for f in migrated["after"].values() if f.rev > migrated["before"][f.id]["rev"]}
    queued = {op.entity_id: op.fields for op in migrated["outbox"] if "title_th" in op.fields}
    assert rederived and rederived <= set(queued)
    sample = queued[next(iter(rederived))]
    assert {"title_th", "title_en", "required_action_th", "required_action_en", "edited_texts"} <= set(sample)
    assert "title" not in sample
    assert all(r.ok for r in run_checks(migrated["store"])), [r for r in run_checks(migrated["store"]) if not r.ok]


def test_opening_loads_the_new_template_versions_once(migrated: dict[str, Any]) -> None:
    store = migrated["store"]
    with store.session() as s:
        versions = set(s.execute(select(ChecklistTemplate.code, ChecklistTemplate.version)).all())
        count = s.scalar(select(func.count()).select_from(ChecklistTemplate))
    assert ("LPA-GENERAL", 1) in versions and ("LPA-GENERAL", 2) in versions
    assert reference.load_new_shipped_templates(store).created_ids("checklist_templates") == []
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChecklistTemplate)) == count


def test_a_version_1_inspection_accepts_new_findings_in_the_readers_words(migrated: dict[str, Any]) -> None:
    store = migrated["store"]
    with store.session() as s:
        inspection = next(i for i in s.scalars(select(Inspection)) if i.status == "draft")
        templates = inspection_template_defs(s, inspection)
        assert {t.version for t in templates} == {1}  # it keeps the version it started with
    item = next(i for t in templates for i in t.items() if i.code == "LPA-F-02")
    proposal = propose_for_answer(item, "non_compliant")
    assert proposal is not None
    finding_id = finding_service.accept_proposed(store, inspection.id, proposal).created("findings")
    with store.session() as s:
        finding = s.get(Finding, finding_id)
    assert finding.title_th == "นายจ้างไม่จัดให้ลูกจ้างมีวันหยุดประจำสัปดาห์"
    assert finding.title_en == "Workers do not get a weekly rest day"
