"""Sync commands of `inspector-app` (enrol, sync, bundle): registered by cli.build_parser."""

from __future__ import annotations

from ..cli_support import CommandAdder


def register(command: CommandAdder) -> None:
    """No sync commands yet: they arrive with the sync engine."""
