"""The push route's body, read once: orjson parses it, FastAPI validates the envelope, the ops go to the op reader.

FastAPI reads a JSON body with `json.loads` (about 4 µs per pushed op); orjson takes under half of that. The
answers must stay exactly json's, so orjson is trusted only where it reads as json does:

* what orjson refuses (NaN, a lone surrogate, a byte-order mark, nesting past 1,024 levels, any malformed
  text) is read by `json.loads` exactly as before, with the same 400 or 422 when that fails too;
* FastAPI validates the envelope from orjson's reading only when its values are json's and it is valid: an
  object with a list of ops and plain values beside it (an integer beyond 64 bits, which orjson reads as a
  float, anything nested, or any refusal sends the body to json, whose reading FastAPI refuses as before);
* the ops are taken from orjson's reading only when every op is the usual one (`parse_orjson_ops`); any
  other batch (an op answered `rejected`, or one holding a number orjson may read otherwise) is read again
  with `json.loads`, so its answers are worded from json's reading as before.

One difference is left, for a body no laptop sends: a valid envelope whose ops nest deeper than json can read
in FastAPI's event loop (about 950 levels) but within orjson's 1,024 gets its 400 from the route, after the
token and headers are checked (a 401 or a header's 422 first), or, within what json reads in the route's
thread, per-op answers (such an op is refused as nested too deep).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

import orjson
from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import ValidationError

from .op_checks import BEYOND_64_BITS, OpRejection, PushBatchEnvelope, parse_ops, parse_orjson_ops
from ..sync.protocol import Op


class OrjsonBodyRequest(Request):
    """A request whose JSON body orjson reads where it can (`orjson_body` is set when it did)."""

    orjson_body: bytes | None = None  # the body, when orjson read it

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                read = orjson.loads(body)
            except orjson.JSONDecodeError:
                read = None
            if _envelope_alike(read):
                self._json, self.orjson_body = read, body
            else:
                self._json = json.loads(body)  # raises as FastAPI's own reading did (its 422 or 400 follows)
        return self._json


_PLAIN = frozenset({str, int, bool, type(None)})


def _envelope_alike(read: Any) -> bool:
    """Is orjson's reading of the envelope (all but its ops) json's? An object whose ops are a list and whose
    other values are text, integers, booleans, None or floats within 64 bits (an integer beyond them comes
    from orjson as a float, and pydantic words its refusal otherwise). Anything else is read by json."""
    if read.__class__ is not dict or read.get("ops").__class__ is not list:
        return False
    for key, value in read.items():
        if key != "ops" and value.__class__ not in _PLAIN and not (
                value.__class__ is float and -BEYOND_64_BITS < value < BEYOND_64_BITS):
            return False
    try:  # a refused envelope is worded from json's reading (json may not read a body nested past its reach)
        PushBatchEnvelope.model_validate(read)
    except ValidationError:
        return False
    return True


class OrjsonBodyRoute(APIRoute):
    """A route whose handler gets an `OrjsonBodyRequest` (everything else is FastAPI's: validation, OpenAPI)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            return await handler(OrjsonBodyRequest(request.scope, request.receive, request._send))

        return handle


def read_ops(batch: PushBatchEnvelope, request: Request) -> tuple[PushBatchEnvelope, list[Op | OpRejection]]:
    """The batch and its ops as `parse_ops` reads json's reading of the body (see the module's note)."""
    body = getattr(request, "orjson_body", None)
    if body is None:
        return batch, parse_ops(batch.ops)
    ops = parse_orjson_ops(batch.ops)
    if ops is not None:
        return batch, list(ops)
    try:
        raw = json.loads(body)
    except Exception:  # deeper than json reads: the answer FastAPI gave such a body
        raise HTTPException(status_code=400, detail="There was an error parsing the body") from None
    try:
        batch = PushBatchEnvelope.model_validate(raw)
    except ValidationError as exc:  # not seen: the envelope's values read alike (see the module's note)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None
    return batch, parse_ops(batch.ops)
