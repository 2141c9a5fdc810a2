"""Small server-side SVG charts: horizontal bars and stacked horizontal bars, any script in labels.

Written for screen readers and colour-blind readers first: every chart is an `<svg role="img">`
named by its `<title>` and `<desc>` (the desc lists every value in words), each bar or segment
carries its own `<title>`, categories and values are printed as text, and series in a stacked
chart differ by pattern as well as colour and are named in a legend. Text is escaped here; the
browser shapes Thai with the page's fonts. Widths of labels are estimated (no font metrics on
the server): long labels are shortened with "…" and kept whole in the bar's title.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

__all__ = ["Series", "bar_chart", "stacked_bar_chart", "text_width"]

WIDTH = 640
ROW = 26
BAR = 16
FONT = 13
AXIS = 22
LEGEND_ROW = 22
LABEL_MIN, LABEL_MAX = 110, 300
# Colours with patterns (for series told apart without colour): colour, pattern kind.
PALETTE = (("#1f5f99", "solid"), ("#d0601a", "diagonal"), ("#3f8f4f", "dots"), ("#8e1b1b", "cross"),
           ("#7a5aa6", "horizontal"), ("#5b7fa6", "vertical"), ("#a67c1a", "diagonal2"))


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]


def text_width(text: str, size: float = FONT) -> float:
    """Rough advance width: combining marks (Thai vowels and tone marks above and below) take none."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += size * (0.62 if unicodedata.east_asian_width(ch) in ("W", "F") or ord(ch) > 0x0E00 else 0.56)
    return width


def _shorten(text: str, room: float) -> str:
    """`text` cut to `room` with "…". A label ending in a number (a legal section: "... มาตรา 6/1") keeps
    its end, so two sections of the same act stay told apart."""
    if text_width(text) <= room:
        return text
    head, _, last = text.rpartition(" ")
    if head and any(c.isdigit() for c in last):
        before, _, word = head.rpartition(" ")
        tail = f"{word} {last}" if before else last
        rest = text[: len(text) - len(tail)].rstrip()
        if rest and text_width("… " + tail) <= room * 0.6:
            return _cut(rest, room - text_width(" " + tail)) + " " + tail
    return _cut(text, room)


def _cut(text: str, room: float) -> str:
    out = ""
    for ch in text:
        if text_width(out + ch + "…") > room:
            break
        out += ch
    return out.rstrip() + "…"


def _nice_top(value: int) -> tuple[int, int]:
    """An axis end and step giving 2 to 5 round ticks."""
    value = max(1, value)
    step = 1
    while value / step > 5:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if value / step <= 5:
                break
    return step * -(-value // step), step


def _number(value: int) -> str:
    return f"{value:,}"


def _defs(chart_id: str) -> str:
    parts = []
    shapes = {
        "diagonal": '<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke="#fff" stroke-width="1.6"/>',
        "diagonal2": '<path d="M-1,7 l2,2 M0,0 l8,8 M7,-1 l2,2" stroke="#fff" stroke-width="1.6"/>',
        "dots": '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
        "cross": '<path d="M0,4 h8 M4,0 v8" stroke="#fff" stroke-width="1.4"/>',
        "horizontal": '<path d="M0,2 h8 M0,6 h8" stroke="#fff" stroke-width="1.2"/>',
        "vertical": '<path d="M2,0 v8 M6,0 v8" stroke="#fff" stroke-width="1.2"/>',
    }
    for index, (colour, kind) in enumerate(PALETTE):
        if kind == "solid":
            continue
        parts.append(f'<pattern id="{chart_id}-p{index}" width="8" height="8" patternUnits="userSpaceOnUse">'
                     f'<rect width="8" height="8" fill="{colour}"/>{shapes[kind]}</pattern>')
    return f"<defs>{''.join(parts)}</defs>"


def _fill(chart_id: str, index: int) -> str:
    colour, kind = PALETTE[index % len(PALETTE)]
    return colour if kind == "solid" else f"url(#{chart_id}-p{index % len(PALETTE)})"


def _open(chart_id: str, title: str, desc: str, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'font-family="\'Noto Sans Thai\', \'Noto Sans\', sans-serif" font-size="{FONT}">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]


def _label_width(labels: Sequence[str]) -> float:
    return max(LABEL_MIN, min(LABEL_MAX, max((text_width(t) for t in labels), default=0) + 12))


def _axis(parts: list[str], left: float, plot: float, top_y: float, bottom_y: float, top: int, step: int) -> None:
    for tick in range(0, top + 1, step):
        x = left + plot * tick / top
        parts.append(f'<line x1="{x:.1f}" y1="{top_y}" x2="{x:.1f}" y2="{bottom_y}" stroke="#ddd" '
                     f'stroke-width="1" aria-hidden="true"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom_y + 15}" text-anchor="middle" fill="#555" font-size="11" '
                     f'aria-hidden="true">{_number(tick)}</text>')


def bar_chart(chart_id: str, title: str, labels: Sequence[str], values: Sequence[int], *, empty: str,
              value_name: str = "") -> str:
    """One bar per category with its count printed at the bar's end."""
    if len(labels) != len(values):
        raise ValueError("one value per label")
    desc = "; ".join(f"{label}: {_number(v)}{(' ' + value_name) if value_name else ''}"
                     for label, v in zip(labels, values, strict=True)) or empty
    height = max(1, len(values)) * ROW + AXIS + 8
    parts = _open(chart_id, title, desc, height)
    if not values:
        parts.append(f'<text x="8" y="{ROW - 8}" fill="#555">{escape(empty)}</text></svg>')
        return "".join(parts)
    label_w = _label_width(labels)
    left = label_w + 4
    plot = WIDTH - left - 60
    top, step = _nice_top(max(values))
    _axis(parts, left, plot, 0, len(values) * ROW, top, step)
    for n, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = n * ROW + (ROW - BAR) / 2
        width = plot * value / top
        parts.append(f'<g><title>{escape(label)}: {_number(value)}</title>'
                     f'<text x="{label_w - 4:.1f}" y="{y + BAR - 3:.1f}" text-anchor="end" fill="#222">'
                     f'{escape(_shorten(label, label_w - 10))}</text>'
                     f'<rect x="{left:.1f}" y="{y:.1f}" width="{width:.1f}" height="{BAR}" fill="{PALETTE[0][0]}"/>'
                     f'<text x="{left + width + 4:.1f}" y="{y + BAR - 3:.1f}" fill="#222">{_number(value)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_bar_chart(chart_id: str, title: str, labels: Sequence[str], series: Sequence[Series], *,
                      empty: str, looks: Sequence[int] | None = None) -> str:
    """One bar per category made of one segment per series; a legend names the series' patterns.

    `looks` picks each series' PALETTE entry (default: in order), so that a scale keeps its meaning:
    S1 the darkest red, an overdue deadline red rather than the calm blue of a first series.
    """
    if looks is not None and len(looks) != len(series):
        raise ValueError("each series needs one look")
    for s in series:
        if len(s.values) != len(labels):
            raise ValueError("each series needs one value per label")
    totals = [sum(s.values[n] for s in series) for n in range(len(labels))]
    desc_rows = []
    for n, label in enumerate(labels):
        parts_text = ", ".join(f"{s.name} {_number(s.values[n])}" for s in series if s.values[n])
        desc_rows.append(f"{label}: {_number(totals[n])} ({parts_text})" if parts_text else f"{label}: 0")
    desc = "; ".join(desc_rows) or empty
    legend_rows = -(-len(series) // 3) if series else 0
    body = max(1, len(labels)) * ROW
    height = body + AXIS + 8 + legend_rows * LEGEND_ROW + 6
    parts = _open(chart_id, title, desc, height)
    if not labels:
        parts.append(f'<text x="8" y="{ROW - 8}" fill="#555">{escape(empty)}</text></svg>')
        return "".join(parts)
    parts.append(_defs(chart_id))
    label_w = _label_width(labels)
    left = label_w + 4
    plot = WIDTH - left - 60
    top, step = _nice_top(max(totals))
    _axis(parts, left, plot, 0, body, top, step)
    for n, label in enumerate(labels):
        y = n * ROW + (ROW - BAR) / 2
        x = left
        parts.append(f'<g><title>{escape(label)}: {_number(totals[n])}</title>'
                     f'<text x="{label_w - 4:.1f}" y="{y + BAR - 3:.1f}" text-anchor="end" fill="#222">'
                     f'{escape(_shorten(label, label_w - 10))}</text></g>')
        for index, s in enumerate(series):
            value = s.values[n]
            if not value:
                continue
            width = plot * value / top
            parts.append(f'<g><title>{escape(label)} — {escape(s.name)}: {_number(value)}</title>'
                         f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{BAR}" '
                         f'fill="{_fill(chart_id, looks[index] if looks else index)}" stroke="#fff" '
                         'stroke-width="0.8"/></g>')
            if width >= text_width(_number(value), 11) + 8:
                parts.append(f'<text x="{x + width / 2:.1f}" y="{y + BAR - 4:.1f}" text-anchor="middle" '
                             f'font-size="11" fill="#fff" stroke="#000" stroke-width="2.4" paint-order="stroke" '
                             f'aria-hidden="true">{_number(value)}</text>')
            x += width
        parts.append(f'<text x="{x + 4:.1f}" y="{y + BAR - 3:.1f}" fill="#222" aria-hidden="true">'
                     f'{_number(totals[n])}</text>')
    legend_top = body + AXIS + 8
    column = (WIDTH - 16) / 3
    for index, s in enumerate(series):
        lx = 8 + (index % 3) * column
        ly = legend_top + (index // 3) * LEGEND_ROW
        fill = _fill(chart_id, looks[index] if looks else index)
        parts.append(f'<g><rect x="{lx:.1f}" y="{ly:.1f}" width="16" height="14" fill="{fill}" '
                     f'stroke="#333" stroke-width="0.6"/><text x="{lx + 22:.1f}" y="{ly + 12:.1f}" fill="#222">'
                     f'{escape(_shorten(s.name, column - 30))}</text></g>')
    parts.append("</svg>")
    return "".join(parts)

