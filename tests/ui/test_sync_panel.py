"""The Sync panel and status bar against a real HQ on loopback: enrol, sync, a returned inspection, revocation,
enrolling again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from inspector_app.core import demo
from inspector_app.core.models import Inspection
from inspector_app.hq import devices, reviews, users
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow

from ..hq.support import HQServer
from .typing_helpers import type_text

COMMENT = "กรุณาแนบสำเนาสัญญาจ้าง"


def test_enrol_sync_return_revoke_and_enrol_again_through_the_panel(ui_ctx: UiContext, hq_sqlite: HQServer, qtbot: QtBot) -> None:
    hq = hq_sqlite
    demo.generate(ui_ctx.store, inspections=8, seed=21)
    window = MainWindow(ui_ctx, automatic_sync=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.backgroundStarted, timeout=10_000):  # the list has shown; then the user picks Sync
        window.show()
    window.nav.setCurrentRow(window.PAGES.index("sync"))
    page = window.sync
    qtbot.waitUntil(page.enrol_box.isVisible)  # once the laptop's sync state is read
    assert not page.sync_button.isEnabled()
    assert "not enrolled" in page.where.plain_text()
    assert window.last_sync_label.text() == "Never synced"

    # Enrol with a one-time code from HQ.
    code, _ = devices.new_enrol_code(hq.db)
    type_text(page.hq_url, hq.url)
    type_text(page.code, code)
    page.enrol_button.click()
    qtbot.waitUntil(lambda: not page.enrol_box.isVisible(), timeout=20_000)
    assert hq.url in page.where.plain_text() and page.sync_button.isEnabled()

    # Sync now: everything acknowledged, the bar says so.
    with qtbot.waitSignal(window.sync_controller.finished, timeout=60_000) as done:
        page.sync_button.click()
    report = done.args[0]
    assert report.ok, report.error
    assert page.pending.text() == "0 changes waiting to sync"
    assert window.pending_label.text() == "0 changes waiting to sync"
    assert window.last_sync_label.text().startswith("Last sync:")
    assert "Sync finished" in page.result.plain_text()

    # A supervisor returns an inspection; the next sync reopens it with the comment.
    with ui_ctx.store.session() as s:
        target = s.scalars(select(Inspection).where(Inspection.status == "submitted")).first()
    users.create_user(hq.db, "sup", "Supervisor", "password-123456")
    reviews.review(hq.db, target.id, "returned", COMMENT, users.verify_user(hq.db, "sup", "password-123456"))
    editor = window.open_inspection(target.id)
    with qtbot.waitSignal(window.sync_controller.finished, timeout=60_000) as done:
        page.sync_now()
    assert done.args[0].ok
    qtbot.waitUntil(lambda: COMMENT in editor.banner.plain_text(), timeout=10_000)
    with ui_ctx.store.session() as s:
        reopened = s.get(Inspection, target.id)
    assert reopened.status == "draft" and reopened.revision == target.revision + 1

    # HQ revokes the laptop: a clear message on the panel and in the status bar; nothing is lost.
    window.nav.setCurrentRow(window.PAGES.index("sync"))
    devices.revoke(hq.db, devices.list_devices(hq.db)[0].id)
    with qtbot.waitSignal(window.sync_controller.finished, timeout=60_000) as done:
        page.sync_now()
    assert done.args[0].revoked, done.args[0]
    assert page.revoked.isVisible() and "revoked" in page.revoked.plain_text()
    assert window.online_label.text() == "Access revoked by HQ"
    assert page.enrol_box.isVisible()

    # Enrolled again with a new code: the app proves with its own key that it is the same laptop.
    code, _ = devices.new_enrol_code(hq.db)
    page.code.clear()
    type_text(page.code, code)
    page.enrol_button.click()
    qtbot.waitUntil(lambda: not page.enrol_box.isVisible(), timeout=20_000)
    (again,) = devices.list_devices(hq.db)  # the same device at HQ, not a new one
    assert again.revoked_at is None
    with qtbot.waitSignal(window.sync_controller.finished, timeout=60_000) as done:
        page.sync_now()
    assert done.args[0].ok, done.args[0].error
