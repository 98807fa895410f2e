"""Invented records of the tenant's three pages, in the tenant's own field names:
people, addresses (``example.com``), Dutch plates and numbers are made up. Order SO-101003
has a blank mileage date and no planned times, as NAV writes them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

BLANK_DATE = "0001-01-01"
BLANK_DATETIME = "0001-01-01T00:00:00Z"


def _customer(no: str, first: str, last: str, city: str, **extra: Any) -> dict[str, Any]:
    return {
        "No": no,
        "Company_Name": "",
        "First_Name": first,
        "Surname": last,
        "Address": f"{last}straat 12",
        "Post_Code": "3512 AB",
        "City": city,
        "Country_Region_Code": "NL",
        "E_Mail": f"{first.lower()}.{last.lower().replace(' ', '')}@example.com",
        "Phone_No": "030-1234567",
        "Mobile_Phone_No": "06-12345678",
        "Business_E_Mail": "",
        "Business_Phone_No": "",
        "Business_Mobile_No": "",
        "Lease_Company": False,
    } | extra


CUSTOMERS = [
    _customer("C-0101", "Sanne", "Vermeulen", "Utrecht"),
    _customer("C-0102", "Joris", "van Dijk", "Amersfoort"),
    _customer("C-0103", "Fleur", "Bakker", "Zeist"),
    _customer(
        "C-0900",
        "",
        "",
        "Houten",
        Company_Name="Voorbeeld Lease B.V.",
        Address="Industrieweg 4",
        E_Mail="",
        Business_E_Mail="fleet@lease.example.com",
        Lease_Company=True,
    ),
]


def _vehicle(
    no: str, plate: str, vin: str, make: str, model: str, driver: str, owner: str
) -> dict[str, Any]:
    return {
        "No": no,
        "License_No": plate,
        "VIN": vin,
        "Make_Code": make,
        "Model": model,
        "First_Registration_Date": "2019-03-14",
        "Inspection_Due_Date": "2027-03-14",
        "Warranty_Starting_Date": "2019-03-14",
        "Warranty_Ending_Date": BLANK_DATE,
        "Driver_No": driver,
        "Owner_No": owner,
    }


VEHICLES = [
    _vehicle("V-2001", "KX-123-B", "WVWZZZAUZKW000001", "VW", "Golf", "C-0101", "C-0101"),
    _vehicle("V-2002", "34-TRN-7", "VF1RFB00X00000002", "RENAULT", "Clio", "C-0102", "C-0900"),
    _vehicle("V-2003", "G-512-ZP", "YV1XZ00000000003", "VOLVO", "XC40", "C-0103", "C-0103"),
]


def _line(
    order: str, line_no: int, kind: str, code: str, text: str, qty: float, price: float
) -> dict[str, Any]:
    return {
        "Document_Type": "Order",
        "Document_No": order,
        "Line_No": line_no,
        "Job_No": 1,
        "Job_Title": "Onderhoud",
        "Job_Description": "Kleine beurt",
        "Type": kind,
        "No": code,
        "Description": text,
        "Quantity": qty,
        "Unit_Price": price,
        "Line_Discount_Percent": 0,
        "VAT_Percent": 21,
        "Line_Amount": round(qty * price, 2),
    }


def workorders(now: datetime) -> list[dict[str, Any]]:
    """The Service Header rows, changed within the last hours before ``now``."""

    def at(hours: float) -> str:
        moment = (now - timedelta(hours=hours)).astimezone(UTC).replace(microsecond=0)
        return moment.isoformat().replace("+00:00", "Z")

    def order(
        no: str, wo: str, vehicle: dict[str, Any], bill_to: str, km: int, **extra: Any
    ) -> dict[str, Any]:
        return {
            "Document_Type": "Order",
            "No": no,
            "Work_Order_No": wo,
            "Appointment_Date_Time": at(-24),
            "Created_Date_Time": at(72),
            "Planned_In": at(-24),
            "Planned_Out": at(-30),
            "Customer_Waiting": False,
            "Vehicle_Arrived": False,
            "Vehicle_Ready": False,
            "Mileage": km,
            "Mileage_Date": (now - timedelta(days=2)).date().isoformat(),
            "Cancelled": False,
            "Currency_Code": "",
            "License_No": vehicle["License_No"],
            "Vehicle_No": vehicle["No"],
            "Bill_to_Customer_No": bill_to,
            "Last_Modified_Date_Time": at(5),
            "WorkshopOrderLines": [
                _line(no, 10000, "Resource", "MONTEUR", "Arbeid monteur", 1.5, 89.5),
                _line(no, 20000, "Item", "OLIE-5W30", "Motorolie 5W-30", 4, 14.95),
                _line(no, 30000, "Comment", "", "Klant belt na afloop", 0, 0),
            ],
        } | extra

    golf, clio, volvo = VEHICLES
    return [
        order("SO-101001", "24017", golf, "C-0101", 48210, Last_Modified_Date_Time=at(9)),
        order("SO-101002", "24018", clio, "C-0900", 102377, Last_Modified_Date_Time=at(7)),
        order(
            "SO-101003",
            "24019",
            volvo,
            "C-0103",
            15020,
            Mileage_Date=BLANK_DATE,
            Planned_In=BLANK_DATETIME,
            Planned_Out=BLANK_DATETIME,
        ),
        order("SO-101004", "24020", golf, "C-0101", 47100, Appointment_Date_Time=at(300)),
        order("SO-101005", "24021", clio, "C-0900", 99870, Customer_Waiting=True),
    ]
