"""Checklist answers."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..record_names import RECORD_NAMES
from ..rows import plan_for
from ..models import ChecklistAnswer, Inspection
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

    The autosave hot path (every edit in the checklist comes here): two plain reads and the
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
        found = _answer(uow, inspection_id, item_code)
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


class _Item(NamedTuple):
    """The answering facts of a checklist item (an `AnswerItem`)."""

    code: str
    answer_type: str
    choices: list[Any] | None


# The hot path's two reads, plain SQL on the transaction's own connection (see db.DriverStatements).
# The item is looked for among the inspection's templates: the base template, then add-ons and modules.
_ITEM = (
    "SELECT i.status, t.code, t.answer_type, t.choices FROM inspections AS i"
    " LEFT OUTER JOIN checklist_items AS t ON t.code = :item_code AND t.template_id IN"
    " (SELECT template_id FROM inspections WHERE id = :inspection_id"
    " UNION ALL SELECT template_id FROM inspection_templates WHERE inspection_id = :inspection_id)"
    " WHERE i.id = :inspection_id LIMIT 1"
)
_ANSWER = (f"SELECT {plan_for(ChecklistAnswer).columns_sql} FROM checklist_answers"
           " WHERE inspection_id = :inspection_id AND item_code = :item_code")


def _inspection_item(uow: UnitOfWork, inspection_id: str, item_code: str) -> tuple[str, _Item | None]:
    """The inspection's status and the item with this code among its templates."""
    found = uow.driver.exec_driver_sql(_ITEM, {"inspection_id": inspection_id, "item_code": item_code}).fetchone()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No {what} with id {id}."), what=RECORD_NAMES["inspections"],
                       id=inspection_id)
    status, code, answer_type, choices = found
    if code is None:
        return status, None
    return status, _Item(code, answer_type, None if choices is None else json.loads(choices))


def _answer(uow: UnitOfWork, inspection_id: str, item_code: str) -> dict[str, Any] | None:
    """The stored answer, every column as a Core select of the table returns it."""
    stored = uow.driver.exec_driver_sql(_ANSWER, {"inspection_id": inspection_id, "item_code": item_code}).fetchone()
    return None if stored is None else plan_for(ChecklistAnswer).decode(stored)
