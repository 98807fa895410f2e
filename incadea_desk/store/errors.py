"""What can go wrong with the local database, said in one sentence that names its folder.

SQLite reports a problem as a class and a code; the advisor needs to know which
folder and what to do. ``StoreError`` is the only exception the store raises
for a database or file-system fault.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import Literal

Problem = Literal["unwritable", "full", "busy", "not_a_folder", "newer", "damaged"]

LOW_SPACE_BYTES = 256 * 1024

# Primary SQLite result codes (the low byte of an extended code).
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_UNWRITABLE = {3, 8, 14}  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN
_FULL = {13}  # SQLITE_FULL
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


class StoreError(Exception):
    """The local database cannot be used right now; ``sentence`` says why and where."""

    def __init__(self, problem: Problem, sentence: str) -> None:
        super().__init__(sentence)
        self.problem: Problem = problem
        self.sentence = sentence

    def __str__(self) -> str:
        return self.sentence


def sentence_for(problem: Problem, folder: Path, *, schema: int | None = None) -> str:
    if problem == "unwritable":
        return (
            f"The local database in {folder} cannot be written (the folder or the disk is "
            "read-only or not accessible)."
        )
    if problem == "full":
        return f"The disk that holds the local database in {folder} is full."
    if problem == "busy":
        return f"Another program keeps the local database in {folder} locked."
    if problem == "not_a_folder":
        return f"{folder} is a file where incadea-desk keeps its data folder; move the file away."
    if problem == "newer":
        return (
            f"The local database in {folder} was written by a newer incadea-desk "
            f"(schema {schema}); update incadea-desk to use it."
        )
    return f"The local database in {folder} is damaged; restart incadea-desk to repair it."


def _no_space_left(folder: Path) -> bool:
    """Whether the disk of ``folder`` is (nearly) full: SQLite reports a full disk while
    creating its files as an I/O error, not as SQLITE_FULL."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.free < LOW_SPACE_BYTES


def is_damage(error: BaseException) -> bool:
    """Whether SQLite says the file is not (or no longer) a sound database."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def classify(error: BaseException, folder: Path) -> StoreError:
    """The ``StoreError`` for an ``sqlite3.Error`` or ``OSError`` on the store in ``folder``."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return StoreError("not_a_folder", sentence_for("not_a_folder", folder))
    if isinstance(error, OSError):
        problem: Problem = (
            "full" if error.errno == errno.ENOSPC or _no_space_left(folder) else "unwritable"
        )
        return StoreError(problem, sentence_for(problem, folder))
    if is_damage(error):
        return StoreError("damaged", sentence_for("damaged", folder))
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    text = str(error).lower()
    if primary in _BUSY or "locked" in text:
        problem = "busy"
    elif primary in _FULL or "full" in text or _no_space_left(folder):
        problem = "full"
    else:
        problem = "unwritable"
    return StoreError(problem, sentence_for(problem, folder))
