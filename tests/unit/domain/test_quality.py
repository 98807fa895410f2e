"""Workorder-level data-quality warnings: what the advisor sees, never a failed import."""

from __future__ import annotations

from datetime import UTC, datetime

from incadea_desk.domain import (
    Appointment,
    Car,
    Party,
    RegistrationNumber,
    Vin,
    Workorder,
    workorder_warnings,
)


def _workorder(**kwargs) -> Workorder:
    appointment = Appointment(
        dms_number="SO-1",
        wo_number="1",
        appointment_date=datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
        created_at=datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
    )
    return Workorder(appointment=appointment, **kwargs)


def test_a_clean_workorder_has_no_warnings():
    workorder = _workorder(
        car=Car(
            registration=RegistrationNumber.parse("12-ABC-3"), vin=Vin.parse("1M8GDM9AXKP042788")
        ),
        driver=Party(first_name="Sanne", last_name="de Vries", mobile_private="+31612345678"),
    )
    assert workorder_warnings(workorder) == []


def test_customer_without_a_mobile_cannot_get_the_check_in_sms():
    workorder = _workorder(
        car=Car(), driver=Party(first_name="Sanne", phone_private="+31301234567")
    )
    messages = [str(w) for w in workorder_warnings(workorder)]
    assert (
        "Customer: The customer has no valid mobile number, so the check-in SMS cannot reach them."
        in messages
    )


def test_bad_contact_data_is_attributed_to_its_party():
    workorder = _workorder(
        car=Car(),
        driver=Party(first_name="Sanne", mobile_private="+31612345678"),
        owner=Party(company="Lease BV", email_business="not-an-address", is_lease_company=True),
    )
    warnings = workorder_warnings(workorder)
    assert [(w.subject, w.field) for w in warnings] == [("owner", "email_business")]


def test_unparseable_plate_and_failed_vin_check_digit_are_warnings():
    workorder = _workorder(
        car=Car(registration_as_stored="??", vin=Vin.parse("WVWZZZ1KZAW000001")),
        driver=Party(mobile_private="+31612345678"),
    )
    fields = {(w.subject, w.field) for w in workorder_warnings(workorder)}
    assert fields == {("car", "registration"), ("car", "vin")}
