"""IT's commands for keep-importing's quarantine and watermark: ``sync problems``,
``sync retry [DMS_NUMBER]`` and ``sync reset-watermark [--since DATETIME] [--yes]``."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime, timedelta

from incadea_desk.cli.connection import Connection, open_services
from incadea_desk.cli.output import (
    EXIT_FAILURE,
    EXIT_OK,
    Console,
    Refusal,
    local_time,
    stdin_is_terminal,
    table,
)
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.quarantine import HeldRow, held_row
from incadea_desk.store import Store

STAGES = {"dms": "reading the DMS row", "claire": "importing into Claire"}


def _held_json(row: HeldRow) -> dict[str, object]:
    return {
        "dms_number": row.dms_number,
        "wo_number": row.wo_number,
        "stage": row.stage,
        "field": row.field,
        "reason_code": row.reason_code,
        "reason": row.reason,
        "first_seen": row.first_seen.isoformat(),
        "last_seen": row.last_seen.isoformat(),
        "attempts": row.attempts,
        "next_attempt_at": row.next_attempt_at.isoformat(),
    }


async def cmd_sync_problems(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    store = await Store.open(conn.store_path)
    try:
        rows = [held_row(entry) for entry in await store.quarantine.all()]
    finally:
        await store.aclose()
    payload = [_held_json(row) for row in rows]
    if not rows:
        console.emit(payload, "No workorder is held: keep-importing imported everything it read.")
        return EXIT_OK
    lines = [
        (
            row.dms_number,
            row.wo_number or "",
            STAGES[row.stage],
            row.field or "",
            row.reason,
            local_time(row.first_seen),
            local_time(row.last_seen),
            str(row.attempts),
        )
        for row in rows
    ]
    header = ("DMS number", "WO number", "Failed", "Field", "Reason", "First seen", "Last seen",
              "Attempts")  # fmt: skip
    console.emit(payload, table(lines, header, sentences=(4,)))
    return EXIT_OK


async def cmd_sync_retry(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    number: str | None = args.dms_number
    async with open_services(conn) as services:
        held = await services.quarantine.rows()
        if number is not None and number not in {row.dms_number for row in held}:
            raise Refusal(f"No workorder with DMS number {number} is held.")
        tried = len(held) if number is None else 1
        still = await services.quarantine.retry(number) if held else 0
    text = (
        "No workorder is held."
        if not tried
        else f"Tried {tried} again: {tried - still} imported, {still} still held."
    )
    console.emit({"tried": tried, "imported": tried - still, "held": still}, text)
    return EXIT_OK if still == 0 else EXIT_FAILURE


def parse_since(text: str) -> datetime:
    """An ISO 8601 date or datetime; without a zone it is this computer's local time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Refusal(
            f"{text!r} is not a date and time; write it like 2026-12-01T08:00 or 2026-12-01."
        ) from None
    return moment.astimezone() if moment.tzinfo is None else moment


def _confirm(question: str) -> bool:
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja", "o", "oui")


async def cmd_sync_reset_watermark(
    args: argparse.Namespace, console: Console, conn: Connection
) -> int:
    lookback = conn.settings.sync.lookback_days
    watermark = dms_kind(conn.settings).watermarks.changes
    since = parse_since(args.since) if args.since else None
    if since is not None and since > datetime.now().astimezone():
        raise Refusal("The watermark cannot be set in the future.")
    store = await Store.open(conn.store_path)
    try:
        current = await store.watermarks.get(watermark)
        now_at = f"stands at {local_time(current)}" if current else "is not set yet"
        start = since or datetime.now().astimezone() - timedelta(days=lookback)
        why = "as given" if since else f"the first run's look-back of {lookback} days"
        plan = (
            f"The next walk re-reads every workorder changed since {local_time(start)} "
            f"({why}; the watermark {now_at})."
        )
        if not args.yes:
            if console.json or not stdin_is_terminal():
                raise Refusal(f"{plan} Run the command again with --yes to reset it.")
            console.say(plan)
            if not await asyncio.to_thread(_confirm, "Reset the watermark?"):
                console.say("The watermark is unchanged.")
                return EXIT_FAILURE
        if since is None:
            await store.watermarks.reset(watermark)
        else:
            await store.watermarks.set(watermark, since)
        # A first sync's slices would walk on from where they were, not from here.
        await store.slices.clear(watermark)
    finally:
        await store.aclose()
    payload = {"watermark": since.isoformat() if since else None, "lookback_days": lookback}
    console.emit(payload, f"{plan} The watermark is reset.")
    return EXIT_OK
