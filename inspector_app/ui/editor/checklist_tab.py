"""The checklist: answer each item with one key or a click; notes; proposed findings."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import ChangeSet
from ...core.checklists import ItemDef
from ...core.legal import load_legal_reference
from ...core.rules import NO_VIOLATION_RESULTS, ProposedFinding, propose_for_answer, result_for_value
from ...core.services import checklist, findings
from ...core.views import editor as editor_views
from ...core.views.editor import ChecklistContent
from ...i18n.segment import with_break_hints
from ..context import UiContext
from ..language import current_language, label
from ..loading import Loader
from ..widgets import WrapLabel, WrapList
from .autosave import AutoSaver
from .checklist_model import MISSING_BACKGROUND, AnswerState, ChecklistModel, Place, result_label, value_hint
from ..messages import message_text, say_error

ANSWER_KEYS = {
    Qt.Key.Key_C: "compliant", Qt.Key.Key_1: "compliant",
    Qt.Key.Key_N: "non_compliant", Qt.Key.Key_2: "non_compliant",
    Qt.Key.Key_A: "not_applicable", Qt.Key.Key_3: "not_applicable",
    Qt.Key.Key_U: "not_checked", Qt.Key.Key_0: "not_checked",
}
RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")


class AnswerCommand(QUndoCommand):
    """One answer change, undoable (Ctrl+Z) and redoable (Ctrl+Shift+Z)."""

    def __init__(self, apply: Callable[[str, AnswerState], None], code: str, before: AnswerState, after: AnswerState):
        super().__init__(f"{code}: {result_label(after.result)}")
        self.apply, self.code, self.before, self.after = apply, code, before, after

    def redo(self) -> None:
        self.apply(self.code, self.after)

    def undo(self) -> None:
        self.apply(self.code, self.before)


class ChecklistTab(QWidget):
    findingAccepted = Signal(str)  # noqa: N815

    def __init__(self, ctx: UiContext, inspection_id: str, model: ChecklistModel, saver: AutoSaver,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.model, self.saver = ctx, inspection_id, model, saver
        # Where and when the visit is: the rules that propose findings need them (minimum wages).
        self.province_code: str = ""
        self.visit_date: date | None = None
        self.district_code: str | None = None
        self.undo_stack = QUndoStack(self)
        self.proposals: dict[str, ProposedFinding] = {}
        self.dismissed: set[str] = set()  # proposals the inspector dismissed
        self.with_findings: set[str] = set()  # items a finding was recorded for: nothing left to propose
        self.with_standing_findings: frozenset[str] = frozenset()  # of those, findings not remedied or dismissed
        self._findings_loader = Loader(ctx, self)
        self._legal = load_legal_reference()
        self._current: ItemDef | None = None
        self._loading = False
        self.proposal_list = WrapList(most_lines=5)

        self.tree = QTreeView()
        self.tree.setObjectName("checklistTree")
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.expandAll()
        self.tree.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.question = WrapLabel()
        self.question.setObjectName("itemQuestion")
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.worker_question = WrapLabel()
        self.help = WrapLabel()
        self.help.setStyleSheet("color: #444")
        self.refs = WrapLabel()
        self.answer_group = QButtonGroup(self)
        self.answer_buttons: dict[str, QRadioButton] = {}
        answers_row = QGridLayout()
        for n, result in enumerate(RESULTS):
            button = QRadioButton()
            button.setObjectName(f"answer_{result}")
            self.answer_group.addButton(button)
            self.answer_buttons[result] = button
            button.clicked.connect(lambda _checked=False, r=result: self.answer_current(r, advance=False))
            button.installEventFilter(self)  # the one-key answers work here too
            answers_row.addWidget(button, n // 2, n % 2)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("itemValue")
        self.value_edit.editingFinished.connect(self._value_edited)
        self.choice_edit = QComboBox()
        self.choice_edit.setObjectName("itemChoice")
        self.choice_edit.activated.connect(lambda _n: self._choice_edited())
        # Where the item's value decides its result against the tick (age 14 ticked "Compliant"): why.
        self.result_note = WrapLabel()
        self.result_note.setObjectName("resultOverruled")
        self.result_note.setStyleSheet("color: #8a5300; font-weight: bold")
        self.result_note.hide()
        # A finding recorded for the item while its answer no longer shows a violation: the finding stays the
        # inspector's record, and this says to look at it.
        self.finding_note = WrapLabel()
        self.finding_note.setObjectName("findingNoLongerMatches")
        self.finding_note.setStyleSheet("color: #b00020")
        self.finding_note.hide()
        self.note = QPlainTextEdit()
        self.note.setObjectName("itemNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(120)
        self.note.textChanged.connect(self._note_edited)
        self.note_error = QLabel()
        self.note_error.setStyleSheet("color: #b00020")

        self.proposal_title = QLabel()
        self.proposal_list.setObjectName("proposedFindings")
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptProposal")
        self.accept_button.clicked.connect(self.accept_selected_proposal)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissProposal")
        self.dismiss_button.clicked.connect(self.dismiss_selected_proposal)
        proposal_buttons = QHBoxLayout()
        proposal_buttons.addWidget(self.accept_button)
        proposal_buttons.addWidget(self.dismiss_button)
        proposal_buttons.addStretch(1)

        detail = QWidget()
        form = QVBoxLayout(detail)
        for widget in (self.question, self.worker_question, self.help, self.refs):
            form.addWidget(widget)
        form.addLayout(answers_row)
        form.addWidget(self.value_edit)
        form.addWidget(self.choice_edit)
        form.addWidget(self.result_note)
        form.addWidget(self.finding_note)
        self.note_label = QLabel()
        form.addWidget(self.note_label)
        form.addWidget(self.note)
        form.addWidget(self.note_error)
        form.addStretch(1)

        # Long Thai or Burmese help text scrolls instead of squeezing the form.
        self.detail = detail
        detail_scroll = self.detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        # Proposed findings stay in sight under the list of items (they come from answers anywhere in it), so
        # their buttons are never scrolled away below a long Thai or Burmese help text, and the item keeps its
        # height for its answers.
        self.proposals_box = QWidget()
        proposals = QVBoxLayout(self.proposals_box)
        proposals.setContentsMargins(0, 0, 0, 0)
        proposals.addWidget(self.proposal_title)
        proposals.addWidget(self.proposal_list)
        proposals.addLayout(proposal_buttons)
        self.proposals_box.hide()  # until there is a finding to propose
        items = QWidget()
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.tree, 1)
        items_layout.addWidget(self.proposals_box)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(items)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        header = self.tree.header()
        header.setMinimumSectionSize(60)
        for column, width in ((1, 150), (2, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Why the inspector was brought here (e.g. "Mark completed" found required items unanswered).
        self.banner = WrapLabel()
        self.banner.setObjectName("checklistBanner")
        self.banner.setStyleSheet("color: #b00020; font-weight: bold")
        self.banner.hide()
        # Where the checklist's own texts in this language come from: a draft translation still to be reviewed.
        self.draft_note = WrapLabel()
        self.draft_note.setObjectName("checklistDraftTranslation")
        self.draft_note.setStyleSheet("color: #8a5300")
        self.draft_note.hide()
        self._draft_languages: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.draft_note)
        layout.addWidget(splitter, 1)  # the banner as tall as its lines, the list and item all the rest

        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        QShortcut(QKeySequence("Ctrl+Down"), self, self.next_item)
        QShortcut(QKeySequence("Ctrl+Up"), self, self.previous_item)
        ctx.hub.changed.connect(self._on_changed)
        self.retranslate()
        self._show_item(None)

    def show_content(self, content: ChecklistContent) -> None:
        """The inspection's checklist as read: its items, the answers so far, and where and when it is."""
        self.province_code, self.visit_date = content.province_code, content.visit_date
        self.district_code = content.district_code
        self.model.set_content(list(content.templates), {code: AnswerState(a.result, a.value, a.note)
                                                          for code, a in content.answers.items()},
                               Place(self.province_code, self.visit_date, self.district_code))
        self.with_findings = set(content.items_with_findings)
        self.with_standing_findings = content.items_with_standing_findings
        self._draft_languages = frozenset().union(*(t.draft_languages for t in content.templates))
        self._show_draft_note()
        self.tree.expandAll()
        if self.model.sections:
            self.tree.setCurrentIndex(self.model.index(0, 0, self.model.index(0, 0)))
        self._refresh_all_proposals()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            total = sum(self.splitter.sizes())
            # Two fifths for the item, or what its answers need in a long language, whichever is more.
            detail = max(total - total * 3 // 5, self.detail.minimumSizeHint().width()
                         + self.detail_scroll.verticalScrollBar().sizeHint().width())
            self.splitter.setSizes([total - detail, detail])

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Checklist items"))
        for result, button in self.answer_buttons.items():
            key = {"compliant": "C", "non_compliant": "N", "not_applicable": "A", "not_checked": "U"}[result]
            button.setText(f"{result_label(result)} ({key})")
            button.setAccessibleName(result_label(result))
        self.value_edit.setAccessibleName(self.tr("Value"))
        self.choice_edit.setAccessibleName(self.tr("Choice"))
        self.note_label.setText(self.tr("Note"))
        self.note.setAccessibleName(self.tr("Note for this item"))
        self.proposal_title.setText(self.tr("Proposed findings"))
        self.proposal_list.setAccessibleName(self.tr("Proposed findings"))
        self.accept_button.setText(self.tr("Accept finding"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.model.layoutChanged.emit()  # labels come in the new language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)
        self._rebuild_proposal_list()
        self._show_item(self._current)
        if getattr(self, "_banner_text", None) is not None:
            self.show_banner(self._banner_text)
        self._show_draft_note()

    def _show_draft_note(self) -> None:
        shown = current_language() in self._draft_languages
        self.draft_note.setText(self.tr("Checklist texts in this language are a draft translation awaiting review "
                                        "by a native speaker; check them against the Thai text.") if shown else "")
        self.draft_note.setVisible(shown)

    # -- navigation and keys -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.tree or watched in self.answer_buttons.values()) and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                result = ANSWER_KEYS.get(Qt.Key(key_event.key()))
                if result and self._current is not None:
                    self.answer_current(result, advance=True)
                    return True
        return False

    def select_item(self, code: str) -> None:
        if code in self.model.all_codes():  # nothing to select until the checklist is read
            self.tree.setCurrentIndex(self.model.index_of(code))

    def go_to_item(self, code: str) -> None:
        """Select `code`, scroll the list to it and put the cursor in its answer, ready to answer."""
        if code not in self.model.all_codes():
            return
        index = self.model.index_of(code)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        control = self.answer_control()
        self.detail_scroll.ensureWidgetVisible(control)
        control.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer_control(self) -> QWidget:
        """Where the current item is answered: its value or choice field, else its answer as a radio button."""
        item = self._current
        if item is not None and item.answer_type == "choice":
            return self.choice_edit
        if item is not None and item.answer_type in ("number", "text", "date"):
            return self.value_edit
        checked = self.answer_group.checkedButton()
        return checked if checked is not None else self.answer_buttons["not_checked"]

    def show_banner(self, text: str | Callable[[], str]) -> None:
        """Say on this tab why the inspector is here; an empty text hides it.

        Given as a function, the text is said again in the new language after a switch."""
        self._banner_text = text if callable(text) else (lambda: text)
        shown = self._banner_text()
        self.banner.setText(shown)
        self.banner.setAccessibleName(shown)
        self.banner.setVisible(bool(shown))

    def next_item(self, step: int = 1) -> None:
        codes = self.model.all_codes()
        if self._current is None or not codes:
            return
        n = codes.index(self._current.code) + step
        if 0 <= n < len(codes):
            self.select_item(codes[n])

    def previous_item(self) -> None:
        self.next_item(-1)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current) if current.isValid() else None
        if item is None and current.isValid() and current.internalId() == 0:
            return
        self._current = item
        self._show_item(item)
        self.detail_scroll.verticalScrollBar().setValue(0)  # each item from its question down

    def _show_item(self, item: ItemDef | None) -> None:
        self._loading = True
        try:
            enabled = item is not None
            for widget in (*self.answer_buttons.values(), self.value_edit, self.choice_edit, self.note):
                widget.setEnabled(enabled)
            if item is None:
                self.question.clear()
                self._show_result_notes(None)
                return
            state = self.model.answers.get(item.code, AnswerState())
            self.question.setText(f"<b>{item.code}</b> — {html.escape(with_break_hints(label(item.label)))}")
            if item.worker_question:
                language = current_language()
                shown = [label(item.worker_question, language)]
                for code in ("my", "km", "lo"):
                    if code != language and item.worker_question.get(code):
                        shown.append(item.worker_question[code])
                self.worker_question.setText("\n".join(shown))  # WrapLabel wraps between words
                self.worker_question.show()
            else:
                self.worker_question.hide()
            self.help.setText(label(item.help) if item.help else "")
            language = current_language()
            self.refs.setText("\n".join(self._legal.display(ref, language)
                                        for ref in item.legal_refs))
            self.answer_buttons[state.result].setChecked(True)
            is_choice = item.answer_type == "choice"
            self.choice_edit.setVisible(is_choice)
            self.value_edit.setVisible(item.answer_type in ("number", "text", "date"))
            if is_choice:
                self.choice_edit.clear()
                self.choice_edit.addItem("", None)
                for choice in item.choices:
                    self.choice_edit.addItem(label(choice.label), choice.code)
                self.choice_edit.setCurrentIndex(max(0, self.choice_edit.findData(state.value)))
            else:
                self.value_edit.setText(state.value or "")
                self.value_edit.setPlaceholderText(value_hint(item))
            # A result ticked with the value still to give: the field that answers the item is marked.
            awaiting = f"background: {MISSING_BACKGROUND}" if state.awaits_value(item) else ""
            for field in (self.value_edit, self.choice_edit):
                field.setStyleSheet(awaiting)
            if self.note.toPlainText() != (state.note or ""):
                self.note.setPlainText(state.note or "")
            self.note_error.clear()
            self._show_result_notes(item)
        finally:
            self._loading = False

    def _show_result_notes(self, item: ItemDef | None) -> None:
        """Why the item is recorded otherwise than ticked, and whether a finding recorded for it still matches."""
        reason = self.model.result(item.code).reason if item is not None else None
        self.result_note.setText(message_text(reason) if reason is not None else "")
        self.result_note.setVisible(reason is not None)
        stale = item is not None and self.finding_no_longer_matches(item.code)
        self.finding_note.setText(self.tr("A finding is recorded for this item, but its answer does not show a "
                                          "violation now. Check the finding on the Findings tab.") if stale else "")
        self.finding_note.setVisible(stale)

    def finding_no_longer_matches(self, code: str) -> bool:
        """A finding that stands was recorded for the item, and its answer as the report prints it shows no
        violation: core's rule (`rules.finding_contradicted`), the one that stops "Mark completed". One
        remedied on the spot or dismissed is settled; an item set aside as not checked contradicts nothing."""
        return code in self.with_standing_findings and self.model.result(code).result in NO_VIOLATION_RESULTS

    # -- answering -----------------------------------------------------------------------------

    def answer_current(self, result: str, *, advance: bool) -> None:
        """Tick a result on the current item (`advance`: a one-key answer, which moves on to the next item).

        An item answered by a value (number, date, text, choice) is answered only once the value is given, as
        "Mark completed" counts: a result ticked without it is marked in the list with what it still needs, a
        click puts the cursor in the value's field, and "Not checked" takes the value back."""
        item = self._current
        if item is None:
            return
        before = self.model.answers.get(item.code, AnswerState())
        value = None if result == "not_checked" and item.answer_type != "compliance" else before.value
        after = AnswerState(result, value, before.note)
        if after != before:
            self.undo_stack.push(AnswerCommand(self._apply_answer, item.code, before, after))
        if advance:
            self.next_item()
        elif after.awaits_value(item):
            self.go_to_item(item.code)

    def _apply_answer(self, code: str, state: AnswerState) -> None:
        """Show the answer at once and save it in the background."""
        self.model.set_answer(code, state)
        if self._current is not None and self._current.code == code:
            self._show_item(self._current)
        # The result and the value as shown, both: a save still waiting under this key is replaced by this one,
        # so a tick and then a value given within the autosave's delay are saved together, as the screen has them.
        store, result, value = self.ctx.store, state.result, state.value
        self.saver.schedule(
            f"answer:{code}:result",
            lambda: checklist.save_answer(store, self.inspection_id, code, result=result, value=value),
            on_error=lambda exc: say_error(self.note_error, exc),
        )
        self._refresh_proposal(code)

    def _value_edited(self) -> None:
        if self._loading or self._current is None:
            return
        self._set_value(self.value_edit.text().strip() or None)

    def _choice_edited(self) -> None:
        if self._loading or self._current is None:
            return
        self._set_value(self.choice_edit.currentData())

    def _set_value(self, value: str | None) -> None:
        assert self._current is not None
        code = self._current.code
        before = self.model.answers.get(code, AnswerState())
        if before.value == value:
            return
        # A choice's result follows the choice either way; an age or a wage gives the result it judges.
        result = result_for_value(self._current, before.result, before.value, value,
                                  province_code=self.province_code, on_date=self.visit_date,
                                  district_code=self.district_code)
        self.undo_stack.push(AnswerCommand(self._apply_answer, code, before, AnswerState(result, value, before.note)))

    def _note_edited(self) -> None:
        if self._loading or self._current is None:
            return
        code = self._current.code
        text = self.note.toPlainText()
        state = self.model.answers.get(code, AnswerState())
        self.model.set_answer(code, AnswerState(state.result, state.value, text))
        store = self.ctx.store
        self.note_error.clear()
        self.saver.schedule(
            f"answer:{code}:note",
            lambda: checklist.save_answer(store, self.inspection_id, code, note=text),
            on_error=lambda exc: say_error(self.note_error, exc),
        )

    # -- proposed findings -----------------------------------------------------------------------

    def _refresh_all_proposals(self) -> None:
        for code in self.model.all_codes():
            self._refresh_proposal(code, rebuild=False)
        self._rebuild_proposal_list()

    def _refresh_proposal(self, code: str, rebuild: bool = True) -> None:
        state = self.model.answers.get(code)
        proposal = None
        if (state is not None and code not in self.dismissed and code not in self.with_findings
                and self.visit_date is not None):
            proposal = propose_for_answer(self.model.item(code), state.result, state.value,
                                          province_code=self.province_code, on_date=self.visit_date,
                                          district_code=self.district_code)
        if proposal is None:
            self.proposals.pop(code, None)
        else:
            self.proposals[code] = proposal
        if rebuild:
            self._rebuild_proposal_list()

    def _rebuild_proposal_list(self) -> None:
        self.proposal_list.clear()
        for code, proposal in self.proposals.items():
            entry = QListWidgetItem(f"{proposal.severity}  {code}  {label(proposal.title)}")
            entry.setData(Qt.ItemDataRole.UserRole, code)
            self.proposal_list.addItem(entry)
        has = self.proposal_list.count() > 0
        if has and self.proposal_list.currentRow() < 0:
            self.proposal_list.setCurrentRow(0)
        self.accept_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.proposals_box.setVisible(has)

    def _on_changed(self, changes: ChangeSet) -> None:
        """A finding recorded or deleted (here or on the Findings tab), or the visit's date or workplace changed
        (on the Overview tab): which items have a finding, and where and when the visit is, read again."""
        if not self.model.sections:
            return
        if (changes.touches("findings") or self.inspection_id in changes.ids("inspections")
                or changes.touches("establishments")):
            store, inspection_id = self.ctx.store, self.inspection_id
            self._findings_loader.load(lambda: editor_views.checklist(store, inspection_id), self._show_findings)

    def _show_findings(self, content: ChecklistContent | None) -> None:
        if content is None:
            return
        self.with_findings = set(content.items_with_findings)
        self.with_standing_findings = content.items_with_standing_findings
        # A wage is judged by the minimum wage where and when the visit is: a date edited since is taken now.
        self.province_code, self.visit_date = content.province_code, content.visit_date
        self.district_code = content.district_code
        self.model.set_place(Place(self.province_code, self.visit_date, self.district_code))
        self._refresh_all_proposals()
        # Only the notes: the item's fields may hold text being typed (never overwritten by a read).
        self._show_result_notes(self._current)

    def _selected_proposal_code(self) -> str | None:
        entry = self.proposal_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def accept_selected_proposal(self) -> None:
        code = self._selected_proposal_code()
        if code is None:
            return
        proposal = self.proposals.pop(code)
        self.with_findings.add(code)
        self.with_standing_findings |= {code}  # an accepted proposal is an open finding
        self._rebuild_proposal_list()
        store = self.ctx.store
        # Stored in Thai and English whatever the screen language: documents print their own.
        self.ctx.write(
            lambda: findings.accept_proposed(store, self.inspection_id, proposal),
            on_success=lambda changes: self.findingAccepted.emit(changes.created("findings")),
            on_failure=lambda exc: say_error(self.note_error, exc),
            owner=self,
        )

    def dismiss_selected_proposal(self) -> None:
        code = self._selected_proposal_code()
        if code is None:
            return
        self.dismissed.add(code)
        self.proposals.pop(code, None)
        self._rebuild_proposal_list()
