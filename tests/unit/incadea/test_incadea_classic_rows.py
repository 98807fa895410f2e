"""Page web-service records read into the default contract's shape (classic_rows)."""

from __future__ import annotations

from incadea_desk.incadea.classic_keys import EntityShape
from incadea_desk.incadea.classic_rows import ClassicRecords
from incadea_desk.incadea.tenant import ODATAV4_MAPPING
from incadea_desk.incadea.wire import WireServiceOrder

SHAPE = EntityShape(
    "Werkorders",
    ("Documentsoort", "Nr"),
    {"Documentsoort": "Edm.String", "Nr": "Edm.String"},
    {},
)
ORDER = {
    "@odata.etag": 'W/"JzE7Jw=="',
    "Documentsoort": "Order",
    "Nr": "SO-1",
    "Werkordernr": "4711",
    "Afspraak_datum_tijd": "2026-12-08T08:30:00Z",
    "Aangemaakt_op": "2026-12-01T10:00:00Z",
    "Laatst_gewijzigd": "2026-12-01T10:00:00Z",
    "Kenteken": "",
}


def test_a_blank_currency_code_is_the_local_currency_not_an_unreadable_order() -> None:
    # NAV leaves Currency Code blank for the local currency (LCY).
    record, predicate = ClassicRecords(ODATAV4_MAPPING).order(
        SHAPE, ORDER | {"Valutacode": ""}, {}, {}
    )
    order = WireServiceOrder.model_validate(record)
    assert (order.currencyCode, order.registrationNo) == ("EUR", None)
    assert predicate == "Documentsoort='Order',Nr='SO-1'"


def test_a_currency_code_given_is_kept() -> None:
    record, _ = ClassicRecords(ODATAV4_MAPPING).order(SHAPE, ORDER | {"Valutacode": "GBP"}, {}, {})
    assert WireServiceOrder.model_validate(record).currencyCode == "GBP"
