"""Whether the DMS tenant has every name the adapter needs (``contract check``,
``doctor`` and the settings dialog's *Test connection* share this). The DMS kind's
entry (``services/dms_kinds``) makes the check; this is what it answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from incadea_desk.contract_sentences import contract_sentence
from incadea_desk.errors import RemoteError


class ContractProblem(Protocol):
    """One name the tenant lacks: where the adapter needs it and what the tenant calls it."""

    @property
    def section(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def tenant_name(self) -> str: ...
    @property
    def code(self) -> str:
        """A line of ``contract_sentences.CONTRACT_SENTENCES``."""
        ...

    @property
    def arguments(self) -> Mapping[str, str]: ...
    @property
    def sentence(self) -> str:
        """The line in English."""
        ...


class ContractReport(Protocol):
    @property
    def problems(self) -> Sequence[ContractProblem]: ...
    @property
    def checked(self) -> int:
        """How many names were held against the tenant."""
        ...

    @property
    def notes(self) -> Sequence[ContractProblem]:
        """What is said without being a mismatch (no changed-since field)."""
        ...

    @property
    def ok(self) -> bool: ...


@dataclass(frozen=True)
class ContractOutcome:
    """What ``contract check`` found: a report, or why there is none: the DMS could
    not be asked (``error``), or it has no such API route (``failure_code`` and its
    arguments, a line of ``contract_sentences.CONTRACT_SENTENCES``)."""

    report: ContractReport | None
    failure_code: str | None = None
    failure_arguments: dict[str, str] = field(default_factory=dict)
    error: RemoteError | None = None

    @property
    def reachable(self) -> bool:
        return self.error is None

    @property
    def failure(self) -> str | None:
        """Why there is no report, in English."""
        if self.error is not None:
            return self.error.user_message
        if self.failure_code is not None:
            return contract_sentence(self.failure_code, self.failure_arguments)
        return None

    @property
    def lines(self) -> list[str]:
        if self.report is None:
            return [self.failure or ""]
        return [problem.sentence for problem in [*self.report.problems, *self.report.notes]]

    @property
    def summary(self) -> str:
        if self.report is None:
            return self.failure or ""
        if self.report.ok:
            return (
                "The DMS has every entity set, navigation and field the mapping needs "
                f"({self.report.checked} checked)."
            )
        count = len(self.report.problems)
        return f"The DMS lacks {count} name{'s' if count != 1 else ''} the mapping needs."
