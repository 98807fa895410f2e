"""The sentences of ``contract check``: what a DMS tenant lacks, for the dealer's IT,
keyed by code like the sentences of :mod:`incadea_desk.messages`, and translated by the
window under the context ``ContractCheck``."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from incadea_desk.messages import QT_TRANSLATE_NOOP, fill

CONTRACT_CONTEXT = "ContractCheck"

# What ``contract check`` finds a DMS tenant lacking, for the dealer's IT: the
# tenant's own names ({route}, {set}, {field}, {kind}, {url}) and, as {loss}, one
# of the consequences below.
CONTRACT_SENTENCES: dict[str, str] = {
    "no_entity_set": QT_TRANSLATE_NOOP(
        "ContractCheck", "API route {route} has no entity set {set}; {loss}."
    ),
    "no_field": QT_TRANSLATE_NOOP(
        "ContractCheck", "Entity set {set} has no field {field}; {loss}."
    ),
    "no_navigation": QT_TRANSLATE_NOOP(
        "ContractCheck", "Entity set {set} has no navigation {field}; {loss}."
    ),
    "no_line_field": QT_TRANSLATE_NOOP(
        "ContractCheck", "The lines of entity set {set} have no field {field}; {loss}."
    ),
    "no_line_navigation": QT_TRANSLATE_NOOP(
        "ContractCheck", "The lines of entity set {set} have no navigation {field}; {loss}."
    ),
    "no_line_kind": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "The line kind {kind} is not a value of the lines' {field}; such lines cannot be imported.",
    ),
    "no_api_route": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "The DMS at {url} has no API route {route} ($metadata answers 404); check the DMS "
        "address and the API route.",
    ),
    # What incadea-desk then cannot do.
    "loss_orders": QT_TRANSLATE_NOOP(
        "ContractCheck", "no workorder can be found, imported or corrected"
    ),
    "loss_car_not_expanded": QT_TRANSLATE_NOOP(
        "ContractCheck", "the car cannot be read when the DMS does not expand it"
    ),
    "loss_parties_not_expanded": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "a driver, owner or contractor cannot be read when the DMS does not expand them",
    ),
    "loss_order_identity": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders cannot be read or corrected"
    ),
    "loss_find_by_dms_number": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders cannot be found by DMS number"
    ),
    "loss_find_by_wo_number": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders cannot be found by WO number"
    ),
    "loss_find_by_plate": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders cannot be found by registration number"
    ),
    "loss_mileage": QT_TRANSLATE_NOOP("ContractCheck", "the mileage cannot be read or written"),
    "loss_branch": QT_TRANSLATE_NOOP(
        "ContractCheck", "the site's branch filter (sites.toml) cannot choose its service orders"
    ),
    "loss_mileage_date": QT_TRANSLATE_NOOP(
        "ContractCheck", "the date of the last mileage reading cannot be read"
    ),
    "loss_changes": QT_TRANSLATE_NOOP(
        "ContractCheck", "keep importing cannot find changed workorders"
    ),
    "loss_system_stamp": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "the reconciliation walk misses changes that move only this stamp "
        '(map it to "" if the tenant has none)',
    ),
    "loss_related_changes": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "a changed plate or contact reaches Claire only when its workorder changes",
    ),
    "loss_appointment": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders cannot be imported or sorted by appointment"
    ),
    "loss_lines": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders would be imported without their lines"
    ),
    "loss_car": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders would be imported without their car"
    ),
    "loss_contractor": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders would be imported without their contractor"
    ),
    "loss_driver": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders would be imported without the driver"
    ),
    "loss_owner": QT_TRANSLATE_NOOP(
        "ContractCheck", "workorders would be imported without the owner"
    ),
    "loss_line_kinds": QT_TRANSLATE_NOOP(
        "ContractCheck", "the lines' kinds (labor, part, menu, note) cannot be read"
    ),
    "loss_order_part": QT_TRANSLATE_NOOP(
        "ContractCheck", "that part of the workorder cannot be imported"
    ),
    "loss_line_part": QT_TRANSLATE_NOOP(
        "ContractCheck", "that part of the workorder's lines cannot be imported"
    ),
    "loss_car_part": QT_TRANSLATE_NOOP("ContractCheck", "that part of the car cannot be imported"),
    "loss_party_part": QT_TRANSLATE_NOOP(
        "ContractCheck", "that part of the driver, owner and contractor cannot be imported"
    ),
    "loss_unusable": QT_TRANSLATE_NOOP("ContractCheck", "it cannot be used"),
    # Page web services (odatav4).
    "no_page": QT_TRANSLATE_NOOP(
        "ContractCheck", "The server instance publishes no web service {set}; {loss}."
    ),
    "no_key_part": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "The key of {set} ({key}) has no part {field}; workorders cannot be told apart.",
    ),
    "no_single_key": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "The key of {set} ({key}) has more than one part; {set} cannot be read by number.",
    ),
    "no_company": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "The server instance has no company '{company}' (the name is case-sensitive); "
        "it has {companies}.",
    ),
    "no_change_stamp": QT_TRANSLATE_NOOP(
        "ContractCheck",
        "The mapping names no changed-since field of {set}: keep-importing stays off; "
        "search, import, refresh and mileage work.",
    ),
    "nearest": QT_TRANSLATE_NOOP("ContractCheck", "The nearest name $metadata has is {nearest}."),
}


def contract_sentence(
    code: str, arguments: Mapping[str, str], translate: Callable[[str], str] = str
) -> str:
    """A ``contract check`` line; ``arguments["loss"]``, if any, is the code of its
    consequence. ``translate`` turns an English sentence into the reader's language
    (the window's catalogue); the tenant's names are filled in as they are."""
    filled = dict(arguments)
    if "loss" in arguments:
        filled["loss"] = translate(CONTRACT_SENTENCES[arguments["loss"]])
    line = fill(translate(CONTRACT_SENTENCES[code]), filled)
    if arguments.get("nearest"):
        line += " " + fill(translate(CONTRACT_SENTENCES["nearest"]), filled)
    return line
