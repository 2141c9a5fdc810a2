"""Findings: a table and an editor (legal references, severity, action, deadline, referral).

Every text of a finding has a Thai and an English field: reports print the language
they are in, not the screen's. An inspector may write one language only; the form then
says which texts are in one language, as the reports will mark them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.legal import LegalReference, load_legal_reference
from ...core.changes import ChangeSet
from ...core.services import findings
from ...core.services import referrals as referral_service
from ...core.services.findings import NEW_FINDING_TITLE
from ...core.views import evidence
from ...core.views.evidence import AttachmentRow, FindingRow, FindingsContent
from ...core.views.referrals import ReferralRow
from ...core.vocab import FINDING_LANGUAGES, FINDING_STATUSES, FINDING_TEXTS, REFERRAL_TARGETS, SEVERITIES
from ...i18n.dates import format_date
from ..context import UiContext
from ..language import current_language
from ..loading import Loader, LoadingNotice
from ..followup_labels import last_verified_text, title_in_language
from ..messages import error_text, say_error
from ..referral_dialog import ReferralDialog
from ..referral_labels import body_label, short_date, status_label as referral_status_label
from ..script_height import multi_line_height
from ..widgets import ColumnsInWidth, LocalDateEdit, WrapLabel, fit_to_choices, scrolling, with_message, wrapped_tip
from .autosave import AutoSaver

Index = QModelIndex | QPersistentModelIndex


def severity_label(code: str) -> str:
    return {
        "S1": QCoreApplication.translate("Severity", "S1 — possible forced labour, trafficking or child labour: protect and refer"),
        "S2": QCoreApplication.translate("Severity", "S2 — serious violation: order and prosecution or fine"),
        "S3": QCoreApplication.translate("Severity", "S3 — order to comply by a deadline"),
        "S4": QCoreApplication.translate("Severity", "S4 — advice"),
    }[code]


def status_label(code: str) -> str:
    return {
        "open": QCoreApplication.translate("FindingStatus", "Open"),
        "remedied": QCoreApplication.translate("FindingStatus", "Remedied"),
        "referred": QCoreApplication.translate("FindingStatus", "Referred"),
        "prosecuted": QCoreApplication.translate("FindingStatus", "Prosecuted"),
        "dismissed": QCoreApplication.translate("FindingStatus", "Dismissed"),
    }[code]


referral_label = body_label  # the receiving bodies, as the Referrals page names them


class FindingsModel(QAbstractTableModel):
    COLUMNS = ("severity", "title", "legal_refs", "deadline", "status")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[FindingRow] = []
        self.legal: LegalReference = load_legal_reference()

    def set_rows(self, rows: list[FindingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, titles and statuses in the new language (the views repaint)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return (self.tr("Severity"), self.tr("Finding"), self.tr("Legal basis"), self.tr("Deadline"),
                self.tr("Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "legal_refs":  # the whole citation with its title
            return "\n".join(wrapped_tip(self.legal.display(ref, current_language()))
                             for ref in row.legal_refs or []) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":  # whole, when the column cuts it short
            return wrapped_tip(title_in_language(row.title_th, row.title_en, "", row.title_labels)) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "severity":
            return row.severity
        if column == "title":
            return title_in_language(row.title_th, row.title_en, "", row.title_labels)
        if column == "legal_refs":  # short citations in the screen's language ("พ.ร.บ.คุ้มครองแรงงาน มาตรา 49")
            return ", ".join(self.legal.cite(ref, current_language()) for ref in row.legal_refs or [])
        if column == "deadline":  # Buddhist-era on a Thai screen, as every date
            return format_date(row.deadline, current_language(), style="short") if row.deadline else ""
        return status_label(row.status)


class FindingsTab(QWidget):
    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self.current_id: str | None = None
        self._form_id: str | None = None  # whose finding the form shows
        self._loading = False
        self._attachments: tuple[AttachmentRow, ...] = ()
        self.legal = load_legal_reference()
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice, ready=lambda: not saver.has_unsaved())
        saver.stateChanged.connect(lambda _state, _message: saver.has_unsaved() or self._loader.retry())

        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every column on a 1366×768 screen: severity, deadline and status whole; the title and the law it
        # breaks (four sections, in Burmese, are wider than the window) narrowed alike, whole in their tooltips.
        self.columns = ColumnsInWidth(self.table, stretch=FindingsModel.COLUMNS.index("title"), whole=(
            FindingsModel.COLUMNS.index(c) for c in ("severity", "deadline", "status")))
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur))
        self.new_button = QPushButton()
        self.new_button.setObjectName("newFinding")
        self.new_button.clicked.connect(self.new_finding)

        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in FINDING_TEXTS:
            for lang in FINDING_LANGUAGES:
                widget: QLineEdit | QPlainTextEdit
                if name == "title":
                    widget = QLineEdit()
                else:
                    widget = QPlainTextEdit()
                    # Three lines of Burmese at least: the form scrolls rather than squeeze them to one.
                    widget.setMinimumHeight(multi_line_height(widget, 3))
                    widget.setMaximumHeight(multi_line_height(widget, 4 if name == "description" else 3))
                    widget.setTabChangesFocus(True)
                widget.setObjectName(f"finding_{name}_{lang}")
                self.texts[f"{name}_{lang}"] = widget
        self.title = self.texts["title_th"]  # the first field of the form
        self.one_language = WrapLabel()
        self.one_language.setObjectName("findingOneLanguage")
        self.one_language.setStyleSheet("color: #8a5300")
        self.refs = QListWidget()
        self.refs.setMinimumHeight(multi_line_height(self.refs, 2))
        self.refs.setMaximumHeight(multi_line_height(self.refs, 3))
        self.ref_picker = QComboBox()
        self.ref_picker.setEditable(True)
        self.ref_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ref_picker.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.ref_picker.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_ref = QPushButton()
        self.add_ref.clicked.connect(self._add_ref)
        self.remove_ref = QPushButton()
        self.remove_ref.clicked.connect(self._remove_ref)
        self.severity = QComboBox()
        self.severity.setObjectName("findingSeverity")
        for code in SEVERITIES:
            self.severity.addItem("", code)
        self.workers = QSpinBox()
        self.workers.setRange(0, 100000)
        self.evidence = QListWidget()
        self.evidence.setMinimumHeight(multi_line_height(self.evidence, 2))
        self.evidence.setMaximumHeight(multi_line_height(self.evidence, 3))
        self.has_deadline = QCheckBox()
        self.deadline = LocalDateEdit(QDate.currentDate().addDays(30))
        self.status = QComboBox()
        for code in FINDING_STATUSES:
            self.status.addItem("", code)
        # A finding that stands while its checklist item's answer shows no violation: "Mark completed" stops here.
        self.answer_note = WrapLabel()
        self.answer_note.setObjectName("findingAnswerDisagrees")
        self.answer_note.setStyleSheet("color: #b00020; font-weight: bold")
        self.answer_note.hide()
        self._contradicted: frozenset[str] = frozenset()
        self.last_verified = WrapLabel()
        self.last_verified.setObjectName("findingLastVerification")
        self.referral = QComboBox()
        self.referral.addItem("", None)
        for code in REFERRAL_TARGETS:
            self.referral.addItem("", code)
        # The referral records this finding has (made by the service when a body is chosen above), or,
        # for an S1 finding without one, what the inspector must do.
        self.referral_info = WrapLabel()
        self.referral_info.setObjectName("findingReferrals")
        self.open_referral = QPushButton()
        self.open_referral.setObjectName("openFindingReferral")
        self.open_referral.clicked.connect(self._open_first_referral)
        self.make_referral = QPushButton()
        self.make_referral.setObjectName("makeFindingReferral")
        self.make_referral.clicked.connect(self._make_referral)
        saver.stateChanged.connect(lambda _state, _message: self._show_referrals())
        self._referrals: tuple[ReferralRow, ...] = ()  # the inspection's, as last read
        self.error = WrapLabel()
        self.error.setStyleSheet("color: #b00020")
        for combo in (self.severity, self.status, self.referral):
            fit_to_choices(combo)  # their words are set per language, after the first show

        referral_row = QHBoxLayout()
        referral_row.addWidget(self.referral_info, 1)
        referral_row.addWidget(self.make_referral, 0, Qt.AlignmentFlag.AlignTop)
        referral_row.addWidget(self.open_referral, 0, Qt.AlignmentFlag.AlignTop)
        refs_row = QHBoxLayout()
        refs_row.addWidget(self.ref_picker, 1)
        refs_row.addWidget(self.add_ref)
        refs_row.addWidget(self.remove_ref)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        self.form = QFormLayout()
        # A long label or choice (a Burmese severity) takes its own line rather than make the form scroll sideways.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels: list[tuple[QLabel, str, QWidget | None]] = []
        t = self.texts
        for key, field in (("title_th", t["title_th"]), ("title_en", t["title_en"]), ("", self.one_language),
                           ("description_th", t["description_th"]), ("description_en", t["description_en"]),
                           ("refs", self.refs), ("", refs_row), ("severity", self.severity),
                           ("workers", self.workers), ("evidence", self.evidence),
                           ("required_action_th", t["required_action_th"]),
                           ("required_action_en", t["required_action_en"]), ("deadline", with_message(deadline_row, self.deadline)),
                           ("status", self.status), ("verified", self.last_verified),
                           ("referral", self.referral), ("", referral_row)):
            label = QLabel()
            widget = field if isinstance(field, QWidget) else None
            if widget is not None:
                label.setBuddy(widget)
            self._labels.append((label, key, widget))
            self.form.addRow(label, field)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(self.form)
        editor_layout.addWidget(self.error)
        self.editor = editor
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.notice)
        top_layout.addWidget(self.table)
        top_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        self.form_scroll = scrolling(editor)  # taller than a laptop screen: it scrolls, its boxes keep their lines
        below = QWidget()  # the warning stays in sight above the form, however far the form is scrolled
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.answer_note)
        below_layout.addWidget(self.form_scroll, 1)
        splitter.addWidget(below)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([200, 600])  # a few findings above, the one being written below
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)  # above the list: never squeezed by it
        layout.addWidget(splitter, 1)

        for key, widget in self.texts.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda text, k=key: self._save_text(k, text))
            else:
                widget.textChanged.connect(lambda k=key, w=widget: self._save_text(k, w.toPlainText()))
        self.severity.activated.connect(lambda _n: self._save("severity", self.severity.currentData()))
        self.severity.activated.connect(lambda _n: self._show_referrals())
        self.workers.valueChanged.connect(lambda v: self._save("workers_affected", v))
        self.has_deadline.toggled.connect(lambda _on: self._save_deadline())
        self.deadline.dateChanged.connect(lambda _d: self._save_deadline())
        self.status.activated.connect(lambda _n: self._save("status", self.status.currentData()))
        self.referral.activated.connect(lambda _n: self._save("referral_target", self.referral.currentData()))
        self.referral.activated.connect(lambda _n: self._show_referrals())
        self.evidence.itemChanged.connect(lambda _i: self._save("evidence", self._evidence_values()))
        self.retranslate()
        self.editor.setEnabled(False)
        self.new_button.setEnabled(False)
        self.reload()

    def retranslate(self) -> None:
        self.notice.retranslate()
        names = {"title_th": self.tr("Finding (Thai)"), "title_en": self.tr("Finding (English)"),
                 "description_th": self.tr("Description (Thai)"), "description_en": self.tr("Description (English)"),
                 "refs": self.tr("Legal basis"), "": "", "severity": self.tr("Severity"),
                 "workers": self.tr("Workers affected"), "evidence": self.tr("Evidence"),
                 "required_action_th": self.tr("Required action (Thai)"),
                 "required_action_en": self.tr("Required action (English)"), "deadline": self.tr("Deadline"),
                 "status": self.tr("Status"), "verified": self.tr("Last verification"),
                 "referral": self.tr("Referral")}
        for label, key, widget in self._labels:
            label.setText(names[key])
            if widget is not None and names[key]:
                widget.setAccessibleName(names[key])
        self.new_button.setText(self.tr("New finding"))
        self.add_ref.setText(self.tr("Add"))
        self.remove_ref.setText(self.tr("Remove"))
        self.ref_picker.setAccessibleName(self.tr("Legal reference"))
        self.has_deadline.setText(self.tr("Deadline set"))
        self.deadline.setAccessibleName(self.tr("Deadline"))
        for n in range(self.severity.count()):
            self.severity.setItemText(n, severity_label(self.severity.itemData(n)))
        for n in range(self.status.count()):
            self.status.setItemText(n, status_label(self.status.itemData(n)))
        for n in range(1, self.referral.count()):
            self.referral.setItemText(n, referral_label(self.referral.itemData(n)))
        self._show_languages()
        self._show_referrals()
        shown = next((row for row in self.model.rows if row.id == self.current_id), None)
        if shown is not None:
            self._show_last_verification(shown)  # its words, in the new language
        self._show_answer_note(shown)
        language = current_language()
        self.ref_picker.clear()
        for key in sorted(self.legal.sections):
            self.ref_picker.addItem(self.legal.display(key, language), key)
        for row in range(self.refs.count()):
            entry = self.refs.item(row)
            entry.setText(self.legal.display(entry.data(Qt.ItemDataRole.UserRole), language))
        self.model.retranslate()
        self.columns.fit()  # a Burmese citation or date is longer than a Thai one

    @property
    def loaded(self) -> bool:
        """Whether this tab shows what was read (at least once)."""
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self._loader.load(lambda: evidence.findings(store, inspection_id), self._show)

    def _show(self, content: FindingsContent) -> None:
        rows = list(content.findings)
        attachments_changed = content.attachments != self._attachments
        self._attachments = content.attachments
        self._referrals = content.referrals
        self._contradicted = content.contradicted_items
        keep = self.current_id
        self.model.set_rows(rows)
        self.columns.fit()
        self.new_button.setEnabled(True)
        self.editor.setEnabled(bool(rows))
        ids = [r.id for r in rows]
        if attachments_changed:
            self._form_id = None  # the evidence list offers other photos now: show it again
        if rows:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_answer_note(next((r for r in rows if r.id == self.current_id), None))
        self._show_referrals()

    def select_finding(self, finding_id: str) -> None:
        self.current_id = finding_id
        self.reload()

    def new_finding(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self.saver.flush()
        # Both languages hold a placeholder until the inspector writes one (see _save_text).
        self.ctx.write(lambda: findings.create_finding(store, inspection_id, severity="S3",
                                                       **{f"title_{lang}": text
                                                          for lang, text in NEW_FINDING_TITLE.items()}),
                       on_success=lambda changes: self.select_finding(changes.created("findings")),
                       on_failure=lambda exc: say_error(self.error, exc), owner=self)

    def _select(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.saver.flush()
        finding = self.model.rows[index.row()]
        self.current_id = finding.id
        self._show_last_verification(finding)  # HQ or a signed follow-up may have changed it meanwhile
        self._show_answer_note(finding)
        if self._form_id == finding.id:
            return  # the form shows it already, with edits newer than any read
        self._form_id = finding.id
        self._loading = True
        try:
            for key, widget in self.texts.items():
                value = getattr(finding, key) or ""
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setPlainText(value)
            self.refs.clear()
            for ref in finding.legal_refs or []:
                entry = QListWidgetItem(self.legal.display(ref, current_language()))
                entry.setData(Qt.ItemDataRole.UserRole, ref)
                self.refs.addItem(entry)
            self.severity.setCurrentIndex(max(0, self.severity.findData(finding.severity)))
            self.workers.setValue(finding.workers_affected or 0)
            self.evidence.clear()
            for attachment in self._attachments:
                entry = QListWidgetItem(attachment.label)
                entry.setData(Qt.ItemDataRole.UserRole, attachment.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if attachment.id in (finding.evidence or [])
                                    else Qt.CheckState.Unchecked)
                self.evidence.addItem(entry)
            self.has_deadline.setChecked(finding.deadline is not None)
            if finding.deadline:
                self.deadline.setDate(QDate(finding.deadline.year, finding.deadline.month, finding.deadline.day))
            self.status.setCurrentIndex(max(0, self.status.findData(finding.status)))
            self._show_last_verification(finding)
            self.referral.setCurrentIndex(max(0, self.referral.findData(finding.referral_target)))
            self.error.clear()
        finally:
            self._loading = False
        self._show_languages()
        self._show_referrals()

    # -- referrals

    def finding_referrals(self) -> tuple[ReferralRow, ...]:
        """The referral records of the finding in the form, as last read."""
        return tuple(r for r in self._referrals if self.current_id and r.finding_id == self.current_id)

    def _show_referrals(self) -> None:
        """Name the finding's referrals (with a way to open them), or lead to making one.

        Choosing a receiving body makes the referral record (the findings service does, with the
        finding's own save). A body chosen without a record (an approved inspection, whose finding no
        longer changes; an older record) gets a button that makes it; an S1 finding without a body asks
        for one.
        """
        enabled = self.editor.isEnabled()
        found = self.finding_referrals() if enabled else ()
        target = self.referral.currentData() if enabled else None
        lines = [self.tr("Referral to %1: %2").replace("%1", body_label(r.receiving_body)).replace(
                 "%2", f"{referral_status_label(r.status)} {short_date(r.closed_on or r.accepted_on or r.sent_on)}"
                 .strip()) + (f" · {r.case_number}" if r.case_number else "") for r in found]
        missing = bool(target) and not any(r.receiving_body == target for r in found)
        waiting = missing and self.saver.has_unsaved()
        needs_one = enabled and not found and not target and self.severity.currentData() == "S1"
        if waiting:
            lines.append(self.tr("The referral record is being made…"))
        elif missing:
            lines.append(self.tr("No referral record to %1 yet.").replace("%1", body_label(target)))
        elif needs_one:
            lines.append(self.tr("S1: protect the workers and refer them. Choose the receiving body under "
                                 "Referral: a referral record is made, to follow on the Referrals page."))
        self.referral_info.setText("\n".join(lines))
        attention = needs_one or (missing and not waiting)
        self.referral_info.setStyleSheet("color: #8a5300; font-weight: bold" if attention else "")
        self.referral_info.setVisible(bool(lines))
        self.make_referral.setVisible(missing and not waiting)
        self.make_referral.setText(self.tr("Make the referral record"))
        self.open_referral.setVisible(bool(found))
        self.open_referral.setText(self.tr("Open referral…") if len(found) <= 1 else self.tr("Open a referral"))
        menu = self.open_referral.menu()
        if len(found) > 1:
            if menu is None:
                menu = QMenu(self.open_referral)
                self.open_referral.setMenu(menu)
            menu.clear()
            for r in found:
                menu.addAction(f"{body_label(r.receiving_body)} — {referral_status_label(r.status)}",
                               lambda rid=r.id: self.open_referral_editor(rid))
        elif menu is not None:
            self.open_referral.setMenu(None)

    def _make_referral(self) -> None:
        finding_id, target, store = self.current_id, self.referral.currentData(), self.ctx.store
        if not finding_id or not target:
            return
        self.make_referral.setEnabled(False)

        def made(changes: ChangeSet) -> None:
            self.make_referral.setEnabled(True)
            self.open_referral_editor(changes.created("referrals"))

        def failed(exc: BaseException) -> None:
            self.make_referral.setEnabled(True)
            self.error.setText(error_text(exc))

        self.ctx.write(lambda: referral_service.create_referral(store, finding_id, receiving_body=target),
                       on_success=made, on_failure=failed, owner=self)

    def _open_first_referral(self) -> None:
        found = self.finding_referrals()
        if len(found) == 1:
            self.open_referral_editor(found[0].id)

    def open_referral_editor(self, referral_id: str) -> ReferralDialog:
        self.saver.flush()
        dialog = ReferralDialog(self.ctx, referral_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_answer_note(self, finding: FindingRow | None) -> None:
        """Above the form (outside its scrolling): the finding stands while its item's checklist answer shows no violation."""
        code = finding.item_code if finding is not None else None
        shown = code is not None and code in self._contradicted
        self.answer_note.setText(self.tr("The checklist answer for %1 shows no violation now, yet this finding "
                                         "stands. Correct the answer on the Checklist tab, or set this finding's "
                                         "status (Dismissed if it does not hold).").replace("%1", code or "")
                                 if shown else "")
        self.answer_note.setVisible(shown)

    def _show_last_verification(self, finding: FindingRow) -> None:
        """What the last signed follow-up visit found of it (the status above follows from it)."""
        last = finding.last_verification
        if last is None:
            self.last_verified.setText(self.tr("Not verified at a follow-up visit yet."))
        else:
            self.last_verified.setText(last_verified_text(last.outcome, last.visit_date, last.reference))

    def _remember(self, finding_id: str, field: str, value: Any) -> None:
        """Keep an edit in the table's row, so the list and a later return to this finding show it."""
        from datetime import date

        row = next((n for n, r in enumerate(self.model.rows) if r.id == finding_id), None)
        if row is None:
            return
        if field == "deadline":
            value = date.fromisoformat(value) if value else None
        elif isinstance(value, list):
            value = tuple(value)
        self.model.rows[row] = replace(self.model.rows[row], **{field: value})
        self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, len(self.model.COLUMNS) - 1))
        if field.startswith("title_") or field in self.model.COLUMNS:  # a longer title or citation: shared again
            self.columns.fit()

    def _text(self, key: str) -> str:
        widget = self.texts[key]
        return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()

    def _show_languages(self) -> None:
        """Name the texts written in one language only: the reports mark them so."""
        names = {"title": self.tr("finding"), "description": self.tr("description"),
                 "required_action": self.tr("required action")}
        only: dict[str, list[str]] = {"th": [], "en": []}
        for name in FINDING_TEXTS:
            th, en = self._text(f"{name}_th"), self._text(f"{name}_en")
            if bool(th) != bool(en):
                only["th" if th else "en"].append(names[name])
        lines = []
        if only["th"]:
            lines.append(self.tr("Written in Thai only: %1.").replace("%1", ", ".join(only["th"])))
        if only["en"]:
            lines.append(self.tr("Written in English only: %1.").replace("%1", ", ".join(only["en"])))
        if lines:
            lines.append(self.tr("Reports print such a text as written and mark it as written in one language."))
        self.one_language.setText(" ".join(lines))
        self.one_language.setVisible(bool(lines))

    def _save_text(self, key: str, value: str) -> None:
        """Save one language of a text; a placeholder title left in the other language goes."""
        if self._loading:
            return
        name, lang = key.rsplit("_", 1)
        other = "en" if lang == "th" else "th"
        other_key = f"{name}_{other}"
        if name == "title" and value.strip() and self._text(other_key) == NEW_FINDING_TITLE[other]:
            self._loading = True
            try:
                widget = self.texts[other_key]
                assert isinstance(widget, QLineEdit)
                widget.clear()
            finally:
                self._loading = False
            self._save(other_key, "")
        self._save(key, value)
        self._show_languages()

    def _evidence_values(self) -> list[str]:
        return [self.evidence.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.evidence.count())
                if self.evidence.item(n).checkState() == Qt.CheckState.Checked]

    def _ref_values(self) -> list[str]:
        return [self.refs.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.refs.count())]

    def _add_ref(self) -> None:
        key = self.ref_picker.currentData()
        if key and key not in self._ref_values():
            entry = QListWidgetItem(self.ref_picker.currentText())
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.refs.addItem(entry)
            self._save("legal_refs", self._ref_values())

    def _remove_ref(self) -> None:
        row = self.refs.currentRow()
        if row >= 0:
            self.refs.takeItem(row)
            self._save("legal_refs", self._ref_values())

    def _save_deadline(self) -> None:
        d = self.deadline.date()
        self._save("deadline", f"{d.year():04d}-{d.month():02d}-{d.day():02d}" if self.has_deadline.isChecked() else None)

    def _save(self, field: str, value: Any) -> None:
        if self._loading or self.current_id is None:
            return
        store, finding_id = self.ctx.store, self.current_id
        self.error.clear()
        self._remember(finding_id, field, value)
        self.saver.schedule(f"finding:{finding_id}:{field}",
                            lambda: findings.update_finding(store, finding_id, **{field: value}),
                            on_error=lambda exc: say_error(self.error, exc))
