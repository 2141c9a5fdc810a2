"""The supervisors' workspace: HQ's pages for people, served by `inspector-hq serve` beside the API.

Server-rendered HTML (Jinja2), a small script of our own for progressive enhancement,
every asset (CSS, script, icons, fonts) served by HQ itself: it runs on an intranet
without internet. Thai and English. See README.md in this folder for how to add a page.
"""

from __future__ import annotations

from importlib import import_module

from fastapi import FastAPI

from .errors import install_page_errors
from .security import SecurityHeaders

# Page modules, each with a `router` (and nav entries registered at import). Add yours here.
PAGES = (
    "inspector_app.hq.web.pages.static",
    "inspector_app.hq.web.pages.signin",
    "inspector_app.hq.web.pages.review",
    "inspector_app.hq.web.pages.statistics",
    "inspector_app.hq.web.pages.followups",
    "inspector_app.hq.web.pages.evidence",
    "inspector_app.hq.web.pages.conflicts",
    "inspector_app.hq.web.pages.admin",
)


def install(app: FastAPI) -> None:
    """Add the workspace to the HQ app (after the API's routes and error handlers)."""
    for name in PAGES:
        app.include_router(import_module(name).router)
    install_page_errors(app)
    app.add_middleware(SecurityHeaders)
