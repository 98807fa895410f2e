"""Page web services: the company in the URL, keys from $metadata, key predicates, and
the odatav4 mapping."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.errors import BadResponse
from incadea_desk.incadea.classic_contract import check_page_metadata
from incadea_desk.incadea.classic_keys import (
    EntityShape,
    key_literal,
    key_predicate,
    predicate_value,
    read_shape,
)
from incadea_desk.incadea.config import IncadeaConnection, company_segment
from incadea_desk.incadea.tenant import (
    ODATAV4_MAPPING,
    MappingError,
    load_mapping,
    mapping_template,
    parse_mapping,
)
from incadea_desk.sandbox.classic_metadata import classic_edmx

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
ORDER = EntityShape(
    "Werkorders",
    ("Documentsoort", "Nr"),
    {"Documentsoort": "Edm.String", "Nr": "Edm.String", "Regel": "Edm.Int32"},
    {},
)


@given(TEXT)
def test_a_company_name_is_one_quoted_escaped_path_segment(name: str) -> None:
    segment = company_segment(name)
    assert all(char not in segment for char in " ()/?#")
    assert unquote(segment) == "'" + name.replace("'", "''") + "'"


def test_the_company_root_of_page_web_services() -> None:
    config = IncadeaConnection(
        base_url="https://nav.dealer.local:7048/BC140",
        api_kind="odatav4",
        company_name="Autobedrijf 't Hoekje B.V.",
        auth_mode="basic",
        username="WS",
        access_key="k" * 44,
    )
    assert config.service_root == "https://nav.dealer.local:7048/BC140/ODataV4/"
    assert config.api_root == (
        "https://nav.dealer.local:7048/BC140/ODataV4/Company('Autobedrijf%20''t%20Hoekje%20B.V.')/"
    )


def test_page_web_services_need_the_company_name() -> None:
    with pytest.raises(ValueError, match="company_name"):
        IncadeaConnection(
            base_url="https://nav.dealer.local:7048/BC140",
            api_kind="odatav4",
            auth_mode="basic",
            username="WS",
            access_key="k",
        )


@given(TEXT, TEXT)
def test_a_key_predicate_names_every_part_and_reads_back(kind: str, number: str) -> None:
    predicate = key_predicate(ORDER, {"Documentsoort": kind, "Nr": number, "Other": "x"})
    assert predicate.startswith("Documentsoort='")
    assert ",Nr='" in predicate
    assert " " not in predicate
    assert predicate_value(predicate, "Nr") == number
    assert predicate_value(predicate, "Documentsoort") == kind


def test_a_number_key_is_not_quoted_and_a_missing_part_is_refused() -> None:
    assert key_literal(10000, "Edm.Int32") == "10000"
    assert key_literal("10000", "Edm.String") == "'10000'"
    with pytest.raises(BadResponse, match="Nr"):
        key_predicate(ORDER, {"Documentsoort": "Order"})


def test_keys_subpage_and_enums_come_from_metadata() -> None:
    shape = read_shape(classic_edmx())
    orders = shape.of_set("Werkorders")
    assert orders is not None
    assert orders.key == ("Documentsoort", "Nr")
    assert orders.navigations == {"WerkorderRegels": "WerkorderRegels"}
    vehicles = shape.of_set("Voertuigen")
    assert vehicles is not None
    assert vehicles.key == ("Nr",)
    assert shape.enums["Werkorderregelsoort"] == ("Arbeid", "Artikel", "Menu", "Opmerking")


def test_the_odatav4_template_is_the_odatav4_default_and_has_the_same_keys() -> None:
    text = mapping_template("odatav4")
    assert parse_mapping(text, Path("t.toml"), "odatav4") == ODATAV4_MAPPING
    assert load_mapping(None, "odatav4") is ODATAV4_MAPPING
    classic, api = tomllib.loads(text), tomllib.loads(mapping_template())
    assert {s: set(t) for s, t in classic.items()} == {s: set(t) for s, t in api.items()}
    assert classic["serviceOrders"]["vehicle"] == ""
    assert classic["serviceOrders"]["serviceLines"] == "WerkorderRegels"


def test_an_empty_navigation_is_an_odatav4_choice_only() -> None:
    text = '[serviceOrders]\nvehicle = ""\nlastModifiedDateTime = ""\n'
    mapping = parse_mapping(text, Path("t.toml"), "odatav4")
    assert not mapping.has_field("serviceOrders", "vehicle")
    assert mapping.field("serviceOrders", "orderNo") == "Werkordernr"
    with pytest.raises(MappingError, match="vehicle"):
        parse_mapping(text, Path("t.toml"))


def _check(text: str) -> list[str]:
    mapping = parse_mapping(text, Path("t.toml"), "odatav4")
    return [problem.sentence for problem in check_page_metadata(classic_edmx(), mapping).problems]


def test_the_classic_contract_holds_the_default_mapping() -> None:
    report = check_page_metadata(classic_edmx(), ODATAV4_MAPPING)
    assert report.ok
    assert report.notes == []
    assert report.checked == 60  # every page, field and navigation the mapping names


def test_the_classic_contract_names_keys_subpage_and_line_kinds_with_the_nearest_name() -> None:
    assert _check('[serviceOrders]\ndocumentNo = "Werkordernr"\norderNo = "Nr"\n') == [
        "The key of Werkorders (Documentsoort,Nr) has no part Werkordernr; workorders cannot "
        "be told apart."
    ]
    assert _check('[serviceOrders]\nserviceLines = "WerkorderRegel"\n') == [
        "Entity set Werkorders has no navigation WerkorderRegel; workorders would be imported "
        "without their lines. The nearest name $metadata has is WerkorderRegels."
    ]
    assert _check('[lineTypes]\nLabor = "Arbeidt"\n') == [
        "The line kind Arbeidt is not a value of the lines' Soort; such lines cannot be imported."
    ]
