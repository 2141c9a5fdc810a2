"""What every report page shares: styles, tables, the page furniture and the build.

Each page gets a header (report title, "confidential" where it applies) and a footer
(report number, generation time, "page x of y", "continued overleaf" where asked), and a
draft gets a DRAFT watermark under its content on every page. The total page count is only known at
the end, so `ReportCanvas` keeps each finished page and draws the furniture when the
document is saved (the usual ReportLab "numbered canvas"), then embeds the report's
source data as a PDF attachment (`embed.attach_file`).

All text, including the furniture, is shaped (`text.ShapedParagraph` in the story,
`draw_text` on the canvas), and the canvas starts in Noto Sans like `fonts.canvas_maker`,
so no unembedded Helvetica reaches the file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from .embed import attach_file
from .fonts import fallback_font, register_fonts, table_font_commands
from .labels import label
from .text import ShapedParagraph, TextStyle, draw_line, wrap

__all__ = [
    "A4_PAGE",
    "A5_BOOKLET",
    "CONTENT_WIDTH",
    "PAGE_SIZE",
    "STYLES",
    "Attachment",
    "PageDecor",
    "PageGeometry",
    "RenderResult",
    "ReportCanvas",
    "Styles",
    "bilingual_heading",
    "fact_table",
    "subheading",
    "draw_text",
    "grid_table",
    "para",
    "th_en_lines",
    "render",
]

# Page streams and images are written Flate-compressed without the ASCII85 layer that
# ReportLab adds by default: a quarter smaller, and photos embed much faster.
rl_config.useA85 = 0

PAGE_SIZE = A4
MARGIN_LEFT = 18 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class PageGeometry:
    """A page size and its margins. Reports are A4; the coordinators' booklet is A5 (`A5_BOOKLET`)."""

    size: tuple[float, float] = PAGE_SIZE
    left: float = MARGIN_LEFT
    right: float = MARGIN_RIGHT
    top: float = MARGIN_TOP
    bottom: float = MARGIN_BOTTOM

    @property
    def content_width(self) -> float:
        return self.size[0] - self.left - self.right


A4_PAGE = PageGeometry()
A5_BOOKLET = PageGeometry(A5, left=12 * mm, right=12 * mm, top=19 * mm, bottom=18 * mm)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8ecf1")
ZEBRA_FILL = colors.HexColor("#f6f7f9")
ALERT = colors.HexColor("#b00020")
ACCENT = colors.HexColor("#1f4e79")
# Translucent, so the text over it stays readable (a colour's alpha is what setFillColor applies).
WATERMARK = colors.Color(0.78, 0.16, 0.16, alpha=0.13)
WATERMARK_NOTE = colors.Color(0.78, 0.16, 0.16, alpha=0.35)


@dataclass(frozen=True)
class Styles:
    """The type scale. Sizes suit Thai, whose marks need room above and below."""

    title: TextStyle = TextStyle(size=16, bold=True, color=ACCENT, space_after=1)
    subtitle: TextStyle = TextStyle(size=9.5, color=MUTED, space_after=4)
    h1: TextStyle = TextStyle(size=12.5, bold=True, color=ACCENT, space_before=9)
    h1_en: TextStyle = TextStyle(size=8, color=MUTED, space_after=3)
    h2: TextStyle = TextStyle(size=10.5, bold=True, space_before=6, space_after=2)
    body: TextStyle = TextStyle(size=10, color=INK, space_after=3)
    small: TextStyle = TextStyle(size=8.5, color=INK)
    muted: TextStyle = TextStyle(size=8, color=MUTED)
    cell: TextStyle = TextStyle(size=9, color=INK)
    cell_bold: TextStyle = TextStyle(size=9, bold=True, color=INK)
    cell_head: TextStyle = TextStyle(size=8.5, bold=True, color=INK)
    cell_en: TextStyle = TextStyle(size=7, color=MUTED)
    alert: TextStyle = TextStyle(size=9, bold=True, color=ALERT)

    def scaled(self, factor: float) -> Styles:
        """Every size times `factor` (the worker sheet shrinks a little to fit one or two sides)."""
        from dataclasses import fields, replace

        return Styles(**{
            f.name: replace(getattr(self, f.name), size=round(getattr(self, f.name).size * factor, 2))
            for f in fields(self)
        })


STYLES = Styles()


def para(text: str | None, style: TextStyle = STYLES.body, **overrides: Any) -> ShapedParagraph:
    return ShapedParagraph(text or "", style, **overrides)


def th_en_lines(key: str, s: Styles, style: TextStyle,
                values: Mapping[str, Any] | Callable[[str], Mapping[str, Any]] | None = None,
                **overrides: Any) -> list[Flowable]:
    """A label in Thai, in `style` with `overrides` (a colour...), and its English beneath. `values` fill
    the label: the same for both languages, or a function of the language (for a language's own name)."""
    def filled(language: str) -> str:
        given = values(language) if callable(values) else values
        return label(key, language, **(given or {}))

    return [para(filled("th"), style, **overrides), para(filled("en"), s.cell_en)]


def bilingual_heading(th: str, en: str | None, styles: Styles = STYLES, *, min_space: float = 45 * mm,
                      style: TextStyle | None = None) -> list[Flowable]:
    """A Thai heading with its English subtitle, never left alone at the foot of a page.

    A conditional page break (not keepWithNext) keeps it with what follows: ReportLab's
    KeepTogether moves a whole long table to the next page, leaving half a page blank.
    """
    out: list[Flowable] = [CondPageBreak(min_space), para(th, style or styles.h1)]
    if en:
        out.append(para(en, styles.h1_en))
    return out


def subheading(text: str, style: TextStyle, *, min_space: float = 30 * mm, space_before: float = 4) -> list[Flowable]:
    """A heading inside a section, moved to the next page if less than `min_space` is left."""
    return [CondPageBreak(min_space), para(text, style, space_before=max(style.space_before, space_before))]


START_LINES = 15 * mm  # "the first lines" of a long text: about three lines of body text


class _StartBreak(CondPageBreak):
    """A page break taken unless `block` fits here together with the start of `follow`."""

    def __init__(self, block: Sequence[Flowable], follow: Flowable | None, rows: int) -> None:
        super().__init__(0)
        self._block, self._follow, self._rows = list(block), follow, rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        need = sum(f.getSpaceBefore() + f.wrap(availWidth, availHeight)[1] + f.getSpaceAfter() for f in self._block)
        follow = self._follow
        if follow is not None:
            height = follow.wrap(availWidth, availHeight)[1]
            if isinstance(follow, Table):
                # Rows up to half a page never split (ReportTable), so they count whole; a taller one
                # splits, and its first lines are enough.
                height = sum(h if h <= FRAME_HEIGHT * 0.5 else START_LINES for h in follow._rowHeights[: self._rows])
            else:
                height = min(height, START_LINES)
            need += height
        # Never more than a fresh page holds: a block that cannot fit anywhere is not pushed on for ever.
        self.height = min(need, FRAME_HEIGHT - 1)
        return super().wrap(availWidth, availHeight)


def keep_with_start(block: Sequence[Flowable], follow: Flowable | None = None, *, rows: int = 1) -> list[Flowable]:
    """`block` (a heading, a finding's head...) moved to the next page unless it fits at this page's foot
    together with the start of `follow`, the flowable placed after it: a table's first `rows` rows (the
    header counts as one), else its first lines. Conditional breaks inside `block` give way to this one,
    which measures what they guessed. Returns the break and the block; the caller places `follow`.
    """
    kept = [f for f in block if not isinstance(f, CondPageBreak)]
    return [_StartBreak(kept, follow, rows), *kept]


class ReportTable(Table):
    """A Table that splits inside a row only when that row is too tall to move.

    ReportLab's splitInRow cuts whichever row meets the page foot, even a two-line one;
    moving such a row to the next page reads better. A row taller than half a page (a
    long note) is still cut, so nothing ever overflows a page.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        allowed = self.splitInRow
        if allowed:
            heights = self._rowHeights
            used = 0.0
            boundary = None
            for index, height in enumerate(heights):
                if used + height > availHeight:
                    boundary = index
                    break
                used += height
            if boundary is None or heights[boundary] <= FRAME_HEIGHT * 0.5:
                self.splitInRow = 0
        try:
            return super().split(availWidth, availHeight)
        finally:
            self.splitInRow = allowed


def _cell(value: Any, style: TextStyle) -> Flowable:
    if isinstance(value, Flowable):
        return value
    if isinstance(value, (list, tuple)):
        return value  # a list of flowables is a valid table cell
    return para("" if value is None else str(value), style)


def _header_cell(value: Any, styles: Styles) -> Any:
    """A header cell: text, or a (Thai, English) pair printed as two lines."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        th, en = value
        return [para(th, styles.cell_head), para(en, styles.cell_en)] if en and en != th else para(th, styles.cell_head)
    return _cell(value, styles.cell_head)


CELL_SIDE_PADDING = 3.5  # points left and right of a table cell's text


def widths_keeping_words(needs: Sequence[float], preferred: Sequence[float], *, wants: Sequence[float] = (),
                         most: float = 1.4) -> list[float]:
    """Column widths adding up to `preferred`'s total, where column i needs `needs[i]` for its longest word
    (padding included). A column whose longest word is wider than its preferred width, by at most `most`
    times, gets that width, taken from the other columns in proportion to their spare room (never below
    their own needs); when the room is short, the columns needing least are served first. A word wider
    still is cut where it must be anyway, so its column keeps its preferred width. `wants` (each at most
    the preferred width: a short text kept on one line) are kept too where that costs no word its room."""
    if wants:
        softer = [max(need, want) for need, want in zip(needs, wants)]
        widths, cut = _widths_for(softer, preferred, most)
        if not cut:
            return widths
    return _widths_for(needs, preferred, most)[0]


def _widths_for(needs: Sequence[float], preferred: Sequence[float], most: float) -> tuple[list[float], int]:
    total = sum(preferred)
    growing = sorted((need, i) for i, (need, width) in enumerate(zip(needs, preferred)) if width < need <= width * most)
    cut = 0
    while True:
        grown = {i for _need, i in growing}
        widths = [needs[i] if i in grown else preferred[i] for i in range(len(needs))]
        excess = sum(widths) - total
        slack = [max(0.0, width - need) for width, need in zip(widths, needs)]
        room = sum(slack)
        if excess <= 0:
            return widths, cut
        if room >= excess:
            return [width - excess * s / room for width, s in zip(widths, slack)], cut
        growing.pop()  # the widest such word is cut after all
        cut += 1


def base_table_style(*, header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    if zebra:
        for row in range(header_rows + 1, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA_FILL))
    return commands


def grid_table(
    header: Sequence[Any] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    styles: Styles = STYLES,
    cell_style: TextStyle | None = None,
    extra: Iterable[tuple[Any, ...]] = (),
    zebra: bool = True,
) -> Table:
    """A table with an optional repeated header row; cells may be text or flowables."""
    cell_style = cell_style or styles.cell
    data: list[list[Any]] = []
    if header is not None:
        data.append([_header_cell(h, styles) for h in header])
    data.extend([_cell(v, cell_style) for v in row] for row in rows)
    header_rows = 1 if header is not None else 0
    table = ReportTable(data, colWidths=list(widths), repeatRows=header_rows, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        *base_table_style(header_rows=header_rows, zebra=zebra, rows=len(data)),
        *extra,
    ]))
    return table


Fact = tuple[str, str, Any]  # (Thai label, English label, value)


def fact_table(
    rows: Sequence[Fact | tuple[Fact, Fact]],
    *,
    width: float = CONTENT_WIDTH,
    label_width: float = 34 * mm,
    styles: Styles = STYLES,
) -> list[Flowable]:
    """Labelled values, two to a row; a single fact takes the whole row. Empty values are skipped.

    Returns stacked tables that read as one: runs of paired rows in a four-column table,
    runs of single facts in a two-column one. (A cell spanning columns would do the same
    with one table, but ReportLab re-wraps a spanned cell at one column's width when it
    splits the row across pages, and the rest of a long text then needs pages of space.)
    """

    def present(fact: Fact) -> bool:
        value = fact[2]
        return not (value is None or value == "" or value == [])

    def label_cell(fact: Fact) -> list[Flowable]:
        th, en, _value = fact
        cell = [para(th, styles.cell_bold)]
        if en:
            cell.append(para(en, styles.cell_en))
        return cell

    groups: list[tuple[int, list[list[Any]]]] = []  # (columns, rows)
    for row in rows:
        facts = [f for f in (row if isinstance(row[0], tuple) else (row,)) if present(f)]  # type: ignore[arg-type]
        if not facts:
            continue
        cells = [c for fact in facts for c in (label_cell(fact), _cell(fact[2], styles.cell))]
        if not groups or groups[-1][0] != len(cells):
            groups.append((len(cells), []))
        groups[-1][1].append(cells)
    if not groups:
        groups.append((2, [["", ""]]))

    tables: list[Flowable] = []
    pair_value = width / 2 - label_width
    for columns, data in groups:
        widths = [label_width, width - label_width] if columns == 2 else [label_width, pair_value] * 2
        table = ReportTable(data, colWidths=widths, splitInRow=1, hAlign="LEFT")
        shading = [("BACKGROUND", (0, 0), (0, -1), ZEBRA_FILL)]
        if columns == 4:
            shading.append(("BACKGROUND", (2, 0), (2, -1), ZEBRA_FILL))
        table.setStyle(TableStyle([*base_table_style(header_rows=0, zebra=False), *shading]))
        tables.append(table)
    return tables


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# --------------------------------------------------------------------------- canvas text


def draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    *,
    size: float = 8,
    bold: bool = False,
    align: str = "left",
    color: colors.Color = MUTED,
    max_width: float | None = None,
) -> float:
    """Draw one line of shaped text with its baseline at y; returns its width.

    Text wider than `max_width` keeps its first wrapped line (headers stay one line).
    """
    lines = wrap(text, max_width or 10_000.0, size, bold)
    if not lines:
        return 0.0
    line = lines[0]
    if align == "right":
        x -= line.width
    elif align == "center":
        x -= line.width / 2
    canvas.saveState()
    canvas.setFillColor(color)
    draw_line(canvas, line, x, y, size)
    canvas.restoreState()
    return line.width


# --------------------------------------------------------------------------- page furniture


@dataclass
class PageDecor:
    """What the header and footer of every page say. `page_label` formats "page x of y"."""

    title: str
    report_number: str
    generated: str  # already formatted for people, e.g. "5 มีนาคม พ.ศ. 2568 เวลา 10:30 น."
    page_label: Callable[[int, int], str]
    report_number_label: str
    generated_label: str
    confidential: str | None = None
    # (big word, note) of the DRAFT watermark, e.g. ("ร่าง · DRAFT", "ฉบับร่าง ..."); None on a final report.
    draft: tuple[str, str] | None = None
    continued: str | None = None  # printed at the foot of every page but the last
    pages: int = 0
    page: PageGeometry = A4_PAGE

    def draw_watermark(self, canvas: Canvas) -> None:
        """The DRAFT mark across the page; drawn first, so the content lies over it."""
        if self.draft is None:
            return
        word, note = self.draft
        width, height = self.page.size
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(55)
        size = 84.0
        while size > 30 and wrap(word, 10_000.0, size, True)[0].width > height * 0.7:
            size -= 6
        draw_text(canvas, word, 0, -size * 0.25, size=size, bold=True, align="center", color=WATERMARK)
        draw_text(canvas, note, 0, -size * 0.25 - 22, size=13, bold=True, align="center", color=WATERMARK_NOTE)
        canvas.restoreState()

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = self.page.size
        left, right = self.page.left, width - self.page.right
        top = height - 12 * mm
        canvas.saveState()
        confidential_width = 0.0
        marks = "  ".join(m for m in (self.confidential, self.draft[0] if self.draft else None) if m)
        if marks:
            confidential_width = draw_text(canvas, marks, right, top, size=9, bold=True,
                                           align="right", color=ALERT) + 6
        draw_text(canvas, self.title, left, top, size=8.5, color=MUTED,
                  max_width=right - left - confidential_width - 4)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 3.2 * mm, right, top - 3.2 * mm)
        bottom = 10.5 * mm
        canvas.line(left, bottom + 4.2 * mm, right, bottom + 4.2 * mm)
        draw_text(canvas, f"{self.report_number_label} {self.report_number}", left, bottom, size=7.5)
        draw_text(canvas, self.page_label(page, pages), right, bottom, size=7.5, align="right", color=INK)
        draw_text(canvas, f"{self.generated_label} {self.generated}", left, bottom - 3.6 * mm, size=6.5)
        if self.continued and page < pages:
            draw_text(canvas, self.continued, right, bottom + 6 * mm, size=9, bold=True, align="right",
                      color=ACCENT)
        canvas.restoreState()


@dataclass(frozen=True)
class Attachment:
    """A file embedded in the PDF (the report's source data)."""

    name: str
    data: bytes
    mime: str = "application/json"
    description: str = ""


class ReportCanvas(Canvas):
    """A canvas that numbers pages "x of y", draws the furniture and embeds a file.

    It starts in Noto Sans exactly like `fonts.canvas_maker` (which it replaces for
    reports: page numbering needs a Canvas subclass, not a factory).
    """

    def __init__(self, *args: Any, decor: PageDecor, attachment: Attachment | None = None, **kwargs: Any) -> None:
        register_fonts()
        if not kwargs.get("initialFontName"):  # doc templates pass None explicitly
            kwargs["initialFontName"] = fallback_font()
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._attachment = attachment
        self._finished_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished_pages)
        self._decor.pages = total
        for state in self._finished_pages:
            self.__dict__.update(state)
            self._decor.draw(self, self._pageNumber, total)
            super().showPage()
        if self._attachment is not None:
            attach_file(self, self._attachment.name, self._attachment.data,
                        mime=self._attachment.mime, description=self._attachment.description)
        super().save()


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    story: list[Flowable] = field(default_factory=list)


def render(
    story: list[Flowable],
    decor: PageDecor,
    *,
    attachment: Attachment | None = None,
    title: str = "",
    subject: str = "",
    author: str = "",
    lang: str = "th",
) -> RenderResult:
    """Lay out the story on the decor's pages (A4 unless it says otherwise) and return the PDF bytes."""
    buffer = io.BytesIO()
    page = decor.page
    doc = BaseDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=title,
        subject=subject,
        author=author,
        creator="Field Inspector",
        lang=lang,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=lambda canvas, _doc: decor.draw_watermark(canvas))])

    def canvas_factory(*args: Any, **kwargs: Any) -> ReportCanvas:
        return ReportCanvas(*args, decor=decor, attachment=attachment, **kwargs)

    kept = list(story)
    doc.build(story, canvasmaker=canvas_factory)
    return RenderResult(pdf=buffer.getvalue(), pages=decor.pages, story=kept)
