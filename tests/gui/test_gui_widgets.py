"""The widgets on their own: the detail pane on hand-built workorders, the search bar,
the error and crash dialogs."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from incadea_desk.domain import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Money,
    Party,
    RegistrationNumber,
    Vin,
    Workorder,
)
from incadea_desk.domain.diff import FieldChange
from incadea_desk.domain.mileage import parse_mileage
from incadea_desk.errors import InputError, Unavailable
from incadea_desk.ui.crash import CrashHandler
from incadea_desk.ui.error_box import error_sentence, show_error
from incadea_desk.ui.search_bar import SearchBar
from incadea_desk.ui.status import BUSY_SHOWN_AFTER_MS, StatusPanel
from incadea_desk.ui.tasks import TaskRunner
from incadea_desk.ui.workorder import SyncInfo, WorkorderPane, describe_field

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 11, 27)


def element(kind: ElementKind, quantity: str, price: str, discount: str = "0") -> Element:
    return Element(
        kind=kind,
        code=kind.value.upper(),
        description=f"{kind.value} line",
        quantity=Decimal(quantity),
        unit_price=Money(amount=Decimal(price)),
        discount=Decimal(discount),
        vat_rate=Decimal("21"),
    )


def workorder(
    *,
    apk: date | None = date(2026, 12, 10),
    vin: str = "WVWZZZ1JZXW000001",
    driver_mobile: str | None = "+31612345678",
    canceled: bool = False,
) -> Workorder:
    at = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)
    return Workorder(
        appointment=Appointment(
            dms_number="SO-1",
            wo_number="4711",
            appointment_date=at,
            created_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
            customer_waiting=True,
            dms_mileage_km=45_210,
            mileage_date=date(2026, 6, 1),
            canceled=canceled,
        ),
        interventions=[
            Intervention(
                title="Grote beurt",
                description="Onderhoud volgens schema",
                elements=[
                    element(ElementKind.LABOR, "1.5", "90.00"),
                    element(ElementKind.PART, "4", "12.50", discount="10"),
                ],
            ),
            Intervention(title="APK", elements=[element(ElementKind.MENU, "1", "49.95")]),
        ],
        car=Car(
            make="Volkswagen",
            model="Golf",
            registration=RegistrationNumber.parse("12abc3"),
            registration_as_stored="12ABC3",
            vin=Vin.parse(vin),
            vin_as_stored=vin,
            apk_date=apk,
            driver_id="C1",
            owner_id="C2",
        ),
        driver=Party(
            first_name="Anna",
            last_name="de Vries",
            mobile_private=driver_mobile,
            email_private="anna@example.org",
        ),
        contractor=Party(company="LeaseCo", is_lease_company=True, email_business="fleet@"),
    )


@pytest.fixture
def pane(qtbot: QtBot, translations) -> WorkorderPane:
    widget = WorkorderPane(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def test_the_pane_shows_every_part_of_the_workorder(pane: WorkorderPane) -> None:
    wo = workorder()
    pane.show_workorder(wo)

    assert pane.title.text() == "WO 4711 · 12-ABC-3"
    assert pane.appointment_form.values["dms_number"].text() == "SO-1"
    assert pane.appointment_form.values["dms_mileage_km"].text() == "45,210 km (read 01/06/2026)"
    assert pane.car_form.values["registration"].text() == "12-ABC-3"
    driver = pane.parties.form_for("driver")
    assert driver is not None
    assert driver.values["first_name"].text() == "Anna"
    assert pane.parties.form_for("owner") is None
    assert [pane.parties.tabs.tabText(i) for i in range(pane.parties.tabs.count())] == [
        "Driver",
        "Contractor — lease company",
    ]
    tree = pane.interventions
    assert tree.topLevelItemCount() == 2
    first = tree.topLevelItem(0)
    assert first.text(0) == "1. Grote beurt"
    assert first.text(7) == "€ 180.00"
    assert [first.child(i).text(1) for i in range(first.childCount())] == [
        "",
        "Labour",
        "Part",
    ]
    assert first.child(2).text(5) == "10 %"
    assert pane.total_excl.text() == "Total excl. VAT: € 229.95"
    assert pane.total_incl.text() == f"Total incl. VAT: {'€'} {wo.total_incl_vat.amount:,.2f}"
    assert pane.badge_waiting.isVisible()
    assert pane.mileage.dms_value.text() == "45,210 km (read 01/06/2026)"


def test_an_apk_due_within_30_days_is_highlighted(pane: WorkorderPane) -> None:
    pane.show_workorder(workorder(apk=date(2026, 12, 20)))
    assert pane.badge_apk.isVisible()
    assert pane.badge_apk.text() == "APK due 20/12/2026"
    assert pane.car_form.values["apk_date"].property("highlight") == "warn"

    pane.show_workorder(workorder(apk=date(2026, 11, 1)))
    assert pane.badge_apk.text() == "APK overdue since 01/11/2026"

    pane.show_workorder(workorder(apk=date(2027, 3, 1)))
    assert not pane.badge_apk.isVisible()
    assert pane.car_form.values["apk_date"].property("highlight") == ""


def test_contact_warnings_and_the_lease_company_are_visible(pane: WorkorderPane) -> None:
    pane.show_workorder(workorder(driver_mobile=None))

    assert pane.warnings_frame.isVisible()
    text = pane.warnings_label.text()
    assert "Customer: The customer has no valid mobile number" in text
    assert "Contractor: The business e-mail address is not a valid e-mail address." in text
    contractor = pane.parties.form_for("contractor")
    assert contractor is not None
    assert contractor.values["email_business"].property("highlight") == "warn"


def test_one_person_in_every_role_is_shown_once(pane: WorkorderPane) -> None:
    person = Party(first_name="Anna", last_name="de Vries", mobile_private="+31612345678")
    pane.show_workorder(
        workorder().model_copy(update={"driver": person, "owner": person, "contractor": person})
    )

    assert pane.parties.title() == "Driver = owner = contractor"
    assert not pane.parties.tabs.isVisible()
    assert pane.parties.form_for("owner") is pane.parties.form_for("contractor")
    shown = [form for form in pane.parties.forms if form.isVisible()]
    assert len(shown) == 1
    assert shown[0].values["mobile_private"].text() == "+31612345678"


class _Resizes(QObject):
    """How often each widget was resized (every layout pass over it resizes it)."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.counts[id(watched)] += 1
        return False


def test_the_answer_after_a_copy_lays_the_pane_out_once(pane: WorkorderPane) -> None:
    # Qt lays out every layout above a widget it shows, at once: the people, rows and
    # badges the answer shows would each lay the pane out again, while the DMS's
    # answer waits to be painted.
    full = workorder(driver_mobile=None)
    copy = full.model_copy(update={"driver": None, "owner": None, "contractor": None})
    pane.show_workorder(copy, as_of=datetime(2026, 11, 27, 7, 0, tzinfo=UTC))
    QApplication.processEvents()
    assert pane.parties.withheld.isVisible()
    watch = _Resizes()
    widgets = pane.findChildren(QWidget)
    for widget in widgets:
        widget.installEventFilter(watch)

    pane.show_workorder(full)
    QApplication.processEvents()

    for widget in widgets:
        widget.removeEventFilter(watch)
    assert pane.parties.form_for("driver") is not None
    assert pane.warnings_frame.isVisible()
    assert watch.counts
    assert max(watch.counts.values()) == 1


def test_the_window_styles_the_pane_before_the_first_workorder(qtbot: QtBot, translations) -> None:
    # Styling the widgets a workorder shows happens when they are first shown, 10-15 ms
    # of the first search's paint; the window does it ahead, while they are hidden.
    pane = WorkorderPane(today=lambda: TODAY)
    qtbot.addWidget(pane)
    pane.show()
    hidden = [w for w in pane.findChildren(QWidget) if not w.isVisible()]
    assert pane.parties.forms[0] in hidden
    polished = Qt.WidgetAttribute.WA_WState_Polished
    assert not all(widget.testAttribute(polished) for widget in hidden)

    pane.polish_ahead()

    assert all(widget.testAttribute(polished) for widget in hidden)


def test_the_first_workorder_restyles_only_what_it_marks(
    pane: WorkorderPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Re-applying the style sheet to a label is about 0.1 ms; the forms' labels start
    # without a tone, so the first workorder gives one only to what it marks (it was
    # 4 ms of the first search's paint to give forty labels no tone).
    from incadea_desk.ui import widgets

    styled: list[QWidget] = []
    real = widgets.set_tone

    def counted(widget: QWidget, tone: str, prop: str = "tone") -> None:
        styled.append(widget)
        real(widget, tone, prop)

    monkeypatch.setattr(widgets, "set_tone", counted)
    pane.show_workorder(workorder())

    assert pane.badge_apk in styled  # due within 30 days: a warning
    assert all(w.property("tone") or w.property("highlight") for w in styled)
    marked = [w for w in pane.findChildren(QWidget) if w.property("highlight") == "warn"]
    assert pane.car_form.values["apk_date"] in marked
    styled.clear()

    pane.show_workorder(workorder(apk=None))

    # The mark goes when the workorder has none: the field is given no tone again.
    assert pane.car_form.values["apk_date"] in styled
    assert pane.car_form.values["apk_date"].property("highlight") == ""


@pytest.fixture
def status(qtbot: QtBot, translations) -> StatusPanel:
    panel = StatusPanel()
    qtbot.addWidget(panel)
    panel.resize(900, panel.sizeHint().height())
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_status_bar_shows_an_action_once_it_has_run_a_tenth_of_a_second(
    qtbot: QtBot, status: StatusPanel
) -> None:
    assert BUSY_SHOWN_AFTER_MS == 100
    status.set_busy(True, "Searching the DMS…")
    # Under a tenth of a second an action needs no progress: nothing is shown yet.
    assert not status.busy_bar.isVisible()
    assert status.busy_text.text() == ""

    qtbot.waitUntil(status.busy_bar.isVisible, timeout=5_000)
    assert status.busy_text.text() == "Searching the DMS…"
    # What the action says while it is shown is shown at once.
    status.set_busy(True, "The DMS is not answering, retrying (1/3)…")
    assert status.busy_text.text() == "The DMS is not answering, retrying (1/3)…"

    status.set_busy(False, "")
    assert not status.busy_bar.isVisible()
    assert status.busy_text.text() == ""


def test_an_action_shorter_than_a_tenth_of_a_second_never_shows(status: StatusPanel) -> None:
    status.set_busy(True, "Searching the DMS…")
    status.set_busy(False, "")
    assert not status.busy_delay.isActive()
    assert not status.busy_bar.isVisible()
    assert status.busy_text.text() == ""


def test_closing_is_shown_at_once_and_moves_nothing_in_the_status_bar(status: StatusPanel) -> None:
    status.set_connection("dms", "online")
    QApplication.processEvents()
    height, text_x, dms_x = status.height(), status.busy_text.x(), status.dms_label.x()

    status.set_busy(True, "Closing…", at_once=True)
    QApplication.processEvents()

    assert status.busy_bar.isVisible()
    assert status.busy_text.text() == "Closing…"
    # The bar had its place while hidden: the texts beside it stay put, the bar's height
    # grows nothing, so the window around it is not laid out again.
    assert (status.height(), status.busy_text.x(), status.dms_label.x()) == (
        height,
        text_x,
        dms_x,
    )


def test_a_vin_with_a_wrong_check_digit_is_flagged_not_rejected(pane: WorkorderPane) -> None:
    good = workorder().car.vin
    assert good is not None
    bad = good.value[:8] + ("X" if good.value[8] != "X" else "1") + good.value[9:]
    pane.show_workorder(workorder(vin=bad))

    assert pane.car_form.values["vin"].text() == f"{bad} (check digit does not match)"
    assert pane.car_form.values["vin"].property("highlight") == "warn"


def test_a_sync_shows_when_and_what_changed(pane: WorkorderPane) -> None:
    pane.show_workorder(workorder())
    assert pane.sync_label.text() == "Not synced with Claire in this session."

    pane.show_sync(
        SyncInfo(
            action="refresh",
            outcome="updated",
            changed_fields=["car.apk_date", "interventions[1].elements[0].line_total"],
            synced_at=datetime(2026, 11, 27, 10, 15, 30, tzinfo=UTC),
        )
    )

    assert pane.sync_label.text().startswith("Refreshed at ")
    assert pane.sync_label.text().endswith(": Claire updated.")
    assert pane.changes_label.text() == (
        "Changed: Car: APK due, Intervention 2, line 1: Total excl. VAT"
    )


def test_changed_field_names_read_as_words(translations) -> None:
    assert describe_field("appointment.dms_mileage_km") == "Appointment: DMS mileage"
    assert describe_field("driver.mobile_private") == "Driver: Mobile (private)"
    assert describe_field("something_new") == "something new"


def test_the_search_bar_clears_on_escape_and_remembers_searches(qtbot: QtBot, translations) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    requested: list[str] = []
    bar.search_requested.connect(requested.append)

    qtbot.keyClicks(bar.edit, " 12abc3 ")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert requested == ["12abc3"]
    bar.show_query("12-ABC-3", "1 workorder found")
    assert bar.edit.text() == "12-ABC-3"
    bar.show_query("WO 4711")
    assert bar.recent == ["WO 4711", "12-ABC-3"]

    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.edit.text() == ""
    assert bar.edit.placeholderText() == "WO number or registration"
    assert "(Ctrl+F, Ctrl+L)" in bar.edit.toolTip()


def test_an_error_is_one_sentence_with_the_details_one_click_away(
    qtbot: QtBot, translations
) -> None:
    error = Unavailable(
        "The DMS did not answer.", "dms", status=503, code="Busy", correlation_id="c-42"
    )
    box = show_error(None, error)
    qtbot.addWidget(box)

    assert box.text() == (
        "The DMS cannot be reached right now; check the connection and try again later."
    )
    details = box.detailedText()
    assert "HTTP status: 503" in details
    assert "Correlation id: c-42" in details
    box.close()


@pytest.mark.allow_warning_logs
def test_the_crash_dialog_appears_once_per_distinct_traceback(qtbot: QtBot, translations) -> None:
    handler = CrashHandler()

    def fail(kind: type[Exception]) -> tuple[type[BaseException], BaseException, object]:
        try:
            raise kind("boom")
        except kind:
            info = sys.exc_info()
        assert info[0] is not None
        assert info[1] is not None
        return info[0], info[1], info[2]

    first = fail(RuntimeError)
    handler.handle(*first)
    handler.handle(*first)
    qtbot.waitUntil(lambda: len(handler.dialogs) == 1)
    handler.handle(*fail(KeyError))
    qtbot.waitUntil(lambda: len(handler.dialogs) == 2)
    QApplication.processEvents()
    assert len(handler.dialogs) == 2
    box = handler.dialogs[0]
    assert isinstance(box, QMessageBox)
    assert "RuntimeError: boom" in box.detailedText()
    for dialog in list(handler.dialogs):
        dialog.close()
    qtbot.waitUntil(lambda: not handler.dialogs)


def test_an_input_error_is_the_advisors_business_and_a_validation_error_is_a_bug(
    qtbot: QtBot, qloop, translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: crashes.append(error))
    runner = TaskRunner()
    failed: list[BaseException] = []
    runner.failed_action.connect(lambda name, error: failed.append(error))

    async def typed_badly() -> None:
        parse_mileage("-12")

    async def internal_bug() -> None:
        Money.model_validate({"amount": "not a number"})

    with qtbot.waitSignal(runner.finished, timeout=5_000):
        runner.run(typed_badly(), name="typed")
    with qtbot.waitSignal(runner.finished, timeout=5_000):
        runner.run(internal_bug(), name="bug")

    assert [type(error) for error in failed] == [InputError]
    assert [type(error) for error in crashes] == [ValidationError]


def test_the_window_words_an_input_error_by_its_code_in_the_chosen_language(translations) -> None:
    error = InputError("query_too_long", text="'12345678901234567890…'")
    assert str(error) == (
        "'12345678901234567890…' is too long for a WO number or a registration number."
    )
    translations.switch("nl")
    assert error_sentence(error) == (
        "'12345678901234567890…' is te lang voor een WO-nummer of een kenteken."
    )
    translations.switch("fr")
    assert error_sentence(Unavailable("x", "claire")) == (
        "Claire est injoignable pour l’instant ; vérifiez la connexion et réessayez plus tard."
    )


def test_a_refresh_shows_old_and_new_values(pane: WorkorderPane) -> None:
    pane.show_workorder(workorder())
    pane.show_sync(
        SyncInfo(
            action="refresh",
            outcome="updated",
            changed_fields=[],
            synced_at=datetime(2026, 11, 27, 10, 15, 30, tzinfo=UTC),
            changes=[
                FieldChange(
                    "appointment.appointment_date",
                    datetime(2026, 12, 16, 10, 45, tzinfo=UTC),
                    datetime(2026, 12, 24, 8, 30, tzinfo=UTC),
                ),
                FieldChange("appointment.car_in_shop", False, True),
                FieldChange("appointment.dms_mileage_km", 75_659, 76_159),
                FieldChange("car.apk_date", None, date(2027, 1, 31)),
                FieldChange("interventions[1].elements[0].quantity", Decimal("1"), Decimal("2")),
            ],
        )
    )

    shown = pane.changes_label.text()
    assert shown.startswith("Changed: Appointment: 16/12/2026 ")
    assert "→ 24/12/2026 " in shown
    assert "Car in shop: no → yes" in shown
    assert "DMS mileage: 75,659 km → 76,159 km" in shown
    assert "Car: APK due: – → 31/01/2027" in shown
    assert shown.endswith("(and 1 more)")
    assert "Intervention 2, line 1: Quantity: 1 → 2" in pane.changes_label.toolTip()
    assert "appointment_date" not in shown
