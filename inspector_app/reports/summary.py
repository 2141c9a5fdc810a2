"""The period summary for a province or district, built from `data.summary_source`."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from inspector_app.core.vocab import SEVERITIES, VISIT_TYPES

from . import fmt
from .charts import SEVERITY_COLORS, HorizontalBars
from .common import BuildContext
from .data import SourceBundle
from .labels import enum_label, label
from .layout import CONTENT_WIDTH, bilingual_heading, fact_table, gap, grid_table, para

__all__ = ["area_code", "build_story", "title"]

MAX_DUE_ROWS = 80


def _area_name(source: dict[str, Any], language: str) -> str:
    area = source["area"]
    parts = []
    if area.get("district"):
        parts.append(f"{label('district', language)} {area['district'][language]} ({area['district']['code']})")
    parts.append(f"{label('province', language)} {area['province'][language]} ({area['province']['code']})")
    return " · ".join(parts)


def area_code(source: dict[str, Any]) -> str:
    area = source["area"]
    return (area.get("district") or area["province"])["code"]


def title(source: dict[str, Any]) -> str:
    return f"{label('title_summary', 'th')} · {label('title_summary', 'en')} — {_area_name(source, 'th')}"


def _l(key: str) -> tuple[str, str]:
    return label(key, "th"), label(key, "en")


def _both(kind: str, code: str | None, ctx: BuildContext) -> list[Flowable]:
    if not code:  # a sector or receiving body the records leave unset
        return [para(label("unknown", "th"), ctx.styles.cell), para(label("unknown", "en"), ctx.styles.cell_en)]
    th, en = enum_label(kind, code, "th"), enum_label(kind, code, "en")
    return [para(th, ctx.styles.cell), para(en, ctx.styles.cell_en)] if en != th else [para(th, ctx.styles.cell)]


def build_story(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    source = bundle.source
    period = source["period"]
    totals = source["totals"]
    story: list[Flowable] = [
        para(label("title_summary", "th"), s.title),
        para(label("title_summary", "en"), s.subtitle),
        *fact_table([
            (*_l("area"), [para(_area_name(source, "th"), s.cell), para(_area_name(source, "en"), s.cell_en)]),
            (*_l("period"), [para(f"{fmt.day(period['from'])} – {fmt.day(period['to'])}", s.cell),
                             para(f"{fmt.day(period['from'], 'en')} – {fmt.day(period['to'], 'en')}", s.cell_en)]),
        ], styles=s),
        *bilingual_heading(*_l("summary_overview"), s),
        *fact_table([
            ((*_l("inspections_count"), fmt.number(totals["inspections"])),
             (*_l("establishments_count"), fmt.number(totals["establishments"]))),
            ((*_l("workers_count"), fmt.number(totals["workers"])),
             (*_l("interviews_count"), fmt.number(totals["interviews"]))),
            ((*_l("findings_count"), fmt.number(totals["findings"])),
             (*_l("not_signed_off_count"), fmt.number(totals.get("not_signed_off", 0)))),
        ], styles=s),
    ]

    # Inspections by sector and visit type.
    story += bilingual_heading(*_l("by_sector"), s, min_space=60 * mm)
    sectors = source.get("by_sector", [])
    if sectors:
        types = [v for v in VISIT_TYPES if any(row["by_visit_type"].get(v) for row in sectors)]
        type_width = (CONTENT_WIDTH - 48 * mm - 18 * mm) / max(1, len(types))
        rows = [[_both("sector", row["sector"], ctx), *[fmt.number(row["by_visit_type"].get(v, 0)) for v in types],
                 para(fmt.number(row["total"]), s.cell_bold)] for row in sectors]
        story.append(grid_table(
            [_l("sector"), *[(enum_label("visit_type", v, "th"), enum_label("visit_type", v, "en")) for v in types],
             _l("total")],
            rows, [48 * mm, *[type_width] * len(types), 18 * mm], styles=s,
        ))
        story.append(gap(2))
        story.append(HorizontalBars([enum_label("sector", row["sector"], "th") or label("unknown", "th")
                                     for row in sectors],
                                    [row["total"] for row in sectors], width=CONTENT_WIDTH, label_width=45 * mm))
    else:
        story.append(para(label("none_recorded", "th"), s.muted))

    # Findings by severity, then by legal section.
    story += bilingual_heading(*_l("by_severity"), s, min_space=50 * mm)
    severity = source.get("severity", {})
    story.append(HorizontalBars([enum_label("severity", sv, "th") for sv in SEVERITIES],
                                [severity.get(sv, 0) for sv in SEVERITIES], width=CONTENT_WIDTH,
                                label_width=80 * mm, bar_colors=[SEVERITY_COLORS[sv] for sv in SEVERITIES]))
    story += bilingual_heading(*_l("by_section"), s, min_space=50 * mm)
    sections = source.get("by_section", [])
    if sections:
        count_width = 13 * mm
        rows = [[[para(row["th"], s.cell), para(row["en"], s.cell_en)],
                 *[fmt.number(row["by_severity"].get(sv, 0)) or "" for sv in SEVERITIES],
                 para(fmt.number(row["total"]), s.cell_bold)] for row in sections]
        story.append(grid_table(
            [_l("legal_refs"), *SEVERITIES, _l("total")], rows,
            [CONTENT_WIDTH - 5 * count_width, *[count_width] * 5], styles=s,
        ))
    else:
        story.append(para(label("none_recorded", "th"), s.muted))

    # Forced-labour indicators reported in interviews.
    story += bilingual_heading(*_l("indicators"), s, min_space=50 * mm)
    indicators = source.get("indicators", [])
    if indicators:
        story.append(grid_table(
            [_l("indicator"), _l("workers_observed"), _l("findings_count"), _l("inspections_with")],
            [[_both("indicator", row["code"], ctx), fmt.number(row["workers"]), fmt.number(row.get("findings", 0)),
              fmt.number(row["inspections"])] for row in indicators],
            [CONTENT_WIDTH - 84 * mm, 28 * mm, 28 * mm, 28 * mm], styles=s,
        ))
        story.append(gap(2))
        story.append(HorizontalBars([enum_label("indicator", row["code"], "th") for row in indicators],
                                    [row["inspections"] for row in indicators], width=CONTENT_WIDTH,
                                    label_width=62 * mm))
    else:
        story.append(para(label("none", "th"), s.muted))

    # Referrals.
    story += bilingual_heading(*_l("referrals"), s, min_space=35 * mm)
    referrals = source.get("referrals", [])
    if referrals:
        statuses = ("planned", "sent", "accepted", "closed")
        story.append(grid_table(
            [_l("target"), *[(enum_label("referral_status", st, "th"), enum_label("referral_status", st, "en"))
                             for st in statuses], _l("rf_workers_count"), _l("inspections_with")],
            [[_both("referral_target", row["target"], ctx), *[fmt.number(row["by_status"][st]) for st in statuses],
              fmt.number(row["workers"]), fmt.number(row["inspections"])]
             for row in referrals],
            [CONTENT_WIDTH - 126 * mm] + [18 * mm] * 4 + [27 * mm, 27 * mm], styles=s,
        ))
    else:
        story.append(para(label("none", "th"), s.muted))
    unrecorded = source.get("referrals_unrecorded")
    if unrecorded:
        story.append(para(label("referrals_unrecorded", "th", count=fmt.number(unrecorded)), s.muted))
        story.append(para(label("referrals_unrecorded", "en", count=fmt.number(unrecorded)), s.muted))

    # Follow-ups and deadlines due by the end of the period + 30 days.
    story += bilingual_heading(*_l("follow_ups"), s, min_space=40 * mm)
    story.append(para(label("due_until", "th", date=fmt.day(period["due_until"])), s.muted))
    due = source.get("due", [])
    if due:
        shown = due[:MAX_DUE_ROWS]
        rows = []
        for row in shown:
            what = _both("due_kind", row["kind"], ctx)
            if row.get("finding"):
                what.append(para(f"{row.get('severity') or ''} {row['finding']}", s.cell_en))
            district = row.get("district") or {}
            rows.append([fmt.day(row["date"], "th", "short"), what, row["reference"],
                         [para(row.get("establishment") or "", s.cell), para(district.get("th", ""), s.cell_en)],
                         fmt.number(row.get("open_findings"))])
        story.append(grid_table(
            [_l("due_date"), _l("due_kind"), _l("reference"), _l("establishment"), _l("open_findings")],
            rows, [24 * mm, 46 * mm, 36 * mm, CONTENT_WIDTH - 24 * mm - 46 * mm - 36 * mm - 20 * mm, 20 * mm],
            styles=s,
        ))
        if len(due) > MAX_DUE_ROWS:
            story.append(para(label("more_rows", "th", count=len(due) - MAX_DUE_ROWS), s.muted))
    else:
        story.append(para(label("none", "th"), s.muted))
    story.append(para(label("geography_credit", "th"), s.cell_en, space_before=6))
    return story
