"""An httpx transport that notes what a laptop pulled: every item of every pull page, in the order received."""

from __future__ import annotations

import json
import threading

import httpx


class PullRecorder(httpx.BaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self._lock = threading.Lock()
        self.pulled: list[tuple[int, str]] = []  # (seq, kind) in arrival order
        self.statuses: list[int] = []  # every answer's HTTP status

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        response.read()
        with self._lock:
            self.statuses.append(response.status_code)
            if request.url.path.endswith("/pull") and response.status_code == 200:
                self.pulled.extend((item["seq"], item["kind"]) for item in json.loads(response.content)["items"])
        return response

    def close(self) -> None:
        self._inner.close()
