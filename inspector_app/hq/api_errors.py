"""Every refusal HQ's API gives has one shape, `ErrorBody` (`detail` for people, `code` for programs).

That holds for HQ's own errors, for FastAPI's request validation (422, which
would otherwise answer with a list under `detail`) and for Starlette's HTTP
errors (an unknown path, a body that cannot be parsed). `ERRORS` documents
these answers in the OpenAPI spec, with `Retry-After` on 429 and 503.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..sync.protocol import ErrorBody, text_problem
from .errors import HQError

_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before trying again", "schema": {"type": "integer"}}}
_WHAT = {
    400: "The request cannot be read", 401: "No valid device token, session or password",
    403: "Not allowed for this device or user", 404: "Not found", 409: "Conflicts with what HQ holds",
    413: "The request body is too large", 422: "The request is not valid (each refused field is named)",
    429: "Too many failed sign-ins: the account or address is locked for a while",
    503: "HQ is busy; try again after Retry-After seconds",
}
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": what, **({"headers": _RETRY_AFTER} if code in (429, 503) else {})}
    for code, what in _WHAT.items()
}
_MAX_LISTED = 20


def error_response(status: int, detail: str, code: str, *, headers: dict[str, str] | None = None,
                   errors: list[dict[str, Any]] | None = None,
                   params: dict[str, str | int] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"detail": detail, "code": code}
    if params:
        body["params"] = params
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(status_code=status, content=body, headers=headers)


def _location(loc: Any) -> list[str | int]:
    parts: list[str | int] = []
    for part in loc if isinstance(loc, (list, tuple)) else (loc,):
        if isinstance(part, int):
            parts.append(part)
        else:
            text = str(part)
            parts.append(text if text_problem(text) is None else text.encode("utf-8", "replace").decode("utf-8")
                         .replace("\x00", ""))
    return parts


def validation_errors(raw: list[Any]) -> list[dict[str, Any]]:
    """FastAPI's error list without the values sent (they may hold interview text), in ErrorBody's shape."""
    return [{"loc": _location(item.get("loc", ())), "msg": str(item.get("msg", "invalid")).removeprefix("Value error, "),
             "type": str(item.get("type", "value_error"))} for item in raw[:_MAX_LISTED]]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HQError)
    async def _hq_error(_request: Request, exc: HQError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            headers["Retry-After"] = str(max(1, int(retry_after)))
        return error_response(exc.status, exc.detail, exc.code, headers=headers or None,
                              params=getattr(exc, "params", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = validation_errors(list(exc.errors()))
        first = errors[0] if errors else {"loc": [], "msg": "invalid"}
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        return error_response(422, f"The request is not valid: {where}: {first['msg']}{more}", "invalid_request",
                              errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "The request was refused."
        return error_response(exc.status_code, detail, f"http_{exc.status_code}",
                              headers=dict(exc.headers) if exc.headers else None)
