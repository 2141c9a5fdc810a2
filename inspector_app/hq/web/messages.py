"""Finds every string the workspace shows, for the Thai catalogue (`python -m inspector_app.hq.web.messages`).

Strings are `_("...")` / `ngettext("...", "...", n)` in templates and `N_("...")`, `t.gettext("...")`,
`t.ngettext(...)` in the web package's Python. Running the module adds missing ones to
`translations/th.json` with an empty translation (to fill in) and drops those no longer used;
`tests/hq/web/test_translations.py` fails while any is missing or empty.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from jinja2 import Environment, nodes

HERE = Path(__file__).resolve().parent
CATALOGUE = HERE / "translations" / "th.json"
_CALLS = {"_", "N_", "gettext", "ngettext"}


def _template_strings(env: Environment, source: str) -> set[str]:
    found: set[str] = set()
    for call in env.parse(source).find_all(nodes.Call):
        name = call.node.name if isinstance(call.node, nodes.Name) else (
            call.node.attr if isinstance(call.node, nodes.Getattr) else None)
        if name in _CALLS and call.args and isinstance(call.args[0], nodes.Const) and isinstance(call.args[0].value, str):
            found.add(call.args[0].value)
    return found


def _python_strings(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        first = node.args[0]
        if name in _CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.add(first.value)
    return found


def used_strings(root: Path = HERE) -> set[str]:
    """Every English string the web package (and packages beside it that add pages) shows."""
    env = Environment()
    found: set[str] = set()
    for path in sorted(root.rglob("*.html")):
        found |= _template_strings(env, path.read_text(encoding="utf-8"))
    for path in sorted(root.rglob("*.py")):
        found |= _python_strings(path.read_text(encoding="utf-8"))
    return found


def load() -> dict[str, str]:
    return json.loads(CATALOGUE.read_text(encoding="utf-8")) if CATALOGUE.exists() else {}


def update() -> tuple[int, int]:
    """Add missing strings (empty), drop unused ones; returns (added, dropped)."""
    current = load()
    used = used_strings()
    merged = {key: current.get(key, "") for key in sorted(used)}
    CATALOGUE.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(used - set(current)), len(set(current) - used)


if __name__ == "__main__":
    added, dropped = update()
    missing = [k for k, v in load().items() if not v]
    print(f"{CATALOGUE}: {added} added, {dropped} dropped, {len(missing)} to translate")
    sys.exit(0)
