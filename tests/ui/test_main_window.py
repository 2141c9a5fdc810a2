"""The first window: a real list of the inspections in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core import demo
from inspector_app.core.store import Store
from inspector_app.ui.inspections_model import ROLE_ID, InspectionTableModel
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.unlock import UnlockDialog

from ..conftest import PASSPHRASE
from .typing_helpers import type_text


def test_model_passes_qtmodeltester(store: Store, qtmodeltester) -> None:  # noqa: ANN001
    demo.generate(store, inspections=40, seed=3)
    model = InspectionTableModel(store)
    qtmodeltester.check(model, force_py=True)


def test_model_fetches_lazily(store: Store, monkeypatch) -> None:  # noqa: ANN001
    from inspector_app.ui import inspections_model

    monkeypatch.setattr(inspections_model, "PAGE_SIZE", 10)
    demo.generate(store, inspections=25, seed=4)
    model = InspectionTableModel(store)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()


def test_unlock_then_list_shows_the_inspections(store: Store, data_dir: Path, qtbot: QtBot) -> None:
    demo.generate(store, inspections=15, seed=5)
    with store.session() as s:
        from sqlalchemy import select

        from inspector_app.core.models import Inspection

        references = set(s.scalars(select(Inspection.reference)))
    store.close()

    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "Wrong passphrase" in dialog.error.text() and dialog.store is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None

    window = MainWindow(dialog.store)
    qtbot.addWidget(window)
    window.show()
    shown = {window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())}
    assert shown == references
    assert "15 change" not in window.pending_label.text()  # demo rows are many more ops than 15
    assert "waiting to sync" in window.pending_label.text()

    first = window.proxy.index(0, 1).data()
    type_text(window.search, first.split(" ")[0])
    assert 0 < window.proxy.rowCount() <= 15
    assert all(first.split(" ")[0].casefold() in window.proxy.index(r, 1).data().casefold()
               for r in range(window.proxy.rowCount()))
    assert window.proxy.index(0, 0).data(ROLE_ID)
    dialog.store.close()
