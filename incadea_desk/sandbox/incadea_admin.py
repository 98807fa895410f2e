"""The Incadea stand-in's admin routes under ``/_sandbox/`` (no auth): its state, live
steps on demand, and an edit by another DMS user."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from incadea_desk.sandbox.data import ms, wire_datetime
from incadea_desk.sandbox.odata import ODataError, parse_datetime

if TYPE_CHECKING:
    from incadea_desk.sandbox.incadea_app import IncadeaStandIn

EDITABLE: dict[str, type | tuple[type, ...]] = {
    "appointmentDateTime": datetime,
    "scheduledInDateTime": (datetime, type(None)),
    "scheduledOutDateTime": (datetime, type(None)),
    "customerWaiting": bool,
    "carInShop": bool,
    "carOutOfShop": bool,
    "mileageKm": int,
    "mileageDate": (date, type(None)),
    "canceled": bool,
    "registrationNo": str,
}


class IncadeaAdmin:
    """What a test or the demo asks of the DMS beside its API."""

    def __init__(self, dms: IncadeaStandIn) -> None:
        self.dms = dms

    def routes(self) -> list[Route]:
        return [
            Route("/_sandbox/state", self.state, methods=["GET"]),
            Route("/_sandbox/step", self.step, methods=["POST"]),
            Route("/_sandbox/edit", self.edit, methods=["POST"]),
            Route("/_sandbox/bad-row", self.bad_row, methods=["POST"]),
        ]

    async def bad_row(self, request: Request) -> Response:
        """An order sent in a shape the contract does not allow (``sandbox/bad_rows.py``)."""
        return await self.dms.bad_rows.endpoint(request, self.dms)

    async def state(self, request: Request) -> Response:
        self.dms.catch_up()
        document_no = request.query_params.get("documentNo")
        if document_no is not None:
            row = self.dms.data.order_by_document_no(document_no)
            if row is None:
                return JSONResponse(
                    {"error": "not_found", "documentNo": document_no}, status_code=404
                )
            return JSONResponse({"serviceOrder": self.dms.render_full_order(row)})
        changed_since = request.query_params.get("changedSince")
        if changed_since is not None:
            since = parse_datetime(changed_since)
            return JSONResponse(
                {
                    "documentNos": sorted(
                        str(row.data["documentNo"])
                        for row in self.dms.data.orders.values()
                        if row.data["lastModifiedDateTime"] >= since
                    )
                }
            )
        orders = self.dms.data.orders.values()
        return JSONResponse(
            {
                "counts": {
                    "serviceOrders": len(self.dms.data.orders),
                    "canceled": sum(1 for row in orders if row.data["canceled"]),
                    "vehicles": len(self.dms.data.vehicles),
                    "customers": len(self.dms.data.customers),
                },
                "liveSteps": self.dms.steps_taken,
                "live": self.dms.live,
                "now": wire_datetime(self.dms.clock(), millis=True),
            }
        )

    async def step(self, request: Request) -> Response:
        body = await _json_object(request)
        steps = body.get("steps", 1)
        if not isinstance(steps, int) or isinstance(steps, bool) or not 0 <= steps <= 10_000:
            return JSONResponse(
                {"error": "invalid_steps", "message": "steps must be 0..10000"}, status_code=400
            )
        changes = self.dms.step(steps)
        return JSONResponse(
            {"changes": [c.as_json() for c in changes], "liveSteps": self.dms.steps_taken}
        )

    async def edit(self, request: Request) -> Response:
        """Another DMS user edits an order; a given lastModifiedDateTime simulates a late commit."""
        body = await _json_object(request)
        row = self.dms.data.order_by_document_no(str(body.get("documentNo")))
        if row is None:
            return JSONResponse(
                {"error": "not_found", "message": "no such documentNo"}, status_code=404
            )
        changes = body.get("changes", {})
        if not isinstance(changes, dict):
            return JSONResponse(
                {"error": "invalid_edit", "message": "changes must be an object"}, status_code=400
            )
        try:
            values = {name: _edit_value(name, value) for name, value in changes.items()}
            stamped = body.get("lastModifiedDateTime")
            at = parse_datetime(stamped) if isinstance(stamped, str) else self.dms.clock()
        except (ValueError, ODataError) as exc:
            return JSONResponse({"error": "invalid_edit", "message": str(exc)}, status_code=400)
        row.data.update(values)
        self.dms.data.touch(row, ms(at))
        return JSONResponse({"serviceOrder": self.dms.render("serviceOrders", row, {}, None)})


def _edit_value(name: str, value: Any) -> Any:
    if name not in EDITABLE:
        raise ValueError(f"'{name}' cannot be edited")
    expected = EDITABLE[name]
    kinds = expected if isinstance(expected, tuple) else (expected,)
    if isinstance(value, str) and datetime in kinds:
        value = parse_datetime(value)
    elif isinstance(value, str) and date in kinds:
        value = date.fromisoformat(value)
    if isinstance(value, bool) and bool not in kinds:
        raise ValueError(f"'{name}' has the wrong type")
    if not isinstance(value, kinds):
        raise ValueError(f"'{name}' has the wrong type")
    return value


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except json.JSONDecodeError as exc:
        raise HTTPException(400, "The request body is not valid JSON.") from exc
    if not isinstance(body, dict):
        raise HTTPException(400, "The request body must be a JSON object.")
    return body
