"""Timestamps at rest: UTC ISO 8601 with microseconds, so text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps at rest must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)
