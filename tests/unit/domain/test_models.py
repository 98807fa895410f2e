"""The domain model holds every field of DESIGN.md section 3, and derives its totals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from incadea_desk.domain import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Money,
    Party,
    Prices,
    Workorder,
)
from incadea_desk.domain.models import Amounts, trusted
from incadea_desk.domain.money import to_cents

# DESIGN.md section 3, phrase by phrase, and the model attribute that holds it.
SECTION_3: dict[type[BaseModel], dict[str, str]] = {
    Appointment: {
        "DMS number": "dms_number",
        "WO number": "wo_number",
        "appointment date": "appointment_date",
        "creation date": "created_at",
        "scheduled in date": "scheduled_in",
        "scheduled out date": "scheduled_out",
        "customer waiting (bool)": "customer_waiting",
        "car in shop": "car_in_shop",
        "car out of shop": "car_out_of_shop",
        "DMS mileage (km)": "dms_mileage_km",
        "canceled (bool)": "canceled",
    },
    Intervention: {
        "title": "title",
        "description": "description",
        "elements": "elements",
        "prices": "prices",
    },
    Element: {
        "kind": "kind",
        "code": "code",
        "description": "description",
        "quantity": "quantity",
        "unit price": "unit_price",
        "discount": "discount",
        "VAT rate": "vat_rate",
        "line total": "line_total",
    },
    Prices: {
        "total excl. VAT": "excl_vat",
        "total incl. VAT": "incl_vat",
    },
    Car: {
        "make": "make",
        "model": "model",
        "registration number": "registration",
        "VIN": "vin",
        "first registration date": "first_registration_date",
        "APK date": "apk_date",
        "warranty start": "warranty_start",
        "warranty end": "warranty_end",
        "driver id": "driver_id",
        "owner id": "owner_id",
    },
    Party: {
        "company": "company",
        "first name": "first_name",
        "last name": "last_name",
        "street": "street",
        "postcode": "postcode",
        "place": "place",
        "e-mail private": "email_private",
        "telephone private": "phone_private",
        "mobile private": "mobile_private",
        "e-mail business": "email_business",
        "telephone business": "phone_business",
        "mobile business": "mobile_business",
        "is lease company": "is_lease_company",
    },
    Workorder: {
        "appointment": "appointment",
        "interventions (order kept)": "interventions",
        "car": "car",
        "driver": "driver",
        "owner": "owner",
        "contractor": "contractor",
    },
}


@pytest.mark.parametrize(
    ("model", "phrase", "attribute"),
    [(m, p, a) for m, fields in SECTION_3.items() for p, a in fields.items()],
    ids=lambda v: v.__name__ if isinstance(v, type) else str(v),
)
def test_every_design_field_is_on_the_model(model: type[BaseModel], phrase: str, attribute: str):
    declared = set(model.model_fields) | set(model.model_computed_fields)
    assert attribute in declared, f"{model.__name__} lacks {phrase!r}"


def _element(kind=ElementKind.LABOR, qty="1.5", price="80.00", discount="0", vat="21"):
    return Element(
        kind=kind,
        code="L100",
        description="Work",
        quantity=Decimal(qty),
        unit_price=Money(amount=Decimal(price)),
        discount=Decimal(discount),
        vat_rate=Decimal(vat),
    )


def test_line_total_applies_discount_and_rounds_half_up():
    element = _element(qty="3", price="19.99", discount="10")
    # 3 x 19.99 = 59.97, less 10 % = 53.973 -> 53.97
    assert element.line_total == Money(amount=Decimal("53.97"))
    assert element.line_total_incl_vat == Money(amount=Decimal("65.30"))


def test_intervention_and_workorder_totals_are_derived_from_elements():
    first = Intervention(
        title="Service", elements=[_element(), _element(ElementKind.PART, "2", "12.50", vat="21")]
    )
    second = Intervention(title="Note only", elements=[_element(ElementKind.NOTE, "0", "0")])
    assert first.prices.excl_vat.amount == Decimal("145.00")
    assert first.prices.incl_vat.amount == Decimal("175.45")
    assert second.prices.excl_vat.amount == Decimal("0.00")
    workorder = Workorder(
        appointment=Appointment(
            dms_number="SO-1",
            wo_number="1",
            appointment_date=datetime(2026, 11, 27, 8, 30, tzinfo=UTC),
            created_at=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        ),
        interventions=[first, second],
        car=Car(make="Volvo", model="V60"),
    )
    assert workorder.total_excl_vat.amount == Decimal("145.00")
    assert workorder.total_incl_vat.amount == Decimal("175.45")
    assert [i.title for i in workorder.interventions] == ["Service", "Note only"]


_AMOUNTS = st.decimals(min_value=0, max_value=10_000, places=2)
_PERCENTS = st.decimals(min_value=0, max_value=100, places=2)
_ELEMENTS = st.builds(
    lambda qty, price, discount, vat: _element(
        qty=str(qty), price=str(price), discount=str(discount), vat=str(vat)
    ),
    st.decimals(min_value=0, max_value=1_000, places=3),
    _AMOUNTS,
    _PERCENTS,
    _PERCENTS,
)


@given(st.lists(st.lists(_ELEMENTS, max_size=6), max_size=5))
def test_the_workorder_total_is_the_sum_of_its_interventions(groups: list[list[Element]]):
    """Every element's total is rounded to cents first, so the workorder's total is the
    sum of its interventions' totals, and of its elements' line totals."""
    interventions = [Intervention(title=f"Job {n}", elements=g) for n, g in enumerate(groups)]
    workorder = Workorder(
        appointment=Appointment(
            dms_number="SO-1",
            wo_number="1",
            appointment_date=datetime(2026, 11, 27, 8, 30, tzinfo=UTC),
            created_at=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        ),
        interventions=interventions,
        car=Car(make="Volvo", model="V60"),
    )
    excl = sum((i.prices.excl_vat.amount for i in interventions), Decimal("0.00"))
    incl = sum((i.prices.incl_vat.amount for i in interventions), Decimal("0.00"))
    assert (workorder.total_excl_vat.amount, workorder.total_incl_vat.amount) == (excl, incl)
    lines = sum((e.line_total.amount for g in groups for e in g), Decimal("0.00"))
    assert workorder.total_excl_vat.amount == lines
    for intervention in interventions:
        amounts = Amounts.of(intervention.elements, "eur")
        assert amounts.nets == [e.line_total.amount for e in intervention.elements]
        assert (amounts.excl_vat, amounts.incl_vat) == (
            intervention.prices.excl_vat.amount,
            intervention.prices.incl_vat.amount,
        )


# Within Business Central's Decimal (+/- 999,999,999,999,999.99), any number of places.
_BC_AMOUNTS = st.decimals(min_value=-(10**15), max_value=10**15, allow_nan=False, places=5)


@given(
    _BC_AMOUNTS,
    _BC_AMOUNTS,
    st.sampled_from(["0", "0.0", "0.00", "0.0000", "-0", "0E+2"]),
)
def test_no_discount_gives_the_amount_the_discount_formula_gives(
    quantity: Decimal, price: Decimal, zero: str
):
    """A line without a discount skips taking it off; the amount is the same, digit for
    digit (its text too, not only its value), as the general formula gives, and an
    amount too large for cents is refused by both."""
    element = trusted(
        Element,
        {
            "kind": ElementKind.PART,
            "code": None,
            "description": "",
            "quantity": quantity,
            "unit_price": Money.model_construct(amount=price, currency="EUR"),
            "discount": Decimal(zero),
            "vat_rate": Decimal("21"),
        },
    )
    assert _outcome(element.net_amount) == _outcome(
        lambda: to_cents(quantity * price * (1 - Decimal(zero) / 100))
    )


def _outcome(amount: Callable[[], Decimal]) -> str:
    """The amount's text, or that it has more digits than a Decimal holds in cents."""
    try:
        return str(amount())
    except InvalidOperation:
        return "too large"


def test_totals_refuse_to_add_another_currency():
    with pytest.raises(ValueError, match="cannot add EUR to GBP"):
        Prices.of([_element()], "gbp")
    with pytest.raises(ValueError, match="not an ISO 4217"):
        Prices.of([], "euro")


def test_money_refuses_floats_and_mixed_currencies():
    with pytest.raises(ValidationError, match="float"):
        Money(amount=19.99)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot add"):
        Money(amount=Decimal(1)) + Money(amount=Decimal(1), currency="GBP")


def test_appointment_dates_must_carry_a_timezone():
    with pytest.raises(ValidationError, match="timezone"):
        Appointment(
            dms_number="SO-1",
            wo_number="1",
            appointment_date=datetime(2026, 11, 27, 8, 30),
            created_at=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        )


def test_dms_mileage_is_whole_km_in_range():
    with pytest.raises(ValidationError):
        Appointment(
            dms_number="SO-1",
            wo_number="1",
            appointment_date=datetime(2026, 11, 27, tzinfo=UTC),
            created_at=datetime(2026, 11, 27, tzinfo=UTC),
            dms_mileage_km=2_000_000,
        )


def test_party_display_name_prefers_company_with_person():
    assert (
        Party(company="Lease BV", first_name="An", last_name="Smit").display_name
        == "Lease BV (An Smit)"
    )
    assert Party(first_name="An", last_name="Smit").display_name == "An Smit"
    assert Workorder(
        appointment=Appointment(
            dms_number="SO-1",
            wo_number="1",
            appointment_date=datetime(2026, 11, 27, tzinfo=UTC),
            created_at=datetime(2026, 11, 27, tzinfo=UTC),
        ),
        car=Car(first_registration_date=date(2020, 1, 1)),
        owner=Party(company="Lease BV", is_lease_company=True),
    ).customer == Party(company="Lease BV", is_lease_company=True)


def _party_fields(**changes: object) -> dict[str, object]:
    fields = {name: None for name in Party.model_fields}
    return {**fields, "is_lease_company": False, "last_name": "de Vries", **changes}


def test_a_trusted_model_is_the_validated_model() -> None:
    built = trusted(Party, _party_fields())
    validated = Party.model_validate(_party_fields())
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set == set(Party.model_fields)
    assert built.model_dump() == validated.model_dump()


def test_trusted_models_of_a_kind_do_not_share_what_a_copy_changes() -> None:
    first, second = trusted(Party, _party_fields()), trusted(Party, _party_fields())
    changed = first.model_copy(update={"last_name": "Jansen"})
    assert changed.last_name == "Jansen"
    assert (first.last_name, second.last_name) == ("de Vries", "de Vries")
    assert first.model_fields_set == second.model_fields_set == set(Party.model_fields)


class _Open(BaseModel):
    """Not frozen: setting a field adds to the instance's fields set."""

    a: int = 0
    b: int = 0


def test_a_model_that_is_not_frozen_gets_a_fields_set_of_its_own() -> None:
    first, second = trusted(_Open, {"a": 1, "b": 2}), trusted(_Open, {"a": 3, "b": 4})
    first.a = 5
    assert first.model_fields_set is not second.model_fields_set
