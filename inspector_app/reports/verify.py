"""The verification code of a report: SHA-256 over its source data, and a QR code.

The source data (a JSON-able dict of the exact strings and numbers the report shows) is
serialised once, canonically (`core.types.canonical_json`: sorted keys, no ASCII
escaping, no spaces). Those bytes are embedded in the PDF, and their SHA-256 is printed
on the last page and carried by the QR code, so anyone can check a printed copy against
the file, and the file against the data it claims to show:

    sha256(embedded report-source.json) == the hash printed on the last page
"""

from __future__ import annotations

import hashlib
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable, KeepTogether

from inspector_app.core.types import canonical_json

from .fonts import table_font_commands
from .labels import label
from .layout import CONTENT_WIDTH, RULE, STYLES, Styles, para

__all__ = [
    "QR_PREFIX",
    "SOURCE_FILE_NAME",
    "QrCode",
    "parse_qr_payload",
    "qr_payload",
    "source_bytes",
    "source_sha256",
    "verification_block",
]

SOURCE_FILE_NAME = "report-source.json"
QR_PREFIX = "FIR1"  # Field Inspector report, payload version 1


def source_bytes(source: dict[str, Any]) -> bytes:
    """The canonical UTF-8 JSON of a report's source data (what the PDF embeds)."""
    return canonical_json(source).encode("utf-8")


def source_sha256(source: dict[str, Any]) -> str:
    return hashlib.sha256(source_bytes(source)).hexdigest()


def qr_payload(report_number: str, record_id: str, sha256: str) -> str:
    """What the QR code carries: "FIR1|<report number>|<inspection id or area>|<sha256>"."""
    for part in (report_number, record_id):
        if "|" in part:
            raise ValueError(f"a QR payload field cannot contain '|': {part!r}")
    return f"{QR_PREFIX}|{report_number}|{record_id}|{sha256}"


def parse_qr_payload(payload: str) -> dict[str, str]:
    parts = payload.split("|")
    if len(parts) != 4 or parts[0] != QR_PREFIX:
        raise ValueError("not a Field Inspector report code")
    return {"report_number": parts[1], "id": parts[2], "sha256": parts[3]}


class QrCode(Flowable):
    """A QR code drawn as filled rectangles (one per run of dark modules): fast, no fonts."""

    def __init__(self, payload: str, size: float = 30 * mm) -> None:
        super().__init__()
        import qrcode
        from qrcode.constants import ERROR_CORRECT_M

        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(payload.encode("utf-8"))
        code.make(fit=True)
        self.payload = payload
        self.matrix: list[list[bool]] = code.get_matrix()
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        modules = len(self.matrix)
        step = self.size / modules
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 1) * step
            column = 0
            while column < modules:
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < modules and row[column]:
                    column += 1
                path.rect(start * step, y, (column - start) * step, step)
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def _grouped(sha256: str) -> str:
    # Upper case: in lower case Noto Sans shapes "ff" into a ligature, which copies out as "ﬀ".
    digits = sha256.upper()
    return " ".join(digits[i : i + 16] for i in range(0, len(digits), 16))


def verification_block(
    *,
    report_number: str,
    record_id: str,
    sha256: str,
    language: str,
    styles: Styles = STYLES,
    qr_size: float = 30 * mm,
    width: float = CONTENT_WIDTH,
) -> Flowable:
    """The last-page block: heading, how to verify, the hash, and the QR code (`width`: the frame's)."""
    text = [
        para(label("verification", language), styles.cell_bold),
        para(label("verification_text", language, file=SOURCE_FILE_NAME), styles.small),
    ]
    if language == "th":
        text.append(para(label("verification_text", "en", file=SOURCE_FILE_NAME), styles.cell_en))
    text.append(para(f"{label('report_number', language)} {report_number}", styles.small))
    text.append(para(f"SHA-256 {_grouped(sha256)}", styles.small))
    qr = QrCode(qr_payload(report_number, record_id, sha256), qr_size)
    table = Table([[qr, text]], colWidths=[qr_size + 6, width - qr_size - 6], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return KeepTogether([para("", styles.body, space_before=6), table])
