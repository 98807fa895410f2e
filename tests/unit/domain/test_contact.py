from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.domain.contact import (
    ContactWarning,
    email_reachable,
    normalise_phone,
    party_warnings,
    sms_reachable,
)


@dataclass
class Party:
    company: str | None = None
    first_name: str | None = "Anna"
    last_name: str | None = "de Vries"
    street: str | None = "Voorbeeldstraat 1"
    postcode: str | None = "1234 AB"
    place: str | None = "Voorbeeld"
    country: str | None = "NL"
    email_private: str | None = "anna@example.com"
    phone_private: str | None = None
    mobile_private: str | None = "+31612345678"
    email_business: str | None = None
    phone_business: str | None = None
    mobile_business: str | None = None
    is_lease_company: bool = False


def test_clean_party_has_no_warnings() -> None:
    party = Party()

    assert party_warnings(party) == []
    assert sms_reachable(party)
    assert email_reachable(party)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"mobile_private": "06-12345678"},
            [
                ContactWarning(
                    "mobile_private",
                    "The private mobile number is not in international format.",
                    "+31612345678",
                )
            ],
        ),
        (
            {"mobile_business": "+31201234567"},
            [
                ContactWarning(
                    "mobile_business",
                    "The business mobile number is not a mobile number, "
                    "so the check-in SMS cannot reach it.",
                )
            ],
        ),
        (
            {"mobile_private": "020 123 4567"},
            [
                ContactWarning(
                    "mobile_private",
                    "The private mobile number is not in international format.",
                    "+31201234567",
                ),
                ContactWarning(
                    "mobile_private",
                    "The private mobile number is not a mobile number, "
                    "so the check-in SMS cannot reach it.",
                ),
            ],
        ),
        (
            {"phone_private": "12345"},
            [
                ContactWarning(
                    "phone_private", "The private telephone number is not a valid phone number."
                )
            ],
        ),
        (
            {"email_private": "anna@@example"},
            [
                ContactWarning(
                    "email_private", "The private e-mail address is not a valid e-mail address."
                )
            ],
        ),
        (
            {"postcode": "12345 AB"},
            [ContactWarning("postcode", "The postcode is not a valid Dutch postcode.")],
        ),
        (
            {"postcode": "1234 SS"},
            [ContactWarning("postcode", "The postcode is not a valid Dutch postcode.")],
        ),
        (
            {"postcode": "1234ab"},
            [
                ContactWarning(
                    "postcode", "The postcode is not written in the usual Dutch form.", "1234 AB"
                )
            ],
        ),
        (
            {"country": "BE", "postcode": "1000", "mobile_private": "0470 12 34 56"},
            [
                ContactWarning(
                    "mobile_private",
                    "The private mobile number is not in international format.",
                    "+32470123456",
                )
            ],
        ),
        (
            {"country": "BE", "postcode": "1000", "mobile_private": "+32470123456"},
            [],
        ),
        ({"country": None, "mobile_private": None, "mobile_business": None}, []),
        (
            {"country": "nl", "postcode": "NL-1234 ab"},
            [
                ContactWarning(
                    "postcode", "The postcode is not written in the usual Dutch form.", "1234 AB"
                )
            ],
        ),
        ({"country": "DE", "postcode": "10115", "mobile_private": "+4915123456789"}, []),
    ],
)
def test_contact_warnings(changes: dict[str, object], expected: list[ContactWarning]) -> None:
    party = Party(**changes)  # type: ignore[arg-type]

    assert party_warnings(party) == expected


def test_a_belgian_number_is_invalid_when_read_as_dutch() -> None:
    warnings = party_warnings(Party(mobile_private="0470 12 34 56"))

    assert [w.message for w in warnings] == [
        "The private mobile number is not a valid phone number."
    ]


def test_warnings_never_contain_the_personal_value() -> None:
    party = Party(
        mobile_private="0612345678",
        phone_private="0201234567",
        email_business="anna.zakelijk@@example",
        postcode="1234ab",
    )

    for warning in party_warnings(party):
        for value in ("0612345678", "0201234567", "anna.zakelijk", "1234ab"):
            assert value not in warning.message


@pytest.mark.parametrize(
    ("changes", "sms", "email"),
    [
        ({}, True, True),
        ({"mobile_private": "020 123 4567"}, False, True),
        ({"mobile_private": "not a number", "mobile_business": "06 1234 5678"}, True, True),
        ({"mobile_private": None, "phone_private": "06 1234 5678"}, False, True),
        ({"email_private": "anna@", "email_business": "anna@example.nl"}, True, True),
        ({"email_private": "anna@", "email_business": " "}, True, False),
        ({"email_private": None}, True, False),
    ],
)
def test_reachability(changes: dict[str, object], sms: bool, email: bool) -> None:
    party = Party(**changes)  # type: ignore[arg-type]

    assert sms_reachable(party) is sms
    assert email_reachable(party) is email


@pytest.mark.parametrize(
    ("text", "country", "e164"),
    [
        ("06-12345678", "NL", "+31612345678"),
        ("+31 (0)6 1234 5678", "NL", "+31612345678"),
        ("0031 20 123 4567", "nl", "+31201234567"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("0470 12 34 56", None, None),
        ("06-12345678", "XX", "+31612345678"),
        ("12345", "NL", None),
        ("", "NL", None),
        (None, "NL", None),
    ],
)
def test_normalise_phone(text: str | None, country: str | None, e164: str | None) -> None:
    assert normalise_phone(text, country) == e164


def test_missing_party_has_no_warnings() -> None:
    assert party_warnings(None) == []


class _Sparse:
    """A party-like object with some attributes missing and others not text."""

    def __init__(self) -> None:
        self.country = ["NL"]  # unhashable, and no text: the Netherlands
        self.postcode = 1234
        self.mobile_private = " 0612345678 "


def test_missing_and_non_text_attributes_count_as_empty() -> None:
    assert party_warnings(_Sparse()) == [
        ContactWarning(
            "mobile_private",
            "The private mobile number is not in international format.",
            "+31612345678",
        )
    ]
    assert sms_reachable(_Sparse())
    assert not email_reachable(_Sparse())


def test_a_remembered_check_answers_as_the_first() -> None:
    first = party_warnings(Party(mobile_private="0612345678", email_private="no-at-sign"))
    again = party_warnings(Party(mobile_private="0612345678", email_private="no-at-sign"))
    assert again == first
    assert [w.field for w in first] == ["email_private", "mobile_private"]


optional_text = st.one_of(st.none(), st.text())


@given(
    st.builds(
        Party,
        company=optional_text,
        first_name=optional_text,
        last_name=optional_text,
        street=optional_text,
        postcode=optional_text,
        place=optional_text,
        country=st.one_of(st.none(), st.text(max_size=3), st.sampled_from(["NL", "BE", "DE"])),
        email_private=optional_text,
        phone_private=optional_text,
        mobile_private=optional_text,
        email_business=optional_text,
        phone_business=optional_text,
        mobile_business=optional_text,
        is_lease_company=st.booleans(),
    )
)
def test_contact_checks_never_raise(party: Party) -> None:
    warnings = party_warnings(party)

    assert all(isinstance(w, ContactWarning) and w.message.endswith(".") for w in warnings)
    assert isinstance(sms_reachable(party), bool)
    assert isinstance(email_reachable(party), bool)
