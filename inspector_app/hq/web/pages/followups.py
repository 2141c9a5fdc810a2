"""Follow-ups across every laptop: open findings whose correction deadline is past or near, and planned
follow-up visits not yet made, by district, with a CSV of the whole list. Data: hq/followup_list.py."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from ...followup_list import (
    DEFAULT_WINDOW,
    KINDS,
    MAX_PAGE,
    SEVERITIES,
    WINDOWS,
    DueRow,
    FollowUpFilter,
    read_all,
    read_page,
)
from ...models import utcnow
from ...statistics_tables import BOM
from ..auth import Refused, Viewer, require
from ..i18n import N_, Translator
from ..labels import LABELS
from ..nav import NavEntry, register
from ..places import districts, place_name, provinces
from ..render import page
from .review import STATUS_LABELS
from .statistics import BANGKOK

router = APIRouter(include_in_schema=False)
Supervisor = Annotated[Viewer, Depends(require("supervisor"))]
register(NavEntry("followups", "/follow-ups", N_("Follow-ups"), "supervisor", 25, "calendar"))

KIND_LABELS = {"findings": N_("Correction deadlines"), "visits": N_("Planned follow-up visits")}
# Short, to fit the select at 1366 px in Thai too; the hint says that overdue items are always in.
WINDOW_LABELS = {"overdue": N_("Overdue only"), "7": N_("Within 7 days"), "30": N_("Within 30 days"),
                 "90": N_("Within 90 days")}


def _today() -> date:
    """Overdue is judged on Bangkok's date."""
    return utcnow().astimezone(BANGKOK).date()


def parse_filter(request: Request, seen: Viewer) -> tuple[FollowUpFilter, list[str]]:
    """The filter from the address; what cannot be used is named (and left out)."""
    t = seen.translator
    q = request.query_params
    problems: list[str] = []
    kind = q.get("kind") or "findings"
    if kind not in KINDS:
        problems.append(t.gettext("There is no list “%(value)s”.", value=kind[:40]))
        kind = "findings"
    window = q.get("window") or DEFAULT_WINDOW
    if window not in WINDOWS:
        problems.append(t.gettext("“%(value)s” is not one of the periods offered.", value=window[:40]))
        window = DEFAULT_WINDOW
    known_provinces = dict(provinces("en"))
    province = q.get("province") or None
    if province is not None and province not in known_provinces:
        problems.append(t.gettext("There is no province with code “%(value)s”.", value=province[:40]))
        province = None
    district = q.get("district") or None
    if district is not None:
        if province is None and len(district) == 4 and district[:2] in known_provinces:
            province = district[:2]
        if province is None or district not in dict(districts(province, "en")):
            problems.append(t.gettext("There is no district with code “%(value)s” in that province.",
                                      value=district[:40]))
            district = None
    severity = (q.get("severity") or "").upper() or None
    if severity is not None and severity not in SEVERITIES:
        problems.append(t.gettext("There is no severity “%(value)s” (S1 to S4).", value=severity[:40]))
        severity = None
    page_text = q.get("page") or "1"
    number = int(page_text) if page_text.isdigit() and len(page_text) < 7 else 0
    if not 0 < number <= MAX_PAGE:
        problems.append(t.gettext("“%(value)s” is not a page number.", value=page_text[:40]))
        number = 1
    return FollowUpFilter(kind, window, province, district, severity if kind == "findings" else None, number), problems


def _address(wanted: FollowUpFilter, **changes: object) -> str:
    values: dict[str, object] = {"kind": wanted.kind, "window": wanted.window, "province": wanted.province,
                                 "district": wanted.district, "severity": wanted.severity, "page": None}
    values.update(changes)
    if values.get("page") == 1:
        values["page"] = None
    if values.get("kind") == "findings":
        values["kind"] = None
    if values.get("window") == DEFAULT_WINDOW:
        values["window"] = None
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def _read(request: Request, wanted: FollowUpFilter):  # noqa: ANN202 - the page's data, off the event loop
    with request.app.state.db.read() as conn:
        return read_page(conn, wanted, _today())


@router.get("/follow-ups")
async def followups(request: Request, seen: Supervisor) -> Response:
    t = seen.translator
    lang = seen.language
    wanted, problems = parse_filter(request, seen)
    result = await run_in_threadpool(_read, request, wanted)
    return page(request, seen, "followups/list.html", title=t.gettext("Follow-ups"), current="followups",
                status=422 if problems else 200, problems=problems, f=wanted, result=result, today=_today(),
                provinces=provinces(lang), districts=districts(wanted.province, lang) if wanted.province else [],
                place=lambda code: place_name(code, lang), kinds=KIND_LABELS, windows=WINDOW_LABELS,
                severities=SEVERITIES, statuses=STATUS_LABELS, labels=LABELS,
                link=lambda **changes: "/follow-ups?" + _address(wanted, **changes),
                csv_link="/follow-ups.csv?" + _address(wanted, page=None))


def _csv_lines(request: Request, wanted: FollowUpFilter, t: Translator) -> Iterator[bytes]:
    lang = t.language
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    finding = wanted.kind == "findings"
    writer.writerow([t.gettext("Correction deadline") if finding else t.gettext("Follow-up visit planned for"),
                     t.gettext("Days overdue"), t.gettext("Reference"),
                     *([t.gettext("Severity"), t.gettext("Finding"), t.gettext("Last follow-up")] if finding
                       else [t.gettext("Visit"), t.gettext("Open findings")]),
                     t.gettext("Establishment"), t.gettext("District"), t.gettext("Province"),
                     t.gettext("Inspection status"), t.gettext("Laptop"), t.gettext("Inspection id")])
    yield BOM.encode("utf-8") + _drain(buffer)
    with request.app.state.db.read() as conn:
        for n, row in enumerate(read_all(conn, wanted, _today()), start=1):
            writer.writerow(_csv_row(row, finding, lang, t))
            if n % 500 == 0:
                yield _drain(buffer)
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> bytes:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """Text a spreadsheet would run as a formula (typed on a laptop) gets a leading apostrophe (OWASP)."""
    if value is None:
        return ""
    return f"'{value}" if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_START) else value


def _csv_row(row: DueRow, finding: bool, lang: str, t: Translator) -> list[object]:
    status = t.gettext(STATUS_LABELS[row.inspection_status]) if row.inspection_status in STATUS_LABELS \
        else row.inspection_status
    what = ([row.severity, t.pick(row.title_th, row.title_en),
             LABELS("verification_outcome", row.last_outcome, lang) if row.last_outcome else ""] if finding
            else [row.visit_date.isoformat() if row.visit_date else "", row.open_findings])
    return [_cell(v) for v in (row.due.isoformat(), row.days_overdue, row.reference, *what, row.establishment,
                               place_name(row.district_code, lang), place_name(row.province_code, lang), status,
                               row.laptop, row.inspection_id)]


@router.get("/follow-ups.csv")
async def followups_csv(request: Request, seen: Supervisor) -> Response:
    wanted, problems = parse_filter(request, seen)
    if problems:
        raise Refused(422, seen.translator.gettext("These filters cannot be used"), " ".join(problems))
    area = wanted.district or wanted.province or "TH"
    name = f"follow-ups-{wanted.kind}-{area}-{_today():%Y%m%d}-{seen.language}.csv"
    return StreamingResponse(_csv_lines(request, wanted, seen.translator), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"',
                                      "Cache-Control": "no-store"})
