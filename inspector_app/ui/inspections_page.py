"""The Inspections page: search as you type, filters, the list, and "New inspection"."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from datetime import date

from ..core import geography
from ..core.changes import ChangeSet
from ..core.views import inspection_search
from ..core.vocab import INSPECTION_STATUSES, VISIT_TYPES
from .context import UiContext
from .inspections_model import (
    ROLE_ID,
    InspectionFilter,
    InspectionFilterProxy,
    InspectionTableModel,
    status_label,
    visit_type_label,
)
from .loading import LoadingNotice
from .widgets import LocalDateEdit, fit_columns, fit_to_choices, to_date

SEARCH_DEBOUNCE_MS = 120


class InspectionsPage(QWidget):
    openInspection = Signal(str)  # noqa: N815 - Qt signal naming
    newInspectionRequested = Signal()  # noqa: N815
    openFile = Signal(str)  # noqa: N815 - an inspection id: its establishment's file

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loading = LoadingNotice()
        self.model = InspectionTableModel(ctx, self, notice=self.loading)
        self.proxy = InspectionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("inspectionSearch")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem("", None)
        for status in INSPECTION_STATUSES:
            self.status.addItem(status_label(status), status)
        self.visit_type = QComboBox()
        self.visit_type.setObjectName("visitTypeFilter")
        self.visit_type.addItem("", None)
        for visit_type in VISIT_TYPES:
            self.visit_type.addItem(visit_type_label(visit_type), visit_type)
        for combo in (self.status, self.visit_type):
            fit_to_choices(combo)  # as wide as their words after a switch of language too
        self.province = QComboBox()
        self.province.setObjectName("provinceFilter")
        self.province.addItem("", None)
        for place in geography.provinces():
            self.province.addItem(f"{place.name_th} ({place.name_en})", place.code)
        # As wide as a usual name needs, not the longest province: the filter row fits a 1280-pixel screen in Burmese.
        self.province.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.province.setMinimumContentsLength(16)
        self.province.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.use_from = QCheckBox()
        self.date_from = LocalDateEdit(QDate.currentDate().addYears(-1))
        self.use_to = QCheckBox()
        self.date_to = LocalDateEdit(QDate.currentDate())
        for widget in (self.status, self.visit_type, self.province):
            widget.currentIndexChanged.connect(self.apply_filter)
        for widget in (self.use_from, self.use_to):
            widget.toggled.connect(self.apply_filter)
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(self.apply_filter)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newInspection")
        self.new_button.clicked.connect(self.newInspectionRequested)
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("summaryReport")
        self.summary_button.clicked.connect(self.summary_report)
        self.file_button = QPushButton()
        self.file_button.setObjectName("establishmentFileButton")
        self.file_button.setEnabled(False)
        self.file_button.clicked.connect(self.open_file)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self._open_current)
        self.file_action = QAction(self)
        self.file_action.triggered.connect(self.open_file)

        self.table = QTableView()
        self.table.setObjectName("inspectionsTable")
        self.table.setModel(self.proxy)
        # No sort indicator at first: the database order (newest visit first) needs no
        # sort, and sorting would fetch every row before the first paint.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(max(34, self.fontMetrics().height() * 2))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Sized once from the first page: ResizeToContents would measure every row on each filter.
        self.model.firstPageLoaded.connect(self._size_columns_once)
        self.model.firstPageLoaded.connect(self._load_search_index)
        self.search_ready = False  # every inspection is in memory for searching (see core.views.inspection_search)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.file_button.setEnabled(current.isValid()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.open_action, self.file_action])
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self._open_current, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.newInspectionRequested.emit)

        filters = QHBoxLayout()
        for widget in (self.status, self.visit_type, self.province, self.use_from, self.date_from, self.use_to, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.file_button)
        top.addWidget(self.summary_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.date_from.message)
        layout.addWidget(self.date_to.message)
        layout.addWidget(self.loading)
        layout.addWidget(self.table)
        self.setTabOrder(self.search, self.table)
        self.retranslate()
        ctx.hub.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search establishment, reference or district"))
        self.search.setAccessibleName(self.tr("Search inspections"))
        self.status.setItemText(0, self.tr("All statuses"))
        self.status.setAccessibleName(self.tr("Status filter"))
        self.visit_type.setItemText(0, self.tr("All visit types"))
        self.visit_type.setAccessibleName(self.tr("Visit type filter"))
        self.province.setItemText(0, self.tr("All provinces"))
        self.province.setMinimumContentsLength(len(self.province.itemText(0)) + 2)
        self.province.setAccessibleName(self.tr("Province filter"))
        self.use_from.setText(self.tr("From"))
        self.use_to.setText(self.tr("To"))
        self.date_from.setAccessibleName(self.tr("Visits from"))
        self.date_to.setAccessibleName(self.tr("Visits until"))
        self.new_button.setText(self.tr("&New inspection…"))
        self.new_button.setAccessibleName(self.tr("New inspection"))
        self.file_button.setText(self.tr("Establishment file"))
        self.file_button.setAccessibleName(self.tr("Establishment file of the selected inspection"))
        self.open_action.setText(self.tr("Open"))
        self.file_action.setText(self.tr("Establishment file"))
        self.summary_button.setText(self.tr("Summary report…"))
        self.summary_button.setAccessibleName(self.tr("Summary report for a province or district"))
        self.table.setAccessibleName(self.tr("Inspections"))
        for n, status in enumerate((None, *INSPECTION_STATUSES)):
            if status:
                self.status.setItemText(n, status_label(status))
        for n, visit_type in enumerate((None, *VISIT_TYPES)):
            if visit_type:
                self.visit_type.setItemText(n, visit_type_label(visit_type))
        self.loading.retranslate()
        self.model.clear_texts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        rows = self.model.rowCount()
        if rows:  # the same rows in the same order, with new words: a layout change would leave the proxy's
            # selected index pointing at a mapping it dropped (a crash when the list next takes the focus)
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, self.model.columnCount() - 1))
            self._size_columns()  # a Burmese date is twice as long as a Thai one

    def _size_columns_once(self) -> None:
        self.model.firstPageLoaded.disconnect(self._size_columns_once)
        self._size_columns()

    def _size_columns(self) -> None:
        # Every column but the establishment's as wide as its words (a Burmese date or visit type is long),
        # in the rows on screen: measuring the whole page delayed its first paint.
        fit_columns(self.table, (0, 2, 3, 4, 5, 6), rows=0)

    def _load_search_index(self) -> None:
        """Once the first rows are shown, read every inspection for searching as one types (off the GUI thread)."""
        self.model.firstPageLoaded.disconnect(self._load_search_index)
        store = self.ctx.store

        def loaded(_index: object) -> None:
            self.search_ready = True

        self.ctx.read(lambda cancelled: inspection_search.load_index(store, cancelled), on_success=loaded,
                      on_failure=lambda _exc: None, owner=self, cancellable=True)  # the list reads the database meanwhile

    def current_filter(self) -> InspectionFilter:
        def qdate(edit: QDateEdit) -> date:
            return to_date(edit.date())

        return InspectionFilter(
            text=self.search.text().strip(),
            statuses=frozenset({self.status.currentData()} - {None}),
            visit_types=frozenset({self.visit_type.currentData()} - {None}),
            province_code=self.province.currentData(),
            date_from=qdate(self.date_from) if self.use_from.isChecked() else None,
            date_to=qdate(self.date_to) if self.use_to.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.current_filter())

    def summary_report(self) -> None:
        from .report_actions import SummaryReportDialog

        dialog = SummaryReportDialog(self.ctx, self)
        dialog.open()

    def _open_index(self, index: QModelIndex) -> None:
        record_id = index.data(ROLE_ID)
        if record_id:
            self.openInspection.emit(record_id)

    def open_file(self) -> None:
        """Show the file of the selected inspection's establishment."""
        record_id = self.table.currentIndex().data(ROLE_ID) if self.table.currentIndex().isValid() else None
        if record_id:
            self.openFile.emit(record_id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("inspections"):
            self.model.apply_changes(changes)
        elif changes.touches("establishments") and not changes.created_ids("establishments"):
            self.model.reload()  # a renamed or moved establishment shows in its inspections' rows
