"""Checklist answers."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ..checklists import ChoiceDef
from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..record_names import RECORD_NAMES
from ..rows import plan_for
from ..models import ChecklistAnswer, Inspection
from ..rules import result_for_value
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

    A value given without a result sets the result the value answers (`rules.result_for_value`): a choice
    question's follows the choice either way, an age or a wage gives the result it judges unless the inspector
    ticked one against it, and any other value answers an item nothing was ticked for "compliant".

    The autosave hot path (every edit in the checklist comes here): two plain reads and the
    write, no ORM objects unless the inspection must first open a new revision.
    """
    one_of(result, ANSWER_RESULTS, QT_TRANSLATE_NOOP("Fields", "Answer"))
    with store.unit_of_work() as uow:
        status, item, place = _inspection_item(uow, inspection_id, item_code)
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
            before, answer["value"] = answer.get("value"), normalise_value(item, value)
            if result is None:  # the value answers: a choice's result follows it, an age's is judged by it
                answer["result"] = result_for_value(item, answer["result"], before, answer["value"],
                                                    province_code=place.province_code, on_date=place.visit_date,
                                                    district_code=place.district_code)
        if note is not _UNSET:
            answer["note"] = without_nul(note or "").strip() or None
        if evidence is not None:
            answer["evidence"] = list(evidence)
        answer["answered_by"] = store.user_id
        uow.save_row(ChecklistAnswer, answer, previous=found)
    return uow.changes


class _Item(NamedTuple):
    """The answering facts of a checklist item (an `AnswerItem`, and a `rules.JudgedItem`)."""

    code: str
    answer_type: str
    choices: list[Any] | None
    rule: str | None
    non_compliant_choices: tuple[str, ...]

    def choice(self, code: str) -> ChoiceDef | None:
        found = next((c for c in self.choices or [] if c.get("code") == code), None)
        return None if found is None else ChoiceDef(code=code, label=found.get("label") or {})


class _Place(NamedTuple):
    """Where and when the visit is: the minimum wage a wage item is judged by depends on them."""

    province_code: str | None
    district_code: str | None
    visit_date: date | None


# The hot path's two reads, plain SQL on the transaction's own connection (see db.DriverStatements).
# The item is looked for among the inspection's templates: the base template, then add-ons and modules.
_ITEM = (
    "SELECT i.status, t.code, t.answer_type, t.choices, t.rule, t.non_compliant_choices,"
    " e.province_code, e.district_code, i.visit_date FROM inspections AS i"
    " LEFT OUTER JOIN establishments AS e ON e.id = i.establishment_id"
    " LEFT OUTER JOIN checklist_items AS t ON t.code = :item_code AND t.template_id IN"
    " (SELECT template_id FROM inspections WHERE id = :inspection_id"
    " UNION ALL SELECT template_id FROM inspection_templates WHERE inspection_id = :inspection_id)"
    " WHERE i.id = :inspection_id LIMIT 1"
)
_ANSWER = (f"SELECT {plan_for(ChecklistAnswer).columns_sql} FROM checklist_answers"
           " WHERE inspection_id = :inspection_id AND item_code = :item_code")


def _inspection_item(uow: UnitOfWork, inspection_id: str, item_code: str) -> tuple[str, _Item | None, _Place]:
    """The inspection's status, the item with this code among its templates, and where and when the visit is."""
    found = uow.driver.exec_driver_sql(_ITEM, {"inspection_id": inspection_id, "item_code": item_code}).fetchone()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No {what} with id {id}."), what=RECORD_NAMES["inspections"],
                       id=inspection_id)
    status, code, answer_type, choices, rule, non_compliant, province_code, district_code, visit_date = found
    place = _Place(province_code, district_code, _day(visit_date))
    if code is None:
        return status, None, place
    return status, _Item(code, answer_type, None if choices is None else json.loads(choices), rule,
                         tuple(json.loads(non_compliant) or ()) if non_compliant else ()), place


def _day(stored: Any) -> date | None:
    """A date column as the driver returns it (SQLite: ISO text)."""
    if stored is None or isinstance(stored, date):
        return stored
    try:
        return date.fromisoformat(str(stored)[:10])
    except ValueError:
        return None


def _answer(uow: UnitOfWork, inspection_id: str, item_code: str) -> dict[str, Any] | None:
    """The stored answer, every column as a Core select of the table returns it."""
    stored = uow.driver.exec_driver_sql(_ANSWER, {"inspection_id": inspection_id, "item_code": item_code}).fetchone()
    return None if stored is None else plan_for(ChecklistAnswer).decode(stored)
