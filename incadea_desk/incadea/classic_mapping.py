"""The default mapping of the ``odatav4`` kind: classic incadea's pages as a dealer
publishes them on NAV 2018 / BC14 (docs/connecting.md), in Dutch.

An empty name means the page has no such field or navigation: ``id`` (a page's key
comes from ``$metadata``), and the navigations to the vehicle, driver, owner and
contractor, which are pages of their own read by the number in the matching id field
(``vehicleId`` for the vehicle). ``serviceLines`` names the lines subpage.
"""

from __future__ import annotations

ODATAV4_NAMES: dict[str, dict[str, str]] = {
    "entitySets": {
        "serviceOrders": "Werkorders",
        "vehicles": "Voertuigen",
        "customers": "Klanten",
    },
    "serviceOrders": {
        "id": "",
        "documentNo": "Nr",
        "orderNo": "Werkordernr",
        "appointmentDateTime": "Afspraak_datum_tijd",
        "createdDateTime": "Aangemaakt_op",
        "scheduledInDateTime": "Gepland_binnen",
        "scheduledOutDateTime": "Gepland_gereed",
        "customerWaiting": "Klant_wacht",
        "carInShop": "Auto_binnen",
        "carOutOfShop": "Auto_gereed",
        "mileageKm": "Kilometerstand",
        "mileageDate": "Kilometerstand_datum",
        "canceled": "Geannuleerd",
        "currencyCode": "Valutacode",
        "registrationNo": "Kenteken",
        "vehicleId": "Voertuignr",
        "contractorCustomerId": "Opdrachtgevernr",
        "lastModifiedDateTime": "Laatst_gewijzigd",
        "systemModifiedAt": "",
        "serviceLines": "WerkorderRegels",
        "vehicle": "",
        "contractor": "",
    },
    "serviceLines": {
        "id": "",
        "jobNo": "Taaknr",
        "jobTitle": "Taaktitel",
        "jobDescription": "Taakomschrijving",
        "lineNo": "Regelnr",
        "lineType": "Soort",
        "code": "Nr",
        "description": "Omschrijving",
        "quantity": "Aantal",
        "unitPrice": "Eenheidsprijs",
        "discountPercent": "Kortingspercentage",
        "vatPercent": "Btw_percentage",
        "lineAmount": "Regelbedrag",
    },
    "vehicles": {
        "id": "",
        "registrationNo": "Kenteken",
        "vin": "Chassisnr",
        "make": "Merk",
        "model": "Model",
        "firstRegistrationDate": "Datum_eerste_toelating",
        "inspectionDueDate": "APK_vervaldatum",
        "warrantyStartDate": "Garantie_begindatum",
        "warrantyEndDate": "Garantie_einddatum",
        "driverCustomerId": "Berijdernr",
        "ownerCustomerId": "Eigenaarnr",
        "lastModifiedDateTime": "Laatst_gewijzigd",
        "driver": "",
        "owner": "",
    },
    "customers": {
        "id": "",
        "number": "Nr",
        "companyName": "Bedrijfsnaam",
        "firstName": "Voornaam",
        "lastName": "Achternaam",
        "street": "Adres",
        "postCode": "Postcode",
        "city": "Plaats",
        "countryCode": "Landcode",
        "privateEmail": "E_mail_prive",
        "privatePhoneNo": "Telefoon_prive",
        "privateMobileNo": "Mobiel_prive",
        "businessEmail": "E_mail_zakelijk",
        "businessPhoneNo": "Telefoon_zakelijk",
        "businessMobileNo": "Mobiel_zakelijk",
        "isLeaseCompany": "Leasemaatschappij",
        "lastModifiedDateTime": "Laatst_gewijzigd",
    },
    "lineTypes": {"Labor": "Arbeid", "Item": "Artikel", "Menu": "Menu", "Comment": "Opmerking"},
}

# What a page web service may lack: the mapping names these "" and the client reads
# by key instead (navigations), does without (stamps), or derives from the key (id).
ODATAV4_MAY_BE_EMPTY = frozenset(
    {
        ("serviceOrders", "id"),
        ("serviceOrders", "vehicle"),
        ("serviceOrders", "contractor"),
        ("serviceOrders", "lastModifiedDateTime"),
        ("serviceLines", "id"),
        ("vehicles", "id"),
        ("vehicles", "driver"),
        ("vehicles", "owner"),
        ("vehicles", "lastModifiedDateTime"),
        ("customers", "id"),
        ("customers", "lastModifiedDateTime"),
    }
)
