"""The worker information sheet in the worker's language (my, km, lo, th, en).

Built from `worker_data.worker_source`: the standard rights plus those the findings
concern, the minimum wage, the complaint channels and the hotline numbers; nothing
about any worker. No right is ever dropped to save paper: the sheet is laid out on one
side at full size, or slightly smaller type, and otherwise on two pages (printed
double-sided: "continued overleaf" at the foot of the first, page x of y on each).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable, KeepTogether

from . import fmt
from .common import BuildContext, finish
from .data import SourceBundle
from .fonts import table_font_commands
from .labels import label
from .layout import ACCENT, CONTENT_WIDTH, MUTED, RULE, ZEBRA_FILL, RenderResult, Styles, fact_table, gap, para

__all__ = ["build_story", "render", "title"]

# Type sizes tried for one side (body 10 pt down to 9 pt); smaller Burmese, Khmer or Lao is hard
# to read, so past that the sheet takes both sides of the paper, shrinking a little further
# only to stay on two. A right is never dropped: an extreme sheet runs to a third page.
ONE_SIDE_SCALES = (1.0, 0.95, 0.9)
TWO_SIDE_SCALES = (1.0, 0.95, 0.9, 0.85, 0.8)


def title(source: dict[str, Any]) -> str:
    return label("title", source["language"])


def _bullets(texts: list[str], styles: Styles, *, numbered: bool = False) -> Table:
    rows = [[para(f"{n}." if numbered else "•", styles.body), para(text, styles.body)]
            for n, text in enumerate(texts, start=1)]
    table = Table(rows, colWidths=[6 * mm, CONTENT_WIDTH - 6 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _rights(rights: list[dict[str, Any]], styles: Styles) -> Table:
    """One bullet per right; below it, its details (the wage amount and its legal basis) and notes
    (no amount known and where to ask; where to ask about a new employer)."""
    rows = []
    for right in rights:
        cell: list[Flowable] = [para(right["text"], styles.body)]
        for n, detail in enumerate(right.get("details", [])):
            if n == 0:  # the amount, which the worker checks a pay slip against
                cell.append(para(detail, styles.h2, color=ACCENT, space_before=0, space_after=1))
            else:
                cell.append(para(detail, styles.small, space_after=1.5))
        cell.extend(para(note, styles.body) for note in right.get("notes", []))
        rows.append([para("•", styles.body), cell])
    table = Table(rows, colWidths=[6 * mm, CONTENT_WIDTH - 6 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def build_story(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    source = bundle.source
    lang = source["language"]
    est = source["establishment"]
    story: list[Flowable] = [para(label("title", lang), s.title)]
    if lang != "th":
        story.append(para(label("title", "th"), s.muted))
    story.append(para(label("issuer", lang), s.subtitle))
    # A translation awaiting the coordinators' review, said in the sheet's language and in Thai.
    story.extend(para(line, s.small, color=MUTED) for line in source.get("review_notice", []))
    if source.get("review_notice"):
        story.append(gap(2))
    workplace = [para(est.get("name_th") or "", s.cell)]
    if est.get("name_en"):
        workplace.append(para(est["name_en"], s.cell_en))
    story.extend(fact_table([
        (label("workplace", lang), "", workplace),
        (label("date", lang), "", fmt.day(source["inspection"]["visit_date"], lang)),
    ], styles=s, label_width=38 * mm))
    story += [gap(2), para(label("intro", lang), s.body)]

    story += [para(label("rights", lang), s.h1), _rights(source.get("rights", []), s)]
    # On two pages, a block never splits: the worker reads "how to complain" and the
    # hotlines whole, on one side.
    story.append(KeepTogether([para(label("complain", lang), s.h1),
                               _bullets(source.get("complain", []), s, numbered=True)]))

    hotlines = source.get("hotlines", [])
    if hotlines:
        block: list[Flowable] = [para(label("hotlines", lang), s.h1)]
        rows = []
        for line in hotlines:
            number = line["number"] + ("*" if line.get("verify") else "")
            text = [para(line["label"], s.cell)]
            if line.get("hours"):
                text.append(para(line["hours"], s.cell_en))
            rows.append([para(number, s.h2, color=ACCENT, space_before=0), text])
        table = Table(rows, colWidths=[28 * mm, CONTENT_WIDTH - 28 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            *table_font_commands(),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
            ("BACKGROUND", (0, 0), (0, -1), ZEBRA_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        block.append(table)
        if any(line.get("verify") for line in hotlines):
            block.append(para(label("to_be_confirmed", lang), s.cell_en, space_before=1))
        story.append(KeepTogether(block))
    story.append(para(label("keep", lang), s.h2))
    return story


def render(bundle: SourceBundle, ctx: BuildContext) -> tuple[RenderResult, str]:
    """Lay the sheet out on one side if the type can stay readable, else on two pages."""
    source = bundle.source
    base = ctx.styles
    attempts = [(scale, 1) for scale in ONE_SIDE_SCALES] + [(scale, 2) for scale in TWO_SIDE_SCALES]
    result, digest = None, ""
    try:
        for scale, sides in attempts:
            ctx.styles = base.scaled(scale)
            result, digest = finish(bundle, build_story(bundle, ctx), title=title(source),
                                    record_id=source["inspection"]["id"], language=source["language"],
                                    styles=ctx.styles, qr_size=22 * mm, continued=sides > 1)
            if result.pages <= sides:
                break
    finally:
        ctx.styles = base
    assert result is not None
    return result, digest
