"""URL converters: ids in paths are bounded so that an absurd number is a 404, not a database overflow."""

from __future__ import annotations

from typing import Any

from werkzeug.routing import IntegerConverter, Map

# The largest id any supported database stores (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class IdConverter(IntegerConverter):
    """`<int:...>` with an upper bound: `/admin/users/99999999999999999999999/active` does not match."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
