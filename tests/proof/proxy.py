"""A fault-injecting HTTP/1.1 proxy on loopback, between a laptop's sync client and an HQ process.

It reads each request whole from the laptop (head, then a body by Content-Length or chunks),
forwards it on a fresh connection to HQ, reads HQ's answer whole and relays it, except where
the armed schedule says otherwise. A schedule is a list of steps taken in order: each waits for
its `skip + 1`-th request matching its target (push, pull, upload, health or any), counted from
when the schedule was armed, and does one of these to it (a request another step already took
moves the step on to the next match):

* drop_request   the laptop's request never reaches HQ; its connection is closed;
* drop_response  HQ gets and answers the request; the laptop's connection closes without the answer;
* duplicate      the request reaches HQ twice (the laptop gets the second answer);
* cut_request    only the first part of the request (`fraction` of its bytes) reaches HQ, then both
                 connections close;
* cut_response   the laptop gets only the first part of HQ's answer, then its connection closes;
* delay          the request waits (up to half a second) before it goes on;
* restart_hq     the request reaches HQ, HQ is killed (SIGKILL) while on it and started again; the
                 laptop's connection closes.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..hq.support import LOOPBACK, free_socket

KINDS = ("drop_request", "drop_response", "duplicate", "cut_request", "cut_response", "delay", "restart_hq")
TARGETS = ("push", "pull", "upload", "health", "any")
HEAD_END = b"\r\n\r\n"


@dataclass(frozen=True)
class Step:
    kind: str
    target: str = "any"
    skip: int = 0  # matching requests to let through first
    fraction: float = 0.5  # where a cut falls, or how long a delay lasts (of half a second)

    def describe(self) -> str:
        return f"{self.kind}@{self.target}#{self.skip + 1}"


def target_of(method: str, path: str) -> str:
    if path.startswith("/api/v1/push"):
        return "push"
    if path.startswith("/api/v1/pull"):
        return "pull"
    if path.startswith("/api/v1/attachments"):
        return "upload"
    if path.startswith("/api/v1/health"):
        return "health"
    return "other"


class _Closed(Exception):
    """A peer closed its side before a whole message arrived."""


class _Reader:
    """Reads HTTP/1.1 messages from a socket, keeping what arrived beyond the current one."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.buffer = bytearray()

    def _fill(self) -> None:
        data = self.sock.recv(65536)
        if not data:
            raise _Closed()
        self.buffer += data

    def until(self, marker: bytes) -> bytes:
        while marker not in self.buffer:
            self._fill()
        end = self.buffer.index(marker) + len(marker)
        taken = bytes(self.buffer[:end])
        del self.buffer[:end]
        return taken

    def exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._fill()
        taken = bytes(self.buffer[:size])
        del self.buffer[:size]
        return taken

    def rest(self) -> bytes:
        try:
            while True:
                self._fill()
        except (_Closed, OSError):
            pass
        taken = bytes(self.buffer)
        self.buffer.clear()
        return taken

    def message(self, *, response_to: str | None = None) -> tuple[bytes, bytes, dict[str, str]]:
        """(head, body as it came on the wire, headers) of the next message."""
        head = self.until(HEAD_END)
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        status = int(lines[0].split()[1]) if response_to is not None else 0
        if response_to == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return head, b"", headers
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = bytearray()
            while True:
                size_line = self.until(b"\r\n")
                size = int(size_line.split(b";")[0].strip(), 16)
                body += size_line + self.exactly(size + 2)
                if size == 0:
                    break
            return head, bytes(body), headers
        if "content-length" in headers:
            return head, self.exactly(int(headers["content-length"])), headers
        if response_to is not None:
            return head, self.rest(), headers  # delimited by the end of the connection
        return head, b"", headers


def _close(*sockets: socket.socket) -> None:
    for s in sockets:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()


class FaultProxy:
    """Listens on a loopback port of its own (`url`) and forwards to HQ on `upstream_port`."""

    def __init__(self, upstream_port: int, restart_hq: Callable[[], None] | None = None):
        self.upstream_port = upstream_port
        self.restart_hq = restart_hq
        self._listener = free_socket()
        self._listener.listen(32)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._lock = threading.Lock()
        self._restarting = threading.Lock()
        self._steps: list[Step] = []
        self._seen: list[int] = []  # matching requests each pending step let through
        self._open: set[socket.socket] = set()
        self._stopped = False
        self.requests = 0  # forwarded or faulted, since the proxy started
        self.by_target: Counter[str] = Counter()
        self.applied: Counter[str] = Counter()  # faults done, by kind
        self.log: list[str] = []  # faults done in this schedule, described
        self.restart_failures: list[str] = []  # a restart that failed, said by the test (not lost with its thread)
        threading.Thread(target=self._accept, daemon=True).start()

    # -- the schedule ---------------------------------------------------------------------------------

    def arm(self, steps: list[Step]) -> None:
        with self._lock:
            self._steps, self._seen, self.log = list(steps), [0] * len(steps), []

    def disarm(self) -> list[Step]:
        """Stop injecting; returns the steps never reached. Waits for a restart in progress."""
        with self._lock:
            left, self._steps, self._seen = self._steps, [], []
        with self._restarting:
            pass
        return left

    def _fault_for(self, method: str, path: str) -> Step | None:
        target = target_of(method, path)
        with self._lock:
            self.requests += 1
            self.by_target[target] += 1
            chosen = None
            for index, step in enumerate(self._steps):
                if step.target not in (target, "any"):
                    continue
                if chosen is None and self._seen[index] >= step.skip:
                    chosen = index
                else:
                    self._seen[index] += 1
            if chosen is None:
                return None
            step = self._steps.pop(chosen)
            del self._seen[chosen]
            self.applied[step.kind] += 1
            self.log.append(f"{step.describe()} on {method} {path}")
            return step

    # -- plumbing ---------------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._open.add(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _upstream(self) -> socket.socket:
        sock = socket.create_connection((LOOPBACK, self.upstream_port), timeout=60)
        with self._lock:
            self._open.add(sock)
        return sock

    def _exchange(self, request: bytes, method: str) -> bytes:
        """Send one request to HQ on a connection of its own; return HQ's whole answer."""
        upstream = self._upstream()
        try:
            upstream.sendall(request)
            head, body, _ = _Reader(upstream).message(response_to=method)
            return head + body
        finally:
            self._forget(upstream)

    def _forget(self, *sockets: socket.socket) -> None:
        _close(*sockets)
        with self._lock:
            self._open.difference_update(sockets)

    def _serve(self, client: socket.socket) -> None:
        reader = _Reader(client)
        try:
            while True:
                head, body, headers = reader.message()
                method, path = head.split(b" ", 2)[:2]
                step = self._fault_for(method.decode(), path.decode())
                if not self._handle(client, head + body, method.decode(), step):
                    break
                if headers.get("connection", "").lower() == "close":
                    break
        except (_Closed, OSError, ValueError, IndexError):
            pass
        finally:
            self._forget(client)

    def _handle(self, client: socket.socket, request: bytes, method: str, step: Step | None) -> bool:
        """Forward one request as the step says; False when the laptop's connection is to close."""
        kind = step.kind if step else None
        if kind == "drop_request":
            return False
        if kind == "cut_request":
            upstream = self._upstream()
            upstream.sendall(request[: max(1, int(len(request) * step.fraction))])
            time.sleep(0.02)
            self._forget(upstream)
            return False
        if kind == "delay":
            time.sleep(0.5 * step.fraction)
        if kind == "restart_hq":
            with self._restarting:
                upstream = self._upstream()
                upstream.sendall(request)
                time.sleep(0.05 * step.fraction)
                if self.restart_hq is not None:
                    try:
                        self.restart_hq()
                    except Exception as exc:  # noqa: BLE001 - kept for the test to report
                        self.restart_failures.append(f"{type(exc).__name__}: {exc}")
                self._forget(upstream)
            return False
        if kind == "duplicate":
            self._exchange(request, method)
        answer = self._exchange(request, method)
        if kind == "drop_response":
            return False
        if kind == "cut_response":
            client.sendall(answer[: max(1, int(len(answer) * step.fraction))])
            return False
        client.sendall(answer)
        return True

    def stop(self) -> None:
        self._stopped = True
        self._listener.close()
        with self._lock:
            sockets, self._open = list(self._open), set()
        _close(*sockets)
