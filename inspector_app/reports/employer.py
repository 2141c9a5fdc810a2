"""The notice to the employer, built from `data.employer_source` only.

That source never holds interview content, worker codes, the visit type, the complaint
flag, severities, referrals, anti-trafficking sections or "to be confirmed" markers
(`notice_policy` decides what it holds), so nothing here can print them; this module
only lays out what it is given.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from . import fmt
from .common import BuildContext, signature_table
from .data import SourceBundle
from .finding_text import bilingual_text
from .labels import enum_label, label
from .layout import CONTENT_WIDTH, bilingual_heading, fact_table, gap, grid_table, para, th_en_lines

__all__ = ["build_story", "title"]

# Columns of the findings table; Thai wraps inside each at word boundaries.
NUMBER_WIDTH = 9 * mm
DEADLINE_WIDTH = 28 * mm
LEGAL_WIDTH = 36 * mm
ACTION_WIDTH = 44 * mm


def title(source: dict[str, Any]) -> str:
    return f"{label('title_employer', 'th')} · {label('title_employer', 'en')} — {source['inspection']['reference']}"


def _l(key: str) -> tuple[str, str]:
    return label(key, "th"), label(key, "en")


def build_story(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    source = bundle.source
    inspection = source["inspection"]
    est = source["establishment"]
    findings = source.get("findings", [])
    visit_day = fmt.day(inspection["visit_date"])
    addressee = est.get("employer_name") or est.get("name_th")
    story: list[Flowable] = [
        para(label("title_employer", "th"), s.title),
        para(label("title_employer", "en"), s.subtitle),
        *fact_table([
            ((*_l("reference"), inspection["reference"]),
             (*_l("visit_date"), _day_lines(inspection["visit_date"], ctx))),
        ], styles=s),
        gap(3),
        para(f"{label('notice_to', 'th')} {addressee}", s.h2, space_after=0),
        para(f"{label('notice_to', 'en')} {addressee}", s.cell_en, space_after=2),
        *fact_table([
            (*_l("establishment"), [para(est.get("name_th") or "", s.cell), para(est.get("name_en") or "", s.cell_en)]),
            (*_l("registration_no"), est.get("registration_no")),
            (*_l("address"), est.get("address")),
            (*_l("location"), [para(fmt.place_line(est, "th"), s.cell), para(fmt.place_line(est, "en"), s.cell_en)]),
        ], styles=s),
        gap(3),
    ]
    if not findings:
        story += [
            para(label("notice_intro_clear", "th", date=visit_day), s.body),
            para(label("notice_intro_clear", "en", date=fmt.day(inspection["visit_date"], "en")), s.muted),
            para(label("no_findings", "th"), s.h2),
            para(label("no_findings", "en"), s.muted),
        ]
    else:
        story += [
            para(label("notice_intro", "th", date=visit_day), s.body),
            para(label("notice_intro", "en", date=fmt.day(inspection["visit_date"], "en")), s.muted),
            *bilingual_heading(*_l("notice_findings"), s, min_space=50 * mm),
        ]
        matter_width = CONTENT_WIDTH - NUMBER_WIDTH - LEGAL_WIDTH - ACTION_WIDTH - DEADLINE_WIDTH
        rows = []
        for finding in findings:
            matter = bilingual_text(finding, "title", s, s.cell_bold) or [para("", s.cell_bold)]
            if finding.get("workers_affected"):
                matter += th_en_lines("workers_affected_count", s, s.small,
                                      {"count": fmt.number(finding["workers_affected"])}, space_before=2)
            legal = [p for ref in finding.get("legal", [])
                     for p in (para(ref["cite_th"], s.cell), para(ref["cite_en"], s.cell_en))]
            if finding.get("status") == "remedied":  # the only status the notice shows (notice_policy)
                # Corrected during the visit: no date to correct it by, which would tell the employer it is still due.
                deadline = [para(enum_label("finding_status", "remedied", "th"), s.cell_bold),
                            para(enum_label("finding_status", "remedied", "en"), s.cell_en)]
            else:
                deadline = _day_lines(finding.get("deadline"), ctx)
            action = bilingual_text(finding, "required_action", s) or ""
            rows.append([str(finding["number"]), matter, legal or "-", action, deadline])
        story.append(grid_table(
            ["", _l("notice_findings"), _l("legal_refs"), _l("required_action"), _l("deadline")],
            rows,
            [NUMBER_WIDTH, matter_width, LEGAL_WIDTH, ACTION_WIDTH, DEADLINE_WIDTH],
            styles=s,
        ))
        basis = source.get("legal_basis", [])
        if basis:
            story += bilingual_heading(*_l("legal_basis"), s, min_space=35 * mm)
            for ref in basis:
                story.append(para(ref["th"], s.small))
                story.append(para(ref["en"], s.cell_en, space_after=2))
        story += [gap(3), para(label("notice_comply", "th"), s.body), para(label("notice_comply", "en"), s.muted)]
    contact = source.get("contact")
    if contact:  # whom to ask, with or without matters to correct
        story += [para(label("notice_contact", "th", name=contact["name_th"], number=contact["number"]), s.body,
                       space_before=3),
                  para(label("notice_contact", "en", name=contact["name_en"], number=contact["number"]), s.muted)]

    signer = source.get("inspector_signature")
    signed = [signer] if signer else []
    blank = [] if signer else [(label("issued_by", "th"), label("issued_by", "en"))]
    blank.append((label("acknowledgement", "th"), label("acknowledgement", "en")))
    story += [gap(6), signature_table(signed, bundle.signature_images, s, blank_roles=blank)]
    team = ", ".join(m["name"] for m in source.get("team", []))
    if team:
        story += [para(f"{label('issued_by', 'th')}: {team}", s.small, space_before=4),
                  para(f"{label('issued_by', 'en')}: {team}", s.cell_en)]
    return story


def _day_lines(value: str | None, ctx: BuildContext) -> list[Flowable]:
    """A date in Thai (Buddhist Era) with the English date beneath."""
    if not value:
        return [para("", ctx.styles.cell)]
    return [para(fmt.day(value), ctx.styles.cell), para(fmt.day(value, "en"), ctx.styles.cell_en)]
