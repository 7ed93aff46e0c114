"""Error pages (400, 403, 404, 405, 409, 410, 413, 429, 500) rendered in the user's language."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask.globals import request_ctx
from flask_babel import LazyString
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

# code -> (title, what the user can do about it)
ERROR_TEXTS: dict[int, tuple[LazyString, LazyString]] = {
    400: (_l("Bad request"), _l("The request could not be understood. Please go back and try again.")),
    403: (_l("Not allowed"), _l("Your account does not have access to this page.")),
    404: (_l("Page not found"), _l("This page does not exist, or you do not have access to it.")),
    405: (_l("Not allowed"), _l("This page cannot be used that way.")),
    409: (_l("Not possible now"), _l("This cannot be done in the state things are in now.")),
    410: (_l("No longer available"), _l("This link has been used or has expired.")),
    413: (
        _l("File too large"),
        _l("The file is larger than the platform accepts. Please send a smaller one."),
    ),
    429: (
        _l("Too many attempts"),
        _l("Too many attempts in a short time. Please wait a minute and try again."),
    ),
    500: (
        _l("Something went wrong"),
        _l("An error on our side stopped this page. Nothing you saved is lost."),
    ),
}
FALLBACK_TEXT = (_l("Something went wrong"), _l("Please go back and try again."))


def render_error(code: int, description: str = "") -> tuple[str, int]:
    """The page for an HTTP error code, in the user's language."""
    title, default_description = ERROR_TEXTS.get(code, FALLBACK_TEXT)
    page = render_template(
        "errors/error.html", code=code, title=title, description=description or default_description
    )
    return page, code


def register_error_pages(app: Flask) -> None:
    """Route every HTTP error to its page, and JSON clients to a JSON body."""

    @app.errorhandler(CSRFError)
    def _csrf_error(error: CSRFError) -> tuple[str, int]:
        from flask_babel import gettext

        return render_error(
            400,
            gettext(
                "The form expired or was sent without its security token. "
                "Please go back, reload the page and try again."
            ),
        )

    from innovation.programs.archive import ProgramArchived

    @app.errorhandler(ProgramArchived)
    def _archived(error: ProgramArchived) -> tuple[str, int]:
        from flask_babel import gettext

        from innovation.extensions import db

        db.session.rollback()
        return render_error(
            409, gettext("This program is archived: everything stays readable, nothing can change.")
        )

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> object:
        if error.code is None or error.code < 400:
            return error
        if request_ctx.url_adapter is None:
            # An untrusted Host header: nothing can be routed or linked, so no page that links anywhere.
            return f"{error.code} {error.name}", error.code, {"Content-Type": "text/plain; charset=utf-8"}
        if request.accept_mimetypes.best == "application/json":
            return {"error": error.name, "status": error.code}, error.code
        return render_error(error.code)

    @app.errorhandler(Exception)
    def _unhandled(error: Exception) -> tuple[str, int]:
        app.logger.exception("unhandled error on %s", request.path)
        from innovation.extensions import db

        db.session.rollback()
        return render_error(InternalServerError.code)
