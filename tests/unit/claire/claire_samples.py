"""A complete domain workorder with every field set (invented data)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from incadea_desk.domain.models import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Party,
    Workorder,
)
from incadea_desk.domain.money import Money
from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.domain.vin import Vin

BASE = "https://api.claire.example.test"
ROOT = BASE + "/v1/"
LOCATION = "loc-utrecht"
KEY = "claire-test-key"


def party(prefix: str, *, company: str | None = None, lease: bool = False) -> Party:
    return Party(
        customer_number=f"C{prefix}",
        company=company,
        first_name=f"{prefix}-first",
        last_name=f"{prefix}-last",
        street=f"{prefix} street 1",
        postcode="3511 AB",
        place=f"{prefix}-place",
        country="NL",
        email_private=f"{prefix}@example.org",
        phone_private="+31301234567",
        mobile_private="+31612345678",
        email_business=f"{prefix}@example.com",
        phone_business="+31307654321",
        mobile_business="+31687654321",
        is_lease_company=lease,
    )


def workorder() -> Workorder:
    eur = "EUR"
    return Workorder(
        appointment=Appointment(
            dms_number="SO-2604711",
            wo_number="104711",
            appointment_date=datetime(2026, 11, 27, 8, 30, tzinfo=UTC),
            created_at=datetime(2026, 11, 20, 14, 2, 11, tzinfo=UTC),
            scheduled_in=datetime(2026, 11, 27, 8, 15, tzinfo=UTC),
            scheduled_out=datetime(2026, 11, 27, 16, 45, tzinfo=UTC),
            customer_waiting=True,
            car_in_shop=True,
            car_out_of_shop=False,
            dms_mileage_km=45210,
            mileage_date=date(2026, 6, 1),
            canceled=False,
        ),
        interventions=[
            Intervention(
                title="Oil service",
                description="Replace oil and filter",
                currency=eur,
                elements=[
                    Element(
                        kind=ElementKind.LABOR,
                        code="L100",
                        description="Oil change labour",
                        quantity=Decimal("1.5"),
                        unit_price=Money(amount=Decimal("80.00"), currency=eur),
                        discount=Decimal("0"),
                        vat_rate=Decimal("21"),
                    ),
                    Element(
                        kind=ElementKind.PART,
                        code="P-0W20",
                        description="Engine oil 0W-20",
                        quantity=Decimal("4.5"),
                        unit_price=Money(amount=Decimal("19.99"), currency=eur),
                        discount=Decimal("10"),
                        vat_rate=Decimal("21"),
                    ),
                    Element(kind=ElementKind.NOTE, description="Customer brings own filter"),
                ],
            ),
            Intervention(
                title="APK",
                description="Periodic inspection",
                currency=eur,
                elements=[
                    Element(
                        kind=ElementKind.MENU,
                        code="M-APK",
                        description="APK inspection",
                        quantity=Decimal("1"),
                        unit_price=Money(amount=Decimal("49.95"), currency=eur),
                        discount=Decimal("0"),
                        vat_rate=Decimal("9"),
                    )
                ],
            ),
        ],
        car=Car(
            make="Volkswagen",
            model="Golf",
            registration=RegistrationNumber.parse("12-ABC-3"),
            registration_as_stored="12-ABC-3",
            vin=Vin.parse("WVWZZZ1JZXW000001"),
            vin_as_stored="WVWZZZ1JZXW000001",
            first_registration_date=date(2019, 3, 15),
            apk_date=date(2027, 3, 15),
            warranty_start=date(2019, 3, 16),
            warranty_end=date(2026, 3, 14),
            driver_id="C010234",
            owner_id="C000017",
        ),
        driver=party("driver"),
        owner=party("owner", company="Lease Direct B.V.", lease=True),
        contractor=party("contractor", company="Garagebedrijf Zon"),
        currency=eur,
    )
