"""The local copy of a workorder: what it holds on disk, how it is found, when it goes."""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import datetime
from pathlib import Path

from incadea_desk.domain.models import ElementKind
from incadea_desk.store import Store
from incadea_desk.store.copy_codec import KEPT_FIELDS, ZSTD_MAGIC, decode, encode, read, zstd
from tests.unit.claire.claire_samples import workorder
from tests.unit.store.conftest import FakeClock


async def _import(store: Store, dms_number: str = "SO-2604711") -> None:
    wo = workorder()
    assert wo.car.registration is not None
    await store.journal.record(
        dms_number=dms_number,
        wo_number=wo.appointment.wo_number,
        claire_id="apt_1",
        content_hash="h",
        dms_last_modified=None,
        plate=wo.car.registration.compact,
        copy=encode(wo),
    )


def _stored(path: Path) -> bytes:
    with sqlite3.connect(path) as connection:
        [body] = connection.execute("SELECT body FROM workorder_copies").fetchone()
    assert isinstance(body, bytes)
    return body


async def test_the_stored_bytes_hold_only_the_documented_fields(
    store: Store, store_path: Path
) -> None:
    await _import(store)
    body = _stored(store_path)
    raw = body.decode("latin-1")
    # Compressed: no field of the workorder readable in the file as it is.
    assert "Volkswagen" not in raw
    assert "104711" not in raw
    copy = read(body)
    assert set(copy) == {"format", "currency", "appointment", "car", "interventions"}
    assert set(copy["appointment"]) == set(KEPT_FIELDS["appointment"])
    assert set(copy["car"]) == set(KEPT_FIELDS["car"])
    for intervention in copy["interventions"]:
        assert set(intervention) == set(KEPT_FIELDS["intervention"])
        for element in intervention["elements"]:
            assert set(element) == set(KEPT_FIELDS["element"])
    # A Zstandard frame, as the library reads it.
    assert body.startswith(ZSTD_MAGIC)
    text = zstd.decompress(body).decode()
    # No party, no note: names, addresses, e-mail, phones and remarks stay in the DMS.
    for personal in (
        "driver-first",
        "owner-last",
        "street 1",
        "3511 AB",
        "@example",
        "+316",
        "Lease Direct",
        "Customer brings own filter",
    ):
        assert personal not in text
    for kept in ("12ABC3", "WVWZZZ1JZXW000001", "Oil service"):
        assert kept in text


def test_a_copy_reads_back_as_the_workorder_without_parties_and_notes() -> None:
    wo = workorder()
    copied = decode(encode(wo))
    assert copied is not None
    assert copied.appointment == wo.appointment
    assert copied.car == wo.car
    assert (copied.driver, copied.owner, copied.contractor) == (None, None, None)
    assert [(i.title, i.description) for i in copied.interventions] == [
        (i.title, i.description) for i in wo.interventions
    ]
    for kept, original in zip(
        (e for i in copied.interventions for e in i.elements),
        (e for i in wo.interventions for e in i.elements),
        strict=True,
    ):
        expected = "" if original.kind == ElementKind.NOTE else original.description
        assert kept == original.model_copy(update={"description": expected})
    assert copied.total_incl_vat == wo.total_incl_vat


def test_a_copy_stored_with_python_spelled_moments_reads_the_same() -> None:
    # Copies written before moments were RFC 3339 text spell them as ``str`` does
    # ("2026-12-01 08:00:00+00:00"); a store keeps those until they are written again.
    wo = workorder()
    body = read(encode(wo))
    moments = [name for name, value in body["appointment"].items() if _is_moment(value)]
    assert moments, "the sample has moments to spell"
    for name in moments:
        body["appointment"][name] = str(datetime.fromisoformat(body["appointment"][name]))
        assert " " in body["appointment"][name]
    body["format"] = 1  # format 1 wrote named objects, as ``read`` gives them
    older = zlib.compress(json.dumps(body, separators=(",", ":")).encode(), 1)
    assert decode(older) == decode(encode(wo))


def test_a_copy_is_written_as_values_in_the_documented_order() -> None:
    wo = workorder()
    stored = json.loads(zstd.decompress(encode(wo)))
    assert stored[0] == 2
    assert stored[2][:2] == [wo.appointment.dms_number, wo.appointment.wo_number]
    assert len(stored[2]) == len(KEPT_FIELDS["appointment"])
    assert len(stored[3]) == len(KEPT_FIELDS["car"])
    first_job = stored[4][0]
    assert first_job[0] == wo.interventions[0].title
    assert all(len(element) == len(KEPT_FIELDS["element"]) for element in first_job[3])
    # Half the bytes of the named objects of format 1, before compression.
    named = json.dumps(read(encode(wo)), separators=(",", ":")).encode()
    assert len(zstd.decompress(encode(wo))) < 0.6 * len(named)


def _is_moment(value: object) -> bool:
    return isinstance(value, str) and len(value) > 10 and value[4] == "-" and value[10] == "T"


def test_a_copy_written_before_with_zlib_reads_the_same() -> None:
    # Copies were zlib streams before they were Zstandard frames; a store keeps those
    # until their workorders are imported again.
    wo = workorder()
    older = zlib.compress(zstd.decompress(encode(wo)), 1)
    assert decode(older) == decode(encode(wo)) is not None


def test_copies_written_one_after_another_each_read_alone() -> None:
    # One compressor per thread writes every copy: each is a whole frame of its own.
    first, second = workorder(), workorder().model_copy(update={"currency": "CHF"})
    blobs = [encode(first), encode(second), encode(first)]
    assert blobs[0] == blobs[2]
    copies = [decode(blob) for blob in blobs]
    assert copies[0] == decode(encode(first))
    assert copies[1] is not None
    assert copies[1].currency == "CHF"


def test_bytes_that_are_no_copy_read_as_none() -> None:
    assert decode(b"not zlib") is None
    assert decode(encode(workorder())[:-4]) is None
    assert decode(ZSTD_MAGIC + b"not zstd") is None
    assert decode(zlib.compress(b"[3, 1]")) is None


async def test_a_copy_is_found_by_dms_number_wo_number_or_plate(
    store: Store, clock: FakeClock
) -> None:
    await _import(store)
    for keys in ({"dms_number": "SO-2604711"}, {"wo_number": "104711"}, {"plate": "12ABC3"}):
        [found] = await store.copies.find(**keys)
        assert found.workorder.appointment.dms_number == "SO-2604711"
        assert found.read_at == clock.now
    assert await store.copies.find(plate="99XX99") == []
    assert await store.copies.find() == []


async def test_retention_deletes_copies_with_the_journal(store: Store, clock: FakeClock) -> None:
    await _import(store, "SO-old")
    clock.advance(days=91)
    await _import(store, "SO-new")
    assert await store.copies.count() == 2
    assert await store.purge(retention_days=90) == 2  # one journal row, one copy
    assert await store.copies.body("SO-old") is None
    assert await store.copies.body("SO-new") is not None


async def test_a_site_of_a_dealer_groups_importer_keeps_no_copies(store: Store) -> None:
    # Copies are found by DMS number, which two companies of a group may share, and
    # only a workstation's window reads them.
    site = store.for_site("west")
    assert store.journal.keeps_copies
    assert not site.journal.keeps_copies
    await _import(site)
    assert await site.journal.get("SO-2604711") is not None
    assert await store.copies.count() == 0
    await _import(store)
    assert await store.copies.count() == 1


async def test_a_workorder_the_dms_no_longer_has_loses_its_copy_with_its_journal_row(
    store: Store,
) -> None:
    # Cancelled in Claire because the DMS no longer has it: a copy would show it live.
    await _import(store, "SO-gone")
    await _import(store, "SO-kept")

    await store.journal.mark_canceled("SO-gone")

    entry = await store.journal.get("SO-gone")
    assert entry is not None
    assert entry.state == "canceled"
    assert await store.copies.body("SO-gone") is None
    assert await store.copies.find(dms_number="SO-gone") == []
    assert await store.copies.body("SO-kept") is not None
