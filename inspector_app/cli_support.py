"""Shared pieces of the command line: passphrase input, opening a store, command registration."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .core.demo_account import DEMO_PASSPHRASE, DEMO_USER
from .core.errors import InspectorError, StoreError
from .paths import default_data_dir

if TYPE_CHECKING:
    from .core.store import Store

__all__ = ["DEMO_PASSPHRASE", "DEMO_USER", "PROG", "CommandAdder", "default_data_dir", "open_store",
           "quiet_broken_pipe", "read_passphrase"]

PROG = "inspector-app"


class CommandAdder(Protocol):
    """Adds a sub-command with --data-dir (unless data_dir=False) and returns its parser."""

    def __call__(self, name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                 data_dir: bool = True) -> argparse.ArgumentParser: ...


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
    from .core.services import setup

    data_dir = Path(args.data_dir)
    if not data_dir.exists():
        raise StoreError(f"Data dir {data_dir} does not exist (create one with '{PROG} init --data-dir {data_dir}').")
    return setup.open_store(data_dir, read_passphrase(), getattr(args, "user", None))




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
