"""Worker interviews: coded worker, documents, consent and privacy first, then notes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import ChangeSet
from ...core.services import interviews
from ...core.views import testimony
from ...core.views.documents import DocumentRow
from ...core.views.testimony import Interview, InterviewsContent
from ...core.vocab import ENTRY_CHANNELS, FORCED_LABOUR_INDICATORS, SEXES
from ..context import UiContext
from ..language import relabel_items
from ..loading import Loader, LoadingNotice
from ..messages import say_error
from ..widgets import WrapLabel, ZawgyiWatcher, fit_to_choices
from .autosave import AutoSaver
from .documents_box import DocumentsBox

LANGUAGES = ("my", "km", "lo", "kar", "shn", "mnw", "th", "en")
SCREEN_LANGUAGES = ("th", "en")  # what interpreters translate into, not what a worker is interviewed in


def spoken_by(languages: Mapping[str, tuple[str, ...]], coordinator_id: str | None) -> tuple[str, ...]:
    """The languages a coordinator interprets, in the lists' order; every language when none is chosen or known."""
    spoken = languages.get(coordinator_id or "", ())
    return tuple(code for code in LANGUAGES if code in spoken) or LANGUAGES


def worker_language(languages: Mapping[str, tuple[str, ...]], coordinator_id: str | None) -> str | None:
    """The language a coordinator most likely interviews in: their first that is not Thai or English."""
    if coordinator_id is None or coordinator_id not in languages:
        return None
    return next((code for code in spoken_by(languages, coordinator_id) if code not in SCREEN_LANGUAGES), None)
NATIONALITIES = ("MM", "KH", "LA", "TH", "VN", "OTHER")


def language_name(code: str) -> str:
    return {
        "my": QCoreApplication.translate("Interviews", "Burmese"), "km": QCoreApplication.translate("Interviews", "Khmer"), "lo": QCoreApplication.translate("Interviews", "Lao"), "kar": QCoreApplication.translate("Interviews", "Karen"), "shn": QCoreApplication.translate("Interviews", "Shan"),
        "mnw": QCoreApplication.translate("Interviews", "Mon"), "th": QCoreApplication.translate("Interviews", "Thai"), "en": QCoreApplication.translate("Interviews", "English"),
    }.get(code, code)


def option_label(code: str) -> str:
    """Labels for the coded choices of an interview (sex, nationality, entry channel); documents: documents_box."""
    return {
        "female": QCoreApplication.translate("Interviews", "Female"), "male": QCoreApplication.translate("Interviews", "Male"), "other": QCoreApplication.translate("Interviews", "Other"),
        "MM": QCoreApplication.translate("Interviews", "Myanmar"), "KH": QCoreApplication.translate("Interviews", "Cambodia"), "LA": QCoreApplication.translate("Interviews", "Laos"), "TH": QCoreApplication.translate("Interviews", "Thailand"), "VN": QCoreApplication.translate("Interviews", "Viet Nam"),
        "OTHER": QCoreApplication.translate("Interviews", "Other"),
        "mou": QCoreApplication.translate("Interviews", "MOU recruitment"), "border_pass": QCoreApplication.translate("Interviews", "Border pass (s.64)"), "registration": QCoreApplication.translate("Interviews", "Registration"),
        "irregular": QCoreApplication.translate("Interviews", "Irregular"), "unknown": QCoreApplication.translate("Interviews", "Unknown"),
    }.get(code, code)


def indicator_name(code: str) -> str:
    return {
        "abuse_of_vulnerability": QCoreApplication.translate("Interviews", "Abuse of vulnerability"), "deception": QCoreApplication.translate("Interviews", "Deception"),
        "restriction_of_movement": QCoreApplication.translate("Interviews", "Restriction of movement"), "isolation": QCoreApplication.translate("Interviews", "Isolation"),
        "physical_sexual_violence": QCoreApplication.translate("Interviews", "Physical or sexual violence"),
        "intimidation_threats": QCoreApplication.translate("Interviews", "Intimidation and threats"),
        "retention_of_documents": QCoreApplication.translate("Interviews", "Retention of identity documents"),
        "withholding_of_wages": QCoreApplication.translate("Interviews", "Withholding of wages"), "debt_bondage": QCoreApplication.translate("Interviews", "Debt bondage"),
        "abusive_conditions": QCoreApplication.translate("Interviews", "Abusive working and living conditions"),
        "excessive_overtime": QCoreApplication.translate("Interviews", "Excessive overtime"),
    }[code]


class InterviewsTab(QWidget):
    """Sensitive: this tab is destroyed when the app locks, so no text stays in a widget."""

    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.current_id: str | None = None
        self._loading = False
        self._interviews: dict[str, Interview] = {}  # as read, with this form's edits since
        self._form_id: str | None = None  # whose interview the form shows
        self._spoken: Mapping[str, tuple[str, ...]] = {}  # each coordinator's languages
        self._team: tuple[str, ...] = ()  # the coordinators the wizard put on this inspection
        self._last_id: str | None = None  # the interview added last
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice, ready=lambda: not saver.has_unsaved())
        saver.stateChanged.connect(lambda _state, _message: saver.has_unsaved() or self._loader.retry())

        self.list = QListWidget()
        self.list.setObjectName("interviewList")
        self.list.currentItemChanged.connect(lambda cur, _prev: self._select(cur))
        # An inspection with no interview yet says so, and how to begin, beside the form waiting for one.
        self.empty = WrapLabel()
        self.empty.setObjectName("noInterviewYet")
        self.empty.hide()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newInterview")
        self.new_button.clicked.connect(self.new_interview)

        self.worker_code = QLineEdit()
        self.worker_code.setObjectName("workerCode")
        self.worker_name = QLineEdit()
        self.worker_name.setObjectName("workerName")
        self.sex = QComboBox()
        self.sex.addItem("", None)
        for sex in SEXES:
            self.sex.addItem(option_label(sex), sex)
        self.age = QSpinBox()
        self.age.setRange(0, 99)
        self.age.setSpecialValueText("—")
        self.nationality = QComboBox()
        self.nationality.addItem("", None)
        for code in NATIONALITIES:
            self.nationality.addItem(option_label(code), code)
        self.language = QComboBox()
        self.language.addItem("", None)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.entry_channel = QComboBox()
        self.entry_channel.addItem("", None)
        for code in ENTRY_CHANNELS:
            self.entry_channel.addItem(option_label(code), code)
        self.daily_wage = QLineEdit()
        self.daily_wage.setObjectName("dailyWage")
        self.interpreter = QComboBox()
        self.interpreter.setObjectName("interpreter")

        # One row per document (documents_box.py), with the worker's Social Security registration.
        self._documents: tuple[DocumentRow, ...] = ()  # every interview's, as last read
        self.documents_box = DocumentsBox(ctx)
        self.documents_box.socialSecurityChosen.connect(
            lambda code: self._save_fields({"social_security": code}, "social_security"))

        self.consent = QCheckBox()
        self.consent.setObjectName("consent")
        self.private_setting = QCheckBox()
        self.private_setting.setObjectName("privateSetting")
        self.employer_absent = QCheckBox()
        self.employer_absent.setObjectName("employerAbsent")
        self.safeguard_hint = WrapLabel()
        self.safeguard_hint.setStyleSheet("color: #8a5300")

        self.indicators: dict[str, QCheckBox] = {}
        ind_grid = QGridLayout()
        for n, code in enumerate(FORCED_LABOUR_INDICATORS):
            box = QCheckBox()
            box.setObjectName(f"indicator_{code}")
            box.toggled.connect(lambda _on: self._save_fields({"indicators": self._indicator_values()}, "indicators"))
            self.indicators[code] = box
            ind_grid.addWidget(box, n // 2, n % 2)
        self.indicators_box = QGroupBox()
        self.indicators_box.setLayout(ind_grid)

        self.notes_original = QPlainTextEdit()
        self.notes_original.setObjectName("notesOriginal")
        self.notes_translation = QPlainTextEdit()
        self.notes_translation.setObjectName("notesTranslation")
        self.notes_original_label = QLabel()
        self.notes_translation_label = QLabel()
        self.zawgyi_notice = QLabel()
        self.zawgyi_notice.setObjectName("zawgyiNotice")
        self.zawgyi_notice.setStyleSheet("color: #8a5300")
        self.zawgyi_watchers = [ZawgyiWatcher(self.notes_original, self.zawgyi_notice),
                                ZawgyiWatcher(self.notes_translation, self.zawgyi_notice)]
        self.error = WrapLabel()
        self.error.setObjectName("interviewError")
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long Burmese labels go above their field
        self._form_labels: dict[str, QLabel] = {}
        self._form_fields: dict[str, QWidget] = {}
        for key, widget in (("code", self.worker_code), ("name", self.worker_name), ("sex", self.sex),
                            ("age", self.age), ("nationality", self.nationality), ("language", self.language),
                            ("entry", self.entry_channel), ("wage", self.daily_wage), ("interpreter", self.interpreter)):
            label = QLabel()
            label.setBuddy(widget)
            self._form_labels[key] = label
            self._form_fields[key] = widget
            form.addRow(label, widget)
        safeguards = QVBoxLayout()
        for widget in (self.consent, self.private_setting, self.employer_absent, self.safeguard_hint):
            safeguards.addWidget(widget)
        notes = QGridLayout()
        notes.addWidget(self.notes_original_label, 0, 0)
        notes.addWidget(self.notes_translation_label, 0, 1)
        notes.addWidget(self.notes_original, 1, 0)
        notes.addWidget(self.notes_translation, 1, 1)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        # The confirmations first and across the form: long sentences, and nothing private is written before them.
        detail_layout.addLayout(safeguards)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        social_security = QHBoxLayout()
        social_security.addWidget(self.documents_box.social_security_label)
        social_security.addWidget(self.documents_box.social_security, 1)
        right = QVBoxLayout()
        right.addLayout(social_security)
        right.addStretch(1)
        top.addLayout(right, 1)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.documents_box)
        detail_layout.addWidget(self.indicators_box)
        detail_layout.addLayout(notes, 1)
        detail_layout.addWidget(self.zawgyi_notice)
        detail_layout.addWidget(self.error)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.new_button)
        # The form is taller than a laptop screen in Burmese: scroll rather than squeeze.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([150, 850])  # worker codes are short: the form gets the width
        QVBoxLayout(self).addWidget(splitter)
        for combo in (self.sex, self.nationality, self.language, self.entry_channel, self.interpreter,
                      self.documents_box.social_security):
            fit_to_choices(combo)  # the interpreters' names come after the first show

        self.worker_code.editingFinished.connect(lambda: self._save_code())
        self.worker_name.textChanged.connect(lambda t: self._save_fields({"worker_name": t or None}, "worker_name"))
        self.sex.activated.connect(lambda _n: self._save_fields({"sex": self.sex.currentData()}, "sex"))
        self.age.valueChanged.connect(lambda v: self._save_fields({"age": v or None}, "age"))
        self.nationality.activated.connect(lambda _n: self._save_fields({"nationality": self.nationality.currentData()}, "nationality"))
        self.language.activated.connect(lambda _n: self._save_fields({"language": self.language.currentData(),
                                                                       "notes_language": self.language.currentData()}, "language"))
        self.entry_channel.activated.connect(lambda _n: self._save_fields({"entry_channel": self.entry_channel.currentData()}, "entry"))
        self.daily_wage.editingFinished.connect(lambda: self._save_fields({"daily_wage": self.daily_wage.text().strip() or None}, "wage"))
        self.interpreter.activated.connect(lambda _n: self._interpreter_chosen())
        for box in (self.consent, self.private_setting, self.employer_absent):
            box.toggled.connect(self._safeguards_changed)
        self.notes_original.textChanged.connect(
            lambda: self._save_fields({"notes_original": self.notes_original.toPlainText()}, "notes_original"))
        self.notes_translation.textChanged.connect(
            lambda: self._save_fields({"notes_translation": self.notes_translation.toPlainText(),
                                       "translation_language": "th"}, "notes_translation"))
        ctx.hub.changed.connect(self._on_changed)
        self.retranslate()
        self.detail.setEnabled(False)
        self.new_button.setEnabled(False)
        self.reload()

    def retranslate(self) -> None:
        self.notice.retranslate()
        self.new_button.setText(self.tr("New interview"))
        self.empty.setText(self.tr("No interview recorded yet. Press “New interview” to record one; its form opens "
                                   "beside this list."))
        self.list.setAccessibleName(self.tr("Interviews"))
        names = {"code": self.tr("Worker code"), "name": self.tr("Name (never printed)"), "sex": self.tr("Sex"),
                 "age": self.tr("Age"), "nationality": self.tr("Nationality"), "language": self.tr("Language"),
                 "entry": self.tr("Entry channel"), "wage": self.tr("Daily wage (THB)"),
                 "interpreter": self.tr("Interpreter")}
        for key, text in names.items():
            self._form_labels[key].setText(text)
            self._form_fields[key].setAccessibleName(text)
        self.consent.setText(self.tr("The worker consents, knows they may stop at any time and limit sharing"))
        self.private_setting.setText(self.tr("Private place: nobody else can hear"))
        self.employer_absent.setText(self.tr("Employer, supervisor and broker are absent"))
        self.safeguard_hint.setText(self.tr("Notes can be typed only after all three confirmations."))
        self.indicators_box.setTitle(self.tr("Forced-labour indicators observed"))
        for code, box in self.indicators.items():
            box.setText(indicator_name(code))
            box.setAccessibleName(indicator_name(code))
        # The coded choices were named in the language of the moment the tab was made: name them again.
        for combo in (self.sex, self.nationality, self.entry_channel):
            relabel_items(combo, option_label)
        relabel_items(self.language, language_name)
        self.notes_original_label.setText(self.tr("Notes in the worker's language"))
        self.notes_translation_label.setText(self.tr("Translation (Thai)"))
        self.notes_original.setAccessibleName(self.tr("Notes in the worker's language"))
        self.notes_translation.setAccessibleName(self.tr("Translation"))

    # -- data -----------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """Whether this tab shows what was read (at least once)."""
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self._loader.load(lambda: testimony.interviews(store, inspection_id), self._show)

    def _show(self, content: InterviewsContent) -> None:
        self._interviews = {row.id: row for row in content.interviews}
        self._documents = content.documents
        self._spoken, self._team, self._last_id = content.languages, content.team, content.last_interview_id
        self._loading = True
        self.interpreter.clear()
        self.interpreter.addItem("", None)
        for coordinator in content.interpreters:
            self.interpreter.addItem(coordinator.name, coordinator.id)
        keep = self.current_id
        self.list.clear()
        for row in content.interviews:
            entry = QListWidgetItem(row.worker_code)
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(entry)
        self._loading = False
        self.new_button.setEnabled(True)
        self.detail.setEnabled(bool(content.interviews))
        self.empty.setVisible(not content.interviews)
        if content.interviews:
            ids = [r.id for r in content.interviews]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        if self._form_id is not None and self._form_id in self._interviews:
            # The form already shows this interview (edits in it are newer than any read): keep it.
            current = self._interviews[self._form_id]
            self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(current.interpreter_id)))
            self._offer_languages(self.language.currentData())
        self._show_documents()

    def _prefilled(self) -> dict[str, Any]:
        """What a new interview starts with: the interpreter of the interview before it, else the first of the
        team chosen in the wizard, and the language that interpreter interviews in."""
        active = {self.interpreter.itemData(n) for n in range(1, self.interpreter.count())}
        last = self._interviews.get(self._last_id or "")  # with this form's edits since it was read
        interpreter = last.interpreter_id if last is not None and last.interpreter_id in active else next(
            (c for c in self._team if c in active), None)
        language = worker_language(self._spoken, interpreter)
        return {k: v for k, v in (("interpreter_id", interpreter), ("language", language),
                                  ("notes_language", language)) if v is not None}

    def _offer_languages(self, keep: str | None) -> None:
        """The language list narrowed to what the chosen interpreter speaks, with `keep` (recorded) chosen."""
        offered = spoken_by(self._spoken, self.interpreter.currentData())
        if keep is not None and keep not in offered:
            offered = (*offered, keep)  # a language already recorded stays visible
        loading, self._loading = self._loading, True
        self.language.clear()
        self.language.addItem("", None)
        for code in offered:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(keep)))
        self._loading = loading

    def _interpreter_chosen(self) -> None:
        interpreter = self.interpreter.currentData()
        self._save_fields({"interpreter_id": interpreter}, "interpreter")
        language = self.language.currentData()
        if language is None:  # nothing recorded yet: the language this interpreter interviews in
            language = worker_language(self._spoken, interpreter)
            if language is not None:  # under the language's own key: it replaces an older choice of language
                self._save_fields({"language": language, "notes_language": language}, "language")
        self._offer_languages(language)

    def new_interview(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self.saver.flush()

        def created(changes: ChangeSet) -> None:
            self.current_id = changes.created("worker_interviews")
            self.reload()

        prefilled = self._prefilled()
        self.ctx.write(lambda: interviews.save_interview(store, inspection_id, **prefilled), on_success=created,
                       on_failure=lambda exc: say_error(self.error, exc), owner=self)

    def _select(self, entry: QListWidgetItem | None) -> None:
        if self._loading or entry is None:
            return
        self.saver.flush()
        self.current_id = entry.data(Qt.ItemDataRole.UserRole)
        row = self._interviews.get(self.current_id or "")
        if row is None or self._form_id == row.id:
            return
        self._loading = True
        try:
            self.worker_code.setText(row.worker_code)
            self.worker_name.setText(row.worker_name or "")
            self.sex.setCurrentIndex(max(0, self.sex.findData(row.sex)))
            self.age.setValue(row.age or 0)
            self.nationality.setCurrentIndex(max(0, self.nationality.findData(row.nationality)))
            self.entry_channel.setCurrentIndex(max(0, self.entry_channel.findData(row.entry_channel)))
            self.daily_wage.setText("" if row.daily_wage is None else f"{row.daily_wage:g}")
            self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(row.interpreter_id)))
            self._offer_languages(row.language)  # after the interpreter: their languages are offered
            self.consent.setChecked(row.consent)
            self.private_setting.setChecked(row.private_setting)
            self.employer_absent.setChecked(row.employer_absent)
            for code, box in self.indicators.items():
                box.setChecked(code in row.indicators)
            self.notes_original.setPlainText(row.notes_original or "")
            self.notes_translation.setPlainText(row.notes_translation or "")
            self.error.clear()
        finally:
            self._loading = False
        self._form_id = row.id
        self._show_documents()
        self._update_notes_enabled()

    def _indicator_values(self) -> list[str]:
        return [code for code, box in self.indicators.items() if box.isChecked()]

    def _show_documents(self) -> None:
        """The documents of the interview in the form (its Social Security registration as last edited)."""
        row = self._interviews.get(self._form_id or "")
        if row is None:
            self.documents_box.show_interview(None, None, [])
            return
        self.documents_box.show_interview(row.id, row.social_security,
                                          [d for d in self._documents if d.interview_id == row.id])

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("worker_documents"):
            self.reload()  # held back while edits are being saved, then read again
            return
        # An interview added, removed or changed elsewhere (another window, an import): read the list again.
        # The interview in the form is left out: its own saves come back here, and the form's text is newer
        # than any read (`_show` keeps it), so re-reading for it would only cost a query per keystroke.
        if changes.ids("worker_interviews") - {self._form_id}:
            self.reload()

    def _safeguards_ok(self) -> bool:
        return self.consent.isChecked() and self.private_setting.isChecked() and self.employer_absent.isChecked()

    def _update_notes_enabled(self) -> None:
        ok = self._safeguards_ok()
        self.notes_original.setReadOnly(not ok)
        self.notes_translation.setReadOnly(not ok)
        self.notes_original.setEnabled(ok)
        self.notes_translation.setEnabled(ok)
        self.safeguard_hint.setVisible(not ok)

    def _safeguards_changed(self) -> None:
        self._update_notes_enabled()
        self._save_fields({"consent": self.consent.isChecked(), "private_setting": self.private_setting.isChecked(),
                           "employer_absent": self.employer_absent.isChecked()}, "safeguards")

    def _save_code(self) -> None:
        code = self.worker_code.text().strip()
        if code:
            self._save_fields({}, "worker_code", worker_code=code)

    def _save_fields(self, fields: dict[str, Any], key: str, worker_code: str | None = None) -> None:
        if self._loading or self.current_id is None:
            return
        store, interview_id, inspection_id = self.ctx.store, self.current_id, self.inspection_id
        self._remember(interview_id, dict(fields, **({"worker_code": worker_code} if worker_code else {})))
        self.error.clear()

        def failed(exc: BaseException) -> None:
            say_error(self.error, exc)

        self.saver.schedule(
            f"interview:{interview_id}:{key}",
            lambda: interviews.save_interview(store, inspection_id, interview_id, worker_code=worker_code, **fields),
            on_error=failed,
            on_success=(lambda _r: self._refresh_code_label()) if worker_code else None,
        )

    def _remember(self, interview_id: str, fields: dict[str, Any]) -> None:
        """Keep the edit in the rows as read, so choosing this interview again shows it before the next read."""
        row = self._interviews.get(interview_id)
        if row is None:
            return
        known = {f.name for f in dataclass_fields(Interview)}
        values = {k: (tuple(v) if isinstance(v, list) else v) for k, v in fields.items() if k in known}
        if values:
            self._interviews[interview_id] = replace(row, **values)

    def _refresh_code_label(self) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            entry.setText(self.worker_code.text().strip())
