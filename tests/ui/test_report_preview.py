"""The report preview: shows a PDF from memory, prints it, saves it where the user says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox

from inspector_app.core.services import setup
from inspector_app.reports import ReportResult, build_report
from inspector_app.ui.report_preview import ReportPreviewDialog
from tests.conftest import PASSPHRASE, USER
from tests.reports.report_data import make_inspection

from .typing_helpers import answer_modal


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ReportResult:
    with setup.create_store(tmp_path_factory.mktemp("preview") / "data", USER, PASSPHRASE) as store:
        made = make_inspection(store, languages=("my", "lo"), findings_count=2, photos_per_finding=1,
                               photo_size=(640, 480), answer_all=False)
        return build_report(store, "full", made.id, generated_at=datetime(2026, 3, 6, 3, 30, tzinfo=UTC))


@pytest.fixture
def dialog(qtbot, report: ReportResult) -> ReportPreviewDialog:  # noqa: ANN001
    widget = ReportPreviewDialog(report.pdf, report.suggested_name)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.document.status() == QPdfDocument.Status.Ready)
    return widget


def test_shows_every_page_from_memory(dialog: ReportPreviewDialog, report: ReportResult) -> None:
    assert dialog.document.pageCount() == report.pages > 1
    assert dialog.page_label.text() == f"Page 1 of {report.pages}"
    assert report.suggested_name in dialog.windowTitle()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    for widget in (dialog.view, dialog.print_button, dialog.save_button, dialog.close_button,
                   dialog.zoom_in_button, dialog.zoom_out_button, dialog.fit_button, dialog.page_label):
        assert widget.accessibleName()


def test_zoom_buttons(qtbot, dialog: ReportPreviewDialog) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtPdfWidgets import QPdfView

    before = dialog.view.zoomFactor()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_writes_the_exact_bytes(qtbot, dialog: ReportPreviewDialog, report: ReportResult,  # noqa: ANN001
                                        tmp_path: Path) -> None:
    target = tmp_path / "copy.pdf"

    def choose(file_dialog: QDialog) -> None:
        assert isinstance(file_dialog, QFileDialog)
        assert file_dialog.selectedFiles()[0].endswith(report.suggested_name)
        # Type the path as a user would: selectFile() races the dialog's asynchronous directory listing.
        name_edit = file_dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_edit is not None
        name_edit.setText(str(target))
        file_dialog.accept()

    answered = answer_modal(QFileDialog, choose)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    assert answered == [True]
    assert saved.args == [str(target)]
    assert target.read_bytes() == report.pdf


def test_save_as_cancelled_writes_nothing(qtbot, dialog: ReportPreviewDialog, tmp_path: Path) -> None:  # noqa: ANN001
    saved: list[str] = []
    dialog.saved.connect(saved.append)

    def cancel(file_dialog: QDialog) -> None:
        file_dialog.setDirectory(str(tmp_path))
        file_dialog.reject()

    answered = answer_modal(QFileDialog, cancel)
    dialog.save_button.click()
    assert answered == [True]
    assert saved == [] and list(tmp_path.rglob("*.pdf")) == []


def test_save_failure_is_explained(qtbot, dialog: ReportPreviewDialog, tmp_path: Path) -> None:  # noqa: ANN001
    messages: list[str] = []

    def read_and_close(box: QDialog) -> None:
        messages.append(box.text())
        box.accept()

    answered = answer_modal(QMessageBox, read_and_close)
    assert dialog.save_to(str(tmp_path / "missing" / "r.pdf")) is False
    assert answered == [True]
    assert "could not be saved" in messages[0]


def test_print_renders_every_page(qtbot, dialog: ReportPreviewDialog, report: ReportResult,  # noqa: ANN001
                                  tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed) as printed:
        assert dialog.print_to(printer) == report.pages
    assert printed.args == [report.pages]
    assert len(PdfReader(out).pages) == report.pages


def test_print_a_page_range(dialog: ReportPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer) == 1
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 1


def test_print_dialog_cancel_prints_nothing(qtbot, dialog: ReportPreviewDialog) -> None:  # noqa: ANN001
    printed: list[int] = []
    dialog.printed.connect(printed.append)
    answered = answer_modal(QPrintDialog, lambda d: d.reject())
    dialog.print_button.click()
    assert answered == [True]
    assert printed == []


def test_unreadable_bytes_still_offer_save(qtbot) -> None:  # noqa: ANN001
    widget = ReportPreviewDialog(b"not a pdf", "broken.pdf")
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.document.status() in (QPdfDocument.Status.Error, QPdfDocument.Status.Ready))
    assert widget.document.status() == QPdfDocument.Status.Error
    assert not widget.print_button.isEnabled()
    assert widget.save_button.isEnabled()
    assert "could not be shown" in widget.page_label.text()
