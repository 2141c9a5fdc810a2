"""Which provinces' establishment files each laptop receives.

Derived from the provinces of the laptop's own establishment records; an admin may set the list
instead (`inspector-hq device-provinces DEVICE --set 63,74`, `--clear` goes back to the derived one).
`device_province_state` holds the provinces a laptop was brought up to date with: when its effective
list grows, it is sent every item of the new province's files; when it shrinks, the groups of the
province it lost are withdrawn from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from .db import HQDatabase
from .devices import find_device
from .errors import Invalid
from .models import DeviceProvinceState, DeviceProvinces, EstablishmentMatch, Record, utcnow

_PROVINCE = re.compile(r"^\d{2}$")


def derived(conn: Connection, device_id: str) -> list[str]:
    rows = conn.execute(
        select(EstablishmentMatch.province_code).distinct()
        .join(Record, (Record.entity == "establishments") & (Record.entity_id == EstablishmentMatch.establishment_id))
        .where(Record.owner_device_id == device_id, EstablishmentMatch.province_code.is_not(None)))
    return sorted(r.province_code for r in rows)


def override(conn: Connection, device_id: str) -> list[str] | None:
    row = conn.execute(select(DeviceProvinces.provinces).where(DeviceProvinces.device_id == device_id)).first()
    return None if row is None else sorted(row.provinces.get("codes") or [])


def effective(conn: Connection, device_id: str) -> list[str]:
    chosen = override(conn, device_id)
    return chosen if chosen is not None else derived(conn, device_id)


def receiving(conn: Connection, device_id: str) -> list[str]:
    return sorted(conn.execute(select(DeviceProvinceState.province_code)
                               .where(DeviceProvinceState.device_id == device_id)).scalars())


def ensure_current(conn: Connection, device_id: str, now: datetime | None = None) -> bool:
    """Bring the laptop's provinces up to date inside the caller's transaction; True if they changed."""
    from . import establishment_files  # it targets laptops by this module's table

    want, have = set(effective(conn, device_id)), set(receiving(conn, device_id))
    if want == have:
        return False
    now = now or utcnow()
    for province in sorted(want - have):
        conn.execute(insert(DeviceProvinceState).values(device_id=device_id, province_code=province))
        establishment_files.send_province(conn, device_id, province)
    for province in sorted(have - want):
        conn.execute(delete(DeviceProvinceState).where(DeviceProvinceState.device_id == device_id,
                                                       DeviceProvinceState.province_code == province))
        establishment_files.withdraw_province(conn, device_id, province)
    return True


def refresh_if_needed(db: HQDatabase, device_id: str) -> None:
    """Before a laptop pulls: bring its provinces up to date if they changed (a read when they did not)."""
    with db.read() as conn:
        if set(effective(conn, device_id)) == set(receiving(conn, device_id)):
            return
    try:
        with db.write() as conn:
            ensure_current(conn, device_id)
    except IntegrityError:
        pass  # another HQ process brought it up to date at the same moment


def parse_codes(text: str) -> list[str]:
    codes = sorted({part.strip() for part in text.split(",") if part.strip()})
    bad = [c for c in codes if not _PROVINCE.match(c)]
    if bad or not codes:
        raise Invalid(f"Give provinces as two-digit DOPA codes separated by commas, e.g. 63,74 (got {text!r}).")
    return codes


@dataclass(frozen=True)
class ProvincesShown:
    device_id: str
    device_name: str
    derived: list[str]
    override: list[str] | None
    receiving: list[str]


def device_provinces(db: HQDatabase, device_ref: str, *, codes: list[str] | None = None, clear: bool = False,
                     by: str = "admin") -> ProvincesShown:
    """Show a laptop's provinces; with `codes` set the admin's list, with `clear` go back to the derived one.
    The laptop is brought up to date in the same transaction."""
    with db.write() as conn:
        device = find_device(conn, device_ref)
        if codes is not None:
            conn.execute(delete(DeviceProvinces).where(DeviceProvinces.device_id == device.id))
            conn.execute(insert(DeviceProvinces).values(device_id=device.id, provinces={"codes": codes}, set_by=by,
                                                        set_at=utcnow()))
        elif clear:
            conn.execute(delete(DeviceProvinces).where(DeviceProvinces.device_id == device.id))
        if (codes is not None or clear) and device.revoked_at is None:
            ensure_current(conn, device.id)
        return ProvincesShown(device.id, device.name, derived(conn, device.id), override(conn, device.id),
                              receiving(conn, device.id))
