"""What every page of the app gets: the store, the operations runner, settings, change notices.

The front door to core: screens read through `read(...)` (a `core.views` function, off the
GUI thread) and change things through `write(...)` (a `core.services` command, one at a time
on the writer thread). Every command returns a ChangeSet, and `write` publishes exactly
that on `hub`, so every screen refreshes from the same notices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ..core.changes import ChangeSet
from ..core.store import Store
from .operations import Operation, Operations, guarded
from .settings import Settings

T = TypeVar("T")


class ChangeHub(QObject):
    """Services return what changed; views subscribe here and refresh only that."""

    changed = Signal(object)  # ChangeSet

    def publish(self, changes: ChangeSet) -> None:
        if not isinstance(changes, ChangeSet):
            raise TypeError(f"a service returned {type(changes).__name__}, not a ChangeSet")
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
        fn: Callable[[], ChangeSet],
        *,
        on_success: Callable[[ChangeSet], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> Operation:
        """Run a service call on the writer thread; publish the ChangeSet it returns, then call on_success.

        The notice goes out even when `owner` (the widget that asked) is gone meanwhile: other
        screens still show what changed.
        """
        answer = guarded(on_success, owner)

        def succeeded(changes: ChangeSet) -> None:
            self.hub.publish(changes)
            if answer is not None:
                answer(changes)

        return self.ops.run(fn, on_success=succeeded, on_failure=guarded(on_failure, owner))

    def read(
        self,
        fn: Callable[[], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        cancellable: bool = False,
    ) -> Operation:
        """Run a read (a `core.views` function) off the GUI thread; `on_success` gets its rows.

        `cancellable`: `fn(cancelled)`, for a long read that stops when the window closes.
        """
        reads = self.store.reads

        def interruptible(*args: Any) -> T:  # closing the window stops its statement (Operations.close)
            with reads.interruptible():
                return fn(*args)

        return self.ops.read(interruptible, on_success=on_success, on_failure=on_failure, owner=owner,
                             cancellable=cancellable)
