"""The review queue: submitted inspections by district, age and worst severity (S1 first)."""

from __future__ import annotations

import base64
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from ....i18n.english import count_noun
from ... import reviews
from ...errors import Conflict, NotFound
from ...full_report import build_full_report, build_referral_form
from ...inspection_view import InspectionView, load_inspection
from ...review_queue import SORTS, STATUSES, QueueFilter, read_queue
from ...thumbnails import thumbnail
from ..audit import record_evidence_event
from ..auth import Refused, Viewer, field_text, read_form, require
from ..i18n import N_
from ..labels import LABELS, legal_citation
from ..nav import NavEntry, register
from ..places import districts, place_name, provinces
from ..render import message, page, redirect
from ..testimony import keyring_for, opened

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


# --- one inspection ------------------------------------------------------------------------------

REF = r"^[^\x00-\x1f/]{1,64}$"
DECISION_MAX = 4000
message("approved", N_("Inspection %(ref)s approved. The laptop receives the decision at its next sync."))
message("returned", N_("Inspection %(ref)s returned with your comment. The laptop receives it at its next sync as "
                       "a new draft revision."))


def _inspection_or_404(request: Request, seen: Viewer, inspection_id: str) -> InspectionView:
    if not re.fullmatch(REF, inspection_id):
        raise Refused(404, seen.translator.gettext("No such inspection"),
                      seen.translator.gettext("HQ holds no inspection with this reference or id."))
    try:
        return load_inspection(request.app.state.db, inspection_id)
    except NotFound:
        raise Refused(404, seen.translator.gettext("No such inspection"),
                      seen.translator.gettext("HQ holds no inspection with this reference or id.")) from None


def _inspection_page(request: Request, seen: Viewer, view: InspectionView, *, status: int = 200,
                     decision_error: str | None = None, comment: str = "") -> Response:
    t = seen.translator
    keyring = keyring_for(request, seen)
    interviews: list[tuple[str, dict[str, Any]]] = []
    notes: list[tuple[str, dict[str, Any]]] = []
    complaint_source = None
    referrals = view.referrals()
    if keyring is not None:
        record_evidence_event(request.app.state.db, seen, request, "view", inspection_id=view.id,
                              detail=f"{count_noun(len(view.records('worker_interviews')), 'interview')}, "
                                     f"{count_noun(len(view.records('interpreter_notes')), 'note')}, "
                                     f"{count_noun(len(referrals), 'referral')}")
        interviews = [(i, opened(keyring, "worker_interviews", i, f)) for i, f in view.records("worker_interviews")]
        notes = [(i, opened(keyring, "interpreter_notes", i, f)) for i, f in view.records("interpreter_notes")]
        complaint_source = opened(keyring, "inspections", view.id, view.fields).get("complaint_source")
        referrals = [(i, opened(keyring, "referrals", i, f)) for i, f in referrals]
    lang = seen.language
    est = view.establishment or {}
    return page(request, seen, "review/inspection.html",
                title=t.gettext("Inspection %(ref)s", ref=view.reference), current="review", status=status,
                v=view, est=est, place=lambda code: place_name(code, lang), keyring=keyring is not None,
                interviews=sorted(interviews, key=lambda r: str(r[1].get("worker_code"))),
                notes_by_interview=_group_notes(notes), loose_notes=[n for n in notes if not n[1].get("interview_id")],
                complaint_source=complaint_source, decision_error=decision_error, comment=comment,
                referrals=referrals, finding_titles={i: (f.get("title_th") or f.get("title"), f.get("title_en"))
                                                     for i, f in view.records("findings")},
                statuses=STATUS_LABELS, labels=LABELS, legal=legal_citation, coordinator_name=lambda cid: (
                    view.coordinators.get(cid or "", {}).get("full_name") or ""))


def _group_notes(notes: list[tuple[str, dict[str, Any]]]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    grouped: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for record_id, fields in sorted(notes, key=lambda n: str(n[1].get("noted_at") or "")):
        if fields.get("interview_id"):
            grouped.setdefault(str(fields["interview_id"]), []).append((record_id, fields))
    return grouped


@router.get("/inspections/{inspection_id}")
async def inspection(request: Request, inspection_id: str, seen: Supervisor) -> Response:
    return _inspection_page(request, seen, _inspection_or_404(request, seen, inspection_id))


@router.post("/inspections/{inspection_id}/decision")
async def decide(request: Request, inspection_id: str, seen: Supervisor) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    view = _inspection_or_404(request, seen, inspection_id)
    decision = field_text(form, "decision", 20)
    raw_comment = form.get("comment")
    comment = raw_comment.strip() if isinstance(raw_comment, str) else ""
    if decision not in ("approve", "return"):
        return _inspection_page(request, seen, view, status=422, comment=comment,
                                decision_error=t.gettext("Choose to approve the inspection or to return it."))
    if len(comment) > DECISION_MAX:
        return _inspection_page(request, seen, view, status=422, comment=comment[:DECISION_MAX],
                                decision_error=t.gettext("A comment may have at most %(n)s characters.",
                                                         n=DECISION_MAX))
    if decision == "return" and not comment:
        return _inspection_page(request, seen, view, status=422,
                                decision_error=t.gettext("Say what must change: returning an inspection needs a "
                                                         "comment for the inspector."))
    try:
        outcome = reviews.review(request.app.state.db, view.id, "approved" if decision == "approve" else "returned",
                                 comment or None, seen.user)
    except Conflict:
        fresh = _inspection_or_404(request, seen, inspection_id)
        return _inspection_page(request, seen, fresh, status=409, comment=comment, decision_error=t.gettext(
            "This inspection is no longer waiting for review (it is %(status)s now), so nothing was decided. "
            "Someone may have decided on it a moment ago.", status=t.gettext(STATUS_LABELS.get(fresh.hq_status,
                                                                                              fresh.hq_status))))
    key = "approved" if decision == "approve" else "returned"
    return redirect(f"/review?{urlencode({'msg': key, 'ref': outcome.reference})}")


def _attachment(view: InspectionView, attachment_id: str) -> dict[str, Any] | None:
    return next((f for i, f in view.records("attachments") if i == attachment_id), None)


@router.get("/inspections/{inspection_id}/photos/{attachment_id}/thumbnail")
async def photo_thumbnail(request: Request, inspection_id: str, attachment_id: str, seen: Supervisor) -> Response:
    view = _inspection_or_404(request, seen, inspection_id)
    found = _attachment(view, attachment_id)
    sha = str(found.get("sha256")) if found else ""
    data = thumbnail(request.app.state.storage, sha) if found and len(sha) == 64 else None
    if data is None:
        raise HTTPException(404)
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": "private, no-store"})


@router.get("/inspections/{inspection_id}/photos/{attachment_id}")
async def photo(request: Request, inspection_id: str, attachment_id: str, seen: Supervisor) -> Response:
    view = _inspection_or_404(request, seen, inspection_id)
    found = _attachment(view, attachment_id)
    storage = request.app.state.storage
    sha = str(found.get("sha256")) if found else ""
    mime = str(found.get("mime") or "") if found else ""
    if not found or len(sha) != 64 or not mime.startswith("image/") or not storage.has(sha):
        raise HTTPException(404)
    safe_mime = mime if mime in ("image/jpeg", "image/png", "image/webp", "image/gif") else "application/octet-stream"
    return Response(storage.read(sha), media_type=safe_mime,
                    headers={"Cache-Control": "private, no-store", "Content-Disposition": "inline"})


@router.get("/inspections/{inspection_id}/signatures/{signature_id}")
async def signature_image(request: Request, inspection_id: str, signature_id: str, seen: Supervisor) -> Response:
    view = _inspection_or_404(request, seen, inspection_id)
    found = next((f for i, f in view.records("signatures") if i == signature_id), None)
    try:
        data = base64.b64decode(found.get("image_png") or "", validate=True) if found else b""
    except ValueError:
        data = b""
    if not data.startswith(b"\x89PNG"):
        raise HTTPException(404)
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, no-store"})


@router.get("/inspections/{inspection_id}/report.pdf")
async def full_report(request: Request, inspection_id: str, seen: Supervisor) -> Response:
    view = _inspection_or_404(request, seen, inspection_id)
    keyring = keyring_for(request, seen)
    db = request.app.state.db
    if keyring is not None:
        record_evidence_event(db, seen, request, "report", inspection_id=view.id, detail="full report with testimony")
    result = await run_in_threadpool(build_full_report, db, request.app.state.storage, view.id, keyring=keyring)
    return Response(result.pdf, media_type="application/pdf", headers={
        "Cache-Control": "no-store", "Content-Disposition": f'inline; filename="{result.suggested_name}"',
        "X-Report-SHA256": result.sha256})


@router.get("/inspections/{inspection_id}/referrals/{referral_id}/form.pdf")
async def referral_form(request: Request, inspection_id: str, referral_id: str, seen: Supervisor) -> Response:
    """The referral form for the receiving team, built at HQ like the laptop's. It carries the coded workers'
    interview summaries, so it is made only with the evidence unlocked (and the making is logged)."""
    t = seen.translator
    view = _inspection_or_404(request, seen, inspection_id)
    if referral_id not in {i for i, _ in view.records("referrals")}:
        raise Refused(404, t.gettext("No such referral"),
                      t.gettext("This inspection has no referral with that id at HQ."))
    keyring = keyring_for(request, seen)
    if keyring is None:
        raise Refused(403, t.gettext("Unlock the evidence first"),
                      t.gettext("The referral form carries the workers' interview summaries for the receiving "
                                "team, so HQ makes it only while the evidence is unlocked for your session. Unlock "
                                "it on the inspection page, then download the form again."))
    db = request.app.state.db
    record_evidence_event(db, seen, request, "report", inspection_id=view.id, detail=f"referral form {referral_id}")
    result = await run_in_threadpool(build_referral_form, db, request.app.state.storage, view.id, referral_id,
                                     keyring=keyring)
    return Response(result.pdf, media_type="application/pdf", headers={
        "Cache-Control": "no-store", "Content-Disposition": f'inline; filename="{result.suggested_name}"',
        "X-Report-SHA256": result.sha256})
