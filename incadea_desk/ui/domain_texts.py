"""The sentences of the domain's data-quality warnings, marked for translation.

The domain speaks English and knows no Qt; the window shows its warnings
through ``QCoreApplication.translate("DataWarning", message)``. Listing them
here lets ``pyside6-lupdate`` collect them into the catalogues. A sentence
the domain adds later shows in English until it is listed and translated;
``tests/gui/test_gui_translations.py`` points out which.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DATA_WARNINGS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("DataWarning", "The private telephone number is not a valid phone number."),
    QT_TRANSLATE_NOOP(
        "DataWarning", "The private telephone number is not in international format."
    ),
    QT_TRANSLATE_NOOP("DataWarning", "The private mobile number is not a valid phone number."),
    QT_TRANSLATE_NOOP("DataWarning", "The private mobile number is not in international format."),
    QT_TRANSLATE_NOOP("DataWarning", "The business telephone number is not a valid phone number."),
    QT_TRANSLATE_NOOP(
        "DataWarning", "The business telephone number is not in international format."
    ),
    QT_TRANSLATE_NOOP("DataWarning", "The business mobile number is not a valid phone number."),
    QT_TRANSLATE_NOOP("DataWarning", "The business mobile number is not in international format."),
    QT_TRANSLATE_NOOP(
        "DataWarning",
        "The private mobile number is not a mobile number, so the check-in SMS cannot reach it.",
    ),
    QT_TRANSLATE_NOOP(
        "DataWarning",
        "The business mobile number is not a mobile number, so the check-in SMS cannot reach it.",
    ),
    QT_TRANSLATE_NOOP("DataWarning", "The private e-mail address is not a valid e-mail address."),
    QT_TRANSLATE_NOOP("DataWarning", "The business e-mail address is not a valid e-mail address."),
    QT_TRANSLATE_NOOP("DataWarning", "The postcode is not a valid Dutch postcode."),
    QT_TRANSLATE_NOOP("DataWarning", "The postcode is not written in the usual Dutch form."),
    QT_TRANSLATE_NOOP("DataWarning", "The registration number in the DMS is not a valid plate."),
    QT_TRANSLATE_NOOP("DataWarning", "The VIN in the DMS is not a valid VIN."),
    QT_TRANSLATE_NOOP(
        "DataWarning",
        "The VIN's check digit does not match; check the VIN if this car was built for North America.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "DataWarning",
        "The customer has no valid mobile number, so the check-in SMS cannot reach them.",
    ),
)
