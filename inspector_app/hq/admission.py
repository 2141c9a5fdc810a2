"""Bounded admission for the laptops' heavy requests (pushes and upload chunks).

Twenty laptops syncing at once each send a push; without a bound every one of them is read,
inflated and parsed into ops at once, and then waits its turn for the database writer holding all of
that. Here a request takes a place once its body has arrived (the body check reads it, within its
size limits) and before it is parsed: a waiting laptop holds only its bytes, a slow or trickling
sender holds no place while it sends, and nothing is refused — it is served when a place frees,
well inside the laptop's read timeout.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Receive, Scope, Send

from ..sync.protocol import API_PREFIX

# PostgreSQL: enough to keep both cores and its parallel writers busy. SQLite has one writer: one
# request applies while the next is read and parsed; more would only hold parsed batches that wait.
HEAVY_REQUESTS_AT_ONCE = {"postgresql": 4, "sqlite": 2}

_HEAVY = (("POST", f"{API_PREFIX}/push"), ("PUT", f"{API_PREFIX}/attachments/"))


class AdmissionMiddleware:
    """At most `limit` pushes and upload chunks are read and worked on at once; the rest wait in line."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit
        # One semaphore per event loop: a test client may run the same app on a new loop.
        self._places: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_heavy(scope["method"], scope["path"]):
            await self.app(scope, receive, send)
            return
        async with self._semaphore():
            await self.app(scope, receive, send)

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._places is None or self._places[0] is not loop:
            self._places = (loop, asyncio.Semaphore(self.limit))
        return self._places[1]


def _is_heavy(method: str, path: str) -> bool:
    return any(method == m and (path == p or (p.endswith("/") and path.startswith(p))) for m, p in _HEAVY)
