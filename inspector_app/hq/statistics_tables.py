"""Statistics as tables a person reads (Thai or English), with their SVG chart and their CSV file.

The page, the CSV downloads and the charts all come from `tables(stats, language)`, so a CSV
holds exactly the numbers the page shows. Codes (sector, severity, section, ...) travel in
their own columns beside the labels, so a spreadsheet can be filtered whatever the language.
CSV files are UTF-8 with a byte order mark: Excel then opens Thai correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core.legal import load_legal_reference
from ..i18n.dates import format_date
from ..reports.labels import enum_label
from ..reports.notice_policy import citation
from . import svg
from .statistics import DUE_DAYS, NO_SECTION, SEVERITIES, VISIT_TYPES, Statistics

__all__ = ["LANGUAGES", "StatTable", "csv_bytes", "tables", "text"]

LANGUAGES = ("th", "en")
BOM = "\ufeff"
# svg.PALETTE entries: S1 (possible forced labour) dark red, S2 orange, S3 ochre, S4 (advice) grey-blue;
# an overdue deadline red, one due soon orange.
SEVERITY_LOOKS = {"S1": 3, "S2": 1, "S3": 6, "S4": 5}
OVERDUE_LOOK, DUE_LOOK = 3, 1

TEXT: dict[str, dict[str, str]] = {
    "overview": {"th": "ภาพรวม", "en": "Overview"},
    "measure": {"th": "รายการ", "en": "Measure"},
    "value": {"th": "จำนวน", "en": "Count"},
    "inspections": {"th": "การตรวจ", "en": "Inspections"},
    "establishments": {"th": "สถานประกอบการ", "en": "Establishments"},
    "workers": {"th": "ลูกจ้างในสถานประกอบการที่ตรวจ", "en": "Workers at the establishments inspected"},
    "interviews": {"th": "การสัมภาษณ์ลูกจ้าง", "en": "Worker interviews"},
    "findings": {"th": "ข้อค้นพบ", "en": "Findings"},
    "not_signed_off": {"th": "การตรวจที่ยังไม่ลงนาม", "en": "Inspections not signed off"},
    "by_sector": {"th": "การตรวจจำแนกตามประเภทกิจการและประเภทการตรวจ",
                  "en": "Inspections by sector and visit type"},
    "sector_code": {"th": "รหัสประเภทกิจการ", "en": "Sector code"},
    "sector": {"th": "ประเภทกิจการ", "en": "Sector"},
    "total": {"th": "รวม", "en": "Total"},
    "by_severity": {"th": "ข้อค้นพบจำแนกตามระดับความรุนแรง", "en": "Findings by severity"},
    "severity_code": {"th": "รหัสระดับ", "en": "Severity code"},
    "severity": {"th": "ระดับความรุนแรง", "en": "Severity"},
    "by_section": {"th": "ข้อค้นพบจำแนกตามมาตราที่ฝ่าฝืนและระดับความรุนแรง",
                   "en": "Findings by legal section and severity"},
    "section_code": {"th": "รหัสมาตรา", "en": "Section code"},
    "section": {"th": "มาตรา", "en": "Legal section"},
    "no_section": {"th": "ไม่ระบุมาตรา", "en": "No section given"},
    "by_section_note": {"th": "ข้อค้นพบที่อ้างหลายมาตรานับในแต่ละมาตรา",
                        "en": "A finding citing several sections counts under each."},
    "indicators": {"th": "ตัวบ่งชี้แรงงานบังคับ (ILO)", "en": "Forced-labour indicators (ILO)"},
    "indicator_code": {"th": "รหัสตัวบ่งชี้", "en": "Indicator code"},
    "indicator": {"th": "ตัวบ่งชี้", "en": "Indicator"},
    "workers_reporting": {"th": "ลูกจ้างที่ให้ข้อมูล (การสัมภาษณ์)", "en": "Workers reporting it (interviews)"},
    "findings_on_items": {"th": "ข้อค้นพบในรายการตรวจของตัวบ่งชี้", "en": "Findings on its checklist items"},
    "inspections_with": {"th": "การตรวจที่พบ", "en": "Inspections where found"},
    "referrals": {"th": "การส่งต่อจำแนกตามหน่วยงานและสถานะ", "en": "Referrals by receiving body and status"},
    "referrals_note": {"th": "นับบันทึกการส่งต่อที่เครื่องคอมพิวเตอร์พกพาส่งมา ตามสถานะปัจจุบันของแต่ละรายการ",
                       "en": "Referral records sent by the inspectors' laptops, by each one's current status."},
    "referrals_unrecorded": {
        "th": "ข้อค้นพบ {count} รายการมีสถานะข้อค้นพบเป็น \"ส่งต่อแล้ว\" แต่ส่วนกลางยังไม่ได้รับบันทึกการส่งต่อของรายการเหล่านี้ "
              "(มาจากเครื่องที่ยังไม่ได้ปรับรุ่นโปรแกรม) จึงยังไม่นับในตารางนี้ "
              "จะนับเมื่อเครื่องเหล่านั้นปรับรุ่นและซิงค์แล้ว",
        "en": "Findings marked \"referred\" with no referral record at HQ yet (from laptops not yet updated): "
              "{count}. This table does not count them; they will count once those laptops are updated and sync."},
    "target_code": {"th": "รหัสหน่วยงาน", "en": "Body code"},
    "target": {"th": "หน่วยงานที่รับเรื่อง", "en": "Receiving body"},
    "not_given": {"th": "ไม่ระบุ", "en": "Not given"},
    "status_code": {"th": "รหัสสถานะ", "en": "Status code"},
    "status": {"th": "สถานะ", "en": "Status"},
    "referral_count": {"th": "การส่งต่อ", "en": "Referrals"},
    "follow_ups": {"th": "การติดตามที่ถึงกำหนดและเลยกำหนด", "en": "Follow-ups due and overdue"},
    "follow_ups_note": {"th": "ณ วันที่ {day}: เลยกำหนด = ก่อนวันนั้น; ถึงกำหนด = ภายใน {days} วันนับจากวันนั้น",
                        "en": "On {day}: overdue = before that day; due = within {days} days from it."},
    "kind_code": {"th": "รหัสเรื่อง", "en": "Kind code"},
    "kind": {"th": "เรื่อง", "en": "What"},
    "overdue": {"th": "เลยกำหนด", "en": "Overdue"},
    "due": {"th": "ถึงกำหนดภายใน {days} วัน", "en": "Due within {days} days"},
    "due_list": {"th": "รายการที่เลยกำหนดหรือใกล้ถึงกำหนด (เรียงตามวันที่)", "en": "Overdue and due items, earliest first"},
    "due_list_note": {"th": "แสดง {count} รายการแรก", "en": "The first {count} items."},
    "date": {"th": "วันที่", "en": "Date"},
    "date_iso": {"th": "วันที่ (ISO)", "en": "Date (ISO)"},
    "reference": {"th": "เลขที่การตรวจ", "en": "Inspection reference"},
    "establishment": {"th": "สถานประกอบการ", "en": "Establishment"},
    "finding": {"th": "ข้อค้นพบ", "en": "Finding"},
    "yes": {"th": "ใช่", "en": "Yes"},
    "no": {"th": "ไม่ใช่", "en": "No"},
    "unknown": {"th": "ไม่ทราบ", "en": "Unknown"},
    "none": {"th": "ไม่มีข้อมูลในช่วงนี้", "en": "Nothing recorded for these filters"},
    "visit_type_other": {"th": "อื่น ๆ", "en": "Other"},
}


def text(key: str, language: str, **values: Any) -> str:
    texts = TEXT[key]
    value = texts.get(language) or texts["en"]
    return value.format(**values) if values else value


@dataclass
class StatTable:
    key: str  # also the CSV file's name: statistics-<key>.csv
    title: str
    headers: list[str]
    codes: list[str]  # machine names of the columns (the CSV's second header line is not used: Excel)
    rows: list[list[Any]]
    numeric: set[int] = field(default_factory=set)  # columns that hold counts
    note: str | None = None
    chart: str | None = None  # inline SVG


def _enum(kind: str, code: str | None, language: str) -> str:
    return enum_label(kind, code, language) if code else text("unknown", language)


def _section_name(key: str, language: str) -> str:
    if key == NO_SECTION:
        return text("no_section", language)
    return citation(key, language, load_legal_reference())


def _day(value: date, language: str) -> str:
    return format_date(value, language, "short")


def tables(stats: Statistics, language: str) -> list[StatTable]:
    """Every table of the statistics page, in `language` ("th" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"statistics tables are in Thai or English, not {language!r}")
    t = lambda key, **v: text(key, language, **v)  # noqa: E731 - local shorthand
    out: list[StatTable] = []

    overview_keys = ("inspections", "establishments", "workers", "interviews", "findings", "not_signed_off")
    out.append(StatTable("overview", t("overview"), [t("measure"), t("value")], ["measure", "value"],
                         [[t(k), stats.overview.get(k, 0)] for k in overview_keys], numeric={1}))

    types = [v for v in VISIT_TYPES if any(r["by_visit_type"].get(v) for r in stats.by_sector)]
    others = sorted({v for r in stats.by_sector for v in r["by_visit_type"] if v not in VISIT_TYPES})
    type_labels = [enum_label("visit_type", v, language) for v in types] + [v or t("unknown") for v in others]
    rows = [[r["sector"] or "", _enum("sector", r["sector"], language),
             *[r["by_visit_type"].get(v, 0) for v in [*types, *others]], r["total"]] for r in stats.by_sector]
    sector_table = StatTable("by_sector", t("by_sector"), [t("sector_code"), t("sector"), *type_labels, t("total")],
                             ["sector_code", "sector", *[v or "unknown" for v in [*types, *others]], "total"], rows,
                             numeric=set(range(2, 3 + len(types) + len(others))))
    sector_table.chart = svg.stacked_bar_chart(
        "chart-by-sector", t("by_sector"), [r[1] for r in rows],
        [svg.Series(label, [r[2 + n] for r in rows]) for n, label in enumerate(type_labels)], empty=t("none"))
    out.append(sector_table)

    severity_codes = [*SEVERITIES, *(["unknown"] if stats.severity.get("unknown") else [])]
    rows = [[code, _enum("severity", code, language) if code != "unknown" else t("unknown"),
             stats.severity.get(code, 0)] for code in severity_codes]
    severity_table = StatTable("by_severity", t("by_severity"), [t("severity_code"), t("severity"), t("findings")],
                               ["severity_code", "severity", "findings"], rows, numeric={2})
    severity_table.chart = svg.bar_chart("chart-by-severity", t("by_severity"), [r[1] for r in rows],
                                         [r[2] for r in rows], empty=t("none"))
    out.append(severity_table)

    unknown = any(r["by_severity"].get("unknown") for r in stats.by_section)
    levels = [*SEVERITIES, *(["unknown"] if unknown else [])]
    rows = [[r["section"], _section_name(r["section"], language),
             *[r["by_severity"].get(s, 0) for s in levels], r["total"]] for r in stats.by_section]
    section_table = StatTable("by_section", t("by_section"),
                              [t("section_code"), t("section"), *[s if s != "unknown" else t("unknown") for s in levels],
                               t("total")], ["section_code", "section", *levels, "total"], rows,
                              numeric=set(range(2, 3 + len(levels))), note=t("by_section_note"))
    charted = rows[:15]
    section_table.chart = svg.stacked_bar_chart(
        "chart-by-section", t("by_section"), [r[1] for r in charted],
        [svg.Series(s if s != "unknown" else t("unknown"), [r[2 + n] for r in charted]) for n, s in enumerate(levels)],
        empty=t("none"), looks=[SEVERITY_LOOKS.get(s, 4) for s in levels])
    out.append(section_table)

    rows = [[r["code"], _enum("indicator", r["code"], language), r["workers"], r["findings"], r["inspections"]]
            for r in stats.indicators]
    indicator_table = StatTable("indicators", t("indicators"),
                                [t("indicator_code"), t("indicator"), t("workers_reporting"), t("findings_on_items"),
                                 t("inspections_with")],
                                ["indicator_code", "indicator", "workers", "findings", "inspections"], rows,
                                numeric={2, 3, 4})
    indicator_table.chart = svg.bar_chart("chart-indicators", t("indicators"), [r[1] for r in rows],
                                          [r[4] for r in rows], empty=t("none"), value_name=t("inspections_with"))
    out.append(indicator_table)

    rows = [[r["target"] or "", enum_label("referral_target", r["target"], language) if r["target"] else t("not_given"),
             r["status"], enum_label("referral_status", r["status"], language), r["referrals"], r["inspections"]]
            for r in stats.referrals]
    note = t("referrals_note")
    if stats.referrals_unrecorded:
        note += " " + t("referrals_unrecorded", count=stats.referrals_unrecorded)
    referral_table = StatTable("referrals", t("referrals"),
                               [t("target_code"), t("target"), t("status_code"), t("status"), t("referral_count"),
                                t("inspections_with")],
                               ["target_code", "target", "status_code", "status", "referrals", "inspections"], rows,
                               numeric={4, 5}, note=note)
    referral_table.chart = svg.bar_chart("chart-referrals", t("referrals"), [f"{r[1]} · {r[3]}" for r in rows],
                                         [r[4] for r in rows], empty=t("none"))
    out.append(referral_table)

    rows = [[r["kind"], enum_label("due_kind", r["kind"], language), r["overdue"], r["due"]] for r in stats.follow_ups]
    follow_table = StatTable("follow_ups", t("follow_ups"),
                             [t("kind_code"), t("kind"), t("overdue"), t("due", days=DUE_DAYS)],
                             ["kind_code", "kind", "overdue", "due"], rows, numeric={2, 3},
                             note=t("follow_ups_note", day=_day(stats.filters.as_of, language), days=DUE_DAYS))
    follow_table.chart = svg.stacked_bar_chart(
        "chart-follow-ups", t("follow_ups"), [r[1] for r in rows],
        [svg.Series(t("overdue"), [r[2] for r in rows]), svg.Series(t("due", days=DUE_DAYS), [r[3] for r in rows])],
        empty=t("none"), looks=[OVERDUE_LOOK, DUE_LOOK])
    out.append(follow_table)

    rows = []
    for r in stats.due:
        title = (r["title_th"] or r["title_en"]) if language == "th" else (r["title_en"] or r["title_th"])
        rows.append([r["date"].isoformat(), _day(r["date"], language), enum_label("due_kind", r["kind"], language),
                     r["reference"] or "", r["establishment"] or "", r["severity"] or "", title or "",
                     t("overdue") if r["overdue"] else t("due", days=DUE_DAYS)])
    out.append(StatTable("due_list", t("due_list"),
                         [t("date_iso"), t("date"), t("kind"), t("reference"), t("establishment"), t("severity"),
                          t("finding"), t("status")],
                         ["date_iso", "date", "kind", "reference", "establishment", "severity", "finding", "status"],
                         rows, note=t("due_list_note", count=len(rows))))
    return out


def csv_bytes(table: StatTable) -> bytes:
    """The table as CSV: UTF-8 with a byte order mark, a header line, one line per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows(_plain(row) for row in table.rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(row: Sequence[Any]) -> list[Any]:
    """Cells as written; text that a spreadsheet would run as a formula (a name typed on a laptop
    starting with "=") is written with a leading apostrophe, as OWASP advises for CSV."""
    return ["" if v is None else f"'{v}" if isinstance(v, str) and len(v) > 1 and v.startswith(_FORMULA_START) else v for v in row]
