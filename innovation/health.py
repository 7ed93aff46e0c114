"""`GET /healthz`: is the database answering, is Redis answering."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from innovation.extensions import db, limiter
from innovation.queue import redis_connection

bp = Blueprint("health", __name__)


def database_status() -> str:
    """ "ok" when a trivial query succeeds, else "down"."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return "down"
    return "ok"


def redis_status() -> str:
    """ "ok" when Redis answers a PING, else "down"."""
    try:
        redis_connection().ping()
    except (RedisError, OSError):
        return "down"
    return "ok"


@bp.get("/healthz")
@limiter.exempt
def healthz() -> tuple[Response, int]:
    """200 while the database answers (Redis being down degrades, it does not take the site down)."""
    status = {"database": database_status(), "redis": redis_status()}
    return jsonify(status), 200 if status["database"] == "ok" else 503
