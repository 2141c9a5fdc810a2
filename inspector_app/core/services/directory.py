"""Establishments and language coordinators."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..models import SECTORS, Establishment, LanguageCoordinator
from ..writer import ChangeSet
from .common import as_date, non_negative, one_of
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


def _validate_location(fields: dict[str, Any]) -> None:
    from .. import geography

    province = fields.get("province_code")
    district = fields.get("district_code")
    subdistrict = fields.get("subdistrict_code")
    if province is not None and geography.place(province) is None:
        raise ValidationError(f"{province!r} is not a province code.")
    if district:
        if geography.place(district) is None or not district.startswith(province or ""):
            raise ValidationError(f"{district!r} is not a district of province {province}.")
    if subdistrict:
        if geography.place(subdistrict) is None or not subdistrict.startswith(district or "-"):
            raise ValidationError(f"{subdistrict!r} is not a subdistrict of district {district}.")


def _validate_establishment(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(ESTABLISHMENT_FIELDS)
    if unknown:
        raise ValidationError(f"An establishment has no field(s) {', '.join(sorted(unknown))}.")
    one_of(changes.get("sector"), SECTORS, "Sector")
    for key in ("workers_male", "workers_female", "workers_under18"):
        if key in changes:
            changes[key] = non_negative(changes[key], key.replace("_", " ").capitalize()) or 0
    for key in ("latitude", "longitude"):
        if changes.get(key) not in (None, ""):
            try:
                changes[key] = float(changes[key])
            except (TypeError, ValueError):
                raise ValidationError(f"{key.capitalize()} must be a number.") from None
    for key in ("name_th", "name_en", "address", "employer_name"):
        if key in changes:
            changes[key] = clean_text(changes[key])
    return changes


def create_establishment(store: Store, **fields: Any) -> ChangeSet:
    """A new establishment; `created("establishments")` is its id."""
    fields = _validate_establishment(dict(fields))
    if not fields.get("name_th") and not fields.get("name_en"):
        raise ValidationError("An establishment needs a name.")
    if not fields.get("province_code"):
        raise ValidationError("An establishment needs its province.")
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
            raise ValidationError("An establishment needs a name.")
        uow.save(establishment)
    return uow.changes


def save_coordinator(store: Store, coordinator_id: str | None = None, **changes: Any) -> ChangeSet:
    """Create (no id: `created("language_coordinators")` is the new id) or change a language coordinator."""
    unknown = set(changes) - set(COORDINATOR_FIELDS)
    if unknown:
        raise ValidationError(f"A language coordinator has no field(s) {', '.join(sorted(unknown))}.")
    if "full_name" in changes:
        changes["full_name"] = clean_text(changes["full_name"])
    if "no_conflict_declared_on" in changes:
        changes["no_conflict_declared_on"] = as_date(changes["no_conflict_declared_on"], "Declaration date")
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
            raise ValidationError("A language coordinator needs a name.")
        uow.save(coordinator)
    return uow.changes
