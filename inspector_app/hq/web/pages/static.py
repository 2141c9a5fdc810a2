"""HQ's own assets: the stylesheet, the script, icons and fonts (no page ever loads anything from elsewhere)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response
from starlette.exceptions import HTTPException

from ....paths import resources_dir

STATIC = Path(__file__).resolve().parent.parent / "static"
_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml",
          ".png": "image/png", ".ttf": "font/ttf", ".ico": "image/x-icon"}
# Font files by the name pages ask for: the workspace's Thai sans face, the reports' faces for other scripts.
FONTS = {
    "NotoSansThai-Regular.ttf": STATIC / "fonts" / "NotoSansThai-Regular.ttf",
    "NotoSansThai-Bold.ttf": STATIC / "fonts" / "NotoSansThai-Bold.ttf",
    **{name: resources_dir() / "fonts" / name for name in (
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf",
        "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf")},
}
ASSETS = {"app.css", "app.js", "icons.svg"}
CACHE = "public, max-age=86400"

router = APIRouter(include_in_schema=False)


def _file(path: Path) -> Response:
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type=_TYPES.get(path.suffix, "application/octet-stream"),
                        headers={"Cache-Control": CACHE})


@router.get("/static/fonts/{name}")
def font(name: str) -> Response:
    path = FONTS.get(name)
    if path is None:
        raise HTTPException(404)
    return _file(path)


@router.get("/static/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise HTTPException(404)
    return _file(STATIC / name)


@router.get("/favicon.ico")
def favicon() -> Response:
    return _file(resources_dir() / "icons" / "field-inspector.ico")
