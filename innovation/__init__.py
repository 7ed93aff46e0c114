"""The application core: `create_app()` builds the platform's Flask app."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from flask import Flask

from innovation.settings import load_settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(config: Mapping[str, object] | None = None) -> Flask:
    """Build the app from environment settings, then apply `config` (tests pass their own)."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder="static",
    )
    settings = load_settings(Path(app.instance_path))
    app.config.from_mapping(settings.as_flask_config())
    if config is not None:
        app.config.from_mapping(config)
    configure_wsgi(app)
    register_extensions(app)
    register_guards()
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    from innovation.web import register_request_hooks

    register_request_hooks(app)
    return app


def configure_wsgi(app: Flask) -> None:
    """Trust `TRUSTED_PROXIES` reverse proxies for the client's address and scheme; bound ids in URLs."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from innovation.converters import IdConverter

    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)  # type: ignore[method-assign]
    app.url_map.converters["int"] = IdConverter


def register_extensions(app: Flask) -> None:
    """Bind the unbound extensions of `innovation.extensions` to this app."""
    from innovation import models  # noqa: F401  (every model registered before migrations look)
    from innovation.extensions import babel, cache, csrf, db, limiter, login_manager, migrate
    from innovation.i18n import select_locale, select_timezone

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone)
    limiter.init_app(app)
    cache.init_app(app)
    login_manager.init_app(app)
    from innovation.auth.sessions import configure_login

    configure_login(login_manager)


def register_guards() -> None:
    """Rules every database session keeps: the audit log is append-only, an archived program read-only."""
    from innovation.audit import guard
    from innovation.programs import archive

    guard.install()
    archive.install()


def register_blueprints(app: Flask) -> None:
    """Mount every feature's blueprint."""
    from challenges.applications.views import bp as applications_bp
    from challenges.startups.views import bp as startups_bp
    from challenges.views import bp as challenges_bp
    from innovation.account.views import bp as account_bp
    from innovation.admin.views import bp as admin_bp
    from innovation.audit.views import bp as audit_bp
    from innovation.auth.views import bp as auth_bp
    from innovation.decisions.views import bp as decisions_bp
    from innovation.exports.views import bp as exports_bp
    from innovation.health import bp as health_bp
    from innovation.invitations.views import bp as invitations_bp
    from innovation.judging.views import bp as judging_bp
    from innovation.main.views import bp as main_bp
    from innovation.pitchday.views import bp as pitchday_bp
    from innovation.programs.views import bp as programs_bp
    from screening.views import bp as screening_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(health_bp)
    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(account_bp, url_prefix="/account")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    app.register_blueprint(programs_bp, url_prefix="/programs")
    app.register_blueprint(invitations_bp)
    app.register_blueprint(challenges_bp)
    app.register_blueprint(startups_bp)
    app.register_blueprint(applications_bp)
    app.register_blueprint(screening_bp)
    app.register_blueprint(judging_bp)
    app.register_blueprint(decisions_bp)
    app.register_blueprint(exports_bp)
    app.register_blueprint(pitchday_bp)
    app.register_blueprint(audit_bp)


def register_errorhandlers(app: Flask) -> None:
    """Friendly error pages in the user's language; never a stack trace."""
    from innovation.errors import register_error_pages

    register_error_pages(app)


def register_commands(app: Flask) -> None:
    """Add the platform's `flask` CLI commands."""
    from innovation.commands import register_cli

    register_cli(app)
