"""Redis connection and the named RQ queues, built from the app's settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, current_app
from redis import Redis
from rq import Queue

QUEUE_NAMES = ("default", "mail", "screening")


def redis_connection(app: Flask | None = None) -> Redis:
    """The app's Redis client (one per app, created lazily)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    client = app.extensions.get("innovation_redis")
    if client is None:
        client = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=5)
        app.extensions["innovation_redis"] = client
    return client


def queue_name(name: str, app: Flask | None = None) -> str:
    """Full queue name: the deployment's prefix keeps test runs and tenants apart."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    if name not in QUEUE_NAMES:
        raise ValueError(f"unknown queue {name!r}")
    return f"{app.config['QUEUE_PREFIX']}:{name}"


def get_queue(name: str, app: Flask | None = None) -> Queue:
    """The named RQ queue."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    return Queue(queue_name(name, app), connection=redis_connection(app))


def all_queues(app: Flask | None = None) -> list[Queue]:
    """Every queue a worker should listen on, most urgent first."""
    return [get_queue(name, app) for name in ("mail", "screening", "default")]


def listening_workers(name: str, app: Flask | None = None) -> int:
    """How many workers listen on the named queue (on any machine sharing this Redis)."""
    from rq import Worker

    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    return len(Worker.all(connection=redis_connection(app), queue=get_queue(name, app)))


def enqueue(name: str, func: Callable[..., Any], *args: Any, **kwargs: Any) -> str | None:
    """Enqueue a job; return its id, or None when Redis is down (the caller keeps its row and retries)."""
    from redis.exceptions import RedisError

    try:
        job = get_queue(name).enqueue(func, *args, **kwargs)
    except RedisError:
        current_app.logger.warning("queue %s unavailable; job %s left for the sweeper", name, func.__name__)
        return None
    return job.id


def cancel_job(job_id: str, app: Flask | None = None) -> None:
    """Cancel a queued or waiting job (nothing when it is gone or Redis does not answer)."""
    from redis.exceptions import RedisError
    from rq.exceptions import InvalidJobOperation, NoSuchJobError
    from rq.job import Job

    try:
        Job.fetch(job_id, connection=redis_connection(app)).cancel()
    except (RedisError, NoSuchJobError, InvalidJobOperation):
        pass
