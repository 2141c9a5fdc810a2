"""HTTP transport to HQ (httpx): gzip request bodies, timeouts, the device token, clear errors.

Errors are sorted by what the caller should do about them:

* `HQUnreachable` / `HQBusy` — try again later (the engine backs off and retries);
* `DeviceRevoked` / `DeviceUnknown` — stop; the user must ask HQ (the app says so);
* `ProtocolError` — a request HQ will never accept as sent.

Tests inject an `httpx.BaseTransport` (fault injection, in-process apps).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from ..core.errors import InspectorError
from ..core.messages import QT_TRANSLATE_NOOP, UserMessage
from .reason_messages import request_reason
from .protocol import (
    API_PREFIX,
    AUTH_SCHEME,
    CHUNK_SHA256_HEADER,
    EnrolChallenge,
    EnrolChallengeRequest,
    EnrolRequest,
    EnrolResponse,
    Health,
    PullPage,
    PushBatch,
    PushResponse,
    UploadRequest,
    UploadStatus,
    read_typed_json,
)
from .reasons import REASON_CODES_HEADER, REASON_CODES_VERSION

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=120.0, pool=10.0)
GZIP_MIN_BYTES = 512
try:
    # zlib-ng writes the same gzip format: at its level 5 a push batch takes a third of the CPU of zlib's
    # level 6 and comes out a little smaller (62.8 against 63.0 bytes per record, measured on a round of
    # 70,601 records). A build without it falls back to the standard library's gzip at level 6.
    from zlib_ng.gzip_ng import compress as _compress

    GZIP_LEVEL = 5
except ImportError:  # pragma: no cover - the dependency is installed with the app
    from gzip import compress as _compress

    GZIP_LEVEL = 6

M = TypeVar("M", bound=BaseModel)


class SyncError(InspectorError):
    """Base of everything the sync layer reports to people."""

    retryable = False


class HQUnreachable(SyncError):
    retryable = True


class HQBusy(SyncError):
    retryable = True


class DeviceRevoked(SyncError):
    exit_code = 6


class DeviceUnknown(SyncError):
    exit_code = 6


class NotEnrolled(SyncError):
    exit_code = 6


class ProtocolError(SyncError):
    def __init__(self, message: str, /, *, status: int | None = None, code: str | None = None, **params: Any):
        super().__init__(message, **params)
        self.status = status
        self.code = code


class OffsetMismatch(ProtocolError):
    """HQ holds a different part of an upload than we assumed: ask for the offset again."""


class HQClient:
    """One HQ at `base_url`, as one device (token) or anonymously (health, enrol)."""

    def __init__(self, base_url: str, token: str | None = None, *, transport: httpx.BaseTransport | None = None,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        # REASON_CODES_HEADER: this laptop reads the reason code of each push answer (sync/reasons.py).
        headers = {"User-Agent": "field-inspector-sync/1", "Accept-Encoding": "gzip",
                   REASON_CODES_HEADER: REASON_CODES_VERSION}
        if token:
            headers["Authorization"] = f"{AUTH_SCHEME} {token}"
        self._http = httpx.Client(base_url=self.base_url + API_PREFIX, headers=headers, timeout=timeout,
                                  transport=transport, follow_redirects=False)
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0
        self._counting = threading.Lock()  # uploads run several requests at once (httpx's Client is shareable)

    # -- the protocol ------------------------------------------------------------------------

    def health(self) -> Health:
        return self._call("GET", "/health", Health)

    def enrol_challenge(self, local_device_id: str) -> EnrolChallenge:
        return self._call("POST", "/enrol/challenge", EnrolChallenge,
                          json_body=EnrolChallengeRequest(local_device_id=local_device_id))

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return self._call("POST", "/enrol", EnrolResponse, json_body=request)

    def push(self, batch: PushBatch) -> PushResponse:
        return self._call("POST", "/push", PushResponse, json_body=batch)

    def push_body(self, body: EncodedBody) -> PushResponse:
        """Send a push batch already written and compressed (`encode_json`): the engine makes the next
        one while HQ applies this one, and sends the very same bytes again on a retry."""
        return self.read_push(self.post_push(body))

    def post_push(self, body: EncodedBody, written: threading.Event | None = None) -> PushAnswer:
        """`push_body`, with HQ's answer not read yet (`read_push` reads it): the engine reads it once the
        next batch is on its way, when the answer cannot hold a change HQ takes only later.

        `written` is set once the whole body has been handed to the connection (the engine waits for
        that before it turns to work that would hold Python's interpreter lock meanwhile)."""
        headers = dict(body.headers)
        content: bytes | Iterator[bytes] = body.content
        if written is not None:
            headers["Content-Length"] = str(len(body.content))  # the same request, not a chunked one
            content = _then_set(body.content, written)
        response = self._send("POST", "/push", content=content, headers=headers, size=len(body.content))
        return PushAnswer(response.status_code, response.content)

    def read_push(self, answer: PushAnswer) -> PushResponse:
        # Every value of a push answer is typed: its text needs a check only where it holds an escape.
        return self._parse(PushResponse, answer.status, answer.content, "POST /push", typed=True)

    def read_push_answers(self, answer: PushAnswer) -> PushAnswers:
        """`read_push`, with the answers that are a bare `applied` (most of a batch) kept as their op ids
        instead of a model object each: they are exactly what the model takes for such an answer (an op id
        of any text, that status, nothing else), and the rest of the answer is read by the model."""
        split = _split_bare_applied(answer.content)
        if split is None:
            return PushAnswers([], self.read_push(answer))
        applied, rest = split
        return PushAnswers(applied, self._parse(PushResponse, answer.status, rest, "POST /push", typed=True))

    def start_upload(self, sha256: str, size: int) -> UploadStatus:
        return self._call("POST", "/attachments", UploadStatus, json_body=UploadRequest(sha256=sha256, size=size))

    def upload_status(self, sha256: str) -> UploadStatus:
        return self._call("GET", f"/attachments/{sha256}", UploadStatus)

    def upload_chunk(self, sha256: str, offset: int, data: bytes) -> UploadStatus:
        headers = {CHUNK_SHA256_HEADER: hashlib.sha256(data).hexdigest(),
                   "Content-Type": "application/octet-stream"}
        return self._call("PUT", f"/attachments/{sha256}", UploadStatus, content=data, headers=headers,
                          params={"offset": offset})

    def pull(self, after: int, limit: int = 200, kinds: Sequence[str] | None = None) -> PullPage:
        """What HQ published after `after`; `kinds`: the publication kinds this laptop applies (HQ sends
        only those; without it, only the kinds laptops from before the list existed apply)."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        if kinds:
            params["kinds"] = ",".join(kinds)
        return self._call("GET", "/pull", PullPage, params=params)

    # -- plumbing -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, model: type[M], *, json_body: BaseModel | None = None,
              content: bytes | None = None, headers: dict[str, str] | None = None,
              params: dict[str, Any] | None = None) -> M:
        headers = dict(headers or {})
        if json_body is not None:
            body = encode_json(json_body.model_dump_json(exclude_defaults=False).encode("utf-8"))
            content = body.content
            headers.update(body.headers)
        response = self._send(method, path, content=content, headers=headers, params=params,
                              size=len(content or b""))
        return self._parse(model, response.status_code, response.content, f"{method} {path}")

    def _send(self, method: str, path: str, *, content: bytes | Iterator[bytes] | None, headers: dict[str, str],
              size: int, params: dict[str, Any] | None = None) -> httpx.Response:
        """One request; HQ's answer if it is not an error (an error raises, sorted as the module says)."""
        try:
            response = self._http.request(method, path, content=content, headers=headers, params=params)
        except httpx.TimeoutException as exc:
            raise HQUnreachable(QT_TRANSLATE_NOOP("SyncMessages", "HQ at {url} did not answer in time ({reason})."),
                                url=self.base_url, reason=type(exc).__name__) from None
        except httpx.TransportError as exc:
            raise HQUnreachable(QT_TRANSLATE_NOOP("SyncMessages", "Cannot reach HQ at {url} ({reason})."),
                                url=self.base_url, reason=_reason(exc)) from None
        with self._counting:
            self.requests += 1
            self.bytes_sent += size + _header_bytes(response.request.headers) + len(path)
            self.bytes_received += response.num_bytes_downloaded + _header_bytes(response.headers)
        if response.status_code >= 400:
            self._raise_for(response)
        return response

    def _parse(self, model: type[M], status: int, content: bytes, request: str, *, typed: bool = False) -> M:
        try:
            return read_typed_json(model, content) if typed else model.model_validate_json(content)
        except ValidationError:
            raise ProtocolError(QT_TRANSLATE_NOOP("SyncMessages", "HQ at {url} sent an answer this app does not "
                                                                  "understand ({request}); is it a Field Inspector HQ "
                                                                  "of a compatible version?"),
                                status=status, url=self.base_url, request=request) from None

    def _raise_for(self, response: httpx.Response) -> None:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = body.get("detail") if isinstance(body, dict) else None
        code = body.get("code") if isinstance(body, dict) else None
        if not isinstance(detail, str):
            detail = f"HQ answered {status}" + (f" ({detail})" if detail else "")
        said = _hq_said(code, body.get("params") if isinstance(body, dict) else None, detail)
        if status == 401 and code == "revoked":
            raise DeviceRevoked(said)
        if status == 401 and code in ("unknown_token", "no_token"):
            raise DeviceUnknown(said)
        if status == 409 and code == "offset_mismatch":
            raise OffsetMismatch(said, status=status, code=code)
        if status in (429, 502, 503, 504) or status >= 500:
            raise HQBusy(QT_TRANSLATE_NOOP("SyncMessages", "HQ is busy or failing (HTTP {status}); will try again."),
                         status=str(status))
        raise ProtocolError(said, status=status, code=code)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HQClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class PushAnswer:
    """HQ's answer to a push as it arrived (a success status), not read yet."""

    status: int
    content: bytes

    def may_hold_waiting(self) -> bool:
        """Whether the answer may say that HQ takes one of the changes only later (an op answered
        `retryable`): HQ leaves that key out of every other answer, and writes no key escaped. Any doubt
        (another status, an escape anywhere) says yes, and the answer is read before anything else goes."""
        return self.status != 200 or b"retryable" in self.content or b"\\u" in self.content


@dataclass(frozen=True)
class PushAnswers:
    """HQ's answer to a push, read (`HQClient.read_push_answers`)."""

    applied: list[str]  # op ids HQ answered with a bare `applied`
    response: PushResponse  # the rest: every other op's answer, the audit acknowledgement


def _split_bare_applied(content: bytes) -> tuple[list[str], bytes] | None:
    """(the op ids of the results that are exactly `{"op_id": <text>, "status": "applied"}`, the answer's JSON
    without them), or None where the answer is not that plain: an escape anywhere (its text is then checked
    whole), not UTF-8, not JSON, not an object with a list of results. The model reads all of it then."""
    if b"\\u" in content:
        return None
    try:
        data = json.loads(content.decode("utf-8"))
    except ValueError:  # not UTF-8, not JSON
        return None
    if type(data) is not dict or type(data.get("results")) is not list:
        return None
    applied: list[str] = []
    others: list[Any] = []
    for result in data["results"]:
        if (type(result) is dict and len(result) == 2 and result.get("status") == "applied"
                and type(result.get("op_id")) is str):
            applied.append(result["op_id"])
        else:
            others.append(result)
    data["results"] = others
    # Written again from the values just read: no escape can appear (the text held none, so it holds no
    # control character or lone surrogate either); a number is written back as the same value, and one too
    # large for a float comes back as Infinity, which the model refuses as it refuses the original.
    return applied, json.dumps(data, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class EncodedBody:
    """A JSON request body as it goes on the wire, with the headers that say how it is encoded."""

    content: bytes
    headers: tuple[tuple[str, str], ...]


def encode_json(text: bytes, level: int = GZIP_LEVEL) -> EncodedBody:
    """JSON text as a request body: gzip-compressed unless it is too small to gain from it."""
    if len(text) < GZIP_MIN_BYTES:
        return EncodedBody(text, (("Content-Type", "application/json"),))
    return EncodedBody(_compress(text, level),
                       (("Content-Type", "application/json"), ("Content-Encoding", "gzip")))


def _then_set(content: bytes, written: threading.Event) -> Iterator[bytes]:
    """`content` as a request body that sets `written` once the connection has taken all of it."""
    yield content
    written.set()


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw)


def _hq_said(code: str | None, params: Any, detail: str) -> UserMessage:
    """HQ's refusal in the user's language where this app knows its code, else HQ's words after a translated lead."""
    return request_reason(code, params if isinstance(params, dict) else None, detail)


def _reason(exc: httpx.TransportError) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
