"""The Incadea stand-in's admin routes under ``/_sandbox/`` (no auth): its state, live
steps on demand, and what other DMS users do: edit an order (also as a late commit,
or moving only one of its change stamps), edit a vehicle or customer card without
touching the order, delete an order, renumber one."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from incadea_desk.sandbox.data import Row, Stamps, ms, wire_datetime
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
CARD_FIELDS: dict[str, frozenset[str]] = {
    "vehicle": frozenset({"registrationNo", "vin", "make", "model"}),
    "customer": frozenset(
        {"privateMobileNo", "businessMobileNo", "privatePhoneNo", "privateEmail", "lastName"}
    ),
}
# Which customer of an order a card edit names, and where the order keeps its id.
CARD_ROLES = {"driver": "driverCustomerId", "owner": "ownerCustomerId"}
STAMPS: dict[object, Stamps] = {
    "both": "both",
    "lastModifiedDateTime": "lastModifiedDateTime",
    "systemModifiedAt": "systemModifiedAt",
}

FREE_TEXTS: dict[str, tuple[str, ...]] = {
    "order": ("registrationNo",),
    "vehicle": ("registrationNo", "vin", "make", "model"),
    "customer": (
        "companyName",
        "firstName",
        "lastName",
        "street",
        "postCode",
        "city",
        "privateEmail",
        "privatePhoneNo",
        "privateMobileNo",
        "businessEmail",
        "businessPhoneNo",
        "businessMobileNo",
    ),
    "line": ("jobTitle", "jobDescription", "code", "description"),
}
"""The fields ``/_sandbox/texts`` fills: every text of an order that is not its key."""


class IncadeaAdmin:
    """What a test or the demo asks of the DMS beside its API."""

    def __init__(self, dms: IncadeaStandIn) -> None:
        self.dms = dms

    def routes(self) -> list[Route]:
        return [
            Route("/_sandbox/state", self.state, methods=["GET"]),
            Route("/_sandbox/step", self.step, methods=["POST"]),
            Route("/_sandbox/edit", self.edit, methods=["POST"]),
            Route("/_sandbox/texts", self.texts, methods=["POST"]),
            Route("/_sandbox/bad-row", self.bad_row, methods=["POST"]),
            Route("/_sandbox/card", self.card, methods=["POST"]),
            Route("/_sandbox/delete", self.delete, methods=["POST"]),
            Route("/_sandbox/renumber", self.renumber, methods=["POST"]),
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
        """Another DMS user edits an order; a given lastModifiedDateTime simulates a late
        commit, ``stamps`` moves only one of the two change stamps."""
        body = await _json_object(request)
        row = self.dms.data.order_by_document_no(str(body.get("documentNo")))
        if row is None:
            return _no_order()
        stamps = STAMPS.get(body.get("stamps", "both"))
        if stamps is None:
            return _invalid("stamps must be both, lastModifiedDateTime or systemModifiedAt")
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
        self.dms.data.touch(row, ms(at), stamps=stamps)
        return JSONResponse({"serviceOrder": self.dms.render("serviceOrders", row, {}, None)})

    async def texts(self, request: Request) -> Response:
        """Every free text of an order, its car, its customers and its lines set to
        ``text`` (the job descriptions to ``long_text`` if given): what a window or a
        terminal does with text a DMS user typed, markup and control characters included."""
        body = await _json_object(request)
        row = self.dms.data.order_by_document_no(str(body.get("documentNo")))
        text, long_text = body.get("text"), body.get("long_text", body.get("text"))
        if row is None:
            return JSONResponse(
                {"error": "not_found", "message": "no such documentNo"}, status_code=404
            )
        if not isinstance(text, str) or not isinstance(long_text, str):
            return JSONResponse(
                {"error": "invalid_texts", "message": "text must be a string"}, status_code=400
            )
        data = self.dms.data
        vehicle = data.vehicles[str(row.data["vehicleId"])]
        customer_ids = {
            vehicle.data["driverCustomerId"],
            vehicle.data["ownerCustomerId"],
            row.data["contractorCustomerId"],
        }
        filled = [(row, "order"), (vehicle, "vehicle")]
        filled += [(data.customers[str(c)], "customer") for c in customer_ids if c]
        filled += [(line, "line") for line in data.lines[row.id]]
        for target, kind in filled:
            for name in FREE_TEXTS[kind]:
                target.data[name] = long_text if name == "jobDescription" else text
            if kind != "line":
                data.touch(target, self.dms.clock())
        return JSONResponse({"serviceOrder": self.dms.render("serviceOrders", row, {}, None)})

    async def card(self, request: Request) -> Response:
        """Another DMS user edits the vehicle card of an order, or the card of its driver,
        owner or contractor; the order row itself is not touched."""
        body = await _json_object(request)
        order = self.dms.data.order_by_document_no(str(body.get("documentNo")))
        if order is None:
            return _no_order()
        role = body.get("card")
        card = self._card(order, role)
        if card is None:
            return _invalid("card must be vehicle, driver, owner or contractor, and exist")
        kind = "vehicle" if role == "vehicle" else "customer"
        changes = body.get("changes", {})
        if not isinstance(changes, dict) or not changes:
            return _invalid("changes must be a non-empty object")
        for name, value in changes.items():
            if name not in CARD_FIELDS[kind] or not isinstance(value, str | None):
                return _invalid(f"'{name}' cannot be edited on a {kind} card")
        card.data.update(changes)
        card.version += 1
        card.data["lastModifiedDateTime"] = ms(self.dms.clock())
        entity_set = "vehicles" if kind == "vehicle" else "customers"
        return JSONResponse({kind: self.dms.render(entity_set, card, {}, None)})

    def _card(self, order: Row, role: object) -> Row | None:
        data = self.dms.data
        vehicle = data.vehicles.get(str(order.data["vehicleId"]))
        if role == "vehicle":
            return vehicle
        if role == "contractor":
            return data.customers.get(str(order.data["contractorCustomerId"]))
        if isinstance(role, str) and role in CARD_ROLES and vehicle is not None:
            return data.customers.get(str(vehicle.data[CARD_ROLES[role]]))
        return None

    async def delete(self, request: Request) -> Response:
        """Another DMS user deletes an order."""
        body = await _json_object(request)
        row = self.dms.data.order_by_document_no(str(body.get("documentNo")))
        if row is None:
            return _no_order()
        self.dms.data.delete_order(row)
        return JSONResponse({"deleted": row.id})

    async def renumber(self, request: Request) -> Response:
        """Another DMS user renumbers an order: same id, new DMS and WO numbers."""
        body = await _json_object(request)
        data = self.dms.data
        row = data.order_by_document_no(str(body.get("documentNo")))
        if row is None:
            return _no_order()
        document_no, order_no = body.get("newDocumentNo"), body.get("newOrderNo")
        if not isinstance(document_no, str) or not isinstance(order_no, str):
            return _invalid("newDocumentNo and newOrderNo must be text")
        if not document_no or not order_no or data.order_by_document_no(document_no):
            return _invalid("the new documentNo is empty or taken")
        data.renumber_order(row, document_no, order_no, self.dms.clock())
        return JSONResponse({"serviceOrder": self.dms.render("serviceOrders", row, {}, None)})


def _no_order() -> Response:
    return JSONResponse({"error": "not_found", "message": "no such documentNo"}, status_code=404)


def _invalid(message: str) -> Response:
    return JSONResponse({"error": "invalid_edit", "message": message}, status_code=400)


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
