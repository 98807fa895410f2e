"""A walk over changed orders must move forward: a page that goes back or stays put
ends it.

The DMS's ``@odata.nextLink`` is opaque, so a DMS (or a proxy) can send one that
points at a page already served, or serve a page that does not get past the
(last modified, id) position of the one before. Followed blindly, that walk never
ends and holds ever more rows; here it ends with a ``BadResponse`` before the
page is handed on, so the watermark stays where the last whole page left it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from incadea_desk.errors import BadResponse

Position = tuple[datetime, UUID]


def _stuck(field_name: str, code: str) -> BadResponse:
    return BadResponse(
        f"The DMS sent an answer we cannot read (field {field_name}).", "dms", code=code
    )


@dataclass
class PagingGuard:
    """Remembers the links followed and the position reached in one walk."""

    links: set[str] = field(default_factory=set)
    position: Position | None = None

    def follow(self, link: str) -> str:
        """``link`` if this walk has not been there yet; ``BadResponse`` if it has."""
        if link in self.links:
            raise _stuck("@odata.nextLink", "next_link_loop")
        self.links.add(link)
        return link

    def advance(self, positions: list[Position | None], next_link: str | None) -> None:
        """Check a page before it is used: its last readable row must lie past the
        position of the page before, and a page that is followed by another must hold
        rows. (A row whose place cannot be read is refused on its own, not here.)"""
        if not positions:
            if next_link is not None:
                raise _stuck("value", "page_not_advancing")
            return
        reached = next((p for p in reversed(positions) if p is not None), None)
        if reached is None:
            return
        if self.position is not None and reached <= self.position:
            raise _stuck("value", "page_not_advancing")
        self.position = reached
