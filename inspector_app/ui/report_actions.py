"""Making reports from the app: build off the UI thread, then preview, print or save."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import geography
from ..reports import build_report
from .context import UiContext
from .language import current_language
from .messages import error_text, say_error
from .widgets import LocalDateEdit, WrapLabel, to_date, with_message

WORKER_LANGUAGES = (("my", "မြန်မာ"), ("km", "ខ្មែរ"), ("lo", "ລາວ"), ("th", "ไทย"), ("en", "English"))


class ReportRunner(QObject):
    """Builds a report in the background and opens the preview when it is ready."""

    def __init__(self, ctx: UiContext, parent_widget: QWidget, status: QLabel | None = None):
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.status = status

    def build(self, kind: str, inspection_id: str | None = None, **options: Any) -> None:
        store = self.ctx.store
        from . import settings as keys

        options.setdefault("thai_digits", bool(self.ctx.settings.get(keys.THAI_DIGITS)))
        if self.status is not None:
            self.status.setText(self.tr("Making the report…"))

        def shown(result: Any) -> None:
            from .report_preview import ReportPreviewDialog

            if self.status is not None:
                self.status.clear()
            dialog = ReportPreviewDialog(result.pdf, result.suggested_name, self.parent_widget)
            dialog.setObjectName("reportPreview")
            dialog.open()

        def failed(exc: BaseException) -> None:
            if self.status is not None:
                say_error(self.status, exc)

        # Reports only read: they run beside autosave, not behind it.
        self.ctx.ops.run(lambda: build_report(store, kind, inspection_id, **options), on_success=shown,
                         on_failure=failed, network=True, owner=self)


def report_button(ctx: UiContext, inspection_id: str, parent: QWidget, status: QLabel) -> QPushButton:
    """A "Report" button with the three inspection reports in its menu."""
    runner = ReportRunner(ctx, parent, status)
    button = QPushButton(parent)
    button.setObjectName("reportButton")
    menu = QMenu(button)
    button.setMenu(menu)

    def fill() -> None:
        menu.clear()
        button.setText(QCoreApplication.translate("ReportButton", "Report"))
        button.setAccessibleName(QCoreApplication.translate("ReportButton", "Make a report"))
        menu.addAction(QCoreApplication.translate("ReportButton", "Full inspection report (confidential)"),
                       lambda: runner.build("full", inspection_id)).setObjectName("reportFull")
        menu.addAction(QCoreApplication.translate("ReportButton", "Notice to the employer"),
                       lambda: runner.build("employer", inspection_id)).setObjectName("reportEmployer")
        sheets = menu.addMenu(QCoreApplication.translate("ReportButton", "Information sheet for workers"))
        for code, name in WORKER_LANGUAGES:
            sheets.addAction(name, lambda code=code: runner.build("worker", inspection_id, language=code))

    fill()
    button.retranslate = fill  # type: ignore[attr-defined]  # called on a language switch
    return button


class SummaryReportDialog(QDialog):
    """Choose a province (and district) and a period for the summary report."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("summaryReportDialog")
        self.province = QComboBox()
        self.province.setObjectName("summaryProvince")
        for place in geography.provinces():
            self.province.addItem(f"{place.name_th} ({place.name_en})", place.code)
        self.province.setCurrentIndex(max(0, self.province.findData("63")))
        self.district = QComboBox()
        self.district.setObjectName("summaryDistrict")
        self.province.currentIndexChanged.connect(self._fill_districts)
        today = QDate.currentDate()
        self.date_from = LocalDateEdit(today.addMonths(-3))
        self.date_to = LocalDateEdit(today)
        self.message = WrapLabel()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.province, self.district, self.date_from, self.date_to), strict=True):
            label.setBuddy(field)
            form.addRow(label, with_message(field, field) if isinstance(field, LocalDateEdit) else field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.runner = ReportRunner(ctx, parent or self, self.message)
        self._fill_districts()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Summary report"))
        texts = (self.tr("Province"), self.tr("District"), self.tr("From"), self.tr("To"))
        for label, field, text in zip(self.labels, (self.province, self.district, self.date_from, self.date_to),
                                      texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make report"))
        if self.district.count():
            self.district.setItemText(0, self.tr("Whole province"))

    def _fill_districts(self) -> None:
        self.district.clear()
        self.district.addItem(self.tr("Whole province"), None)
        language = current_language()
        for place in geography.districts(self.province.currentData()):
            self.district.addItem(place.name_th if language == "th" else f"{place.name_th} ({place.name_en})",
                                  place.code)

    def options(self) -> dict[str, Any]:
        start: date = to_date(self.date_from.date())
        end: date = to_date(self.date_to.date())
        return {"province": self.province.currentData(), "district": self.district.currentData(),
                "date_from": start, "date_to": end}

    def make(self) -> None:
        options = self.options()
        if options["date_from"] > options["date_to"]:
            self.message.setText(self.tr("The period ends before it starts."))
            return
        self.runner.build("summary", None, **options)
        self.accept()


__all__ = ["ReportRunner", "SummaryReportDialog", "report_button", "error_text"]
