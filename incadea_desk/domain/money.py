"""Amounts of money: ``Decimal`` with a currency, rounded to cents half up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, field_validator

CENT = Decimal("0.01")


def to_cents(value: Decimal) -> Decimal:
    """Round to whole cents the way invoices do (half up)."""
    # The rounding given by position: a keyword costs as much as the rounding itself,
    # and a bulk import rounds some thirty amounts per workorder.
    return value.quantize(CENT, ROUND_HALF_UP)


def currency_code(value: str) -> str:
    """The ISO 4217 code ``value`` names (``" eur"`` is ``"EUR"``); ``ValueError`` if none."""
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValueError(f"{value!r} is not an ISO 4217 currency code")
    return code


class Money(BaseModel):
    """An amount in one currency. Arithmetic refuses to mix currencies."""

    model_config = ConfigDict(frozen=True)

    amount: Decimal
    currency: str = "EUR"

    @field_validator("amount", mode="before")
    @classmethod
    def _no_float(cls, value: object) -> object:
        if isinstance(value, float):
            raise ValueError("money must not be a float; pass a Decimal or a string")
        return value

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str) -> str:
        return currency_code(value)

    @classmethod
    def zero(cls, currency: str = "EUR") -> Money:
        return cls(amount=Decimal("0.00"), currency=currency)

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        # Both amounts and the currency were validated already.
        return Money.model_construct(amount=self.amount + other.amount, currency=self.currency)

    def rounded(self) -> Money:
        return Money(amount=to_cents(self.amount), currency=self.currency)

    def __str__(self) -> str:
        return f"{self.currency} {to_cents(self.amount):,.2f}"
