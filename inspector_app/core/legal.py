"""Legal reference data: the sections of law that checklist items cite, and minimum wages.

Both are shipped as versioned, dated JSON under ``resources/reference/`` and may later be
replaced by newer data published by HQ, so nothing here hard-codes a rate or a section
title. English texts of Thai law are unofficial translations; a section whose reference
still has to be checked against the Royal Gazette carries ``"verify": true`` and is always
displayed with "reference to be confirmed".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from inspector_app.paths import resources_dir

__all__ = [
    "CITATION_LANGUAGES",
    "Law",
    "LegalReference",
    "LegalSection",
    "MinimumWageTable",
    "ReferenceDataError",
    "WageRate",
    "default_legal_path",
    "default_minimum_wage_path",
    "load_legal_reference",
    "load_minimum_wages",
    "minimum_wage",
]

_SUPPORTED_SCHEMA_VERSION = 1
_KEY_PATTERN = re.compile(r"^[A-Z0-9]+:[0-9A-Za-z/.()-]+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PROVINCE_CODE = re.compile(r"^\d{2}$")
_DISTRICT_CODE = re.compile(r"^\d{4}$")

# How a section number is introduced when a law does not say otherwise ("section_prefix").
_DEFAULT_SECTION_PREFIX = {"en": "s.", "th": "มาตรา ", "my": "ပုဒ်မ ", "km": "មាត្រា ", "lo": "ມາດຕາ "}
_TO_BE_CONFIRMED = {
    "en": " (reference to be confirmed)",
    "th": " (รอยืนยันการอ้างอิง)",
    "my": " (ကိုးကားချက် အတည်ပြုရန် ကျန်သေးသည်)",
    "km": " (ឯកសារយោងរង់ចាំការបញ្ជាក់)",
    "lo": " (ການອ້າງອີງລໍຖ້າການຢັ້ງຢືນ)",
}
_DEFAULT_PREFIX_VIEW = MappingProxyType(_DEFAULT_SECTION_PREFIX)
# Languages a citation can be shown in; any other falls back to English.
CITATION_LANGUAGES = tuple(_DEFAULT_SECTION_PREFIX)


class ReferenceDataError(ValueError):
    """Reference data that cannot be used; the message names the file and the key."""


def default_legal_path() -> Path:
    return resources_dir() / "reference" / "legal_sections.json"


def default_minimum_wage_path() -> Path:
    return resources_dir() / "reference" / "minimum_wage.json"


# --------------------------------------------------------------------------- legal sections


@dataclass(frozen=True)
class Law:
    """One law (or regulation) that sections belong to, e.g. the Labour Protection Act."""

    code: str
    title: Mapping[str, str] = field(hash=False)
    short: Mapping[str, str] = field(hash=False)
    effective_from: date | None
    # Words before a section number ("s." / "มาตรา "); regulations may use "clause" / "ข้อ ".
    section_prefix: Mapping[str, str] = field(default_factory=lambda: _DEFAULT_PREFIX_VIEW, hash=False)


@dataclass(frozen=True)
class LegalSection:
    """One citable section, keyed like ``"LPA:44"``."""

    key: str
    law: str
    section: str
    title: Mapping[str, str] = field(hash=False)
    verify: bool
    effective_from: date | None


@dataclass(frozen=True)
class LegalReference:
    """The loaded ``legal_sections.json``."""

    version: str
    published: date | None
    laws: Mapping[str, Law] = field(hash=False)
    sections: Mapping[str, LegalSection] = field(hash=False)
    source_name: str = "legal_sections.json"

    def get(self, key: str) -> LegalSection | None:
        return self.sections.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self.sections

    def display(self, key: str, language: str) -> str:
        """The citation as a reader sees it, e.g. "LPA s.44 — Minimum age of employment (15)".

        Burmese, Khmer and Lao citations use the data's texts in those languages (unofficial
        translations, like the English ones); a law, section or prefix without a text in the
        language is shown in English as a whole, so one citation never mixes two scripts.
        A key the data does not know (for example from an old inspection) is shown as the
        bare key and marked "to be confirmed" rather than failing, so a report can still be
        printed.
        """
        lang = self._language(key, language)
        found = self.sections.get(key)
        if found is None:
            return key + _TO_BE_CONFIRMED[lang]
        text = f"{self.cite(key, language)} — {found.title.get(lang) or found.title['en']}"
        if found.verify:
            text += _TO_BE_CONFIRMED[lang]
        return text

    def cite(self, key: str, language: str) -> str:
        """The short citation, e.g. "LPA s.44" or "พ.ร.บ.คุ้มครองแรงงาน มาตรา 44", for a table cell; in the
        same language as `display` gives (a key the data does not know stays the bare key)."""
        found = self.sections.get(key)
        if found is None:
            return key
        lang = self._language(key, language)
        law = self.laws[found.law]
        short = law.short.get(lang) or law.short["en"]
        prefix = law.section_prefix.get(lang, _DEFAULT_SECTION_PREFIX[lang])
        if not found.section[:1].isdigit():
            prefix = ""  # a named part such as ILO "C188" reads wrong as "s.C188"
        return f"{short} {prefix}{found.section}"

    def _language(self, key: str, language: str) -> str:
        """The citation's language: English for a law or section without a text in `language`."""
        lang = language if language in CITATION_LANGUAGES else "en"
        found = self.sections.get(key)
        if found is None or lang in ("en", "th"):
            return lang
        law = self.laws[found.law]
        return lang if law.short.get(lang) and found.title.get(lang) and law.section_prefix.get(lang) else "en"


def load_legal_reference(path: str | Path | None = None) -> LegalReference:
    """Load and check ``legal_sections.json`` (default: the shipped file).

    Results are cached per file and refreshed when the file changes on disk, so callers
    may load freely (every template load needs it).
    """
    return _cached(_parse_legal, Path(path) if path is not None else default_legal_path())


def _parse_legal(path: Path, doc: Any) -> LegalReference:
    name = path.name
    top = _Reader(name, doc, "")
    _check_schema_version(top)
    laws_raw = top.mapping("laws")
    laws: dict[str, Law] = {}
    for code, raw in laws_raw.items():
        law = _Reader(name, raw, f"law {code}")
        if not _KEY_PATTERN.match(f"{code}:1"):
            raise law.error("law code must be capital letters and digits")
        laws[code] = Law(
            code=code,
            title=law.label("title"),
            short=law.label("short"),
            effective_from=law.optional_date("effective_from"),
            section_prefix=law.optional_label("section_prefix") or _DEFAULT_PREFIX_VIEW,
        )
    sections: dict[str, LegalSection] = {}
    for key, raw in top.mapping("sections").items():
        section = _Reader(name, raw, f"section {key}")
        if not _KEY_PATTERN.match(key):
            raise section.error('key must look like "LAW:SECTION", e.g. "LPA:44"')
        law_code = section.text("law")
        number = section.text("section")
        if law_code not in laws:
            raise section.error(f'law "{law_code}" is not listed under "laws"')
        if key != f"{law_code}:{number}":
            raise section.error(f'key does not match law and section ("{law_code}:{number}")')
        sections[key] = LegalSection(
            key=key,
            law=law_code,
            section=number,
            title=section.label("title"),
            verify=section.boolean("verify", default=False),
            effective_from=section.optional_date("effective_from"),
        )
    return LegalReference(
        version=top.text("version"),
        published=top.optional_date("published"),
        laws=MappingProxyType(laws),
        sections=MappingProxyType(sections),
        source_name=name,
    )


# --------------------------------------------------------------------------- minimum wages


@dataclass(frozen=True)
class WageRate:
    """A daily minimum wage for a province (or one district of it) from a date on."""

    province_code: str
    daily_thb: Decimal
    effective_from: date
    district_code: str | None = None
    verify: bool = False
    announcement: str | None = None


@dataclass(frozen=True)
class MinimumWageTable:
    """The loaded ``minimum_wage.json``."""

    version: str
    source: str
    rates: tuple[WageRate, ...]
    source_name: str = "minimum_wage.json"

    def rate(
        self, province_code: str, on_date: date, district_code: str | None = None
    ) -> WageRate | None:
        """The rate in force on ``on_date``, or None before the first known rate.

        A district rate wins over its province's rate from the same or an earlier
        announcement; a later province-wide announcement supersedes an older district
        rate, because each Wage Committee notification restates every area it sets
        (a new notification that keeps a district rate lists that district again).
        """
        day = on_date.date() if isinstance(on_date, datetime) else on_date
        province_rate = _latest(
            r
            for r in self.rates
            if r.province_code == province_code and r.district_code is None
            and r.effective_from <= day
        )
        if district_code is None:
            return province_rate
        district_rate = _latest(
            r
            for r in self.rates
            if r.district_code == district_code and r.effective_from <= day
        )
        if district_rate is None:
            return province_rate
        if province_rate is None or district_rate.effective_from >= province_rate.effective_from:
            return district_rate
        return province_rate


def _latest(rates: Any) -> WageRate | None:
    return max(rates, key=lambda r: r.effective_from, default=None)


def load_minimum_wages(path: str | Path | None = None) -> MinimumWageTable:
    """Load and check ``minimum_wage.json`` (default: the shipped file); cached per file."""
    return _cached(
        _parse_minimum_wages, Path(path) if path is not None else default_minimum_wage_path()
    )


def minimum_wage(
    province_code: str,
    on_date: date,
    district_code: str | None = None,
    *,
    table: MinimumWageTable | None = None,
) -> WageRate | None:
    """The daily minimum wage for a place on a date (district rate over province rate)."""
    return (table or load_minimum_wages()).rate(province_code, on_date, district_code)


_RATE_FIELDS = {
    "province_code", "district_code", "daily_thb", "effective_from", "verify", "announcement",
    "note",
}


def _parse_minimum_wages(path: Path, doc: Any) -> MinimumWageTable:
    name = path.name
    top = _Reader(name, doc, "")
    _check_schema_version(top)
    raw_rates = top.value("rates")
    if not isinstance(raw_rates, list):
        raise top.error('"rates" must be a list')
    rates: list[WageRate] = []
    seen: set[tuple[str, str | None, date]] = set()
    for index, raw in enumerate(raw_rates, start=1):
        where = f"rate {index}"
        if isinstance(raw, dict) and isinstance(raw.get("province_code"), str):
            where += f" (province {raw['province_code']})"
        entry = _Reader(name, raw, where)
        unknown = sorted(entry.keys() - _RATE_FIELDS)
        if unknown:
            # Strict on purpose: a misspelt "district_code" would silently widen a rate.
            raise entry.error(f'unexpected field "{unknown[0]}"')
        province = entry.text("province_code")
        if not _PROVINCE_CODE.match(province):
            raise entry.error(f'province_code "{province}" is not a 2-digit DOPA code')
        district = entry.optional_text("district_code")
        if district is not None and not (
            _DISTRICT_CODE.match(district) and district.startswith(province)
        ):
            raise entry.error(
                f'district_code "{district}" is not a 4-digit DOPA code in province {province}'
            )
        amount = entry.value("daily_thb")
        try:
            if isinstance(amount, bool):
                raise InvalidOperation
            daily = Decimal(str(amount))
        except InvalidOperation:
            daily = Decimal(-1)
        if not daily.is_finite() or daily <= 0:
            raise entry.error(f"daily_thb {amount!r} is not a positive amount")
        effective = entry.date("effective_from")
        identity = (province, district, effective)
        if identity in seen:
            raise entry.error(f"a second rate for the same area from {effective.isoformat()}")
        seen.add(identity)
        rates.append(
            WageRate(
                province_code=province,
                district_code=district,
                daily_thb=daily,
                effective_from=effective,
                verify=entry.boolean("verify", default=False),
                announcement=entry.optional_text("announcement"),
            )
        )
    return MinimumWageTable(
        version=top.text("version"),
        source=top.text("source"),
        rates=tuple(rates),
        source_name=name,
    )


# --------------------------------------------------------------------------- shared helpers

_T = TypeVar("_T")


def _cached(parse: Callable[[Path, Any], _T], path: Path) -> _T:
    try:
        stat = path.stat()
    except OSError as exc:
        raise ReferenceDataError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    # mtime and size in the key: data replaced on disk (e.g. by an HQ update) is reloaded.
    loaded: _T = _load_once(parse, _resolved(path), stat.st_mtime_ns, stat.st_size)
    return loaded


@lru_cache(maxsize=64)
def _resolved(path: Path) -> str:
    # The rules ask for the wage table per answer; resolving symlinks each time was most of that cost.
    return str(path.resolve())


@lru_cache(maxsize=16)
def _load_once(parse: Callable[[Path, Any], Any], path: str, _mtime: int, _size: int) -> Any:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ReferenceDataError(f"{file.name}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(f"{file.name}: is not UTF-8 text") from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            f"{file.name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    return parse(file, doc)


def _check_schema_version(top: _Reader) -> None:
    version = top.value("schema_version")
    if version != _SUPPORTED_SCHEMA_VERSION:
        raise top.error(
            f"schema_version {version!r} is not supported (expected {_SUPPORTED_SCHEMA_VERSION})"
        )


class _Reader:
    """Typed access to one JSON object that reports problems as file: where: what."""

    def __init__(self, file_name: str, obj: Any, where: str) -> None:
        self.file_name = file_name
        self.where = where
        if not isinstance(obj, dict):
            raise self.error("must be a JSON object")
        self.obj: dict[str, Any] = obj

    def error(self, problem: str) -> ReferenceDataError:
        parts = [self.file_name, self.where, problem] if self.where else [self.file_name, problem]
        return ReferenceDataError(": ".join(parts))

    def keys(self) -> set[str]:
        return set(self.obj)

    def value(self, key: str) -> Any:
        if key not in self.obj:
            raise self.error(f'"{key}" is missing')
        return self.obj[key]

    def mapping(self, key: str) -> dict[str, Any]:
        found = self.value(key)
        if not isinstance(found, dict):
            raise self.error(f'"{key}" must be a JSON object')
        return found

    def text(self, key: str) -> str:
        found = self.value(key)
        if not isinstance(found, str) or not found.strip():
            raise self.error(f'"{key}" must be non-empty text')
        return found

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if self.obj.get(key) is not None else None

    def boolean(self, key: str, *, default: bool) -> bool:
        found = self.obj.get(key, default)
        if not isinstance(found, bool):
            raise self.error(f'"{key}" must be true or false')
        return found

    def date(self, key: str) -> date:
        found = self.value(key)
        if not isinstance(found, str) or not _ISO_DATE.match(found):
            raise self.error(f'"{key}" must be a date written YYYY-MM-DD, not {found!r}')
        try:
            return date.fromisoformat(found)
        except ValueError:
            raise self.error(f'"{key}" {found!r} is not a real date') from None

    def optional_date(self, key: str) -> date | None:
        return self.date(key) if self.obj.get(key) is not None else None

    def optional_label(self, key: str) -> Mapping[str, str] | None:
        return self.label(key) if self.obj.get(key) is not None else None

    def label(self, key: str) -> Mapping[str, str]:
        found = self.obj.get(key)
        if not isinstance(found, dict):
            raise self.error(f'"{key}" must be an object with "en" and "th" texts')
        for lang in ("en", "th"):
            text = found.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise self.error(f'"{key}" has no {_LANGUAGE_NAMES[lang]} ("{lang}") text')
        if not all(isinstance(v, str) for v in found.values()):
            raise self.error(f'"{key}" texts must all be strings')
        return MappingProxyType(dict(found))


_LANGUAGE_NAMES = {"en": "English", "th": "Thai"}
