"""The everyday commands: search, import, refresh, mileage, sync and outbox."""

from __future__ import annotations

import argparse
import asyncio
from typing import TYPE_CHECKING, Any

from incadea_desk.cli.connection import Connection, open_services
from incadea_desk.cli.output import (
    EXIT_FAILURE,
    EXIT_OK,
    SENTENCE_LIMIT,
    Console,
    Refusal,
    cell,
    local_time,
    stdin_is_terminal,
    table,
)
from incadea_desk.cli.stopping import stop_requested, until_stopped
from incadea_desk.messages import BUDGET_SENTENCES, remote_sentence
from incadea_desk.redaction import redact
from incadea_desk.services.events import SyncProgressEvent
from incadea_desk.services.lifetime import Services
from incadea_desk.services.outcomes import ImportResult, MileageOutcome, SyncProgress, SyncReport
from incadea_desk.services.queries import one_dms_number
from incadea_desk.services.sites import declared_sites, with_first_site
from incadea_desk.store import OutboxItem, Store

if TYPE_CHECKING:
    from incadea_desk.services.importer_health import ImporterHealth
    from incadea_desk.services.push import PushImporting

# --- search / import / refresh ------------------------------------------------------


def _hit_json(hit: Any) -> dict[str, object]:
    appointment = hit.workorder.appointment
    return {
        "dms_number": appointment.dms_number,
        "wo_number": appointment.wo_number,
        "registration": hit.workorder.car.plate_text,
        "appointment_date": appointment.appointment_date.isoformat(),
    }


async def cmd_search(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with open_services(conn) as services:
        result = await services.search.search(args.query)
    payload = [_hit_json(hit) for hit in result.hits]
    if not payload:
        console.emit(payload, "")
        console.say(f"No workorder matches '{args.query.strip()}'.")
        return EXIT_OK
    rows = [
        (
            hit.workorder.appointment.dms_number,
            hit.workorder.appointment.wo_number,
            hit.workorder.car.plate_text,
            local_time(hit.workorder.appointment.appointment_date),
        )
        for hit in result.hits
    ]
    console.emit(payload, table(rows, ("DMS number", "WO number", "Registration", "Appointment")))
    return EXIT_OK


def _import_json(result: ImportResult) -> dict[str, object]:
    return {
        "dms_number": result.dms_number,
        "wo_number": result.wo_number,
        "claire_id": result.claire_id,
        "outcome": result.outcome,
        "changed_fields": result.changed_fields,
        "changes": [
            {"path": c.path, "old": _plain(c.old), "new": _plain(c.new)} for c in result.changes
        ],
        "warnings": _warnings(result),
    }


def _plain(value: object) -> object:
    """A changed value as JSON holds it: numbers and booleans as they are, text without
    the phone numbers and e-mail addresses it may hold."""
    if value is None or isinstance(value, bool | int):
        return value
    return redact(str(value))


def _warnings(result: ImportResult) -> list[str]:
    # Command output ends up in service logs and CI logs: a warning names the field and
    # the problem, and the phone number or e-mail address it quotes is left out.
    return [redact(warning) for warning in result.warnings]


"""A warning quotes the DMS text it is about; on a terminal it stays one line."""


def _import_text(result: ImportResult) -> str:
    verb = {
        "created": "Created in Claire",
        "updated": "Updated in Claire",
        "unchanged": "Unchanged in Claire",
    }[result.outcome]
    lines = [
        f"{verb}: {cell(result.dms_number)} (WO {cell(result.wo_number)}), "
        f"Claire id {cell(result.claire_id)}."
    ]
    if result.outcome == "updated":
        lines.append("Changed: " + ", ".join(result.changed_fields))
    elif result.outcome == "created":
        lines.append(f"{len(result.changed_fields)} fields sent.")
    lines += [f"Warning: {cell(warning, SENTENCE_LIMIT)}" for warning in _warnings(result)]
    return "\n".join(lines)


async def cmd_import(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with open_services(conn) as services:
        found = await services.search.search(args.query)
        if not found.hits:
            raise Refusal(f"No workorder matches '{args.query.strip()}'; nothing was imported.")
        one_dms_number(args.query.strip(), (h.workorder.appointment.dms_number for h in found.hits))
        result = await services.importer.import_workorder(found.hits[0], force=args.force)
    console.emit(_import_json(result), _import_text(result))
    return EXIT_OK


async def cmd_refresh(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with open_services(conn) as services:
        result = await services.importer.refresh(args.workorder)
    console.emit(_import_json(result), _import_text(result))
    return EXIT_OK


# --- mileage ------------------------------------------------------------------------------


def _mileage_json(outcome: MileageOutcome) -> dict[str, object]:
    return {
        "outcome": outcome.outcome,
        "dms_number": outcome.dms_number,
        "dms_km_before": outcome.dms_km_before,
        "dms_km_after": outcome.dms_km_after,
        "new_km": outcome.new_km,
        "message": outcome.message,
    }


def _confirm(question: str) -> bool:
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja", "o", "oui")


async def cmd_mileage(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    async with open_services(conn) as services:
        outcome = await services.mileage.correct(args.workorder, args.km, confirmed=args.yes)
        if outcome.outcome == "needs_confirmation" and not console.json and stdin_is_terminal():
            console.say(outcome.message)
            if await asyncio.to_thread(_confirm, "Write this mileage?"):
                outcome = await services.mileage.correct(args.workorder, args.km, confirmed=True)
    payload = _mileage_json(outcome)
    if outcome.outcome == "refused_not_higher":
        raise Refusal(outcome.message, payload)
    if outcome.outcome == "needs_confirmation":
        raise Refusal(f"{outcome.message} Run the command again with --yes to write it.", payload)
    console.emit(payload, outcome.message)
    return EXIT_OK


# --- sync ---------------------------------------------------------------------------------


def _sync_json(report: SyncReport) -> dict[str, object]:
    return {
        "seen": report.seen,
        "imported": report.imported,
        "unchanged": report.unchanged,
        "failed": report.failed,
        "since": report.since.isoformat(),
        "watermark": report.watermark.isoformat() if report.watermark else None,
        "error": report.error,
        "held": report.held,
        "quarantined": report.quarantined,
        "released": report.released,
        "stamped_in_future": report.future,
        "reimported": report.reimported,
        "reimport_failed": report.reimport_failed,
        "canceled": report.canceled,
        "reconciled": report.reconciled,
    }


def _sync_text(report: SyncReport) -> str:
    text = (
        f"Seen {report.seen}, imported {report.imported}, unchanged {report.unchanged}, "
        f"failed {report.failed}."
    )
    if report.released:
        text += f" {report.released} held before imported at last."
    if report.quarantined:
        text += (
            f" Held in the quarantine: {report.quarantined} (incadea-desk sync problems shows why)."
        )
    if report.future:
        text += (
            f" {report.future} stamped later than the DMS's clock: imported, the watermark "
            "does not follow them."
        )
    if report.reimported or report.reimport_failed:
        text += (
            f" Imported again (changed car, customer or late commit) {report.reimported}, "
            f"failed {report.reimport_failed}."
        )
    if report.canceled:
        text += f" Cancelled in Claire (no longer in the DMS) {report.canceled}."
    if report.reconciled:
        text += " Reconciled."
    if report.watermark is not None:
        text += f" Up to date until {local_time(report.watermark)}."
    return text


def _progress_line(progress: SyncProgress) -> str:
    return (
        f"\r{progress.state}: seen {progress.seen}, imported {progress.imported}, "
        f"unchanged {progress.unchanged}, failed {progress.failed}   "
    )


async def cmd_sync(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if conn.settings.claire.native_connector:
        # Not a failure: a service manager that restarts on failure leaves it stopped.
        sentence = BUDGET_SENTENCES["sync_native"]
        console.emit({"keep_importing": False, "reason": "native_connector"}, sentence)
        return EXIT_OK
    sites = await declared_sites(conn.settings)
    conn.settings = with_first_site(conn.settings, sites)
    async with open_services(conn) as services:
        if not services.dms.keeps_change_stamps:
            raise Refusal(remote_sentence("no_change_stamp", "dms"))
        if sites:
            from incadea_desk.cli.site_sync import sync_sites

            return await sync_sites(
                services,
                conn,
                console,
                sites,
                once=args.once,
                reconcile=args.reconcile,
                as_json=_sync_json,
                as_text=_sync_text,
            )
        if console.interactive and not console.json:

            def show(event: object) -> None:
                if isinstance(event, SyncProgressEvent):
                    console.err.write(_progress_line(event.progress))
                    console.err.flush()

            services.events.subscribe(show)
        if args.once:
            report = await services.sync.run_once(reconcile=args.reconcile)
            if console.interactive and not console.json:
                console.err.write("\n")
            console.emit(_sync_json(report), _sync_text(report))
            if report.error is not None:
                console.say(report.error)
                return EXIT_FAILURE
            return EXIT_OK if report.failed == report.reimport_failed == 0 else EXIT_FAILURE
        # The listeners (uvicorn, prometheus-client) cost every other command nothing.
        from incadea_desk.services.importer_health import ImporterHealth, serving_status
        from incadea_desk.services.push import pushing

        services.start_background(keep_importing=False)
        with stop_requested() as stop:
            async with (
                pushing(services.settings, services.dms, conn.secrets, console.say) as push,
                serving_status(services, ImporterHealth.of_one_location(services, push)) as health,
            ):
                walks = _walk_forever(services, console, push, health, reconcile=args.reconcile)
                await until_stopped(asyncio.create_task(walks), stop)
        watermark = services.sync.progress.watermark
        done = f" Up to date until {local_time(watermark)}." if watermark else ""
        console.say(f"Stopped.{done}")
        return EXIT_OK


async def _walk_forever(
    services: Services,
    console: Console,
    push: PushImporting | None,
    health: ImporterHealth,
    *,
    reconcile: bool,
) -> None:
    """``sync`` without ``--once``: a walk, a pause of the configured interval (cut short by
    a notice the DMS pushed), and again."""
    from incadea_desk.services.push import next_walk

    while True:
        report = await services.sync.run_once(reconcile=reconcile)
        reconcile = False
        await health.walked(report)
        if console.interactive and not console.json:
            console.err.write("\n")
        console.emit(_sync_json(report), _sync_text(report))
        console.out.flush()
        if report.error is not None:
            console.say(report.error)
        await next_walk(push, services.settings.sync.interval_seconds)


# --- outbox -------------------------------------------------------------------------------


def _outbox_json(item: OutboxItem) -> dict[str, object]:
    return {
        "id": item.id,
        "kind": item.kind,
        "dms_number": item.key,
        "km": item.payload.km if item.payload is not None else None,
        "state": item.state,
        "attempts": item.attempts,
        "next_attempt_at": item.next_attempt_at.isoformat(),
        "last_error_code": item.last_error_code,
    }


async def cmd_outbox(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if args.action == "list":
        store = await Store.open(conn.store_path)
        try:
            items = await store.outbox.all()
        finally:
            await store.aclose()
        payload = [_outbox_json(item) for item in items]
        if not items:
            console.emit(payload, "The outbox is empty.")
            return EXIT_OK
        rows = [
            (
                str(p["id"]),
                str(p["dms_number"]),
                f"{p['km']:,} km",
                str(p["state"]),
                str(p["attempts"]),
                local_time(item.next_attempt_at),
                str(p["last_error_code"] or ""),
            )
            for p, item in zip(payload, items, strict=True)
        ]
        header = ("Id", "DMS number", "Mileage", "State", "Attempts", "Next attempt", "Last error")
        console.emit(payload, table(rows, header))
        return EXIT_OK
    async with open_services(conn) as services:
        sent = await services.outbox.drain(due_only=False)
        left = await services.outbox.pending()
    waiting = [item for item in left if item.state == "pending"]
    held = [item for item in left if item.state == "held"]
    text = f"Sent {sent}; {len(waiting)} still waiting, {len(held)} held for the advisor."
    console.emit({"sent": sent, "pending": len(waiting), "held": len(held)}, text)
    return EXIT_OK if not waiting else EXIT_FAILURE
