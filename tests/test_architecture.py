"""The layer rules of DESIGN.md, enforced: nothing imports ui; only ui imports Qt widgets."""

from __future__ import annotations

import os
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
    finally:
        os.chdir(cwd)


def test_no_qt_widgets_outside_ui() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "inspector_app").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "inspector_app").parts[:1]
        and ("PySide6.QtWidgets" in path.read_text(encoding="utf-8") or "PySide6.QtGui" in path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
