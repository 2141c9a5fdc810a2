"""How a follow-up visit's verifications set an earlier finding's current status (pure: no database).

One rule, applied in two places that must agree: the laptop that signs a follow-up visit
(for its own earlier findings, at once) and HQ (for every finding, from every laptop's
verifications, published to the finding's owner). HQ imports this module for that reason.

* A verification counts once its follow-up visit is signed (at HQ: submitted or approved);
  a draft or a returned follow-up does not change anything.
* The latest verification counts: by the follow-up's visit date, then the time the outcome
  was recorded, then the verification's id (so every place picks the same one).
* ``corrected`` makes an open finding ``remedied``; ``partly_corrected`` and ``not_corrected``
  leave it (or make it again) ``open``. A finding its owner referred, prosecuted or dismissed
  keeps that status: the verification is recorded beside it.
* What the owner set is never lost: ``last_verification["previous_status"]`` keeps the
  status the finding had before verifications, so a verification that stops counting
  gives it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

OUTCOMES = ("corrected", "partly_corrected", "not_corrected")
VERIFIABLE_STATUSES = frozenset({"open", "remedied"})
SIGNED_ON_LAPTOP = frozenset({"signed", "submitted", "approved"})
SIGNED_AT_HQ = frozenset({"submitted", "approved"})  # HQ's effective status of a signed visit


@dataclass(frozen=True)
class Verification:
    """One outcome recorded at a follow-up visit, with what orders it among others."""

    verification_id: str
    outcome: str
    visit_date: str  # the follow-up's visit date, ISO
    verified_at: str  # when the outcome was recorded, ISO (empty if unknown)
    inspection_id: str  # the follow-up visit
    reference: str  # the follow-up's reference

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.visit_date, self.verified_at, self.verification_id)

    def as_record(self, previous_status: str) -> dict[str, Any]:
        """What a finding keeps of its latest verification (``findings.last_verification``)."""
        return {"verification_id": self.verification_id, "outcome": self.outcome, "visit_date": self.visit_date,
                "verified_at": self.verified_at, "inspection_id": self.inspection_id, "reference": self.reference,
                "previous_status": previous_status}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Verification | None:
        """A finding's ``last_verification`` read back as a verification (None if it is not one)."""
        try:
            outcome = str(record["outcome"])
            if outcome not in OUTCOMES:
                return None
            return cls(str(record["verification_id"]), outcome, str(record.get("visit_date") or ""),
                       str(record.get("verified_at") or ""), str(record.get("inspection_id") or ""),
                       str(record.get("reference") or ""))
        except (KeyError, TypeError):
            return None


def latest(verifications: Iterable[Verification | None]) -> Verification | None:
    counted = [v for v in verifications if v is not None and v.outcome in OUTCOMES]
    return max(counted, key=lambda v: v.order) if counted else None


def status_for(base_status: str, verification: Verification | None) -> str:
    if verification is None or base_status not in VERIFIABLE_STATUSES:
        return base_status
    return "remedied" if verification.outcome == "corrected" else "open"


def owner_status(status: str, last_verification: Mapping[str, Any] | None) -> str:
    """The status the finding's owner gave it, with any verification's effect taken out.

    If the status is still what the last verification made of the kept previous status, that
    previous status is the owner's; otherwise the owner changed it since, and it stands.
    """
    if not last_verification:
        return status
    previous = str(last_verification.get("previous_status") or "open")
    if status == status_for(previous, Verification.from_record(last_verification)):
        return previous
    return status


def derive(status: str, last_verification: Mapping[str, Any] | None,
           verifications: Iterable[Verification | None]) -> tuple[str, dict[str, Any] | None]:
    """The finding's (status, last_verification) given every verification that counts now."""
    base = owner_status(status, last_verification)
    chosen = latest(verifications)
    if chosen is None:
        return base, None
    return status_for(base, chosen), chosen.as_record(base)
