"""Preview, print and save a report PDF that exists only in memory.

The report (often the confidential inspection report) is built as bytes by
`inspector_app.reports.build_report`; this dialog shows it with QtPdf from a QBuffer,
prints it by rendering each page through QPdfDocument.render onto a QPrinter, and
writes it only where the user chooses with "Save as" (atomically, via QSaveFile).
Nothing is ever written to a temporary file.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDir,
    QIODevice,
    QPointF,
    QRectF,
    QSaveFile,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .widgets import resize_within_screen

__all__ = ["ReportPreviewDialog"]

# Pages are rasterised for printing; 300 dpi is sharp for text and keeps an A4 page
# near 25 MB of pixels however fine the printer's own resolution is.
PRINT_DPI = 300
ZOOM_STEP = 1.25


class ReportPreviewDialog(QDialog):
    """Shows a PDF held in memory, with Print and Save as.

    `saved` is emitted with the path after a successful Save as; `printed` with the
    number of pages sent to the printer.
    """

    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, pdf_bytes: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggested_name = suggested_name
        resize_within_screen(self, 900, 1000)

        # The document reads straight from this buffer; both live as long as the dialog.
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.zoom_out_button = QPushButton(self)
        self.zoom_in_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.page_label = QLabel(self)
        tools = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.page_label)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        self.buttons.rejected.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.document.pageCountChanged.connect(self._update_page_label)
        self.document.statusChanged.connect(self._on_status)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.ask_print)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.ask_save)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self._zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self._zoom(1 / ZOOM_STEP))
        self.retranslate()
        self.view.setFocus()  # arrow keys and Page Down scroll the report straight away

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report preview: {0}").format(self.suggested_name))
        self.setAccessibleName(self.tr("Report preview"))
        self.view.setAccessibleName(self.tr("Report pages"))
        for button, text, name in ((self.zoom_out_button, self.tr("Zoom out"), self.tr("Zoom out")),
                                   (self.zoom_in_button, self.tr("Zoom in"), self.tr("Zoom in")),
                                   (self.fit_button, self.tr("Fit width"), self.tr("Fit page width")),
                                   (self.print_button, self.tr("Print…"), self.tr("Print the report")),
                                   (self.save_button, self.tr("Save as…"), self.tr("Save the report as a PDF file"))):
            button.setText(text)
            button.setAccessibleName(name)
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.page_label.setAccessibleName(self.tr("Current page"))
        self._on_status(self.document.status())
        self._update_page_label()

    # -- state

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _on_status(self, status: QPdfDocument.Status) -> None:
        ready = status == QPdfDocument.Status.Ready
        for button in (self.print_button, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(ready)
        self.save_button.setEnabled(bool(self._data.size()))
        if status == QPdfDocument.Status.Error:
            self.page_label.setText(self.tr("The report could not be shown; you can still save it."))

    def _update_page_label(self, *_args: object) -> None:
        if self.page_count:
            current = self.view.pageNavigator().currentPage() + 1
            self.page_label.setText(self.tr("Page {0} of {1}").format(current, self.page_count))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, self.view.zoomFactor() * factor)))

    # -- printing

    def ask_print(self) -> None:
        """Ask for a printer and page range, then print."""
        if self.document.status() != QPdfDocument.Status.Ready:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages (all, or the printer's range) onto the printer; returns pages printed."""
        count = self.page_count
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        pages = list(range(max(1, first) - 1, min(count, last)))
        if not pages:
            return 0
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print report"),
                                self.tr("The printer could not be opened. Check that it is connected and try again."))
            return 0
        try:
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                self._paint_page(painter, page, printer)
        finally:
            painter.end()
        self.printed.emit(len(pages))
        return len(pages)

    def _paint_page(self, painter: QPainter, page: int, printer: QPrinter) -> None:
        area = QRectF(painter.viewport())
        points = self.document.pagePointSize(page)
        if points.isEmpty() or area.isEmpty():
            return
        scale = min(area.width() / points.width(), area.height() / points.height())
        target = QRectF(0, 0, points.width() * scale, points.height() * scale)
        target.moveCenter(area.center())
        dpi = min(PRINT_DPI, printer.resolution())
        pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = self.document.render(page, pixels)
        painter.drawImage(target, image, QRectF(QPointF(0, 0), image.size().toSizeF()))

    # -- saving

    def ask_save(self) -> None:
        """Ask where to save (suggesting the report's own file name), then save there."""
        dialog = QFileDialog(self, self.tr("Save report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if documents and QDir(documents).exists():
            dialog.setDirectory(documents)
        dialog.selectFile(self.suggested_name)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        self.save_to(dialog.selectedFiles()[0])

    def save_to(self, path: str) -> bool:
        """Write the PDF to `path` atomically; tells the user and returns False on failure."""
        file = QSaveFile(path)
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            self._save_failed(path, file.errorString())
            return False
        written = file.write(self._data)
        if written != self._data.size() or not file.commit():
            self._save_failed(path, file.errorString())
            return False
        self.saved.emit(path)
        return True

    def _save_failed(self, path: str, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Save report"),
                            self.tr("The report could not be saved to {0}: {1}").format(path, reason))

    # -- closing

    def done(self, result: int) -> None:
        self.view.setDocument(None)
        self.document.close()
        self._buffer.close()
        self._data.clear()  # the decrypted report lives no longer than the dialog needs it
        super().done(result)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        # Escape closes; Enter must not trigger a button while reading.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
