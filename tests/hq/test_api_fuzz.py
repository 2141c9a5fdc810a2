"""Schemathesis against HQ's own OpenAPI spec, served by the real app on SQLite and on PostgreSQL.

Schemathesis's engine (what `schemathesis run` drives) reads the served spec and runs its
phases: coverage (boundary and invalid values for every parameter and field) and fuzzing
(valid and invalid data), with real credentials: a laptop's device token for the sync
routes, a supervisor's session for the review routes, a fresh session for each logout.
Every answer must be a non-5xx the spec documents: status code, content type, headers and
body schema. `make test` runs a bounded number of examples on a fixed seed; `make soak`
(marker `soak`) runs many more, with a fresh seed and the stateful phase.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.engine import events, from_schema

from inspector_app.hq import sessions, users
from inspector_app.hq.models import utcnow

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

PASSWORD = "correct horse 2569"
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_headers_conformance", "response_schema_conformance")
NO_CREDENTIALS = ("/api/v1/health", "/api/v1/enrol", "/api/v1/login")


@dataclass
class LiveHQ:
    hq: HQServer
    laptop: FakeLaptop
    session_token: str
    supervisor_id: str
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)

    def fresh_session(self) -> str:
        """A session of its own for a generated logout, so the shared one stays signed in."""
        with self.hq.db.write() as conn:
            return sessions.open_session(conn, self.supervisor_id, now=utcnow(), idle=timedelta(hours=1),
                                         absolute=timedelta(hours=2), address="127.0.0.1").token

    def credentials_for(self, path: str) -> dict[str, str]:
        if path == "/api/v1/logout":
            return {"Authorization": f"Bearer {self.fresh_session()}"}
        if path.startswith("/api/v1/review/"):
            return {"Authorization": f"Bearer {self.session_token}"}
        if path in NO_CREDENTIALS:
            return {}
        return {"Authorization": f"Bearer {self.laptop.token}"}


def _as_this_laptop(batch: dict[str, Any], laptop: FakeLaptop) -> None:
    """Generated batches name this laptop and its op ids, so their ops get past the ownership checks to the
    validation and the writes behind them (a random device id would only ever meet a 403)."""
    if isinstance(batch.get("device_id"), str):
        batch["device_id"] = laptop.device_id
    ops = batch.get("ops")
    for op in ops if isinstance(ops, list) else ():
        if isinstance(op, dict) and isinstance(op.get("op_id"), str):
            laptop.seq += 1
            op["op_id"] = f"{laptop.local_id}:{laptop.seq}"


@pytest.fixture
def live_hq(hq: HQServer) -> Iterator[LiveHQ]:
    supervisor_id = users.create_user(hq.db, "ploy", "Ploy S.", PASSWORD)
    laptop = fake_laptop(hq)
    laptop.push(laptop.op("inspections", "i1", 0, 1, reference="63-2569-X0001", status="signed", revision=1))
    login = httpx.post(f"{hq.url}/api/v1/login", json={"username": "ploy", "password": PASSWORD})
    assert login.status_code == 200
    yield LiveHQ(hq, laptop, login.json()["token"], supervisor_id)
    laptop.client.close()


def _run_schemathesis(live: LiveHQ, *, max_examples: int, seed: int | None, stateful: bool) -> list[str]:
    """One schemathesis run against the live HQ; returns every failed check, described."""
    settings: dict[str, Any] = {
        "generation": {"max-examples": max_examples},
        "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        "phases": {"stateful": {"enabled": stateful}},
        "request-timeout": 60,
    }
    if seed is not None:
        settings["seed"] = seed
    spec = schemathesis.openapi.from_url(f"{live.hq.url}/api/v1/openapi.json",
                                         config=schemathesis.Config.from_dict(settings))

    @spec.auth()
    class RealCredentials:
        """Replaces whatever was generated for the security schemes with working credentials, so requests
        get past authentication to validation, the database and the answers behind them."""

        def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> LiveHQ:
            return live

        def set(self, case: schemathesis.Case, data: LiveHQ, context: schemathesis.AuthContext) -> None:
            kept = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
            case.headers = {**kept, **data.credentials_for(case.path)}
            if case.path == "/api/v1/push" and isinstance(case.body, dict):
                _as_this_laptop(case.body, data.laptop)

    failures: list[str] = []
    for event in from_schema(spec).execute():
        if isinstance(event, events.ScenarioFinished):
            for interaction in event.recorder.interactions.values():
                if interaction.response is not None:
                    live.statuses[(event.recorder.label, interaction.response.status_code)] += 1
            for case_checks in event.recorder.checks.values():
                for check in case_checks:
                    if check.failure_info is not None:
                        failure = check.failure_info.failure
                        failures.append(f"{event.recorder.label} ({event.phase}): {check.name}: {failure.title}"
                                        f"\n{failure.message}\n{check.failure_info.code_sample}")
        elif isinstance(event, (events.NonFatalError, events.FatalError)):
            failures.append(f"schemathesis could not run: {getattr(event, 'value', None) or event.exception}")
    return failures


def _answered(live: LiveHQ, label: str, status: int) -> int:
    return live.statuses[(label, status)]


def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_spec(live_hq: LiveHQ) -> None:
    failures = _run_schemathesis(live_hq, max_examples=15, seed=2569, stateful=False)
    assert not failures, "\n\n".join(failures[:10])
    # The run reached past authentication: pushes were answered per op, review calls as the supervisor.
    assert _answered(live_hq, "POST /api/v1/push", 200) > 0
    assert _answered(live_hq, "GET /api/v1/review/inspections", 200) > 0
    assert _answered(live_hq, "POST /api/v1/logout", 204) > 0
    assert _answered(live_hq, "GET /api/v1/pull", 200) > 0
    assert not [key for key in live_hq.statuses if key[1] >= 500]


@pytest.mark.soak
@pytest.mark.timeout(3600)
def test_schemathesis_soak(live_hq: LiveHQ) -> None:
    failures = _run_schemathesis(live_hq, max_examples=250, seed=None, stateful=True)
    assert not failures, "\n\n".join(failures[:10])
    assert not [key for key in live_hq.statuses if key[1] >= 500]
