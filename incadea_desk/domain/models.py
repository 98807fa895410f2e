"""The workorder as incadea-desk means it, independent of either wire format.

Every field of DESIGN.md section 3 lives here, typed. Totals are derived from
the elements, never stored a second time, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, computed_field

from incadea_desk.domain.money import Money, currency_code, to_cents
from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.domain.vin import Vin


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry a timezone")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
Percent = Annotated[Decimal, Field(ge=0, le=100)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


M = TypeVar("M", bound=BaseModel)


def trusted(model: type[M], fields: dict[str, Any]) -> M:
    """A model from values an adapter has already checked, every field given, without
    validating them again: a bulk import builds some twenty of these per workorder, and
    pydantic's ``model_construct`` costs several times what this does. The values must
    be what validation would have produced (the adapters' mapping tests hold that)."""
    built = _new(model)
    _set(built, "__dict__", fields)
    # Every field given: one set per model serves all its instances. Nothing changes
    # the set of a frozen model (``model_copy`` copies it before adding to it); a model
    # that is not frozen gets a set of its own.
    every = _EVERY_FIELD.get(model)
    if every is None:
        frozen = model.model_config.get("frozen", False)
        every = _EVERY_FIELD[model] = set(model.model_fields) if frozen else set()
    shared = every and len(fields) == len(every)
    _set(built, "__pydantic_fields_set__", every if shared else set(fields))
    _set(built, "__pydantic_extra__", None)
    _set(built, "__pydantic_private__", None)
    return built


_new, _set = object.__new__, object.__setattr__
_EVERY_FIELD: dict[type[BaseModel], set[str]] = {}


class ElementKind(StrEnum):
    LABOR = "labor"
    PART = "part"
    MENU = "menu"
    NOTE = "note"


class Element(_Model):
    """One line of an intervention: labor, a part, a menu (fixed-price package) or a note."""

    kind: ElementKind
    code: str | None = None
    description: str = ""
    quantity: Decimal = Decimal(0)
    unit_price: Money = Field(default_factory=Money.zero)
    discount: Percent = Decimal(0)
    vat_rate: Percent = Decimal(0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def line_total(self) -> Money:
        """Excl. VAT: quantity x unit price less the discount, in whole cents."""
        return Money.model_construct(amount=self.net_amount(), currency=self.unit_price.currency)

    @property
    def line_total_incl_vat(self) -> Money:
        gross = self.gross_amount(self.net_amount())
        return Money.model_construct(amount=gross, currency=self.unit_price.currency)

    def net_amount(self) -> Decimal:
        """The amount of :attr:`line_total`, without building a ``Money`` (a bulk import
        adds up tens of thousands of these)."""
        discount = self.discount
        if not discount:
            # Most lines have none: the same amount, without the three operations that
            # take it off (multiplying by an exact 1 changes no digit that survives the
            # rounding to cents).
            return to_cents(self.quantity * self.unit_price.amount)
        return to_cents(self.quantity * self.unit_price.amount * (1 - discount / 100))

    def gross_amount(self, net: Decimal) -> Decimal:
        """``net`` (this element's net amount) with its VAT, in whole cents."""
        return to_cents(net * (1 + self.vat_rate / 100))


@dataclass(frozen=True)
class Amounts:
    """The sums of a set of elements in cents, without building ``Money``: what the
    Claire mapping sends for each intervention of every imported workorder."""

    nets: list[Decimal]
    """Each element's net amount (its line total excl. VAT), in the elements' order."""
    excl_vat: Decimal
    incl_vat: Decimal

    @classmethod
    def of(cls, elements: list[Element], currency: str) -> Amounts:
        """``ValueError`` if an element is priced in another currency."""
        code = currency_code(currency)
        nets = []
        excl = incl = Decimal("0.00")
        for element in elements:
            if element.unit_price.currency != code:
                raise ValueError(f"cannot add {element.unit_price.currency} to {code}")
            net = element.net_amount()
            nets.append(net)
            excl += net
            incl += element.gross_amount(net)
        return cls(nets, excl, incl)


class Prices(_Model):
    """Totals excl. and incl. VAT of a set of elements."""

    excl_vat: Money
    incl_vat: Money

    @classmethod
    def of(cls, elements: list[Element], currency: str) -> Prices:
        amounts = Amounts.of(elements, currency)
        code = currency_code(currency)
        return cls(
            excl_vat=Money.model_construct(amount=amounts.excl_vat, currency=code),
            incl_vat=Money.model_construct(amount=amounts.incl_vat, currency=code),
        )


class Intervention(_Model):
    """A job on the workorder; the DMS order of interventions is kept."""

    title: str
    description: str = ""
    elements: list[Element] = Field(default_factory=list)
    currency: str = "EUR"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def prices(self) -> Prices:
        return Prices.of(self.elements, self.currency)


class Appointment(_Model):
    dms_number: str = Field(min_length=1)
    wo_number: str = Field(min_length=1)
    appointment_date: AwareDatetime
    created_at: AwareDatetime
    scheduled_in: AwareDatetime | None = None
    scheduled_out: AwareDatetime | None = None
    customer_waiting: bool = False
    car_in_shop: bool = False
    car_out_of_shop: bool = False
    dms_mileage_km: int | None = Field(default=None, ge=0, lt=2_000_000)
    mileage_date: date | None = None
    canceled: bool = False


class Car(_Model):
    """The vehicle. Plate and VIN keep the DMS text when it does not parse."""

    make: str = ""
    model: str = ""
    registration: RegistrationNumber | None = None
    registration_as_stored: str = ""
    vin: Vin | None = None
    vin_as_stored: str = ""
    first_registration_date: date | None = None
    apk_date: date | None = None
    warranty_start: date | None = None
    warranty_end: date | None = None
    driver_id: str | None = None
    owner_id: str | None = None

    @property
    def plate_text(self) -> str:
        """What to show: the display form, or the DMS text when it is no plate."""
        return self.registration.display if self.registration else self.registration_as_stored


class Party(_Model):
    """A driver, owner or contractor as the DMS knows them."""

    customer_number: str | None = None
    company: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    street: str | None = None
    postcode: str | None = None
    place: str | None = None
    country: str | None = None
    email_private: str | None = None
    phone_private: str | None = None
    mobile_private: str | None = None
    email_business: str | None = None
    phone_business: str | None = None
    mobile_business: str | None = None
    is_lease_company: bool = False

    @property
    def display_name(self) -> str:
        person = " ".join(p for p in (self.first_name, self.last_name) if p)
        if self.company and person:
            return f"{self.company} ({person})"
        return self.company or person


class Workorder(_Model):
    """One workorder of the DMS with everything Claire needs."""

    appointment: Appointment
    interventions: list[Intervention] = Field(default_factory=list)
    car: Car
    driver: Party | None = None
    owner: Party | None = None
    contractor: Party | None = None
    currency: str = "EUR"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def prices(self) -> Prices:
        elements = [e for i in self.interventions for e in i.elements]
        return Prices.of(elements, self.currency)

    @property
    def total_excl_vat(self) -> Money:
        return self.prices.excl_vat

    @property
    def total_incl_vat(self) -> Money:
        return self.prices.incl_vat

    @property
    def customer(self) -> Party | None:
        """Who the advisor talks to: the driver, else the owner, else the contractor."""
        return self.driver or self.owner or self.contractor
