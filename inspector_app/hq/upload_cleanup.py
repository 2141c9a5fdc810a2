"""`serve` removes abandoned uploads in the background: once at start, then every hour.

Each run is one `remove_stale_uploads` call, safe on any number of HQ processes at once (see uploads.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from ..i18n.english import count_noun
from .db import HQDatabase
from .storage import AttachmentStorage
from .uploads import remove_stale_uploads

INTERVAL_SECONDS = 3600
log = logging.getLogger(__name__)


def schedule(app: FastAPI, db: HQDatabase, storage: AttachmentStorage, older_than: timedelta,
             interval: float = INTERVAL_SECONDS) -> None:
    tasks: list[asyncio.Task[None]] = []

    async def loop() -> None:
        while True:
            try:
                done = await run_in_threadpool(remove_stale_uploads, db, storage, older_than)
                if done.uploads or done.orphans:
                    log.warning("removed %s and %s", count_noun(done.uploads, "abandoned upload"),
                                count_noun(done.orphans, "stray part file"))
            except Exception as exc:  # noqa: BLE001 - a failed sweep waits for the next one; serving goes on
                log.warning("abandoned uploads were not removed this time (%s)", type(exc).__name__)
            await asyncio.sleep(interval)

    async def start() -> None:
        tasks.append(asyncio.create_task(loop()))

    async def stop() -> None:
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.router.add_event_handler("startup", start)
    app.router.add_event_handler("shutdown", stop)
