"""Request hooks: security headers and template globals."""

from __future__ import annotations

from flask import Flask, Response, abort, request

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'"
)


def add_security_headers(response: Response, production: bool) -> Response:
    """Headers every response carries (CSP, no sniffing, no framing, HSTS in production)."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if production:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response


def register_request_hooks(app: Flask) -> None:
    """Attach the hooks, template globals and date filters to the app."""
    from flask_babel import get_locale

    from challenges.models import ChallengeState
    from innovation.countries import country_name
    from innovation.dates import local_date, local_datetime, local_time, time_left
    from innovation.formatting import budget_range, paragraphs
    from innovation.labels import (
        application_state_label,
        audit_action_label,
        audit_object_label,
        challenge_state_label,
        country_row,
        language_label,
        language_row,
        organization_kind_label,
        outcome_label,
        program_state_label,
        revenue_label,
        role_label,
        run_stage_label,
        run_state_label,
        sector_choices,
        sector_label,
        sector_row,
        stage_label,
        state_row,
    )
    from innovation.page_cache import csrf_token
    from innovation.programs.models import ProgramState
    from innovation.programs.timeline import effective_state
    from innovation.security import Role, programs_for, roles_of
    from screening.results import highlight

    production = app.config["ENV_NAME"] == "production"
    app.add_template_global(role_label)
    app.add_template_global(organization_kind_label)
    app.add_template_global(program_state_label)
    app.add_template_global(challenge_state_label)
    app.add_template_global(application_state_label)
    app.add_template_global(revenue_label)
    app.add_template_global(run_stage_label)
    app.add_template_global(run_state_label)
    app.add_template_global(outcome_label)
    app.add_template_global(audit_action_label)
    app.add_template_global(audit_object_label)
    app.add_template_global(highlight)
    app.add_template_global(sector_label)
    app.add_template_global(stage_label)
    app.add_template_global(language_label)
    app.add_template_global(effective_state, "program_state")
    app.add_template_global(budget_range)
    app.add_template_global(sector_choices)
    app.add_template_global(programs_for)
    app.add_template_filter(paragraphs)
    for row_filter in (state_row, sector_row, language_row, country_row):
        app.add_template_filter(row_filter)
    app.add_template_filter(time_left)
    app.add_template_filter(country_name)
    app.add_template_filter(stage_label)
    app.add_template_filter(sector_label)
    app.add_template_filter(language_label)
    app.add_template_filter(local_datetime)
    app.add_template_filter(local_date)
    app.add_template_filter(local_time)

    @app.before_request
    def _refuse_nul_characters() -> None:
        # No text a person types holds NUL, and PostgreSQL refuses to store it: a 400 here, not a 500 later.
        values = [request.path, *request.args.values()]
        if request.method == "POST":
            values.extend(request.form.values())
        if any("\x00" in value for value in values):
            abort(400)

    @app.after_request
    def _security_headers(response: Response) -> Response:
        if request.endpoint != "static":
            # Every page carries personal data or a session-bound CSRF token: no browser or proxy keeps one.
            response.headers.setdefault("Cache-Control", "no-store")
        return add_security_headers(response, production)

    @app.context_processor
    def _template_globals() -> dict[str, object]:
        from flask_login import current_user

        return {
            "current_locale": str(get_locale()),
            "available_locales": app.config["LANGUAGES"],
            "user_roles": roles_of(current_user) if current_user else set(),
            "Role": Role,
            "ProgramState": ProgramState,
            # Replaces Flask-WTF's: shared pages render the token as a placeholder (innovation/page_cache.py).
            "csrf_token": csrf_token,
            "ChallengeState": ChallengeState,
        }
