"""Refusals and failures on workspace pages are pages too (in the user's language), never JSON or a
traceback; the API keeps its JSON answers (api_errors.py)."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from ...sync.protocol import API_PREFIX
from ..errors import HQError
from .auth import SESSION_COOKIE, Refused, SignInNeeded, sign_in_url, viewer
from .render import page, redirect

log = logging.getLogger(__name__)


def is_api(request: Request) -> bool:
    return request.url.path == API_PREFIX or request.url.path.startswith(API_PREFIX + "/")


async def error_page(request: Request, status: int, title: str, message: str) -> Response:
    seen = await viewer(request)
    return page(request, seen, "error.html", title=title, status=status, message=message)


def install_page_errors(app: FastAPI) -> None:
    api_hq = app.exception_handlers[HQError]
    api_invalid = app.exception_handlers[RequestValidationError]
    api_http = app.exception_handlers[StarletteHTTPException]

    @app.exception_handler(SignInNeeded)
    async def _sign_in(_request: Request, exc: SignInNeeded) -> Response:
        response = redirect(sign_in_url(exc.reason, exc.next_path))
        if exc.reason != "signin":
            response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> Response:
        return await error_page(request, exc.status, exc.title, exc.message)

    @app.exception_handler(HQError)
    async def _hq_error(request: Request, exc: HQError) -> Response:
        if is_api(request):
            return await api_hq(request, exc)
        t = (await viewer(request)).translator
        return await error_page(request, exc.status, t.gettext("HQ could not do that"), exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return await api_invalid(request, exc)
        t = (await viewer(request)).translator
        where = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors()[:5])
        return await error_page(request, 422, t.gettext("This address is not valid"),
                                t.gettext("HQ cannot read part of this address (%(where)s). Use the links and forms "
                                          "of the workspace.", where=where))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if is_api(request):
            return await api_http(request, exc)
        t = (await viewer(request)).translator
        if exc.status_code == 404:
            return await error_page(request, 404, t.gettext("Page not found"),
                                    t.gettext("There is no page at this address. Use the menu to find your way."))
        if exc.status_code == 405:
            return await error_page(request, 405, t.gettext("Not a page"),
                                    t.gettext("This address takes a form, not a visit. Use the menu to find your "
                                              "way."))
        return await error_page(request, exc.status_code, t.gettext("HQ could not do that"),
                                exc.detail if isinstance(exc.detail, str) else "")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        from ...logs import log_unexpected

        log_unexpected(exc)
        if is_api(request):  # the API answers as it always has
            from starlette.responses import PlainTextResponse

            return PlainTextResponse("Internal Server Error", status_code=500)
        t = (await viewer(request)).translator
        return await error_page(request, 500, t.gettext("Something went wrong at HQ"),
                                t.gettext("HQ met an unexpected error and logged it. Nothing you entered was "
                                          "saved by this request. Try again, or tell the HQ administrator."))
