"""The main window: the inspections list (the first screen of the app)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from ..core.store import Store
from ..core.writer import pending_count
from .inspections_model import ROLE_SEARCH_TEXT, InspectionTableModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Field Inspector — %1").replace("%1", store.username))
        self.resize(1100, 700)

        self.model = InspectionTableModel(store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(ROLE_SEARCH_TEXT)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search establishment, reference or district"))
        self.search.setAccessibleName(self.tr("Search inspections"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.setFilterFixedString(text.casefold()))

        self.table = QTableView()
        self.table.setObjectName("inspectionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Inspections"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingChanges")
        self.statusBar().addPermanentWidget(self.pending_label)
        self.refresh_status()

    def refresh_status(self) -> None:
        with self.store.session() as session:
            pending = pending_count(session)
        self.pending_label.setText(self.tr("%n change(s) waiting to sync", "", pending))
        if self.store.read_only and self.store.read_only_reason:
            self.statusBar().showMessage(self.store.read_only_reason)
