"""Countries as ISO 3166-1 alpha-2 codes, named in the UI language (from Babel's CLDR data)."""

from __future__ import annotations

import pycountry
from babel import Locale
from flask_babel import get_locale
from wtforms import SelectChoice

from innovation.collation import sort_key

# Babel's territories also hold regions and pseudo-territories ("Eurozone", "Pseudo-Accents"): the list of
# real countries comes from ISO 3166-1 itself.
COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries)
# The centre's partner countries come first in every list.
PARTNER_COUNTRIES = ("VN", "KR", "JP", "US", "FI")


def country_names(locale: Locale | None = None) -> dict[str, str]:
    """ISO code -> country name in `locale` (the current UI language by default)."""
    locale = locale or get_locale() or Locale("en")
    return {
        code: locale.territories.get(code) or pycountry.countries.get(alpha_2=code).name
        for code in COUNTRY_CODES
    }


def country_choices() -> list[SelectChoice]:
    """(code, name) pairs for a select: partner countries first, then the rest in the UI language's order."""
    locale = get_locale() or Locale("en")
    names = country_names(locale)
    others = sorted(
        (code for code in names if code not in PARTNER_COUNTRIES),
        key=lambda code: sort_key(names[code], locale),
    )
    return [SelectChoice(code, names[code]) for code in (*PARTNER_COUNTRIES, *others)]


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code of a real country."""
    return code.upper() in COUNTRY_CODES


def country_name(code: str) -> str:
    """A country's name in the UI language (the code itself when unknown)."""
    locale = get_locale() or Locale("en")
    return str(locale.territories.get(code.upper(), code)) if code else ""
