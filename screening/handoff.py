"""What the jobs of a run prepared in parts hand each other: each part's prepared applications, in Redis.

A part job stores its part under the run's key (a retried part overwrites its own); the merging job takes
every part, and drops them once the results are stored. A run that never gets there leaves nothing for
long: the parts expire after ``KEEP_SECONDS``. The payload is pickled, as RQ pickles its jobs: it is read
only by this platform's own workers from this platform's own Redis.
"""

from __future__ import annotations

import pickle
from typing import Any

from flask import current_app

from innovation.queue import redis_connection

KEEP_SECONDS = 24 * 3600


class MissingPart(RuntimeError):
    """A part the merging job needs is not in Redis (expired, or Redis lost it)."""


def _key(run_id: int, part: int | str) -> str:
    return f"{current_app.config['QUEUE_PREFIX']}:screening-run:{run_id}:part:{part}"


def put_part(run_id: int, part: int, payload: dict[str, Any]) -> int:
    """Store one part; how many distinct parts of the run are stored now."""
    client = redis_connection()
    done = _key(run_id, "done")
    with client.pipeline() as pipe:
        pipe.set(_key(run_id, part), pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL), ex=KEEP_SECONDS)
        pipe.sadd(done, part)
        pipe.expire(done, KEEP_SECONDS)
        pipe.scard(done)
        return int(pipe.execute()[-1])


def take_parts(run_id: int, parts: int) -> list[dict[str, Any]]:
    """Every part of the run, in order; `MissingPart` if one is not there."""
    client = redis_connection()
    taken = []
    for part in range(parts):
        data = client.get(_key(run_id, part))
        if data is None:
            raise MissingPart(f"part {part + 1} of {parts} of the prepared applications is gone from Redis")
        taken.append(pickle.loads(data))  # noqa: S301 (written by this platform's workers, see above)
    return taken


def drop_parts(run_id: int, parts: int) -> None:
    """Forget the run's parts (its results are stored)."""
    redis_connection().delete(*[_key(run_id, part) for part in range(parts)], _key(run_id, "done"))
