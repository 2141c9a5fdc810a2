"""The referral form for the receiving team, built from `referral_data.referral_source`.

Thai with English beneath, CONFIDENTIAL on every page (page furniture), DRAFT until the inspection
is signed off. Text goes through the shaping engine (layout.para), never drawn as raw strings.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from . import fmt
from .common import BuildContext, photo_grid, signature_table
from .data import SourceBundle
from .finding_text import bilingual_text
from .full import (document_lines, expiry_lines, indicator_item_lines, interpreter_cell, legal_cell, none_lines,
                   safeguard_lines)
from .labels import enum_label, label
from .layout import (
    ALERT,
    CONTENT_WIDTH,
    bilingual_heading,
    fact_table,
    gap,
    grid_table,
    keep_with_start,
    para,
    subheading,
)
from .reader_checks import no_interpreter_lines, status_lines

__all__ = ["CONFIDENTIAL", "build_story", "title"]

# In the page furniture of every page: the receiving officer may not read Thai.
CONFIDENTIAL = f"{label('confidential', 'th')} · {label('confidential', 'en')}"
# What the receiving team writes in by hand when the laptop has no value yet: their case number, the officer to
# contact, the outcome. Left out, the form gave them nowhere to write.
TO_FILL_IN = "." * 60


def title(source: dict[str, Any]) -> str:
    return f"{label('rf_short', 'th')} · {label('rf_short', 'en')} — {source['inspection']['reference']}"


def _l(key: str) -> tuple[str, str]:
    return label(key, "th"), label(key, "en")


def _heading(key: str, ctx: BuildContext, min_space: float = 45 * mm) -> list[Flowable]:
    return bilingual_heading(*_l(key), ctx.styles, min_space=min_space)


def _both(kind: str, code: str | None, ctx: BuildContext) -> list[Flowable]:
    if not code:
        return [para("", ctx.styles.cell)]
    th, en = enum_label(kind, code, "th"), enum_label(kind, code, "en")
    return [para(th, ctx.styles.cell)] + ([para(en, ctx.styles.cell_en)] if en and en != th else [])


def _title_block(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    form, referral = source["form"], source["referral"]
    unconfirmed = f" ({label('rf_form_unconfirmed', 'th')} / {label('rf_form_unconfirmed', 'en')})" \
        if form.get("to_be_confirmed") else ""
    key = "rf_title_child" if source.get("child_labour") else "rf_title"
    return [
        para(label(key, "th"), s.title),
        para(f"{label(key, 'en')} — {label('confidential', 'th')} / {label('confidential', 'en')}", s.subtitle),
        para(f"{label('rf_mechanism', 'th')} · {form['th']}{unconfirmed}", s.cell_bold, color=ALERT),
        para(f"{label('rf_mechanism', 'en')} · {form['en']}", s.cell_en),
        gap(2),
        *fact_table([
            (*_l("rf_to"), _both("referral_target", referral["receiving_body"], ctx)),
            ((*_l("rf_status"), _both("referral_status", referral["status"], ctx)),
             (*_l("rf_referral_date"), fmt.day(referral.get("referral_date")))),
            ((*_l("rf_sent_on"), fmt.day(referral.get("sent_on"))),
             (*_l("rf_accepted_on"), fmt.day(referral.get("accepted_on")))),
            ((*_l("rf_case_number"), referral.get("case_number") or TO_FILL_IN),
             (*_l("rf_closed_on"), fmt.day(referral.get("closed_on")))),
            (*_l("rf_contact"), " ".join(x for x in (referral.get("contact_name"), referral.get("contact_phone")) if x)
             or TO_FILL_IN),
            (*_l("rf_contact_notes"), referral.get("contact_notes")),
            (*_l("rf_outcome"), referral.get("outcome") or TO_FILL_IN),
        ], styles=s),
    ]


def _visit_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    inspection, est = source["inspection"], source["establishment"]
    rows = [
        ((*_l("reference"), inspection["reference"]), (*_l("visit_date"), fmt.day(inspection["visit_date"]))),
        ((*_l("visit_type"), _both("visit_type", inspection["visit_type"], ctx)),
         (*_l("status"), status_lines(inspection, s))),
        (*_l("name"), [para(est.get("name_th") or "", s.cell)]
         + ([para(est["name_en"], s.cell_en)] if est.get("name_en") else [])),
        ((*_l("employer"), est.get("employer_name")), (*_l("registration_no"), est.get("registration_no"))),
        ((*_l("sector"), _both("sector", est.get("sector"), ctx)), (*_l("phone"), est.get("contact_phone"))),
        (*_l("address"), est.get("address")),
        (*_l("location"), [para(fmt.place_line(est, "th"), s.cell), para(fmt.place_line(est, "en"), s.cell_en)]),
    ]
    out = [*_heading("rf_visit", ctx), *fact_table(rows, styles=s)]
    finding = source.get("finding")
    if finding:
        severity = finding["severity"]
        out += subheading(f"{label('rf_finding', 'th')} {finding['number']}. {finding['title']}", s.h2,
                          min_space=40 * mm)
        out += bilingual_text(finding, "title", s)[1:]
        out += fact_table([
            ((*_l("severity"), [para(enum_label("severity", severity, "th"), s.cell_bold,
                                     color=ALERT if severity in ("S1", "S2") else s.cell.color),
                                para(enum_label("severity", severity, "en"), s.cell_en)]),
             (*_l("workers_affected"), fmt.number(finding.get("workers_affected")))),
            (*_l("description"), bilingual_text(finding, "description", s) or None),
            (*_l("legal_refs"), legal_cell(finding.get("legal", []), ctx)),
        ], styles=s)
    return out


def _screening_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    heading = [*_heading("rf_screening", ctx), para(label("rf_screening_note", "th"), s.small),
               para(label("rf_screening_note", "en"), s.cell_en, space_after=3)]
    rows = []
    for row in source.get("indicators", []):
        shown = []
        for f in row["findings"]:
            shown.append(para(f"{label('rf_for_finding', 'th')} {f['number']}. {f['title']}", s.cell))
            if f.get("title_en") and f["title_en"] != f["title"]:
                shown.append(para(f"{label('rf_for_finding', 'en')} {f['number']}. {f['title_en']}", s.cell_en))
        by_finding = {f.get("item_code") for f in row["findings"]}  # an item its finding already names
        shown += [p for item in row["checklist_items"] if item["code"] not in by_finding
                  for p in indicator_item_lines(item, s)]
        rows.append([_both("indicator", row["code"], ctx), ", ".join(row["workers"]) or "-", shown or "-"])
    if rows:
        header = [(a, b) for a, b in (_l("indicator"), _l("workers_observed"), _l("rf_shown_by"))]
        table = grid_table(header, rows, [CONTENT_WIDTH * 0.38, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.42], styles=s)
        out = [*keep_with_start(heading, table, rows=2), table]  # the heading and its note never end a page alone
    else:
        out = [*heading, *none_lines("none_recorded", s)]
    out += subheading(f"{label('legal_basis', 'th')} / {label('legal_basis', 'en')}", s.cell_bold, min_space=25 * mm)
    out += legal_cell(source.get("legal_basis", []), ctx)
    return out


def _notes(original: str | None, original_language: str | None, translation: str | None,
           translation_language: str | None, ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = []
    for text_value, language, key in ((original, original_language, "notes_original"),
                                      (translation, translation_language, "notes_translation")):
        if text_value:
            name = enum_label("language", language, "th") if language else ""
            out += subheading(f"{label(key, 'th')}{' — ' + name if name else ''} / {label(key, 'en')}", s.cell_bold,
                              min_space=20 * mm)
            out.append(para(text_value, s.body, space_after=2))
    return out


def _workers_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    out = [*_heading("rf_workers", ctx), para(label("rf_workers_confidential", "th"), s.cell_bold, color=ALERT),
           para(label("rf_workers_confidential", "en"), s.cell_en, space_after=3)]
    workers = source.get("workers", [])
    if not workers:
        return [*out, para(label("rf_no_workers", "th"), s.muted), para(label("rf_no_workers", "en"), s.cell_en)]
    for worker in workers:
        safeguards = safeguard_lines(worker, s)
        documents = [p for d in worker.get("documents", []) for p in document_lines(d, s)]
        if worker.get("social_security"):
            documents.append(para(f"{label('social_security', 'th')}: "
                                  f"{enum_label('social_security', worker['social_security'], 'th')}", s.cell))
        rows = [
            ((*_l("sex"), _both("sex", worker.get("sex"), ctx)), (*_l("age_band"), worker.get("age_band"))),
            ((*_l("nationality"), _both("nationality", worker.get("nationality"), ctx)),
             (*_l("language"), _both("language", worker.get("language"), ctx))),
            ((*_l("occupation"), worker.get("occupation")),
             (*_l("entry_channel"), _both("entry_channel", worker.get("entry_channel"), ctx))),
            ((*_l("interpreter"), interpreter_cell(worker, s) or no_interpreter_lines(worker, s)),
             (*_l("interview_safeguards"), safeguards)),
            (*_l("documents"), documents),
            (*_l("indicators"), [p for code in worker.get("indicators", []) for p in _both("indicator", code, ctx)]),
        ]
        out += subheading(f"{label('worker_code', 'th')} {worker['worker_code']}", s.h2, min_space=45 * mm)
        out += fact_table(rows, styles=s)
        out += _notes(worker.get("notes_original"), worker.get("notes_language"), worker.get("notes_translation"),
                      worker.get("translation_language"), ctx)
        for note in worker.get("interpreter_notes", []):
            out += subheading(f"{label('coordinator', 'th')}: {note.get('coordinator') or ''}  "
                              f"{fmt.moment(note.get('noted_at'))}", s.muted, min_space=25 * mm)
            out += _notes(note.get("original"), note.get("source_language"), note.get("translation"),
                          note.get("target_language"), ctx)
    return out


def _evidence_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    evidence = source.get("evidence", {})
    out = _heading("rf_evidence", ctx)
    examined = evidence.get("documents_examined", [])
    out += subheading(f"{label('rf_documents_examined', 'th')} / {label('rf_documents_examined', 'en')}",
                      s.cell_bold, min_space=30 * mm)
    if examined:
        header = [(a, b) for a, b in (_l("worker_code"), _l("rf_type"), _l("rf_number"), _l("rf_holder"),
                                      _l("rf_permit"), _l("rf_expires"))]
        rows = [[d["worker_code"], _both("document_type", d.get("type"), ctx), d.get("number") or "-",
                 [para(enum_label("document_holder", d.get("held_by"), "th"), s.cell,
                       color=ALERT if d.get("held_by") in ("employer", "broker") else s.cell.color)],
                 _permit_cell(d, ctx), _expiry_cell(d, ctx)]
                for d in examined]
        widths = [0.11, 0.2, 0.2, 0.15, 0.17, 0.17]
        out.append(grid_table(header, rows, [CONTENT_WIDTH * w for w in widths], styles=s))
    else:
        out += none_lines("none_recorded", s)
    files = evidence.get("files", [])
    out += subheading(f"{label('rf_files', 'th')} / {label('rf_files', 'en')}", s.cell_bold, min_space=30 * mm)
    if files:
        header = [(a, b) for a, b in (_l("rf_file"), _l("rf_caption"), _l("rf_for_finding"), ("SHA-256", "SHA-256"))]
        rows = [[f.get("name") or f.get("mime"), f.get("caption") or "-", str(f["finding"]) if f.get("finding") else "-",
                 para(f["sha256"][:16] + "…", s.cell_en)] for f in files]
        out.append(grid_table(header, rows, [CONTENT_WIDTH * w for w in (0.3, 0.38, 0.12, 0.2)], styles=s))
    else:
        out += none_lines("none_recorded", s)
    grid = photo_grid(evidence.get("photos", []), ctx, language="th")
    if grid is not None:
        out += [*subheading(f"{label('evidence', 'th')} / {label('evidence', 'en')}", s.cell_bold, min_space=92 * mm),
                grid]
    return out


def _permit_cell(document: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    """The permit status: as recorded, unless the document had expired by the visit (then said so, and the
    recorded status beside it when it says otherwise)."""
    return expiry_lines(document, ctx.styles) or _both("permit_status", document.get("permit_status"), ctx)


def _expiry_cell(document: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    expired = bool(document.get("expired_at_visit"))
    return [para(fmt.day(document.get("expires_on"), "th", "short"), s.cell_bold if expired else s.cell,
                 color=ALERT if expired else s.cell.color),
            para(fmt.day(document.get("expires_on"), "en", "short"), s.cell_en)]


def _officers_section(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    source = bundle.source
    rows: list[list[Any]] = []
    for member in source.get("team", []):
        key = "lead_inspector" if member["role"] == "lead" else "team_member"
        rows.append([[para(label(key, "th"), s.cell), para(label(key, "en"), s.cell_en)], member["name"], ""])
    for coordinator in source.get("coordinators", []):
        languages = ", ".join(enum_label("language", c, "th") for c in coordinator.get("languages", []))
        rows.append([[para(label("coordinator", "th"), s.cell), para(label("coordinator", "en"), s.cell_en)],
                     coordinator["name"],
                     [para(languages, s.cell),
                      para(f"{label('no_conflict', 'th')}: {fmt.yes_no(coordinator.get('no_conflict_declared'))}",
                           s.cell)]])
    out = _heading("rf_officers", ctx, min_space=70 * mm)
    if rows:
        header = [(a, b) for a, b in (_l("role"), _l("name"), (label("languages", "th"), label("languages", "en")))]
        out.append(grid_table(header, rows, [CONTENT_WIDTH * 0.26, CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.38],
                              styles=s))
    signed = {entry["role"] for entry in source.get("signatures", [])}
    blank = [(enum_label("signature_role", role, "th"), enum_label("signature_role", role, "en"))
             for role in ("inspector", "coordinator") if role not in signed]
    blank.append(_l("rf_receiver_sign"))
    out += [gap(4), signature_table(source.get("signatures", []), bundle.signature_images, s, blank_roles=blank)]
    return out


def build_story(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    source = bundle.source
    return [*_title_block(source, ctx), *_visit_section(source, ctx), *_screening_section(source, ctx),
            *_workers_section(source, ctx), *_evidence_section(source, ctx), *_officers_section(bundle, ctx)]
