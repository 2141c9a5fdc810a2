"""Conflicts: the records waiting for a supervisor, each version beside HQ's field by field, and the decision.

The page is a view of hq/conflicts.py (what is open, the comparison) and a form for hq/resolve.py (the
decision). Sealed testimony shows sealed unless this session unlocked the evidence; opened values are
only rendered (and the view logged), never stored.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from ...conflicts import AlreadyResolved, Comparison, compare, open_versions, recent_resolutions, record_of_version
from ...errors import Conflict, Invalid, NotFound
from ...resolve import reject, resolve
from ..audit import record_evidence_event
from ..auth import Refused, Viewer, field_text, read_form, require
from ..field_names import field_label, kind_label, shown
from ..i18n import N_
from ..nav import NavEntry, register
from ..render import message, page, redirect
from ..testimony import keyring_for

router = APIRouter(include_in_schema=False)
Supervisor = Annotated[Viewer, Depends(require("supervisor"))]
register(NavEntry("conflicts", "/conflicts", N_("Conflicts"), "supervisor", 30, "merge"))
NOTE_MAX = 2000
message("resolved", N_("Saved. HQ now holds revision %(n)s of %(ref)s; the laptop that owns it receives it at its next "
                       "sync."))
message("accepted", N_("Proposal accepted: HQ now holds revision %(n)s of %(ref)s; the laptop that owns it receives it "
                       "at its next sync."))
message("rejected", N_("Proposal for %(ref)s rejected; HQ's record stays as it was."))
KIND_NAMES = {"stale": N_("Conflict"), "proposal": N_("Proposal")}


@router.get("/conflicts")
async def conflicts_list(request: Request, seen: Supervisor) -> Response:
    t = seen.translator
    db = request.app.state.db
    return page(request, seen, "conflicts/list.html", title=t.gettext("Conflicts"), current="conflicts",
                items=open_versions(db), decided=recent_resolutions(db, 15), kinds=KIND_NAMES,
                kind_label=lambda entity: kind_label(t, entity), field_label=lambda name: field_label(t, name))


def _version_id(seen: Viewer, text: str) -> int:
    if not text.isdigit() or len(text) > 12:
        raise _missing(seen)
    return int(text)


def _missing(seen: Viewer) -> Refused:
    t = seen.translator
    return Refused(404, t.gettext("No such conflict"),
                   t.gettext("HQ keeps no version with this number. It may have been settled already: see the list "
                             "of conflicts."))


def _comparison(request: Request, seen: Viewer, version_id: int) -> tuple[Comparison, bool]:
    """The comparison (sealed values opened when this session unlocked the evidence), and whether they were."""
    db = request.app.state.db
    try:
        record_id = record_of_version(db, version_id)
        keyring = keyring_for(request, seen)
        comparison = compare(db, record_id, version_id=version_id, keyring=keyring)
    except NotFound:
        raise _missing(seen) from None
    sealed = [d.name for d in comparison.differing if d.sealed]
    if keyring is not None and sealed:
        record_evidence_event(db, seen, request, "view", inspection_id=comparison.inspection_id,
                              detail=f"conflict {version_id}: {', '.join(sealed)}"[:200])
    return comparison, keyring is not None


def _compare_page(request: Request, seen: Viewer, c: Comparison, opened: bool, *, status: int = 200,
                  chosen: dict[str, str] | None = None, missing: tuple[str, ...] = (), error: str | None = None,
                  note: str = "") -> Response:
    t = seen.translator
    if chosen is None:  # a proposal keeps HQ's values unless a field is taken; a conflict needs every choice
        chosen = {d.name: "hq" for d in c.differing} if c.kind == "proposal" else {}
    kind = t.gettext(KIND_NAMES.get(c.kind, c.kind))
    title = f"{kind}: {kind_label(t, c.entity)}" + (f" “{c.name}”" if c.name else "")
    return page(request, seen, "conflicts/compare.html", title=title, current="conflicts", status=status, c=c,
                opened=opened, chosen=chosen, missing=missing, error=error, note=note, kind=kind,
                kind_label=kind_label(t, c.entity), field_label=lambda name: field_label(t, name),
                show=lambda name, value: shown(t, c.entity, name, value),
                lang_of=lambda name, side: _script(c, name, side))


# The field of a record that says which language a testimony field is written in.
_LANGUAGE_OF = {"notes_original": "notes_language", "notes_translation": "translation_language",
                "original": "source_language", "translation": "target_language"}


def _script(c: Comparison, name: str, side: int) -> str:
    """The language a value is written in, for its `lang` (and so its font), when the record says."""
    fields = c.hq_fields if side == 0 else c.their_fields
    code = fields.get(_LANGUAGE_OF.get(name, ""))
    return code if isinstance(code, str) and code.isalpha() and len(code) <= 8 else ""


@router.get("/conflicts/{version}")
async def conflict_page(request: Request, version: str, seen: Supervisor) -> Response:
    version_id = _version_id(seen, version)
    try:
        comparison, opened = _comparison(request, seen, version_id)
    except AlreadyResolved as exc:
        return _settled_page(request, seen, exc)
    return _compare_page(request, seen, comparison, opened)


def _settled_page(request: Request, seen: Viewer, exc: Conflict, status: int = 200) -> Response:
    t = seen.translator
    return page(request, seen, "conflicts/settled.html", title=t.gettext("Already decided"), current="conflicts",
                status=status, detail=exc.detail)


def _choices(form: FormData, c: Comparison) -> dict[str, str]:
    chosen = {}
    for d in c.differing:
        side = field_text(form, f"take.{d.name}", 10)
        if side in ("hq", "theirs"):
            chosen[d.name] = side
    return chosen


def _expected_rev(form: FormData) -> int | None:
    text = field_text(form, "hq_rev", 12)
    return int(text) if text.isdigit() else None


@router.post("/conflicts/{version}")
async def decide(request: Request, version: str, seen: Supervisor) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    version_id = _version_id(seen, version)
    try:
        c, opened = _comparison(request, seen, version_id)
    except AlreadyResolved as exc:
        return _settled_page(request, seen, exc, status=409)
    chosen = _choices(form, c)
    note = field_text(form, "note", NOTE_MAX + 1)
    if len(note) > NOTE_MAX:
        return _compare_page(request, seen, c, opened, status=422, chosen=chosen, note=note[:NOTE_MAX],
                             error=t.gettext("A note may have at most %(n)s characters.", n=NOTE_MAX))
    missing = tuple(d.name for d in c.differing if d.name not in chosen)
    if c.kind == "stale" and missing:
        return _compare_page(request, seen, c, opened, status=422, chosen=chosen, missing=missing, note=note,
                             error=t.gettext("Choose HQ's value or the other version's for every field that "
                                             "differs. Not chosen yet: %(fields)s.",
                                             fields=", ".join(field_label(t, n) for n in missing)))
    if c.kind == "proposal" and not any(side == "theirs" for side in chosen.values()):
        return _compare_page(request, seen, c, opened, status=422, chosen=chosen, note=note, error=t.gettext(
            "Nothing is taken from this proposal. Choose the fields to accept, or reject the proposal."))
    try:
        done = resolve(request.app.state.db, c.entity_id, chosen, seen.user, version_id=version_id,
                       rest="hq" if c.kind == "proposal" else None, expected_hq_rev=_expected_rev(form),
                       note=note or None)
    except AlreadyResolved as exc:
        return _settled_page(request, seen, exc, status=409)
    except (Conflict, Invalid) as exc:
        return _moved(request, seen, version_id, exc, chosen, note)
    return redirect(f"/conflicts?{urlencode({'msg': done.outcome, 'ref': _ref(t, c), 'n': done.rev})}")


@router.post("/conflicts/{version}/reject")
async def reject_proposal(request: Request, version: str, seen: Supervisor) -> Response:
    form = await read_form(request, seen)
    t = seen.translator
    version_id = _version_id(seen, version)
    try:
        c, opened = _comparison(request, seen, version_id)
    except AlreadyResolved as exc:
        return _settled_page(request, seen, exc, status=409)
    if c.kind != "proposal":
        return _compare_page(request, seen, c, opened, status=422, error=t.gettext(
            "A conflict is not rejected: choose HQ's value or the other version's for each field."))
    note = field_text(form, "note", NOTE_MAX)
    try:
        reject(request.app.state.db, c.entity_id, seen.user, version_id=version_id,
               expected_hq_rev=_expected_rev(form), note=note or None)
    except AlreadyResolved as exc:
        return _settled_page(request, seen, exc, status=409)
    except (Conflict, Invalid) as exc:
        return _moved(request, seen, version_id, exc, {}, note)
    return redirect(f"/conflicts?{urlencode({'msg': 'rejected', 'ref': _ref(t, c)})}")


def _moved(request: Request, seen: Viewer, version_id: int, exc: Any, chosen: dict[str, str], note: str) -> Response:
    """HQ's record changed since the page was shown (or the decision cannot stand): show it afresh."""
    t = seen.translator
    try:
        fresh, opened = _comparison(request, seen, version_id)
    except AlreadyResolved as settled:
        return _settled_page(request, seen, settled, status=409)
    if getattr(exc, "code", "") == "record_moved":
        error = t.gettext("HQ's copy of this record changed while you were deciding (it is at revision %(n)s now). "
                          "Nothing was saved: look at the values again and choose.", n=fresh.hq_rev)
    else:
        error = t.gettext("HQ could not save this decision: %(reason)s", reason=exc.detail)
    return _compare_page(request, seen, fresh, opened, status=409, chosen=chosen, note=note, error=error)


def _ref(t: Any, c: Comparison) -> str:
    """The record as the message after the decision names it (the message carries at most 100 characters)."""
    where = f" ({c.inspection_reference})" if c.inspection_reference and c.entity != "inspections" else ""
    kind = kind_label(t, c.entity)
    room = 100 - len(kind) - len(where) - 4
    name = c.name or ""
    if len(name) > room:
        name = name[:max(room - 1, 0)] + "…"
    return f"{kind} “{name}”{where}" if name else f"{kind}{where}"
