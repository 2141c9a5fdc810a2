"""Words for referrals and worker documents, shared by the Referrals page, its editor and the editor's tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..core.views.referrals import local_today
from ..i18n.dates import format_date
from .language import current_language

RETAINING_HOLDERS = ("employer", "broker")  # a document they hold is retained from the worker (ILO indicator)


def body_label(code: str) -> str:
    """A receiving body of a referral."""
    return {
        "MDT": QCoreApplication.translate("Referral", "Multidisciplinary team (MDT)"),
        "POLICE": QCoreApplication.translate("Referral", "Police"),
        "EMPLOYMENT_DEPT": QCoreApplication.translate("Referral", "Employment Department"),
        "SOCIAL_SECURITY": QCoreApplication.translate("Referral", "Social Security Office"),
    }.get(code, code)


def status_label(code: str) -> str:
    """A referral's status."""
    return {
        "planned": QCoreApplication.translate("ReferralStatus", "Planned"),
        "sent": QCoreApplication.translate("ReferralStatus", "Sent"),
        "accepted": QCoreApplication.translate("ReferralStatus", "Accepted"),
        "closed": QCoreApplication.translate("ReferralStatus", "Closed"),
    }.get(code, code)


def permit_label(code: str | None) -> str:
    """A document's permit status (empty when not recorded)."""
    if not code:
        return ""
    return {
        "valid": QCoreApplication.translate("PermitStatus", "Valid"),
        "expired": QCoreApplication.translate("PermitStatus", "Expired"),
        "pending": QCoreApplication.translate("PermitStatus", "Pending renewal"),
        "revoked": QCoreApplication.translate("PermitStatus", "Revoked"),
        "none": QCoreApplication.translate("PermitStatus", "No permit"),
        "unknown": QCoreApplication.translate("PermitStatus", "Not known"),
    }.get(code, code)


def social_security_label(code: str | None) -> str:
    """A worker's Social Security registration (empty: not asked)."""
    if not code:
        return ""
    return {
        "registered": QCoreApplication.translate("SocialSecurity", "Registered"),
        "not_registered": QCoreApplication.translate("SocialSecurity", "Not registered"),
        "unknown": QCoreApplication.translate("SocialSecurity", "Not known"),
    }.get(code, code)


def short_date(value: date | None) -> str:
    """A date as the user's language writes it (Buddhist era in Thai); empty for none."""
    if value is None:
        return ""
    try:
        return format_date(value, current_language(), style="short")
    except ValueError:
        return value.isoformat()


def masked_number(number: str | None, shown: int = 3) -> str:
    """A document number with all but its last characters hidden: enough to tell two documents apart,
    not enough to copy the number from a screen in a shared room."""
    if not number:
        return ""
    visible = number[-shown:] if len(number) > shown + 2 else ""
    return "••••" + visible  # as many dots whatever the length: the length is not shown either


def today() -> date:
    """Today in Bangkok (or the user's zone), as the services count referral steps and expiry."""
    return local_today()
