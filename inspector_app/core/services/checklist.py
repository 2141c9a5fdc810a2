"""Checklist answers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..errors import ValidationError
from ..models import ANSWER_RESULTS, ChecklistAnswer, ChecklistItem, Inspection
from ..queries import inspection_template_ids
from ..writer import ChangeSet
from .common import one_of
from .inspections import editable

if TYPE_CHECKING:
    from ..store import Store

_UNSET: Any = object()


def normalise_value(item: ChecklistItem, value: Any) -> str | None:
    """The answer's value as stored text, checked against the item's answer type."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if item.answer_type == "number":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise ValidationError(f"{item.code} needs a number (got {text!r}).") from None
        if number < 0:
            raise ValidationError(f"{item.code} cannot be negative.")
        return f"{number:g}"
    if item.answer_type == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValidationError(f"{item.code} needs a date as YYYY-MM-DD (got {text!r}).") from None
    if item.answer_type == "choice":
        codes = [c["code"] for c in item.choices or []]
        if text not in codes:
            raise ValidationError(f"{item.code} must be one of {', '.join(codes)} (got {text!r}).")
    return text


def save_answer(
    store: Store,
    inspection_id: str,
    item_code: str,
    *,
    result: str | None = None,
    value: Any = _UNSET,
    note: Any = _UNSET,
    evidence: list[str] | None = None,
) -> ChangeSet:
    """Set any of an answer's result, value, note and evidence; other parts stay as they are."""
    one_of(result, ANSWER_RESULTS, "Answer")
    with store.unit_of_work() as uow:
        inspection = uow.get(Inspection, inspection_id, "inspection")
        item = uow.session.scalar(
            select(ChecklistItem).where(
                ChecklistItem.code == item_code,
                ChecklistItem.template_id.in_(inspection_template_ids(uow.session, inspection)),
            )
        )
        if item is None:
            raise ValidationError(f"Item {item_code} is not on this inspection's checklist.")
        editable(uow, inspection)
        answer = uow.session.scalar(
            select(ChecklistAnswer).where(
                ChecklistAnswer.inspection_id == inspection.id, ChecklistAnswer.item_code == item_code
            )
        )
        if answer is None:
            answer = ChecklistAnswer(inspection_id=inspection.id, item_code=item_code, result="not_checked", evidence=[])
        if result is not None:
            answer.result = result
        if value is not _UNSET:
            answer.value = normalise_value(item, value)
            if result is None and answer.value is not None and item.answer_type != "compliance" and answer.result == "not_checked":
                answer.result = "compliant"
        if note is not _UNSET:
            answer.note = (note or "").strip() or None
        if evidence is not None:
            answer.evidence = list(evidence)
        answer.answered_by = store.user_id
        uow.save(answer)
    return uow.changes
