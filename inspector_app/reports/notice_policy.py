"""What the notice to the employer may say (DOMAIN.md, "Employer notice").

The notice orders the employer to correct violations of labour-protection law. It never
cites anti-trafficking law, never names a forced-labour indicator, never shows a
severity, a referral or a "to be confirmed" marker: telling an employer that a case is
with the multidisciplinary team can endanger the workers and the evidence.

Which laws may be cited, which findings count as screening findings and which
labour-law counterpart stands in for them are data (`resources/reference/
employer_notice.json`), not code. `matters` applies that data to a visit's findings:

- a finding that cites a screening law (ATIP, ILO C29/P29) reaches the notice only
  through its counterpart: the counterpart's statement, action and sections (plus the
  finding's own citable sections), never the finding's text, which was written for the
  screening. No counterpart, no row.
- any other finding keeps its own statement and action with its citable sections only;
  a finding left with no citable section is no order and stays off the notice.
- rows about the same matter are merged (earliest deadline, most workers affected).

Citations print without "(reference to be confirmed)"; instead a notice that cites an
unconfirmed section reports it in `Matters.unconfirmed`, and the caller issues the
notice as a draft.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import internal
from inspector_app.core.legal import LegalReference, load_legal_reference
from inspector_app.core.vocab import FORCED_LABOUR_INDICATORS
from inspector_app.paths import resources_dir

__all__ = [
    "Candidate",
    "Counterpart",
    "Matters",
    "NoticePolicy",
    "citation",
    "default_policy_path",
    "load_notice_policy",
    "matters",
    "notice_legal",
]


def default_policy_path() -> Path:
    return resources_dir() / "reference" / "employer_notice.json"


@dataclass(frozen=True)
class Counterpart:
    """A labour-law matter that stands in for a screening finding on the notice."""

    id: str
    indicators: tuple[str, ...]
    sections: tuple[str, ...]
    statement: Mapping[str, str] = field(hash=False)
    required_action: Mapping[str, str] = field(hash=False)


@dataclass(frozen=True)
class NoticePolicy:
    version: str
    citable_laws: frozenset[str]
    screening_laws: frozenset[str]
    screening_sections: frozenset[str]
    withheld_sections: frozenset[str]
    bare_sections: frozenset[str]
    counterparts: tuple[Counterpart, ...]
    no_counterpart: frozenset[str]  # indicators that never reach the notice

    def is_screening(self, refs: Iterable[str]) -> bool:
        return any(_law(r) in self.screening_laws or r in self.screening_sections for r in refs)

    def citable(self, refs: Iterable[str]) -> list[str]:
        return [r for r in dict.fromkeys(refs)
                if _law(r) in self.citable_laws and r not in self.withheld_sections]

    def counterpart_for(self, indicator: str | None, citable_refs: Sequence[str]) -> Counterpart | None:
        """By the finding's indicator; without one, by the first citable section a counterpart covers."""
        if indicator:
            if indicator in self.no_counterpart:
                return None
            found = next((c for c in self.counterparts if indicator in c.indicators), None)
            if found is not None:
                return found
        for ref in citable_refs:
            found = next((c for c in self.counterparts if ref in c.sections), None)
            if found is not None:
                return found
        return None


def _law(key: str) -> str:
    return key.split(":", 1)[0]


# --------------------------------------------------------------------------- loading


def load_notice_policy(path: Path | None = None) -> NoticePolicy:
    """Load and check the notice policy (default: the shipped file); cached while the file is unchanged."""
    path = path or default_policy_path()
    try:
        stat = path.stat()
    except OSError as exc:
        raise ValidationError(internal(f"{path.name}: cannot be read ({exc.strerror}).")) from None
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _load(path_text: str, _mtime: int, _size: int) -> NoticePolicy:
    path = Path(path_text)
    name = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(internal(f"{name}: cannot be read ({exc.strerror}).")) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(internal(f"{name}: not valid JSON ({exc}).")) from None
    if not isinstance(doc, dict) or doc.get("schema_version") != 1:
        raise ValidationError(internal(f'{name}: expected a JSON object with "schema_version": 1.'))
    reference = load_legal_reference()

    def names(key: str) -> frozenset[str]:
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValidationError(internal(f'{name}: "{key}" must be a list of texts.'))
        return frozenset(value)

    def section_list(key: str, where: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(internal(f'{name}: {where}: "{key}" must be a list of section keys.'))
        unknown = [v for v in value if v not in reference]
        if unknown:
            raise ValidationError(internal(f"{name}: {where}: {unknown[0]!r} is not in {reference.source_name}."))
        return tuple(value)

    citable = names("citable_laws")
    unknown_laws = sorted(citable - set(reference.laws))
    if unknown_laws:
        raise ValidationError(internal(f"{name}: citable law {unknown_laws[0]!r} is not in {reference.source_name}."))
    no_counterpart = doc.get("no_counterpart", {})
    if not isinstance(no_counterpart, dict):
        raise ValidationError(internal(f'{name}: "no_counterpart" must be an object (indicator: reason).'))
    raw_counterparts = doc.get("counterparts")
    if not isinstance(raw_counterparts, list):
        raise ValidationError(internal(f'{name}: "counterparts" must be a list.'))
    counterparts = []
    for n, raw in enumerate(raw_counterparts, start=1):
        where = f"counterpart {n}"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise ValidationError(internal(f'{name}: {where} needs an "id".'))
        where = f"counterpart {raw['id']!r}"
        indicators = raw.get("indicators", [])
        if not isinstance(indicators, list) or any(i not in FORCED_LABOUR_INDICATORS for i in indicators):
            raise ValidationError(internal(f'{name}: {where}: "indicators" must list known forced-labour indicators.'))
        clash = [i for i in indicators if i in no_counterpart]
        if clash:
            raise ValidationError(internal(f'{name}: {where}: indicator {clash[0]!r} is also under "no_counterpart".'))
        sections = section_list("sections", where, raw.get("sections"))
        if not sections or any(_law(s) not in citable for s in sections):
            raise ValidationError(internal(f"{name}: {where}: every section must belong to a citable law."))
        texts = {}
        for key in ("statement", "required_action"):
            value = raw.get(key)
            if not (isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang].strip()
                                                    for lang in ("th", "en"))):
                raise ValidationError(internal(f'{name}: {where}: "{key}" needs "th" and "en" texts.'))
            texts[key] = dict(value)
        counterparts.append(Counterpart(raw["id"], tuple(indicators), sections, texts["statement"],
                                        texts["required_action"]))
    unknown_indicators = [i for i in no_counterpart if i not in FORCED_LABOUR_INDICATORS]
    if unknown_indicators:
        raise ValidationError(internal(f"{name}: no_counterpart: {unknown_indicators[0]!r} is not a forced-labour indicator."))
    return NoticePolicy(
        version=str(doc.get("version") or ""),
        citable_laws=citable,
        screening_laws=names("screening_laws"),
        screening_sections=frozenset(section_list("screening_sections", "top level", doc.get("screening_sections", []))),
        withheld_sections=frozenset(section_list("withheld_sections", "top level", doc.get("withheld_sections", []))),
        bare_sections=frozenset(section_list("bare_sections", "top level", doc.get("bare_sections", []))),
        counterparts=tuple(counterparts),
        no_counterpart=frozenset(no_counterpart),
    )


# --------------------------------------------------------------------------- citations


def citation(key: str, lang: str, reference: LegalReference | None = None) -> str:
    """The bare citation, "พ.ร.บ.คุ้มครองแรงงาน มาตรา 76" / "LPA s.76", without title or marker."""
    reference = reference or load_legal_reference()
    section = reference.get(key)
    if section is None:
        return key
    law = reference.laws[section.law]
    prefix = law.section_prefix.get(lang, "s." if lang == "en" else "มาตรา ") if section.section[:1].isdigit() else ""
    return f"{law.short.get(lang) or law.short['en']} {prefix}{section.section}"


def notice_legal(keys: Iterable[str], policy: NoticePolicy) -> tuple[list[dict[str, str]], list[str]]:
    """Citations as the notice prints them, and the keys among them still to be confirmed.

    Titles print in full except for the bare sections (their titles speak of complaints).
    """
    reference = load_legal_reference()
    out, unconfirmed = [], []
    for key in dict.fromkeys(keys):
        section = reference.get(key)
        if section is None or section.verify:
            unconfirmed.append(key)
        cite = {lang: citation(key, lang, reference) for lang in ("th", "en")}
        full = dict(cite)
        if section is not None and key not in policy.bare_sections:
            full = {lang: f"{cite[lang]} — {section.title.get(lang) or section.title['en']}" for lang in ("th", "en")}
        out.append({"key": key, "th": full["th"], "en": full["en"], "cite_th": cite["th"], "cite_en": cite["en"]})
    return out, unconfirmed


# --------------------------------------------------------------------------- findings to matters


@dataclass(frozen=True)
class Candidate:
    """One finding as the notice may use it (texts already cleaned of worker codes and notes)."""

    title: str | None  # in the notice's language (Thai), or the other where the finding has no Thai
    required_action: str | None
    legal_refs: tuple[str, ...]
    indicator: str | None
    deadline: str | None  # ISO date
    workers_affected: int | None
    remedied: bool
    # Each language as stored (None where the inspector wrote only the other): the notice prints both.
    title_th: str | None = None
    title_en: str | None = None
    required_action_th: str | None = None
    required_action_en: str | None = None


@dataclass
class Matters:
    rows: list[dict[str, Any]]
    legal_basis: list[dict[str, str]]
    unconfirmed: list[str]  # cited sections still marked "verify" (or unknown): the notice is a draft


def _earliest(a: str | None, b: str | None) -> str | None:
    return min(x for x in (a, b) if x) if (a or b) else None


def _most(a: int | None, b: int | None) -> int | None:
    return max(x for x in (a, b) if x is not None) if (a is not None or b is not None) else None


def matters(candidates: Iterable[Candidate], policy: NoticePolicy | None = None) -> Matters:
    """The rows of the notice (see the module docstring), numbered in deadline order."""
    policy = policy or load_notice_policy()
    own: list[dict[str, Any]] = []
    standing_in: dict[str, dict[str, Any]] = {}
    for candidate in candidates:
        citable = policy.citable(candidate.legal_refs)
        if policy.is_screening(candidate.legal_refs):
            counterpart = policy.counterpart_for(candidate.indicator, citable)
            if counterpart is None:
                continue
            row = standing_in.get(counterpart.id)
            if row is None:
                standing_in[counterpart.id] = {
                    "sections": list(dict.fromkeys([*counterpart.sections, *citable])),
                    "title_th": counterpart.statement["th"], "title_en": counterpart.statement["en"],
                    "action_th": counterpart.required_action["th"], "action_en": counterpart.required_action["en"],
                    "deadline": candidate.deadline, "workers_affected": candidate.workers_affected,
                    "remedied": candidate.remedied,
                }
            else:
                row["sections"] = list(dict.fromkeys([*row["sections"], *citable]))
                row["deadline"] = _earliest(row["deadline"], candidate.deadline)
                row["workers_affected"] = _most(row["workers_affected"], candidate.workers_affected)
                row["remedied"] = row["remedied"] and candidate.remedied
            continue
        if not citable:
            continue
        own.append({"sections": citable, "title": candidate.title, "action": candidate.required_action,
                    "title_th": candidate.title_th, "title_en": candidate.title_en,
                    "action_th": candidate.required_action_th, "action_en": candidate.required_action_en,
                    "deadline": candidate.deadline, "workers_affected": candidate.workers_affected,
                    "remedied": candidate.remedied})

    # A counterpart whose sections a finding of the employer's own already cites is the
    # same matter: fold it in rather than print the violation twice.
    for stand_in in standing_in.values():
        same = next((r for r in own if set(stand_in["sections"]) <= set(r["sections"])), None)
        if same is not None:
            same["deadline"] = _earliest(same["deadline"], stand_in["deadline"])
            same["workers_affected"] = _most(same["workers_affected"], stand_in["workers_affected"])
            same["remedied"] = same["remedied"] and stand_in["remedied"]
            continue
        own.append({"sections": stand_in["sections"], "title": stand_in["title_th"],
                    "title_th": stand_in["title_th"], "title_en": stand_in["title_en"], "action": stand_in["action_th"],
                    "action_th": stand_in["action_th"], "action_en": stand_in["action_en"],
                    "deadline": stand_in["deadline"],
                    "workers_affected": stand_in["workers_affected"], "remedied": stand_in["remedied"]})

    own.sort(key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["title"] or ""))
    rows: list[dict[str, Any]] = []
    basis: dict[str, dict[str, str]] = {}
    unconfirmed: list[str] = []
    for number, r in enumerate(own, start=1):
        legal, pending = notice_legal(r["sections"], policy)
        unconfirmed += [k for k in pending if k not in unconfirmed]
        for ref in legal:
            basis.setdefault(ref["key"], ref)
        row: dict[str, Any] = {
            "number": number,
            "title": r["title"],
            "legal": legal,
            "workers_affected": r["workers_affected"],
            "required_action": r["action"],
            "deadline": r["deadline"],
            # Only "remedied" is the employer's business; referred or prosecuted never shows.
            "status": "remedied" if r["remedied"] else "open",
        }
        row.update(title_th=r.get("title_th"), title_en=r.get("title_en"),
                   required_action_th=r.get("action_th"), required_action_en=r.get("action_en"))
        rows.append(row)
    return Matters(rows, list(basis.values()), unconfirmed)
