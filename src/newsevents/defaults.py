"""Defaults shared by the library and the CLI, in a module that imports nothing heavy.

The CLI reads them at start-up to build its options; keeping them here (not in `api` or
`store`) lets `newsevents --help` start without importing DuckDB, pandas or spaCy.
"""

DEFAULT_DB = "newsevents.duckdb"  # the event database when none is named
DEFAULT_MAX_BYTES = 5_000_000  # larger inputs are skipped as too_large
DEFAULT_BATCH = 50  # articles per transaction; small enough that writing overlaps processing
