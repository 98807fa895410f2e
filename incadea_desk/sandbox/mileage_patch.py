"""The one write the DMS stand-in accepts: a service order's mileage, guarded by
``If-Match`` as Business Central guards it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from starlette.requests import Request

from incadea_desk.sandbox.data import Row
from incadea_desk.sandbox.incadea_sets import etag
from incadea_desk.sandbox.odata_errors import ODataProblem

if TYPE_CHECKING:
    from incadea_desk.sandbox.incadea_app import IncadeaStandIn


async def apply_mileage_patch(
    stand_in: IncadeaStandIn, request: Request, row: Row
) -> dict[str, str] | None:
    """Checks and applies a mileage PATCH; the headers of a 200 answer, or None for 204."""
    # Business Central: no If-Match -> 400 BadRequest_InvalidToken; a stale one ->
    # 409 Request_EntityChanged; "*" matches any version (Microsoft Learn,
    # webservices/dynamics-error-codes and the API reference's update examples).
    if_match = request.headers.get("if-match", "").strip()
    if not if_match:
        raise ODataProblem(
            400,
            "Could not validate the client concurrency token required by the service. "
            "Please provide a valid token in the client request.",
            "BadRequest_InvalidToken",
        )
    mileage = stand_in.names.out("serviceOrders", "mileageKm")
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ODataProblem(400, "The request body is not valid JSON.") from exc
    if not isinstance(body, dict) or set(body) != {mileage}:
        orders = stand_in.names.out("entitySets", "serviceOrders")
        raise ODataProblem(400, f"Only the property '{mileage}' may be modified on {orders}.")
    km = body[mileage]
    if not isinstance(km, int) or isinstance(km, bool) or not 0 <= km < 2_000_000:
        raise ODataProblem(400, f"The value for '{mileage}' must be a whole number of kilometres.")
    if stand_in.faults.take_concurrent_edit():
        stand_in.data.touch(row, stand_in.clock())
    if if_match != "*" and if_match != etag(row):
        raise ODataProblem(409, "Another user has already changed the record.")
    current = int(row.data["mileageKm"])
    if km < current:
        raise ODataProblem(
            400,
            f"Mileage {km} km is lower than the current mileage {current} km.",
            "Application_DialogException",
        )
    now = stand_in.clock()
    row.data["mileageKm"] = km
    row.data["mileageDate"] = now.date()
    stand_in.data.touch(row, now)
    # Business Central answers 200 with the updated entity (API reference, "update"
    # pages); OData's Prefer: return=minimal asks for 204 instead.
    prefer = request.headers.get("prefer", "")
    if "return=minimal" in prefer:
        return None
    return (
        {"Preference-Applied": "return=representation"} if "return=representation" in prefer else {}
    )
