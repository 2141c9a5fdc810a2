"""Where the application's shipped files live (source tree, installed package or bundle)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache  # resolving the path costs a few system calls, and callers ask per record in bulk loads
def resources_dir() -> Path:
    """The `resources/` folder: fonts, templates, reference data, icons.

    In a PyInstaller bundle it sits next to the bundled modules; from a source
    checkout (or an editable install) it is the repository's top-level folder.
    """
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def default_data_dir() -> Path:
    """Where the data store lives unless `--data-dir` says otherwise: INSPECTOR_DATA_DIR, else the user data folder."""
    import os

    env = os.environ.get("INSPECTOR_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("FieldInspector", appauthor=False))
