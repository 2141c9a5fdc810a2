"""Report commands of `inspector-app`: registered by cli.build_parser."""

from __future__ import annotations

from ..cli_support import CommandAdder


def register(command: CommandAdder) -> None:
    """No report commands yet: they arrive with the report builders."""
