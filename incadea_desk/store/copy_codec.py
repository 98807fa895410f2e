"""The local copy of a workorder: what the detail pane shows of it, as compressed JSON.

Copies are written as Zstandard frames (RFC 8878) and read in that form or as the
zlib streams written before; the two are told apart by their first bytes.

The copy lets the window paint a workorder before the DMS answers. It keeps no more
personal data than the rest of the store: identifiers, plates and what is about the
car and the work (the appointment, the car, each job with its title and description,
its lines with codes and amounts). It keeps no party (no name, address, e-mail
address or phone number) and not the text of a note line, where what a customer
asked or said is written. ``KEPT_FIELDS`` is that list; a test holds the stored
bytes to it.
"""

from __future__ import annotations

import sys
import threading
import zlib
from typing import Any

import msgspec

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

from incadea_desk.domain.models import ElementKind, Workorder

FORMAT = 2
"""The first value of every copy written now: a JSON array holding each part's values in
the order of ``KEPT_FIELDS``, without the names (half the bytes of format 1, which
wrote objects, and less to compress). Copies of format 1 are still read; a copy of
another format is not (the DMS is)."""
READ_FORMATS = (1, 2)

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


_APPOINTMENT, _CAR = KEPT_FIELDS["appointment"], KEPT_FIELDS["car"]
_NOTE = ElementKind.NOTE
_PLATE, _VIN = _CAR.index("registration"), _CAR.index("vin")


def encode(wo: Workorder) -> bytes:
    """The copy of ``wo``: its kept values as compact JSON, compressed.

    ``[2, currency, [appointment...], [car...], [[title, description, currency,
    [[kind, code, description, quantity, [amount, currency], discount, vat_rate],
    ...]], ...]]``, each list in the order of ``KEPT_FIELDS``. The models' own field
    dicts are read: a bulk import writes a copy of every workorder it imports."""
    appointment = wo.appointment.__dict__
    car_fields = wo.car.__dict__
    car = [car_fields[name] for name in _CAR]
    registration, vin = car_fields["registration"], car_fields["vin"]
    car[_PLATE] = None if registration is None else [registration.compact, registration.country]
    car[_VIN] = None if vin is None else vin.value
    interventions = []
    for intervention in wo.interventions:
        elements = []
        for element in intervention.elements:
            fields = element.__dict__
            kind, price = fields["kind"], fields["unit_price"]
            elements.append(
                [
                    kind.value,
                    fields["code"],
                    "" if kind is _NOTE else fields["description"],
                    fields["quantity"],
                    [price.amount, price.currency],
                    fields["discount"],
                    fields["vat_rate"],
                ]
            )
        interventions.append(
            [intervention.title, intervention.description, intervention.currency, elements]
        )
    body = [FORMAT, wo.currency, [appointment[name] for name in _APPOINTMENT], car, interventions]
    return _compressed(_ENCODER.encode(body))


# Dates and moments as RFC 3339 text, amounts as decimal text: pydantic reads them
# back exactly (``decode``).
_ENCODER = msgspec.json.Encoder(decimal_format="string")


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
"""The first bytes of a Zstandard frame; no zlib stream starts with them (its header's
check bits rule them out)."""

_compressors = threading.local()


def _compressed(data: bytes) -> bytes:
    # Level 1, and one compressor per thread, kept: the copy is written for every
    # imported workorder, also in a bulk sync (Zstandard writes it in a quarter of
    # zlib's time, docs/benchmarks.md).
    compressor: zstd.ZstdCompressor | None = getattr(_compressors, "zstd", None)
    if compressor is None:
        compressor = _compressors.zstd = zstd.ZstdCompressor(level=1)
    compressor.set_pledged_input_size(len(data))
    return compressor.compress(data, zstd.ZstdCompressor.FLUSH_FRAME)


def expanded(blob: bytes) -> bytes:
    """The JSON text of a stored copy, Zstandard or zlib (``ValueError`` if neither)."""
    try:
        if blob.startswith(ZSTD_MAGIC):
            return zstd.decompress(blob)
        return zlib.decompress(blob)
    except (zstd.ZstdError, zlib.error) as error:
        raise ValueError("not a workorder copy") from error


def read(blob: bytes) -> dict[str, Any]:
    """The JSON of a copy with the names of format 1, whichever format it was written in
    (``ValueError`` if it is no copy); ``"format"`` says which."""
    try:
        body = msgspec.json.decode(expanded(blob))
    except msgspec.DecodeError as error:
        raise ValueError("not a workorder copy") from error
    if isinstance(body, dict):
        return body
    if not isinstance(body, list) or not body or body[0] != FORMAT:
        raise ValueError("not a workorder copy")
    try:
        return _named(body)
    except (ValueError, TypeError) as error:
        raise ValueError("not a workorder copy") from error


def _named(body: list[Any]) -> dict[str, Any]:
    kept = KEPT_FIELDS
    _, currency, appointment, car_values, interventions = body
    car = dict(zip(kept["car"], car_values, strict=True))
    if car["registration"] is not None:
        compact, country = car["registration"]
        car["registration"] = {"compact": compact, "country": country}
    return {
        "format": FORMAT,
        "currency": currency,
        "appointment": dict(zip(kept["appointment"], appointment, strict=True)),
        "car": car,
        "interventions": [
            {
                **dict(zip(kept["intervention"][:3], intervention[:3], strict=True)),
                "elements": [
                    dict(zip(kept["element"], element, strict=True)) for element in intervention[3]
                ],
            }
            for intervention in interventions
        ],
    }


def decode(blob: bytes) -> Workorder | None:
    """The workorder a copy holds (without parties or notes), or None when it cannot
    be read (another format, a damaged row): then only the DMS's answer is shown."""
    try:
        body = read(blob)
        if body.get("format") not in READ_FORMATS:
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
