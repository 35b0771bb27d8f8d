"""The project's small exception hierarchy.

Foreign exceptions (lxml, duckdb, spaCy, OS errors) are translated into these
at the boundary with ``raise ... from exc`` so callers handle one family.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class InputError(NewsEventsError):
    """One input document cannot be read; the batch goes on without it.

    `reason` is a short machine-readable tag (``binary``, ``empty``, ``too_large``,
    ``encoding``, ``unreadable``, ``malformed``, ``unsupported``) stored with skipped
    files and shown by ``newsevents stats``.
    """

    def __init__(self, path: str | None, reason: str, detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        where = path or "<input>"
        super().__init__(f"{where}: {reason}" + (f" ({detail})" if detail else ""))


class ProcessingError(NewsEventsError):
    """A stage failed on one document (a bug or an unexpected input shape)."""

    def __init__(self, path: str | None, stage: str, detail: str) -> None:
        self.path = path
        self.reason = f"stage_failed:{stage}"
        self.stage = stage
        self.detail = detail
        super().__init__(f"{path or '<input>'}: {stage} failed ({detail})")


class StoreError(NewsEventsError):
    """The event database cannot be opened, migrated or written."""


class ConfigError(NewsEventsError):
    """A data file, model or option is missing or invalid."""
