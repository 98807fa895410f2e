"""What changed between two workorders: domain paths, old and new values, one change per edit."""

from __future__ import annotations

from datetime import UTC, datetime

from incadea_desk.domain import RegistrationNumber
from incadea_desk.domain.diff import FieldChange, workorder_changes
from incadea_desk.domain.models import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Workorder,
)
from incadea_desk.domain.money import Money

AT = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)


def workorder(**changes: object) -> Workorder:
    base = Workorder(
        appointment=Appointment(
            dms_number="SO-1", wo_number="4711", appointment_date=AT, created_at=AT
        ),
        car=Car(registration=RegistrationNumber.parse("12-ABC-3"), registration_as_stored="12abc3"),
        interventions=[
            Intervention(
                title="Service",
                elements=[Element(kind=ElementKind.PART, quantity=1, unit_price=Money(amount=10))],
            )
        ],
    )
    return base.model_copy(update=changes)


def test_the_same_workorder_has_no_changes() -> None:
    assert workorder_changes(workorder(), workorder()) == []


def test_a_new_workorder_lists_every_field_with_a_value() -> None:
    paths = [c.path for c in workorder_changes(None, workorder())]
    assert "appointment.dms_number" in paths
    assert "car.registration" in paths
    assert "interventions[0].elements[0].unit_price" in paths
    assert "appointment.scheduled_in" not in paths  # empty on both sides


def test_a_change_is_its_domain_path_with_both_values() -> None:
    old = workorder()
    new = workorder(
        appointment=old.appointment.model_copy(update={"scheduled_in": AT}),
        car=Car(registration=RegistrationNumber.parse("34-XYZ-5"), registration_as_stored="34xyz5"),
    )
    changes = workorder_changes(old, new)
    assert FieldChange("appointment.scheduled_in", None, AT) in changes
    plate = [c for c in changes if c.path.startswith("car.")]
    assert [c.path for c in plate] == ["car.registration"]  # the stored text folds into it
    assert (str(plate[0].old), str(plate[0].new)) == ("12-ABC-3", "34-XYZ-5")


def test_lines_sort_by_number_not_by_text() -> None:
    many = [Intervention(title=str(n)) for n in range(12)]
    paths = [c.path for c in workorder_changes(None, workorder(interventions=many))]
    titles = [p for p in paths if p.endswith(".title")]
    assert titles[9:11] == ["interventions[9].title", "interventions[10].title"]
