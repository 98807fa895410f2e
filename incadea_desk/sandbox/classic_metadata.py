"""``{instance}/ODataV4/$metadata`` of the classic pages: one ``NAV`` schema with an
entity type per published page (its ``<Key>`` the page's primary key), the option
field as an ``EnumType``, the lines subpage as a contained navigation with its
``ReferentialConstraint``, and an entity set per web service (Microsoft Learn,
webservices/return-obtain-service-metadata-edmx-document and
webservices/use-containments-associations)."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from incadea_desk.sandbox.classic_pages import (
    COMPANY,
    LINE_TYPE_ENUM,
    LINE_TYPES,
    LINES,
    ORDER_LINES,
    ORDERS,
    PAGES,
    Page,
)


def _entity_type(page: Page, navigation: str = "") -> list[str]:
    lines = [f"<EntityType Name={quoteattr(page.name)}>", "<Key>"]
    lines += [f"<PropertyRef Name={quoteattr(name)}/>" for name in page.key]
    lines.append("</Key>")
    for field in page.fields:
        nullable = "false" if field.name in page.key else "true"
        lines.append(
            f"<Property Name={quoteattr(field.name)} Type={quoteattr(field.edm)}"
            f' Nullable="{nullable}"/>'
        )
    lines.append(navigation)
    lines.append("</EntityType>")
    return lines


def classic_edmx() -> bytes:
    members = [
        f'<Member Name={quoteattr(name)} Value="{value}"/>'
        for value, name in enumerate(LINE_TYPES.values())
    ]
    lines_navigation = (
        f'<NavigationProperty Name="{LINES}" Type="Collection(NAV.{LINES})" '
        'ContainsTarget="true"><ReferentialConstraint Property="Nr" '
        'ReferencedProperty="Documentnr"/></NavigationProperty>'
    )
    body = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">',
        "<edmx:DataServices>",
        '<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="NAV">',
        f"<EnumType Name={quoteattr(LINE_TYPE_ENUM)}>",
        *members,
        "</EnumType>",
        *_entity_type(ORDERS, lines_navigation),
        *_entity_type(ORDER_LINES),
        *(line for page in PAGES.values() if page is not ORDERS for line in _entity_type(page)),
        *_entity_type(COMPANY),
        '<EntityContainer Name="NAV">',
        *(
            f"<EntitySet Name={quoteattr(name)} EntityType={quoteattr('NAV.' + name)}/>"
            for name in (*PAGES, COMPANY.name)
        ),
        "</EntityContainer>",
        "</Schema>",
        "</edmx:DataServices>",
        "</edmx:Edmx>",
    ]
    return "\n".join(line for line in body if line).encode()
