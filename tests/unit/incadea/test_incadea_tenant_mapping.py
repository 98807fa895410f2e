"""The tenant mapping file: its template, its checks, and how it renames."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from incadea_desk.incadea.tenant import (
    DEFAULT_MAPPING,
    FIELDS,
    MappingError,
    load_mapping,
    mapping_template,
    parse_mapping,
)

WIRE_CONTRACTS = Path(__file__).parents[3] / "docs" / "wire-contracts.md"


def test_the_template_is_the_default_contract_with_every_name_a_quoted_value() -> None:
    text = mapping_template()
    document = tomllib.loads(text)
    mapping = parse_mapping(text, Path("template.toml"))
    assert mapping.is_default
    for section, table in document.items():
        for key, value in table.items():
            assert value == key
            assert f'{key} = "{key}"' in text, section
    assert set(document["serviceOrders"]) >= set(FIELDS["serviceOrders"]) | {"serviceLines"}


def test_every_name_in_the_template_is_spelled_as_the_wire_contract_spells_it() -> None:
    documented = set(re.findall(r"`([A-Za-z]+)`", WIRE_CONTRACTS.read_text(encoding="utf-8")))
    names = {
        value for table in tomllib.loads(mapping_template()).values() for value in table.values()
    }
    assert names - documented == set()


def test_no_file_means_the_default_contract() -> None:
    assert load_mapping(None) is DEFAULT_MAPPING


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[serviceOrders]\nodometer = "km"\n', "[serviceOrders] has no key 'odometer'"),
        (
            "[serviceOrders]\nmileageKm = 7\n",
            '[serviceOrders] mileageKm must be a quoted name such as "mileageKm"',
        ),
        (
            '[serviceOrders]\nmileageKm = "mileage km"\n',
            "[serviceOrders] mileageKm must be a quoted name",
        ),
        ('[workshop]\nx = "y"\n', "has no section [workshop]"),
        (
            '[serviceOrders]\norderNo = "documentNo"\n',
            '[serviceOrders] orderNo and documentNo both map to "documentNo"',
        ),
        ("[serviceOrders\n", "is not valid TOML"),
    ],
)
def test_an_invalid_mapping_is_one_sentence_naming_the_key(
    tmp_path: Path, text: str, says: str
) -> None:
    path = tmp_path / "tenant.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(path)
    message = str(caught.value)
    assert says in message
    assert str(path) in message
    assert "\n" not in message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(MappingError, match="cannot be read"):
        load_mapping(tmp_path / "absent.toml")


def test_incoming_records_get_the_default_names_back_nested_ones_too() -> None:
    mapping = parse_mapping(
        '[serviceOrders]\nmileageKm = "odometerKm"\nserviceLines = "jobLines"\n'
        '[serviceLines]\nlineType = "kind"\n[lineTypes]\nItem = "Part"\n'
        '[vehicles]\nvin = "chassisNo"\n',
        Path("tenant.toml"),
    )
    record = {
        "@odata.etag": 'W/"x"',
        "odometerKm": 45210,
        "mileageKm": "a tenant field of its own",
        "jobLines": [{"kind": "Part", "lineNo": 1}],
        "vehicle": {"chassisNo": "WVWZZZ1JZXW000001"},
    }
    assert mapping.incoming("serviceOrders", record) == {
        "@odata.etag": 'W/"x"',
        "mileageKm": 45210,
        "serviceLines": [{"lineType": "Item", "lineNo": 1}],
        "vehicle": {"vin": "WVWZZZ1JZXW000001"},
    }


def test_only_an_optional_field_may_be_mapped_to_nothing() -> None:
    absent = parse_mapping('[serviceOrders]\nsystemModifiedAt = ""\n', Path("t.toml"))
    assert not absent.has_field("serviceOrders", "systemModifiedAt")
    assert absent.has_field("serviceOrders", "lastModifiedDateTime")
    assert parse_mapping("", Path("t.toml")).has_field("serviceOrders", "systemModifiedAt")
    with pytest.raises(MappingError, match=r"\[serviceOrders\] lastModifiedDateTime must be"):
        parse_mapping('[serviceOrders]\nlastModifiedDateTime = ""\n', Path("t.toml"))
