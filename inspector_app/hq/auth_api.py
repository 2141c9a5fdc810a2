"""Supervisor sign-in over the API: `POST /login` gives a session token, `POST /logout` ends it, and
`supervisor()` is the dependency the review API uses (a session, or HTTP Basic through the same throttle).

(No `from __future__ import annotations` here: FastAPI reads the route annotations at runtime.)
"""

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBasicCredentials, HTTPBearer
from pydantic import Field

from ..sync.protocol import API_PREFIX, Message
from .api_errors import ERRORS
from .errors import Forbidden, Unauthorized
from .models import User
from .signin import SignIn
from .users import ROLES

_bearer = HTTPBearer(auto_error=False, scheme_name="SupervisorSession",
                     description="A supervisor's session token from POST /api/v1/login")
_basic = HTTPBasic(auto_error=False, scheme_name="SupervisorPassword",
                   description="A supervisor's HQ user name and password (throttled like /login)")


class LoginRequest(Message):
    username: Annotated[str, Field(min_length=1, max_length=200)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class SignedInUser(Message):
    id: str
    username: str
    display_name: str
    role: str


class LoginResponse(Message):
    token: str  # shown once; HQ keeps only its hash. Send it as `Authorization: Bearer <token>`
    token_type: Literal["bearer"] = "bearer"
    session_id: str
    expires_at: datetime  # the session ends then whatever happens
    idle_expires_at: datetime  # ...or earlier, after this long without a request (pushed forward by use)
    idle_timeout_seconds: int
    user: SignedInUser


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _allowed(user: User) -> User:
    if user.role not in ROLES:
        raise Forbidden("Only supervisors and admins use the review API.", code="not_supervisor")
    return user


def supervisor_dependency(signin: SignIn):  # noqa: ANN201 - a FastAPI dependency
    async def supervisor(
        request: Request,
        bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
        basic: Annotated[HTTPBasicCredentials | None, Depends(_basic)],
    ) -> User:
        if bearer is not None:
            return _allowed((await signin.session(bearer.credentials)).user)
        if basic is not None:
            signed = await signin.password(basic.username, basic.password, client_address(request),
                                           method="basic", open_session=False)
            return _allowed(signed.user)
        raise Unauthorized("Supervisors sign in first (POST /api/v1/login) and send the session token.",
                           code="no_login")

    return supervisor


def auth_routes(signin: SignIn) -> APIRouter:
    router = APIRouter(prefix=API_PREFIX, tags=["sign-in"], responses=ERRORS)

    @router.post("/login", summary="Sign a supervisor in: a session token with idle and absolute expiry")
    async def login(body: LoginRequest, request: Request) -> LoginResponse:
        signed = await signin.password(body.username, body.password, client_address(request),
                                       user_agent=request.headers.get("user-agent"))
        grant = signed.session
        assert grant is not None
        return LoginResponse(
            token=grant.token, session_id=grant.session_id, expires_at=grant.expires_at,
            idle_expires_at=grant.idle_expires_at,
            idle_timeout_seconds=int(signin.policy.session_idle.total_seconds()),
            user=SignedInUser(id=signed.user.id, username=signed.user.username,
                              display_name=signed.user.display_name, role=signed.user.role))

    @router.post("/logout", status_code=204, response_class=Response,
                 summary="End the session whose token is sent (204; the token stops working at once)")
    async def logout(request: Request,
                     bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Response:
        if bearer is None:
            raise Unauthorized("Send the session token to end it.", code="no_session")
        await signin.logout(bearer.credentials, client_address(request))
        return Response(status_code=204)

    return router
