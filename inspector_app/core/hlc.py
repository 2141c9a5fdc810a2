"""Hybrid logical clock stamps.

A stamp is `<13-digit unix ms>-<5-digit counter>-<node>`: it sorts as text,
never goes backwards on one device even if the wall clock does (laptops in the
field often have wrong clocks), and moves past any stamp seen from elsewhere.
"""

from __future__ import annotations

import time

COUNTER_MAX = 99_999


def parse(stamp: str) -> tuple[int, int]:
    if not stamp:
        return 0, 0
    ms, counter, _node = stamp.split("-", 2)
    return int(ms), int(counter)


def format_stamp(ms: int, counter: int, node: str) -> str:
    return f"{ms:013d}-{counter:05d}-{node}"


def node_of(device_id: str) -> str:
    return device_id.replace("-", "")[-12:]


def tick(last: str, node: str, now_ms: int | None = None) -> str:
    """The next local stamp after `last`."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    last_ms, last_counter = parse(last)
    if now_ms > last_ms:
        return format_stamp(now_ms, 0, node)
    if last_counter >= COUNTER_MAX:
        return format_stamp(last_ms + 1, 0, node)
    return format_stamp(last_ms, last_counter + 1, node)


def ticks(last: str, node: str, count: int, now_ms: int | None = None) -> list[str]:
    """`count` successive stamps after `last`: what `count` calls of `tick` within one millisecond give."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    ms, counter = parse(last)
    if now_ms > ms:
        ms, counter = now_ms, -1
    stamps: list[str] = []
    while len(stamps) < count:
        if counter >= COUNTER_MAX:
            ms, counter = ms + 1, 0
        else:
            counter += 1
        # One millisecond's stamps share everything but the counter: format the rest once.
        run = min(count - len(stamps), COUNTER_MAX - counter + 1)
        prefix, suffix = f"{ms:013d}-", f"-{node}"
        stamps += [f"{prefix}{n:05d}{suffix}" for n in range(counter, counter + run)]
        counter += run - 1
    return stamps


def observe(last: str, remote: str, node: str, now_ms: int | None = None) -> str:
    """The next local stamp after receiving `remote` (so local changes sort after it)."""
    newest = max(parse(last), parse(remote))
    return tick(format_stamp(*newest, node), node, now_ms)
