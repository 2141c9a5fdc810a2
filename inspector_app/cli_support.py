"""Shared pieces of the command line: passphrase input, opening a store, command registration."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .core.errors import InspectorError, StoreError

if TYPE_CHECKING:
    from .core.store import Store

PROG = "inspector-app"
DEMO_USER = "demo"
DEMO_PASSPHRASE = "field-demo-2569"


class CommandAdder(Protocol):
    """Adds a sub-command with --data-dir (unless data_dir=False) and returns its parser."""

    def __call__(self, name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                 data_dir: bool = True) -> argparse.ArgumentParser: ...


def default_data_dir() -> Path:
    env = os.environ.get("INSPECTOR_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("FieldInspector", appauthor=False))


def read_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    env = os.environ.get("INSPECTOR_PASSPHRASE")
    if env:
        return env
    if sys.stdin is None:
        raise InspectorError("No passphrase: set INSPECTOR_PASSPHRASE or pipe it on standard input.")
    if sys.stdin.isatty():
        passphrase = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat passphrase: ") != passphrase:
            raise InspectorError("The two passphrases differ.")
    else:
        passphrase = sys.stdin.readline().rstrip("\r\n")
    if not passphrase:
        raise InspectorError("No passphrase given (set INSPECTOR_PASSPHRASE or type it on standard input).")
    return passphrase


def open_store(args: argparse.Namespace) -> Store:
    from .core.store import Store

    data_dir = Path(args.data_dir)
    if not data_dir.exists():
        raise StoreError(f"Data dir {data_dir} does not exist (create one with '{PROG} init --data-dir {data_dir}').")
    return Store.open(data_dir, read_passphrase(), getattr(args, "user", None))




def quiet_broken_pipe() -> int:
    """The reader of our output went away (`... | head`): stop without a word, as command-line tools do.

    Standard output is pointed at the null device so the interpreter's final flush cannot complain.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
