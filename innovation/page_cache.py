"""Public pages rendered once per version of their data, for visitors who are not signed in.

The board is what a deadline-hour crowd opens over and over; its HTML depends only on the data, the
language and the address, except for the CSRF token of the language switch, which is per visitor. So the
page is rendered with a placeholder where the token goes, kept under a key holding a version of the data
(any change to a challenge or a program makes a new key), and each visitor gets it with their own token
put in. Signed-in users, and visitors with a message waiting (a flash), always get a fresh render.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import g, request, session
from flask_babel import get_locale
from flask_login import current_user
from flask_wtf.csrf import generate_csrf

from innovation.extensions import cache

TOKEN_PLACEHOLDER = "csrf-token-placeholder-3f9d1c"


def csrf_token() -> str:
    """The template's `csrf_token()`: the visitor's token, or the placeholder while a cached page renders."""
    return TOKEN_PLACEHOLDER if g.get("rendering_shared_page") else generate_csrf()


def public_page(name: str, version: str, render: Callable[[], str]) -> str:
    """The page `render()` makes, from the cache when an anonymous visitor asks for a version seen before."""
    if current_user.is_authenticated or session.get("_flashes"):
        return render()
    key = f"page:{name}:{get_locale()}:{version}:{request.full_path}"
    html = cache.get(key)
    if html is None:
        g.rendering_shared_page = True
        try:
            html = render()
        finally:
            g.rendering_shared_page = False
        cache.set(key, html)
    return str(html).replace(TOKEN_PLACEHOLDER, generate_csrf())
