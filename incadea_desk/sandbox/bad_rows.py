"""Bad rows on demand: service orders the Incadea stand-in sends in a shape the contract
does not allow, as a real DMS sometimes does (a required value null, a line type of a
newer version, a datetime without its zone, BC's blank and range-end datetimes).

``POST /_sandbox/bad-row`` with ``{"documentNo": ..., "kind": ...}`` (or ``"set":
{path: raw JSON value}``) marks an order and stamps it changed now (or at the
``lastModifiedDateTime`` given, to place it in a walk); ``"kind": null`` heals it (and
stamps it again, as the DMS user who fixes it would). A path is dotted
through the rendered order: ``orderNo``, ``serviceLines.0.lineType``,
``vehicle.warrantyEndDate``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from incadea_desk.sandbox.data import ms
from incadea_desk.sandbox.odata import ODataError, parse_datetime

if TYPE_CHECKING:
    from incadea_desk.sandbox.incadea_app import IncadeaStandIn

KINDS: dict[str, dict[str, Any]] = {
    "missing_value": {"orderNo": None},
    "missing_line_value": {"serviceLines.0.quantity": None},
    "unknown_line_type": {"serviceLines.0.lineType": "Subcontract"},
    "no_time_zone": {"appointmentDateTime": "2026-12-07T09:30:00"},
    "range_ends": {
        "scheduledInDateTime": "0001-01-01T00:00:00+01:00",
        "scheduledOutDateTime": "9999-12-31T23:59:59+01:00",
        "appointmentDateTime": "9999-12-31T23:59:59-01:00",
        "vehicle.warrantyEndDate": "9999-12-31",
        "vehicle.inspectionDueDate": "0001-01-01",
    },
}


class BadRows:
    """The marked orders of one stand-in, by DMS number, with the values they carry."""

    def __init__(self) -> None:
        self.marked: dict[str, dict[str, Any]] = {}

    def mark(self, document_no: str, kind: str) -> None:
        self.marked[document_no] = dict(KINDS[kind])

    def apply(self, document_no: object, body: dict[str, Any]) -> None:
        """Put the marked values into a rendered order, where its paths exist."""
        for path, value in self.marked.get(str(document_no), {}).items():
            _put(body, path.split("."), value)

    def apply_lines(self, document_no: object, lines: list[dict[str, Any]]) -> None:
        """The same for the order's lines read through their navigation."""
        for path, value in self.marked.get(str(document_no), {}).items():
            head, _, rest = path.partition(".")
            if head == "serviceLines":
                _put(lines, rest.split("."), value)

    async def endpoint(self, request: Request, dms: IncadeaStandIn) -> Response:
        try:
            body = json.loads(await request.body() or b"{}")
        except json.JSONDecodeError:
            return _invalid("The request body is not valid JSON.")
        if not isinstance(body, dict):
            return _invalid("The request body must be a JSON object.")
        document_no = str(body.get("documentNo"))
        row = dms.data.order_by_document_no(document_no)
        if row is None:
            return JSONResponse({"error": "not_found", "documentNo": document_no}, 404)
        kind, values = body.get("kind"), body.get("set")
        if isinstance(values, dict) and values:
            self.marked[document_no] = dict(values)
        elif kind is None:
            self.marked.pop(document_no, None)
        elif kind in KINDS:
            self.mark(document_no, kind)
        else:
            return _invalid(f"kind must be one of {', '.join(KINDS)}, or null to heal")
        stamped = body.get("lastModifiedDateTime")
        try:
            at = parse_datetime(stamped) if isinstance(stamped, str) else dms.clock()
        except ODataError as exc:
            return _invalid(str(exc))
        dms.data.touch(row, ms(at))
        return JSONResponse({"documentNo": document_no, "marked": self.marked.get(document_no)})


def _put(node: Any, path: list[str], value: Any) -> None:
    for step in path[:-1]:
        node = _child(node, step)
        if node is None:
            return
    last = path[-1]
    if isinstance(node, dict) and last in node:
        node[last] = value
    elif isinstance(node, list) and last.isdigit() and int(last) < len(node):
        node[int(last)] = value


def _child(node: Any, step: str) -> Any:
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list) and step.isdigit() and int(step) < len(node):
        return node[int(step)]
    return None


def _invalid(message: str) -> JSONResponse:
    return JSONResponse({"error": "invalid_bad_row", "message": message}, status_code=400)
