"""The Claire stand-in: appointments imported, listed and read through ``/v1/``.

Implements ``docs/wire-contracts.md`` (section "Claire"): ``Authorization``
holding the bare API key, upsert by ``location_id`` + ``dms_nr`` with a
result per item, money as strings with two decimals. Validation is strict
so a client that sends a float for money or a field Claire does not know
learns it here, per item, instead of in production.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from incadea_desk.sandbox.claire_keys import ApiKey, ClaireKeys
from incadea_desk.sandbox.clock import Clock
from incadea_desk.sandbox.faults import FaultBox, FaultMiddleware, FaultSettings

MAX_IMPORT_ITEMS = 100
MAX_PER_PAGE = 100

ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    429: "rate_limited",
    500: "server_error",
    503: "service_unavailable",
    504: "gateway_timeout",
}
ERROR_SENTENCES = {
    429: "Too many requests; slow down.",
    500: "Something went wrong on our side.",
    503: "Claire is temporarily unavailable.",
    504: "The request timed out.",
}

DRIFT_MISSING = "scheduled_out"
DRIFT_EXTRA_FIELD = "sandbox_added_field"


def _check_date(text: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError("expected a date YYYY-MM-DD")
    date.fromisoformat(text)
    return text


def _check_datetime(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError("expected an ISO 8601 datetime with offset") from exc
    if moment.tzinfo is None or "T" not in text:
        raise ValueError("expected an ISO 8601 datetime with offset")
    return text


Money = Annotated[str, StringConstraints(pattern=r"^-?\d+\.\d{2}$")]
DateText = Annotated[str, AfterValidator(_check_date)]
DateTimeText = Annotated[str, AfterValidator(_check_datetime)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ElementIn(_Strict):
    kind: Literal["labor", "part", "menu", "note"]
    code: str | None = None
    description: str = ""
    quantity: Money
    unit_price: Money
    discount: Money
    vat_rate: Money
    total: Money


class InterventionIn(_Strict):
    title: str
    description: str | None = None
    price_excl_vat: Money
    price_incl_vat: Money
    elements: list[ElementIn] = []


class CarIn(_Strict):
    make: str | None = None
    model: str | None = None
    license_plate: str | None = None
    vin: str | None = None
    first_registration_date: DateText | None = None
    apk_date: DateText | None = None
    warranty_start: DateText | None = None
    warranty_end: DateText | None = None
    driver_id: str | None = None
    owner_id: str | None = None


class PartyIn(_Strict):
    company: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    street: str | None = None
    postcode: str | None = None
    place: str | None = None
    email_private: str | None = None
    phone_private: str | None = None
    mobile_private: str | None = None
    email_business: str | None = None
    phone_business: str | None = None
    mobile_business: str | None = None
    is_lease_company: bool = False


class AppointmentIn(_Strict):
    """One appointment as a client imports it (no ``id``, no ``updated_at``)."""

    location_id: str | None = None
    dms_nr: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    wo_nr: str | None = None
    appointment_date: DateTimeText
    dms_created_at: DateTimeText | None = None
    scheduled_in: DateTimeText | None = None
    scheduled_out: DateTimeText | None = None
    customer_waiting: bool = False
    car_in_shop: bool = False
    car_out_of_shop: bool = False
    mileage: Annotated[int, Field(ge=0, lt=2_000_000)] | None = None
    canceled: bool = False
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "EUR"
    interventions: list[InterventionIn] = []
    total_excl_vat: Money | None = None
    total_incl_vat: Money | None = None
    car: CarIn | None = None
    driver: PartyIn | None = None
    owner: PartyIn | None = None
    contractor: PartyIn | None = None
    warnings: list[str] = []


@dataclass(frozen=True)
class ClaireCredentials:
    """What a client needs to reach this Claire: the API key and the locations it may use."""

    api_key: str
    location_ids: tuple[str, ...]
    dealer_id: str = "dealer-1"


def claire_error(
    status: int, sentence: str, headers: dict[str, str] | None = None, code: str | None = None
) -> JSONResponse:
    return JSONResponse(
        {"error": code or ERROR_CODES.get(status, "error"), "message": sentence},
        status_code=status,
        headers=headers,
    )


class Problem(Exception):
    def __init__(self, status: int, sentence: str, code: str | None = None) -> None:
        super().__init__(sentence)
        self.status = status
        self.sentence = sentence
        self.code = code


def _first_error(exc: ValidationError) -> str:
    error = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in error["loc"]) or "appointment"
    return f"{where}: {error['msg']}"


class ClaireStandIn:
    """Claire: its appointments, its auth, its faults, and the ASGI app that serves them."""

    def __init__(
        self,
        credentials: ClaireCredentials,
        clock: Clock,
        *,
        seed: int,
        faults: FaultSettings | None = None,
    ) -> None:
        self.credentials = credentials
        self.keys = ClaireKeys(
            {credentials.api_key: ApiKey(credentials.dealer_id, credentials.location_ids)}
        )
        self.clock = clock
        self.faults = FaultBox(faults, seed + 1)
        self.appointments: dict[str, dict[str, Any]] = {}
        self.by_key: dict[tuple[str, str], str] = {}
        # Ids per location in the order they were created: a page of the list is a slice.
        self.by_location: dict[str, list[str]] = {}
        self.next_id = 1
        # DMS numbers Claire refuses on demand: "item" in its result, "batch" the request.
        self.refusals: dict[str, Literal["item", "batch"]] = {}
        self.app: ASGIApp = self._build_app()

    def _build_app(self) -> ASGIApp:
        routes = [
            Route("/v1/appointments/import", self.import_appointments, methods=["POST"]),
            Route("/v1/appointments/list", self.list_appointments, methods=["GET"]),
            Route("/v1/appointments/{id}", self.get_appointment, methods=["GET"]),
            Route("/_sandbox/faults", self.faults.endpoint, methods=["GET", "POST"]),
            Route("/_sandbox/state", self.admin_state, methods=["GET"]),
            Route("/_sandbox/refuse", self.admin_refuse, methods=["POST"]),
            Route("/_sandbox/keys", self.keys.endpoint, methods=["POST"]),
        ]

        async def http_error(request: Request, exc: Exception) -> Response:
            assert isinstance(exc, HTTPException)
            return claire_error(exc.status_code, str(exc.detail), dict(exc.headers or {}))

        async def problem(request: Request, exc: Exception) -> Response:
            assert isinstance(exc, Problem)
            return claire_error(exc.status, exc.sentence, code=exc.code)

        app = Starlette(
            routes=routes, exception_handlers={HTTPException: http_error, Problem: problem}
        )
        return FaultMiddleware(
            app,
            self.faults,
            lambda status, headers, code: claire_error(
                status, ERROR_SENTENCES.get(status, "The request failed."), headers, code
            ),
            default_error_status=500,
        )

    def _authorize(self, request: Request, location: str | None = None) -> None:
        refusal = self.keys.refusal(request.headers.get("authorization", ""), location)
        if refusal is not None:
            raise Problem(refusal.status, refusal.sentence, refusal.code)

    def render(self, record: dict[str, Any], drift: str | None) -> dict[str, Any]:
        body = dict(record)
        if drift == "missing_optional":
            body.pop(DRIFT_MISSING, None)
        elif drift == "extra_field":
            body[DRIFT_EXTRA_FIELD] = "added by a newer Claire version"
        elif drift == "wrong_type" and body.get("mileage") is not None:
            body["mileage"] = str(body["mileage"])
        return body

    # --- API ----------------------------------------------------------------

    async def import_appointments(self, request: Request) -> Response:
        self._authorize(request)
        try:
            body = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise Problem(400, "The request body is not valid JSON.") from exc
        if not isinstance(body, dict):
            raise Problem(400, "The request body must be an object.")
        location = body.get("location_id")
        if not isinstance(location, str) or not location:
            raise Problem(400, "location_id is required.")
        self._authorize(request, location)
        items = body.get("appointments")
        if not isinstance(items, list) or not 1 <= len(items) <= MAX_IMPORT_ITEMS:
            raise Problem(400, f"appointments must be a list of 1 to {MAX_IMPORT_ITEMS} items.")
        for position, item in enumerate(items):
            number = item.get("dms_nr") if isinstance(item, dict) else None
            if self.refusals.get(str(number)) == "batch":
                raise Problem(400, f"appointments[{position}]: the appointment is not valid.")
        return JSONResponse({"results": [self._upsert(location, item) for item in items]})

    def _upsert(self, location: str, item: object) -> dict[str, Any]:
        dms_nr = item.get("dms_nr") if isinstance(item, dict) else None
        key = dms_nr if isinstance(dms_nr, str) else None
        if key is not None and self.refusals.get(key) == "item":
            return {
                "dms_nr": key,
                "status": "error",
                "error": "validation_error",
                "message": "appointment: refused on demand by the sandbox",
            }
        try:
            appointment = AppointmentIn.model_validate(item)
        except ValidationError as exc:
            return {
                "dms_nr": key,
                "status": "error",
                "error": "validation_error",
                "message": _first_error(exc),
            }
        if appointment.location_id not in (None, location):
            return {
                "dms_nr": key,
                "status": "error",
                "error": "location_mismatch",
                "message": "location_id of the appointment differs from the import's location_id.",
            }
        content = appointment.model_dump() | {"location_id": location}
        existing_id = self.by_key.get((location, appointment.dms_nr))
        if existing_id is not None:
            stored = self.appointments[existing_id]
            if {k: v for k, v in stored.items() if k not in ("id", "updated_at")} == content:
                return {"dms_nr": appointment.dms_nr, "id": existing_id, "status": "unchanged"}
            self.appointments[existing_id] = self._record(existing_id, content)
            return {"dms_nr": appointment.dms_nr, "id": existing_id, "status": "updated"}
        new_id = f"apt_{self.next_id:06d}"
        self.next_id += 1
        self.appointments[new_id] = self._record(new_id, content)
        self.by_key[(location, appointment.dms_nr)] = new_id
        self.by_location.setdefault(location, []).append(new_id)
        return {"dms_nr": appointment.dms_nr, "id": new_id, "status": "created"}

    def _record(self, claire_id: str, content: dict[str, Any]) -> dict[str, Any]:
        return {"id": claire_id, **content, "updated_at": self.clock().isoformat()}

    async def list_appointments(self, request: Request) -> Response:
        self._authorize(request)
        params = request.query_params
        location = params.get("location_id")
        if not location:
            raise Problem(400, "location_id is required.")
        self._authorize(request, location)
        page = _positive(params.get("page", "1"), "page", None)
        per_page = _positive(params.get("per_page", "50"), "per_page", MAX_PER_PAGE)
        dms_nr = params.get("dms_nr")
        if dms_nr is None:
            matches = self.by_location.get(location, [])
        else:
            found = self.by_key.get((location, dms_nr))
            matches = [found] if found is not None else []
        start = (page - 1) * per_page
        drift = self.faults.settings.drift
        return JSONResponse(
            {
                "data": [
                    self.render(self.appointments[i], drift)
                    for i in matches[start : start + per_page]
                ],
                "meta": {"page": page, "per_page": per_page, "total": len(matches)},
            }
        )

    async def get_appointment(self, request: Request) -> Response:
        self._authorize(request)
        claire_id = request.path_params["id"]
        if claire_id == "import":
            raise HTTPException(405, "Method not allowed.", headers={"Allow": "POST"})
        record = self.appointments.get(claire_id)
        given = request.headers.get("authorization", "")
        if record is None or not self.keys.in_scope(given, record["location_id"]):
            raise Problem(404, f"Appointment '{claire_id}' not found.")
        return JSONResponse(self.render(record, self.faults.settings.drift))

    # --- admin --------------------------------------------------------------

    async def admin_state(self, request: Request) -> Response:
        location = request.query_params.get("location_id")
        dms_nr = request.query_params.get("dms_nr")
        if location is not None and dms_nr is not None:
            claire_id = self.by_key.get((location, dms_nr))
            if claire_id is None:
                return JSONResponse({"error": "not_found"}, status_code=404)
            return JSONResponse({"appointment": self.appointments[claire_id]})
        if location is not None:
            return JSONResponse(
                {"dms_nrs": sorted(number for (at, number) in self.by_key if at == location)}
            )
        per_location: dict[str, int] = {}
        for record in self.appointments.values():
            per_location[record["location_id"]] = per_location.get(record["location_id"], 0) + 1
        return JSONResponse(
            {
                "counts": {
                    "appointments": len(self.appointments),
                    "keys": len(self.by_key),
                    "by_location": per_location,
                }
            }
        )

    async def admin_refuse(self, request: Request) -> Response:
        """``{"dms_nr": ..., "mode": "item" | "batch" | null}``: refuse that appointment in
        its result, refuse every import request that carries it, or accept it again."""
        try:
            body = json.loads(await request.body() or b"{}")
        except json.JSONDecodeError as exc:
            raise Problem(400, "The request body is not valid JSON.") from exc
        number, mode = (body.get("dms_nr"), body.get("mode")) if isinstance(body, dict) else (0, 0)
        if not isinstance(number, str) or mode not in ("item", "batch", None):
            raise Problem(400, "dms_nr must be text and mode one of item, batch or null.")
        if mode is None:
            self.refusals.pop(number, None)
        else:
            self.refusals[number] = mode
        return JSONResponse({"refusals": self.refusals})


def _positive(text: str, name: str, maximum: int | None) -> int:
    if not text.isdigit() or int(text) < 1 or (maximum is not None and int(text) > maximum):
        limit = f" up to {maximum}" if maximum else ""
        raise Problem(400, f"{name} must be a whole number from 1{limit}.")
    return int(text)
