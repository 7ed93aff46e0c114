"""Countries as ISO 3166-1 alpha-2 codes, named in the UI language (from Babel's CLDR data)."""

from __future__ import annotations

from babel import Locale
from flask_babel import get_locale
from wtforms import SelectChoice

# The centre's partner countries come first in every list.
PARTNER_COUNTRIES = ("VN", "KR", "JP", "US", "FI")


def country_names(locale: Locale | None = None) -> dict[str, str]:
    """ISO code -> country name in `locale` (the current UI language by default)."""
    locale = locale or get_locale() or Locale("en")
    return {code: name for code, name in locale.territories.items() if len(code) == 2 and code.isalpha()}


def country_choices() -> list[SelectChoice]:
    """(code, name) pairs for a select: partner countries first, then the rest by name."""
    names = country_names()
    partners = [(code, names[code]) for code in PARTNER_COUNTRIES]
    others = sorted(
        ((code, name) for code, name in names.items() if code not in PARTNER_COUNTRIES),
        key=lambda item: item[1],
    )
    return [SelectChoice(code, name) for code, name in partners + others]


def is_country_code(code: str) -> bool:
    """True for a known ISO 3166-1 alpha-2 code."""
    return code.upper() in country_names(Locale("en"))
