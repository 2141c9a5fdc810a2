"""Worker interviews: coded worker, documents, consent and privacy first, then notes."""

from __future__ import annotations

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
from ...core.views.testimony import Interview, InterviewsContent
from ...core.vocab import DOCUMENT_HOLDERS, DOCUMENT_TYPES, ENTRY_CHANNELS, FORCED_LABOUR_INDICATORS, SEXES
from ..context import UiContext
from ..language import relabel_items
from ..loading import Loader, LoadingNotice
from ..messages import say_error
from ..widgets import WrapLabel, ZawgyiWatcher
from .autosave import AutoSaver

LANGUAGES = ("my", "km", "lo", "kar", "shn", "mnw", "th", "en")
NATIONALITIES = ("MM", "KH", "LA", "TH", "VN", "OTHER")


def language_name(code: str) -> str:
    return {
        "my": QCoreApplication.translate("Interviews", "Burmese"), "km": QCoreApplication.translate("Interviews", "Khmer"), "lo": QCoreApplication.translate("Interviews", "Lao"), "kar": QCoreApplication.translate("Interviews", "Karen"), "shn": QCoreApplication.translate("Interviews", "Shan"),
        "mnw": QCoreApplication.translate("Interviews", "Mon"), "th": QCoreApplication.translate("Interviews", "Thai"), "en": QCoreApplication.translate("Interviews", "English"),
    }.get(code, code)


def option_label(code: str) -> str:
    """Labels for the coded choices of an interview (sex, nationality, entry channel, documents, holders)."""
    return {
        "female": QCoreApplication.translate("Interviews", "Female"), "male": QCoreApplication.translate("Interviews", "Male"), "other": QCoreApplication.translate("Interviews", "Other"),
        "MM": QCoreApplication.translate("Interviews", "Myanmar"), "KH": QCoreApplication.translate("Interviews", "Cambodia"), "LA": QCoreApplication.translate("Interviews", "Laos"), "TH": QCoreApplication.translate("Interviews", "Thailand"), "VN": QCoreApplication.translate("Interviews", "Viet Nam"),
        "OTHER": QCoreApplication.translate("Interviews", "Other"),
        "mou": QCoreApplication.translate("Interviews", "MOU recruitment"), "border_pass": QCoreApplication.translate("Interviews", "Border pass (s.64)"), "registration": QCoreApplication.translate("Interviews", "Registration"),
        "irregular": QCoreApplication.translate("Interviews", "Irregular"), "unknown": QCoreApplication.translate("Interviews", "Unknown"),
        "passport": QCoreApplication.translate("Interviews", "Passport"), "certificate_of_identity": QCoreApplication.translate("Interviews", "Certificate of Identity"),
        "pink_card": QCoreApplication.translate("Interviews", "Pink card"), "work_permit": QCoreApplication.translate("Interviews", "Work permit"), "seabook": QCoreApplication.translate("Interviews", "Seabook"),
        "worker": QCoreApplication.translate("Interviews", "The worker"), "employer": QCoreApplication.translate("Interviews", "Employer"), "broker": QCoreApplication.translate("Interviews", "Broker"), "none": QCoreApplication.translate("Interviews", "Nobody"),
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
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice, ready=lambda: not saver.has_unsaved())
        saver.stateChanged.connect(lambda _state, _message: saver.has_unsaved() or self._loader.retry())

        self.list = QListWidget()
        self.list.setObjectName("interviewList")
        self.list.currentItemChanged.connect(lambda cur, _prev: self._select(cur))
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

        self.documents: dict[str, QComboBox] = {}
        self._document_labels: dict[str, QLabel] = {}
        doc_grid = QGridLayout()
        for row, doc_type in enumerate(DOCUMENT_TYPES):
            holder = QComboBox()
            holder.addItem("", None)
            for who in DOCUMENT_HOLDERS:
                holder.addItem(option_label(who), who)
            holder.setObjectName(f"document_{doc_type}")
            self.documents[doc_type] = holder
            doc_label = QLabel()
            doc_label.setBuddy(holder)
            self._document_labels[doc_type] = doc_label
            doc_grid.addWidget(doc_label, row, 0)
            doc_grid.addWidget(holder, row, 1)
        self.documents_box = QGroupBox()
        self.documents_box.setLayout(doc_grid)

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
        self.error = QLabel()
        self.error.setObjectName("interviewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
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
        top = QHBoxLayout()
        top.addLayout(form, 1)
        right = QVBoxLayout()
        right.addLayout(safeguards)
        right.addWidget(self.documents_box)
        top.addLayout(right, 1)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.indicators_box)
        detail_layout.addLayout(notes, 1)
        detail_layout.addWidget(self.zawgyi_notice)
        detail_layout.addWidget(self.error)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.list)
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
        QVBoxLayout(self).addWidget(splitter)

        self.worker_code.editingFinished.connect(lambda: self._save_code())
        self.worker_name.textChanged.connect(lambda t: self._save_fields({"worker_name": t or None}, "worker_name"))
        self.sex.activated.connect(lambda _n: self._save_fields({"sex": self.sex.currentData()}, "sex"))
        self.age.valueChanged.connect(lambda v: self._save_fields({"age": v or None}, "age"))
        self.nationality.activated.connect(lambda _n: self._save_fields({"nationality": self.nationality.currentData()}, "nationality"))
        self.language.activated.connect(lambda _n: self._save_fields({"language": self.language.currentData(),
                                                                       "notes_language": self.language.currentData()}, "language"))
        self.entry_channel.activated.connect(lambda _n: self._save_fields({"entry_channel": self.entry_channel.currentData()}, "entry"))
        self.daily_wage.editingFinished.connect(lambda: self._save_fields({"daily_wage": self.daily_wage.text().strip() or None}, "wage"))
        self.interpreter.activated.connect(lambda _n: self._save_fields({"interpreter_id": self.interpreter.currentData()}, "interpreter"))
        for holder in self.documents.values():
            holder.activated.connect(lambda _n: self._save_fields({"documents": self._document_values()}, "documents"))
        for box in (self.consent, self.private_setting, self.employer_absent):
            box.toggled.connect(self._safeguards_changed)
        self.notes_original.textChanged.connect(
            lambda: self._save_fields({"notes_original": self.notes_original.toPlainText()}, "notes_original"))
        self.notes_translation.textChanged.connect(
            lambda: self._save_fields({"notes_translation": self.notes_translation.toPlainText(),
                                       "translation_language": "th"}, "notes_translation"))
        self.retranslate()
        self.detail.setEnabled(False)
        self.new_button.setEnabled(False)
        self.reload()

    def retranslate(self) -> None:
        self.notice.retranslate()
        self.new_button.setText(self.tr("New interview"))
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
        self.documents_box.setTitle(self.tr("Documents: who holds them"))
        self.indicators_box.setTitle(self.tr("Forced-labour indicators observed"))
        for code, box in self.indicators.items():
            box.setText(indicator_name(code))
            box.setAccessibleName(indicator_name(code))
        for combo in (self.sex, self.nationality, self.entry_channel, *self.documents.values()):
            relabel_items(combo, option_label)
        relabel_items(self.language, language_name)
        for doc_type, label in self._document_labels.items():
            label.setText(option_label(doc_type))
            self.documents[doc_type].setAccessibleName(option_label(doc_type))
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
        if content.interviews:
            ids = [r.id for r in content.interviews]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        if self._form_id is not None and self._form_id in self._interviews:
            # The form already shows this interview (edits in it are newer than any read): keep it.
            current = self._interviews[self._form_id]
            self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(current.interpreter_id)))

    def new_interview(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self.saver.flush()

        def created(changes: ChangeSet) -> None:
            self.current_id = changes.created("worker_interviews")
            self.reload()

        self.ctx.write(lambda: interviews.save_interview(store, inspection_id), on_success=created,
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
            self.language.setCurrentIndex(max(0, self.language.findData(row.language)))
            self.entry_channel.setCurrentIndex(max(0, self.entry_channel.findData(row.entry_channel)))
            self.daily_wage.setText("" if row.daily_wage is None else f"{row.daily_wage:g}")
            self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(row.interpreter_id)))
            held: dict[str, str | None] = {}
            for d in row.documents:  # the first of each type, as the form shows one holder per type
                held.setdefault(d.get("type"), d.get("held_by"))
            for doc_type, holder in self.documents.items():
                holder.setCurrentIndex(max(0, holder.findData(held.get(doc_type))))
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
        self._update_notes_enabled()

    def _indicator_values(self) -> list[str]:
        return [code for code, box in self.indicators.items() if box.isChecked()]

    def _document_values(self) -> list[dict[str, Any]]:
        return [{"type": t, "held_by": h.currentData(), "status": "seen"} for t, h in self.documents.items()
                if h.currentData()]

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
