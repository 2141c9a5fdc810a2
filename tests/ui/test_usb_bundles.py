"""USB bundles from the Sync page, as an inspector without a network uses them: write the changes to a stick,
HQ imports them and writes its reply, read the reply; the pending count falls and the page says what came
of it. Every way it can fail is said in the user's language, loses nothing and leaves no half-written file."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from inspector_app.core.models import OutboxOp
from inspector_app.core.services import checklist, setup, sync_apply
from inspector_app.core.store import Store
from inspector_app.hq import cli as hq_cli
from inspector_app.sync import bundle, bundle_file
from inspector_app.ui.context import UiContext
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.sync_controller import UsbOutcome
from inspector_app.ui.sync_page import SyncPage, suggested_bundle_name
from inspector_app.ui.translation import Translations

from ..conftest import PASSPHRASE
from ..core.helpers import new_inspection
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer
from .gui_thread_guard import GuiThreadQueries
from .typing_helpers import answer_modal

THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB-STICK"
    folder.mkdir()
    return folder


def type_file_name(dialog: QFileDialog, path: Path) -> None:
    # Typed as a user would: selectFile() races the dialog's asynchronous directory listing.
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    name_edit.setText(str(path))
    dialog.accept()


def _sync_page(ctx: UiContext, qtbot: QtBot) -> tuple[MainWindow, SyncPage]:
    window = MainWindow(ctx, automatic_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.backgroundStarted, timeout=10_000):  # the list has shown; then the user picks Sync
        window.show()
    window.nav.setCurrentRow(window.PAGES.index("sync"))
    page = window.sync
    qtbot.waitUntil(lambda: window.sync_controller.last_status is not None and page.write_bundle_button.isEnabled(),
                    timeout=10_000)
    return window, page


def _pending(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending"))


def _a_day_of_work(store: Store) -> str:
    """An inspection with answers, one of them holding a NUL as an older app version saved it (HQ refuses
    that one alone); returns the refused change's entity id."""
    inspection = new_inspection(store)
    checklist.save_answer(store, inspection, "LPA-D-01", result="non_compliant", note="passports in the safe")
    spoiled = checklist.save_answer(store, inspection, "LPA-D-02", result="compliant", note="seen").ids(
        "checklist_answers")
    with store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity_id.in_(spoiled))).one()
        s.execute(update(OutboxOp).where(OutboxOp.seq == op.seq).values(fields={**op.fields, "note": "seen\x00"}))
        s.commit()
        return op.entity_id


def _hq_imports(hq: HQServer, bundle_path: Path, reply: Path) -> int:
    """HQ staff at the district office: `inspector-hq import-bundle ... --reply`."""
    return hq_cli.main(["import-bundle", "--db", hq.db_url, "--attachments", str(hq.attachments), str(bundle_path),
                        "--reply", str(reply)])


def _finished(qtbot: QtBot, window: MainWindow, click: Callable[[], Any]) -> UsbOutcome:
    with qtbot.waitSignal(window.sync_controller.usbFinished, timeout=60_000) as done:
        click()
    return done.args[0]


def test_a_bundle_written_from_the_sync_page_goes_to_hq_and_its_reply_clears_the_queue(
        ui_ctx: UiContext, hq_sqlite: HQServer, stick: Path, qtbot: QtBot, gui_queries: GuiThreadQueries,
        capsys: pytest.CaptureFixture[str]) -> None:
    store = ui_ctx.store
    enrol_store(store, hq_sqlite)
    refused_id = _a_day_of_work(store)
    waiting = _pending(store)
    window, page = _sync_page(ui_ctx, qtbot)
    assert window.pending_label.text() == f"{waiting:,} changes waiting to sync"
    assert page.write_bundle_button.text() == "Write changes to a USB stick…"
    assert page.read_reply_button.text() == "Read HQ's reply…"
    gui_queries.recording = True

    # Write: the dialog offers this laptop's name and today's date; the user picks the stick.
    offered: list[str] = []
    target = stick / "mae-sot.bundle"

    def choose(dialog: QFileDialog) -> None:
        offered.append(dialog.selectedFiles()[0])
        type_file_name(dialog, target)

    answered = answer_modal(QFileDialog, choose)
    written = _finished(qtbot, window, page.write_bundle_button.click)
    assert answered == [True] and written.error is None, written.error
    device_name = window.sync_controller.last_status.device_name
    offered_name = Path(offered[0]).name
    assert offered_name.startswith(device_name.split(" ")[0][:20]), offered_name
    assert offered_name.endswith(f"-{date.today().isoformat()}.bundle"), offered_name
    assert sorted(p.name for p in stick.iterdir()) == ["mae-sot.bundle"]  # no temp file left beside it
    assert f"{waiting:,} changes written to {target}" in page.usb_result.plain_text()
    assert "only HQ can read them" in page.usb_result.plain_text()
    assert page.pending.text() == f"{waiting:,} changes waiting to sync"  # waiting until HQ answers

    # At HQ: imported, one change refused (exit 1), the reply written to the stick.
    gui_queries.recording = False
    reply = stick / "mae-sot.reply"
    assert _hq_imports(hq_sqlite, target, reply) == 1
    capsys.readouterr()
    gui_queries.recording = True

    # Read the reply: acknowledged, the refused one listed with HQ's reason, the queue empty.
    answered = answer_modal(QFileDialog, lambda dialog: type_file_name(dialog, reply))
    read = _finished(qtbot, window, page.read_reply_button.click)
    assert answered == [True] and read.error is None, read.error
    text = page.usb_result.plain_text()
    assert f"HQ's reply is read: {waiting - 1:,} changes acknowledged." in text, text
    assert "1 change refused by HQ: kept on this laptop, listed below with HQ's reasons." in text, text
    qtbot.waitUntil(lambda: page.rejected.count() == 1, timeout=10_000)
    line = page.rejected.item(0).text()
    assert refused_id[:8] in line and "invisible NUL character" in line, line
    assert page.pending.text() == "0 changes waiting to sync"
    assert window.pending_label.text() == "0 changes waiting to sync"
    gui_queries.recording = False
    assert gui_queries.seen == []  # the page and the status bar never waited for the database
    assert _pending(store) == 0


def test_the_offered_name_is_the_laptop_and_the_day_and_safe_on_any_stick() -> None:
    assert suggested_bundle_name("Mae Sot 3/district office", date(2026, 12, 7)) == \
        "Mae-Sot-3-district-office-2026-12-07.bundle"
    assert suggested_bundle_name('MAESOT-LT03', date(2027, 1, 2)) == "MAESOT-LT03-2027-01-02.bundle"
    assert suggested_bundle_name('  :*?  ', date(2027, 1, 2)) == "laptop-2027-01-02.bundle"


def test_cancelling_the_file_dialog_writes_nothing(ui_ctx: UiContext, hq_sqlite: HQServer, stick: Path,
                                                   qtbot: QtBot) -> None:
    enrol_store(ui_ctx.store, hq_sqlite)
    _window, page = _sync_page(ui_ctx, qtbot)
    answered = answer_modal(QFileDialog, lambda dialog: (dialog.setDirectory(str(stick)), dialog.reject()))
    page.write_bundle_button.click()
    assert answered == [True]
    assert list(stick.iterdir()) == [] and page.usb_result.plain_text() == ""
    assert page.controller.usb is None


# -- failures on a Thai screen ----------------------------------------------------------------------------------


def _thai_of(context: str, template: str) -> str:
    """The Thai catalogue's words for a template (checked to be Thai, not the English left in place)."""
    thai = QCoreApplication.translate(context, template)
    assert thai != template and THAI.search(thai), template
    return thai


def _fill(thai: str, **params: str) -> str:
    return thai.format_map(params)


class _FullStick:
    """A stick that fills up part-way through the bundle: the first bytes land, then ENOSPC."""

    def __init__(self, path: Any, mode: str = "r", *args: Any, **kwargs: Any):
        self._file = open(path, mode, *args, **kwargs)  # noqa: SIM115 - closed in __exit__

    def __enter__(self) -> _FullStick:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def write(self, data: bytes) -> int:
        self._file.write(data[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


def _read_only_stick(path: Any, *_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.EROFS, "Read-only file system", str(path))


def _enrolled_without_keys(store: Store) -> None:
    sync_apply.record_enrolment(store, hq_url="https://hq.example.go.th", hq_device_id="hq-device-1",
                                token="token-1", hq_public_key="", hq_transport_key="")


WRITE_FAILURES = {
    "not enrolled": (None, None, lambda stick: stick / "a.bundle", bundle.NOT_ENROLLED_FOR_BUNDLE, {}),
    "no HQ key": (_enrolled_without_keys, None, lambda stick: stick / "a.bundle",
                  "This laptop does not know HQ's transport key, which keeps a bundle unreadable to anyone but HQ: "
                  "enrol it again with a new code from HQ (nothing on the laptop is lost).", {}),
    "a folder": ("hq", None, lambda stick: stick, "{path} is a folder; give a file name for the bundle.",
                 {"path": ""}),
    "a missing folder": ("hq", None, lambda stick: stick.parent / "E-drive-gone" / "a.bundle",
                         "Folder {folder} does not exist: is the USB stick plugged in? Nothing was written.",
                         {"folder": "E-drive-gone"}),
    "a full stick": ("hq", _FullStick, lambda stick: stick / "a.bundle",
                     "The disk is full: {folder} has no room for the bundle. Free some space there or use another "
                     "USB stick, then write it again. Nothing was lost: the changes still wait on this laptop.",
                     {"folder": "USB-STICK"}),
    "a read-only stick": ("hq", _read_only_stick, lambda stick: stick / "a.bundle",
                          "Cannot write to {folder}: the USB stick is read-only (look for a lock switch on its side) "
                          "or this app may not write there. Nothing was written; the changes still wait on this "
                          "laptop.", {"folder": "USB-STICK"}),
}


@pytest.mark.parametrize("case", list(WRITE_FAILURES))
def test_a_bundle_that_cannot_be_written_says_why_in_thai_and_loses_nothing(
        case: str, ui_ctx: UiContext, thai: Translations, hq_sqlite: HQServer, stick: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    enrolment, stick_fault, where, template, params = WRITE_FAILURES[case]
    store = ui_ctx.store
    if enrolment == "hq":
        enrol_store(store, hq_sqlite)
    elif enrolment is not None:
        enrolment(store)
    new_inspection(store)
    waiting = _pending(store)
    window, page = _sync_page(ui_ctx, qtbot)
    if stick_fault is not None:
        monkeypatch.setattr(bundle_file, "open", stick_fault, raising=False)
    target = where(stick)
    outcome = _finished(qtbot, window, lambda: page.write_bundle_to(str(target)))
    assert outcome.error is not None and outcome.written is None

    shown = page.usb_result.plain_text()
    reason = _thai_of("Bundles", template)
    values = {name: str(target if name == "path" else target.parent) for name in params}
    assert shown == _thai_of("SyncPage", "The bundle was not written: %1").replace("%1", _fill(reason, **values)), shown
    assert "Nothing was" not in shown and "was not written" not in shown
    assert page.write_bundle_button.isEnabled()  # ready to try again
    assert _pending(store) == waiting  # the outbox as it was
    assert [p.name for p in stick.iterdir()] == []  # no half-written file, nothing that looks like a bundle


def _reply_for(store: Store, hq: HQServer, stick: Path, name: str) -> Path:
    from inspector_app.sync.bundle import export_bundle

    out, reply = stick / f"{name}.bundle", stick / f"{name}.reply"
    export_bundle(store, out)
    assert _hq_imports(hq, out, reply) == 0
    return reply


def _another_laptops_reply(store: Store, hq: HQServer, stick: Path) -> Path:
    with setup.create_store(stick.parent / "other-laptop", "other", PASSPHRASE, load_templates=False) as other:
        enrol_store(other, hq)
        return _reply_for(other, hq, stick, "other")


def _forged_reply(store: Store, hq: HQServer, stick: Path) -> Path:
    reply = _reply_for(store, hq, stick, "own")
    data = reply.read_bytes()
    assert b'"applied"' in data
    reply.write_bytes(data.replace(b'"applied"', b'"rejectd"', 1))  # changed on the way: the signature fails
    return reply


def _not_a_bundle(_store: Store, _hq: HQServer, stick: Path) -> Path:
    photo = stick / "DCIM-0001.reply"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo, not a reply" * 20)
    return photo


def _truncated_reply(store: Store, hq: HQServer, stick: Path) -> Path:
    reply = _reply_for(store, hq, stick, "own")
    reply.write_bytes(reply.read_bytes()[:-100])
    return reply


READ_FAILURES = {
    "not enrolled": (None, lambda store, hq, stick: stick / "a.reply", bundle.NOT_ENROLLED_FOR_REPLY),
    "no HQ key": (_enrolled_without_keys, lambda store, hq, stick: stick / "a.reply",
                  "This laptop does not know HQ's key; enrol it again to import HQ's replies."),
    "a folder": ("hq", lambda store, hq, stick: stick, "{path} is a folder, not a bundle file."),
    "a missing file": ("hq", lambda store, hq, stick: stick / "gone.reply",
                       "Cannot read {path}: there is no such file. Was the USB stick taken out, or the file "
                       "moved? Nothing was imported."),
    "another laptop's reply": ("hq", _another_laptops_reply, "This reply is for another laptop; nothing was imported. "
                                                             "Read the reply made for this laptop's own bundle."),
    "a forged reply": ("hq", _forged_reply, "The bundle's signature does not match its content or {who}'s key: it "
                                            "was changed after it was written, or it is not from them. Nothing was "
                                            "imported."),
    "not a bundle": ("hq", _not_a_bundle, "{name} is not a Field Inspector bundle."),
    "a truncated reply": ("hq", _truncated_reply, "{name} is truncated ({size} of {expected} bytes); copy it again. "
                                                  "Nothing was imported."),
}


@pytest.mark.parametrize("case", list(READ_FAILURES))
def test_a_reply_that_cannot_be_read_says_why_in_thai_and_changes_nothing(
        case: str, ui_ctx: UiContext, thai: Translations, hq_sqlite: HQServer, stick: Path, qtbot: QtBot) -> None:
    enrolment, make_reply, template = READ_FAILURES[case]
    store = ui_ctx.store
    if enrolment == "hq":
        enrol_store(store, hq_sqlite)
    elif enrolment is not None:
        enrolment(store)
    new_inspection(store)
    reply = make_reply(store, hq_sqlite, stick)
    waiting = _pending(store)
    window, page = _sync_page(ui_ctx, qtbot)
    outcome = _finished(qtbot, window, lambda: page.read_reply_from(str(reply)))
    assert outcome.error is not None and outcome.reply is None

    shown = page.usb_result.plain_text()
    reason = _thai_of("Bundles", template)
    prefix = _thai_of("SyncPage", "HQ's reply was not read: %1").replace("%1", "")
    assert shown.startswith(prefix), shown
    # The Thai sentence with its values (a file name, a path, sizes): each fixed part of it is on screen.
    for part in re.split(r"\{\w+\}", reason):
        assert part in shown, (part, shown)
    assert "Nothing was" not in shown and "nothing was" not in shown
    if "{who}" in template:
        assert "HQ" not in shown.replace(reply.name, "")  # "HQ's key" said in Thai too
    assert _pending(store) == waiting  # nothing acknowledged
    assert page.read_reply_button.isEnabled()
