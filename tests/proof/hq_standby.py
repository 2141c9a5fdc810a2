"""`inspector-hq serve`, started ahead of a restart: it does its imports, then waits for "go" on stdin.

    python tests/proof/hq_standby.py serve --db ... --port ...

Most of HQ's start-up is Python importing FastAPI, SQLAlchemy and the app (about 2 s of a 3 s start
on a 2-core machine). The proof suites restart HQ hundreds of times; a standby process done with
its imports turns each restart into what remains: opening the database and storage, checking the
evidence key, building the app and binding the port, exactly as `serve` does. Closing stdin without
"go" ends it.
"""

from __future__ import annotations

import sys
from importlib import import_module

from inspector_app.hq import cli

# What `serve` imports, loaded ahead: the restart is left with only the database, the app and the port.
for _module in ("uvicorn", "inspector_app.hq.app"):
    import_module(_module)

if __name__ == "__main__":
    if sys.stdin.readline().strip() != "go":
        sys.exit(0)  # the test ended without needing this HQ
    sys.exit(cli.main(sys.argv[1:]))
