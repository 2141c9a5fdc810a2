"""Establishments and language coordinators."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..models import Establishment, LanguageCoordinator
from ..vocab import SECTORS
from ..writer import ChangeSet
from .common import as_date, non_negative, one_of, unknown_fields
from .credentials import ACCREDITATION_FIELDS, clean_accreditation, clean_training_records
from .text import clean_text

if TYPE_CHECKING:
    from ..store import Store

ESTABLISHMENT_FIELDS = (
    "name_th", "name_en", "registration_no", "social_security_no", "sector", "isic_code", "employer_name",
    "contact_phone", "address", "province_code", "district_code", "subdistrict_code", "latitude", "longitude",
    "workers_male", "workers_female", "workers_under18", "workers_by_nationality",
)
COORDINATOR_FIELDS = (
    "full_name", "languages", "gender", "phone", "organisation", "no_conflict_declared", "no_conflict_declared_on",
    "active", "training_records", *ACCREDITATION_FIELDS,
)


_FIELD_NAMES = {"workers_male": QT_TRANSLATE_NOOP("Fields", "Male workers"),
                "workers_female": QT_TRANSLATE_NOOP("Fields", "Female workers"),
                "workers_under18": QT_TRANSLATE_NOOP("Fields", "Workers under 18"),
                "latitude": QT_TRANSLATE_NOOP("Fields", "Latitude"),
                "longitude": QT_TRANSLATE_NOOP("Fields", "Longitude")}
NAME_NEEDED = QT_TRANSLATE_NOOP("DirectoryErrors", "An establishment needs a name.")
PROVINCE_NEEDED = QT_TRANSLATE_NOOP("DirectoryErrors", "An establishment needs its province.")


def _validate_location(fields: dict[str, Any]) -> None:
    from .. import geography

    province = fields.get("province_code")
    district = fields.get("district_code")
    subdistrict = fields.get("subdistrict_code")
    if province is not None and geography.place(province) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DirectoryErrors", "{code} is not a province code."), code=repr(province))
    if district:
        if geography.place(district) is None or not district.startswith(province or ""):
            raise ValidationError(QT_TRANSLATE_NOOP("DirectoryErrors", "{code} is not a district of province "
                                                                       "{province}."),
                                  code=repr(district), province=str(province))
    if subdistrict:
        if geography.place(subdistrict) is None or not subdistrict.startswith(district or "-"):
            raise ValidationError(QT_TRANSLATE_NOOP("DirectoryErrors", "{code} is not a subdistrict of district "
                                                                       "{district}."),
                                  code=repr(subdistrict), district=str(district))


def _validate_establishment(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(ESTABLISHMENT_FIELDS)
    if unknown:
        raise unknown_fields("An establishment", unknown)
    one_of(changes.get("sector"), SECTORS, QT_TRANSLATE_NOOP("Fields", "Sector"))
    for key in ("workers_male", "workers_female", "workers_under18"):
        if key in changes:
            changes[key] = non_negative(changes[key], _FIELD_NAMES[key]) or 0
    for key in ("latitude", "longitude"):
        if changes.get(key) not in (None, ""):
            try:
                changes[key] = float(changes[key])
            except (TypeError, ValueError):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} must be a number."),
                                      what=_FIELD_NAMES[key]) from None
    for key in ("name_th", "name_en", "address", "employer_name"):
        if key in changes:
            changes[key] = clean_text(changes[key])
    return changes


def create_establishment(store: Store, **fields: Any) -> ChangeSet:
    """A new establishment; `created("establishments")` is its id."""
    fields = _validate_establishment(dict(fields))
    if not fields.get("name_th") and not fields.get("name_en"):
        raise ValidationError(NAME_NEEDED)
    if not fields.get("province_code"):
        raise ValidationError(PROVINCE_NEEDED)
    _validate_location(fields)
    fields["name_th"] = fields.get("name_th") or fields.get("name_en")
    fields["workers_by_nationality"] = dict(fields.get("workers_by_nationality") or {})
    with store.unit_of_work() as uow:
        establishment = Establishment(**fields)
        uow.save(establishment, "create")
    return uow.changes


def update_establishment(store: Store, establishment_id: str, **changes: Any) -> ChangeSet:
    changes = _validate_establishment(dict(changes))
    with store.unit_of_work() as uow:
        establishment = uow.get(Establishment, establishment_id, "establishment")
        for key, value in changes.items():
            setattr(establishment, key, value)
        _validate_location({
            "province_code": establishment.province_code,
            "district_code": establishment.district_code,
            "subdistrict_code": establishment.subdistrict_code,
        })
        if not establishment.name_th:
            raise ValidationError(NAME_NEEDED)
        uow.save(establishment)
    return uow.changes


def save_coordinator(store: Store, coordinator_id: str | None = None, **changes: Any) -> ChangeSet:
    """Create (no id: `created("language_coordinators")` is the new id) or change a language coordinator."""
    unknown = set(changes) - set(COORDINATOR_FIELDS)
    if unknown:
        raise unknown_fields("A language coordinator", unknown)
    if "full_name" in changes:
        changes["full_name"] = clean_text(changes["full_name"])
    if "no_conflict_declared_on" in changes:
        changes["no_conflict_declared_on"] = as_date(changes["no_conflict_declared_on"],
                                                       QT_TRANSLATE_NOOP("Fields", "Declaration date"))
    if "training_records" in changes:
        changes["training_records"] = clean_training_records(changes["training_records"])
    with store.unit_of_work() as uow:
        if coordinator_id:
            coordinator = uow.get(LanguageCoordinator, coordinator_id, "language coordinator")
        else:
            coordinator = LanguageCoordinator(languages=[], active=True, training_records=[])
        changes.update(clean_accreditation(changes, {key: getattr(coordinator, key) for key in ACCREDITATION_FIELDS}))
        for key, value in changes.items():
            setattr(coordinator, key, value)
        if not coordinator.full_name:
            raise ValidationError(QT_TRANSLATE_NOOP("DirectoryErrors", "A language coordinator needs a name."))
        uow.save(coordinator)
    return uow.changes
