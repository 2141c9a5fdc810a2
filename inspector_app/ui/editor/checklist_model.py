"""Checklist sections and items as a two-level tree, with the answers recorded so far."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.checklists import ItemDef, SectionDef, TemplateDef
from ...core.rules import EffectiveResult, effective_result
from ..language import label
from ..messages import message_text

Index = QModelIndex | QPersistentModelIndex
ROLE_ITEM_CODE = Qt.ItemDataRole.UserRole + 1

# Behind what is still to answer: required items after "Mark completed", a result ticked with its value missing.
MISSING_BACKGROUND = "#fff3cd"
RESULT_KEYS = {"compliant": "C", "non_compliant": "N", "not_applicable": "A", "not_checked": "U"}
NON_COMPLIANT_COLOUR = "#b00020"
COMPLIANT_COLOUR = "#1b5e20"


# The units checklist templates give numbers in (a template's "unit"), named in the user's language.
UNITS = {
    "years": QT_TRANSLATE_NOOP("Units", "years"),
    "THB/day": QT_TRANSLATE_NOOP("Units", "THB/day"),
}


def unit_label(unit: str) -> str:
    """A number's unit in the user's language (a unit no template used before is shown as it is written)."""
    source = UNITS.get(unit)
    return QCoreApplication.translate("Units", source) if source else unit


def value_hint(item: ItemDef) -> str:
    """What answers an item that is answered with a value: its value field's placeholder (e.g. "Number (years)")."""
    # In the Checklist tab's context, where its value field has always said them.
    if item.answer_type == "number" and item.unit:
        return QCoreApplication.translate("ChecklistTab", "Number (%1)").replace("%1", unit_label(item.unit))
    if item.answer_type == "number":
        return QCoreApplication.translate("ChecklistTab", "Number")
    if item.answer_type == "text":
        return QCoreApplication.translate("ChecklistTab", "Text")
    if item.answer_type == "choice":
        return QCoreApplication.translate("ChecklistTab", "Choice")
    return "YYYY-MM-DD" if item.answer_type == "date" else ""


def result_label(result: str) -> str:
    return {
        "compliant": QCoreApplication.translate("Answer", "Compliant"),
        "non_compliant": QCoreApplication.translate("Answer", "Non-compliant"),
        "not_applicable": QCoreApplication.translate("Answer", "Not applicable"),
        "not_checked": QCoreApplication.translate("Answer", "Not checked"),
    }.get(result, result)


@dataclass
class AnswerState:
    result: str = "not_checked"
    value: str | None = None
    note: str | None = None

    def answered(self, item: ItemDef) -> bool:
        """As "Mark completed" judges it (core.queries.missing_required_items): a number, date, text or choice
        item is answered by its value (or as not applicable), never by a result ticked alone."""
        if item.answer_type == "compliance":
            return self.result != "not_checked"
        return self.result == "not_applicable" or bool((self.value or "").strip())

    def awaits_value(self, item: ItemDef) -> bool:
        """A result ticked on an item whose answer is a value, with the value still to give."""
        return self.result in ("compliant", "non_compliant") and not self.answered(item)


class Place(NamedTuple):
    """Where and when the visit is: a wage item is judged by the minimum wage there on that day."""

    province_code: str | None = None
    on_date: date | None = None
    district_code: str | None = None


@dataclass
class SectionEntry:
    template: TemplateDef
    section: SectionDef


class ChecklistModel(QAbstractItemModel):
    COLUMNS = ("item", "answer", "note")

    def __init__(self, templates: list[TemplateDef], answers: dict[str, AnswerState], parent: Any = None):
        super().__init__(parent)
        self.flag_missing = False
        self.sections: list[SectionEntry] = []
        self.answers: dict[str, AnswerState] = {}
        self.place = Place()
        self._position: dict[str, tuple[int, int]] = {}
        self._results: dict[str, EffectiveResult] = {}
        self._fill(templates, answers)

    def _fill(self, templates: list[TemplateDef], answers: dict[str, AnswerState]) -> None:
        self.sections = [SectionEntry(t, s) for t in templates for s in t.sections]
        self.answers = answers
        self._position = {
            item.code: (n, m) for n, entry in enumerate(self.sections) for m, item in enumerate(entry.section.items)
        }
        self._results.clear()

    def set_content(self, templates: list[TemplateDef], answers: dict[str, AnswerState],
                    place: Place = Place()) -> None:
        """The inspection's templates and answers, as read (the model starts empty until they are), and where
        and when the visit is."""
        self.beginResetModel()
        self.place = place
        self._fill(templates, answers)
        self.endResetModel()

    def set_place(self, place: Place) -> None:
        """Where and when the visit is, changed (the visit date edited on the Overview tab): every answer is
        judged again, and the rows show it."""
        if place == self.place:
            return
        self.place = place
        self._results.clear()
        if self.sections:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            for row in range(self.rowCount()):
                parent = self.index(row, 0)
                if self.rowCount(parent):
                    self.dataChanged.emit(self.index(0, 0, parent),
                                          self.index(self.rowCount(parent) - 1, self.columnCount() - 1, parent))

    # -- lookups ---------------------------------------------------------------------

    def item(self, code: str) -> ItemDef:
        n, m = self._position[code]
        return self.sections[n].section.items[m]

    def item_at(self, index: Index) -> ItemDef | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.sections[index.internalId() - 1].section.items[index.row()]

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        n, m = self._position[code]
        return self.createIndex(m, column, n + 1)

    def result(self, code: str) -> EffectiveResult:
        """The item's result as it is shown, counted and printed (`rules.effective_result`): where its value
        judges it (an age, a wage, a choice), the value's; else the inspector's tick."""
        found = self._results.get(code)
        if found is None:
            state = self.answers.get(code, AnswerState())
            found = self._results[code] = effective_result(
                self.item(code), state.result, state.value, province_code=self.place.province_code,
                on_date=self.place.on_date, district_code=self.place.district_code)
        return found

    def all_codes(self) -> list[str]:
        return [i.code for e in self.sections for i in e.section.items]

    def progress(self, n: int) -> tuple[int, int]:
        items = self.sections[n].section.items
        done = sum(1 for i in items if self.answers.get(i.code, AnswerState()).answered(i))
        return done, len(items)

    def missing_required(self) -> list[str]:
        return [i.code for e in self.sections for i in e.section.items
                if i.required and not self.answers.get(i.code, AnswerState()).answered(i)]

    def set_answer(self, code: str, state: AnswerState) -> None:
        self.answers[code] = state
        self._results.pop(code, None)
        n, m = self._position[code]
        self.dataChanged.emit(self.createIndex(m, 0, n + 1), self.createIndex(m, len(self.COLUMNS) - 1, n + 1))
        self.dataChanged.emit(self.createIndex(n, 0, 0), self.createIndex(n, len(self.COLUMNS) - 1, 0))

    def set_flag_missing(self, flag: bool) -> None:
        self.flag_missing = flag
        self.layoutChanged.emit()

    # -- Qt model API -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(self.COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.sections) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        items = self.sections[parent.row()].section.items
        return self.createIndex(row, column, parent.row() + 1) if row < len(items) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.sections[parent.row()].section.items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Item"), self.tr("Answer"), self.tr("Note"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if index.internalId() == 0:
            entry = self.sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == "item":
                    return f"{entry.section.code}  {label(entry.section.title)}"
                if column == "answer":
                    done, total = self.progress(index.row())
                    return self.tr("%1 of %2 answered").replace("%1", str(done)).replace("%2", str(total))
            return None
        item = self.item_at(index)
        assert item is not None
        state = self.answers.get(item.code, AnswerState())
        if role == ROLE_ITEM_CODE:
            return item.code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "item":
                return f"{item.code}  {label(item.label)}"
            if column == "answer":
                return self._answer_text(item, state)
            return state.note or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "item":
            return label(item.label)
        if role == Qt.ItemDataRole.ToolTipRole and column == "answer":
            reason = self.result(item.code).reason  # the value overrules the tick: why
            return message_text(reason) if reason is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "answer":
            if state.awaits_value(item):
                return QBrush(QColor("#6b6b6b"))  # what the answer still needs, as a field's placeholder shows it
            result = self.result(item.code).result
            if result == "non_compliant":
                return QBrush(QColor(NON_COMPLIANT_COLOUR))
            if result == "compliant":
                return QBrush(QColor(COMPLIANT_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and (
                (self.flag_missing and item.required and not state.answered(item))
                or (column == "answer" and state.awaits_value(item))):
            return QBrush(QColor(MISSING_BACKGROUND))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == "answer":
            if state.awaits_value(item):
                return f"{result_label(state.result)}, {value_hint(item)}"
            return result_label(self.result(item.code).result)
        return None

    def _answer_text(self, item: ItemDef, state: AnswerState) -> str:
        """The Answer column: a result, or the value that answers the item (what it still needs, until given)."""
        if item.answer_type == "compliance":
            return result_label(self.result(item.code).result)
        if state.result == "not_applicable":
            return result_label("not_applicable")
        if state.awaits_value(item):  # a result ticked: the value it still needs, as its field's placeholder says
            return value_hint(item)
        if not state.answered(item):  # nothing given: as an unanswered compliance item says (a hint read as a value)
            return result_label("not_checked")
        choice = item.choice(state.value) if item.answer_type == "choice" and state.value else None
        return label(choice.label) if choice else (state.value or "")
