"""The counts each proof suite prints at the end of its run (and, for the README, keeps in a file).

A suite calls `record(name, line, **numbers)`; the lines are printed in the terminal summary
under "proof suite figures", and appended as JSON to $INSPECTOR_PROOF_FIGURES when set.
"""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import dataclass, field
from typing import Any

FIGURES_ENV = "INSPECTOR_PROOF_FIGURES"


@dataclass
class Figure:
    suite: str
    line: str
    numbers: dict[str, Any] = field(default_factory=dict)


RECORDED: list[Figure] = []


def record(suite: str, line: str, **numbers: Any) -> Figure:
    figure = Figure(suite, line, numbers)
    RECORDED.append(figure)
    print(line)  # also in the test's own output (-rP, or on failure)
    target = os.environ.get(FIGURES_ENV)
    if target:
        entry = {"suite": suite, "line": line, "numbers": numbers, "at": time.strftime("%Y-%m-%d %H:%M:%S"),
                 "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return figure


def n(value: int) -> str:
    """1384 -> '1,384' (as the figures are read in the README)."""
    return f"{value:,}"
