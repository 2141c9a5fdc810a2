"""An inspector who only syncs by USB stick: once HQ's reply is read, the status bar and the Sync page say when
HQ last answered this laptop (when HQ made the reply, and when it was read here), never "Never synced"; a
sync over the network afterwards is the newer exchange, and an old reply read later does not turn it back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspector_app.core.services import sync_apply
from inspector_app.core.store import Store
from inspector_app.i18n.dates import format_datetime
from inspector_app.sync import bundle_file
from inspector_app.sync.bundle import export_bundle
from inspector_app.sync.engine import SyncEngine
from inspector_app.ui.context import UiContext
from inspector_app.ui.translation import Translations

from ..core.helpers import new_inspection
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer
from .screens import Screens
from .test_usb_bundles import _finished, _hq_imports, _pending, _sync_page


def _hq_reply(store: Store, hq: HQServer, folder: Path, name: str) -> tuple[Path, datetime]:
    """The laptop's bundle imported at HQ; HQ's reply and the time HQ signed into it."""
    out, reply = folder / f"{name}.bundle", folder / f"{name}.reply"
    export_bundle(store, out)
    assert _hq_imports(hq, out, reply) == 0
    key = sync_apply.get_state(store, sync_apply.HQ_PUBLIC_KEY)
    with bundle_file.read_bundle(reply, "reply", signer=lambda _h: bundle_file.SignerKey(key, "HQ")) as opened:
        made = datetime.fromisoformat(opened.meta["created_at"])
    return reply, made


def test_reading_hqs_reply_from_a_stick_shows_when_hq_answered(
        ui_ctx: UiContext, translations: Translations, hq_sqlite: HQServer, tmp_path: Path, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str]) -> None:
    store = ui_ctx.store
    enrol_store(store, hq_sqlite)
    new_inspection(store)
    reply, made = _hq_reply(store, hq_sqlite, tmp_path, "mae-sot")
    capsys.readouterr()
    window, page = _sync_page(ui_ctx, qtbot)
    assert window.last_sync_label.text() == "Never synced"
    assert page.last_success.text() == "Never synced"

    before = datetime.now().astimezone()
    outcome = _finished(qtbot, window, lambda: page.read_reply_from(str(reply)))
    assert outcome.error is None, outcome.error
    assert _pending(store) == 0

    hq_time = format_datetime(made, "en", style="short")
    assert window.last_sync_label.text() == f"Last sync: {hq_time} (USB)"
    status = window.sync_controller.last_status
    assert status is not None and status.last_success == made and status.reply_read_at is not None
    assert status.reply_read_at >= before >= made  # read after HQ made it: both times are said
    shown = page.last_success.text()
    assert shown == (f"Last successful sync: by USB stick. HQ made the reply on {format_datetime(made, 'en')}; "
                     f"it was read here on {format_datetime(status.reply_read_at, 'en')}."), shown

    translations.apply("my")
    qtbot.waitUntil(lambda: "USB" in window.last_sync_label.text() and "Last" not in window.last_sync_label.text(),
                    timeout=10_000)
    assert format_datetime(made, "my", style="short") in window.last_sync_label.text()
    assert format_datetime(made, "my") in page.last_success.text()
    Screens(qtbot, translations).shoot(window, "usb-exchange")
    translations.apply("en")


def test_a_network_sync_after_it_is_the_last_exchange_and_an_old_reply_does_not_turn_it_back(
        ui_ctx: UiContext, hq_sqlite: HQServer, tmp_path: Path, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str]) -> None:
    store = ui_ctx.store
    enrol_store(store, hq_sqlite)
    new_inspection(store)
    old_reply, made = _hq_reply(store, hq_sqlite, tmp_path, "monday")
    capsys.readouterr()
    report = SyncEngine.for_store(store).sync_round()
    assert report.ok and _pending(store) == 0
    window, page = _sync_page(ui_ctx, qtbot)
    synced = window.sync_controller.last_status.last_success
    assert synced is not None and synced > made
    network_text = f"Last sync: {format_datetime(synced, 'en', style='short')}"
    assert window.last_sync_label.text() == network_text

    outcome = _finished(qtbot, window, lambda: page.read_reply_from(str(old_reply)))
    assert outcome.error is None, outcome.error
    # The status the reply's read ends with is shown before the read says it is done.
    assert window.last_sync_label.text() == network_text  # not "(USB)", not Monday's time
    assert page.last_success.text() == f"Last successful sync: {format_datetime(synced, 'en')}"
