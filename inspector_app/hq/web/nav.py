"""The workspace's navigation: each page module registers its entries, shown to the roles allowed."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import N_

ROLES = ("supervisor", "admin")
ROLE_NAMES = (N_("supervisor"), N_("admin"))  # shown translated beside the user's name


def allowed(user_role: str, needed: str) -> bool:
    """Admins may do everything supervisors do; supervisors only their own work."""
    if needed not in ROLES:
        raise ValueError(f"unknown role {needed!r}")
    return user_role == "admin" or (needed == "supervisor" and user_role == "supervisor")


@dataclass(frozen=True)
class NavEntry:
    key: str  # pages mark themselves current with this key
    path: str
    label: str  # English, marked with N_(); translated when shown
    role: str  # supervisor | admin
    order: int  # position in the bar (10, 20, ...; admin pages from 100)
    icon: str = ""  # a symbol id in static/icons.svg


_ENTRIES: dict[str, NavEntry] = {}


def register(*entries: NavEntry) -> None:
    for entry in entries:
        if entry.role not in ROLES:
            raise ValueError(f"unknown role {entry.role!r} for {entry.key}")
        _ENTRIES[entry.key] = entry


def entries_for(role: str) -> list[NavEntry]:
    return sorted((e for e in _ENTRIES.values() if allowed(role, e.role)), key=lambda e: e.order)
