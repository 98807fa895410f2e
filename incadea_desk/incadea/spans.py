"""A span of change times on the wire: its filter, and the count of orders in it.

A parallel first sync splits its span into slices holding about as many orders
each; it learns how many by asking ``serviceOrders/$count`` with the slice's
filter (OData v4.01 URL conventions, section 4.8: the answer is the number alone,
as ``text/plain``).
"""

from __future__ import annotations

from datetime import datetime

import httpx

from incadea_desk.errors import BadResponse
from incadea_desk.incadea import odata
from incadea_desk.incadea.names import TenantNames

# No company holds more orders than this; a larger "count" is not one.
MAX_COUNT = 10**9


def changed_in(names: TenantNames, since: datetime, until: datetime | None) -> odata.Filter:
    """Orders changed at or after ``since`` and, if ``until`` is given, before it."""
    start = names.ge("lastModifiedDateTime", since)
    if until is None:
        return start
    end = odata.compare("lastModifiedDateTime", "lt", until, wire=names.order_field)
    return odata.and_(start, end)


def read_count(response: httpx.Response) -> int:
    """The number a ``$count`` request answered; ``BadResponse`` for anything else."""
    text = response.text.strip()
    if not text.isascii() or not text.isdigit() or int(text) > MAX_COUNT:
        raise BadResponse(
            "The DMS sent an answer we cannot read (field $count).", "dms", code="schema"
        )
    return int(text)
