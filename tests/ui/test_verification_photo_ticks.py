"""A photo added on the Verification step is shown ticked as evidence, whatever order the reads came back in.

Adding a photo stores it, then makes it the item's evidence: two commits. A read made between them (another
save's notice under load) showed the photo unticked; the read after both kept that form, so the inspector saw
the evidence unticked, and the next tick of another photo saved the evidence without it."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.core.services import attachments, followups
from inspector_app.core.views.followups import verifications
from inspector_app.ui.context import UiContext
from inspector_app.ui.editor.editor_page import EditorPage

from ..followup_builders import complaint_visit

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def ticks(editor: EditorPage) -> list[tuple[str, str]]:
    photos = editor.verification.photos
    return [(photos.item(n).text(), photos.item(n).checkState().name) for n in range(photos.count())]


def open_follow_up(ui_ctx: UiContext, qtbot: QtBot) -> tuple[str, EditorPage]:
    """A follow-up visit of a complaint visit, open in the editor on its Verification step's first item."""
    earlier = complaint_visit(ui_ctx.store)
    follow_up = followups.start_follow_up(ui_ctx.store, earlier.inspection_id,
                                          visit_date="2026-12-05").created("inspections")
    editor = EditorPage(ui_ctx, follow_up)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded and editor.verification.loaded, timeout=10_000)
    editor.verification.list.setCurrentRow(0)
    return follow_up, editor


def test_a_photo_made_evidence_shows_ticked_after_a_read_made_between_its_two_saves(ui_ctx: UiContext,
                                                                                    qtbot: QtBot) -> None:
    store = ui_ctx.store
    follow_up, editor = open_follow_up(ui_ctx, qtbot)
    tab = editor.verification
    item_id = tab.current_id

    # The photo stored (first commit), and a read made now, as a save's notice makes one.
    photo = attachments.add_attachment(store, follow_up, PNG, mime="image/png", original_name="passports.png",
                                       width=1, height=1).created("attachments")
    tab._show((verifications(store, follow_up), {}))
    assert ticks(editor) == [("passports.png", "Unchecked")]  # true at that moment: not evidence yet

    # The photo made the item's evidence (second commit), and the read after it.
    followups.record_verification(store, item_id, evidence=[photo])
    tab._show((verifications(store, follow_up), {}))
    assert ticks(editor) == [("passports.png", "Checked")]
    assert tab.current_id == item_id


def test_a_tick_being_saved_is_not_undone_by_an_older_read(ui_ctx: UiContext, qtbot: QtBot) -> None:
    """The other way round: the inspector unticks a photo, and a read made before that save lands keeps the tick
    the inspector took away off the screen."""
    store = ui_ctx.store
    follow_up, editor = open_follow_up(ui_ctx, qtbot)
    tab = editor.verification
    photo = attachments.add_attachment(store, follow_up, PNG, mime="image/png", original_name="passports.png",
                                       width=1, height=1).created("attachments")
    followups.record_verification(store, tab.current_id, evidence=[photo])
    tab._show((verifications(store, follow_up), {}))
    assert ticks(editor) == [("passports.png", "Checked")]
    stale = verifications(store, follow_up)

    tab.photos.item(0).setCheckState(Qt.CheckState.Unchecked)  # the save waits in the autosaver
    tab._show((stale, {}))
    assert ticks(editor) == [("passports.png", "Unchecked")]
