"""The one write path: record, outbox row and audit entry together or not at all."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from inspector_app.core.services import setup
from inspector_app.core import writer
from inspector_app.core.audit import verify_chain
from inspector_app.core.errors import StatusError, ValidationError
from inspector_app.core.models import AuditEntry, ChecklistAnswer, Inspection, InspectionRevision, OutboxOp
from inspector_app.core.checks import run_checks
from inspector_app.core.services import checklist, inspections, users
from inspector_app.core.store import Store

from ..conftest import PASSPHRASE
from .helpers import new_inspection

SIGNATURE = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(ChecklistAnswer)),
            s.scalar(select(func.count()).select_from(OutboxOp)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_each_change_writes_record_outbox_and_audit(store: Store) -> None:
    inspection_id = new_inspection(store)
    answers, ops, audits = counts(store)
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant", note="ตรวจแล้ว")
    assert counts(store) == (answers + 1, ops + 1, audits + 1)
    with store.session() as s:
        op = s.scalars(select(OutboxOp).order_by(OutboxOp.seq.desc())).first()
        answer = s.scalars(select(ChecklistAnswer)).one()
    assert op.op_id == f"{store.device_id}:{op.seq}"
    assert op.entity == "checklist_answers" and op.entity_id == answer.id
    assert op.fields["note"] == "ตรวจแล้ว" and op.base_rev == 0 and op.rev == 1
    assert answer.hlc and answer.rev == 1

    checklist.save_answer(store, inspection_id, "LPA-C-01", result="non_compliant")
    with store.session() as s:
        op2 = s.scalars(select(OutboxOp).order_by(OutboxOp.seq.desc())).first()
        answer2 = s.get(ChecklistAnswer, answer.id)
    assert op2.seq == op.seq + 1 and op2.base_rev == 1 and op2.rev == 2
    assert answer2.result == "non_compliant" and answer2.note == "ตรวจแล้ว" and answer2.hlc > answer.hlc


@pytest.mark.parametrize("failure_point", ["before_log", "after_log_rows_written"])
def test_a_service_failing_halfway_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch, failure_point: str) -> None:
    inspection_id = new_inspection(store)
    before = counts(store)

    if failure_point == "before_log":
        def broken_digest(fields: dict) -> str:
            raise RuntimeError("disk full")
        monkeypatch.setattr(writer, "entry_hash", broken_digest)
    else:
        original = writer.UnitOfWork._flush_log

        def flush_then_fail(self: writer.UnitOfWork) -> None:
            original(self)
            self.session.flush()
            raise RuntimeError("power cut")
        monkeypatch.setattr(writer.UnitOfWork, "_flush_log", flush_then_fail)

    with pytest.raises(RuntimeError):
        checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant", note="lost?")
    monkeypatch.undo()
    assert counts(store) == before
    with store.session() as s:
        assert verify_chain(s).ok
    # The store is still usable afterwards.
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="compliant")
    assert counts(store) == (before[0] + 1, before[1] + 1, before[2] + 1)


def answer_all(store: Store, inspection_id: str) -> None:
    from inspector_app.core.queries import inspection_items

    with store.session() as s:
        items = inspection_items(s, s.get(Inspection, inspection_id))
    for item in items:
        if item.answer_type == "compliance":
            checklist.save_answer(store, inspection_id, item.code, result="compliant")
        elif item.answer_type == "number":
            checklist.save_answer(store, inspection_id, item.code, value="400" if item.rule == "min_wage" else "20")
        elif item.answer_type == "choice":
            checklist.save_answer(store, inspection_id, item.code, value=item.choices[0]["code"])
        elif item.answer_type == "date":
            checklist.save_answer(store, inspection_id, item.code, value="2026-11-20")
        else:
            checklist.save_answer(store, inspection_id, item.code, value="checked")


def status_of(store: Store, inspection_id: str) -> tuple[str, int]:
    with store.session() as s:
        inspection = s.get(Inspection, inspection_id)
        return inspection.status, inspection.revision


def test_status_rules_draft_completed_signed_and_new_revision(store: Store) -> None:
    inspection_id = new_inspection(store)
    with pytest.raises(ValidationError, match="required item"):
        inspections.complete_inspection(store, inspection_id)
    with pytest.raises(StatusError):
        inspections.sign_inspection(store, inspection_id, role="inspector", signer_name="Somchai", image_png=SIGNATURE)

    answer_all(store, inspection_id)
    inspections.complete_inspection(store, inspection_id)
    assert status_of(store, inspection_id) == ("completed", 1)
    inspections.sign_inspection(store, inspection_id, role="employer", signer_name="Manager", image_png=SIGNATURE)
    assert status_of(store, inspection_id) == ("completed", 1)
    inspections.sign_inspection(store, inspection_id, role="inspector", signer_name="Somchai", image_png=SIGNATURE)
    assert status_of(store, inspection_id) == ("signed", 1)
    with store.session() as s:
        frozen = s.scalars(select(InspectionRevision)).one()
    assert frozen.revision == 1 and any(a["item_code"] == "LPA-C-01" for a in frozen.snapshot["answers"])

    # A change after signing makes revision 2 (draft); revision 1 stays frozen as signed.
    checklist.save_answer(store, inspection_id, "LPA-C-01", result="non_compliant", note="found later")
    assert status_of(store, inspection_id) == ("draft", 2)
    with store.session() as s:
        frozen_again = s.get(InspectionRevision, frozen.id)
    assert frozen_again.snapshot == frozen.snapshot


def test_invalid_answer_values_are_refused(store: Store) -> None:
    inspection_id = new_inspection(store)
    with pytest.raises(ValidationError, match="not on this inspection"):
        checklist.save_answer(store, inspection_id, "NOPE-X-01", result="compliant")
    with pytest.raises(ValidationError, match="must be one of"):
        checklist.save_answer(store, inspection_id, "LPA-C-01", result="maybe")


def test_zawgyi_typed_into_an_interview_is_stored_as_unicode(store: Store) -> None:
    from inspector_app.core.models import WorkerInterview
    from inspector_app.core.services import interviews

    from ..i18n.test_zawgyi import ZAWGYI_CASES

    _label, zawgyi, expected = ZAWGYI_CASES[-1]
    inspection_id = new_inspection(store)
    interviews.save_interview(store, inspection_id, consent=True, private_setting=True, employer_absent=True,
                              notes_original=zawgyi)
    with store.session() as s:
        stored = s.scalars(select(WorkerInterview.notes_original)).one()
    assert stored == expected and stored != zawgyi


def test_local_accounts_are_audited_but_never_queued_for_hq(store: Store) -> None:
    setup.add_local_user(store, "malee", "another long passphrase", display_name="Malee")
    users.change_passphrase(store, PASSPHRASE, "a new long passphrase 2")
    with store.session() as s:
        queued = s.scalars(select(OutboxOp.entity).where(OutboxOp.entity.in_(("users", "devices")))).all()
        audited = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "users")).all()
    assert queued == []  # HQ keeps its own accounts; an inspector's name travels in the inspection's team
    assert audited.count("create") == 2 and "change_passphrase" in audited
    assert all(r.ok for r in run_checks(store)), run_checks(store)
