"""The one-pass encoder writes exactly what Claire's wire model writes: whatever the
workorder holds (any text, offset, amount, date), its bytes read into
``ClaireAppointmentIn`` and dumped again are the same bytes."""

from __future__ import annotations

from datetime import timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.claire import ClaireAppointmentIn, appointment_json
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

TEXT = st.text(max_size=12)
MAYBE_TEXT = st.none() | TEXT
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
MOMENTS = st.datetimes(timezones=OFFSETS)
AMOUNTS = st.decimals(min_value=-10_000, max_value=10_000, places=4)
PERCENTS = st.decimals(min_value=0, max_value=100, places=3)

ELEMENTS = st.builds(
    Element,
    kind=st.sampled_from(ElementKind),
    code=MAYBE_TEXT,
    description=TEXT,
    quantity=AMOUNTS,
    unit_price=st.builds(Money, amount=AMOUNTS, currency=st.just("EUR")),
    discount=PERCENTS,
    vat_rate=PERCENTS,
)
PARTIES = st.none() | st.builds(
    Party,
    customer_number=MAYBE_TEXT,
    company=MAYBE_TEXT,
    first_name=MAYBE_TEXT,
    last_name=MAYBE_TEXT,
    street=MAYBE_TEXT,
    email_private=MAYBE_TEXT,
    mobile_business=MAYBE_TEXT,
    is_lease_company=st.booleans(),
)
CARS = st.builds(
    Car,
    make=TEXT,
    model=TEXT,
    registration=st.none()
    | st.sampled_from(["12ABC3", "1ABC123", "AB123CD"]).map(RegistrationNumber.parse),
    registration_as_stored=TEXT,
    vin=st.none() | st.just(Vin.parse("WVWZZZ1JZXW000001")),
    vin_as_stored=TEXT,
    first_registration_date=st.none() | st.dates(),
    apk_date=st.none() | st.dates(),
    driver_id=MAYBE_TEXT,
)
WORKORDERS = st.builds(
    Workorder,
    appointment=st.builds(
        Appointment,
        dms_number=TEXT.filter(bool),
        wo_number=TEXT.filter(bool),
        appointment_date=MOMENTS,
        created_at=MOMENTS,
        scheduled_in=st.none() | MOMENTS,
        scheduled_out=st.none() | MOMENTS,
        customer_waiting=st.booleans(),
        dms_mileage_km=st.none() | st.integers(min_value=0, max_value=1_999_999),
        mileage_date=st.none() | st.dates(),
    ),
    interventions=st.lists(
        st.builds(
            Intervention, title=TEXT, description=TEXT, elements=st.lists(ELEMENTS, max_size=3)
        ),
        max_size=3,
    ),
    car=CARS,
    driver=PARTIES,
    owner=PARTIES,
    contractor=PARTIES,
)


@given(WORKORDERS, TEXT, st.lists(TEXT, max_size=3))
def test_the_encoder_writes_what_claires_wire_model_writes(
    wo: Workorder, location: str, warnings: list[str]
) -> None:
    written = appointment_json(wo, location, warnings)
    assert ClaireAppointmentIn.model_validate_json(written).model_dump_json().encode() == written
