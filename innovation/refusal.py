"""The one way an operation says no: an exception carrying a reason code, which the view words for people."""

from __future__ import annotations


class ActionRefused(ValueError):
    """An operation refused to act; `reason` names why (a short code the view turns into a message)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
