"""contract check: the tenant mapping held against a $metadata document, the sandbox's
(in process) or a hand-written one."""

from __future__ import annotations

from pathlib import Path

import pytest

from incadea_desk.errors import BadResponse
from incadea_desk.incadea import IncadeaClient, IncadeaConnection
from incadea_desk.incadea.contract import check_metadata
from incadea_desk.incadea.tenant import DEFAULT_MAPPING, FIELDS, parse_mapping
from incadea_desk.sandbox import INPROCESS_INCADEA_URL, Sandbox

ROUTE = "incadea/workshop/v1.0"


def client_for(sandbox: Sandbox, mapping_text: str = "") -> IncadeaClient:
    config = IncadeaConnection(
        base_url=INPROCESS_INCADEA_URL,
        authority=INPROCESS_INCADEA_URL,
        company_id=sandbox.company_id,
        tenant_id=sandbox.tenant_id,
        client_id=sandbox.client_id,
        client_secret=sandbox.client_secret,
        mapping=parse_mapping(mapping_text, Path("tenant.toml")),
    )
    return IncadeaClient(config, transport=sandbox.incadea_transport())


async def test_the_sandbox_has_everything_the_default_contract_needs() -> None:
    sandbox = Sandbox(seed=3, order_count=12)
    async with client_for(sandbox) as client:
        report = await client.check_contract()
    assert report.problems == []
    assert report.checked == 3 + sum(len(f) for f in FIELDS.values()) + 5


async def test_a_mapped_field_the_tenant_lacks_is_named_with_what_it_costs() -> None:
    sandbox = Sandbox(seed=3, order_count=12)
    mapping = (
        '[entitySets]\nserviceOrders = "serviceOrders"\n[serviceOrders]\nmileageKm = "odometerKm"\n'
    )
    async with client_for(sandbox, mapping) as client:
        report = await client.check_contract()
    assert [p.sentence for p in report.problems] == [
        "Entity set serviceOrders has no field odometerKm; the mileage cannot be read or written."
    ]


async def test_a_missing_entity_set_is_one_line_not_one_per_field() -> None:
    sandbox = Sandbox(seed=3, order_count=12)
    async with client_for(sandbox, '[entitySets]\nvehicles = "cars"\n') as client:
        report = await client.check_contract()
    assert [p.sentence for p in report.problems] == [
        f"API route {ROUTE} has no entity set cars; the car cannot be read when the DMS does "
        "not expand it."
    ]


ENUM_METADATA = b"""<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
<edmx:DataServices><Schema Namespace="Microsoft.NAV" xmlns="http://docs.oasis-open.org/odata/ns/edm">
<EnumType Name="lineKind">
<Member Name="Labor"/><Member Name="Item"/><Member Name="Comment"/></EnumType>
<EntityType Name="line"><Property Name="lineType" Type="Microsoft.NAV.lineKind"/></EntityType>
<EntityType Name="order">
<NavigationProperty Name="serviceLines" Type="Collection(Microsoft.NAV.line)"/></EntityType>
<EntityContainer Name="NAV">
<EntitySet Name="serviceOrders" EntityType="Microsoft.NAV.order"/></EntityContainer>
</Schema></edmx:DataServices></edmx:Edmx>"""


def test_a_line_kind_the_enum_lacks_is_named() -> None:
    report = check_metadata(ENUM_METADATA, DEFAULT_MAPPING, ROUTE)
    sentences = [p.sentence for p in report.problems]
    assert (
        "The line kind Menu is not a value of the lines' lineType; such lines cannot be imported."
        in sentences
    )
    assert not any("Labor" in s or "Item " in s for s in sentences)


@pytest.mark.parametrize("content", [b"not xml", b"<html><body>Sign in</body></html>"])
def test_an_answer_that_is_no_edmx_is_a_bad_response(content: bytes) -> None:
    with pytest.raises(BadResponse, match=r"\$metadata"):
        check_metadata(content, DEFAULT_MAPPING, ROUTE)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret", encoding="utf-8")
    content = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'
        '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">&e;</edmx:Edmx>'
    ).encode()
    with pytest.raises(BadResponse):
        check_metadata(content, DEFAULT_MAPPING, ROUTE)


def test_every_consequence_has_its_sentence() -> None:
    """The window translates a contract line by its codes: each consequence the check
    can name has an English sentence to translate."""
    from incadea_desk.contract_sentences import CONTRACT_SENTENCES
    from incadea_desk.incadea.contract import _LOSS, _SECTION_LOSS

    losses = {*_LOSS.values(), *_SECTION_LOSS.values(), "loss_unusable"}
    assert losses <= CONTRACT_SENTENCES.keys()
