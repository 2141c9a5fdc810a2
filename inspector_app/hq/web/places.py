"""Province and district names for pages (official DOPA codes, from geothai through core.geography)."""

from __future__ import annotations

from functools import lru_cache

import inspector_app.core.geography as geography


def place_name(code: str | None, language: str) -> str:
    if not code:
        return ""
    found = geography.place(code)
    if found is None:
        return code
    return found.name_th if language == "th" else found.name_en


@lru_cache(maxsize=4)
def provinces(language: str) -> list[tuple[str, str]]:
    key = (lambda p: p.name_th) if language == "th" else (lambda p: p.name_en)
    return [(p.code, key(p)) for p in sorted(geography.provinces(), key=key)]


@lru_cache(maxsize=256)
def districts(province_code: str, language: str) -> list[tuple[str, str]]:
    key = (lambda p: p.name_th) if language == "th" else (lambda p: p.name_en)
    return [(d.code, key(d)) for d in sorted(geography.districts(province_code), key=key)]
