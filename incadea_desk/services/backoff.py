"""How long a correction waits before the outbox tries it again."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

BASE_DELAY = timedelta(seconds=15)
MAX_DELAY = timedelta(hours=1)


def backoff(attempts: int, jitter: Callable[[], float] = random.random) -> timedelta:
    """How long to wait after the n-th failed attempt: doubling, capped, 50-100 % jitter."""
    delay = min(BASE_DELAY * (2 ** max(attempts - 1, 0)), MAX_DELAY)
    return delay * (0.5 + 0.5 * jitter())
