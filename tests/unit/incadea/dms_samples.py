"""A complete service order as the DMS sends it (invented people and cars),
and the helpers that write DMS JSON exactly."""

from __future__ import annotations

import json
import re
from typing import Any

BASE = "https://dms.example.test"
COMPANY = "5a6b7c8d-0000-4000-8000-00000000c0de"
ROOT = f"{BASE}/api/incadea/workshop/v1.0/companies({COMPANY})/"
ORDERS = ROOT + "serviceOrders"
TENANT = "contoso-dealer"
# Business Central online takes tokens from Microsoft Entra ID, the default authority.
TOKEN_URL = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"

ORDER_ID = "0f0e0d0c-1111-4222-8333-444455556666"
VEHICLE_ID = "0f0e0d0c-2222-4222-8333-444455556666"
DRIVER_ID = "0f0e0d0c-3333-4222-8333-444455556666"
OWNER_ID = "0f0e0d0c-4444-4222-8333-444455556666"
CONTRACTOR_ID = "0f0e0d0c-5555-4222-8333-444455556666"


def customer(cid: str, number: str, **overrides: Any) -> dict[str, Any]:
    base = {
        "@odata.etag": 'W/"JzE7Jw=="',
        "id": cid,
        "number": number,
        "companyName": None,
        "firstName": "Femke",
        "lastName": "de Vries",
        "street": "Lindelaan 12",
        "postCode": "3511 AB",
        "city": "Utrecht",
        "countryCode": "NL",
        "privateEmail": "femke@example.org",
        "privatePhoneNo": "030 123 4567",
        "privateMobileNo": "06 1234 5678",
        "businessEmail": "f.devries@example.com",
        "businessPhoneNo": "030 765 4321",
        "businessMobileNo": "06 8765 4321",
        "isLeaseCompany": False,
        "lastModifiedDateTime": "2026-11-20T09:00:00.000Z",
    }
    base.update(overrides)
    return base


def service_order(**overrides: Any) -> dict[str, Any]:
    """A service order with every field of DESIGN.md section 3 set to a distinct value."""
    order: dict[str, Any] = {
        "@odata.etag": 'W/"JzQ0OzE3MTIzNDU2Nzg5MDsn"',
        "id": ORDER_ID,
        "documentNo": "SO-2604711",
        "orderNo": "104711",
        "appointmentDateTime": "2026-11-27T08:30:00Z",
        "createdDateTime": "2026-11-20T14:02:11Z",
        "scheduledInDateTime": "2026-11-27T08:15:00Z",
        "scheduledOutDateTime": "2026-11-27T16:45:00Z",
        "customerWaiting": True,
        "carInShop": True,
        "carOutOfShop": False,
        "mileageKm": 45210,
        "mileageDate": "2026-06-01",
        "canceled": False,
        "currencyCode": "EUR",
        "registrationNo": "12-ABC-3",
        "vehicleId": VEHICLE_ID,
        "contractorCustomerId": CONTRACTOR_ID,
        "lastModifiedDateTime": "2026-11-27T10:00:00.123Z",
        "serviceLines": [
            line(1, 10, "Labor", "L100", "Oil change labour", "1.5", "80.00", "0", "21", "120.00"),
            line(1, 20, "Item", "P-0W20", "Engine oil 0W-20", "4.5", "19.99", "10", "21", "80.96"),
            line(1, 30, "Comment", None, "Customer brings own filter", "0", "0", "0", "0", "0"),
            line(
                2,
                10,
                "Menu",
                "M-APK",
                "APK inspection",
                "1",
                "49.95",
                "0",
                "21",
                "49.95",
                title="APK",
                jobdesc="Periodic inspection",
            ),
        ],
        "vehicle": {
            "@odata.etag": 'W/"JzI7Jw=="',
            "id": VEHICLE_ID,
            "registrationNo": "12ABC3",
            "vin": "WVWZZZ1JZXW000001",
            "make": "Volkswagen",
            "model": "Golf",
            "firstRegistrationDate": "2019-03-15",
            "inspectionDueDate": "2027-03-15",
            "warrantyStartDate": "2019-03-15",
            "warrantyEndDate": "2026-03-14",
            "driverCustomerId": DRIVER_ID,
            "ownerCustomerId": OWNER_ID,
            "lastModifiedDateTime": "2026-11-20T09:00:00.000Z",
            "driver": customer(DRIVER_ID, "C010234"),
            "owner": customer(
                OWNER_ID,
                "C000017",
                companyName="Lease Direct B.V.",
                firstName=None,
                lastName=None,
                street="Stationsplein 1",
                postCode="1012 AB",
                city="Amsterdam",
                privateEmail=None,
                privatePhoneNo=None,
                privateMobileNo=None,
                businessEmail="fleet@example.net",
                businessPhoneNo="020 555 0101",
                businessMobileNo="06 5550 1010",
                isLeaseCompany=True,
            ),
        },
        "contractor": customer(
            CONTRACTOR_ID,
            "C000099",
            companyName="Garagebedrijf Zon",
            firstName="Piet",
            lastName="Zon",
            city="Zeist",
            postCode="3701 CD",
            street="Dorpsstraat 3",
        ),
    }
    order.update(overrides)
    return order


def line(
    job: int,
    line_no: int,
    kind: str,
    code: str | None,
    description: str,
    quantity: str,
    unit_price: str,
    discount: str,
    vat: str,
    amount: str,
    *,
    title: str = "Oil service",
    jobdesc: str = "Replace oil and filter",
) -> dict[str, Any]:
    return {
        "id": f"{job:04d}{line_no:04d}-aaaa-4bbb-8ccc-000000000000",
        "jobNo": job,
        "jobTitle": title,
        "jobDescription": jobdesc,
        "lineNo": line_no,
        "lineType": kind,
        "code": code,
        "description": description,
        # Numbers as JSON numbers, written from text so no float rounding sneaks in.
        "quantity": RawNumber(quantity),
        "unitPrice": RawNumber(unit_price),
        "discountPercent": RawNumber(discount),
        "vatPercent": RawNumber(vat),
        "lineAmount": RawNumber(amount),
    }


class RawNumber(str):
    """A JSON number given as its exact text."""


_NUMBER = re.compile(r'"@@number:([-+0-9.eE]+)"')


def to_json(payload: Any) -> bytes:
    """JSON with each ``RawNumber`` written as a bare number token, exactly as given."""

    def mark(value: Any) -> Any:
        if isinstance(value, RawNumber):
            return "@@number:" + str(value)
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mark(v) for v in value]
        return value

    return _NUMBER.sub(r"\1", json.dumps(mark(payload))).encode()


def page(*orders: dict[str, Any], next_link: str | None = None) -> bytes:
    body: dict[str, Any] = {
        "@odata.context": ROOT + "$metadata#serviceOrders",
        "value": list(orders),
    }
    if next_link:
        body["@odata.nextLink"] = next_link
    return to_json(body)


def odata_error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}
