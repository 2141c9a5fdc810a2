"""A write's notice of what changed reaches every screen; its answer reaches the widget that asked only while
that widget is still there (a dialog closed while its save ran gets nothing, and nothing crashes)."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.changes import ChangeSet
from inspector_app.core.errors import ValidationError
from inspector_app.ui.context import UiContext


def _start_held(ctx: UiContext, fn, owner: QWidget, owner_alive: bool, **callbacks) -> None:  # noqa: ANN001, ANN003
    """Run `fn` as a write that waits until the owner has been closed (or not), then lets it finish."""
    release = threading.Event()

    def held() -> ChangeSet:
        release.wait(10)
        return fn()

    ctx.write(held, owner=owner, **callbacks)
    if not owner_alive:
        shiboken6.delete(owner)
    release.set()


@pytest.mark.parametrize("owner_alive", [True, False])
def test_a_write_tells_every_screen_and_answers_only_a_widget_still_there(
        qtbot: QtBot, ui_ctx: UiContext, owner_alive: bool) -> None:
    notices: list[ChangeSet] = []
    answered: list[ChangeSet] = []
    ui_ctx.hub.changed.connect(notices.append)

    def save() -> ChangeSet:
        changes = ChangeSet()
        changes.add("establishments", "establishment-1")
        return changes

    _start_held(ui_ctx, save, QWidget(), owner_alive, on_success=answered.append)
    qtbot.waitUntil(lambda: bool(notices), timeout=10_000)
    assert [notice.ids("establishments") for notice in notices] == [{"establishment-1"}]
    assert [answer.ids("establishments") for answer in answered] == ([{"establishment-1"}] if owner_alive else [])


@pytest.mark.parametrize("owner_alive", [True, False])
def test_a_refused_write_is_reported_only_to_a_widget_still_there(
        qtbot: QtBot, ui_ctx: UiContext, owner_alive: bool) -> None:
    failures: list[BaseException] = []

    def refuse() -> ChangeSet:
        raise ValidationError("refused")

    _start_held(ui_ctx, refuse, QWidget(), owner_alive, on_failure=failures.append)
    later: list[ChangeSet] = []
    ui_ctx.write(ChangeSet, on_success=later.append)  # writes answer in order: this one comes after
    qtbot.waitUntil(lambda: bool(later), timeout=10_000)
    assert [str(failure) for failure in failures] == (["refused"] if owner_alive else [])
