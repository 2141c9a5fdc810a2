"""The confidential inspection report (DOMAIN.md "Report contents"), built from `data.full_source`."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from . import fmt
from .common import BuildContext, photo_grid, signature_table
from .data import SourceBundle
from .finding_text import bilingual_text
from .labels import enum_label, label
from .layout import (
    ALERT,
    CONTENT_WIDTH,
    HEADER_FILL,
    Styles,
    bilingual_heading,
    fact_table,
    gap,
    grid_table,
    keep_with_start,
    para,
    subheading,
    th_en_lines,
)
from .reader_checks import no_interpreter_lines, status_lines

__all__ = ["build_story", "document_lines", "expiry_lines", "indicator_item_lines", "interpreter_cell", "legal_cell", "none_lines",
           "safeguard_lines", "title"]


def title(source: dict[str, Any]) -> str:
    return f"{label('title_full', 'th')} · {label('title_full', 'en')} — {source['inspection']['reference']}"


def _l(key: str) -> tuple[str, str]:
    return label(key, "th"), label(key, "en")


def _heading(key: str, ctx: BuildContext, min_space: float = 45 * mm) -> list[Flowable]:
    return bilingual_heading(*_l(key), ctx.styles, min_space=min_space)


def _both(kind: str, code: str | None, ctx: BuildContext) -> list[Flowable]:
    """An enumerated value in Thai with its English name underneath."""
    if not code:
        return [para("", ctx.styles.cell)]
    th, en = enum_label(kind, code, "th"), enum_label(kind, code, "en")
    out = [para(th, ctx.styles.cell)]
    if en and en != th:
        out.append(para(en, ctx.styles.cell_en))
    return out


def _title_block(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    inspection = source["inspection"]
    est = source["establishment"]
    return [
        para(label("title_full", "th"), s.title),
        para(f"{label('title_full', 'en')} — {label('confidential', 'th')} / {label('confidential', 'en')}",
             s.subtitle),
        para(est.get("name_th") or "", s.h2, space_before=0),
        para(est.get("name_en") or "", s.muted),
        gap(2),
        grid_table(
            [(a, b) for a, b in (_l("reference"), _l("visit_date"), _l("visit_type"), _l("status"))],
            [[
                inspection["reference"],
                fmt.day(inspection["visit_date"]),
                _both("visit_type", inspection["visit_type"], ctx),
                [para(f"{enum_label('status', inspection['status'], 'th')} · "
                      f"{label('revision', 'th')} {inspection['revision']}", s.cell),
                 para(f"{enum_label('status', inspection['status'], 'en')} · "
                      f"{label('revision', 'en')} {inspection['revision']}", s.cell_en)],
            ]],
            [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.24, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.26],
            styles=s,
        ),
    ]


def _inspection_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    inspection = source["inspection"]
    times = " – ".join(t for t in (fmt.clock(inspection.get("started_at")), fmt.clock(inspection.get("ended_at"))) if t)
    complaint: list[Any] = []
    if inspection.get("complaint_source"):  # confidential: this report only, never the employer's notice
        complaint.append(para(inspection["complaint_source"], s.cell))
    if inspection.get("complaint_source_confidential"):
        complaint += [para(label("complaint_confidential", "th"), s.alert),
                      para(label("complaint_confidential", "en"), s.cell_en)]
    rows = [
        ((*_l("visit_date"), fmt.day(inspection["visit_date"])), (*_l("time"), f"{times} น." if times else "")),
        ((*_l("visit_type"), _both("visit_type", inspection["visit_type"], ctx)),
         (*_l("status"), status_lines(inspection, s))),
        ((*_l("previous"), inspection.get("previous_reference")),
         (*_l("follow_up_date"), fmt.day(inspection.get("follow_up_date")))),
        (*_l("templates"), ", ".join(f"{t['code']} v{t['version']}" for t in inspection.get("templates", []))),
        (*_l("complaint_source"), complaint or None),
    ]
    out = [*_heading("inspection", ctx), *fact_table(rows, styles=s)]
    if inspection.get("summary"):
        out += [para(f"{label('summary_text', 'th')} / {label('summary_text', 'en')}", s.h2),
                para(inspection["summary"], s.body)]
    return out


def _establishment_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    est = source["establishment"]
    gps = ""
    if est.get("latitude") is not None and est.get("longitude") is not None:
        gps = f"{est['latitude']:.5f}, {est['longitude']:.5f}"
    rows = [
        (*_l("name"), est.get("name_th")),
        (*_l("name_en"), est.get("name_en")),
        ((*_l("employer"), est.get("employer_name")), (*_l("phone"), est.get("contact_phone"))),
        ((*_l("registration_no"), est.get("registration_no")),
         (*_l("social_security_no"), est.get("social_security_no"))),
        ((*_l("sector"), _both("sector", est.get("sector"), ctx)), (*_l("isic"), est.get("isic_code"))),
        (*_l("address"), est.get("address")),
        (*_l("location"), [para(fmt.place_line(est, "th"), ctx.styles.cell),
                           para(fmt.place_line(est, "en"), ctx.styles.cell_en)]),
        (*_l("gps"), gps),
    ]
    return [*_heading("establishment", ctx), *fact_table(rows, styles=ctx.styles)]


def _workforce_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    recorded = source["establishment"].get("workforce") or {}
    seen = source.get("workforce_on_visit") or {}

    def row(key: str, counts: dict[str, Any]) -> list[Any]:
        male, female = counts.get("male", 0) or 0, counts.get("female", 0) or 0
        return [[para(label(key, "th"), s.cell), para(label(key, "en"), s.cell_en)],
                fmt.number(male), fmt.number(female), fmt.number(male + female), fmt.number(counts.get("under18", 0))]

    header = [(a, b) for a, b in ((label("workforce", "th"), label("workforce", "en")), _l("male"), _l("female"),
                                       _l("total"), _l("under18"))]
    widths = [CONTENT_WIDTH * 0.36] + [CONTENT_WIDTH * 0.16] * 4
    out = [*_heading("workforce", ctx, min_space=75 * mm),
           grid_table(header, [row("recorded", recorded), row("on_visit", seen)], widths, styles=s)]
    codes = list(dict.fromkeys([*(recorded.get("by_nationality") or {}), *(seen.get("by_nationality") or {})]))
    if codes:
        out.append(gap(2))
        out.append(grid_table(
            [(a, b) for a, b in (_l("nationality"), _l("recorded"), _l("on_visit"))],
            [[_both("nationality", code, ctx), fmt.number((recorded.get("by_nationality") or {}).get(code, 0)),
              fmt.number((seen.get("by_nationality") or {}).get(code, 0))] for code in codes],
            [CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.32, CONTENT_WIDTH * 0.32],
            styles=s,
        ))
    return out


def _team_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    rows: list[list[Any]] = []
    for member in source.get("team", []):
        key = "lead_inspector" if member["role"] == "lead" else "team_member"
        rows.append([[para(label(key, "th"), s.cell), para(label(key, "en"), s.cell_en)], member["name"], ""])
    for coordinator in source.get("coordinators", []):
        languages = ", ".join(enum_label("language", c, "th") for c in coordinator.get("languages", []))
        declared = label("no_conflict", "th") + ": " + fmt.yes_no(coordinator.get("no_conflict_declared"))
        if coordinator.get("no_conflict_declared_on"):
            declared += f" ({fmt.day(coordinator['no_conflict_declared_on'], 'th', 'short')})"
        rows.append([[para(label("coordinator", "th"), s.cell), para(label("coordinator", "en"), s.cell_en)],
                     coordinator["name"],
                     [para(f"{label('languages', 'th')}: {languages}", s.cell), para(declared, s.cell),
                      *_credential_lines(coordinator, s)]])
    if not rows:
        return [*_heading("team", ctx), *none_lines("none_recorded", s)]
    header = [(a, b) for a, b in (_l("role"), _l("name"), (label("languages", "th"), label("languages", "en")))]
    widths = [CONTENT_WIDTH * 0.26, CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.38]
    return [*_heading("team", ctx, min_space=55 * mm), grid_table(header, rows, widths, styles=s)]


def _credential_lines(coordinator: dict[str, Any], s: Styles) -> list[Flowable]:
    """The coordinator's accreditation (flagged when it had lapsed by the visit) and latest training."""
    accreditation = coordinator.get("accreditation")
    if not accreditation:
        lines = [para(f"{label('accreditation', 'th')}: {label('accreditation_none', 'th')}", s.cell, color=ALERT)]
    else:
        parts = [accreditation["body"]]
        if accreditation.get("number"):
            parts.append(f"{label('accreditation_no', 'th')} {accreditation['number']}")
        if accreditation.get("valid_until"):
            parts.append(f"{label('valid_until', 'th')} {fmt.day(accreditation['valid_until'], 'th', 'short')}")
        lines = [para(f"{label('accreditation', 'th')}: {' '.join(parts)}", s.cell)]
        if accreditation.get("expired_at_visit"):
            lines += th_en_lines("expired_at_visit", s, s.cell_bold, color=ALERT)
    training = coordinator.get("training") or []
    if training:
        latest = training[-1]
        lines.append(para(f"{label('training', 'th')}: {latest['course']} ({latest['provider']}, "
                          f"{fmt.day(latest['date'], 'th', 'short')})", s.cell))
    return lines


def _checklist_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    widths = [17 * mm, CONTENT_WIDTH - 17 * mm - 27 * mm - 50 * mm, 27 * mm, 50 * mm]
    header = [(a, b) for a, b in ((label("item", "th"), "Code"), _l("item"), _l("result"), _l("value_note"))]
    out: list[Flowable] = []
    heads = _heading("checklist", ctx)  # kept with the first template's title, first section and first rows
    for template in source.get("checklist", []):
        heads.append(para(f"{template['title']['th']} ({template['code']} v{template['version']})", s.h2,
                          space_before=4))
        for section in template["sections"]:
            rows = []
            highlights = []
            for n, item in enumerate(section["items"], start=1):
                value = item.get("value_label") or item.get("value") or ""
                if value and item.get("unit"):
                    value = f"{value} {enum_label('unit', item['unit'], 'th')}"
                value_cell = [para(value, s.cell)] if value else []
                if item.get("note"):
                    value_cell.append(para(item["note"], s.small))
                value_cell += _interpreter_language_warning(item, s)
                label_cell = [para(item["label"]["th"], s.cell)]
                if item["label"].get("en") and item["label"]["en"] != item["label"]["th"]:
                    label_cell.append(para(item["label"]["en"], s.cell_en))
                result = item["result"]
                failed = result == "non_compliant"
                result_cell = [para(enum_label("result", result, "th"), s.cell_bold if failed else s.cell,
                                    color=ALERT if failed else s.cell.color),
                               para(enum_label("result", result, "en"), s.cell_en)]
                rows.append([para(item["code"], s.cell_en), label_cell, result_cell, value_cell or ""])
                if result == "non_compliant":
                    highlights.append(("BACKGROUND", (2, n), (2, n), HEADER_FILL))
            heads.append(para(f"{section['code']} {section['title']['th']}", s.cell_bold, space_before=4))
            table = grid_table(header, rows, widths, styles=s, extra=highlights, zebra=False)
            # A heading never ends a page: it goes with its table's header and first two rows.
            out += [*keep_with_start(heads, table, rows=3), table, gap(2)]
            heads = []
    if heads:  # no checklist at all
        out += heads
    return out


def _interpreter_language_warning(item: dict[str, Any], s: Styles) -> list[Flowable]:
    """Beside the interpreter safeguard (whose answer stays the inspector's): the interviews whose
    interpreter's recorded languages do not include the interview's language, and those in a language other
    than Thai with no interpreter recorded."""
    out: list[Flowable] = []
    for key, label_key in (("interpreter_language_mismatch", "interpreter_language_mismatch_items"),
                           ("no_interpreter", "no_interpreter_items")):
        if item.get(key):
            out += th_en_lines(label_key, s, s.cell_bold, {"workers": ", ".join(item[key])}, color=ALERT)
    return out


def legal_cell(entries: list[dict[str, Any]], ctx: BuildContext) -> list[Flowable]:
    """Each legal reference in Thai with the English beneath; one still to be confirmed says so in its own words
    (legal.display), once in each language."""
    cell: list[Flowable] = []
    for ref in entries:
        cell.append(para(ref["th"], ctx.styles.cell))
        cell.append(para(ref["en"], ctx.styles.cell_en))
    return cell or none_lines("none", ctx.styles)


def _findings_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    heading = _heading("findings", ctx)
    findings = source.get("findings", [])
    if not findings:
        return [*heading, *none_lines("none_recorded", s)]
    out: list[Flowable] = []
    for finding in findings:
        severity = finding["severity"]
        rows = [
            ((*_l("severity"), [para(enum_label("severity", severity, "th"), s.cell_bold,
                                     color=ALERT if severity in ("S1", "S2") else s.cell.color),
                                para(enum_label("severity", severity, "en"), s.cell_en)]),
             (*_l("finding_status"), _both("finding_status", finding.get("status"), ctx))),
            ((*_l("deadline"), fmt.day(finding.get("deadline"))),
             (*_l("workers_affected"), fmt.number(finding.get("workers_affected")))),
            (*_l("referral"), _both("referral_target", finding.get("referral_target"), ctx)
             if finding.get("referral_target") else None),
            (*_l("description"), bilingual_text(finding, "description", s) or None),
            (*_l("legal_refs"), legal_cell(finding.get("legal", []), ctx)),
            (*_l("required_action"), bilingual_text(finding, "required_action", s) or None),
        ]
        head = [para(f"{finding['number']}. {finding['title']}", s.h2),
                *bilingual_text(finding, "title", s)[1:]]  # the English line, or a one-language mark
        if finding.get("answer_disagrees"):
            head += th_en_lines("answer_disagrees", s, s.cell_bold, {"item": finding.get("item_code") or ""},
                                color=ALERT, space_before=2)
        head_table, *body = fact_table(rows, styles=s)
        # The head (title, severity, status, deadline) never ends a page alone: it goes with the referral
        # and the first lines of what was found (or the legal basis). The section's heading goes with the first.
        first_rows = 2 if finding.get("referral_target") else 1
        lead = [*heading, *head, head_table] if not out else [*head, head_table]
        out += [*keep_with_start(lead, body[0] if body else None, rows=first_rows), *body]
        grid = photo_grid(finding.get("photos", []), ctx, language="th")
        if grid is not None:
            # The heading goes with the first row of photos (up to 62 mm plus caption), never alone at a page foot.
            out += [*subheading(f"{label('evidence', 'th')} / {label('evidence', 'en')}", s.cell_bold,
                                min_space=92 * mm, space_before=3), grid]
    return out


def _verifications_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    """A follow-up visit: each earlier finding it checked, what was found, the note and the photos."""
    verifications = source.get("verifications") or []
    if not verifications:
        return []  # not a follow-up visit (or one that carried nothing to check)
    s = ctx.styles
    out = _heading("verifications", ctx)
    for number, v in enumerate(verifications, start=1):
        outcome = v.get("outcome") or "not_checked"
        rows = [
            ((*_l("found_at"), v.get("original_reference") or ""),
             (*_l("severity"), _both("severity", v.get("severity"), ctx))),
            ((*_l("verification_outcome"), [
                para(enum_label("verification_outcome", outcome, "th"), s.cell_bold,
                     color=ALERT if outcome in ("not_corrected", "not_checked") else s.cell.color),
                para(enum_label("verification_outcome", outcome, "en"), s.cell_en)]),
             (*_l("deadline"), fmt.day(v.get("deadline")))),
            (*_l("legal_refs"), legal_cell(v.get("legal", []), ctx)),
            (*_l("verification_note"), v.get("note")),
        ]
        title = v.get("title_th") or v.get("title_en") or v.get("item_code") or ""
        out += subheading(f"{number}. {title}", s.h2, min_space=45 * mm)
        if v.get("title_en") and v.get("title_th"):
            out.append(para(v["title_en"], s.cell_en))
        out += fact_table(rows, styles=s)
        grid = photo_grid(v.get("photos", []), ctx, language="th")
        if grid is not None:
            out += [*subheading(f"{label('evidence', 'th')} / {label('evidence', 'en')}", s.cell_bold,
                                min_space=92 * mm, space_before=3), grid]
    return out


def _interviews_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    out = _heading("interviews", ctx)
    interviews = source.get("interviews", [])
    if source.get("testimony") == "sealed":  # an HQ copy made without the evidence unlocked
        out += [para(label("testimony_sealed", "th"), s.alert), para(label("testimony_sealed", "en"), s.cell_en)]
    if not interviews:
        out += none_lines("none_recorded", s)
    for interview in interviews:
        documents = [p for d in interview.get("documents", []) for p in document_lines(d, s)]
        if interview.get("social_security"):
            documents.append(para(f"{label('social_security', 'th')}: "
                                  f"{enum_label('social_security', interview['social_security'], 'th')}", s.cell))
        safeguards = safeguard_lines(interview, s)
        indicators = [p for code in interview.get("indicators", []) for p in _both("indicator", code, ctx)]
        rows = [
            ((*_l("sex"), _both("sex", interview.get("sex"), ctx)), (*_l("age_band"), interview.get("age_band"))),
            ((*_l("nationality"), _both("nationality", interview.get("nationality"), ctx)),
             (*_l("language"), _both("language", interview.get("language"), ctx))),
            ((*_l("occupation"), interview.get("occupation")),
             (*_l("daily_wage"), fmt.number(interview.get("daily_wage")))),
            ((*_l("entry_channel"), _both("entry_channel", interview.get("entry_channel"), ctx)),
             (*_l("interpreter"), interpreter_cell(interview, s) or no_interpreter_lines(interview, s))),
            ((*_l("documents"), documents), (*_l("interview_safeguards"), safeguards)),
            (*_l("indicators"), indicators),
        ]
        out += subheading(f"{label('worker_code', 'th')} {interview['worker_code']}", s.h2, min_space=45 * mm)
        out += fact_table(rows, styles=s)
        out += _notes(interview.get("notes_original"), interview.get("notes_language"),
                      interview.get("notes_translation"), interview.get("translation_language"), ctx)
        for note in interview.get("interpreter_notes", []):
            out += _interpreter_note(note, ctx)
    loose = source.get("interpreter_notes", [])
    if loose:
        out += _heading("interpreter_notes", ctx)
        for note in loose:
            out += _interpreter_note(note, ctx)
    return out


def document_lines(document: dict[str, Any], s: Styles) -> list[Flowable]:
    """One worker document: type and number, then holder, permit status and expiry, in Thai with the
    English beneath (held by the employer or a broker in red: a possible retention of documents). A document
    whose expiry date is before the visit is said to have expired by then, whatever status was recorded;
    a recorded status that says otherwise is shown as recorded, and said to disagree."""
    held, status = document.get("held_by"), document.get("permit_status")
    expired = bool(document.get("expired_at_visit"))
    disagrees = expired and status not in (None, "", "expired")
    lines: list[Flowable] = []
    for lang, style in (("th", s.small), ("en", s.cell_en)):
        first = enum_label("document_type", document.get("type"), lang)
        if document.get("number"):
            first += f" {label('number_short', lang)} {document['number']}"
        parts = [first]
        if held:
            parts.append(f"{label('held_by', lang)}: {enum_label('document_holder', held, lang)}")
        if status and not disagrees and not (expired and status == "expired"):  # the red line below says it
            parts.append(enum_label("permit_status", status, lang))
        if document.get("expires_on"):  # "expired 4 Jan 2025" once it had, not "Expired · expires 4 Jan 2025"
            parts.append(f"{label('expired_on' if expired else 'expires', lang)} "
                         f"{fmt.day(document['expires_on'], lang, 'short')}")
        if lang == "th":
            lines += [para(parts[0], s.cell, color=ALERT if held in ("employer", "broker") else s.cell.color),
                      para(" · ".join(parts[1:]), style)]
        else:
            lines.append(para(" · ".join(parts), style))
    return lines + expiry_lines(document, s)


def expiry_lines(document: dict[str, Any], s: Styles) -> list[Flowable]:
    """For a document whose expiry date is before the visit: that it had expired by then, and the status
    recorded for it when that says otherwise (shown as recorded, said to disagree)."""
    if not document.get("expired_at_visit"):
        return []
    lines = th_en_lines("expired_at_visit", s, s.cell_bold, color=ALERT)
    status = document.get("permit_status")
    if status not in (None, "", "expired"):
        lines += [para(label("recorded_status", "th", status=enum_label("permit_status", status, "th")), s.small,
                       color=ALERT),
                  para(label("recorded_status", "en", status=enum_label("permit_status", status, "en")), s.cell_en)]
    return lines


def interpreter_cell(person: dict[str, Any], s: Styles) -> list[Flowable] | None:
    """The interpreter's name and recorded languages (Thai, English beneath)."""
    if not person.get("interpreter"):
        return None
    cell = [para(person["interpreter"], s.cell)]
    spoken = person.get("interpreter_languages") or []
    if spoken:
        cell += [para(label("interpreter_speaks", lang, languages=", ".join(enum_label("language", c, lang)
                                                                             for c in spoken)), style)
                 for lang, style in (("th", s.small), ("en", s.cell_en))]
    return cell


_SAFEGUARDS = (("consent", "consent"), ("private", "private_setting"), ("employer_absent", "employer_absent"))


def safeguard_lines(person: dict[str, Any], s: Styles) -> list[Flowable]:
    """An interview's safeguards (consent, private setting, employer absent; a "no" in red), the English
    beneath, and a warning when the interpreter's recorded languages do not include the interview's."""
    lines = [para(f"{label(key, 'th')}: {fmt.yes_no(person.get(field))}", s.cell,
                  color=s.cell.color if person.get(field) else ALERT) for key, field in _SAFEGUARDS]
    lines.append(para(" · ".join(f"{label(key, 'en')}: {fmt.yes_no(person.get(field), 'en')}"
                                 for key, field in _SAFEGUARDS), s.cell_en))
    if person.get("interpreter_language_mismatch"):
        code = person.get("language")
        lines += th_en_lines("interpreter_language_mismatch", s, s.cell_bold,
                             lambda language: {"interview_language": enum_label("language", code, language)},
                             color=ALERT, space_before=2)
    return lines


def none_lines(key: str, s: Styles) -> list[Flowable]:
    """A "nothing here" placeholder, in Thai with the English beneath."""
    return th_en_lines(key, s, s.muted)


def _notes(original: str | None, original_language: str | None, translation: str | None,
           translation_language: str | None, ctx: BuildContext) -> list[Flowable]:
    """Original-language notes and their translation, as full-width paragraphs (they may be pages long)."""
    s = ctx.styles
    out: list[Flowable] = []
    if original:
        lang = enum_label("language", original_language, "th") if original_language else ""
        out += subheading(f"{label('notes_original', 'th')}{' — ' + lang if lang else ''} / "
                          f"{label('notes_original', 'en')}", s.cell_bold, min_space=20 * mm)
        out.append(para(original, s.body, space_after=2))
    if translation:
        lang = enum_label("language", translation_language, "th") if translation_language else ""
        out += subheading(f"{label('notes_translation', 'th')}{' — ' + lang if lang else ''} / "
                          f"{label('notes_translation', 'en')}", s.cell_bold, min_space=20 * mm)
        out.append(para(translation, s.body, space_after=2))
    return out


def _interpreter_note(note: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    who = note.get("coordinator") or "-"
    return [*subheading(label("interpreter_note_by", "th", name=who, when=fmt.moment(note.get("noted_at"))),
                        s.cell_bold, min_space=25 * mm, space_before=6),
            para(label("interpreter_note_by", "en", name=who, when=fmt.moment(note.get("noted_at"), "en")),
                 s.cell_en, space_after=2),
            *_notes(note.get("original"), note.get("source_language"), note.get("translation"),
                    note.get("target_language"), ctx)]


def _indicators_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    rows = [
        [_both("indicator", row["code"], ctx), ", ".join(row["workers"]) or "-",
         [p for item in row["checklist_items"] for p in indicator_item_lines(item, s)] or "-"]
        for row in source.get("indicators", [])
    ]
    if not rows:
        return [*_heading("indicators", ctx), *none_lines("none", s)]
    header = [(a, b) for a, b in (_l("indicator"), _l("workers_observed"), _l("checklist_items"))]
    return [*_heading("indicators", ctx),
            grid_table(header, rows, [CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.30], styles=s)]


def indicator_item_lines(item: dict[str, Any], s: Styles) -> list[Flowable]:
    """A checklist item that shows an indicator: what it found (Thai, English beneath), its code after."""
    return [para(f"{item['th']} ({item['code']})", s.small), para(item["en"], s.cell_en, space_after=2)]


def _measures_section(source: dict[str, Any], ctx: BuildContext) -> list[Flowable]:
    s = ctx.styles
    out = _heading("measures", ctx)
    measures = source.get("measures", [])
    if measures:
        out.append(grid_table(
            [(a, b) for a, b in (_l("measure"), _l("description"), _l("deadline"), _l("target"))],
            [[_both("measure", m["kind"], ctx), m.get("text") or "", fmt.day(m.get("deadline")),
              _both("referral_target", m.get("target"), ctx) if m.get("target") else ""] for m in measures],
            [CONTENT_WIDTH * 0.22, CONTENT_WIDTH * 0.40, CONTENT_WIDTH * 0.18, CONTENT_WIDTH * 0.20],
            styles=s,
        ))
    referrals = source.get("referrals", [])
    if referrals:
        out.append(gap(2))
        out.append(grid_table(
            [(a, b) for a, b in (_l("target"), _l("findings"))],
            [[_both("referral_target", r["target"], ctx), ", ".join(str(n) for n in r["findings"])] for r in referrals],
            [CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5],
            styles=s,
        ))
    follow_up = source["inspection"].get("follow_up_date")
    if follow_up:
        out.append(para(f"{label('follow_up_date', 'th')}: {fmt.day(follow_up)}", s.body, space_before=3))
    if not (measures or referrals):
        if source.get("indicators"):  # indicators found and nothing done about them: say so plainly
            out += th_en_lines("no_measure_despite_indicators", s, s.alert, space_before=3)
        elif not follow_up:
            out += none_lines("none_recorded", s)
    return out


def build_story(bundle: SourceBundle, ctx: BuildContext) -> list[Flowable]:
    source = bundle.source
    story: list[Flowable] = []
    story += _title_block(source, ctx)
    story += _inspection_section(source, ctx)
    story += _establishment_section(source, ctx)
    story += _workforce_section(source, ctx)
    story += _team_section(source, ctx)
    story += _findings_section(source, ctx)
    story += _verifications_section(source, ctx)
    story += _indicators_section(source, ctx)
    story += _interviews_section(source, ctx)
    story += _measures_section(source, ctx)
    story += _checklist_section(source, ctx)
    grid = photo_grid(source.get("photos", []), ctx, language="th")
    if grid is not None:
        story += [*_heading("photos", ctx), grid]
    story += _heading("signatures", ctx)
    signed = {entry["role"] for entry in source.get("signatures", [])}
    blank = [(enum_label("signature_role", role, "th"), enum_label("signature_role", role, "en"))
             for role in ("inspector", "coordinator") if role not in signed]
    story.append(signature_table(source.get("signatures", []), bundle.signature_images, ctx.styles, blank_roles=blank))
    story.append(para(label("geography_credit", "th"), ctx.styles.cell_en, space_before=6))
    return story
