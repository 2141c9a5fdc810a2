"""The worker information sheet: one page in the worker's language (my, km, lo, th, en).

Built from `data.worker_source`, which holds only the rights the findings concern,
the complaint channels and the hotline numbers: nothing about any worker. The sheet
must stay on one page, so it is laid out at full size and, if it runs over, again at
smaller sizes (and, as a last resort, with fewer rights listed).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from . import fmt
from .common import BuildContext, finish
from .data import SourceBundle
from .fonts import table_font_commands
from .labels import label
from .layout import ACCENT, CONTENT_WIDTH, RULE, ZEBRA_FILL, RenderResult, Styles, fact_table, gap, para

__all__ = ["build_story", "render_one_page", "title"]

SCALES = (1.0, 0.93, 0.86, 0.8, 0.74)


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


def build_story(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    source = bundle.source
    lang = source["language"]
    est = source["establishment"]
    story: list[Flowable] = [para(label("title", lang), s.title)]
    if lang != "th":
        story.append(para(label("title", "th"), s.muted))
    story.append(para(label("issuer", lang), s.subtitle))
    workplace = [para(est.get("name_th") or "", s.cell)]
    if est.get("name_en"):
        workplace.append(para(est["name_en"], s.cell_en))
    story.extend(fact_table([
        (label("workplace", lang), "", workplace),
        (label("date", lang), "", fmt.day(source["inspection"]["visit_date"], lang)),
    ], styles=s, label_width=38 * mm))
    story += [gap(2), para(label("intro", lang), s.body)]

    rights = source.get("rights", [])
    story += [para(label("rights", lang), s.h1), _bullets([r["text"] for r in rights], s)]
    story += [para(label("complain", lang), s.h1), _bullets(source.get("complain", []), s, numbered=True)]

    hotlines = source.get("hotlines", [])
    if hotlines:
        story.append(para(label("hotlines", lang), s.h1))
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
        story.append(table)
        if any(line.get("verify") for line in hotlines):
            story.append(para(label("to_be_confirmed", lang), s.cell_en, space_before=1))
    story.append(para(label("keep", lang), s.h2))
    return story


def render_one_page(bundle: SourceBundle, ctx: BuildContext) -> tuple[RenderResult, str, SourceBundle]:
    """Lay the sheet out on one page, shrinking the type (then the list of rights) if needed.

    Returns the bundle actually printed: when rights had to be dropped, its source (and
    so the embedded data and the hash) lists only the rights on the page.
    """
    source = bundle.source
    lang = source["language"]
    base = ctx.styles
    rights = source.get("rights", [])
    attempt: tuple[RenderResult, str, SourceBundle] | None = None
    for limit in [len(rights), *range(len(rights) - 1, 0, -1)]:
        shown = bundle if limit == len(rights) else SourceBundle({**source, "rights": rights[:limit]},
                                                                 bundle.signature_images)
        for scale in SCALES if limit == len(rights) else SCALES[-1:]:
            ctx.styles = base.scaled(scale)
            try:
                result, digest = finish(shown, build_story(shown, ctx), title=title(source),
                                        record_id=source["inspection"]["id"], language=lang, styles=ctx.styles,
                                        qr_size=22 * mm)
            finally:
                ctx.styles = base
            attempt = (result, digest, shown)
            if result.pages == 1:
                return attempt
    assert attempt is not None
    return attempt
