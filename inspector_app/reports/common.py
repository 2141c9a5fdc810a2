"""Pieces several report kinds share: page furniture, photos, signatures, the build."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from . import fmt
from .data import SourceBundle
from .fonts import table_font_commands
from .labels import enum_label, label
from .layout import (
    CONTENT_WIDTH,
    RULE,
    STYLES,
    Attachment,
    PageDecor,
    RenderResult,
    Styles,
    para,
    render,
)
from .photos import DEFAULT_MAX_PIXELS, Photo, PhotoCache, shared_cache
from .verify import SOURCE_FILE_NAME, source_bytes, verification_block

__all__ = ["BuildContext", "finish", "photo_flowable", "photo_grid", "signature_table"]


@dataclass
class BuildContext:
    """What a story builder needs besides the source dict."""

    load_attachment: Callable[[str], bytes] | None = None  # sha256 -> plaintext bytes
    photo_cache: PhotoCache = field(default_factory=shared_cache)
    styles: Styles = STYLES
    photo_pixels: int = DEFAULT_MAX_PIXELS
    # (sha256, longest side) -> the photo at that size, e.g. its stored report copy; else load_attachment's
    # bytes are downscaled here.
    load_photo: Callable[[str, int], Photo] | None = None

    def photo(self, sha256: str) -> Photo | None:
        load_photo, load_attachment, pixels = self.load_photo, self.load_attachment, self.photo_pixels
        try:
            if load_photo is not None:
                return self.photo_cache.get_photo(sha256, lambda: load_photo(sha256, pixels), pixels)
            if load_attachment is None:
                return None
            return self.photo_cache.get(sha256, lambda: load_attachment(sha256), pixels)
        except (ValueError, OSError):
            return None
        except Exception as exc:  # noqa: BLE001 - a missing or damaged file must not stop the report
            from inspector_app.core.errors import InspectorError

            if isinstance(exc, InspectorError):
                return None
            raise


class JpegImage(Flowable):
    """A JPEG placed in the PDF as is (DCTDecode), named by its digest so repeats are stored once.

    ReportLab's Image flowable decodes a JPEG given as bytes to RGB just to name it; with
    40 photos that doubles the build time.
    """

    def __init__(self, photo: Photo, width: float, height: float) -> None:
        super().__init__()
        self.photo = photo
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.pdfbase.pdfdoc import PDFImageXObject

        canvas = self.canv
        doc = canvas._doc  # noqa: SLF001 - XObjects are registered on the document, as drawImage does
        name = "photo" + (self.photo.digest or hashlib.sha256(self.photo.jpeg).hexdigest())[:32]
        registered = doc.getXObjectName(name)
        if registered not in doc.idToObject:
            image = PDFImageXObject(name)
            if not image.loadImageFromJPEG(io.BytesIO(self.photo.jpeg)):
                raise ValueError("downscaled photo is not a JPEG")
            canvas._setXObjects(image)  # noqa: SLF001
            doc.Reference(image, registered)
            doc.addForm(name, image)
        canvas._currentPageHasImages = 1  # noqa: SLF001
        canvas.saveState()
        canvas.scale(self.width, self.height)
        canvas._code.append(f"/{registered} Do")  # noqa: SLF001
        canvas.restoreState()
        canvas._formsinuse.append(name)  # noqa: SLF001


def photo_flowable(photo: Photo, max_width: float, max_height: float) -> JpegImage:
    scale = min(max_width / photo.width, max_height / photo.height)
    return JpegImage(photo, photo.width * scale, photo.height * scale)


def photo_grid(entries: Sequence[dict[str, Any]], ctx: BuildContext, *, columns: int = 2,
               width: float = CONTENT_WIDTH, max_height: float = 62 * mm, language: str = "th") -> Table | None:
    """Photos with captions in a grid; a photo missing from this laptop says so in its cell."""
    styles = ctx.styles
    images = [e for e in entries if str(e.get("mime", "")).startswith("image/")]
    if not images:
        return None
    cell_width = width / columns
    cells: list[list[Flowable]] = []
    for entry in images:
        photo = ctx.photo(entry["sha256"])
        content: list[Flowable] = []
        if photo is None:
            content.append(para(label("photo_missing", language), styles.muted, alignment="center"))
        else:
            content.append(photo_flowable(photo, cell_width - 8, max_height))
        caption = entry.get("caption") or entry.get("name") or ""
        content.append(para(caption, styles.small, alignment="center"))
        content.append(para(f"SHA-256 {entry['sha256'][:16]}…", styles.cell_en, alignment="center"))
        cells.append(content)
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] = rows[-1] + [[]] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[cell_width] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def signature_table(signatures: Sequence[dict[str, Any]], images: dict[str, bytes], styles: Styles = STYLES,
                    *, blank_roles: Sequence[tuple[str, str]] = ()) -> Table:
    """One column per signature: image, name, role, date.

    `blank_roles` ((Thai, English) role names) get an empty line to sign on paper.
    """
    from .photos import downscale

    columns: list[list[Flowable]] = []
    for entry in signatures:
        content: list[Flowable] = []
        png = images.get(entry.get("image_sha256") or "")
        if png:
            try:
                content.append(photo_flowable(downscale(png, 480), 50 * mm, 17 * mm))
            except ValueError:
                pass
        content.append(para(f"({entry.get('signer_name') or ''})", styles.cell, alignment="center"))
        role = entry.get("role")
        content.append(para(enum_label("signature_role", role, "th"), styles.cell_bold, alignment="center"))
        content.append(para(enum_label("signature_role", role, "en"), styles.cell_en, alignment="center"))
        if entry.get("signed_at"):
            content.append(para(fmt.moment(entry["signed_at"]), styles.cell_en, alignment="center"))
        columns.append(content)
    for th, en in blank_roles:
        columns.append([
            para("", styles.cell, space_before=16 * mm),
            para("(........................................................)", styles.cell, alignment="center"),
            para(th, styles.cell_bold, alignment="center"),
            para(en, styles.cell_en, alignment="center"),
        ])
    if not columns:
        columns.append([para(label("not_signed", "th"), styles.muted)])
    per_row = 3
    rows = [columns[i : i + per_row] for i in range(0, len(columns), per_row)]
    if len(rows[-1]) < per_row and len(rows) > 1:
        rows[-1] = rows[-1] + [[]] * (per_row - len(rows[-1]))
    width = CONTENT_WIDTH / max(1, min(per_row, len(columns)))
    table = Table(rows, colWidths=[width] * len(rows[0]), hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.35, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _draft_mark(language: str) -> tuple[str, str]:
    word = label("draft", language)
    english = label("draft", "en")
    return (word if word == english else f"{word} · {english}"), label("draft_note", language)


def finish(
    bundle: SourceBundle,
    story: list[Flowable],
    *,
    title: str,
    record_id: str,
    language: str,
    confidential: bool | str = False,
    styles: Styles = STYLES,
    qr_size: float = 30 * mm,
    continued: bool = False,
) -> tuple[RenderResult, str]:
    """Add the verification block, lay out the pages, embed the source; returns (result, sha256).

    A source whose "status" is "draft" gets the DRAFT watermark on every page; `continued`
    prints "continued overleaf" at the foot of every page but the last.
    """
    source = bundle.source
    payload = source_bytes(source)
    digest = hashlib.sha256(payload).hexdigest()  # verify.source_sha256, without encoding a large source twice
    story = [*story, verification_block(report_number=source["report_number"], record_id=record_id,
                                        sha256=digest, language=language, styles=styles, qr_size=qr_size)]
    page_language = language
    decor = PageDecor(
        title=title,
        report_number=source["report_number"],
        generated=fmt.moment(source["generated_at"], page_language),
        page_label=lambda page, pages: label("page_of", page_language, page=page, pages=pages),
        report_number_label=label("report_number", page_language),
        generated_label=label("generated", page_language),
        confidential=(confidential if isinstance(confidential, str)
                      else label("confidential", page_language) if confidential else None),
        draft=_draft_mark(page_language) if source.get("status") == "draft" else None,
        continued=label("continued_overleaf", page_language) if continued else None,
    )
    result = render(
        story,
        decor,
        attachment=Attachment(SOURCE_FILE_NAME, payload, "application/json",
                              "Report source data (canonical JSON); its SHA-256 is printed on the last page"),
        title=f"{title} {source['report_number']}",
        subject=source["kind"],
        lang=language,
    )
    return result, digest
