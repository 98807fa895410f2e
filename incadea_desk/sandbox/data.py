"""The seeded workshop the Incadea stand-in serves.

Everything here is invented: names, addresses, phone numbers, plates and VINs
are drawn from a ``random.Random`` seeded by the caller, so the same seed and
the same ``now`` always give the same workshop. Rows keep Python values
(``datetime``, ``date``, ``Decimal``); the app turns them into wire JSON.

The data is deliberately untidy where real DMS data is untidy: plates stored
sometimes dashed and sometimes compact, contact data that cannot be used,
VINs whose check digit fails, rows sharing one modification timestamp.

Longer than most modules: it is one seeded generator whose name, address,
vehicle and order tables only make sense read together; it holds data, not logic.
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from incadea_desk.sandbox.index import OrderIndex

CENT = Decimal("0.01")

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# Dutch sidecodes 1-14 as letter (L) / digit (D) groups.
DUTCH_SIDECODES: dict[int, tuple[str, str, str]] = {
    1: ("LL", "DD", "DD"),
    2: ("DD", "DD", "LL"),
    3: ("DD", "LL", "DD"),
    4: ("LL", "DD", "LL"),
    5: ("LL", "LL", "DD"),
    6: ("DD", "LL", "LL"),
    7: ("DD", "LLL", "D"),
    8: ("D", "LLL", "DD"),
    9: ("LL", "DDD", "L"),
    10: ("L", "DDD", "LL"),
    11: ("LLL", "DD", "L"),
    12: ("L", "DD", "LLL"),
    13: ("D", "LL", "DDD"),
    14: ("DDD", "LL", "D"),
}

FIRST_NAMES = [
    "Anouk",
    "Bram",
    "Daan",
    "Eline",
    "Fenna",
    "Gijs",
    "Hanna",
    "Iris",
    "Jesse",
    "Joris",
    "Lotte",
    "Maarten",
    "Noor",
    "Pieter",
    "Roos",
    "Sanne",
    "Thijs",
    "Vera",
    "Wout",
    "Yara",
    "Lieze",
    "Arne",
    "Jolien",
    "Stijn",
    "Nele",
    "Wannes",
    "Elien",
    "Brecht",
    "Fien",
    "Seppe",
]
LAST_NAMES = [
    "de Vries",
    "van Dijk",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peeters",
    "Janssens",
    "Maes",
    "Claes",
    "Wouters",
    "Goossens",
    "van den Berg",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "O'Neill",
    "D'Haese",
    "Verbruggen",
    "Kuipers",
    "Veenstra",
    "Timmermans",
    "Willems",
    "Lambrechts",
]
STREETS = [
    "Lindelaan",
    "Kastanjestraat",
    "Molenweg",
    "Beukenhof",
    "Zonnebloemstraat",
    "Havenkade",
    "Dorpsstraat",
    "Kerkplein",
    "Eikenlaan",
    "Vlasakker",
    "Brugstraat",
    "Meidoornpad",
    "Stationsstraat",
    "Veldweg",
    "Populierenlaan",
    "Schoolstraat",
]
NL_CITIES = [
    "Utrecht",
    "Amersfoort",
    "Zeist",
    "Nieuwegein",
    "Houten",
    "Woerden",
    "IJsselstein",
    "Bunnik",
    "Maarssen",
    "De Bilt",
]
BE_CITIES = [("2000", "Antwerpen"), ("2800", "Mechelen"), ("9000", "Gent"), ("3000", "Leuven")]
LEASE_COMPANIES = [
    "Wagenpark Lease B.V.",
    "Autovloot Nederland B.V.",
    "Fleetwise Mobility B.V.",
    "Rijklaar Lease B.V.",
    "Benelux Wagenpark NV",
    "Kilometer Lease B.V.",
]
CONTRACTOR_COMPANIES = [
    "Installatiebedrijf Van Dijk B.V.",
    "Hoveniersbedrijf Groenrijk",
    "Schilderwerken Smit",
    "Transport D'Hondt BV",
    "Bouwbedrijf De Fundering B.V.",
    "Koeriersdienst Snelpost",
    "Loodgieter Waterdicht",
    "Zorggroep De Linde",
]

MAKES: list[tuple[str, str, list[str]]] = [
    ("Volkswagen", "WVW", ["Golf", "Polo", "Tiguan", "ID.3"]),
    ("Toyota", "SB1", ["Yaris", "Corolla", "C-HR"]),
    ("Peugeot", "VF3", ["208", "308", "3008"]),
    ("Renault", "VF1", ["Clio", "Captur", "Megane"]),
    ("Kia", "KNA", ["Niro", "Ceed", "Sportage"]),
    ("Volvo", "YV1", ["XC40", "V60", "XC60"]),
    ("BMW", "WBA", ["3 Serie", "X1", "i4"]),
    ("Ford", "WF0", ["Focus", "Fiesta", "Kuga"]),
    ("Skoda", "TMB", ["Octavia", "Fabia", "Enyaq"]),
    ("Opel", "W0L", ["Corsa", "Astra", "Mokka"]),
]


Stamps = Literal["both", "lastModifiedDateTime", "systemModifiedAt"]
"""Which change stamps of a service order a change moves."""


@dataclass
class Row:
    """One entity as the DMS holds it; ``version`` feeds the ETag."""

    data: dict[str, Any]
    version: int = 1

    @property
    def id(self) -> str:
        return str(self.data["id"])


@dataclass
class WorkshopData:
    """What the DMS holds: customers, vehicles, service orders and their lines."""

    customers: dict[str, Row] = field(default_factory=dict)
    vehicles: dict[str, Row] = field(default_factory=dict)
    orders: dict[str, Row] = field(default_factory=dict)
    lines: dict[str, list[Row]] = field(default_factory=dict)
    next_order_no: int = 104000
    next_customer_no: int = 10000
    _index: OrderIndex | None = field(default=None, repr=False, compare=False)
    observers: list[Callable[[Row, str], None]] = field(default_factory=list, compare=False)
    """Told ``(order, "created" | "updated" | "deleted")``: the webhooks (``webhooks.py``)."""

    @property
    def index(self) -> OrderIndex:
        """The orders by modification time and by number, built on first use."""
        if self._index is None:
            self._index = OrderIndex(list(self.orders.values()))
        return self._index

    def add_order(self, row: Row, lines: list[Row]) -> None:
        self.orders[row.id] = row
        self.lines[row.id] = lines
        self.reindex(row)
        self._tell(row, "created")

    def reindex(self, row: Row) -> None:
        """Call after an order's ``lastModifiedDateTime`` was set, so paging sees it."""
        if self._index is not None and row.id in self.orders:
            self._index.place(row)

    def touch(self, row: Row, at: datetime, *, stamps: Stamps = "both") -> None:
        """Record a change to ``row``: new version, new modification time on both of
        Business Central's stamps, or on only one of them (``stamps``), as Microsoft notes
        can happen (docs/wire-contracts.md)."""
        row.version += 1
        if stamps != "systemModifiedAt":
            row.data["lastModifiedDateTime"] = ms(at)
        if stamps != "lastModifiedDateTime" and "systemModifiedAt" in row.data:
            row.data["systemModifiedAt"] = ms(at)
        self.reindex(row)
        self._tell(row, "updated")

    def _tell(self, row: Row, change: str) -> None:
        if row.id in self.orders:
            for observer in self.observers:
                observer(row, change)

    def order_by_document_no(self, document_no: str) -> Row | None:
        return self.index.by_document_no(document_no)

    def delete_order(self, row: Row) -> None:
        """Another DMS user deletes the order (and its lines)."""
        self._tell(row, "deleted")
        self.index.forget(row)
        del self.orders[row.id]
        del self.lines[row.id]

    def renumber_order(self, row: Row, document_no: str, order_no: str, at: datetime) -> None:
        """The order keeps its id and gets new numbers."""
        self.index.forget(row)
        row.data["documentNo"], row.data["orderNo"] = document_no, order_no
        self.touch(row, at)
        self.index.place(row)


def ms(moment: datetime) -> datetime:
    """Truncate to the millisecond precision the DMS stores."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def wire_datetime(value: datetime, millis: bool = False) -> str:
    value = value.astimezone(UTC)
    if millis or value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_amount(quantity: Decimal, unit_price: Decimal, discount_percent: Decimal) -> Decimal:
    """Quantity × unit price × (1 − discount/100), rounded half up to cents."""
    return money(quantity * unit_price * (1 - discount_percent / 100))


def vin_check_digit(vin: str) -> str:
    """ISO 3779 / North American check digit (position 9) of a 17-character VIN."""
    values = {c: i for i, c in enumerate("0123456789")}
    values.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
    values.update(dict(zip("JKLMN", range(1, 6), strict=True)))
    values.update({"P": 7, "R": 9})
    values.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(values[c] * w for c, w in zip(vin, weights, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


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
Line = tuple[str, str | None, str, str, str, str]
JOB_TEMPLATES: list[tuple[str, str, list[Line]]] = [
    (
        "Grote onderhoudsbeurt",
        "Onderhoud volgens fabrieksvoorschrift",
        [
            ("Menu", "MEN-GROOT", "Grote beurt menu", "1", "289.00", "21"),
            ("Item", "OLIE-5W30", "Motorolie 5W-30", "4.50", "18.95", "21"),
            ("Item", "FLT-OLIE", "Oliefilter", "1", "14.60", "21"),
            ("Comment", None, "Klant vraagt om oude onderdelen mee te geven", "0", "0", "0"),
        ],
    ),
    (
        "Kleine onderhoudsbeurt",
        "Tussentijdse beurt",
        [
            ("Menu", "MEN-KLEIN", "Kleine beurt menu", "1", "149.00", "21"),
            ("Item", "OLIE-0W20", "Motorolie 0W-20", "4.00", "21.40", "21"),
        ],
    ),
    (
        "APK keuring",
        "Periodieke keuring inclusief afmelden RDW",
        [
            ("Labor", "APK", "APK keuring", "0.75", "68.00", "21"),
            ("Labor", "LEGES", "Leges RDW", "1", "2.05", "0"),
            ("Comment", None, "APK goedgekeurd zonder adviespunten", "0", "0", "0"),
        ],
    ),
    (
        "Remblokken voor vervangen",
        "Remblokken vooras op slijtgrens",
        [
            ("Labor", "REM-VA", "Remblokken vooras vervangen", "1.20", "92.50", "21"),
            ("Item", "RB-VA-221", "Remblokset vooras", "1", "86.40", "21"),
            ("Item", "REM-REIN", "Remmenreiniger", "1", "7.95", "21"),
        ],
    ),
    (
        "Banden wissel",
        "Winterbanden monteren, zomerset in opslag",
        [
            ("Labor", "BAND-WIS", "Wisselen wielen incl. balanceren", "0.80", "79.00", "21"),
            ("Item", "VENTIEL", "Ventiel", "4", "3.25", "21"),
            ("Labor", "BAND-OPSL", "Bandenopslag seizoen", "1", "45.00", "21"),
        ],
    ),
    (
        "Airco service",
        "Airco bijvullen en controleren op lekkage",
        [
            ("Labor", "AIRCO", "Airco service", "0.50", "89.00", "21"),
            ("Item", "R1234YF", "Koudemiddel R1234yf (100 g)", "5", "12.10", "21"),
        ],
    ),
    (
        "Storing motorlampje",
        "Klant meldt brandend motorlampje na koude start",
        [
            ("Labor", "DIAG", "Diagnose uitlezen", "0.50", "92.50", "21"),
            ("Comment", None, "Foutcode P0420 uitgelezen, vervolgafspraak maken", "0", "0", "0"),
        ],
    ),
    (
        "Ruitenwisserbladen",
        "Wisserbladen voor vervangen",
        [("Item", "WIS-650", "Wisserbladset 650/400", "1", "32.99", "21")],
    ),
]


def appointment_slot(rng: random.Random, day: date) -> datetime:
    minutes = 7 * 60 + 30 + 15 * rng.randint(0, 34)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=UTC)


def generate_workshop(seed: int, now: datetime, order_count: int = 240) -> WorkshopData:
    """The workshop for ``seed`` at ``now``: orders over the past and coming 30 days."""
    if order_count < 1:
        raise ValueError("the workshop needs at least one workorder")
    rng = random.Random(seed)
    data = WorkshopData()
    gen = Generator(rng, data)
    now = ms(now.astimezone(UTC))
    ago = now - timedelta(days=400)

    lease = [gen.customer(ago, company=name, lease=True, country="NL") for name in LEASE_COMPANIES]
    contractors = [gen.customer(ago, company=name) for name in CONTRACTOR_COMPANIES]
    people = [gen.customer(now - timedelta(days=rng.randint(1, 900))) for _ in range(130)]

    vehicles: list[tuple[Row, Row | None]] = []
    # Half as many cars as workorders (at most 120): every car comes in at least once.
    for index in range(max(1, min(120, order_count // 2))):
        person = people[index % len(people)]
        kind = rng.random()
        if kind < 0.3:
            vehicle = gen.vehicle(now, driver=person, owner=rng.choice(lease))
            contractor: Row | None = lease[
                [r.id for r in lease].index(vehicle.data["ownerCustomerId"])
            ]
        elif kind < 0.4:
            company = rng.choice(contractors)
            vehicle = gen.vehicle(now, driver=person, owner=company)
            contractor = company
        else:
            belgian = person.data["countryCode"] == "BE"
            vehicle = gen.vehicle(
                now, driver=person if rng.random() < 0.9 else None, owner=person, belgian=belgian
            )
            contractor = person
        vehicles.append((vehicle, contractor))

    # Every vehicle gets at least one order; a third of them come back several times.
    plan: list[tuple[Row, Row | None]] = list(vehicles)
    while len(plan) < order_count:
        plan.append(vehicles[rng.randrange(max(1, len(vehicles) // 3))])
    appointments: dict[str, list[datetime]] = {}
    for vehicle, _ in plan:
        day = (now + timedelta(days=rng.randint(-30, 30))).date()
        appointments.setdefault(vehicle.id, []).append(appointment_slot(rng, day))

    orders: list[tuple[datetime, Row, Row | None]] = []
    for vehicle, contractor in vehicles:
        for appointment in appointments.get(vehicle.id, []):
            orders.append((appointment, vehicle, contractor))
    orders.sort(key=lambda item: (item[0], item[1].id))

    mileage: dict[str, tuple[int, date]] = {}
    for appointment, vehicle, contractor in orders:
        first = vehicle.data["firstRegistrationDate"] or (now - timedelta(days=900)).date()
        known = mileage.get(vehicle.id)
        if known is None:
            per_day = rng.randint(15, 90)
            reading_day = min(appointment.date(), now.date())
            km = max(0, (reading_day - first).days * per_day + rng.randint(0, 999))
            known = (km, reading_day)
        if appointment < now:
            km = known[0] + max(0, (appointment.date() - known[1]).days) * rng.randint(20, 80)
            known = (km, appointment.date())
        mileage[vehicle.id] = known
        gen.order(
            vehicle,
            appointment,
            now,
            known[0],
            known[1] if rng.random() < 0.9 else None,
            contractor if rng.random() < 0.95 else None,
        )

    # A nightly batch touched a group of orders at the very same millisecond.
    batch_time = ms(now.replace(hour=2, minute=0, second=0, microsecond=0) - timedelta(days=1))
    batch = [row for row in data.orders.values() if row.data["createdDateTime"] < batch_time]
    for row in rng.sample(batch, k=min(12, len(batch))):
        if row.data["lastModifiedDateTime"] < batch_time:
            row.data["lastModifiedDateTime"] = row.data["systemModifiedAt"] = batch_time
            data.reindex(row)
    return data
