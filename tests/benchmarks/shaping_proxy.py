"""A TCP proxy on loopback that behaves like a slow link: a rate and a one-way delay per direction.

Each direction is one shared link for every connection through the proxy (a token bucket that holds
`burst` bytes and fills at `rate` bytes/s), so parallel connections share the bandwidth as they would on
a real 256 kbit/s line, instead of each getting its own. Every segment (at most `MSS` bytes) leaves the
bucket when it has the tokens and arrives `delay` seconds later; a connection takes one round trip before
its first byte goes (the TCP handshake), and each direction holds at most `window` bytes in flight
(TCP's receive window), so a sender cannot run ahead of the link without limit.

    with ShapingProxy("127.0.0.1", hq_port, rate=32_000, rtt=0.3) as proxy:
        ... talk to proxy.url ...
        proxy.up.bytes, proxy.down.bytes  # payload bytes carried each way

The proxy runs its own asyncio loop on a thread, so the code under test can be synchronous.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

MSS = 1460  # payload bytes of one TCP segment on an Ethernet-sized path
LOOPBACK = "127.0.0.1"


@dataclass
class Link:
    """One direction of the line: a token bucket (GCRA form) plus a propagation delay."""

    rate: float  # bytes per second
    delay: float  # one-way seconds
    burst: int = MSS  # bytes the bucket holds: what may leave at once after an idle spell
    bytes: int = 0  # payload carried so far
    segments: int = 0
    _tat: float = field(default=0.0, repr=False)  # when the bucket would be full again ("theoretical arrival")

    def arrival(self, size: int, now: float) -> float:
        """When `size` bytes handed to the link at `now` reach the far end."""
        self._tat = max(now, self._tat) + size / self.rate
        leaves = max(now, self._tat - self.burst / self.rate)
        self.bytes += size
        self.segments += 1
        return leaves + self.delay


class ShapingProxy:
    """Forwards `LOOPBACK:port` to `target_host:target_port` through two shaped `Link`s."""

    def __init__(self, target_host: str, target_port: int, *, rate: float, rtt: float,
                 window: int = 64 * 1024, burst: int = MSS):
        self.target = (target_host, target_port)
        self.rtt = rtt
        self.window = window
        self.up = Link(rate, rtt / 2, burst)  # laptop -> HQ
        self.down = Link(rate, rtt / 2, burst)  # HQ -> laptop
        self.connections = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="shaping-proxy", daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> ShapingProxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._accept, LOOPBACK, 0), self._loop).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def drop_connections(self) -> None:
        """Cut every open connection at once (a link that went down), from any thread."""
        def cut() -> None:
            for writer in list(self._writers):
                writer.transport.abort()
        self._loop.call_soon_threadsafe(cut)

    def __enter__(self) -> ShapingProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- on the proxy's loop -------------------------------------------------------------------------

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(client_w)
        hq_w: asyncio.StreamWriter | None = None
        try:
            await asyncio.sleep(self.rtt)  # the handshake: nothing goes before one round trip
            hq_r, hq_w = await asyncio.open_connection(*self.target)
            self._writers.add(hq_w)
            await asyncio.gather(self._carry(client_r, hq_w, self.up), self._carry(hq_r, client_w, self.down))
        except (ConnectionError, OSError, asyncio.CancelledError):  # a cut link, or the proxy stopping
            pass
        finally:
            for writer in (client_w, hq_w):
                if writer is not None:
                    self._writers.discard(writer)
                    writer.transport.abort()

    async def _carry(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: Link) -> None:
        """Read segments as the window allows, hand each to the link, deliver each at its arrival time."""
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue(maxsize=max(1, self.window // MSS))
        deliver = asyncio.ensure_future(self._deliver(queue, writer))
        try:
            while True:
                data = await reader.read(MSS)
                if not data:
                    break
                await queue.put((link.arrival(len(data), time.monotonic()), data))
        except (ConnectionError, OSError):
            pass
        finally:
            await queue.put(None)
        await deliver

    @staticmethod
    async def _deliver(queue: asyncio.Queue[tuple[float, bytes] | None], writer: asyncio.StreamWriter) -> None:
        try:
            while (item := await queue.get()) is not None:
                at, data = item
                wait = at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            if writer.can_write_eof():
                writer.write_eof()
        except (ConnectionError, OSError):
            writer.transport.abort()
