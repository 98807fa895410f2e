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

from collections.abc import Mapping

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
    "no_workorder": QT_TRANSLATE_NOOP(
        "RemoteError", "{System} has no workorder with WO number {wo_number}."
    ),
    "defect": QT_TRANSLATE_NOOP(
        "RemoteError",
        "{System} could not accept a request incadea-desk sent. This is a fault in "
        "incadea-desk; please report it to support with the details.",
    ),
    "failed": QT_TRANSLATE_NOOP("RemoteError", "{System} reported an error."),
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


def remote_sentence(reason: str, system: str, arguments: Mapping[str, object] = {}) -> str:
    names = system_arguments(SYSTEM_NAMES.get(system, system))
    return fill(REMOTE_SENTENCES[reason], {**arguments, **names})
