"""Small presentation helpers for templates: paragraphs of typed text, amounts of money."""

from __future__ import annotations

from babel.numbers import format_decimal
from flask_babel import get_locale, gettext
from markupsafe import Markup, escape


def paragraphs(text: str | None) -> Markup:
    """Typed text as HTML paragraphs: blank lines split paragraphs, single newlines become line breaks."""
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    return Markup("").join(
        Markup("<p>") + Markup("<br>").join(escape(line) for line in block.split("\n")) + Markup("</p>")
        for block in blocks
    )


def vnd(amount: int) -> str:
    """An amount of Vietnamese dong with the UI language's digit grouping: "800.000.000 ₫"."""
    return f"{format_decimal(amount, locale=get_locale())} ₫"


def budget_range(low: int | None, high: int | None) -> str:
    """A budget range in VND, open at either end."""
    if low and high:
        return f"{vnd(low)} – {vnd(high)}"
    if high:
        return gettext("up to %(amount)s", amount=vnd(high))
    if low:
        return gettext("from %(amount)s", amount=vnd(low))
    return ""
