"""Pages: Jinja2 templates rendered with the viewer's language, navigation, CSRF token and messages.

Every page is `no-store` (they show inspection data; some show testimony) and carries the
security headers of `security.py`. Messages after a form (PRG) travel as `?msg=KEY` from the
`MESSAGES` table below, never as free text in the URL.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ... import __version__
from ..models import utcnow
from .auth import FORM_COOKIE, Viewer, csrf_field_name
from .i18n import LANGUAGE_NAMES, LANGUAGES, N_
from .nav import entries_for

TEMPLATES = Path(__file__).resolve().parent / "templates"
ASSET_VERSION = __version__

_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

# Messages a page may show after a form sends the browser on (?msg=KEY&ref=...).
MESSAGES: dict[str, tuple[str, str]] = {}  # key -> (English text with %(ref)s / %(name)s, "ok" | "warn")


def message(key: str, text: str, kind: str = "ok") -> None:
    """Register a message pages can show after a redirect (English, marked with N_)."""
    MESSAGES[key] = (text, kind)


message("signed_out", N_("You have signed out."))
message("language", N_("Language changed."))


def _flash(request: Request, seen: Viewer) -> dict[str, str] | None:
    key = request.query_params.get("msg")
    if not key or key not in MESSAGES:
        return None
    text, kind = MESSAGES[key]
    params = {name: request.query_params.get(name, "")[:100] for name in ("ref", "name", "n")}
    return {"text": seen.translator.gettext(text, **params) if "%(" in text else seen.translator.gettext(text),
            "kind": kind}


def page(request: Request, seen: Viewer, template: str, *, title: str, current: str | None = None,
         status: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    t = seen.translator
    html = _env.get_template(template).render(
        request=request, viewer=seen, t=t, _=t.gettext, ngettext=t.ngettext, title=title, current=current,
        nav=entries_for(seen.role) if seen.user is not None else [], csrf=seen.csrf, csrf_field=csrf_field_name(),
        lang=seen.language, languages=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
        flash=context.pop("flash", None) or _flash(request, seen), asset_version=ASSET_VERSION,
        here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        idle_seconds=int(request.app.state.signin.policy.session_idle.total_seconds()),
        now=utcnow(), **context)
    response = HTMLResponse(html, status_code=status, headers=headers)
    if seen.set_form_cookie and seen.form_token:
        response.set_cookie(FORM_COOKIE, seen.form_token, httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")
    return response


def redirect(path: str, *, status: int = 303) -> RedirectResponse:
    return RedirectResponse(path, status_code=status)


def now() -> datetime:
    return utcnow()
