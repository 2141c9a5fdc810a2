"""Every workspace route, the role it needs and a form it takes: the shared tests walk this list.

Helpers adding pages add their routes here (see inspector_app/hq/web/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # with {inspection}, {attachment}, {signature}, {device}, {user}, {version}, {referred} (an inspection
    # with a referral), {referral} filled from the test data
    role: str  # public | supervisor | admin
    form: dict[str, Any] = field(default_factory=dict)  # a valid form (POST)
    changes: bool = True  # a POST that changes something (a refused one must change nothing)


ROUTES: tuple[Route, ...] = (
    Route("GET", "/", "public"),
    Route("GET", "/sign-in", "public"),
    Route("POST", "/sign-in", "public", {"username": "nobody", "password": "wrong password"}, changes=False),
    Route("POST", "/language", "public", {"language": "en", "next": "/sign-in"}),
    Route("GET", "/static/app.css", "public"),
    Route("GET", "/static/app.js", "public"),
    Route("GET", "/static/icons.svg", "public"),
    Route("GET", "/static/fonts/NotoSansThai-Regular.ttf", "public"),
    Route("GET", "/favicon.ico", "public"),
    Route("POST", "/sign-out", "supervisor", {}),
    Route("GET", "/review", "supervisor"),
    Route("GET", "/inspections/{inspection}", "supervisor"),
    Route("POST", "/inspections/{inspection}/decision", "supervisor", {"decision": "approve", "comment": ""}),
    Route("GET", "/inspections/{inspection}/photos/{attachment}", "supervisor"),
    Route("GET", "/inspections/{inspection}/photos/{attachment}/thumbnail", "supervisor"),
    Route("GET", "/inspections/{inspection}/signatures/{signature}", "supervisor"),
    Route("GET", "/inspections/{inspection}/report.pdf", "supervisor"),
    Route("GET", "/inspections/{referred}/referrals/{referral}/form.pdf", "supervisor"),
    Route("GET", "/follow-ups", "supervisor"),
    Route("GET", "/follow-ups.csv", "supervisor"),
    Route("GET", "/conflicts", "supervisor"),
    Route("GET", "/conflicts/{version}", "supervisor"),
    Route("POST", "/conflicts/{version}", "supervisor", {"take.name_en": "theirs", "hq_rev": "1"}),
    Route("POST", "/conflicts/{version}/reject", "supervisor", {"hq_rev": "1"}),
    Route("GET", "/evidence", "supervisor"),
    Route("POST", "/evidence/unlock", "supervisor", {"passphrase": "not the passphrase", "next": "/review"}),
    Route("POST", "/evidence/lock", "supervisor", {"next": "/review"}),
    Route("GET", "/admin/devices", "admin"),
    Route("GET", "/admin/devices/{device}/revoke", "admin"),
    Route("POST", "/admin/devices/{device}/revoke", "admin", {}),
    Route("GET", "/admin/enrolment-codes", "admin"),
    Route("POST", "/admin/enrolment-codes", "admin", {"days": "7", "note": "test"}),
    Route("GET", "/admin/users", "admin"),
    Route("POST", "/admin/users", "admin", {"username": "newsup", "display_name": "New Sup (synthetic)",
                                             "password": "a long password 9", "password_again": "a long password 9",
                                             "role": "supervisor"}),
    Route("POST", "/admin/users/{user}/password", "admin", {}),
    Route("POST", "/admin/users/{user}/role", "admin", {"role": "admin"}),
    Route("POST", "/admin/users/{user}/active", "admin", {"active": "no"}),
    Route("POST", "/admin/users/{user}/unlock", "admin", {}),
    Route("GET", "/admin/publish", "admin"),
    Route("POST", "/admin/templates", "admin", {}),
    Route("POST", "/admin/reference", "admin", {"name": "minimum_wage"}),
    Route("GET", "/admin/sign-ins", "admin"),
)


def fill(path: str, ids: dict[str, str]) -> str:
    return path.format(**ids)
