"""Debounced autosave: every edit goes through a service off the UI thread.

Edits are keyed (one key per field); a newer edit of the same field replaces
an older one that has not been sent yet. The indicator says "Saved" only
once every edit has been committed (WAL, synchronous=FULL), so killing the
app after it says so loses nothing. A failed save leaves the text in the
form, marks the field, and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..context import UiContext
from ..messages import error_text

DELAY_MS = 400


class AutoSaver(QObject):
    stateChanged = Signal(str, str)  # noqa: N815 - state ("saved" | "saving" | "error"), message

    def __init__(self, ctx: UiContext, parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.ctx = ctx
        self._pending: dict[str, tuple[Callable[[], Any], Callable[[Any], None] | None,
                                       Callable[[BaseException], None] | None]] = {}
        self._in_flight = 0
        self._in_flight_keys: dict[str, int] = {}  # key -> saves sent and not answered yet
        self._errors: dict[str, BaseException] = {}  # kept whole: said again in another language
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._fire)
        self.state = "saved"

    def schedule(self, key: str, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        self._pending[key] = (fn, on_success, on_error)
        self._set_state("saving")
        self._timer.start()

    def save_now(self, key: str, fn: Callable[[], Any], **callbacks: Any) -> None:
        self.schedule(key, fn, **callbacks)
        self._fire()

    def _fire(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for key, (fn, on_success, on_error) in pending.items():
            self._in_flight += 1
            self._in_flight_keys[key] = self._in_flight_keys.get(key, 0) + 1

            def succeeded(result: Any, key: str = key, on_success: Any = on_success) -> None:
                self._in_flight -= 1
                self._landed(key)
                self._errors.pop(key, None)
                self.ctx.hub.publish(result)  # exactly what the service answered
                if on_success:
                    on_success(result)
                self._settle()

            def failed(exc: BaseException, key: str = key, on_error: Any = on_error) -> None:
                self._in_flight -= 1
                self._landed(key)
                self._errors[key] = exc
                if on_error:
                    on_error(exc)
                self._settle()

            self.ctx.ops.run(fn, on_success=succeeded, on_failure=failed, owner=self)

    def _landed(self, key: str) -> None:
        left = self._in_flight_keys.pop(key, 1) - 1
        if left:
            self._in_flight_keys[key] = left

    def busy(self, key: str) -> bool:
        """Whether a save under `key` waits or is on its way: the screen holds an edit newer than any read."""
        return key in self._pending or key in self._in_flight_keys

    def _settle(self) -> None:
        if self._pending or self._in_flight:
            self._set_state("saving")
        elif self._errors:
            self._set_state("error", self.error_message())
        else:
            self._set_state("saved")

    def _set_state(self, state: str, message: str = "") -> None:
        self.state = state
        self.stateChanged.emit(state, message)

    def error_message(self) -> str:
        """Why the first failed save failed, in the user's language now ("" when none failed)."""
        return error_text(next(iter(self._errors.values()))) if self._errors else ""

    def has_unsaved(self) -> bool:
        return bool(self._pending or self._in_flight)

    def flush(self) -> None:
        """Send everything now and wait until the database has it (lock, close, shutdown)."""
        self._fire()
        self.ctx.ops.wait_for_writes()
