"""Draws invented workshop rows (customers, vehicles, orders and lines) from one
random stream, deliberately untidy where real DMS data is untidy: plates stored
sometimes dashed and sometimes compact, contact data that cannot be used, VINs whose
check digit fails."""

from __future__ import annotations

import random
import string
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from incadea_desk.sandbox.data import Row, WorkshopData, line_amount, ms, vin_check_digit
from incadea_desk.sandbox.seed_tables import (
    BE_CITIES,
    DUTCH_SIDECODES,
    FIRST_NAMES,
    JOB_TEMPLATES,
    LAST_NAMES,
    MAKES,
    NL_CITIES,
    PLATE_LETTERS,
    STREETS,
    VIN_ALPHABET,
)

BRANCHES = ("UTR", "ANT")
"""The branches of the sandbox's company, each a Claire location of a dealer group: a
busy one, and one with a tenth of the orders."""


class Generator:
    """Draws invented workshop rows from one random stream."""

    def __init__(self, rng: random.Random, data: WorkshopData) -> None:
        self.rng = rng
        self.data = data

    def guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    # plates and VINs

    def dutch_plate(self, sidecode: int | None = None) -> tuple[str, str]:
        """A Dutch plate as (dashed, compact)."""
        groups = DUTCH_SIDECODES[sidecode or self.rng.randint(1, 14)]
        parts = [
            "".join(
                self.rng.choice(PLATE_LETTERS) if kind == "L" else self.rng.choice(string.digits)
                for kind in group
            )
            for group in groups
        ]
        return "-".join(parts), "".join(parts)

    def belgian_plate(self) -> tuple[str, str]:
        first = str(self.rng.randint(1, 2))
        letters = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(3))
        digits = f"{self.rng.randint(1, 999):03d}"
        return f"{first}-{letters}-{digits}", f"{first}{letters}{digits}"

    def vin(self, wmi: str) -> str:
        """A VIN: mostly a correct check digit, sometimes a failing one, rarely a bad shape."""
        body = [*wmi, *(self.rng.choice(VIN_ALPHABET) for _ in range(14))]
        body[8] = vin_check_digit("".join(body[:8]) + "0" + "".join(body[9:]))
        if self.chance(0.12):
            body[8] = self.rng.choice([c for c in "0123456789X" if c != body[8]])
        vin = "".join(body)
        if self.chance(0.03):
            return vin[:16]
        if self.chance(0.03):
            return vin[:12] + "O" + vin[13:]
        return vin

    # parties

    def phone(self, country: str, mobile: bool) -> str:
        """A well-formed number in one of the ways people type them."""
        # The first subscriber digit is drawn from ranges the numbering plans allocate.
        lead = self.rng.choice("2345678")
        digits = lead + "".join(self.rng.choice(string.digits) for _ in range(7))
        if country == "BE":
            if mobile:
                prefix = f"+32 4{self.rng.choice('789')}{digits[0]}"
                return f"{prefix} {digits[1:3]} {digits[3:5]} {digits[5:7]}"
            return f"+32 3 {digits[:3]} {digits[3:5]} {digits[5:7]}"
        if mobile:
            digits = self.rng.choice("12345") + digits[1:]
            style = self.rng.randint(0, 2)
            if style == 0:
                return f"06-{digits}"
            if style == 1:
                return f"+31 6 {digits[:4]} {digits[4:]}"
            return f"06{digits}"
        return f"030-{digits[:7]}"

    def bad_phone(self) -> str:
        return self.rng.choice(["06-1234", "12345", "+31 6 123", "onbekend", "0000000000"])

    def email(self, first: str, last: str) -> str:
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        return f"{local}@{self.rng.choice(['example.com', 'example.org', 'example.net'])}"

    def bad_email(self, first: str, last: str) -> str:
        local = f"{first}.{last}".lower().replace(" ", "")
        return self.rng.choice(
            [
                f"{local}@",
                f"{local}@example",
                f"{first} {last}@example.com",
                f"{local}..x@example.com",
            ]
        )

    def dutch_postcode(self) -> str:
        letters = "".join(self.rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        return f"{self.rng.randint(1000, 9999)} {letters}"

    def customer(
        self,
        moment: datetime,
        *,
        company: str | None = None,
        lease: bool = False,
        country: str | None = None,
    ) -> Row:
        country = country or ("BE" if self.chance(0.12) else "NL")
        first = last = None
        if company is None:
            first = self.rng.choice(FIRST_NAMES)
            last = self.rng.choice(LAST_NAMES)
        if country == "BE":
            post_code, city = self.rng.choice(BE_CITIES)
        else:
            post_code, city = self.dutch_postcode(), self.rng.choice(NL_CITIES)
            if self.chance(0.06):
                post_code = self.rng.choice(["123 AB", "0123 AB", "1234 SA", "12345"])
        name_first, name_last = first or "info", last or (company or "bedrijf").split()[0]
        private = company is None
        row: dict[str, Any] = {
            "id": self.guid(),
            "number": f"C{self.data.next_customer_no:06d}",
            "companyName": company,
            "firstName": first,
            "lastName": last,
            "street": f"{self.rng.choice(STREETS)} {self.rng.randint(1, 180)}",
            "postCode": post_code,
            "city": city,
            "countryCode": country,
            "privateEmail": self.email(name_first, name_last) if private else None,
            "privatePhoneNo": self.phone(country, False) if private and self.chance(0.3) else None,
            "privateMobileNo": self.phone(country, True) if private else None,
            "businessEmail": None if private else self.email(name_first, name_last),
            "businessPhoneNo": None if private else self.phone(country, False),
            "businessMobileNo": self.phone(country, True)
            if not private and self.chance(0.4)
            else None,
            "isLeaseCompany": lease,
            "lastModifiedDateTime": ms(moment),
        }
        self.data.next_customer_no += 1
        if self.chance(0.1):
            key = "privateMobileNo" if private else "businessPhoneNo"
            row[key] = self.bad_phone()
        if self.chance(0.08):
            key = "privateEmail" if private else "businessEmail"
            row[key] = self.bad_email(name_first, name_last)
        if private and self.chance(0.05):
            row["privateMobileNo"] = None
            row["privatePhoneNo"] = None
        new = Row(row)
        self.data.customers[new.id] = new
        return new

    # vehicles and orders

    def vehicle(
        self, moment: datetime, driver: Row | None, owner: Row | None, belgian: bool = False
    ) -> Row:
        make, wmi, models = self.rng.choice(MAKES)
        dashed, compact = self.belgian_plate() if belgian else self.dutch_plate()
        first_reg = (moment - timedelta(days=self.rng.randint(120, 4500))).date()
        warranty_end = first_reg + timedelta(days=365 * self.rng.choice([2, 3, 5, 7]))
        row = {
            "id": self.guid(),
            "registrationNo": dashed if self.chance(0.5) else compact,
            "vin": self.vin(wmi),
            "make": make,
            "model": self.rng.choice(models),
            "firstRegistrationDate": first_reg if self.chance(0.95) else None,
            "inspectionDueDate": None
            if belgian or self.chance(0.1)
            else (moment + timedelta(days=self.rng.randint(-20, 360))).date(),
            "warrantyStartDate": first_reg if self.chance(0.85) else None,
            "warrantyEndDate": warranty_end if self.chance(0.85) else None,
            "driverCustomerId": driver.id if driver else None,
            "ownerCustomerId": owner.id if owner else None,
            "lastModifiedDateTime": ms(moment - timedelta(days=self.rng.randint(1, 400))),
        }
        new = Row(row)
        self.data.vehicles[new.id] = new
        return new

    def plate_as_typed(self, vehicle: Row) -> str:
        """The plate typed on an order: the vehicle's, in the dashed or compact form."""
        plate = str(vehicle.data["registrationNo"])
        if self.chance(0.3):
            return plate.replace("-", "") if "-" in plate else plate
        return plate

    def order(
        self,
        vehicle: Row,
        appointment: datetime,
        now: datetime,
        mileage_km: int,
        mileage_date: date | None,
        contractor: Row | None,
    ) -> Row:
        order_no = self.data.next_order_no
        self.data.next_order_no += self.rng.randint(1, 7)
        created = min(appointment - timedelta(days=self.rng.randint(1, 21)), now)
        created -= timedelta(minutes=self.rng.randint(1, 600), seconds=self.rng.randint(0, 59))
        past = appointment < now
        hours_ago = (now - appointment).total_seconds() / 3600
        in_shop = past and self.chance(0.95 if hours_ago > 4 else 0.6)
        out_of_shop = in_shop and hours_ago > 10 and self.chance(0.93)
        scheduled = self.chance(0.85)
        canceled = self.chance(0.06) and not out_of_shop
        if canceled:
            in_shop = out_of_shop = False
        modified = created + (now - created) * self.rng.random()
        row = {
            "id": self.guid(),
            "documentNo": f"SO-26{order_no - 100_000:05d}",
            "orderNo": str(order_no),
            "appointmentDateTime": appointment,
            "createdDateTime": created,
            "scheduledInDateTime": appointment if scheduled else None,
            "scheduledOutDateTime": appointment + timedelta(hours=self.rng.randint(2, 9))
            if scheduled
            else None,
            "customerWaiting": self.chance(0.2),
            "carInShop": in_shop,
            "carOutOfShop": out_of_shop,
            "mileageKm": mileage_km,
            "mileageDate": mileage_date,
            "canceled": canceled,
            "currencyCode": "EUR",
            # The branch of a dealer group's company that took the order (sites.toml).
            "locationCode": BRANCHES[order_no % 10 == 0],
            "registrationNo": self.plate_as_typed(vehicle),
            "vehicleId": vehicle.id,
            "contractorCustomerId": contractor.id if contractor else None,
            "lastModifiedDateTime": ms(modified),
            "systemModifiedAt": ms(modified),
        }
        new = Row(row, version=self.rng.randint(1, 6))
        self.data.add_order(new, self.service_lines(contractor))
        return new

    def service_lines(self, contractor: Row | None) -> list[Row]:
        discount = Decimal(self.rng.choice([10, 15])) if contractor and self.chance(0.4) else None
        jobs = self.rng.sample(JOB_TEMPLATES, k=self.rng.choice([1, 1, 2, 2, 3, 4]))
        lines: list[Row] = []
        line_no = 0
        for job_no, (title, description, template) in enumerate(jobs, start=1):
            for kind, code, text, quantity, price, vat in template:
                line_no += 10000
                if kind == "Comment":
                    qty = unit = disc = Decimal(0)
                    vat_percent = Decimal(0)
                else:
                    qty = Decimal(quantity)
                    unit = Decimal(price)
                    disc = discount if discount is not None and kind == "Item" else Decimal(0)
                    vat_percent = Decimal(vat)
                lines.append(
                    Row(
                        {
                            "id": self.guid(),
                            "jobNo": job_no,
                            "jobTitle": title,
                            "jobDescription": description,
                            "lineNo": line_no,
                            "lineType": kind,
                            "code": code,
                            "description": text,
                            "quantity": qty,
                            "unitPrice": unit,
                            "discountPercent": disc,
                            "vatPercent": vat_percent,
                            "lineAmount": line_amount(qty, unit, disc),
                        }
                    )
                )
        return lines


# (lineType, code, description, quantity, unit price, VAT %)
