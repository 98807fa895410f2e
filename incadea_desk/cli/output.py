"""Where a command writes, its exit codes, and the plain-text shapes its answers take."""

from __future__ import annotations

import json
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from incadea_desk.errors import RemoteError
from incadea_desk.redaction import printable
from incadea_desk.untrusted import one_line

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2
EXIT_INTERRUPTED = 130

CELL_LIMIT = 80
SENTENCE_LIMIT = 300
"""Characters of one value in a table or a sentence; ``--json`` gives every value whole."""


class Refusal(Exception):
    """The command was understood and refused; exit 2 with this sentence."""

    def __init__(self, sentence: str, payload: object = None) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.payload = payload


@dataclass
class Console:
    """Where a command writes: stdout for answers, stderr for sentences and progress."""

    out: TextIO
    err: TextIO
    json: bool
    verbose: bool

    def emit(self, payload: object, text: str) -> None:
        if self.json:
            self.out.write(json.dumps(payload, indent=2, default=str) + "\n")
        elif text:
            self.out.write(printable(text).rstrip("\n") + "\n")

    def say(self, sentence: str) -> None:
        # A sentence may quote what was typed; its control characters are not echoed.
        self.err.write(printable(sentence).rstrip("\n") + "\n")

    @property
    def interactive(self) -> bool:
        return self.err.isatty()


def cell(value: object, limit: int = CELL_LIMIT) -> str:
    """A value from a remote system as one terminal cell: on one line, without the
    bidirectional controls that would reorder the columns around it, and capped."""
    return one_line(str(value), limit)


def table(
    rows: Sequence[Sequence[str]], header: Sequence[str], *, sentences: Collection[int] = ()
) -> str:
    """Rows under a header, column by column; the columns in ``sentences`` hold a whole
    sentence (capped like a warning), the others a value (capped like a cell)."""
    rows = [
        [
            cell(value, SENTENCE_LIMIT if i in sentences else CELL_LIMIT)
            for i, value in enumerate(row)
        ]
        for row in rows
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines)


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def stdin_is_terminal() -> bool:
    # A service or CI runs without standard input: sys.stdin may be None.
    return sys.stdin is not None and sys.stdin.isatty()


def failure_payload(sentence: str, error: BaseException | None) -> dict[str, object]:
    details = error.details() if isinstance(error, RemoteError) else {}
    return {"error": {"message": sentence, **details}}
