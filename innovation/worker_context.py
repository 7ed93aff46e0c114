"""Running RQ jobs inside a Flask application context."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from flask import current_app, has_app_context

P = ParamSpec("P")
R = TypeVar("R")


def with_app_context(func: Callable[P, R]) -> Callable[P, R]:
    """Run a job in an app context of its own: from the worker's app, or one built from the environment."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if has_app_context():
            # A fresh context of the same app gives the job its own database session, closed after it.
            with current_app.app_context():
                return func(*args, **kwargs)
        from innovation import create_app

        with create_app().app_context():
            return func(*args, **kwargs)

    return wrapper
