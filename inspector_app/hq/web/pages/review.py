"""The review queue: submitted inspections by district, age and worst severity (S1 first)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from ...review_queue import SORTS, STATUSES, QueueFilter, read_queue
from ..auth import Viewer, require
from ..i18n import N_
from ..nav import NavEntry, register
from ..places import districts, place_name, provinces
from ..render import page

router = APIRouter(include_in_schema=False)
Supervisor = Annotated[Viewer, Depends(require("supervisor"))]
register(NavEntry("review", "/review", N_("Review queue"), "supervisor", 10, "inbox"))

STATUS_LABELS = {"submitted": N_("Waiting for review"), "returned": N_("Returned"), "approved": N_("Approved"),
                 "draft": N_("Draft"), "completed": N_("Completed")}
SORT_LABELS = {"severity": N_("Worst finding first"), "age": N_("Longest waiting first"),
               "reference": N_("Reference")}
SEVERITY_LABELS = {1: "S1", 2: "S2", 3: "S3", 4: "S4", 5: N_("No findings")}


def parse_filter(request: Request, seen: Viewer) -> tuple[QueueFilter, list[str]]:
    """The queue filter from the address; what cannot be used is named (and left out)."""
    t = seen.translator
    q = request.query_params
    problems: list[str] = []
    status = q.get("status") or "submitted"
    if status not in STATUSES:
        problems.append(t.gettext("There is no status “%(value)s”.", value=status[:40]))
        status = "submitted"
    province = q.get("province") or None
    if province is not None and province not in dict(provinces("en")):
        problems.append(t.gettext("There is no province with code “%(value)s”.", value=province[:40]))
        province = None
    district = q.get("district") or None
    if district is not None:
        if province is None and len(district) == 4 and district[:2] in dict(provinces("en")):
            province = district[:2]
        if province is None or district not in dict(districts(province, "en")):
            problems.append(t.gettext("There is no district with code “%(value)s” in that province.",
                                      value=district[:40]))
            district = None
    severity_text = q.get("severity") or ""
    severity = None
    if severity_text:
        if severity_text.upper() in ("S1", "S2", "S3", "S4"):
            severity = int(severity_text[1])
        elif severity_text == "none":
            severity = 5
        else:
            problems.append(t.gettext("There is no severity “%(value)s” (S1 to S4, or none).", value=severity_text[:40]))
    sort = q.get("sort") or "severity"
    if sort not in SORTS:
        problems.append(t.gettext("The queue cannot be sorted by “%(value)s”.", value=sort[:40]))
        sort = "severity"
    page_text = q.get("page") or "1"
    page_number = int(page_text) if page_text.isdigit() and 0 < len(page_text) < 7 else 0
    if page_number < 1:
        problems.append(t.gettext("“%(value)s” is not a page number.", value=page_text[:40]))
        page_number = 1
    return QueueFilter(status, province, district, severity, sort, page_number), problems


@router.get("/review")
async def queue(request: Request, seen: Supervisor) -> Response:
    t = seen.translator
    wanted, problems = parse_filter(request, seen)
    result = read_queue(request.app.state.db, wanted)
    lang = seen.language

    def link(**changes: object) -> str:
        values: dict[str, object] = {
            "status": wanted.status, "province": wanted.province, "district": wanted.district,
            "severity": {1: "S1", 2: "S2", 3: "S3", 4: "S4", 5: "none"}.get(wanted.severity or 0),
            "sort": wanted.sort, "page": None}
        values.update(changes)
        if values.get("page") == 1:
            values["page"] = None
        return "/review?" + urlencode({k: v for k, v in values.items() if v not in (None, "")})

    return page(request, seen, "review/queue.html", title=t.gettext("Review queue"), current="review",
                status=422 if problems else 200, problems=problems, f=wanted, result=result,
                provinces=provinces(lang), districts=districts(wanted.province, lang) if wanted.province else [],
                place=lambda code: place_name(code, lang), statuses=STATUS_LABELS, sorts=SORT_LABELS,
                severities=SEVERITY_LABELS, link=link)
