"""`inspector-hq serve`, but the process dies like `kill -9` during the Nth push batch.

    python crashing_hq.py MODE N serve --db ... --port ...

MODE mid-batch: half of batch N is written inside its transaction, then the process exits
(nothing committed). MODE after-commit: batch N commits, then the process exits before the
answer is sent. A test hook only: the service itself has no such switch.
"""

from __future__ import annotations

import os
import sys

from inspector_app.hq import cli, push

mode, crash_at = sys.argv[1], int(sys.argv[2])
batches = 0
apply_ops, push_batch = push.apply_ops, push.push


def _apply_ops(conn, device, ops, batch_id):  # noqa: ANN001, ANN202
    global batches
    batches += 1
    if mode == "mid-batch" and batches == crash_at:
        apply_ops(conn, device, ops[: len(ops) // 2], batch_id)
        os._exit(137)
    return apply_ops(conn, device, ops, batch_id)


def _push(db, device, batch, read=None):  # noqa: ANN001, ANN202
    response = push_batch(db, device, batch, read)
    if mode == "after-commit" and batches == crash_at:
        os._exit(137)
    return response


push.apply_ops = _apply_ops
push.push = _push
sys.exit(cli.main(sys.argv[3:]))
