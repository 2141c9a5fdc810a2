"""Owner-only files and folders in the data dir (0600 / 0700), as the security model asks.

New files are created with the right mode before anything is written to them;
`tighten` fixes a data dir made by an older version (or copied with loose modes)
when it is opened. SQLite gives the -wal and -shm files the database file's mode.
On Windows the folder's ACL (the user profile) does this job: modes are left alone.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_ENFORCED = os.name != "nt"


def _loose(mode: int) -> bool:
    return bool(mode & (stat.S_IRWXG | stat.S_IRWXO))


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) owner-only; tighten it if it exists with loose modes."""
    path = Path(path)
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
    if _ENFORCED and _loose(path.stat().st_mode):
        path.chmod(DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make sure `path` exists owner-only before it is opened for writing (open() keeps an existing mode)."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    if _ENFORCED and _loose(path.stat().st_mode):
        path.chmod(FILE_MODE)
    return path


def tighten(root: Path) -> None:
    """Owner-only modes for `root`, the files in it, and everything under any loose folder.

    A folder already 0700 was made by this version, so its contents are too: skipped, which keeps
    opening a data dir with many thousands of attachment files quick.
    """
    if not _ENFORCED:
        return
    root = Path(root)
    if _loose(root.stat().st_mode):
        root.chmod(DIR_MODE)
    _tighten_entries(root, recurse=False)


def _tighten_entries(folder: Path, *, recurse: bool) -> None:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_symlink():
                continue
            mode = entry.stat(follow_symlinks=False).st_mode
            if entry.is_dir(follow_symlinks=False):
                loose = _loose(mode)
                if loose:
                    os.chmod(entry.path, DIR_MODE)
                if loose or recurse:
                    _tighten_entries(Path(entry.path), recurse=True)
            elif _loose(mode):
                os.chmod(entry.path, FILE_MODE)
