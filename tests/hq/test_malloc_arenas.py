"""`inspector-hq serve` asks glibc for few heap arenas (its memory under 20 laptops: bench_hq_memory)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

_PROBE = "from inspector_app.hq.malloc_arenas import limit_arenas; print(limit_arenas())"


def _probe(env_extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | env_extra
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_glibc_takes_the_limit_and_an_administrators_own_setting_is_left_alone():
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert _probe({}) == str(glibc)  # elsewhere there is nothing to ask, and nothing is pretended
    assert _probe({"MALLOC_ARENA_MAX": "8"}) == "False"


def test_serve_sets_the_limit_before_the_server_starts(monkeypatch, tmp_path):
    """The serve command asks for the limit before anything else (its threads come later)."""
    from inspector_app.hq import cli, malloc_arenas

    calls: list[str] = []
    monkeypatch.setattr(malloc_arenas, "limit_arenas", lambda: calls.append("limit") or True)

    def no_storage(*_a, **_k):
        calls.append("storage")
        raise SystemExit(0)

    monkeypatch.setattr("inspector_app.hq.bootstrap.open_storage", no_storage)
    args = cli.build_parser().parse_args(["serve", "--db", str(tmp_path / "hq.db")])
    with pytest.raises(SystemExit):
        cli.cmd_serve(args)
    assert calls == ["limit", "storage"]
