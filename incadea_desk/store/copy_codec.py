"""The local copy of a workorder: what the detail pane shows of it, as compressed JSON.

The copy lets the window paint a workorder before the DMS answers. It keeps no more
personal data than the rest of the store: identifiers, plates and what is about the
car and the work (the appointment, the car, each job with its title and description,
its lines with codes and amounts). It keeps no party (no name, address, e-mail
address or phone number) and not the text of a note line, where what a customer
asked or said is written. ``KEPT_FIELDS`` is that list; a test holds the stored
bytes to it.
"""

from __future__ import annotations

import zlib
from typing import Any

import msgspec

from incadea_desk.domain.models import ElementKind, Workorder

FORMAT = 1
"""The first key of every copy; a copy of another format is not read (the DMS is)."""

KEPT_FIELDS: dict[str, tuple[str, ...]] = {
    "appointment": (
        "dms_number",
        "wo_number",
        "appointment_date",
        "created_at",
        "scheduled_in",
        "scheduled_out",
        "customer_waiting",
        "car_in_shop",
        "car_out_of_shop",
        "dms_mileage_km",
        "mileage_date",
        "canceled",
    ),
    "car": (
        "make",
        "model",
        "registration",
        "registration_as_stored",
        "vin",
        "vin_as_stored",
        "first_registration_date",
        "apk_date",
        "warranty_start",
        "warranty_end",
        "driver_id",
        "owner_id",
    ),
    "intervention": ("title", "description", "currency", "elements"),
    "element": ("kind", "code", "description", "quantity", "unit_price", "discount", "vat_rate"),
}
"""Per part of the workorder, the fields a copy holds (a note line keeps no description)."""


def _fields(model: Any, part: str) -> dict[str, Any]:
    return {name: getattr(model, name) for name in KEPT_FIELDS[part]}


def encode(wo: Workorder) -> bytes:
    """The copy of ``wo``: compact JSON of the kept fields, compressed."""
    car = _fields(wo.car, "car")
    registration = wo.car.registration
    car["registration"] = (
        {"compact": registration.compact, "country": registration.country}
        if registration is not None
        else None
    )
    car["vin"] = wo.car.vin.value if wo.car.vin is not None else None
    interventions = []
    for intervention in wo.interventions:
        elements = []
        for element in intervention.elements:
            kept = _fields(element, "element")
            kept["kind"] = element.kind.value
            if element.kind == ElementKind.NOTE:
                kept["description"] = ""
            kept["unit_price"] = [str(element.unit_price.amount), element.unit_price.currency]
            elements.append(kept)
        kept_intervention = _fields(intervention, "intervention")
        kept_intervention["elements"] = elements
        interventions.append(kept_intervention)
    body = {
        "format": FORMAT,
        "currency": wo.currency,
        "appointment": _fields(wo.appointment, "appointment"),
        "car": car,
        "interventions": interventions,
    }
    return _compressed(_ENCODER.encode(body))


# Dates and moments as RFC 3339 text, amounts as decimal text: pydantic reads them
# back exactly (``decode``).
_ENCODER = msgspec.json.Encoder(decimal_format="string")


def _compressed(data: bytes) -> bytes:
    # Level 1: the copy is written for every imported workorder, also in a bulk sync.
    return zlib.compress(data, 1)


def read(blob: bytes) -> dict[str, Any]:
    """The JSON of a copy as stored (``ValueError`` if it is no copy)."""
    try:
        body = msgspec.json.decode(zlib.decompress(blob))
    except (zlib.error, msgspec.DecodeError) as error:
        raise ValueError("not a workorder copy") from error
    if not isinstance(body, dict):
        raise ValueError("not a workorder copy")
    return body


def decode(blob: bytes) -> Workorder | None:
    """The workorder a copy holds (without parties or notes), or None when it cannot
    be read (another format, a damaged row): then only the DMS's answer is shown."""
    try:
        body = read(blob)
        if body.get("format") != FORMAT:
            return None
        for intervention in body["interventions"]:
            for element in intervention["elements"]:
                amount, currency = element["unit_price"]
                element["unit_price"] = {"amount": amount, "currency": currency}
        return Workorder.model_validate(
            {
                "currency": body["currency"],
                "appointment": body["appointment"],
                "car": body["car"],
                "interventions": body["interventions"],
            }
        )
    except (ValueError, KeyError, TypeError):
        return None
