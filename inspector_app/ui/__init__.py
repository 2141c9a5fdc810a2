"""The desktop UI: the only package that imports Qt widgets."""

from __future__ import annotations

import ctypes
import sys


def _protect_none() -> None:
    """Work around a reference-count bug in PySide6 6.12.0.

    Every Qt method that returns a null object (`widget.parent()`, `label.buddy()`,
    `QNetworkInformation.instance()`, `list.currentItem()`, ...) drops one reference
    to None instead of adding one. On Python 3.11, where None is an ordinary object,
    a long session drives None's count to zero and the interpreter aborts
    ("deallocating None"). Python 3.12 made None immortal; here we give it the same
    treatment by raising its count far beyond anything a session can drain.
    PySide6 6.11.3 does not have the bug, but its PDF module comes only inside the
    400 MB add-ons wheel (with WebEngine); 6.12 ships it as the small pyside6-pdf.
    """
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 40


_protect_none()
