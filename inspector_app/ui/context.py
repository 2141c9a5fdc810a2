"""What every page of the app gets: the store, the operations runner, settings, change notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.store import Store
from ..core.writer import ChangeSet
from .operations import Operations
from .settings import Settings


class ChangeHub(QObject):
    """Services return what changed; views subscribe here and refresh only that."""

    changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet | None) -> None:
        if changes:
            self.changed.emit(changes)


@dataclass
class UiContext:
    store: Store
    ops: Operations
    settings: Settings
    hub: ChangeHub
    translations: Any = None  # ui.translation.Translations, when the app installed them

    def write(
        self,
        fn: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        touches: str | None = None,
    ) -> None:
        """Run a service call off the UI thread; publish its ChangeSet (or `touches`) when done."""

        def succeeded(result: Any) -> None:
            if isinstance(result, ChangeSet):
                self.hub.publish(result)
            elif touches:
                changes = ChangeSet()
                changes.add(touches, result if isinstance(result, str) else "")
                self.hub.publish(changes)
            if on_success:
                on_success(result)

        self.ops.run(fn, on_success=succeeded, on_failure=on_failure)
