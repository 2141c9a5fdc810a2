"""Opening sealed testimony for a page: only for a session that unlocked the evidence, and every time logged."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ..evidence import EvidenceLocked, Keyring, session_keyring
from ..errors import HQError
from ...sync.sealed import SEALED_FIELDS
from .auth import Viewer, evidence_open


def keyring_for(request: Request, seen: Viewer) -> Keyring | None:
    """The session's unlocked evidence keys, or None (not unlocked, run out, or the secret does not match)."""
    if seen.session is None or not evidence_open(request, seen):
        return None
    try:
        return session_keyring(request.app.state.db, seen.session.session_id, seen.evidence_secret_text())
    except EvidenceLocked:
        seen.extra["evidence_open"] = False
        return None


def opened(keyring: Keyring, entity: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A record with its sealed fields opened; a damaged or foreign seal shows as a problem, not an error page."""
    try:
        return keyring.open_fields(entity, record_id, fields)
    except HQError as exc:
        out = {k: v for k, v in fields.items() if k not in SEALED_FIELDS.get(entity, ())}
        out["_seal_problem"] = exc.detail
        return out
