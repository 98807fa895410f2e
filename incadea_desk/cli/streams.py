"""Standard output and error that may not exist, or may not hold every character.

A windowed Windows build has no console, so ``sys.stdout`` and ``sys.stderr`` are
``None``; a service or a script may start the program with descriptors 1 and 2
closed, with the same result. Every command must still run and exit with its
code. The missing streams become the null device, and when standard error is
missing the log goes to a file in the user's log folder instead, where IT can
find it.

On Windows, Python writes to a pipe or a file in the PC's ANSI code page (cp1252
in the Netherlands, Belgium and France), which has no arrow, no "Ł", no "−": one
such character from the DMS, a folder name or a window text would end the
program with a ``UnicodeEncodeError``. Such a stream writes UTF-8 instead; when
``PYTHONIOENCODING`` names the encoding on purpose, it is kept and a character it
cannot hold becomes "?".
"""

from __future__ import annotations

import codecs
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

import platformdirs

from incadea_desk.redaction import RedactingFilter

APP_NAME = "incadea-desk"
LOG_FILE = "incadea-desk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"


def _descriptor_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def fill_missing_streams() -> bool:
    """Give a missing stdout or stderr the null device; ``True`` if stderr was missing.

    A closed descriptor 1 or 2 gets the null device too, so that a file opened later
    cannot take its number and receive what a library writes to "standard error".
    """
    stderr_missing = sys.stderr is None or not _descriptor_open(2)
    for fd in (1, 2):
        if not _descriptor_open(fd):
            null = os.open(os.devnull, os.O_WRONLY)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    encode_every_character(sys.stdout)
    encode_every_character(sys.stderr)
    return stderr_missing


_UNICODE = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32"})


def _holds_every_character(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name in _UNICODE
    except LookupError:
        return False


def encode_every_character(stream: TextIO | None) -> None:
    """Make ``stream`` write any text it is given, in UTF-8 where it may choose."""
    if not isinstance(stream, io.TextIOWrapper):
        return
    errors = "replace" if stream.errors == "strict" else stream.errors
    chosen = os.environ.get("PYTHONIOENCODING", "").partition(":")[0]
    if chosen or _holds_every_character(stream.encoding):
        stream.reconfigure(errors=errors)
    else:
        stream.reconfigure(encoding="utf-8", errors=errors)


def log_dir() -> Path:
    """Where the log file goes: ``INCADEA_DESK_LOG_DIR`` or the user's log folder."""
    override = os.environ.get("INCADEA_DESK_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_handler(stream: TextIO, to_file: bool) -> logging.Handler:
    """The log's destination: ``stream``, or a rotating file when there is no stderr."""
    handler: logging.Handler
    if to_file:
        try:
            folder = log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s " + LOG_FORMAT))
        except OSError:
            handler = logging.NullHandler()
    else:
        handler = logging.StreamHandler(stream)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    return handler
