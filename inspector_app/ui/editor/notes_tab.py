"""Interpreter notes: free notes by the language coordinator, with source and target language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import ChangeSet
from ...core.services import interviews
from ...core.views import testimony
from ...core.views.testimony import Note, NotesContent
from ..context import UiContext
from ..language import relabel_items
from ..loading import Loader, LoadingNotice
from ..messages import say_error
from ..widgets import WrapLabel, ZawgyiWatcher
from .autosave import AutoSaver
from .interviews_tab import LANGUAGES, language_name, spoken_by, worker_language


class InterpreterNotesTab(QWidget):
    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.current_id: str | None = None
        self._loading = False
        self._notes: dict[str, Note] = {}  # as read, with this form's edits since
        self._spoken: dict[str, tuple[str, ...]] = {}  # each coordinator's languages
        self._team_filled = False  # the wizard's coordinator is offered once, on the first read
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice, ready=lambda: not saver.has_unsaved())
        saver.stateChanged.connect(lambda _state, _message: saver.has_unsaved() or self._loader.retry())
        self.list = QListWidget()
        self.list.setObjectName("interpreterNotes")
        self.list.currentItemChanged.connect(lambda cur, _prev: self._select(cur))
        self.coordinator = QComboBox()
        self.coordinator.activated.connect(lambda _n: self._offer_sources(None))
        self.source = QComboBox()
        self.target = QComboBox()
        for combo in (self.source, self.target):
            for code in LANGUAGES:
                combo.addItem(language_name(code), code)
        self.target.setCurrentIndex(self.target.findData("th"))
        self.original = QPlainTextEdit()
        self.original.setObjectName("noteOriginal")
        self.translation = QPlainTextEdit()
        self.translation.setObjectName("noteTranslation")
        # No note yet: said where the list of notes will be, with how to write the first.
        self.empty = WrapLabel()
        self.empty.setObjectName("noInterpreterNoteYet")
        self.empty.hide()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addInterpreterNote")
        self.add_button.clicked.connect(self.add_note)
        self.zawgyi_notice = QLabel()
        self.zawgyi_notice.setStyleSheet("color: #8a5300")
        self.zawgyi_watchers = [ZawgyiWatcher(self.original, self.zawgyi_notice),
                                ZawgyiWatcher(self.translation, self.zawgyi_notice)]
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.labels = [QLabel() for _ in range(5)]
        row = QHBoxLayout()
        for label, widget in zip(self.labels[:3], (self.coordinator, self.source, self.target), strict=True):
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1)  # the width goes to the choices, not to the gaps after the labels
        texts = QHBoxLayout()
        for label, widget in zip(self.labels[3:], (self.original, self.translation), strict=True):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget)
            texts.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(texts, 2)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.zawgyi_notice)
        layout.addWidget(self.error)
        self.original.textChanged.connect(lambda: self._save("original", self.original.toPlainText()))
        self.original.textChanged.connect(self._update_add_button)
        self.translation.textChanged.connect(lambda: self._save("translation", self.translation.toPlainText()))
        self.retranslate()
        self.add_button.setEnabled(False)
        self.reload()

    def retranslate(self) -> None:
        self.notice.retranslate()
        # (buddy() on a label without one returns None with a bad reference count in PySide6.)
        fields = (self.coordinator, self.source, self.target, self.original, self.translation)
        texts = (self.tr("Coordinator"), self.tr("From"), self.tr("To"), self.tr("Original"), self.tr("Translation"))
        for label, field, text in zip(self.labels, fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        self.original.setAccessibleName(self.tr("Original"))
        self.translation.setAccessibleName(self.tr("Translation"))
        self.list.setAccessibleName(self.tr("Interpreter notes"))
        self.add_button.setText(self.tr("Add as new note"))
        self.empty.setText(self.tr("No interpreter note yet. Write what was said and its translation below, then "
                                   "press “Add as new note”."))
        for combo in (self.source, self.target):
            relabel_items(combo, language_name)
        for row in range(self.list.count()):
            entry = self.list.item(row)
            note = self._notes.get(entry.data(Qt.ItemDataRole.UserRole))
            if note is not None:
                entry.setText(self._entry_text(note))

    def _entry_text(self, note: Note) -> str:
        return self.tr("%1 → %2: %3").replace("%1", language_name(note.source_language)) \
            .replace("%2", language_name(note.target_language)).replace("%3", note.original[:60])

    @property
    def loaded(self) -> bool:
        """Whether this tab shows what was read (at least once)."""
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self._loader.load(lambda: testimony.interpreter_notes(store, inspection_id), self._show)

    def _show(self, content: NotesContent) -> None:
        self._notes = {note.id: note for note in content.notes}
        self._loading = True
        chosen = self.coordinator.currentData()
        self.coordinator.clear()
        self.coordinator.addItem("", None)
        for c in content.coordinators:
            self.coordinator.addItem(c.name, c.id)
        self.coordinator.setCurrentIndex(max(0, self.coordinator.findData(chosen)))
        self._spoken = dict(content.languages)
        if not self._team_filled and chosen is None and self.current_id is None and content.team:
            # A new note is most likely the coordinator's the wizard put on the team, in their language.
            self.coordinator.setCurrentIndex(max(0, self.coordinator.findData(content.team[0])))
            self._offer_sources(None)
        else:
            self._offer_sources(self.source.currentData())
        self._team_filled = True
        self.list.clear()
        for note in content.notes:
            entry = QListWidgetItem(self._entry_text(note))
            entry.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(entry)
        self.list.setVisible(bool(content.notes))
        self.empty.setVisible(not content.notes)
        self._loading = False
        self._update_add_button()

    def _offer_sources(self, keep: str | None) -> None:
        """"From" offers the languages the chosen coordinator interprets; `keep` (a note's own) stays chosen,
        else the one they most likely interpret from."""
        coordinator = self.coordinator.currentData()
        offered = spoken_by(self._spoken, coordinator)
        keep = keep or (self.source.currentData() if self.source.currentData() in offered else None) \
            or worker_language(self._spoken, coordinator)
        if keep is not None and keep not in offered:
            offered = (*offered, keep)
        self.source.clear()
        for code in offered:
            self.source.addItem(language_name(code), code)
        self.source.setCurrentIndex(max(0, self.source.findData(keep)))

    def _update_add_button(self) -> None:
        """A note is added once it has its original words, and once the notes have been read."""
        self.add_button.setEnabled(self._loader.has_loaded and bool(self.original.toPlainText().strip()))

    def _has_draft(self) -> bool:
        """A note typed into the blank form and not added yet (nothing saves it but "Add as new note")."""
        return self.current_id is None and bool(self.original.toPlainText().strip()
                                                or self.translation.toPlainText().strip())

    def _select(self, entry: QListWidgetItem | None) -> None:
        if self._loading or entry is None:
            return
        if self._has_draft():
            self.add_note()  # choosing another note must not throw away the one being typed
        self.saver.flush()
        self.current_id = entry.data(Qt.ItemDataRole.UserRole)
        note = self._notes.get(self.current_id or "")
        if note is None:
            return
        self._loading = True
        self.original.setPlainText(note.original)
        self.translation.setPlainText(note.translation or "")
        self.coordinator.setCurrentIndex(max(0, self.coordinator.findData(note.coordinator_id)))
        self._offer_sources(note.source_language)
        self.target.setCurrentIndex(max(0, self.target.findData(note.target_language)))
        self._loading = False

    def add_note(self) -> None:
        store = self.ctx.store
        original, translation = self.original.toPlainText(), self.translation.toPlainText()
        source, target, coordinator = self.source.currentData(), self.target.currentData(), self.coordinator.currentData()

        inspection_id = self.inspection_id
        if not original.strip():
            return  # (the button is disabled then)
        if self.current_id is not None:
            self.saver.flush()  # the note shown keeps its own text; the copy is a new note
            self.current_id = None

        def added(changes: ChangeSet) -> None:
            # The form becomes blank for the next note: it must not go on editing the note just added
            # (the next note typed would be saved over it, and adding it again would make a duplicate).
            if self.current_id is None and (self.original.toPlainText(), self.translation.toPlainText()) == (
                    original, translation):
                self._clear_form()
            self.reload()

        self.error.clear()
        self.ctx.write(lambda: interviews.add_interpreter_note(
            store, inspection_id, source_language=source, target_language=target, original=original,
            translation=translation, coordinator_id=coordinator),
            on_success=added, on_failure=lambda exc: say_error(self.error, exc), owner=self)

    def _clear_form(self) -> None:
        self._loading = True
        self.current_id = None
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.original.clear()
        self.translation.clear()
        self._loading = False
        self.original.setFocus()

    def _save(self, field: str, text: str) -> None:
        if self._loading or self.current_id is None:
            return
        store, note_id = self.ctx.store, self.current_id
        note = self._notes.get(note_id)
        if note is not None:
            self._notes[note_id] = replace(note, **{field: text})
        self.saver.schedule(f"note:{note_id}:{field}",
                            lambda: interviews.update_interpreter_note(store, note_id, **{field: text}),
                            on_error=lambda exc: say_error(self.error, exc))
