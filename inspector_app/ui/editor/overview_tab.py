"""Overview: the establishment, the visit, the workforce seen on the day, the complaint source and its
confidential flag (complaint visits)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import geography
from ...core.services import inspections
from ...core.views import editor as editor_views
from ...core.views.editor import Overview
from ...core.vocab import VISIT_TYPES
from ..context import UiContext
from ..inspections_model import visit_type_label
from ..language import current_language
from ..loading import Loader, LoadingNotice
from ..messages import say_error
from ..script_height import multi_line_height
from ..widgets import LocalDateEdit, WrapLabel, scrolling, with_message
from .autosave import AutoSaver

NATIONALITY_KEYS = ("MM", "KH", "LA", "TH", "OTHER")


class OverviewTab(QWidget):
    def __init__(self, ctx: UiContext, inspection_id: str, saver: AutoSaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.inspection_id, self.saver = ctx, inspection_id, saver
        self._loading = False
        self.notice = LoadingNotice()
        self._loader = Loader(ctx, self, self.notice)
        self.establishment = WrapLabel()
        self.establishment.setObjectName("overviewEstablishment")
        self.visit_type = QComboBox()
        for code in VISIT_TYPES:
            self.visit_type.addItem(visit_type_label(code), code)
        self.visit_date = LocalDateEdit()
        self.confidential = QCheckBox()
        self.confidential.setObjectName("complaintConfidential")
        # Who or what raised the complaint: only in the confidential full report, sealed to HQ's key.
        self.complaint_source = QPlainTextEdit()
        self.complaint_source.setObjectName("complaintSource")
        self.complaint_source.setTabChangesFocus(True)
        self.complaint_source.setFixedHeight(multi_line_height(self.complaint_source, 3))  # three lines of Burmese
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("inspectionSummary")
        self.counts: dict[str, QSpinBox] = {}
        for key in ("male", "female", "under18", *NATIONALITY_KEYS):
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.setObjectName(f"workforce_{key}")
            spin.valueChanged.connect(lambda _v: self._save_workforce())
            self.counts[key] = spin
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")

        self.labels: dict[str, QLabel] = {k: QLabel() for k in ("visit_type", "visit_date", "summary", "male", "female",
                                                                 "under18", "complaint_source", *NATIONALITY_KEYS)}
        self.labels["complaint_source"].setBuddy(self.complaint_source)
        visit = QFormLayout()
        visit.addRow(self.labels["visit_type"], self.visit_type)
        visit.addRow(self.labels["visit_date"], with_message(self.visit_date, self.visit_date))
        visit.addRow(self.labels["complaint_source"], self.complaint_source)
        visit.addRow(self.confidential)
        visit.addRow(self.labels["summary"], self.summary)
        self.visit_box = QGroupBox()
        self.visit_box.setLayout(visit)
        workforce = QFormLayout()
        for key in ("male", "female", "under18", *NATIONALITY_KEYS):
            self.labels[key].setBuddy(self.counts[key])
            workforce.addRow(self.labels[key], self.counts[key])
        self.workforce_box = QGroupBox()
        self.workforce_box.setLayout(workforce)
        row = QHBoxLayout()
        row.addWidget(self.visit_box, 2)
        row.addWidget(self.workforce_box, 1)
        content = QWidget()
        scrolling(content, self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.notice)
        layout.addWidget(self.establishment)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.visit_type.activated.connect(lambda _n: self._visit_type_chosen())
        self.visit_date.dateChanged.connect(lambda d: self._save("visit_date", f"{d.year():04d}-{d.month():02d}-{d.day():02d}"))
        self.confidential.toggled.connect(lambda on: self._save("complaint_source_confidential", on))
        self.summary.textChanged.connect(lambda: self._save("summary", self.summary.toPlainText()))
        self.complaint_source.textChanged.connect(
            lambda: self._save("complaint_source", self.complaint_source.toPlainText()))
        self._shown: Overview | None = None
        self.retranslate()
        self.setEnabled(False)  # nothing to edit until the inspection is read
        self.reload()

    def retranslate(self) -> None:
        names = {"visit_type": self.tr("Visit type"), "visit_date": self.tr("Visit date"),
                 "summary": self.tr("Summary"), "male": self.tr("Men"), "female": self.tr("Women"),
                 "under18": self.tr("Under 18"), "MM": self.tr("From Myanmar"), "KH": self.tr("From Cambodia"),
                 "LA": self.tr("From Laos"), "TH": self.tr("Thai"), "OTHER": self.tr("Other nationality"),
                 "complaint_source": self.tr("Complaint source")}
        for key, label in self.labels.items():
            label.setText(names[key])
        for key, spin in self.counts.items():
            spin.setAccessibleName(names[key])
        self.visit_type.setAccessibleName(names["visit_type"])
        self.visit_date.setAccessibleName(names["visit_date"])
        self.summary.setAccessibleName(names["summary"])
        self.complaint_source.setAccessibleName(names["complaint_source"])
        self.complaint_source.setPlaceholderText(self.tr(
            "Who or what raised the complaint. Printed only in the confidential full report, never in the "
            "employer's notice."))
        self.confidential.setText(self.tr("The visit follows a complaint whose source must stay confidential"))
        self.visit_box.setTitle(self.tr("Visit"))
        self.workforce_box.setTitle(self.tr("Workforce seen on the day"))
        for n in range(self.visit_type.count()):
            self.visit_type.setItemText(n, visit_type_label(self.visit_type.itemData(n)))
        self.notice.retranslate()
        if self._shown is not None:
            self._show_establishment(self._shown)

    def _show_establishment(self, inspection: Overview) -> None:
        """The workplace, its place named as every other screen in this language names it, and the reference."""
        language = current_language()
        places = [geography.display_name(c, language) for c in (inspection.subdistrict_code,
                  inspection.district_code, inspection.province_code) if c]
        codes = inspection.subdistrict_code or inspection.district_code or inspection.province_code
        self.establishment.setText(
            f"<b>{inspection.establishment_name_th}</b>"
            + (f" ({inspection.establishment_name_en})" if inspection.establishment_name_en else "")
            + f"<br>{', '.join(places)} · {codes}<br>{inspection.reference}")

    @property
    def loaded(self) -> bool:
        """Whether this tab shows what was read (at least once)."""
        return self._loader.has_loaded

    def reload(self) -> None:
        store, inspection_id = self.ctx.store, self.inspection_id
        self._loader.load(lambda: editor_views.overview(store, inspection_id), self._show)

    def _show(self, inspection: Overview | None) -> None:
        if inspection is None:
            return
        self._loading = True
        try:
            self._shown = inspection
            self._show_establishment(inspection)
            self.visit_type.setCurrentIndex(max(0, self.visit_type.findData(inspection.visit_type)))
            d = inspection.visit_date
            self.visit_date.setDate(QDate(d.year, d.month, d.day))
            self.confidential.setChecked(inspection.complaint_source_confidential)
            if self.complaint_source.toPlainText() != (inspection.complaint_source or ""):
                self.complaint_source.setPlainText(inspection.complaint_source or "")
            self._show_complaint_source(inspection.visit_type)
            if self.summary.toPlainText() != (inspection.summary or ""):
                self.summary.setPlainText(inspection.summary or "")
            workforce = inspection.workforce or {}
            by_nat = workforce.get("by_nationality") or {}
            for key in ("male", "female", "under18"):
                self.counts[key].setValue(int(workforce.get(key) or 0))
            for key in NATIONALITY_KEYS:
                self.counts[key].setValue(int(by_nat.get(key) or 0))
        finally:
            self._loading = False
        self.setEnabled(True)

    def _show_complaint_source(self, visit_type: str | None) -> None:
        # A source already written stays visible, so a changed visit type never hides what was typed.
        shown = visit_type == "complaint" or bool(self.complaint_source.toPlainText().strip())
        self.labels["complaint_source"].setVisible(shown)
        self.complaint_source.setVisible(shown)

    def _visit_type_chosen(self) -> None:
        self._show_complaint_source(self.visit_type.currentData())
        self._save("visit_type", self.visit_type.currentData())

    def _save_workforce(self) -> None:
        workforce = {key: self.counts[key].value() for key in ("male", "female", "under18")}
        workforce["by_nationality"] = {k: self.counts[k].value() for k in NATIONALITY_KEYS if self.counts[k].value()}
        self._save("workforce", workforce)

    def _save(self, field: str, value: Any) -> None:
        if self._loading:
            return
        store = self.ctx.store
        self.error.clear()
        inspection_id = self.inspection_id
        self.saver.schedule(f"inspection:{field}",
                            lambda: inspections.update_inspection(store, inspection_id, **{field: value}),
                            on_error=lambda exc: say_error(self.error, exc))
