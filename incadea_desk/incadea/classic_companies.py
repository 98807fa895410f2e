"""The companies of a server instance that publishes page web services.

``{instance}/ODataV4/Company`` is the default web service that lists them; Business
Central's own answer when it cannot find a company points to it
(``dev-itpro/webservices/dynamics-error-codes.md``, ``Internal_CompanyNotFound``).
"""

from __future__ import annotations

import dataclasses
import logging

from incadea_desk.answer_reading import read_json
from incadea_desk.errors import AuthenticationError, NotFound, Refused
from incadea_desk.http import RemoteHttp
from incadea_desk.incadea import odata
from incadea_desk.incadea.classic_contract import company_problem
from incadea_desk.incadea.contract import ContractReport

log = logging.getLogger(__name__)


async def company_names(http: RemoteHttp, service_root: str) -> list[str] | None:
    """The names of the instance's companies, or None when it does not list them."""
    try:
        response = await http.send(
            "GET",
            service_root + "Company?" + odata.query_string({"$select": "Name"}),
            retry_safe=True,
            operation="read companies",
        )
    except (NotFound, Refused, AuthenticationError) as error:
        # Not published, or not to this user: the pages' answers will tell.
        log.info("the server instance does not list its companies: %s", error)
        return None
    answer = read_json(response.content, system="dms", status=response.status_code)
    rows = answer.get("value") if isinstance(answer, dict) else None
    if not isinstance(rows, list):
        return None
    return [str(row["Name"]) for row in rows if isinstance(row, dict) and "Name" in row]


async def with_company_check(
    report: ContractReport, http: RemoteHttp, service_root: str, wanted: str
) -> ContractReport:
    """``report`` with the company's name held against the instance's companies, when
    the instance lists them."""
    companies = await company_names(http, service_root)
    if companies is None:
        return report
    problems = [] if wanted in companies else [company_problem(wanted, companies)]
    return dataclasses.replace(
        report, problems=[*problems, *report.problems], checked=report.checked + 1
    )
