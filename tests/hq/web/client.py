"""A browser-like httpx client for the workspace: keeps cookies, reads each form's CSRF token from the page."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from inspector_app.hq import users

T = TypeVar("T")
CSRF = re.compile(r'name="csrf" value="([^"]*)"')


@dataclass(frozen=True)
class Account:
    username: str
    name: str
    password: str
    role: str


SUPERVISOR = Account("ploy", "Ploy S. (synthetic)", "supervisor-password-1", "supervisor")
ADMIN = Account("arun", "Arun K. (synthetic)", "admin-password-123", "admin")


def create_accounts(db: Any) -> None:
    for account in (SUPERVISOR, ADMIN):
        users.create_user(db, account.username, account.name, account.password, role=account.role)


def accounts_then(fill: Callable[[Any], T]) -> Callable[[Any], T]:
    """A filling of an HQ (filled.FilledHQs) that makes the supervisor and the admin first."""
    def filled(server: Any) -> T:
        create_accounts(server.db)
        return fill(server)
    return filled


class Browser:
    def __init__(self, base_url: str, *, language: str | None = "en", headers: dict[str, str] | None = None):
        cookies = {"fi_lang": language} if language else None
        self.http = httpx.Client(base_url=base_url, follow_redirects=False, timeout=60, cookies=cookies,
                                 headers=headers)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def csrf(self, page: str = "/review") -> str:
        found = CSRF.search(self.get(page).text)
        assert found, f"no form token on {page}"
        return found.group(1)

    def post(self, path: str, data: dict[str, Any] | None = None, *, page: str | None = None,
             csrf: bool = True, files: Any = None, **kwargs: Any) -> httpx.Response:
        """Post a form as the page at `page` (default: `path` minus its last part, else /review) would."""
        data = dict(data or {})
        if csrf:
            data["csrf"] = self.csrf(page or "/review")
        return self.http.post(path, data=data, files=files, **kwargs)

    def follow(self, response: httpx.Response) -> httpx.Response:
        assert response.status_code in (302, 303), (response.status_code, response.text[:500])
        return self.get(response.headers["location"])

    def close(self) -> None:
        self.http.close()


def sign_in(base_url: str, account: Account, *, language: str | None = "en") -> Browser:
    browser = Browser(base_url, language=language)
    answer = browser.post("/sign-in", {"username": account.username, "password": account.password, "next": "/review"},
                          page="/sign-in")
    assert answer.status_code == 303, answer.text[:1000]
    return browser
