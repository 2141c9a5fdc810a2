"""Checklist answers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Row, Select, and_, bindparam, select, union_all

from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..record_names import RECORD_NAMES
from ..models import ChecklistAnswer, ChecklistItem, Inspection, InspectionTemplate
from ..text_rules import without_nul
from ..vocab import ANSWER_RESULTS
from ..writer import ChangeSet, UnitOfWork
from .common import FROZEN, one_of
from .inspections import editable

if TYPE_CHECKING:
    from ..store import Store

_UNSET: Any = object()


class AnswerItem(Protocol):
    """What answering needs of a checklist item (a ChecklistItem or a row of those columns)."""

    code: str
    answer_type: str
    choices: list[Any] | None


def normalise_value(item: AnswerItem, value: Any) -> str | None:
    """The answer's value as stored text, checked against the item's answer type."""
    if isinstance(value, str):
        value = without_nul(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if item.answer_type == "number":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("ChecklistErrors", "{item} needs a number (got {value})."),
                                  item=item.code, value=repr(text)) from None
        if number < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be negative."), what=item.code)
        return f"{number:g}"
    if item.answer_type == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("ChecklistErrors", "{item} needs a date as YYYY-MM-DD (got "
                                                                       "{value})."), item=item.code, value=repr(text)) from None
    if item.answer_type == "choice":
        codes = [c["code"] for c in item.choices or []]
        if text not in codes:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} must be one of {allowed} (got {value})."),
                                  what=item.code, allowed=tuple(codes), value=repr(text))
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
    """Set any of an answer's result, value, note and evidence; other parts stay as they are.

    The autosave hot path (every edit in the checklist comes here): two Core reads and the
    write, no ORM objects unless the inspection must first open a new revision.
    """
    one_of(result, ANSWER_RESULTS, QT_TRANSLATE_NOOP("Fields", "Answer"))
    with store.unit_of_work() as uow:
        status, item = _inspection_item(uow, inspection_id, item_code)
        if item is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ChecklistErrors", "Item {item} is not on this inspection's "
                                                                       "checklist."), item=item_code)
        if status in FROZEN or status == "approved":
            editable(uow, uow.get(Inspection, inspection_id, "inspection"))
        found = uow.connection.execute(_ANSWER, {"inspection_id": inspection_id, "item_code": item_code}
                                       ).mappings().first()
        answer: dict[str, Any] = (dict(found) if found is not None else
                                  {"inspection_id": inspection_id, "item_code": item_code, "result": "not_checked",
                                   "evidence": []})
        if result is not None:
            answer["result"] = result
        if value is not _UNSET:
            answer["value"] = normalise_value(item, value)
            if (result is None and answer["value"] is not None and item.answer_type != "compliance"
                    and answer["result"] == "not_checked"):
                answer["result"] = "compliant"
        if note is not _UNSET:
            answer["note"] = without_nul(note or "").strip() or None
        if evidence is not None:
            answer["evidence"] = list(evidence)
        answer["answered_by"] = store.user_id
        uow.save_row(ChecklistAnswer, answer, previous=found)
    return uow.changes


def _statements() -> tuple[Select[Any], Select[Any]]:
    """The hot path's two reads, built once (SQLAlchemy then reuses their compiled form)."""
    inspections, items, extra = Inspection.__table__, ChecklistItem.__table__, InspectionTemplate.__table__
    answers = ChecklistAnswer.__table__
    inspection_id, item_code = bindparam("inspection_id"), bindparam("item_code")
    templates = union_all(  # the base template, then add-ons and modules
        select(inspections.c.template_id).where(inspections.c.id == inspection_id),
        select(extra.c.template_id).where(extra.c.inspection_id == inspection_id),
    )
    item = (select(inspections.c.status, items.c.code, items.c.answer_type, items.c.choices)
            .select_from(inspections.outerjoin(items, and_(items.c.code == item_code,
                                                           items.c.template_id.in_(templates))))
            .where(inspections.c.id == inspection_id)
            .limit(1))
    answer = select(answers).where(answers.c.inspection_id == inspection_id, answers.c.item_code == item_code)
    return item, answer


_ITEM, _ANSWER = _statements()


def _inspection_item(uow: UnitOfWork, inspection_id: str, item_code: str) -> tuple[str, Row[Any] | None]:
    """The inspection's status and the item with this code among its templates."""
    found = uow.connection.execute(_ITEM, {"inspection_id": inspection_id, "item_code": item_code}).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No {what} with id {id}."), what=RECORD_NAMES["inspections"],
                       id=inspection_id)
    return found.status, (found if found.code is not None else None)
