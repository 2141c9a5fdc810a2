"""Rules that propose findings from what the inspector recorded.

Pure functions: they read answers, interview facts and reference data and return
*proposed* findings; the inspector confirms, edits or drops each one before it becomes a
Finding. A proposal errs on the side of showing the inspector something (e.g. a recorded
age under 15 proposes a child-labour finding even if the item was ticked "compliant"),
but near misses never fire: age exactly 15, a wage exactly at the minimum, or a single
strong forced-labour indicator on its own.

The same rules decide an item's result wherever it is shown, counted or printed
(`effective_result`): where the value can judge the item (an age, a wage with a known
minimum, a choice), the value decides; elsewhere the inspector's tick stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol

from inspector_app.core import geography
from inspector_app.core.checklists import (
    INDICATORS,
    STRONG_INDICATORS,
    ChoiceDef,
    FindingTexts,
    ItemDef,
    TemplateDef,
    index_items,
)
from inspector_app.core.legal import WageRate, minimum_wage
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Label, UserMessage

__all__ = [
    "CHILD_LABOUR_REFS",
    "FORCED_LABOUR_REFERRAL_TARGETS",
    "FORCED_LABOUR_REFS",
    "MINIMUM_AGE",
    "MIN_WAGE_REFS",
    "RESULTS",
    "EffectiveResult",
    "ProposedFinding",
    "Verdict",
    "WorkerFacts",
    "effective_result",
    "evaluate",
    "propose_for_answer",
    "propose_for_indicators",
    "propose_for_worker",
    "result_for_value",
    "value_verdict",
]

RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")
MINIMUM_AGE = 15  # Labour Protection Act s.44

# Rule names carried by proposals; a service uses them to recognise a proposal again.
RULE_ITEM = "item"
RULE_CHILD_AGE = "child_age"
RULE_MIN_WAGE = "min_wage"
RULE_FORCED_LABOUR = "forced_labour"

CHILD_LABOUR_REFS = ("LPA:44",)
MIN_WAGE_REFS = ("LPA:90",)
# Anti-Trafficking in Persons Act: s.6/1 forced labour, s.4 definitions (documents, debt).
FORCED_LABOUR_REFS = ("ATIP:6/1", "ATIP:4")
FORCED_LABOUR_REFERRAL_TARGETS = ("MDT", "POLICE", "EMPLOYMENT_DEPT", "SOCIAL_SECURITY")

def _texts(en: str, th: str) -> Mapping[str, str]:
    return MappingProxyType({"en": en, "th": th})


_INDICATOR_NAMES: Mapping[str, tuple[str, str]] = {
    "abuse_of_vulnerability": ("abuse of vulnerability", "การแสวงประโยชน์จากความเปราะบาง"),
    "deception": ("deception", "การหลอกลวง"),
    "restriction_of_movement": ("restriction of movement", "การจำกัดเสรีภาพในการเดินทาง"),
    "isolation": ("isolation", "การแยกให้อยู่โดดเดี่ยว"),
    "physical_sexual_violence": (
        "physical or sexual violence",
        "การใช้ความรุนแรงทางร่างกายหรือทางเพศ",
    ),
    "intimidation_threats": ("intimidation and threats", "การข่มขู่และคุกคาม"),
    "retention_of_documents": ("retention of identity documents", "การยึดเอกสารประจำตัว"),
    "withholding_of_wages": ("withholding of wages", "การหน่วงเหนี่ยวค่าจ้าง"),
    "debt_bondage": ("debt bondage", "การใช้หนี้เป็นพันธนาการ"),
    "abusive_conditions": (
        "abusive working and living conditions",
        "สภาพการทำงานและความเป็นอยู่ที่ไม่เหมาะสม",
    ),
    "excessive_overtime": ("excessive overtime", "การทำงานล่วงเวลาเกินควร"),
}


@dataclass(frozen=True)
class ProposedFinding:
    """A finding the rules suggest, in the reader's words.

    ``title`` states what is wrong and ``required_action`` what the employer must do,
    each by language (always "th" and "en"; "my", "km" and "lo" too for worker-facing
    items); ``description`` holds the particulars a rule found (ages, wages), or nothing.
    ``deadline_days`` is the default time to comply, counted from the visit (0: at once).
    """

    rule: str
    item_code: str | None
    legal_refs: tuple[str, ...]
    severity: str
    title: Mapping[str, str] = field(hash=False)
    description: Mapping[str, str] = field(hash=False)
    workers_affected: int | None = None
    referral_targets: tuple[str, ...] = ()
    # S1 means "protect and refer" (severity scale in DOMAIN.md): the UI asks for a target.
    requires_referral: bool = False
    required_action: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    deadline_days: int | None = None


class WorkerFacts(NamedTuple):
    """What an interview recorded that the rules read; a plain (age, wage) tuple works too."""

    age: int | None
    daily_wage: float | Decimal | None


# --------------------------------------------------------------------------- an item's result


class JudgedItem(Protocol):
    """What judging an answer needs of its checklist item: an ItemDef, or the write path's row of one."""

    @property
    def answer_type(self) -> str: ...

    @property
    def rule(self) -> str | None: ...

    @property
    def non_compliant_choices(self) -> Sequence[str]: ...

    def choice(self, code: str) -> ChoiceDef | None: ...


class Verdict(NamedTuple):
    """What an answer's value alone says of its item ("compliant" or "non_compliant"), and why, in words for
    the inspector (translated by the UI)."""

    result: str
    reason: UserMessage


class EffectiveResult(NamedTuple):
    """An item's result as every screen, count and report takes it, beside the inspector's own tick.

    ``reason`` is set only where the value overrules the tick: what the editor tells the inspector.
    """

    result: str
    ticked: str
    reason: UserMessage | None = None

    @property
    def overruled(self) -> bool:
        return self.result != self.ticked


# A finding that stands: not remedied on the spot, not dismissed. The answers that show no violation.
STANDING_FINDING_STATUSES = frozenset({"open", "referred", "prosecuted"})
NO_VIOLATION_RESULTS = frozenset({"compliant", "not_applicable"})


def finding_contradicted(finding_status: str | None, result: str | None) -> bool:
    """A standing finding for an item whose result, as the reports print it (``effective_result``), shows no
    violation: the report would call the item Compliant (or Not applicable) and list a violation of it. A
    finding remedied on the spot or dismissed, and an item not answered, contradict nothing."""
    return finding_status in STANDING_FINDING_STATUSES and result in NO_VIOLATION_RESULTS


def value_verdict(
    item: JudgedItem,
    value: Any,
    *,
    province_code: str | None = None,
    on_date: date | None = None,
    district_code: str | None = None,
) -> Verdict | None:
    """The result an answer's value decides, where the item's rule or choices can judge it; else None.

    A choice question with non_compliant_choices is answered by its choice. child_age: an age under 15
    is non-compliant, 15 and over compliant. min_wage: a daily wage below the minimum for the province
    and date is non-compliant, at or above it compliant; it judges only where a rate is known for the
    place and date (no place, no date or no rate: None, and the inspector's tick stands).
    """
    if item.answer_type == "choice":
        chosen = item.choice(value) if isinstance(value, str) and item.non_compliant_choices else None
        if chosen is None:
            return None
        answer = Label(chosen.label)
        if chosen.code in item.non_compliant_choices:
            return Verdict("non_compliant", UserMessage(QT_TRANSLATE_NOOP(
                "ChecklistResults", "The answer “{answer}” is a violation: recorded as non-compliant."), answer=answer))
        return Verdict("compliant", UserMessage(QT_TRANSLATE_NOOP(
            "ChecklistResults", "The answer “{answer}” is not a violation: recorded as compliant."), answer=answer))
    if item.rule not in (RULE_CHILD_AGE, RULE_MIN_WAGE):
        return None
    number = _number(value)
    if number is None:
        return None
    if item.rule == RULE_CHILD_AGE:
        age, minimum = _plain(number), str(MINIMUM_AGE)
        if number < MINIMUM_AGE:
            return Verdict("non_compliant", UserMessage(QT_TRANSLATE_NOOP(
                "ChecklistResults", "Age {age} is under {minimum}: recorded as non-compliant."),
                age=age, minimum=minimum))
        return Verdict("compliant", UserMessage(QT_TRANSLATE_NOOP(
            "ChecklistResults", "Age {age} is not under {minimum}: recorded as compliant."), age=age, minimum=minimum))
    rate = _rate(province_code, on_date, district_code)
    if rate is None:
        return None
    wage, minimum = _plain(number), _plain(rate.daily_thb)
    if number < rate.daily_thb:
        return Verdict("non_compliant", UserMessage(QT_TRANSLATE_NOOP(
            "ChecklistResults", "A daily wage of {wage} THB is below the minimum wage here, {minimum} THB: recorded as "
                                "non-compliant."), wage=wage, minimum=minimum))
    return Verdict("compliant", UserMessage(QT_TRANSLATE_NOOP(
        "ChecklistResults", "A daily wage of {wage} THB is not below the minimum wage here, {minimum} THB: recorded as "
                            "compliant."), wage=wage, minimum=minimum))


def effective_result(
    item: JudgedItem,
    ticked: str,
    value: Any,
    *,
    province_code: str | None = None,
    on_date: date | None = None,
    district_code: str | None = None,
) -> EffectiveResult:
    """An item's result as the editor shows it, counts count it and reports print it.

    Where the value can judge the item (``value_verdict``), the value decides, whatever was ticked: age 14
    ticked "Compliant" is non-compliant. Elsewhere the inspector's tick stands. "Not applicable" and "Not
    checked" always stand as ticked: an item set aside is not judged by a value left in it (nor does it
    propose a finding).
    """
    if ticked in ("not_applicable", "not_checked"):
        return EffectiveResult(ticked, ticked)
    verdict = value_verdict(item, value, province_code=province_code, on_date=on_date, district_code=district_code)
    if verdict is None or verdict.result == ticked:
        return EffectiveResult(ticked, ticked)
    return EffectiveResult(verdict.result, ticked, verdict.reason)


def result_for_value(
    item: JudgedItem,
    ticked: str,
    before: Any,
    after: Any,
    *,
    province_code: str | None = None,
    on_date: date | None = None,
    district_code: str | None = None,
) -> str:
    """The tick an answer is left with when its value changes from ``before`` to ``after``.

    A choice question's result follows the chosen choice, either way. A value that judges its item gives
    its verdict where nothing was ticked yet, or where the tick was the earlier value's verdict (not one the
    inspector gave against it); a tick given against the value stays, and ``effective_result`` overrules it
    where everything shows it. Any other value given where nothing was ticked answers the item "compliant".
    """
    if after is None or item.answer_type == "compliance":
        return ticked
    place = {"province_code": province_code, "on_date": on_date, "district_code": district_code}
    verdict = value_verdict(item, after, **place)
    if verdict is None:
        return "compliant" if ticked == "not_checked" else ticked
    if item.answer_type == "choice" or ticked == "not_checked":
        return verdict.result
    earlier = value_verdict(item, before, **place)
    return verdict.result if earlier is not None and earlier.result == ticked else ticked


# --------------------------------------------------------------------------- single answers


def propose_for_answer(
    item: ItemDef,
    result: str,
    value: Any = None,
    *,
    province_code: str | None = None,
    on_date: date | None = None,
    district_code: str | None = None,
) -> ProposedFinding | None:
    """The finding one checklist answer suggests, or None.

    An answer proposes a finding when its effective result (``effective_result``) is non-compliant: a
    number item with a rule is judged by its value whenever the rule can be applied (child_age: under
    15; min_wage: below the minimum for the province and date), a choice question by its choice, any
    other item by its tick. A rule finding carries the particulars (ages, wages); any other the item's
    texts (a choice question: the chosen choice's), legal references and default severity. A choice
    question proposes one only for a choice listed in its non_compliant_choices. Safeguards (how the
    inspection itself was done) never propose one, nor do "not_applicable" and "not_checked".
    """
    if result not in RESULTS:
        raise ValueError(f"unknown answer result {result!r}; expected one of {', '.join(RESULTS)}")
    if result in ("not_applicable", "not_checked") or not item.makes_findings:
        return None
    place = {"province_code": province_code, "on_date": on_date, "district_code": district_code}
    if effective_result(item, result, value, **place).result != "non_compliant":
        return None
    number = _number(value)
    if item.rule == RULE_CHILD_AGE and number is not None:
        return _child_labour([number], item=item, workers_affected=None)
    if item.rule == RULE_MIN_WAGE and number is not None:
        rate = _rate(province_code, on_date, district_code)
        if rate is not None:
            return _below_minimum([number], rate, item=item, workers_affected=None)
    if item.answer_type == "choice" and value not in item.non_compliant_choices:
        return None  # a question is answered by its choice: ticked "non-compliant" without one, nothing
    return _item_finding(item, value)


def propose_for_worker(
    age: int | None,
    daily_wage: float | Decimal | None,
    province_code: str | None,
    on_date: date | None,
    *,
    district_code: str | None = None,
) -> list[ProposedFinding]:
    """Findings suggested by one interviewed worker's age and daily wage."""
    findings: list[ProposedFinding] = []
    worker_age = _number(age)
    if worker_age is not None and worker_age < MINIMUM_AGE:
        findings.append(_child_labour([worker_age], item=None, workers_affected=1))
    wage = _number(daily_wage)
    rate = _rate(province_code, on_date, district_code)
    if wage is not None and rate is not None and wage < rate.daily_thb:
        findings.append(_below_minimum([wage], rate, item=None, workers_affected=1))
    return findings


def propose_for_indicators(indicators: Iterable[str]) -> ProposedFinding | None:
    """S1 possible forced labour when two or more distinct strong indicators were seen.

    One strong indicator alone, or any number of the other (weaker) indicators, proposes
    nothing here; the items that recorded them still propose their own findings.
    """
    seen = set()
    for indicator in indicators:
        if indicator not in INDICATORS:
            raise ValueError(f"unknown forced-labour indicator {indicator!r}")
        seen.add(indicator)
    strong = [name for name in INDICATORS if name in seen and name in STRONG_INDICATORS]
    if len(strong) < 2:
        return None
    weak = [name for name in INDICATORS if name in seen and name not in STRONG_INDICATORS]
    en_list = ", ".join(_INDICATOR_NAMES[n][0] for n in strong)
    th_list = ", ".join(_INDICATOR_NAMES[n][1] for n in strong)
    description = {
        "en": f"{len(strong)} strong forced-labour indicators were recorded in this "
        f"inspection: {en_list}. Protect the workers and refer the case for screening.",
        "th": f"พบตัวบ่งชี้ที่ชัดเจนของการบังคับใช้แรงงาน {len(strong)} ประการในการตรวจครั้งนี้ "
        f"ได้แก่ {th_list} ให้คุ้มครองลูกจ้างและส่งต่อเพื่อคัดแยกผู้เสียหาย",
    }
    if weak:
        description["en"] += " Other indicators: " + ", ".join(
            _INDICATOR_NAMES[n][0] for n in weak
        ) + "."
        description["th"] += " ตัวบ่งชี้อื่น: " + ", ".join(_INDICATOR_NAMES[n][1] for n in weak)
    return ProposedFinding(
        rule=RULE_FORCED_LABOUR,
        item_code=None,
        legal_refs=FORCED_LABOUR_REFS,
        severity="S1",
        title=_texts(
            "Possible forced labour or human trafficking",
            "อาจเป็นการบังคับใช้แรงงานหรือการค้ามนุษย์",
        ),
        description=MappingProxyType(description),
        referral_targets=FORCED_LABOUR_REFERRAL_TARGETS,
        requires_referral=True,
        required_action=_texts(
            "Stop these practices at once: every worker keeps their own documents and wages, "
            "may leave freely, and is not threatened or held by debt",
            "ให้ยุติการกระทำดังกล่าวโดยทันที โดยให้ลูกจ้างทุกคนถือเอกสารประจำตัวและได้รับค่าจ้างของตนเอง "
            "ออกไปได้โดยอิสระ และไม่ถูกข่มขู่หรือผูกมัดด้วยหนี้",
        ),
        deadline_days=0,
    )


# --------------------------------------------------------------------------- whole inspection


def evaluate(
    answers: Mapping[str, tuple[str, Any]],
    workers: Iterable[WorkerFacts | tuple[int | None, float | Decimal | None]],
    indicators: Iterable[str],
    templates: Iterable[TemplateDef],
    province_code: str | None,
    on_date: date | None,
    *,
    district_code: str | None = None,
) -> list[ProposedFinding]:
    """Every finding one inspection suggests, each once, most severe first.

    ``answers`` maps item code to (result, value) for the inspection's templates (base
    plus add-ons). Indicators come from the interviews and from non-compliant items that
    carry an indicator. All workers under 15 become one child-labour finding, and all
    wages below the minimum one minimum-wage finding, counting the workers affected.
    """
    items = index_items(templates)
    order = {code: n for n, code in enumerate(items)}
    observed = list(indicators)
    item_findings: list[ProposedFinding] = []
    child_ages: list[Decimal] = []
    child_item: ItemDef | None = None
    low_wages: list[Decimal] = []
    wage_item: ItemDef | None = None
    rate = _rate(province_code, on_date, district_code)

    for code in sorted(answers, key=lambda c: order.get(c, len(order))):
        if code not in items:
            raise ValueError(f"answer for item {code}, which is in none of the given templates")
        item = items[code]
        result, value = answers[code]
        proposal = propose_for_answer(
            item, result, value,
            province_code=province_code, on_date=on_date, district_code=district_code,
        )
        if proposal is None:
            continue
        if item.indicator is not None:
            observed.append(item.indicator)
        # Rule findings are gathered and rebuilt once below, so several sources merge.
        number = _number(value)
        if proposal.rule == RULE_CHILD_AGE and number is not None:
            child_ages.append(number)
            child_item = child_item or item
        elif proposal.rule == RULE_MIN_WAGE and number is not None:
            low_wages.append(number)
            wage_item = wage_item or item
        else:
            item_findings.append(proposal)

    young_workers = 0
    underpaid_workers = 0
    for age, daily_wage in workers:
        worker_age, wage = _number(age), _number(daily_wage)
        for proposal in propose_for_worker(
            age, daily_wage, province_code, on_date, district_code=district_code
        ):
            if proposal.rule == RULE_CHILD_AGE and worker_age is not None:
                child_ages.append(worker_age)
                young_workers += 1
            elif proposal.rule == RULE_MIN_WAGE and wage is not None:
                low_wages.append(wage)
                underpaid_workers += 1

    findings: list[ProposedFinding] = []
    forced_labour = propose_for_indicators(observed)
    if forced_labour is not None:
        findings.append(forced_labour)
    if child_ages:
        findings.append(
            _child_labour(child_ages, item=child_item, workers_affected=young_workers or None)
        )
    if low_wages and rate is not None:
        findings.append(
            _below_minimum(
                low_wages, rate, item=wage_item, workers_affected=underpaid_workers or None
            )
        )
    findings.extend(item_findings)
    # Stable sort: within one severity, rule findings first, then template order.
    return sorted(findings, key=lambda f: f.severity)


# --------------------------------------------------------------------------- builders


def _child_labour(
    ages: list[Decimal], *, item: ItemDef | None, workers_affected: int | None
) -> ProposedFinding:
    youngest = _plain(min(ages))
    if workers_affected and workers_affected > 1:
        en = f"{workers_affected} workers under 15 were recorded (youngest {youngest})."
        th = (
            f"พบลูกจ้างอายุต่ำกว่า 15 ปี จำนวน {workers_affected} คน "
            f"(อายุน้อยที่สุด {youngest} ปี)"
        )
    else:
        en = f"A worker aged {youngest} was recorded."
        th = f"พบลูกจ้างอายุ {youngest} ปี"
    en += " The Labour Protection Act s.44 forbids employing anyone under 15."
    th += " ซึ่งมาตรา 44 แห่งพระราชบัญญัติคุ้มครองแรงงานห้ามจ้างเด็กอายุต่ำกว่า 15 ปี"
    texts = _rule_texts(item, CHILD_LABOUR_TEXTS)
    return ProposedFinding(
        rule=RULE_CHILD_AGE,
        item_code=item.code if item else None,
        legal_refs=_merge_refs(CHILD_LABOUR_REFS, item),
        severity="S1",
        title=texts.violation,
        description=_texts(en, th),
        workers_affected=workers_affected,
        requires_referral=True,
        required_action=texts.action,
        deadline_days=texts.deadline_days,
    )


def _below_minimum(
    wages: list[Decimal], rate: WageRate, *, item: ItemDef | None, workers_affected: int | None
) -> ProposedFinding:
    lowest = _plain(min(wages))
    minimum = _plain(rate.daily_thb)
    area_code = rate.district_code or rate.province_code
    area_en = geography.display_name(area_code, "en", with_parents=True)
    area_th = geography.display_name(area_code, "th", with_parents=True)
    day = rate.effective_from
    since_en = f"in force from {day.isoformat()}"
    since_th = f"มีผลตั้งแต่ {day.day}/{day.month}/{day.year + 543}"  # Buddhist Era
    if workers_affected and workers_affected > 1:
        en = (
            f"{workers_affected} workers are paid below the minimum wage of {minimum} THB a day "
            f"for {area_en} ({since_en}); the lowest daily wage is {lowest} THB."
        )
        th = (
            f"ลูกจ้าง {workers_affected} คนได้รับค่าจ้างต่ำกว่าอัตราค่าจ้างขั้นต่ำ"
            f"วันละ {minimum} บาท"
            f"ของ{area_th} ({since_th}) ค่าจ้างต่ำสุดวันละ {lowest} บาท"
        )
    else:
        en = (
            f"A daily wage of {lowest} THB is below the minimum wage of {minimum} THB "
            f"for {area_en} ({since_en})."
        )
        th = (
            f"ค่าจ้างวันละ {lowest} บาท ต่ำกว่าอัตราค่าจ้างขั้นต่ำวันละ {minimum} บาท"
            f"ของ{area_th} ({since_th})"
        )
    texts = _rule_texts(item, MIN_WAGE_TEXTS)
    return ProposedFinding(
        rule=RULE_MIN_WAGE,
        item_code=item.code if item else None,
        legal_refs=_merge_refs(MIN_WAGE_REFS, item),
        severity="S2",
        title=texts.violation,
        description=_texts(en, th),
        workers_affected=workers_affected,
        required_action=texts.action,
        deadline_days=texts.deadline_days,
    )


def _item_finding(item: ItemDef, value: Any) -> ProposedFinding:
    texts = item.finding_texts(value)
    if texts is None:
        texts = not_met_texts(item, value)
    return ProposedFinding(
        rule=RULE_ITEM,
        item_code=item.code,
        legal_refs=tuple(dict.fromkeys((*texts.action_refs, *item.legal_refs))),
        severity=item.default_severity,
        title=texts.violation,
        description=MappingProxyType({}),
        requires_referral=item.default_severity == "S1",
        required_action=texts.action,
        deadline_days=texts.deadline_days,
    )


# --------------------------------------------------------------------------- texts


# The finding texts of rule findings that come from interviews rather than an item.
CHILD_LABOUR_TEXTS = FindingTexts(
    violation=_texts("A child under 15 is employed", "นายจ้างจ้างเด็กอายุต่ำกว่า 15 ปีเป็นลูกจ้าง"),
    action=_texts(
        "Stop employing every child under 15 at once and pay the child all wages due",
        "ให้ยุติการจ้างเด็กอายุต่ำกว่า 15 ปีทุกคนโดยทันที และจ่ายค่าจ้างที่ค้างทั้งหมดแก่เด็ก",
    ),
    deadline_days=0,
    action_refs=CHILD_LABOUR_REFS,
)
MIN_WAGE_TEXTS = FindingTexts(
    violation=_texts(
        "Workers are paid less than the minimum daily wage for the province",
        "นายจ้างจ่ายค่าจ้างต่ำกว่าอัตราค่าจ้างขั้นต่ำของจังหวัด",
    ),
    action=_texts(
        "Raise every worker's pay to at least the minimum daily wage for the province and pay each worker "
        "the difference owed",
        "ให้ปรับค่าจ้างของลูกจ้างทุกคนให้ไม่ต่ำกว่าอัตราค่าจ้างขั้นต่ำของจังหวัด "
        "และจ่ายส่วนต่างที่ค้างจ่ายแก่ลูกจ้างแต่ละคน",
    ),
    deadline_days=15,
    action_refs=MIN_WAGE_REFS,
)


def _rule_texts(item: ItemDef | None, default: FindingTexts) -> FindingTexts:
    """The item's own texts (they fit its rule), else the rule's."""
    return (item.finding if item is not None else None) or default


def not_met_texts(item: ItemDef, value: Any) -> FindingTexts:
    """Texts for an item of a template published before finding texts existed.

    Such an item normally takes the texts of a later version asking the same question
    (``checklists.inherit_finding_texts``); this is for one whose question changed since.
    The words say plainly that the checklist item was not met, never the item's own
    compliant wording alone, and the action asks for the legal requirement.
    """
    chosen = item.choice(value) if isinstance(value, str) else None
    en = f"Not met: {item.label['en'].rstrip('?')}"
    th = f"ไม่เป็นไปตามรายการตรวจ: {item.label['th'].rstrip('?')}"
    if chosen is not None:
        en += f" (answer: {chosen.label['en']})"
        th += f" (คำตอบ: {chosen.label['th']})"
    return FindingTexts(
        violation=_texts(en, th),
        action=_texts(
            "Comply with the sections cited, as this checklist item requires",
            "ให้ปฏิบัติให้ถูกต้องตามมาตราที่อ้างถึงตามรายการตรวจนี้",
        ),
        deadline_days=30,
        action_refs=item.legal_refs,
    )


# --------------------------------------------------------------------------- helpers


def _merge_refs(rule_refs: tuple[str, ...], item: ItemDef | None) -> tuple[str, ...]:
    extra = item.legal_refs if item else ()
    return tuple(dict.fromkeys((*rule_refs, *extra)))


def _number(value: Any) -> Decimal | None:
    """A numeric answer as Decimal (exact comparisons with wage rates), or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _plain(number: Decimal) -> str:
    """352 rather than 352.00; 351.5 stays 351.5."""
    return format(number.normalize(), "f")


def _rate(
    province_code: str | None, on_date: date | None, district_code: str | None
) -> WageRate | None:
    if not province_code or on_date is None:
        return None
    return minimum_wage(province_code, on_date, district_code)
