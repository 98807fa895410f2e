"""Answers in the OData error shape, as Business Central sends them.

``{"error": {"code": ..., "message": "... CorrelationId: ..."}}`` with the codes of
Microsoft Learn's webservices/dynamics-error-codes; shared by the stand-in's handlers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from starlette.responses import JSONResponse

ODATA_JSON = "application/json; odata.metadata=minimal; charset=utf-8"

ERROR_CODES = {
    400: "BadRequest",
    408: "Request_Timeout",
    401: "Authentication_InvalidCredentials",
    404: "BadRequest_NotFound",
    405: "BadRequest_MethodNotAllowed",
    409: "Request_EntityChanged",
    429: "Application_TooManyRequests",
    500: "Application_InternalServerError",
    503: "Application_ServiceUnavailable",
    504: "Application_GatewayTimeout",
}
ERROR_SENTENCES = {
    408: "The request timed out.",
    429: "The request was throttled; too many requests.",
    500: "An unexpected error occurred.",
    503: "The service is temporarily unavailable.",
    504: "The operation timed out at the gateway.",
}


class ODataProblem(Exception):
    """An answer in the OData error shape; raised anywhere in a handler."""

    def __init__(self, status: int, sentence: str, code: str | None = None) -> None:
        super().__init__(sentence)
        self.status = status
        self.sentence = sentence
        self.code = code or ERROR_CODES[status]


def odata_error(
    status: int, sentence: str, code: str | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    correlation = uuid.uuid4()
    body = {
        "error": {
            "code": code or ERROR_CODES[status],
            "message": f"{sentence} CorrelationId: {correlation}.",
        }
    }
    response = JSONResponse(body, status_code=status, headers=dict(headers or {}))
    response.headers["content-type"] = ODATA_JSON
    return response
