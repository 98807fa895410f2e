"""``{instance}/ODataV4/$metadata`` of the three published pages, in the shape of
Microsoft Learn, webservices/return-obtain-service-metadata-edmx-document (an EDMX
``Schema`` in namespace ``NAV``, each page an ``EntityType`` with its table's primary
key as ``<Key>``) and webservices/use-containments-associations (the lines subpage as
a ``NavigationProperty`` with ``ContainsTarget="true"``, keyed by document type,
document number and line number)."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

LINE_TYPE = "Service_Line_Type"
LINE_TYPES = ("_blank_", "Resource", "Item", "Menu", "Comment")

ORDER_PAGE = "WorkshopOrder"
LINES_PAGE = "WorkshopOrderLines"
VEHICLE_PAGE = "ServiceVehicle"
CUSTOMER_PAGE = "ServiceCustomer"

_S, _I, _D, _B = "Edm.String", "Edm.Int32", "Edm.Decimal", "Edm.Boolean"
_DATE, _DT = "Edm.Date", "Edm.DateTimeOffset"

# Page -> (key, {field: type}); the order of the fields is the page's.
PAGES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    ORDER_PAGE: (
        ("Document_Type", "No"),
        {
            "Document_Type": _S,
            "No": _S,
            "Work_Order_No": _S,
            "Appointment_Date_Time": _DT,
            "Created_Date_Time": _DT,
            "Planned_In": _DT,
            "Planned_Out": _DT,
            "Customer_Waiting": _B,
            "Vehicle_Arrived": _B,
            "Vehicle_Ready": _B,
            "Mileage": _I,
            "Mileage_Date": _DATE,
            "Cancelled": _B,
            "Currency_Code": _S,
            "License_No": _S,
            "Vehicle_No": _S,
            "Bill_to_Customer_No": _S,
            "Last_Modified_Date_Time": _DT,
        },
    ),
    LINES_PAGE: (
        ("Document_Type", "Document_No", "Line_No"),
        {
            "Document_Type": _S,
            "Document_No": _S,
            "Line_No": _I,
            "Job_No": _I,
            "Job_Title": _S,
            "Job_Description": _S,
            "Type": f"NAV.{LINE_TYPE}",
            "No": _S,
            "Description": _S,
            "Quantity": _D,
            "Unit_Price": _D,
            "Line_Discount_Percent": _D,
            "VAT_Percent": _D,
            "Line_Amount": _D,
        },
    ),
    VEHICLE_PAGE: (
        ("No",),
        {
            "No": _S,
            "License_No": _S,
            "VIN": _S,
            "Make_Code": _S,
            "Model": _S,
            "First_Registration_Date": _DATE,
            "Inspection_Due_Date": _DATE,
            "Warranty_Starting_Date": _DATE,
            "Warranty_Ending_Date": _DATE,
            "Driver_No": _S,
            "Owner_No": _S,
        },
    ),
    CUSTOMER_PAGE: (
        ("No",),
        {
            "No": _S,
            "Company_Name": _S,
            "First_Name": _S,
            "Surname": _S,
            "Address": _S,
            "Post_Code": _S,
            "City": _S,
            "Country_Region_Code": _S,
            "E_Mail": _S,
            "Phone_No": _S,
            "Mobile_Phone_No": _S,
            "Business_E_Mail": _S,
            "Business_Phone_No": _S,
            "Business_Mobile_No": _S,
            "Lease_Company": _B,
        },
    ),
}
PUBLISHED = (ORDER_PAGE, VEHICLE_PAGE, CUSTOMER_PAGE)


def _entity_type(page: str) -> str:
    key, fields = PAGES[page]
    refs = "".join(f"<PropertyRef Name={quoteattr(name)}/>" for name in key)
    props = "".join(
        f"<Property Name={quoteattr(name)} Type={quoteattr(edm)}"
        + (' Nullable="false"' if name in key else "")
        + "/>"
        for name, edm in fields.items()
    )
    nav = ""
    if page == ORDER_PAGE:
        nav = (
            f'<NavigationProperty Name="{LINES_PAGE}" Type="Collection(NAV.{LINES_PAGE})"'
            ' ContainsTarget="true">'
            '<ReferentialConstraint Property="No" ReferencedProperty="Document_No"/>'
            "</NavigationProperty>"
        )
    return f'<EntityType Name="{page}"><Key>{refs}</Key>{props}{nav}</EntityType>'


def edmx() -> bytes:
    members = "".join(
        f'<Member Name="{name}" Value="{value}"/>' for value, name in enumerate(LINE_TYPES)
    )
    sets = "".join(f'<EntitySet Name="{page}" EntityType="NAV.{page}"/>' for page in PUBLISHED)
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">'
        "<edmx:DataServices>"
        '<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="NAV">'
        f'<EnumType Name="{LINE_TYPE}">{members}</EnumType>'
        + "".join(_entity_type(page) for page in PAGES)
        + f'<EntityContainer Name="NAV">{sets}</EntityContainer>'
        "</Schema></edmx:DataServices></edmx:Edmx>"
    ).encode()
