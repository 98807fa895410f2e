"""One SQLite transaction as a ``with`` block: committed when the block ends, rolled back
when it raises (unless SQLite already rolled it back, as it does on a full disk)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal


@contextmanager
def transaction(
    c: sqlite3.Connection, mode: Literal["IMMEDIATE", "EXCLUSIVE"] = "IMMEDIATE"
) -> Iterator[None]:
    c.execute(f"BEGIN {mode}")
    try:
        yield
    except BaseException:
        if c.in_transaction:
            c.execute("ROLLBACK")
        raise
    c.execute("COMMIT")
