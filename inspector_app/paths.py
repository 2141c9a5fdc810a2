"""Where the application's shipped files live (source tree, installed package or bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


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
