"""The coordinators' handbook as an A5 booklet to carry: `build_handbook(language)`.

The code of conduct and the interview safeguards are printed in the chosen language; the
glossary in all five (the chosen language first) with each term's legal basis, cited by
law code and section and explained by a "laws cited" table. Everything marked "to be
confirmed" in the data carries a "*" (a whole column's heading when none of its entries
is confirmed). Like every report the booklet embeds its source data (report-source.json,
hashed on the last page), built from `core.handbook` alone: no data dir is needed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import internal
from inspector_app.core.handbook import LANGUAGE_NAMES, LANGUAGES, Handbook, load_handbook

from . import ReportResult, fmt
from .data import SCHEMA
from .fonts import table_font_commands
from .labels import label
from .layout import (
    A5_BOOKLET,
    ACCENT,
    CELL_SIDE_PADDING,
    ZEBRA_FILL,
    Attachment,
    PageDecor,
    STYLES,
    Styles,
    grid_table,
    para,
    render,
    widths_keeping_words,
)
from .text import ShapedParagraph, TextStyle, wrap
from .verify import SOURCE_FILE_NAME, source_bytes, source_sha256, verification_block

__all__ = ["BOOKLET_LANGUAGES", "booklet_source", "build_handbook"]

BOOKLET_LANGUAGES = ("my", "km", "lo", "th", "en")
MARK = "*"
WIDTH = A5_BOOKLET.content_width
LEGAL_COLUMN = 21 * mm
# A5 type: a little smaller than the A4 reports, glossary cells smaller still (but Burmese stays legible).
BOOKLET_STYLES: Styles = STYLES.scaled(0.92)
GLOSSARY_CELL = TextStyle(size=7.6)
GLOSSARY_CELL_FIRST = TextStyle(size=7.8, bold=True)
GLOSSARY_LEGAL = TextStyle(size=6.6)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _marked(text: str, unconfirmed: bool) -> str:
    return f"{text} {MARK}" if unconfirmed else text


def booklet_source(handbook: Handbook, language: str, generated_at: datetime) -> dict[str, Any]:
    """Exactly what the booklet prints (and embeds): the chosen language's texts and the whole glossary."""
    lang = language
    # Legal notes exist in Thai and English. A coordinator works between Thai and the worker's language, so
    # a Burmese, Khmer or Lao booklet gives the Thai note (the law's own language) with the English beside it.
    legal_lang = "en" if lang == "en" else "th"

    def basis(sections: Any) -> list[dict[str, Any]]:
        return [{"key": s.key, "citation": handbook.citation(s, compact=True),
                 "text": handbook.citation(s, lang), "to_be_confirmed": s.verify} for s in sections]

    parts = []
    for part in (handbook.conduct, handbook.safeguards):
        parts.append({
            "id": part.id,
            "title": part.title[lang],
            "title_en": part.title["en"],
            "intro": part.intro[lang],
            "items": [{"id": item.id, "text": item.text[lang],
                       "translation_to_be_confirmed": lang in item.to_be_confirmed,
                       "legal_basis": basis(item.legal_basis)} for item in part.items],
        })
    glossary = []
    for category, terms in handbook.terms_by_category():
        glossary.append({
            "category": category.id,
            "title": category.title[lang],
            "title_en": category.title["en"],
            "terms": [{
                "id": term.id,
                "term": {code: term.term[code] for code in LANGUAGES},
                "translation_to_be_confirmed": [code for code in LANGUAGES if code in term.to_be_confirmed],
                "legal_basis": basis(term.legal_basis),
                "no_statutory_definition": not term.legal_basis,
                "basis_note": term.basis_note[legal_lang] if term.basis_note else None,
                "basis_note_en": term.basis_note["en"] if term.basis_note and lang not in ("th", "en") else None,
                "basis_note_to_be_confirmed": bool(term.basis_note and term.basis_note_verify),
            } for term in terms],
        })
    return {
        "schema": SCHEMA,
        "kind": "handbook",
        "language": lang,
        "report_number": f"HB-{handbook.version}-{lang.upper()}",
        "generated_at": _iso(generated_at),
        "status": "final",
        "handbook": {
            "version": handbook.version,
            "published": handbook.published.isoformat(),
            "source": handbook.source_name,
            "legal_reference": handbook.legal.source_name,
            "legal_reference_version": handbook.legal.version,
            "title": handbook.title[lang],
            "title_en": handbook.title["en"],
            "subtitle": handbook.subtitle[lang],
            "how_to_use": handbook.label("how_to_use", lang),
            "texts_to_be_confirmed": lang in handbook.to_be_confirmed,
            "labels": {key: handbook.label(key, lang) for key in handbook.labels},
            "parts": parts,
            "laws_cited": [{"code": law.code, "short": law.short.get(lang) or law.short["en"],
                            "title": law.title.get(lang) or law.title["en"]} for law in handbook.laws_cited()],
            "glossary": glossary,
        },
    }


# --------------------------------------------------------------------------- layout


def _numbered(items: list[dict[str, Any]], styles: Styles) -> Table:
    rows = []
    for number, item in enumerate(items, start=1):
        cell: list[Flowable] = [para(_marked(item["text"], item["translation_to_be_confirmed"]), styles.body)]
        if item["legal_basis"]:
            cell.append(para(", ".join(b["citation"] for b in item["legal_basis"]), styles.muted))
        rows.append([para(f"{number}.", styles.body, alignment="right"), cell])
    table = Table(rows, colWidths=[7 * mm, WIDTH - 7 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _heading(title: str, title_en: str, language: str, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), para(title, styles.h1)]
    if language != "en" and title_en != title:
        out.append(para(title_en, styles.h1_en))
    return out


def _glossary_table(category: dict[str, Any], columns: tuple[str, ...], labels: dict[str, str],
                    styles: Styles) -> list[Flowable]:
    terms = category["terms"]
    # A language none of these terms has confirmed is marked once, in its heading.
    whole_column = {code for code in columns
                    if all(code in t["translation_to_be_confirmed"] for t in terms)}
    header = [(_marked(LANGUAGE_NAMES[code][1], code in whole_column),
               LANGUAGE_NAMES[code][0] if LANGUAGE_NAMES[code][1] != LANGUAGE_NAMES[code][0] else "")
              for code in columns]
    header.append((labels["legal_basis"], ""))
    rows = []
    notes: list[str] = []
    for term in terms:
        row: list[Any] = []
        for index, code in enumerate(columns):
            unconfirmed = code in term["translation_to_be_confirmed"] and code not in whole_column
            row.append(para(_marked(term["term"][code], unconfirmed),
                            GLOSSARY_CELL_FIRST if index == 0 else GLOSSARY_CELL))
        legal: list[Flowable] = []
        if term["legal_basis"]:
            legal.append(para(", ".join(b["citation"] for b in term["legal_basis"]), GLOSSARY_LEGAL))
        else:
            legal.append(para(labels["no_statutory_definition"], GLOSSARY_LEGAL))
        if term["basis_note"]:
            note = _marked(term["basis_note"], term["basis_note_to_be_confirmed"])
            if term.get("basis_note_en"):
                note += f" ({term['basis_note_en']})"
            notes.append(f"({len(notes) + 1}) {term['term'][columns[0]]}: {note}")
            legal.append(para(f"({len(notes)})", GLOSSARY_LEGAL, color=ACCENT))
        row.append(legal)
        rows.append(row)
    # A column gets at least its longest word ("multidisciplinary", "non-punishment"), taken from the others.
    language_width = (WIDTH - LEGAL_COLUMN) / len(columns)
    preferred = [language_width] * len(columns) + [LEGAL_COLUMN]
    measured = [[_cell_widths(row[index], preferred[index]) for row in rows] for index in range(len(preferred))]
    heads = [max((ShapedParagraph(text, styles.cell_head).minWidth() for text in header[index] if text), default=0.0)
             for index in range(len(preferred))]
    pad = 2 * CELL_SIDE_PADDING
    needs = [max(head, *(word for word, _ in cells)) + pad for head, cells in zip(heads, measured)]
    wants = [max(whole for _, whole in cells) + pad for cells in measured]
    widths = widths_keeping_words(needs, preferred, wants=wants)
    table = grid_table(header, rows, widths, styles=styles,
                       extra=[("BACKGROUND", (0, 1), (0, -1), ZEBRA_FILL)], zebra=False)
    out: list[Flowable] = [table]
    out.extend(para(note, styles.muted, space_before=1) for note in notes)
    return out


def _cell_widths(cell: Any, preferred: float) -> tuple[float, float]:
    """A glossary cell's longest word, and the width of its whole text where that fits the column's
    preferred width (a term read on one line is found by a PDF search), else 0."""
    word = whole = 0.0
    for part in cell if isinstance(cell, list) else [cell]:
        word = max(word, part.minWidth())
        line = max((line.width for line in wrap(part.text, 10_000.0, part.style.size, part.style.bold)), default=0.0)
        if line + 2 * CELL_SIDE_PADDING <= preferred:
            whole = max(whole, line)
    return word, whole


def build_story(source: dict[str, Any], styles: Styles = BOOKLET_STYLES) -> list[Flowable]:
    book = source["handbook"]
    lang = source["language"]
    labels = book["labels"]
    story: list[Flowable] = [para(book["title"], styles.title)]
    if lang != "en":  # an inspector tells the booklets apart by the English title
        story.append(para(book["title_en"], styles.h1_en))
    story.append(para(book["subtitle"], styles.subtitle))
    story.append(para(f"{labels['edition']} {book['version']} · {fmt.day(book['published'], lang)}", styles.muted))
    story.append(para(book["how_to_use"], styles.body, space_before=6))
    if book["texts_to_be_confirmed"]:
        story.append(para(f"{MARK} {labels['translation_to_be_confirmed']}", styles.muted))
    for part in book["parts"]:
        story += _heading(part["title"], part["title_en"], lang, styles)
        story.append(para(part["intro"], styles.body, color=ACCENT))
        story.append(_numbered(part["items"], styles))

    story.append(PageBreak())
    story += _heading(labels["glossary"], "Glossary", lang, styles)
    columns = (lang, *(code for code in LANGUAGES if code != lang))
    laws = [[para(law["code"], styles.cell_bold), [para(law["title"], styles.cell)]] for law in book["laws_cited"]]
    story.append(para(labels["laws_cited"], styles.h2))
    story.append(grid_table(None, laws, [18 * mm, WIDTH - 18 * mm], styles=styles))
    story.append(para(f"{MARK} {labels['reference_to_be_confirmed']}", styles.muted, space_before=2))
    for category in book["glossary"]:
        story.append(CondPageBreak(60 * mm))  # a category title never ends a page without its first terms
        story.append(para(category["title"], styles.h2, color=ACCENT, space_before=8))
        if lang != "en" and category["title_en"] != category["title"]:
            story.append(para(category["title_en"], styles.h1_en))
        story += _glossary_table(category, columns, labels, styles)
    return story


def build_handbook(language: str = "th", *, generated_at: datetime | None = None,
                   handbook: Handbook | None = None) -> ReportResult:
    """The booklet as PDF bytes (never written here). `language`: my, km, lo, th or en."""
    if language not in BOOKLET_LANGUAGES:
        raise ValidationError(internal(f"No handbook in language {language!r}; use one of {', '.join(BOOKLET_LANGUAGES)}."))
    moment = generated_at or datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValidationError(internal("generated_at must be an aware (UTC) datetime."))
    book = handbook or load_handbook()
    source = booklet_source(book, language, moment)
    digest = source_sha256(source)
    story = build_story(source)
    story.append(verification_block(report_number=source["report_number"], record_id=f"handbook-{book.version}",
                                    sha256=digest, language=language, styles=BOOKLET_STYLES, qr_size=20 * mm,
                                    width=WIDTH))
    decor = PageDecor(
        title=source["handbook"]["title"],
        report_number=book.version,
        generated=fmt.moment(source["generated_at"], language),
        page_label=lambda page, pages: label("page_of", language, page=page, pages=pages),
        report_number_label=source["handbook"]["labels"]["edition"],
        generated_label=label("generated", language),
        page=A5_BOOKLET,
    )
    result = render(story, decor,
                    attachment=Attachment(SOURCE_FILE_NAME, source_bytes(source), "application/json",
                                          "Handbook booklet source data (canonical JSON); its SHA-256 is printed "
                                          "on the last page"),
                    title=f"{source['handbook']['title']} {source['report_number']}", subject="handbook",
                    lang=language)
    return ReportResult(pdf=result.pdf, source=source, sha256=digest, pages=result.pages,
                        suggested_name=f"coordinators-handbook-{book.version}-{language}.pdf")
