"""The start benchmark's baseline: a bare PySide6 window process.

Prints when its window first painted (unix time) and the process's CPU time by then (every thread's,
from the process's start: the interpreter's own start included, as in the app's trace).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        print(time.time(), time.process_time(), flush=True)
        QApplication.quit()


def main() -> None:
    app = QApplication(sys.argv)
    window = QLabel("Field Inspector")
    window.resize(420, 220)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
