"""Spreadsheet cells that cannot run as formulas.

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read by spreadsheet programs as a
formula (CSV and XLSX alike), so such text is prefixed with an apostrophe and kept as text.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from flask_babel import gettext

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | Decimal | date | datetime | bool | None


def neutralize(value: Cell) -> Cell:
    """The value as a spreadsheet should hold it: numbers and dates as they are, risky text made inert."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_text(value: Cell) -> str:
    """The neutralized value as CSV text (dates in ISO form, yes or no in the reader's language, empty for
    None)."""
    value = neutralize(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
