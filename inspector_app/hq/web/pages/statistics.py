"""Statistics across all laptops: filters, tables, SVG charts, a CSV per table, the summary PDF.

The numbers come from hq/statistics.py (projection tables), the tables, charts and CSV files from
hq/statistics_tables.py, the PDF from hq/summary_pdf.py (the laptop's summary layout). Filters are
read by hq/statistics_filters.py; a filter that cannot be used is named beside its field and
nothing is counted until it is put right (status 422).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...errors import HQError
from ...models import utcnow
from ...statistics import DUE_DAYS, Filters, statistics
from ...statistics_filters import FilterError, default_filters, parse_filters
from ...statistics_tables import csv_bytes, tables
from ...summary_pdf import province_summary
from ..auth import Refused, Viewer, require
from ..i18n import N_
from ..nav import NavEntry, register
from ..places import districts, place_name, provinces
from ..render import page

router = APIRouter(include_in_schema=False)
Supervisor = Annotated[Viewer, Depends(require("supervisor"))]
register(NavEntry("statistics", "/statistics", N_("Statistics"), "supervisor", 20, "chart"))

BANGKOK = ZoneInfo("Asia/Bangkok")
TABLE_KEY = re.compile(r"^[a-z_]{1,20}$")
# The filter problems statistics_filters.py reports, for the Thai catalogue (same English text).
FILTER_MESSAGES = (
    N_("%(value)s is not a date: write it as 2026-03-05 or as a Thai date such as 5/3/2569."),
    N_("The period ends (%(to)s) before it starts (%(from)s)."),
    N_("There is no province %(value)s: give its DOPA code (two digits, Tak is 63) or its name."),
    N_("Choose the province first; then the district."),
    N_("There is no district %(value)s in province %(province)s: give its DOPA code (four digits, Mae Sot is "
       "6306) or its name."),
)


def _today() -> date:
    return utcnow().astimezone(BANGKOK).date()


def _typed_day(value: date, language: str) -> str:
    """A date as the form shows it: Thai day/month/Buddhist year, or ISO in English."""
    return f"{value.day}/{value.month}/{value.year + 543}" if language == "th" else value.isoformat()


def _read(request: Request, seen: Viewer) -> tuple[Filters | None, dict[str, str], dict[str, str]]:
    """The filters, the values to show in the form, and each field's problem (translated)."""
    q = request.query_params
    typed = {name: (q.get(name) or "")[:120] for name in ("from", "to", "province", "district", "as_of")}
    try:
        filters = parse_filters(typed, _today())
    except FilterError as exc:
        t = seen.translator
        return None, typed, {p.field: t.gettext(p.message, **p.values) for p in exc.problems}
    return filters, typed, {}


def _query(filters: Filters) -> str:
    values = {"from": filters.date_from.isoformat(), "to": filters.date_to.isoformat(),
              "as_of": filters.as_of.isoformat(), "province": filters.province or "", "district": filters.district or ""}
    return urlencode({k: v for k, v in values.items() if v})


def _form_values(filters: Filters, typed: dict[str, str], language: str) -> dict[str, str]:
    shown = {"from": _typed_day(filters.date_from, language), "to": _typed_day(filters.date_to, language),
             "as_of": _typed_day(filters.as_of, language), "province": filters.province or "",
             "district": filters.district or ""}
    return {k: typed.get(k) or shown[k] for k in shown} if typed else shown


@router.get("/statistics")
async def statistics_page(request: Request, seen: Supervisor) -> Response:
    t = seen.translator
    lang = seen.language
    filters, typed, problems = _read(request, seen)
    context: dict[str, Any] = {"problems": problems, "due_days": DUE_DAYS}
    shown_filters = filters or default_filters(_today())
    province = filters.province if filters else None
    if filters is not None:
        stats = await run_in_threadpool(_statistics, request, filters)
        context.update(stats=stats, tables=tables(stats, lang), query=_query(filters),
                       area=_area(filters, lang, t))
        values = _form_values(filters, {}, lang)
    else:
        values = {**_form_values(shown_filters, {}, lang), **{k: v for k, v in typed.items() if v or k in problems}}
        province = (typed.get("province") or "").strip() if (typed.get("province") or "").strip().isdigit() else None
    return page(request, seen, "statistics/index.html", title=t.gettext("Statistics"), current="statistics",
                status=422 if problems else 200, filters=filters, values=values,
                provinces=provinces(lang),
                districts=districts(province, lang) if province and len(province) == 2 else [],
                **context)


def _area(filters: Filters, language: str, t: Any) -> str:
    if filters.district:
        return f"{place_name(filters.district, language)}, {place_name(filters.province, language)}"
    if filters.province:
        return place_name(filters.province, language)
    return t.gettext("All of Thailand")


def _statistics(request: Request, filters: Filters) -> Any:
    with request.app.state.db.read() as conn:
        return statistics(conn, filters)


def _bad_filters(seen: Viewer, problems: dict[str, str]) -> Refused:
    t = seen.translator
    return Refused(422, t.gettext("These filters cannot be used"), " ".join(problems.values()))


def _file_stem(filters: Filters) -> str:
    area = filters.district or filters.province or "TH"
    return f"{area}-{filters.date_from:%Y%m%d}-{filters.date_to:%Y%m%d}"


@router.get("/statistics/{key}.csv")
async def statistics_csv(request: Request, key: str, seen: Supervisor) -> Response:
    t = seen.translator
    filters, _typed, problems = _read(request, seen)
    if filters is None:
        raise _bad_filters(seen, problems)
    found = None
    if TABLE_KEY.match(key):
        stats = await run_in_threadpool(_statistics, request, filters)
        found = next((table for table in tables(stats, seen.language) if table.key == key), None)
    if found is None:
        raise Refused(404, t.gettext("No such table"), t.gettext("The statistics page has no table called %(name)s.",
                                                                 name=key[:40]))
    name = f"statistics-{key}-{_file_stem(filters)}-{seen.language}.csv"
    return Response(csv_bytes(found), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


@router.get("/statistics/summary.pdf")
async def statistics_pdf(request: Request, seen: Supervisor) -> Response:
    t = seen.translator
    filters, _typed, problems = _read(request, seen)
    if filters is None:
        raise _bad_filters(seen, problems)
    if not filters.province:
        raise Refused(422, t.gettext("Choose a province"),
                      t.gettext("The summary report is for one province (or one of its districts). Choose a province "
                                "on the statistics page, then download the report."))

    def build() -> Any:
        with request.app.state.db.read() as conn:
            return province_summary(conn, filters, datetime.now().astimezone())

    try:
        result = await run_in_threadpool(build)
    except HQError as exc:
        raise Refused(422, t.gettext("The report cannot be made"), exc.detail) from None
    return Response(result.pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{result.suggested_name}"',
                             "Cache-Control": "no-store"})
