"""The README's sync and HQ commands exist as written (their behaviour is tested beside this file)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from inspector_app.cli import build_parser as app_parser
from inspector_app.hq.cli import build_parser as hq_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _sync_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Sync with HQ, and the HQ service")
    return text[start : text.index("\n## ", start)]


def _commands() -> list[list[str]]:
    block = re.search(r"```sh\n(.*?)```", _sync_section(), re.S)
    assert block, "the sync section has an example"
    commands = []
    for line in block.group(1).splitlines():
        words = shlex.split(line.rstrip("&").strip())
        while words and "=" in words[0]:
            words = words[1:]  # VAR=value prefixes
        commands.append(words)
    return commands


@pytest.mark.parametrize("argv", _commands(), ids=lambda argv: " ".join(argv[:2]))
def test_readme_example_parses(argv: list[str]) -> None:
    parser = {"inspector-app": app_parser, "inspector-hq": hq_parser}[argv[0]]()
    args = parser.parse_args(argv[1:])
    assert callable(args.func)


def test_every_sync_command_is_in_the_readme_tables() -> None:
    section = _sync_section()
    for command in ("enrol", "sync", "bundle export", "bundle import"):
        assert f"`inspector-app {command} " in section
    hq_commands = next(a for a in hq_parser()._actions if a.__class__.__name__ == "_SubParsersAction").choices
    for command in hq_commands:
        assert f"inspector-hq {command}" in section or f"`{command} --db" in section, command
