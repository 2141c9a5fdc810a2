"""Charts for the summary report: reportlab.graphics bars with shaped category labels.

ReportLab's chart labels are drawn unshaped in one font, which would print Thai
category names as boxes. So the bars, value axis and value labels come from
reportlab.graphics (digits only, in Noto Sans), and the category names are drawn
beside them with the report text engine.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from .fonts import fallback_font
from .layout import ACCENT, INK, MUTED, RULE, draw_text

__all__ = ["HorizontalBars", "SEVERITY_COLORS"]

SEVERITY_COLORS = {
    "S1": colors.HexColor("#8e1b1b"),
    "S2": colors.HexColor("#d0601a"),
    "S3": colors.HexColor("#d8a31a"),
    "S4": colors.HexColor("#5b7fa6"),
}


def _nice_max(value: int) -> tuple[int, int]:
    """An axis maximum and step that give 3 to 6 round ticks."""
    value = max(1, value)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value / step <= 5:
            top = step * ((value + step - 1) // step)
            return (top if top >= value else top + step), step
    step = 10 ** len(str(value))
    return step, step // 5


class HorizontalBars(Flowable):
    """One bar per category, category names (any script) at the left, counts at the bar ends."""

    def __init__(
        self,
        labels: Sequence[str],
        values: Sequence[int],
        *,
        width: float,
        label_width: float = 60 * mm,
        row_height: float = 6.5 * mm,
        bar_colors: Sequence[colors.Color] | None = None,
        label_size: float = 8.5,
    ) -> None:
        super().__init__()
        if len(labels) != len(values):
            raise ValueError("one value per label")
        self.labels = list(labels)
        self.values = [int(v) for v in values]
        self.total_width = width
        self.label_width = label_width
        self.row_height = row_height
        self.bar_colors = list(bar_colors) if bar_colors else None
        self.label_size = label_size
        self.axis_height = 7 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = min(self.total_width, availWidth)
        self.height = self.axis_height + max(1, len(self.values)) * self.row_height + 2
        return self.width, self.height

    def _drawing(self) -> Drawing:
        plot_width = self.width - self.label_width - 10 * mm
        rows = max(1, len(self.values))
        drawing = Drawing(self.width - self.label_width, self.height)
        drawing.initialFontName = fallback_font()  # never the graphics default, Helvetica
        chart = HorizontalBarChart()
        chart.x = 2
        chart.y = self.axis_height
        chart.width = plot_width
        chart.height = rows * self.row_height
        chart.data = [self.values or [0]]
        chart.categoryAxis.categoryNames = [str(n) for n in range(rows)]
        chart.categoryAxis.reverseDirection = 1  # first category at the top
        chart.categoryAxis.visibleLabels = 0
        chart.categoryAxis.visibleTicks = 0
        chart.categoryAxis.strokeColor = RULE
        chart.categoryAxis.labels.fontName = fallback_font()
        top, step = _nice_max(max(self.values or [0]))
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = top
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = fallback_font()
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labels.fillColor = MUTED
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.barWidth = self.row_height * 0.6
        chart.groupSpacing = self.row_height * 0.4
        chart.bars.strokeColor = None
        chart.bars[0].fillColor = ACCENT
        if self.bar_colors:
            for index, color in enumerate(self.bar_colors):
                chart.bars[(0, index)].fillColor = color
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fallback_font()
        chart.barLabels.fontSize = 7.5
        chart.barLabels.fillColor = INK
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        return drawing

    def draw(self) -> None:
        canvas = self.canv
        renderPDF.draw(self._drawing(), canvas, self.label_width, 0)
        rows = max(1, len(self.values))
        for index, text in enumerate(self.labels):
            centre = self.axis_height + (rows - index - 0.5) * self.row_height
            draw_text(canvas, text, self.label_width - 2 * mm, centre - self.label_size * 0.32,
                      size=self.label_size, align="right", color=INK, max_width=self.label_width - 3 * mm)
