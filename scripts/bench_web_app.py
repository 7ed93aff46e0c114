"""The app `make bench-web` serves: the platform itself plus one bare route, the ceiling to compare against.

The ceiling route does what every page does at least (one PostgreSQL read) and nothing else, served by the
same gunicorn, the same workers and the same database as the board.
"""

from __future__ import annotations

from sqlalchemy import text

from innovation import create_app
from innovation.extensions import db

app = create_app()


@app.get("/bench/ceiling")
def ceiling() -> str:
    """One read from PostgreSQL, a few bytes back."""
    return str(db.session.execute(text("SELECT count(*) FROM programs")).scalar_one())
