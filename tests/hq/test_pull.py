"""The pull stream: ordered, paged, per device; a cursor never skips an item under concurrent publishers."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from inspector_app.hq import publish
from inspector_app.hq.db import HQDatabase

from .devices import fake_laptop
from .support import HQServer, PostgresServer


def test_pages_follow_the_cursor(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    start = laptop.client.pull(0).cursor  # after what HQ published on its own (its evidence key)
    for n in range(7):
        publish.publish_reference(hq.db, f"set_{n}", {"n": n, "label": "ค่าแรงขั้นต่ำ"})
    assert not publish.publish_reference(hq.db, "set_0", {"n": 0, "label": "ค่าแรงขั้นต่ำ"})  # unchanged: not again
    seen, cursor = [], start
    for _ in range(10):
        page = laptop.client.pull(cursor, limit=3)
        seen.extend(i.seq for i in page.items)
        cursor = page.cursor
        if not page.more:
            break
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 7
    assert laptop.client.pull(cursor).items == []
    assert laptop.client.pull(cursor).cursor == cursor


def _publisher(db: HQDatabase, name: str, count: int, errors: list[BaseException]) -> None:
    try:
        for n in range(count):
            with db.write() as conn:
                publish.publish(conn, "reference", {"name": f"{name}_{n}", "sha256": "0" * 64, "document": n})
                time.sleep(0.001 * (n % 3))  # vary how long a publishing transaction stays open
    except BaseException as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)


def test_concurrent_publishers_never_let_a_cursor_skip_an_item(hq: HQServer) -> None:
    laptop = fake_laptop(hq)
    start = laptop.client.pull(0).cursor  # after what HQ published on its own (its evidence key)
    errors: list[BaseException] = []
    writers = [threading.Thread(target=_publisher, args=(hq.db, f"w{w}", 40, errors)) for w in range(6)]
    for w in writers:
        w.start()
    collected, cursor = [], start
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        page = laptop.client.pull(cursor, limit=7)
        collected.extend(i.seq for i in page.items)
        cursor = page.cursor
        if not any(w.is_alive() for w in writers) and not page.more and not page.items:
            break
    for w in writers:
        w.join(timeout=60)
    assert not errors
    # Every item seen exactly once, in order, with no hole: a reader that moved its cursor past
    # number N while N-1 was still uncommitted would have skipped N-1 for ever.
    assert collected == list(range(start + 1, start + 6 * 40 + 1))


def test_a_slow_publisher_holds_back_later_numbers_on_postgresql(pg_server: PostgresServer, tmp_path: Path) -> None:
    name = pg_server.create_database()
    hq = HQServer(pg_server.url(name), tmp_path / "files").start()
    first, second = HQDatabase(hq.db_url), HQDatabase(hq.db_url)
    try:
        laptop = fake_laptop(hq)
        start = laptop.client.pull(0).cursor  # after what HQ published on its own (its evidence key)
        with first.write() as conn:
            number = publish.publish(conn, "reference", {"name": "slow", "sha256": "0" * 64, "document": 1})
            done = threading.Event()

            def later() -> None:
                with second.write() as other:
                    publish.publish(other, "reference", {"name": "fast", "sha256": "0" * 64, "document": 2})
                done.set()

            thread = threading.Thread(target=later)
            thread.start()
            time.sleep(0.5)
            assert not done.is_set()  # the second publisher waits at the counter row
            assert laptop.client.pull(start).items == []  # and a reader sees neither number yet
        thread.join(timeout=30)
        assert done.is_set()
        assert [i.seq for i in laptop.client.pull(start).items] == [number, number + 1]
    finally:
        first.dispose()
        second.dispose()
        hq.stop()
        pg_server.drop_database(name)
