"""A signature pad for mouse, pen or touch; exports a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(280, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.strokes: list[list[QPointF]] = []
        self._drawing = False

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def add_stroke(self, points: list[QPointF]) -> None:
        """Programmatic strokes (tests, replays)."""
        self.strokes.append(list(points))
        self.update()
        self.changed.emit()

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([point])

    def _extend(self, point: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def _path(self) -> QPainterPath:
        path = QPainterPath()
        for stroke in self.strokes:
            if not stroke:
                continue
            path.moveTo(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
        return path

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#999"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 25
        painter.drawLine(10, baseline, self.width() - 10, baseline)
        painter.setPen(QPen(QColor("#0d1b4c"), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(self._path())
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1565c0"), 1))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def to_png(self) -> bytes:
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#0d1b4c"), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._path())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())
