"""The advisor's sentences, in English, by code: input errors and remote failures.

Written once, here. The CLI prints them as they are; the window translates the
same text (``QCoreApplication.translate(context, sentence)``) and fills in the
arguments afterwards. The ``QT_TRANSLATE_NOOP`` marker below does nothing at
run time; it lets ``pyside6-lupdate`` collect the sentences into the
catalogues (``docs/gui.md``), so a translator sees each one exactly once.

Placeholders are ``{name}``; a translation keeps them as they are. In a remote
sentence ``{System}`` is the system's name at the start of a sentence and
``{system}`` elsewhere ("the DMS", "Claire").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

INPUT_CONTEXT = "InputError"
REMOTE_CONTEXT = "RemoteError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


INPUT_SENTENCES: dict[str, str] = {
    # What an advisor searches for, or names a workorder by.
    "query_empty": QT_TRANSLATE_NOOP(
        "InputError", "Type a WO number or a registration number to search."
    ),
    "control_characters": QT_TRANSLATE_NOOP(
        "InputError", "The text contains a line break, tab or other control character."
    ),
    "wo_negative": QT_TRANSLATE_NOOP("InputError", "A WO number cannot be negative."),
    "query_too_long": QT_TRANSLATE_NOOP(
        "InputError", "{text} is too long for a WO number or a registration number."
    ),
    "reference_empty": QT_TRANSLATE_NOOP(
        "InputError", "Give the DMS number or the WO number of the workorder."
    ),
    "reference_invalid": QT_TRANSLATE_NOOP(
        "InputError", "{text} is neither a DMS number nor a WO number."
    ),
    # Registration numbers.
    "plate_empty": QT_TRANSLATE_NOOP("InputError", "The registration number is empty."),
    "plate_not_text": QT_TRANSLATE_NOOP("InputError", "A registration number must be text."),
    "plate_character": QT_TRANSLATE_NOOP(
        "InputError",
        "{text} is not a registration number: {character} is not a letter, digit, space, "
        "dash or dot.",
    ),
    "plate_no_characters": QT_TRANSLATE_NOOP(
        "InputError", "{text} is not a registration number: it has no letters or digits."
    ),
    "plate_too_short": QT_TRANSLATE_NOOP(
        "InputError", "{text} is too short to be a registration number."
    ),
    "plate_too_long": QT_TRANSLATE_NOOP(
        "InputError",
        "{text} is too long to be a registration number ({length} letters and digits; "
        "a plate has at most {maximum}).",
    ),
    # Naming one workorder by a number several share.
    "several_workorders": QT_TRANSLATE_NOOP(
        "InputError", "{text} matches {count} workorders ({numbers}); use the DMS number."
    ),
    # Mileage.
    "mileage_not_whole": QT_TRANSLATE_NOOP(
        "InputError", "The mileage must be a whole number of kilometres."
    ),
    "mileage_empty": QT_TRANSLATE_NOOP("InputError", "Type the mileage in whole kilometres."),
    "mileage_not_a_number": QT_TRANSLATE_NOOP("InputError", "{text} is not a mileage."),
    "mileage_negative": QT_TRANSLATE_NOOP("InputError", "The mileage cannot be negative."),
    "mileage_decimal": QT_TRANSLATE_NOOP(
        "InputError", "{text} has a decimal part; whole kilometres only."
    ),
    "mileage_too_high": QT_TRANSLATE_NOOP(
        "InputError", "{text} is too high; an odometer reads less than {maximum}."
    ),
    # Secrets.
    "secret_too_long": QT_TRANSLATE_NOOP(
        "InputError",
        "The {name} is {size} bytes long and Windows Credential Manager keeps at most "
        "{maximum}; nothing was stored. Set the environment variable {variable} instead.",
    ),
}

MILEAGE_CONTEXT = "MileageOutcome"

# What became of a mileage correction, and why. {new}, {before}, {after}, {jump},
# {average} and {maximum} are distances as the reader writes them ("45,210 km");
# {days} a count of days; {problem} a sentence of its own (why the DMS could not
# take it now, or why this computer could not keep it).
MILEAGE_SENTENCES: dict[str, str] = {
    "written": QT_TRANSLATE_NOOP(
        "MileageOutcome", "The DMS mileage is now {after} (was {before})."
    ),
    "claire_updated": QT_TRANSLATE_NOOP("MileageOutcome", "Claire has the new mileage too."),
    "claire_later": QT_TRANSLATE_NOOP(
        "MileageOutcome", "Claire gets the new mileage with the next import."
    ),
    "not_kept_here": QT_TRANSLATE_NOOP(
        "MileageOutcome", "It could not be recorded on this computer: {problem}"
    ),
    "out_of_range": QT_TRANSLATE_NOOP(
        "MileageOutcome", "A mileage must be between 0 and {maximum}; {new} is not written."
    ),
    "same": QT_TRANSLATE_NOOP("MileageOutcome", "The DMS has {before} already recorded."),
    "lower": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "{new} is lower than the {before} the DMS holds; rolling back an odometer is not allowed.",
    ),
    "first": QT_TRANSLATE_NOOP(
        "MileageOutcome", "The DMS has no mileage yet; {new} will be written."
    ),
    "higher": QT_TRANSLATE_NOOP("MileageOutcome", "{new} is higher than the {before} in the DMS."),
    "jump": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "{new} is {jump} more than the {before} in the DMS; please confirm the reading is right.",
    ),
    "daily_one": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "{new} is {jump} more than the DMS holds after 1 day, an average of {average} a day; "
        "please confirm the reading is right.",
    ),
    "daily": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "{new} is {jump} more than the DMS holds after {days} days, an average of {average} "
        "a day; please confirm the reading is right.",
    ),
    "queued_known_down": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "The DMS did not answer the last request. The correction to {new} is kept and sent "
        "when the DMS is reachable again.",
    ),
    "queued_not_answered": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "The DMS has not answered yet; the correction to {new} is kept and sent in the background.",
    ),
    "queued_not_now": QT_TRANSLATE_NOOP(
        "MileageOutcome",
        "{problem} The correction to {new} is kept and sent when the DMS can take it.",
    ),
}

REMOTE_SENTENCES: dict[str, str] = {
    "unavailable": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} cannot be reached right now; check the connection and try again later.",
    ),
    "too_slow": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} took too long to answer; try again in a minute."
    ),
    "throttled": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} is busy and asked us to slow down; try again in a minute."
    ),
    "authentication": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} did not accept the sign-in; check the credentials in Settings.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} has no such record; check the number and search again."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "RemoteError", "Someone changed this record in {system} meanwhile; refresh and try again."
    ),
    "refused": QT_TRANSLATE_NOOP("RemoteError", "{System} refused the request."),
    "unreadable": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} sent an answer we cannot read (field {field})."
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} sent an answer we cannot read; please contact support."
    ),
    "no_match": QT_TRANSLATE_NOOP("RemoteError", "{System} has no workorder with this number."),
    "deleted_canceled": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} no longer has workorder {dms_number}; its appointment in Claire is now "
        "marked cancelled.",
    ),
    "no_workorder": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} has no workorder with WO number {wo_number}."
    ),
    "defect": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} could not accept a request incadea-desk sent. This is a fault in "
        "incadea-desk; please report it to support with the details.",
    ),
    "failed": QT_TRANSLATE_NOOP("RemoteError", "{System} reported an error."),
    # Failures with a sentence of their own (``error_reasons``).
    "not_permitted": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} accepted the sign-in but does not let this account do this; ask your "
        "administrator to check the account's permissions.",
    ),
    "tenant_unavailable": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} is not accessible right now, for example during an update; try again "
        "later, and tell your administrator if it lasts.",
    ),
    "resource_not_found": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} does not offer the page or API incadea-desk is set up to use; ask your "
        "administrator to check the connection settings.",
    ),
    "method_not_allowed": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} does not take this kind of request here; its web services may be turned "
        "off. Ask your administrator.",
    ),
    "gone": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} no longer offers this address; ask your administrator to update the "
        "connection settings.",
    ),
    "request_too_large": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} refused the request as too large. This is a fault in incadea-desk; please "
        "report it to support with the details.",
    ),
    "key_out_of_scope": QT_TRANSLATE_NOOP(
        "RemoteError",
        "Claire's API key does not cover location {location}; check the location in "
        "Settings, or ask Claire for a key that includes it.",
    ),
    "key_withdrawn": QT_TRANSLATE_NOOP(
        "RemoteError",
        "Claire's API key has been disabled or revoked; ask Claire for a new key and enter "
        "it in Settings.",
    ),
    "no_change_stamp": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} names no field for when a workorder changed, so keep-importing cannot run; "
        "search, import, refresh and mileage still work.",
    ),
}

QUARANTINE_CONTEXT = "Quarantine"

# Why keep-importing holds a workorder (the quarantine): {field} is the field as the
# DMS or Claire names it, {code} Claire's own error code. Never a value of the row.
QUARANTINE_SENTENCES: dict[str, str] = {
    "missing_value": QT_TRANSLATE_NOOP("Quarantine", "The DMS sent no value for {field}."),
    "unknown_value": QT_TRANSLATE_NOOP(
        "Quarantine", "The DMS sent a value for {field} that incadea-desk does not know."
    ),
    "no_time_zone": QT_TRANSLATE_NOOP(
        "Quarantine", "The DMS sent a date and time without a time zone in {field}."
    ),
    "unreadable_value": QT_TRANSLATE_NOOP(
        "Quarantine", "The DMS sent a value for {field} that cannot be read."
    ),
    "claire_refused": QT_TRANSLATE_NOOP(
        "Quarantine", "Claire refused this workorder (code {code})."
    ),
}

# What keep-importing will spend of the DMS user's request budget (``doctor``), and why
# a program does not keep importing (``doctor``, ``sync``).
BUDGET_SENTENCES: dict[str, str] = {
    "walks": "This workstation keeps importing every {interval} s: about {idle} DMS requests "
    "an hour when nothing changes ({per_walk} a walk, and {reconciliations} reconciliation "
    "walk(s) a day of about {per_reconciliation}), and about {per_100} more DMS request(s) "
    "and {claire_per_100} Claire import(s) per 100 changed workorders.",
    "native_connector": "Claire's own Incadea connector imports this location "
    "(claire.native_connector), so incadea-desk does not keep importing; it asks the DMS "
    "only for what the advisors do.",
    "site_importer": "A site importer keeps this location imported (sync.site_importer), so "
    "this workstation does not walk the DMS; it asks only for what the advisors do.",
    "off_here": "Keep-importing is off on this workstation (sync.on_this_workstation); it "
    "asks the DMS only for what the advisors do.",
    "shared": "Business Central allows {limit} requests per 5 minutes and {at_once} at once "
    "to each user or app registration, shared by every workstation and importer that signs "
    "in as it.",
    "sync_native": "Claire's own Incadea connector imports this location "
    "(claire.native_connector is on), so sync has nothing to do.",
}

SYSTEM_NAMES: dict[str, str] = {
    "dms": QT_TRANSLATE_NOOP("RemoteError", "the DMS"),
    "claire": QT_TRANSLATE_NOOP("RemoteError", "Claire"),
}


def fill(template: str, arguments: Mapping[str, object]) -> str:
    """``template`` with its ``{name}`` placeholders filled in; an unknown one stays visible."""

    class _Keep(dict[str, object]):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(_Keep(arguments))


def system_arguments(name: str) -> dict[str, str]:
    """``{system}`` and ``{System}`` for a system's (translated) name."""
    return {"system": name, "System": name[:1].upper() + name[1:]}


def input_sentence(code: str, arguments: Mapping[str, object]) -> str:
    return fill(INPUT_SENTENCES[code], arguments)


def km_text(km: int) -> str:
    """A distance as the CLI and the log write it: ``45,210 km``."""
    return f"{km:,} km"


def mileage_sentence(
    codes: tuple[str, ...],
    arguments: Mapping[str, object],
    translate: Callable[[str], str] = str,
    distance: Callable[[int], str] = km_text,
) -> str:
    """The sentences of ``codes``, one after the other. Arguments that are distances
    (ints other than ``days``) are written by ``distance``; ``translate`` turns an English
    sentence into the reader's language (the window's catalogue)."""
    written = {
        name: distance(value) if isinstance(value, int) and name != "days" else value
        for name, value in arguments.items()
    }
    if isinstance(arguments.get("days"), int):
        written["days"] = f"{arguments['days']:,}"
    return " ".join(fill(translate(MILEAGE_SENTENCES[code]), written) for code in codes)


def remote_sentence(reason: str, system: str, arguments: Mapping[str, object] = {}) -> str:
    names = system_arguments(SYSTEM_NAMES.get(system, system))
    return fill(REMOTE_SENTENCES[reason], {**arguments, **names})


def quarantine_reason(code: str, arguments: Mapping[str, object]) -> str:
    """The English reason a workorder is held, ``{field}`` and ``{code}`` filled in."""
    return fill(QUARANTINE_SENTENCES[code], arguments)
