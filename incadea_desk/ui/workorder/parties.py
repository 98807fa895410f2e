"""The workorder's people: driver, owner and contractor, each distinct person shown once.

Most workorders name one person in all three roles; three identical forms would
push the rest of the workorder off a laptop screen. Roles held by the same
person share one form titled with all of them ("Driver = owner = contractor");
when there are several people, each is a tab, the customer's first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QGroupBox, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from incadea_desk.ui.formatting import fmt_bool
from incadea_desk.ui.widgets import laid_out_once, plain_label
from incadea_desk.ui.workorder.forms import PARTY_KEYS, Form
from incadea_desk.ui.workorder.labels import translate_warning

if TYPE_CHECKING:
    from incadea_desk.domain.models import Party, Workorder
    from incadea_desk.domain.quality import DataWarning

translate = QCoreApplication.translate

ROLES = ("driver", "owner", "contractor")


def group_parties(wo: Workorder) -> list[tuple[list[str], Party]]:
    """Distinct people in role order, each with the roles they hold."""
    groups: list[tuple[list[str], Party]] = []
    for role in ROLES:
        party: Party | None = getattr(wo, role)
        if party is None:
            continue
        for roles, known in groups:
            if known == party:
                roles.append(role)
                break
        else:
            groups.append(([role], party))
    return groups


def roles_title(roles: list[str], lease_company: bool) -> str:
    """``Driver = owner = contractor``; a lease company says so."""
    names = {
        "driver": translate("WorkorderPane", "Driver"),
        "owner": translate("WorkorderPane", "Owner"),
        "contractor": translate("WorkorderPane", "Contractor"),
    }
    words = [names[role] for role in roles]
    title = " = ".join([words[0], *(word.lower() for word in words[1:])])
    if lease_company:
        title = translate("WorkorderPane", "%1 — lease company").replace("%1", title)
    return title


class PartyTabs(QTabBar):
    """One tab per person, every tab in sight.

    A Dutch or French title ("Propriétaire = donneur d'ordre — société de leasing") is
    wider than the column on a laptop screen. Rather than scrolling the others away, a
    long title is shortened with "…" (whole in its tooltip; the form says "lease
    company" in full too); a short one ("Conducteur") is never shortened.
    """

    KEPT_CHARACTERS = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyTabs")
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def minimumTabSizeHint(self, index: int) -> QSize:
        whole = self.tabSizeHint(index)
        kept = self.fontMetrics().averageCharWidth() * self.KEPT_CHARACTERS
        shortest = max(super().minimumTabSizeHint(index).width(), kept)
        return QSize(min(whole.width(), shortest), whole.height())


class PartiesView(QGroupBox):
    """One form per distinct person; tabs only when there is more than one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parties")
        self.tabs = PartyTabs(self)
        self.stack = QStackedWidget(self)
        self.forms = [Form(f"party{index}", PARTY_KEYS, self.stack) for index in range(len(ROLES))]
        for form in self.forms:
            form.setFlat(True)
            form.setStyleSheet("QGroupBox { border: none; margin-top: 0; padding-top: 0; }")
            self.stack.addWidget(form)
        self.tabs.currentChanged.connect(self.stack.setCurrentIndex)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # A local copy keeps no names or contact details: said in the box they fill.
        self.withheld = plain_label(self, "partiesWithheld")
        self.withheld.setWordWrap(True)
        self.withheld.hide()
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack)
        layout.addWidget(self.withheld)
        self.groups: list[tuple[list[str], Party]] = []

    def form_for(self, role: str) -> Form | None:
        """The form that shows ``role``'s person, if the workorder names one."""
        for index, (roles, _party) in enumerate(self.groups):
            if role in roles:
                return self.forms[index]
        return None

    def show_withheld(self) -> None:
        """The workorder is this computer's copy: its people come with the DMS's answer."""
        self.groups = []
        self.tabs.hide()
        self.stack.hide()
        self.setTitle(translate("WorkorderPane", "Customer"))
        self.withheld.setText(
            translate(
                "WorkorderPane",
                "Names and contact details are not kept on this computer; "
                "they appear when the DMS answers.",
            )
        )
        self.withheld.show()
        self.show()

    def show_workorder(self, wo: Workorder, warnings: list[DataWarning]) -> None:
        with laid_out_once(self._layout, self.stack.layout()):
            self._show_workorder(wo, warnings)

    def _show_workorder(self, wo: Workorder, warnings: list[DataWarning]) -> None:
        self.withheld.hide()
        self.stack.show()
        current = self.tabs.currentIndex()
        self.groups = group_parties(wo)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for index, (roles, party) in enumerate(self.groups):
            form = self.forms[index]
            title = roles_title(roles, party.is_lease_company)
            marks = {
                warning.field: ("warn", translate_warning(warning.message))
                for warning in warnings
                if warning.subject in roles and warning.field in form.values
            }
            self._fill(form, party, marks)
            self.tabs.setTabToolTip(self.tabs.addTab(title), title)
        for form in self.forms[len(self.groups) :]:
            # An unused form shows no rows, so it does not make the stack taller.
            form.fill({}, hide_empty=True)
        self.tabs.blockSignals(False)
        single = len(self.groups) == 1
        self.setTitle(self.tabs.tabText(0) if single else translate("WorkorderPane", "Customer"))
        self.tabs.setVisible(not single)
        shown = current if 0 <= current < self.tabs.count() else 0
        self.tabs.setCurrentIndex(shown)
        self.stack.setCurrentIndex(shown)
        self.setVisible(bool(self.groups))

    @staticmethod
    def _fill(form: Form, party: Party, marks: dict[str, tuple[str, str]]) -> None:
        rows = {key: getattr(party, key) or "" for key in PARTY_KEYS if key != "is_lease_company"}
        rows["is_lease_company"] = (
            fmt_bool(party.is_lease_company) if party.is_lease_company else ""
        )
        form.fill(rows, hide_empty=True, marks=marks)
