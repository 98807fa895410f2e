"""Dates, amounts and distances written the way the chosen language writes them.

``QLocale()`` is the default locale that ``Translations.switch`` sets, so a
language switch changes these too. Money stays ``Decimal`` all the way: the
separators are swapped as text, never through a float.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from incadea_desk.domain.money import Money, to_cents

translate = QCoreApplication.translate


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _four_digit_year(pattern: str) -> str:
    """The locale's short pattern, but with the year in full (``29-10-2026``, not ``29-10-26``)."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def fmt_date(value: date | None) -> str:
    """A date in the locale's short form with a four-digit year; a dash when there is none."""
    if value is None:
        return "–"
    locale = QLocale()
    pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(_qdate(value), pattern)


def fmt_datetime(value: datetime | None) -> str:
    """A moment in local time, short form; a dash when there is none."""
    if value is None:
        return "–"
    local = value.astimezone()
    moment = QDateTime(
        _qdate(local.date()),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.systemTimeZone(),
    )
    locale = QLocale()
    pattern = _four_digit_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, pattern)


def fmt_time(value: datetime | None) -> str:
    """The local time of day of a moment (for "last run", "next run")."""
    if value is None:
        return "–"
    local = value.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")


def fmt_clock(value: datetime) -> str:
    """The local hour and minute of a moment ("as of 14:32")."""
    local = value.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def fmt_int(value: int) -> str:
    """A whole number with the locale's thousands separator."""
    grouped = f"{value:,}"
    return grouped.replace(",", QLocale().groupSeparator())


def fmt_km(value: int | None) -> str:
    """A distance in kilometres, e.g. ``45.210 km`` in Dutch."""
    if value is None:
        return translate("Formatting", "unknown")
    return translate("Formatting", "%1 km").replace("%1", fmt_int(value))


def fmt_decimal(value: Decimal, places: int | None = None) -> str:
    """A decimal with the locale's separators; trailing zeros dropped unless ``places``."""
    text = f"{value.normalize():,f}" if places is None else f"{value:,.{places}f}"
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def fmt_money(value: Money) -> str:
    """An amount with its currency, to the cent: ``€ 1.234,50`` in Dutch."""
    amount = fmt_decimal(to_cents(value.amount), 2)
    symbol = "€" if value.currency == "EUR" else value.currency
    return f"{symbol} {amount}"


def fmt_percent(value: Decimal) -> str:
    return f"{fmt_decimal(value)} %"


def fmt_bool(value: bool) -> str:
    return translate("Formatting", "yes") if value else translate("Formatting", "no")
