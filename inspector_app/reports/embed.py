"""Embedding a file in a ReportLab PDF (the report's source data as JSON).

A PDF's text layer is for reading and searching (each shaped run carries its Unicode
text as /ActualText, see `glyphs`), not a record: tools that ignore /ActualText still
read glyphs, and layout is lost. So every report carries the strings it was made from
as a document-level attachment
(PDF 1.7 §7.11.4: an EmbeddedFile stream, a Filespec, and the catalog's /Names
/EmbeddedFiles name tree). ReportLab has no API for this; its low-level PDF objects do
the job. PDF viewers list the file under "Attachments"; pypdf reads it as
`PdfReader(...).attachments[name]`.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

__all__ = ["attach_file"]


def _mime_name(mime: str) -> bytes:
    # A MIME type is a PDF name whose "/" must be written as #2F (PDF 1.7 §7.3.5).
    return b"/" + mime.replace("/", "#2F").encode("ascii")


def attach_file(canvas: Canvas, name: str, data: bytes, *, mime: str = "application/octet-stream",
                description: str = "") -> None:
    """Add `data` as an attachment called `name` to the document the canvas is writing.

    Call before `canvas.save()`. One attachment per document (the name tree is replaced).
    """
    now = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ")
    stream = PDFStream(
        PDFDictionary({
            "Type": PDFName("EmbeddedFile"),
            "Subtype": _mime_name(mime),
            "Params": PDFDictionary({
                "Size": len(data),
                "CheckSum": PDFString(hashlib.md5(data, usedforsecurity=False).digest(), enc="raw"),
                "ModDate": PDFString(now),
            }),
        }),
        content=data,
        filters=[PDFZCompress],
    )
    spec = PDFDictionary({
        "Type": PDFName("Filespec"),
        "F": PDFString(name),
        "UF": PDFString(name),
        "EF": PDFDictionary({"F": stream, "UF": stream}),
        "AFRelationship": PDFName("Source"),
    })
    if description:
        spec["Desc"] = PDFString(description)
    doc = canvas._doc  # noqa: SLF001 - the document object is how ReportLab exposes the catalog
    doc.Catalog.Names = PDFDictionary({
        "EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name), doc.Reference(spec)])}),
    })
    # Associated files (PDF 2.0 / PDF/A-3) point from the catalog to the same Filespec.
    doc.Catalog.AF = PDFArray([doc.Reference(spec)])
    if "AF" not in doc.Catalog.__NoDefault__:
        doc.Catalog.__NoDefault__ = [*doc.Catalog.__NoDefault__, "AF"]
