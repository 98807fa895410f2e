"""The async client of Claire's public API for one dealer location."""

from __future__ import annotations

import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

import httpx
from pydantic import SecretStr, ValidationError

from incadea_desk.answer_reading import parse_answer
from incadea_desk.claire.config import ClaireConnection
from incadea_desk.claire.wire import (
    ClaireAppointment,
    ClaireAppointmentIn,
    ClaireErrorBody,
    ClaireImportResponse,
    ClaireList,
    EncodedAppointment,
    import_request_json,
)
from incadea_desk.errors import BadResponse, ErrorInfo, NotFound
from incadea_desk.http import RemoteHttp, build_async_client, default_messages
from incadea_desk.request_retries import RetryListener, RetryPolicy

log = logging.getLogger(__name__)

BATCH_SIZE = 100


@dataclass(frozen=True)
class ClaireImportResult:
    """What Claire did with one appointment of an import."""

    dms_number: str
    claire_id: str | None
    status: Literal["created", "updated", "unchanged", "error"]
    error_message: str | None
    error_code: str | None = None
    """Claire's code for a refusal (never its message, which may quote a value)."""


class _ApiKey(httpx.Auth):
    """Claire's key goes bare into ``Authorization`` (no ``Bearer``)."""

    def __init__(self, key: SecretStr) -> None:
        self._key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = self._key.get_secret_value()
        yield request


def read_error(response: httpx.Response) -> ErrorInfo:
    try:
        body = ClaireErrorBody.model_validate_json(response.content)
    except ValidationError:
        return ErrorInfo(correlation_id=response.headers.get("x-request-id"))
    return ErrorInfo(
        code=body.error,
        message=body.message,
        correlation_id=response.headers.get("x-request-id"),
    )


# Claire's codes for a key that cannot be used (assumed names; its public API documents
# that a key is scoped to a dealer and its locations, and can be disabled or revoked).
_CODE_REASONS = {
    "location_forbidden": "key_out_of_scope",
    "api_key_disabled": "key_withdrawn",
    "api_key_revoked": "key_withdrawn",
}


def code_reason(info: ErrorInfo) -> str | None:
    return _CODE_REASONS.get(info.code or "")


def refusal_message(info: ErrorInfo) -> str | None:
    # Claire's own sentence may quote the rejected value (a name, an e-mail
    # address), so the advisor gets ours and support gets Claire's code.
    return "Claire refused the request. Please report this to support." if info.code else None


def item_error_message(code: str | None) -> str:
    """The advisor's sentence for one appointment Claire refused in an import."""
    suffix = f" (code {code})" if code else ""
    return f"Claire refused this workorder{suffix}. Please report this to support."


class ClaireClient:
    """Imports appointments into one Claire location and reads them back.

    One instance per application, closed with :meth:`aclose`. Raises only
    :class:`~incadea_desk.errors.RemoteError` kinds (and ``asyncio.CancelledError``).
    """

    def __init__(
        self,
        config: ClaireConnection,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._config = config
        self._root = config.api_root
        client = build_async_client(
            timeouts=config.timeouts,
            auth=_ApiKey(config.api_key),
            transport=transport,
            headers={"Accept": "application/json"},
        )
        self._http = RemoteHttp(
            system="claire",
            client=client,
            timeouts=config.timeouts,
            error_reader=read_error,
            retry=retry,
            messages=default_messages("claire"),
            refusal_message=refusal_message,
            code_reason=code_reason,
            reason_arguments={"location": config.location_id},
        )

    @property
    def location_id(self) -> str:
        return self._config.location_id

    def on_retry(self, listener: RetryListener) -> None:
        """Call ``listener(attempt, attempts)`` before each repeat of a request."""
        self._http.retry_listeners.append(listener)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> ClaireClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def import_workorders(
        self, items: Sequence[ClaireAppointmentIn | EncodedAppointment]
    ) -> list[ClaireImportResult]:
        """Upsert the appointments (by location + DMS number), in batches of up to
        100; one result per item, in the order given. An ``EncodedAppointment`` is
        sent as it was encoded."""
        encoded = [
            item if isinstance(item, EncodedAppointment) else EncodedAppointment.of(item)
            for item in items
        ]
        results: list[ClaireImportResult] = []
        for start in range(0, len(encoded), BATCH_SIZE):
            results.extend(await self._import_batch(encoded[start : start + BATCH_SIZE]))
        return results

    async def _import_batch(self, batch: Sequence[EncodedAppointment]) -> list[ClaireImportResult]:
        response = await self._http.send(
            "POST",
            self._root + "appointments/import",
            content=import_request_json(self.location_id, batch),
            retry_safe=True,
            operation=f"import {len(batch)} appointments",
        )
        answer = parse_answer(
            ClaireImportResponse, response.content, system="claire", status=response.status_code
        )
        sent = [item.dms_nr for item in batch]
        if [item.dms_nr for item in answer.results] != sent:
            raise BadResponse(
                "Claire sent an answer we cannot read (field results).",
                "claire",
                status=response.status_code,
                code="results_mismatch",
            )
        results = [
            ClaireImportResult(
                dms_number=item.dms_nr,
                claire_id=item.id,
                status=item.status,
                error_message=item_error_message(item.error) if item.status == "error" else None,
                error_code=item.error if item.status == "error" else None,
            )
            for item in answer.results
        ]
        for result, item in zip(results, answer.results, strict=True):
            if result.status == "error":
                log.warning("claire: import of %s refused, code=%s", result.dms_number, item.error)
        return results

    async def find(self, dms_number: str) -> ClaireAppointment | None:
        """The appointment of this DMS number in the configured location, if any."""
        response = await self._http.send(
            "GET",
            self._root + "appointments/list",
            params={
                "location_id": self.location_id,
                "dms_nr": dms_number,
                "page": "1",
                "per_page": "50",
            },
            retry_safe=True,
            operation="find appointment",
        )
        page = parse_answer(
            ClaireList, response.content, system="claire", status=response.status_code
        )
        for appointment in page.data:
            if appointment.dms_nr == dms_number and appointment.location_id == self.location_id:
                return appointment
        return None

    async def get(self, claire_id: str) -> ClaireAppointment:
        """The appointment with this Claire id; ``NotFound`` if Claire has none."""
        try:
            response = await self._http.send(
                "GET",
                self._root + "appointments/" + quote(claire_id, safe=""),
                retry_safe=True,
                operation="get appointment",
            )
        except NotFound as exc:
            raise NotFound(
                "Claire has no appointment with this id.",
                "claire",
                status=exc.status,
                code=exc.code,
                correlation_id=exc.correlation_id,
            ) from None
        return parse_answer(
            ClaireAppointment, response.content, system="claire", status=response.status_code
        )

    async def ping(self) -> None:
        """Succeeds when Claire is reachable and accepts the key for this location."""
        await self._http.send(
            "GET",
            self._root + "appointments/list",
            params={"location_id": self.location_id, "page": "1", "per_page": "1"},
            retry_safe=True,
            operation="ping",
        )
