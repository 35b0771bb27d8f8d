"""Coded events -> the public record contract (``newsevents.event/1``) and its writers.

`event_record` builds one contract record (see ``docs/event-schema.md`` in the shared
docs) from an in-memory `Article`; `record_from_row` builds the same record from a
stored events row, so exporting from memory or from the database gives identical
records. `validate_record` checks a record field by field. Writers: JSON Lines,
CSV (GDELT 2.0 event column names first, then every contract field flattened) and
Parquet (nested columns).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsevents.ids import event_id
from newsevents.model import PLOVER_TYPES, Article, Event, Mention

if TYPE_CHECKING:
    from newsevents.store import Store

SCHEMA = "newsevents.event/1"
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
ACTOR_KEYS: tuple[str, ...] = ("text", "country", "sector", "code", "name", "start", "end")

Record = dict[str, Any]


# -- building records ----------------------------------------------------------
def event_record(article: Article, event: Event) -> Record:
    """The contract record of one event of a processed article."""
    text = article.text
    sentence = article.sentences[event.sentence]
    attribution = event.attribution
    record: Record = {
        "schema": SCHEMA,
        "id": event_id(article, event),
        "article_id": article.id,
        "article_path": article.path,
        "article_url": article.url,
        "outlet": article.outlet,
        "language": _language(article.language),
        "published": _iso(article.published),
        "published_source": article.published_source,
        "sentence": text[sentence.start : sentence.end],
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "trigger": text[event.trigger.start : event.trigger.end],
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "source": _actor(text, event.source),
        "target": _actor(text, event.target),
        "event_type": event.event_type,
        "event_mode": event.event_mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "quad_class": int(event.quad_class),
        "goldstein": float(event.goldstein),
        "negated": bool(event.negated),
        "modality": event.modality,
        "event_date": _iso(event.date.value),
        "date_precision": event.date.precision,
        "date_basis": event.date.basis,
        "event_date_end": _iso(event.date.end),
        "date_text": event.date.evidence.text(text) if event.date.evidence else None,
        "date_start": event.date.evidence.start if event.date.evidence else None,
        "date_end": event.date.evidence.end if event.date.evidence else None,
        "location": _location(event),
        "quantities": [
            {"kind": q.kind, "value": _float(q.value), "unit": q.unit,
             "text": text[q.start : q.end], "start": q.start, "end": q.end}
            for q in event.quantities
        ],
        "attribution": None if attribution is None else {
            "speaker": attribution.speaker.text(text) if attribution.speaker else None,
            "outlet": attribution.outlet,
            "speaker_start": attribution.speaker.start if attribution.speaker else None,
            "speaker_end": attribution.speaker.end if attribution.speaker else None,
        },
        "confidence": float(event.confidence),
        "coder": event.coder,
    }
    return record


def records(article: Article) -> list[Record]:
    """The contract records of every event of `article`, one per distinct event id."""
    seen: set[str] = set()
    out = []
    for event in article.events:
        record = event_record(article, event)
        if record["id"] not in seen:  # the same evidence coded twice is one event
            seen.add(record["id"])
            out.append(record)
    return out


def record_from_row(row: dict[str, Any]) -> Record:
    """The contract record of one stored events row (`Store.event_rows`)."""
    record: Record = {"schema": SCHEMA}
    for key in RECORD_KEYS[1:]:
        if key in ("source", "target"):
            record[key] = _actor_from_row(row, key)
        elif key in ("published", "event_date", "event_date_end"):
            record[key] = _iso(row.get(key))
        elif key == "language":
            record[key] = _language(row.get(key))
        elif key == "article_url":
            record[key] = row.get("url")
        elif key in ("context", "quantities"):
            record[key] = list(row.get(key) or [])
        else:
            record[key] = row.get(key)
    return record


def store_records(store: Store, **filters: Any) -> Iterator[Record]:
    """Contract records of the events stored in `store` (filters as `Store.events`)."""
    for row in store.event_rows(**filters):
        yield record_from_row(row)


def _actor(text: str, mention: Mention | None) -> dict[str, Any] | None:
    """An actor object: the mention's words, codes and offsets."""
    if mention is None:
        return None
    return {
        "text": text[mention.start : mention.end], "country": mention.country,
        "sector": mention.sector, "code": mention.code, "name": mention.name,
        "start": mention.start, "end": mention.end,
    }


def _actor_from_row(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    """Rebuild an actor object from the flattened ``source_*``/``target_*`` columns."""
    values = {k: row.get(f"{side}_{k}") for k in ACTOR_KEYS}
    if values["code"] is None and values["start"] is None:
        return None
    return values


def _location(event: Event) -> dict[str, Any] | None:
    """The location object ({name, country, lat, lon} plus its offsets)."""
    loc = event.location
    if loc is None:
        return None
    return {"name": loc.name, "country": loc.country, "lat": _float(loc.lat),
            "lon": _float(loc.lon), "start": loc.start, "end": loc.end}


def _iso(value: date | str | None) -> str | None:
    """ISO date string of a date (or None)."""
    if value is None:
        return None
    return value if isinstance(value, str) else value.isoformat()[:10]


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _language(value: str | None) -> str:
    """The record's language: the article's, or ``other`` when unknown."""
    return value or "other"


RECORD_KEYS: tuple[str, ...] = (
    "schema", "id", "article_id", "article_path", "article_url", "outlet", "language",
    "published", "published_source", "sentence", "sentence_start", "sentence_end", "trigger",
    "trigger_start", "trigger_end", "source", "target", "event_type", "event_mode", "context",
    "cameo", "quad_class", "goldstein", "negated", "modality", "event_date", "date_precision",
    "date_basis", "event_date_end", "date_text", "date_start", "date_end", "location",
    "quantities", "attribution", "confidence", "coder",
)


# -- validation ------------------------------------------------------------------
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STR_OR_NONE = (str, type(None))
_NUM = (int, float)
_CHOICES: dict[str, tuple[str, ...]] = {
    "published_source": ("metadata", "text", "inferred", "unknown"),
    "modality": ("asserted", "intended", "hypothetical", "reported"),
    "date_precision": ("day", "month", "year", "unknown"),
    "date_basis": ("explicit", "relative", "publication"),
    "event_type": PLOVER_TYPES,
}
_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,), "article_id": (str,), "article_path": _STR_OR_NONE, "outlet": _STR_OR_NONE,
    "language": (str,), "published": _STR_OR_NONE, "sentence": (str,), "trigger": (str,),
    "sentence_start": (int,), "sentence_end": (int,), "event_mode": _STR_OR_NONE,
    "context": (list,), "cameo": _STR_OR_NONE, "quad_class": (int,), "goldstein": _NUM,
    "negated": (bool,), "event_date": _STR_OR_NONE, "quantities": (list,),
    "confidence": _NUM, "coder": (str,), "published_source": (str,), "modality": (str,),
    "date_precision": (str,), "date_basis": (str,), "event_type": (str,),
}


def validate_record(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the ``newsevents.event/1`` contract (empty when valid)."""
    problems: list[str] = []
    if record.get("schema") != SCHEMA:
        problems.append(f"schema: expected {SCHEMA!r}, got {record.get('schema')!r}")
    for key, types in _TYPES.items():
        problems += _check_type(record, key, types)
    for key, choices in _CHOICES.items():
        if isinstance(record.get(key), str) and record[key] not in choices:
            problems.append(f"{key}: {record[key]!r} is not one of {', '.join(choices)}")
    problems += _check_ranges(record)
    problems += _check_dates(record)
    problems += _check_offsets(record)
    for side in ("source", "target"):
        problems += _check_actor(record, side)
    problems += _check_location(record.get("location"))
    problems += _check_quantities(record.get("quantities"))
    problems += _check_attribution(record)
    return problems


def _check_type(record: dict[str, Any], key: str, types: tuple[type, ...]) -> list[str]:
    """A missing key, or a value of the wrong type (bool is not accepted as a number)."""
    if key not in record:
        return [f"{key}: missing"]
    value = record[key]
    if isinstance(value, bool) and bool not in types:
        return [f"{key}: expected {_names(types)}, got bool"]
    if not isinstance(value, types):
        return [f"{key}: expected {_names(types)}, got {type(value).__name__}"]
    return []


def _names(types: tuple[type, ...]) -> str:
    return " or ".join("null" if t is type(None) else t.__name__ for t in types)


def _check_ranges(record: dict[str, Any]) -> list[str]:
    """Quad class 1-4, Goldstein -10..10, confidence 0..1, context of strings."""
    out = []
    if isinstance(record.get("quad_class"), int) and record["quad_class"] not in (1, 2, 3, 4):
        out.append(f"quad_class: {record['quad_class']} is not 1-4")
    goldstein = record.get("goldstein")
    if isinstance(goldstein, _NUM) and not -10 <= goldstein <= 10:
        out.append(f"goldstein: {goldstein} is outside -10..10")
    confidence = record.get("confidence")
    if isinstance(confidence, _NUM) and not 0 <= confidence <= 1:
        out.append(f"confidence: {confidence} is outside 0..1")
    context = record.get("context")
    if isinstance(context, list) and not all(isinstance(c, str) for c in context):
        out.append("context: every item must be a string")
    return out


def _check_dates(record: dict[str, Any]) -> list[str]:
    """ISO dates that parse."""
    out = []
    for key in ("published", "event_date", "event_date_end"):
        value = record.get(key)
        if isinstance(value, str):
            try:
                ok = bool(_ISO_DATE.match(value)) and bool(date.fromisoformat(value))
            except ValueError:
                ok = False
            if not ok:
                out.append(f"{key}: {value!r} is not an ISO date (YYYY-MM-DD)")
    return out


def _check_offsets(record: dict[str, Any]) -> list[str]:
    """The sentence offsets agree with the sentence text."""
    start, end, text = (record.get(k) for k in ("sentence_start", "sentence_end", "sentence"))
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
        return []
    if start < 0 or end < start:
        return [f"sentence offsets: bad range {start}..{end}"]
    if end - start != len(text):
        return [f"sentence offsets: {start}..{end} do not match a {len(text)}-char sentence"]
    return []


def _check_actor(record: dict[str, Any], side: str) -> list[str]:
    """An actor object (or null) with its required fields and types."""
    if side not in record:
        return [f"{side}: missing"]
    actor = record[side]
    if actor is None:
        return []
    if not isinstance(actor, dict):
        return [f"{side}: expected object or null, got {type(actor).__name__}"]
    types: dict[str, tuple[type, ...]] = {
        "text": (str,), "country": _STR_OR_NONE, "sector": _STR_OR_NONE, "code": (str,),
        "name": _STR_OR_NONE, "start": (int,), "end": (int,),
    }
    out = [f"{side}.{p}" for k, t in types.items() for p in _check_type(actor, k, t)]
    country = actor.get("country")
    if isinstance(country, str) and not re.fullmatch(r"[A-Z]{3}", country):
        out.append(f"{side}.country: {country!r} is not an ISO 3166 alpha-3 code")
    start, end = actor.get("start"), actor.get("end")
    if isinstance(start, int) and isinstance(end, int) and not 0 <= start <= end:
        out.append(f"{side}: bad offsets {start}..{end}")
    return out


def _check_location(location: Any) -> list[str]:
    """A location object (or null): name, country, lat, lon."""
    if location is None:
        return []
    if not isinstance(location, dict):
        return [f"location: expected object or null, got {type(location).__name__}"]
    types: dict[str, tuple[type, ...]] = {
        "name": (str,), "country": _STR_OR_NONE, "lat": (int, float, type(None)),
        "lon": (int, float, type(None)),
    }
    return [f"location.{p}" for k, t in types.items() for p in _check_type(location, k, t)]


def _check_quantities(quantities: Any) -> list[str]:
    """Each quantity: kind in money|count|weapon|troops, value, unit, text."""
    if not isinstance(quantities, list):
        return []
    out = []
    types: dict[str, tuple[type, ...]] = {
        "kind": (str,), "value": (int, float, type(None)), "unit": _STR_OR_NONE, "text": (str,),
    }
    for i, q in enumerate(quantities):
        if not isinstance(q, dict):
            out.append(f"quantities[{i}]: expected object")
            continue
        out += [f"quantities[{i}].{p}" for k, t in types.items() for p in _check_type(q, k, t)]
        if q.get("kind") not in ("money", "count", "weapon", "troops"):
            out.append(f"quantities[{i}].kind: {q.get('kind')!r} is not a quantity kind")
    return out


def _check_attribution(record: dict[str, Any]) -> list[str]:
    """An attribution object (or null): speaker and outlet, each a string or null."""
    if "attribution" not in record:
        return ["attribution: missing"]
    value = record["attribution"]
    if value is None:
        return []
    if not isinstance(value, dict):
        return [f"attribution: expected object or null, got {type(value).__name__}"]
    return [f"attribution.{p}" for k in ("speaker", "outlet")
            for p in _check_type(value, k, _STR_OR_NONE)]


# -- CSV with GDELT 2.0 column names ----------------------------------------------
def _actor_get(side: str, key: str) -> Callable[[Record], Any]:
    def get(record: Record) -> Any:
        actor = record.get(side) or {}
        return actor.get(key)

    return get


def _actor_name(side: str) -> Callable[[Record], Any]:
    def get(record: Record) -> Any:
        actor = record.get(side) or {}
        return actor.get("name") or actor.get("text")

    return get


def _date_part(width: int) -> Callable[[Record], Any]:
    """YYYYMMDD (8), YYYYMM (6) or YYYY (4) of the event date, as GDELT writes it."""
    def get(record: Record) -> Any:
        value = record.get("event_date")
        return int(value.replace("-", "")[:width]) if value else None

    return get


def _fraction_date(record: Record) -> float | None:
    """The event date as a fractional year (GDELT's FractionDate)."""
    value = record.get("event_date")
    if not value:
        return None
    day = date.fromisoformat(value)
    return round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4)


def _cameo_prefix(width: int) -> Callable[[Record], Any]:
    def get(record: Record) -> Any:
        code = record.get("cameo")
        return code[:width] if code else None

    return get


def _location_get(key: str) -> Callable[[Record], Any]:
    def get(record: Record) -> Any:
        return (record.get("location") or {}).get(key)

    return get


# GDELT 2.0 event-table columns we can fill, in GDELT's order. Country codes are
# ISO 3166 alpha-3 (GDELT's ActionGeo_CountryCode uses FIPS 10-4: documented).
GDELT_COLUMNS: tuple[tuple[str, Callable[[Record], Any]], ...] = (
    ("GLOBALEVENTID", lambda r: r["id"]),
    ("SQLDATE", _date_part(8)),
    ("MonthYear", _date_part(6)),
    ("Year", _date_part(4)),
    ("FractionDate", _fraction_date),
    ("Actor1Code", _actor_get("source", "code")),
    ("Actor1Name", _actor_name("source")),
    ("Actor1CountryCode", _actor_get("source", "country")),
    ("Actor1Type1Code", _actor_get("source", "sector")),
    ("Actor2Code", _actor_get("target", "code")),
    ("Actor2Name", _actor_name("target")),
    ("Actor2CountryCode", _actor_get("target", "country")),
    ("Actor2Type1Code", _actor_get("target", "sector")),
    ("EventCode", lambda r: r.get("cameo")),
    ("EventBaseCode", _cameo_prefix(3)),
    ("EventRootCode", _cameo_prefix(2)),
    ("QuadClass", lambda r: r.get("quad_class")),
    ("GoldsteinScale", lambda r: r.get("goldstein")),
    ("ActionGeo_FullName", _location_get("name")),
    ("ActionGeo_CountryCode", _location_get("country")),
    ("ActionGeo_Lat", _location_get("lat")),
    ("ActionGeo_Long", _location_get("lon")),
    ("SOURCEURL", lambda r: r.get("article_url") or r.get("article_path")),
)


def flat_record(record: Record) -> dict[str, Any]:
    """One CSV row: the GDELT columns, then every contract field flattened.

    Actor objects become ``source_text``, ``source_code``...; lists and other
    objects become JSON text; booleans are written ``true``/``false``.
    """
    row: dict[str, Any] = {name: get(record) for name, get in GDELT_COLUMNS}
    for key in RECORD_KEYS:
        value = record.get(key)
        if key in ("source", "target"):
            for f in ACTOR_KEYS:
                row[f"{key}_{f}"] = (value or {}).get(f)
        elif key == "context":
            row[key] = ";".join(value or [])
        elif isinstance(value, dict | list):
            row[key] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            row[key] = "true" if value else "false"
        else:
            row[key] = value
    return row


def csv_columns() -> list[str]:
    """The CSV header: GDELT names first, then our flattened contract fields."""
    return list(flat_record(_EMPTY_RECORD).keys())


_EMPTY_RECORD: Record = {k: None for k in RECORD_KEYS}


# -- writers ---------------------------------------------------------------------
def write_jsonl(recs: Iterable[Record], out: IO[str]) -> int:
    """Write one JSON object per line; returns how many were written."""
    n = 0
    for record in recs:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(recs: Iterable[Record], out: IO[str]) -> int:
    """Write a CSV with a header row (GDELT names first); returns the row count."""
    writer = csv.DictWriter(out, fieldnames=csv_columns(), lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in recs:
        writer.writerow(flat_record(record))
        n += 1
    return n


def write_parquet(recs: Iterable[Record], path: str | Path) -> int:
    """Write a Parquet file with nested actor/location/quantity columns; returns rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(recs)
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    pq.write_table(table, str(path))
    return len(rows)


def parquet_schema() -> Any:
    """The Arrow schema of a record (dates are ISO strings, as in JSON)."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    actor = pa.struct([("text", s), ("country", s), ("sector", s), ("code", s),
                       ("name", s), ("start", i), ("end", i)])
    location = pa.struct([("name", s), ("country", s), ("lat", f), ("lon", f),
                          ("start", i), ("end", i)])
    quantity = pa.struct([("kind", s), ("value", f), ("unit", s), ("text", s),
                          ("start", i), ("end", i)])
    attribution = pa.struct([("speaker", s), ("outlet", s), ("speaker_start", i),
                             ("speaker_end", i)])
    special = {
        "source": actor, "target": actor, "location": location, "attribution": attribution,
        "quantities": pa.list_(quantity), "context": pa.list_(s), "negated": b,
        "goldstein": f, "confidence": f,
    }
    ints = {"sentence_start", "sentence_end", "trigger_start", "trigger_end", "quad_class",
            "date_start", "date_end"}
    return pa.schema([(k, special.get(k, i if k in ints else s)) for k in RECORD_KEYS])


def write_records(recs: Iterable[Record], fmt: str, out: IO[str] | str | Path) -> int:
    """Write `recs` in `fmt` (jsonl, csv, parquet) to a text stream or a file path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise ValueError("parquet needs an output file (-o FILE)")
        return write_parquet(recs, out)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return writer(recs, handle)
    return writer(recs, out)
