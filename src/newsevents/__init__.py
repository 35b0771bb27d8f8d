"""newsevents: political event data from news articles, with evidence for every field.

The public API (imported lazily, so ``import newsevents.model`` stays cheap):

- `extract_text(text, **meta) -> Article` and `extract(...) -> list[Article]`: code texts;
- `extract_paths(paths) -> Iterator[Article | NewsEventsError]`: code files and folders;
- `records(article) -> list[dict]`: the export contract records of an article's events;
- `ingest(paths, db=...) -> IngestReport`: code and store into a DuckDB file;
- `open_store(path) -> Store`, `events_frame(db, **filters) -> DataFrame`,
  `stored_records(db, **filters) -> list[dict]`: read the database back;
- `relations_frame(db, period, **filters) -> DataFrame`: country pairs over time;
- `validate_record(record) -> list[str]`: check a record against the contract.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "extract": "newsevents.api",
    "extract_text": "newsevents.api",
    "extract_paths": "newsevents.api",
    "ingest": "newsevents.api",
    "open_store": "newsevents.api",
    "events_frame": "newsevents.api",
    "stored_records": "newsevents.api",
    "relations_frame": "newsevents.api",
    "EventFilter": "newsevents.store",
    "records": "newsevents.api",
    "IngestReport": "newsevents.api",
    "Skipped": "newsevents.api",
    "Store": "newsevents.store",
    "validate_record": "newsevents.export",
    "event_record": "newsevents.export",
    "write_records": "newsevents.export",
    "process": "newsevents.pipeline",
    "Article": "newsevents.model",
    "Event": "newsevents.model",
    "Mention": "newsevents.model",
    "NewsEventsError": "newsevents.errors",
    "InputError": "newsevents.errors",
    "ProcessingError": "newsevents.errors",
    "StoreError": "newsevents.errors",
    "ConfigError": "newsevents.errors",
}

__all__ = [
    "Article", "ConfigError", "Event", "EventFilter", "IngestReport", "InputError", "Mention",
    "NewsEventsError", "ProcessingError", "Skipped", "Store", "StoreError", "__version__",
    "event_record", "events_frame", "extract", "extract_paths", "extract_text", "ingest",
    "open_store", "process", "records", "relations_frame", "stored_records",
    "validate_record", "write_records",
]

if TYPE_CHECKING:
    from newsevents.api import (
        IngestReport,
        Skipped,
        events_frame,
        extract,
        extract_paths,
        extract_text,
        ingest,
        open_store,
        records,
        relations_frame,
        stored_records,
    )
    from newsevents.errors import (
        ConfigError,
        InputError,
        NewsEventsError,
        ProcessingError,
        StoreError,
    )
    from newsevents.export import event_record, validate_record, write_records
    from newsevents.model import Article, Event, Mention
    from newsevents.pipeline import process
    from newsevents.store import EventFilter, Store


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
