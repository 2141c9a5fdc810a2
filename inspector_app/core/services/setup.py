"""Setting a data store up: a new one, opening one, more local users, the demo store.

The store itself only keys, migrates and opens the database; what goes into a new or
upgraded store (the first user, the shipped checklists, demo data) is written here,
through the services like any other change.
"""

from __future__ import annotations

from pathlib import Path

from ..changes import ChangeSet
from ..demo_account import DEMO_DISPLAY_NAME, DEMO_INSPECTIONS, DEMO_PASSPHRASE, DEMO_SEED, DEMO_USER
from ..keys import Keyring
from ..store import Store
from . import reference, users


def create_store(data_dir: Path | str, username: str, passphrase: str, *, display_name: str | None = None,
                 device_name: str | None = None, load_templates: bool = True) -> Store:
    """A new data dir: key slot, schema, local device, its first user and the shipped checklists."""
    store = Store.create_empty(data_dir, username, passphrase, device_name=device_name)
    try:
        users.create_user(store, username, display_name or username, passphrase=passphrase, role="inspector")
        if load_templates:
            reference.load_shipped_templates(store)
            reference.load_new_shipped_templates(store)  # records the shipped set as seen
        store.refresh_identity()
    except BaseException:
        store.close()
        raise
    return store


def open_store(data_dir: Path | str, passphrase: str, username: str | None = None) -> Store:
    """Unlock a data dir (upgrading it if needed) and add the checklist versions this app ships that it lacks."""
    store = Store.open(data_dir, passphrase, username)
    try:
        if not store.read_only:
            reference.load_new_shipped_templates(store)
    except BaseException:
        store.close()
        raise
    return store


def add_local_user(store: Store, username: str, passphrase: str, display_name: str | None = None,
                   role: str = "inspector") -> ChangeSet:
    """A second inspector on this laptop: a key slot and a user record (`created("users")`)."""
    store.add_key_slot(username, passphrase)
    return users.create_user(store, username, display_name or username, passphrase=passphrase, role=role)


def create_demo_store(data_dir: Path | str, *, inspections: int = DEMO_INSPECTIONS, seed: int = DEMO_SEED) -> bool:
    """A data dir with the demo user and demo data, unless one is there already; True when made."""
    from .. import demo

    if Keyring(Path(data_dir)).exists():
        return False
    with create_store(data_dir, DEMO_USER, DEMO_PASSPHRASE, display_name=DEMO_DISPLAY_NAME) as store:
        demo.generate(store, inspections=inspections, seed=seed)
    return True
