"""Fault injection between a laptop and HQ: an httpx transport and a loopback TCP proxy."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ..hq.support import LOOPBACK, free_socket


@dataclass
class Fault:
    matches: Callable[[httpx.Request], bool]
    action: str  # lose_response | duplicate | refuse | busy
    times: int = 1


@dataclass
class FaultTransport(httpx.BaseTransport):
    """Forwards to a real HTTP transport, except where a scripted fault applies.

    * lose_response: HQ gets and answers the request, the laptop never sees the answer;
    * duplicate: the request reaches HQ twice (the laptop sees the second answer);
    * refuse: the connection fails before anything is sent;
    * busy: HQ answers 503 without doing anything.
    """

    inner: httpx.BaseTransport = field(default_factory=httpx.HTTPTransport)
    faults: list[Fault] = field(default_factory=list)
    log: list[tuple[str, str, int | str]] = field(default_factory=list)

    def add(self, action: str, method: str, path_part: str, times: int = 1) -> None:
        self.faults.append(Fault(lambda r: r.method == method and path_part in r.url.path, action, times))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault = next((f for f in self.faults if f.times > 0 and f.matches(request)), None)
        if fault is not None:
            fault.times -= 1
            self.log.append((request.method, request.url.path, fault.action))
            if fault.action == "refuse":
                raise httpx.ConnectError("connection refused (injected)", request=request)
            if fault.action == "busy":
                return httpx.Response(503, json={"detail": "busy (injected)"}, request=request)
            if fault.action == "lose_response":
                self._forward(request).close()
                raise httpx.ReadError("connection reset after the request was sent (injected)", request=request)
            if fault.action == "duplicate":
                self._forward(request).close()
        response = self._forward(request)
        self.log.append((request.method, request.url.path, response.status_code))
        return response

    def _forward(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        return response

    def close(self) -> None:
        self.inner.close()


class CuttingProxy:
    """A loopback TCP proxy that can cut its connections once a number of bytes went upstream."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self._listener = free_socket()
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._lock = threading.Lock()
        self._cut_after: int | None = None
        self._upstream = 0
        self.cuts = 0
        self._open: list[socket.socket] = []
        self._stopped = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def cut_after(self, upstream_bytes: int) -> None:
        """Arm: once this many more bytes went laptop -> HQ, drop every open connection (once)."""
        with self._lock:
            self._cut_after, self._upstream = upstream_bytes, 0

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection((LOOPBACK, self.target_port), timeout=10)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, upstream: bool) -> None:
        while True:
            try:
                data = source.recv(16384)
            except OSError:
                break
            if not data:
                break
            if upstream and self._count(len(data)):
                self._cut_all()
                return
            try:
                sink.sendall(data)
            except OSError:
                break
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _count(self, size: int) -> bool:
        with self._lock:
            if self._cut_after is None:
                return False
            self._upstream += size
            if self._upstream < self._cut_after:
                return False
            self._cut_after = None
            self.cuts += 1
            return True

    def _cut_all(self) -> None:
        with self._lock:
            sockets, self._open = self._open, []
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def stop(self) -> None:
        self._stopped = True
        self._listener.close()
        self._cut_all()
