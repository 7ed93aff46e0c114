"""Dates as every reader of the platform reads them right: four-digit year, the centre's time zone shown."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta
from flask_babel import get_locale, get_timezone

# Vietnamese readers expect day/month/year. Judges from the United States (month first), Korea and Japan
# (year first) would misread "03/04/2026", so the English form spells the month out.
DATETIME_PATTERNS = {"vi": "dd/MM/yyyy HH:mm", "en": "d MMM yyyy, HH:mm"}
DATE_PATTERNS = {"vi": "dd/MM/yyyy", "en": "d MMM yyyy"}
MISSING = "—"


def _locale() -> Locale:
    return get_locale() or Locale("en")


def gmt_offset(moment: datetime, locale: Locale) -> str:
    """The moment's UTC offset in CLDR's short localized form: "GMT+7", "GMT+5:30", "GMT"."""
    offset = moment.utcoffset()
    total_minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    if total_minutes == 0:
        return locale.zone_formats["gmt"] % ""
    hours, minutes = divmod(abs(total_minutes), 60)
    sign = "+" if total_minutes > 0 else "-"
    return locale.zone_formats["gmt"] % (f"{sign}{hours}" + (f":{minutes:02d}" if minutes else ""))


def _in_local_zone(value: datetime) -> datetime:
    # The database hands back UTC; a naive value can only be UTC too.
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(get_timezone())


def local_datetime(value: datetime | None) -> str:
    """A moment in the configured time zone with its offset: "20/12/2026 18:56 (GMT+7)"."""
    if value is None:
        return MISSING
    locale = _locale()
    moment = _in_local_zone(value)
    pattern = DATETIME_PATTERNS.get(locale.language, DATETIME_PATTERNS["en"])
    return f"{format_datetime(moment, pattern, locale=locale)} ({gmt_offset(moment, locale)})"


def local_date(value: date | datetime | None) -> str:
    """A day with its four-digit year: "20/12/2026", "20 Dec 2026" (a moment's day in the configured zone)."""
    if value is None:
        return MISSING
    locale = _locale()
    day = _in_local_zone(value).date() if isinstance(value, datetime) else value
    return format_date(day, DATE_PATTERNS.get(locale.language, DATE_PATTERNS["en"]), locale=locale)


def local_to_utc(value: datetime) -> datetime:
    """A wall-clock time typed in the configured zone (naive), as an aware UTC moment."""
    # zoneinfo, not the pytz zone Babel hands out: replace(tzinfo=<pytz zone>) takes its 1906 offset (+7:07).
    return value.replace(tzinfo=ZoneInfo(str(get_timezone()))).astimezone(UTC)


def utc_to_local(value: datetime) -> datetime:
    """An aware moment as the wall-clock time of the configured zone (naive), for an input to show."""
    return _in_local_zone(value).replace(tzinfo=None)


def time_left(deadline: datetime | None, now: datetime | None = None) -> str:
    """How long until `deadline`, in words of the UI language ("in 3 weeks"), or that it has passed."""
    from flask_babel import gettext

    if deadline is None:
        return MISSING
    remaining = deadline - (now or datetime.now(UTC))
    if remaining.total_seconds() <= 0:
        return gettext("The deadline has passed.")
    return gettext("Closes %(when)s.", when=format_timedelta(remaining, add_direction=True, locale=_locale()))


def local_time(value: datetime | None) -> str:
    """A moment's time of day in the configured zone, 24-hour as both languages read it: "08:30"."""
    if value is None:
        return MISSING
    return format_datetime(_in_local_zone(value), "HH:mm", locale=_locale())
