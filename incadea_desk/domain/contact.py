"""Contact-data quality of a party (driver, owner, contractor).

Bad contact data is a warning on the workorder, never a failed import. A
warning names the field and says what is wrong in a plain sentence without
the value itself, so warnings can be shown, stored and logged safely; where
the value can be repaired, ``suggestion`` holds the repaired form for the UI.

A dealer's workorders name the same few thousand customers over and over, so
each check is remembered by the value it looked at (stripped, with the country
that decides how a phone number reads): a bulk import checks each value once.

The checking libraries load at the first check, not with the module: phonenumbers,
email-validator and python-stdnum take about 300 ms to import, and the window is
painted before any workorder is read (``preload`` loads them beside it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import phonenumbers

DEFAULT_COUNTRY = "NL"

PHONE_FIELDS: dict[str, str] = {
    "phone_private": "private telephone number",
    "mobile_private": "private mobile number",
    "phone_business": "business telephone number",
    "mobile_business": "business mobile number",
}
EMAIL_FIELDS: dict[str, str] = {
    "email_private": "private e-mail address",
    "email_business": "business e-mail address",
}
MOBILE_FIELDS = ("mobile_private", "mobile_business")


def preload() -> None:
    """Import the checking libraries now (a thread of their own is a good place)."""
    import email_validator
    import phonenumbers
    import stdnum.nl.postcode

    del email_validator, phonenumbers, stdnum


@dataclass(frozen=True)
class ContactWarning:
    """One problem with one contact field of a party."""

    field: str
    message: str
    suggestion: str | None = None


def _text(party: Any, name: str) -> str:
    value = getattr(party, name, None)
    return value.strip() if isinstance(value, str) else ""


def _region(country: str) -> str:
    import phonenumbers

    return country if country in phonenumbers.SUPPORTED_REGIONS else DEFAULT_COUNTRY


def _country(party: Any) -> str:
    return _region(_text(party, "country").upper())


# Distinct values remembered per check: a dealer group's customers, several times over.
CHECKS_REMEMBERED = 16_384


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _parse_phone(text: str, country: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    import phonenumbers

    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _is_mobile(number: phonenumbers.PhoneNumber) -> bool:
    import phonenumbers

    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return phonenumbers.number_type(number) in kinds


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _valid_mobile(text: str, country: str) -> bool:
    number = _parse_phone(text, country)
    return number is not None and _is_mobile(number)


def normalise_phone(text: str | None, country: str | None = DEFAULT_COUNTRY) -> str | None:
    """The E.164 form (``+31612345678``) of a valid phone number, else ``None``."""
    if not isinstance(text, str) or not text.strip():
        return None
    number = _parse_phone(text, _region((country or "").strip().upper()))
    return _e164(number) if number is not None else None


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _phone_warnings(field: str, text: str, country: str) -> tuple[ContactWarning, ...]:
    label = PHONE_FIELDS[field]
    number = _parse_phone(text, country)
    if number is None:
        return (ContactWarning(field, f"The {label} is not a valid phone number."),)
    warnings = []
    e164 = _e164(number)
    if text != e164:
        warnings.append(ContactWarning(field, f"The {label} is not in international format.", e164))
    if field in MOBILE_FIELDS and not _is_mobile(number):
        warnings.append(
            ContactWarning(
                field,
                f"The {label} is not a mobile number, so the check-in SMS cannot reach it.",
            )
        )
    return tuple(warnings)


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _email_ok(text: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _postcode_warning(text: str) -> ContactWarning | None:
    from stdnum.exceptions import ValidationError as StdnumValidationError
    from stdnum.nl import postcode as nl_postcode

    try:
        formatted = nl_postcode.validate(text)
    except StdnumValidationError:
        return ContactWarning("postcode", "The postcode is not a valid Dutch postcode.")
    if formatted != text:
        return ContactWarning(
            "postcode", "The postcode is not written in the usual Dutch form.", formatted
        )
    return None


def party_warnings(party: Any) -> list[ContactWarning]:
    """Every contact-data problem of ``party``, in field order; never raises.

    ``party`` is any object with the party attributes (``first_name``,
    ``postcode``, ``country``, ``mobile_private``, ...); missing or non-text
    attributes count as empty. ``country`` is an ISO code, the Netherlands
    when empty or unknown.
    """
    if party is None:
        return []
    return list(_warnings_of(_values(party, _CONTACT_NAMES, _CONTACT_VALUES)))


_CONTACT_NAMES = ("country", "postcode", *EMAIL_FIELDS, *PHONE_FIELDS)
_CONTACT_VALUES = attrgetter(*_CONTACT_NAMES)
_MOBILE_NAMES = ("country", *MOBILE_FIELDS)
_MOBILE_VALUES = attrgetter(*_MOBILE_NAMES)


def _values(party: Any, names: tuple[str, ...], values: attrgetter[Any]) -> tuple[Any, ...]:
    """The party's values of these attributes as they are, to remember checks by (the
    same customer on many workorders). When one is missing, or cannot be remembered
    (unhashable), every value that is not text is None instead; ``_stripped`` reads
    any value that is not text as empty."""
    try:
        found = values(party)
        hash(found)
    except (AttributeError, TypeError):
        found = tuple(getattr(party, name, None) for name in names)
        return tuple(value if isinstance(value, str) else None for value in found)
    return found


def _stripped(values: tuple[Any, ...]) -> list[str]:
    return [value.strip() if isinstance(value, str) else "" for value in values]


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _warnings_of(values: tuple[Any, ...]) -> tuple[ContactWarning, ...]:
    country, postcode, *texts = _stripped(values)
    emails = len(EMAIL_FIELDS)
    return _contact_warnings(
        _region(country.upper()), postcode, tuple(texts[:emails]), tuple(texts[emails:])
    )


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _contact_warnings(
    country: str, postcode: str, emails: tuple[str, ...], phones: tuple[str, ...]
) -> tuple[ContactWarning, ...]:
    warnings: list[ContactWarning] = []
    if postcode and country == "NL":
        postcode_warning = _postcode_warning(postcode)
        if postcode_warning is not None:
            warnings.append(postcode_warning)
    for (field, label), email in zip(EMAIL_FIELDS.items(), emails, strict=True):
        if email and not _email_ok(email):
            warnings.append(ContactWarning(field, f"The {label} is not a valid e-mail address."))
    for field, phone in zip(PHONE_FIELDS, phones, strict=True):
        if phone:
            warnings.extend(_phone_warnings(field, phone, country))
    return tuple(warnings)


def sms_reachable(party: Any) -> bool:
    """Whether one of the party's mobile fields holds a valid mobile number."""
    return _sms_reachable(_values(party, _MOBILE_NAMES, _MOBILE_VALUES))


@lru_cache(maxsize=CHECKS_REMEMBERED)
def _sms_reachable(values: tuple[Any, ...]) -> bool:
    country, *mobiles = _stripped(values)
    region = _region(country.upper())
    return any(_valid_mobile(text, region) for text in mobiles if text)


def email_reachable(party: Any) -> bool:
    """Whether one of the party's e-mail fields holds a valid address."""
    return any(_email_ok(_text(party, field)) for field in EMAIL_FIELDS if _text(party, field))
