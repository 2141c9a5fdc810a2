"""Three laptops' inspections at HQ for the statistics tests, pushed through the real push path.

Synthetic and deterministic for a seed: establishments in Tak (Mae Sot and Mueang Tak), Samut
Sakhon and Bangkok, one with a province code no province has; inspections of every visit type
(and one a laptop made up), statuses from draft to submitted; findings citing one, several or no
sections, of every severity (and one unreadable), open, referred (with and without a receiving
body) and remedied, on forced-labour indicator items and others; referral records of the findings
with a receiving body, in every status, from the two updated laptops (the third, not yet updated,
sends none: its findings marked referred have no record); interviews reporting indicators,
their notes sealed as a laptop seals them; follow-up visits, some made. Then what happens later:
an inspection arrives before its establishment, an establishment moves province, a finding
changes severity, an inspection its visit date, a referral moves on a step, HQ reassigns one and
approves one.

`expected(export_dir, filters)` computes every statistic again from HQ's JSON export alone, with
plain Python: the tests compare it with the statistics tables and the CSV files.
"""

from __future__ import annotations

import copy
import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from inspector_app.hq import reassign, reviews, users
from inspector_app.hq.models import User
from inspector_app.hq.statistics import DUE_DAYS, Filters
from inspector_app.sync.client import HQClient

from .devices import FakeLaptop, fake_laptop
from .support import HQServer

PLACES = [("63", "6306"), ("63", "6306"), ("63", "6301"), ("74", "7401"), ("10", "1001"), ("63", None), ("XX", None)]
SECTORS = ["factory", "agriculture", "construction", "fishing", "domestic", "general"]
VISITS = ["routine", "routine", "complaint", "follow_up", "pipo", "special_operation"]
SECTIONS = ["LPA:70", "LPA:76", "LPA:90", "ROFW:131", "ATIP:6/1", "LPA:24", "LPA:108"]
INDICATOR_ITEMS = {"FL-B-07": "retention_of_documents", "FL-B-09": "debt_bondage", "FL-B-03": "restriction_of_movement"}
OTHER_ITEMS = ["LPA-E-01", "LPA-F-02", None]
INDICATORS = ["retention_of_documents", "debt_bondage", "excessive_overtime", "deception"]
TARGETS = ["MDT", "POLICE", None]
REFERRAL_STATUSES = ["planned", "sent", "accepted", "closed"]
OLD_LAPTOP = 2  # not yet updated: it sends findings marked referred but no referral records


@dataclass
class StatsWorld:
    hq: HQServer
    laptops: list[FakeLaptop]
    supervisor: User
    inspections: list[str] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)
    establishments: list[str] = field(default_factory=list)
    revs: dict[str, int] = field(default_factory=dict)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)

    def on(self, hq: HQServer) -> StatsWorld:
        """This world as a copy of its database serves it on `hq`: laptops that talk to that HQ, lists of
        its own (filled.FilledHQs gives each test a copy of the database `build` filled)."""
        laptops = [replace(laptop, hq=hq, client=HQClient(hq.url, laptop.token)) for laptop in self.laptops]
        return replace(self, hq=hq, laptops=laptops, inspections=list(self.inspections),
                       referrals=list(self.referrals), establishments=list(self.establishments),
                       revs=dict(self.revs), fields=copy.deepcopy(self.fields))


def _push(laptop: FakeLaptop, world: StatsWorld, entity: str, record_id: str, **fields: Any) -> None:
    base = world.revs.get(record_id, 0)
    merged = {**world.fields.get(record_id, {}), **fields}
    op = laptop.op(entity, record_id, base, base + 1, **merged)
    answer = laptop.push(op).results[0]
    assert answer.status == "applied", answer
    world.revs[record_id] = base + 1
    world.fields[record_id] = merged


def build(hq: HQServer, seed: int = 7) -> StatsWorld:
    rng = random.Random(seed)
    referral_rng = random.Random(seed + 1)  # apart, so that the rest of the world stays as it was
    laptops = [fake_laptop(hq, f"Laptop {n}") for n in range(3)]
    users.create_user(hq.db, "nida", "Nida S.", "a long synthetic password 2569")
    supervisor = users.find_reviewer(hq.db, "nida")
    world = StatsWorld(hq, laptops, supervisor)
    late_establishment = None
    for n, (province, district) in enumerate(PLACES):
        est = f"est-{seed}-{n}"
        world.establishments.append(est)
        fields = {"name_th": f"โรงงานทดสอบ {n}" if n != 1 else "=HYPERLINK(\"x\")", "sector": SECTORS[n % len(SECTORS)],
                  "province_code": province, "district_code": district, "workers_male": 10 + n, "workers_female": 5 * n}
        if n == 2:
            late_establishment = (laptops[n % 3], est, fields)  # its inspections arrive first
            continue
        _push(laptops[n % 3], world, "establishments", est, **fields)
    start = date(2025, 10, 1)
    for n in range(36):
        laptop = laptops[n % 3]
        inspection = f"insp-{seed}-{n}"
        world.inspections.append(inspection)
        visit = start + timedelta(days=rng.randint(0, 420))
        fields = {"reference": f"R-{seed}-{n:03d}", "establishment_id": world.establishments[n % len(PLACES)],
                  "visit_type": VISITS[n % len(VISITS)] if n != 5 else "made_up_visit", "visit_date": visit.isoformat(),
                  "status": ["draft", "completed", "signed", "submitted"][n % 4], "revision": 1,
                  "follow_up_date": (visit + timedelta(days=30)).isoformat() if n % 3 == 0 else None}
        if n >= 30:
            fields["previous_inspection_id"] = world.inspections[n - 30]  # the follow-up visit was made
        _push(laptop, world, "inspections", inspection, **fields)
        for k in range(rng.randint(0, 4)):
            item = rng.choice([*INDICATOR_ITEMS, *OTHER_ITEMS])
            status = rng.choice(["open", "open", "referred", "remedied"])
            _push(laptop, world, "findings", f"{inspection}-f{k}", inspection_id=inspection, item_code=item,
                  legal_refs=rng.sample(SECTIONS, rng.randint(0, 3)), severity=rng.choice(["S1", "S2", "S3", "S4", "S9"]),
                  status=status, referral_target=rng.choice(TARGETS),
                  deadline=(visit + timedelta(days=rng.choice([7, 30, 60]))).isoformat(),
                  title_th=f"ข้อค้นพบทดสอบ {k}", title_en=f"Synthetic finding {k}")
            target = world.fields[f"{inspection}-f{k}"]["referral_target"]
            if target and n % 3 != OLD_LAPTOP:
                referral = f"{inspection}-r{k}"
                world.referrals.append(referral)
                _push(laptop, world, "referrals", referral, inspection_id=inspection, finding_id=f"{inspection}-f{k}",
                      receiving_body=target, referral_date=visit.isoformat(),
                      status=referral_rng.choice(REFERRAL_STATUSES), interview_ids=[])
        for k in range(rng.randint(0, 3)):
            _push(laptop, world, "worker_interviews", f"{inspection}-w{k}", inspection_id=inspection,
                  worker_code=f"W-{k + 1:02d}", notes_original="synthetic note", sex="female",
                  indicators=rng.sample(INDICATORS, rng.randint(0, 2)))
    laptop, est, fields = late_establishment  # type: ignore[misc]
    _push(laptop, world, "establishments", est, **fields)
    # Later changes: an establishment moves province, a finding changes severity, a visit date moves.
    moved = world.establishments[3]
    _push(laptops[3 % 3], world, "establishments", moved, province_code="63", district_code="6301")
    finding = next(i for i in world.fields if i.endswith("-f0"))
    _push(laptops[world.inspections.index(finding[: -3]) % 3], world, "findings", finding, severity="S1", status="open")
    _push(laptops[4 % 3], world, "inspections", world.inspections[4], visit_date="2026-06-15")
    sent = next(r for r in world.referrals if world.fields[r]["status"] == "sent")
    owner = laptops[world.inspections.index(world.fields[sent]["inspection_id"]) % 3]
    _push(owner, world, "referrals", sent, status="accepted", accepted_on="2026-02-01")
    submitted = world.inspections[3]
    reviews.review(hq.db, submitted, "approved", None, supervisor)
    reassign.reassign(hq.db, world.inspections[7], laptops[0].device_id, supervisor, "laptop replaced")
    return world


# --------------------------------------------------------------------------- expected, from the export


def _load(folder: Path, name: str) -> list[dict[str, Any]]:
    path = folder / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def expected(folder: Path, filters: Filters) -> dict[str, Any]:
    places = {e["id"]: e for e in _load(folder, "establishments")}

    def area(inspection: dict[str, Any]) -> tuple[str | None, str | None]:
        est = places.get(inspection.get("establishment_id"), {})
        province, district = est.get("province_code"), est.get("district_code")
        province = province if isinstance(province, str) and len(province) == 2 and province.isdigit() else None
        district = district if province and isinstance(district, str) and district.startswith(province) else None
        return province, district

    def chosen(inspection: dict[str, Any]) -> bool:
        visit = date.fromisoformat(inspection["visit_date"])
        if not filters.date_from <= visit <= filters.date_to:
            return False
        province, district = area(inspection)
        if filters.district:
            return district == filters.district
        return not filters.province or province == filters.province

    all_inspections = _load(folder, "inspections")
    inspections = {i["id"]: i for i in all_inspections if chosen(i)}
    findings = [f for f in _load(folder, "findings") if f["inspection_id"] in inspections]
    interviews = [w for w in _load(folder, "worker_interviews") if w["inspection_id"] in inspections]
    visited = {i["establishment_id"] for i in inspections.values()}
    sector_visits: dict[str, Counter[str]] = defaultdict(Counter)
    for i in inspections.values():
        sector = places.get(i["establishment_id"], {}).get("sector") or ""
        sector_visits[sector][i["visit_type"]] += 1
    severity = Counter(f["severity"] if f["severity"] in ("S1", "S2", "S3", "S4") else "unknown" for f in findings)
    sections: dict[str, Counter[str]] = defaultdict(Counter)
    for f in findings:
        level = f["severity"] if f["severity"] in ("S1", "S2", "S3", "S4") else "unknown"
        for key in dict.fromkeys(f["legal_refs"]) or ["-"]:
            sections[key][level] += 1
    indicator_rows: dict[str, dict[str, Any]] = defaultdict(lambda: {"workers": 0, "findings": 0, "inspections": set()})
    for w in interviews:
        for code in dict.fromkeys(w.get("indicators") or []):
            indicator_rows[code]["workers"] += 1
            indicator_rows[code]["inspections"].add(w["inspection_id"])
    for f in findings:
        code = INDICATOR_ITEMS.get(f.get("item_code"))
        if code:
            indicator_rows[code]["findings"] += 1
            indicator_rows[code]["inspections"].add(f["inspection_id"])
    referrals: dict[tuple[Any, str], dict[str, Any]] = defaultdict(lambda: {"referrals": 0, "inspections": set()})
    records = [r for r in _load(folder, "referrals") if r["inspection_id"] in inspections]
    for r in records:
        referrals[(r["receiving_body"], r["status"])]["referrals"] += 1
        referrals[(r["receiving_body"], r["status"])]["inspections"].add(r["inspection_id"])
    recorded = {r["finding_id"] for r in records}
    unrecorded = sum(1 for f in findings if f["status"] == "referred" and f["id"] not in recorded)
    day, until = filters.as_of, filters.as_of + timedelta(days=DUE_DAYS)
    followed = {i.get("previous_inspection_id") for i in all_inspections}
    deadlines = [date.fromisoformat(f["deadline"]) for f in findings if f["status"] == "open"]
    visits = [date.fromisoformat(i["follow_up_date"]) for i in inspections.values()
              if i.get("follow_up_date") and i["id"] not in followed]
    ref = {i["id"]: i["reference"] for i in inspections.values()}
    due = sorted([(date.fromisoformat(f["deadline"]), "deadline", ref[f["inspection_id"]]) for f in findings
                  if f["status"] == "open" and date.fromisoformat(f["deadline"]) <= until]
                 + [(date.fromisoformat(i["follow_up_date"]), "follow_up", i["reference"]) for i in inspections.values()
                    if i.get("follow_up_date") and i["id"] not in followed
                    and date.fromisoformat(i["follow_up_date"]) <= until])
    return {
        "due": due,
        "overview": {
            "inspections": len(inspections),
            "establishments": len(visited & set(places)),
            "workers": sum(places[e]["workers_male"] + places[e]["workers_female"] for e in visited if e in places),
            "interviews": len(interviews),
            "findings": len(findings),
            "not_signed_off": sum(1 for i in inspections.values() if i["hq_status"] not in ("signed", "submitted",
                                                                                              "approved")),
        },
        "by_sector": {s: dict(c) for s, c in sector_visits.items()},
        "severity": dict(severity),
        "by_section": {k: dict(c) for k, c in sections.items()},
        "indicators": {k: {"workers": v["workers"], "findings": v["findings"], "inspections": len(v["inspections"])}
                       for k, v in indicator_rows.items()},
        "referrals": {k: {"referrals": v["referrals"], "inspections": len(v["inspections"])}
                      for k, v in referrals.items()},
        "referrals_unrecorded": unrecorded,
        "follow_ups": {"deadline": {"overdue": sum(d < day for d in deadlines),
                                    "due": sum(day <= d <= until for d in deadlines)},
                       "follow_up": {"overdue": sum(d < day for d in visits),
                                     "due": sum(day <= d <= until for d in visits)}},
    }
