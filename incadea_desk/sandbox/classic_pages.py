"""The pages classic incadea publishes as OData v4 web services (NAV 2018 / BC14), as the
stand-in serves them: Dutch page and field names, the page's primary key as the entity
key (composite for documents), an option field as an enum, and NAV's blanks.

Shaped on Microsoft Learn: a page's key is its table's primary key, declared in
``$metadata``'s ``<Key>`` (webservices/return-obtain-service-metadata-edmx-document);
a document's lines are its subpage, a contained navigation, while customer and vehicle
are other pages read by their key (webservices/use-containments-associations). NAV has
no null for a text, date or number field: a blank text is ``""``, a blank date
``0001-01-01``, a blank datetime ``0001-01-01T00:00:00Z``.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from incadea_desk.sandbox.data import Row, wire_datetime

BLANK_DATE = "0001-01-01"
BLANK_DATETIME = "0001-01-01T00:00:00Z"
DOCUMENT_TYPE = "Order"
LINES = "WerkorderRegels"
LINE_TYPE_ENUM = "Werkorderregelsoort"
# The option values of a line's Soort field, by the stand-in's own line type.
LINE_TYPES = {"Labor": "Arbeid", "Item": "Artikel", "Menu": "Menu", "Comment": "Opmerking"}


@dataclass(frozen=True)
class Field:
    """One control of a page: its web-service name, the row key it shows, its Edm type."""

    name: str
    source: str
    edm: str


@dataclass(frozen=True)
class Page:
    name: str
    key: tuple[str, ...]
    fields: tuple[Field, ...]

    @property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}


def _fields(*triples: tuple[str, str, str]) -> tuple[Field, ...]:
    return tuple(Field(*triple) for triple in triples)


S, D, T, B, N, M = (
    "Edm.String",
    "Edm.Date",
    "Edm.DateTimeOffset",
    "Edm.Boolean",
    "Edm.Int32",
    "Edm.Decimal",
)

ORDERS = Page(
    "Werkorders",
    ("Documentsoort", "Nr"),
    _fields(
        ("Documentsoort", "=documentType", S),
        ("Nr", "documentNo", S),
        ("Werkordernr", "orderNo", S),
        ("Afspraak_datum_tijd", "appointmentDateTime", T),
        ("Aangemaakt_op", "createdDateTime", T),
        ("Gepland_binnen", "scheduledInDateTime", T),
        ("Gepland_gereed", "scheduledOutDateTime", T),
        ("Klant_wacht", "customerWaiting", B),
        ("Auto_binnen", "carInShop", B),
        ("Auto_gereed", "carOutOfShop", B),
        ("Kilometerstand", "mileageKm", N),
        ("Kilometerstand_datum", "mileageDate", D),
        ("Geannuleerd", "canceled", B),
        ("Valutacode", "currencyCode", S),
        ("Locatiecode", "locationCode", S),
        ("Kenteken", "registrationNo", S),
        ("Voertuignr", "=vehicleNo", S),
        ("Opdrachtgevernr", "=contractorNo", S),
        ("Laatst_gewijzigd", "lastModifiedDateTime", T),
    ),
)
ORDER_LINES = Page(
    LINES,
    ("Documentsoort", "Documentnr", "Regelnr"),
    _fields(
        ("Documentsoort", "=documentType", S),
        ("Documentnr", "=documentNo", S),
        ("Regelnr", "lineNo", N),
        ("Taaknr", "jobNo", N),
        ("Taaktitel", "jobTitle", S),
        ("Taakomschrijving", "jobDescription", S),
        ("Soort", "lineType", f"NAV.{LINE_TYPE_ENUM}"),
        ("Nr", "code", S),
        ("Omschrijving", "description", S),
        ("Aantal", "quantity", M),
        ("Eenheidsprijs", "unitPrice", M),
        ("Kortingspercentage", "discountPercent", M),
        ("Btw_percentage", "vatPercent", M),
        ("Regelbedrag", "lineAmount", M),
    ),
)
VEHICLES = Page(
    "Voertuigen",
    ("Nr",),
    _fields(
        ("Nr", "=vehicleNo", S),
        ("Kenteken", "registrationNo", S),
        ("Chassisnr", "vin", S),
        ("Merk", "make", S),
        ("Model", "model", S),
        ("Datum_eerste_toelating", "firstRegistrationDate", D),
        ("APK_vervaldatum", "inspectionDueDate", D),
        ("Garantie_begindatum", "warrantyStartDate", D),
        ("Garantie_einddatum", "warrantyEndDate", D),
        ("Berijdernr", "=driverNo", S),
        ("Eigenaarnr", "=ownerNo", S),
        ("Laatst_gewijzigd", "lastModifiedDateTime", T),
    ),
)
CUSTOMERS = Page(
    "Klanten",
    ("Nr",),
    _fields(
        ("Nr", "number", S),
        ("Bedrijfsnaam", "companyName", S),
        ("Voornaam", "firstName", S),
        ("Achternaam", "lastName", S),
        ("Adres", "street", S),
        ("Postcode", "postCode", S),
        ("Plaats", "city", S),
        ("Landcode", "countryCode", S),
        ("E_mail_prive", "privateEmail", S),
        ("Telefoon_prive", "privatePhoneNo", S),
        ("Mobiel_prive", "privateMobileNo", S),
        ("E_mail_zakelijk", "businessEmail", S),
        ("Telefoon_zakelijk", "businessPhoneNo", S),
        ("Mobiel_zakelijk", "businessMobileNo", S),
        ("Leasemaatschappij", "isLeaseCompany", B),
        ("Laatst_gewijzigd", "lastModifiedDateTime", T),
    ),
)
PAGES = {page.name: page for page in (ORDERS, VEHICLES, CUSTOMERS)}
# The instance's default web service of its companies (outside any Company('…')).
COMPANY = Page(
    "Company",
    ("Name",),
    _fields(
        ("Name", "name", S), ("Evaluation_Company", "evaluation", B), ("Display_Name", "name", S)
    ),
)


def vehicle_no(vehicle_id: object) -> str:
    """A vehicle's number on the page: classic incadea numbers vehicles, it has no GUID."""
    return "VT" + str(vehicle_id).replace("-", "")[:8].upper()


def blank(edm: str) -> Any:
    return {S: "", D: BLANK_DATE, T: BLANK_DATETIME, B: False, N: 0, M: 0}.get(edm, "")


def nav_value(edm: str, value: Any) -> Any:
    """A row's value as NAV sends it: never null, blanks as NAV writes them."""
    if value is None:
        return blank(edm)
    if isinstance(value, datetime):
        return wire_datetime(value, millis=True)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if edm.startswith("NAV."):
        return LINE_TYPES.get(str(value), value)
    return value


def etag(row: Row) -> str:
    # NAV's etags are opaque quoted strings that change with every modification.
    token = base64.b64encode(f"{row.version};{row.id}".encode()).decode()
    return f"W/\"'{token}'\""


def record(
    page: Page,
    values: Mapping[str, Any],
    derived: Mapping[str, Any],
    raw: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The page's fields of one row; ``derived`` gives the ``=name`` sources, and ``raw``
    JSON values sent as they are (a bad row's, by the stand-in's own field name)."""
    body: dict[str, Any] = {}
    for f in page.fields:
        value = derived.get(f.source[1:]) if f.source.startswith("=") else values.get(f.source)
        body[f.name] = nav_value(f.edm, value)
        if raw and f.source in raw:
            body[f.name] = raw[f.source]
    return body


def key_predicate(page: Page, body: Mapping[str, Any]) -> str:
    """``Documentsoort='Order',Nr='SO-1'``: every key part named, strings quoted."""
    parts = []
    for name in page.key:
        value = body[name]
        text = str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"
        parts.append(f"{name}={text}")
    return ",".join(parts)
