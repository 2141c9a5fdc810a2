"""Visual check of the report text engine: one paragraph per script, narrow and wide.

    .venv/bin/python -m tests.reports.demo_text /tmp/text-demo.pdf
    pdftoppm -png -r 80 /tmp/text-demo.pdf /tmp/text-demo

Look for: Burmese tops and Khmer subscripts not clipped by the cell borders, Thai tone
marks stacked over upper vowels, no tofu boxes, Thai lines ending between words.
The test suite builds the same document (tests/reports/test_render.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from inspector_app.reports.fonts import canvas_maker, table_font_commands
from inspector_app.reports.text import ShapedParagraph, TextStyle

SAMPLES: dict[str, str] = {
    "Thai": (
        "ผู้ตรวจแรงงานเข้าตรวจสถานประกอบกิจการ พบว่านายจ้างยึดหนังสือเดินทางของลูกจ้าง"
        "และหักค่าจ้างเกินกว่าที่กฎหมายกำหนด ลูกจ้างทำงานล่วงเวลาโดยไม่ได้รับค่าตอบแทน"
    ),
    "Burmese": (
        "အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားသည်။ ကျွန်ုပ်တို့သည် လစာကို အချိန်မီ မရရှိပါ။ "
        "မြို့ပြင်ရှိ စက်ရုံတွင် အလုပ်လုပ်ကြသည်။"
    ),
    "Khmer": "និយោជកបានរឹបអូសលិខិតឆ្លងដែនរបស់កម្មករ។ ស្ត្រីកម្មករធ្វើការងារលើសម៉ោងដោយមិនបានទទួលប្រាក់ឈ្នួល។",
    "Lao": "ນາຍຈ້າງໄດ້ຍຶດໜັງສືຜ່ານແດນຂອງຄົນງານ ແລະ ຫັກເງິນເດືອນຫຼາຍກວ່າທີ່ກົດໝາຍກຳນົດ.",
    "English": (
        "The employer retained the workers' passports and deducted more from their wages "
        "than the law allows (Labour Protection Act B.E. 2541, section 76)."
    ),
    "Mixed": "วันที่ 5 มีนาคม พ.ศ. 2568 เวลา 10:30 น. ตรวจ Factory ABC Co., Ltd. ลูกจ้าง 125 คน (Myanmar 98, Cambodia 27) ค่าจ้าง 352 บาท/วัน",
}


def build(path: Path) -> Path:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title="Text engine demo",
    )
    label_style = TextStyle(size=9, bold=True)
    body = TextStyle(size=10)
    rows = [
        [ShapedParagraph(name, label_style), ShapedParagraph(text, body)]
        for name, text in SAMPLES.items()
    ]
    narrow = Table(rows, colWidths=[22 * mm, 45 * mm], splitInRow=1)
    narrow.setStyle(
        TableStyle(
            [
                *table_font_commands(),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list = [ShapedParagraph("Narrow table cells — ตารางแคบ", TextStyle(size=12, bold=True, space_after=4))]
    story.append(narrow)
    story.append(Spacer(1, 6 * mm))
    story.append(ShapedParagraph("Full width — เต็มความกว้าง", TextStyle(size=12, bold=True, space_after=4)))
    for name, text in SAMPLES.items():
        story.append(ShapedParagraph(f"{name}: {text}", body, space_after=4))
    story.append(ShapedParagraph("จัดกึ่งกลาง — centred ကျွန်ုပ်", body, alignment="center"))
    story.append(ShapedParagraph("ชิดขวา — right ស្ត្រី", body, alignment="right", color=colors.darkblue))
    doc.build(story, canvasmaker=canvas_maker)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/text-demo.pdf")
    print(build(target))
