"""What a service call changed: the one answer every command service gives.

Screens refresh from these notices only (the UI publishes exactly what a service
returned), so a service that creates a record names it here too:
`changes.created("inspections")` is the id of the inspection just made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    """Entity (table name) -> ids of the records a service call created or changed, in one transaction."""

    changed: dict[str, set[str]] = field(default_factory=dict)
    _created: dict[str, dict[str, None]] = field(default_factory=dict, repr=False)  # ordered sets

    def add(self, entity: str, entity_id: str, *, created: bool = False) -> None:
        self.changed.setdefault(entity, set()).add(entity_id)
        if created:
            self._created.setdefault(entity, {})[entity_id] = None

    def add_created(self, entity: str, ids: Iterable[str]) -> None:
        """Many new records at once (bulk loads)."""
        ids = list(ids)
        self.changed.setdefault(entity, set()).update(ids)
        self._created.setdefault(entity, {}).update(dict.fromkeys(ids))

    def touches(self, entity: str) -> bool:
        return entity in self.changed

    def ids(self, entity: str) -> set[str]:
        """The ids of `entity` this call changed (empty when none)."""
        return set(self.changed.get(entity, ()))

    def created(self, entity: str) -> str:
        """The id of the first `entity` record this call created (services that make one record answer this)."""
        made = self._created.get(entity)
        if not made:
            raise LookupError(f"this change created no record in {entity}")
        return next(iter(made))

    def created_ids(self, entity: str) -> list[str]:
        """Every `entity` record this call created, in the order they were made."""
        return list(self._created.get(entity, ()))

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Add what `other` changed (e.g. the steps of one sync round); returns self."""
        for entity, ids in other.changed.items():
            self.changed.setdefault(entity, set()).update(ids)
        for entity, made in other._created.items():
            self._created.setdefault(entity, {}).update(made)
        return self

    def __bool__(self) -> bool:
        return bool(self.changed)
