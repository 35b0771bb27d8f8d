"""Readers: files, folders, standard input, JSON Lines and WARC -> `Article`.

`iter_articles` never raises for a bad document: it yields an `InputError`
(path, reason tag, one-line detail) in its place and goes on, so one broken
file cannot stop a batch. Reason tags are those documented on `InputError`.

Formats, chosen by file name:
- `.txt` (and any unknown extension, sniffed): plain text, or HTML when it looks like HTML;
- `.html`, `.htm`, `.xhtml`: HTML;
- `.jsonl`, `.ndjson` (also gzipped): one record per line (`text` or `html` required), see
  docs/event-schema.md "Input records"; `.json`: one record or a list of records;
- `.warc`, `.warc.gz`: response/resource records whose body is HTML or plain text;
- a directory: every file below it (recursive, sorted, hidden names skipped);
- `-`: standard input (JSON Lines, HTML or text, sniffed).

For container formats (JSON Lines, WARC) `max_bytes` limits each record, not the file.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from newsevents.defaults import DEFAULT_MAX_BYTES
from newsevents.errors import InputError
from newsevents.model import Article

Item = Article | InputError

MAX_BAD_CHAR_RATIO = 0.02  # tolerate a few broken bytes in otherwise good UTF-8
MAX_CONTROL_RATIO = 0.05  # more control characters than this means binary data

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_EXT = {".jsonl", ".ndjson"}
# Formats we know we cannot read; everything else is sniffed as text.
_UNSUPPORTED_EXT = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
    ".zip", ".tar", ".tgz", ".gz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".png", ".jpg",
    ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".mp3", ".mp4", ".wav",
    ".avi", ".mov", ".epub", ".exe", ".so", ".dll", ".parquet", ".duckdb", ".db", ".sqlite",
}
_RECORD_FIELDS = ("url", "outlet", "title", "language")
_WARC_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.I | re.S)
_HTML_NOISE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&#?\w+;")
_WORD = re.compile(r"\w")


# ----------------------------------------------------------------------------- public API


def iter_articles(
    paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Yield one `Article` per readable document under `paths`, or an `InputError` per bad one.

    `paths` may name files, directories (read recursively, sorted, hidden names skipped)
    or "-" for standard input. Never raises for a bad document.
    """
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given bare: do not iterate over its characters
    for given in paths:
        if str(given) == "-":
            yield from _read_stdin(max_bytes)
        else:
            yield from _read_path(Path(given), max_bytes)


def article_from_text(
    text: str, *, path: str | None = None, fmt: str = "text", **meta: Any
) -> Article:
    """Build an `Article` from a string (plain text or HTML) plus optional metadata.

    `meta` takes `id` (or `given_id`), `url`, `outlet`, `title`, `published`
    (a date or an ISO "YYYY-MM-DD" string) and `language`. Raises `InputError` for
    empty text, an unknown `fmt`, a bad date or HTML without any text.
    """
    if fmt not in ("text", "html", "warc"):
        raise InputError(path, "unsupported", f"format {fmt!r}; use 'text' or 'html'")
    if not text.strip():
        raise InputError(path, "empty", "no text after stripping whitespace")
    if fmt != "text" and not _html_has_text(text):
        raise InputError(path, "malformed", "HTML contains no text")
    given_id = meta.pop("id", None) if "id" in meta else meta.pop("given_id", None)
    published = _parse_date(meta.pop("published", None), path)
    article = Article(raw=text, path=path, fmt=fmt, **meta)
    article.given_id = None if given_id is None else str(given_id)
    if published is not None:
        article.published, article.published_source = published, "metadata"
    return article


# ----------------------------------------------------------------------------- paths


def _read_path(path: Path, max_bytes: int) -> Iterator[Item]:
    """Read one path: a directory recursively, else a single file."""
    if path.is_dir():
        for entry in _walk(path):
            if isinstance(entry, InputError):
                yield entry
            else:
                yield from _read_file(entry, max_bytes)
    else:
        yield from _read_file(path, max_bytes)


def _walk(root: Path, seen: set[Path] | None = None) -> Iterator[Path | InputError]:
    """Files below `root`, depth first in sorted order, skipping hidden names.

    Linked folders are followed once (a link back up the tree cannot loop).
    """
    seen = set() if seen is None else seen
    real = root.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        children = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield InputError(str(root), "unreadable", _os_reason(exc))
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, seen)
        else:
            yield child


def _format_of(path: Path) -> str:
    """The reader for `path`: text, html, jsonl, jsonl.gz, json, warc or unsupported."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    suffix = path.suffix.lower()
    if suffix in _JSONL_EXT:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in _HTML_EXT:
        return "html"
    if suffix in _UNSUPPORTED_EXT:
        return "unsupported"
    return "text"


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    """Dispatch one file to the reader for its format."""
    name, kind = str(path), _format_of(path)
    if kind == "unsupported":
        yield InputError(name, "unsupported", f"cannot read {path.suffix} files")
        return
    try:
        _check_readable(path)
        if kind == "warc":
            yield from _read_warc(path, max_bytes)
        elif kind == "jsonl":
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, name, max_bytes)
        elif kind == "jsonl.gz":
            with gzip.open(path, "rb") as stream:
                yield from _read_jsonl(stream, name, max_bytes)
        else:
            data = _read_bytes(path, max_bytes)
            yield from (_read_json(data, name) if kind == "json" else [_document(data, name, kind)])
    except InputError as err:
        yield err
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield InputError(name, "malformed", f"broken gzip data: {one_line(exc)}")
    except OSError as exc:
        yield InputError(name, "unreadable", _os_reason(exc))


def _check_readable(path: Path) -> None:
    """Raise `InputError(unreadable)` for a missing path, a broken link or a non-file."""
    if path.is_symlink() and not path.exists():
        raise InputError(str(path), "unreadable", "broken symbolic link")
    if not path.exists():
        raise InputError(str(path), "unreadable", "no such file or directory")
    if not path.is_file():
        raise InputError(str(path), "unreadable", "not a regular file")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; `InputError(too_large)` beyond `max_bytes`."""
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(str(path), "too_large", _too_large(size, max_bytes))
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # the file grew, or stat lied (e.g. /proc)
        raise InputError(str(path), "too_large", _too_large(len(data), max_bytes))
    return data


def one_line(exc: object) -> str:
    """An exception's message on one line (error messages must fit one log line)."""
    return " ".join(str(exc).split())[:300]


def _too_large(size: int, max_bytes: int) -> str:
    return f"{size} bytes, more than the limit of {max_bytes} bytes (max_bytes)"


def _os_reason(exc: OSError) -> str:
    """A short description of an OS error without the path (the message names it already)."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    return exc.strerror or type(exc).__name__


# ----------------------------------------------------------------------------- decoding


def decode(data: bytes, where: str, charset: str | None = None) -> str:
    """Decode input bytes to text, or raise `InputError` (binary, empty, encoding).

    UTF-8 first (a BOM is dropped); then a declared `charset`; then UTF-8 with
    replacement characters when fewer than 2% of the characters are damaged.
    """
    if not data.strip():
        raise InputError(where, "empty", "nothing but whitespace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(_decode_utf16(data, where), where)
    if b"\x00" in data:
        raise InputError(where, "binary", "contains NUL bytes")
    try:
        return _checked(data.decode("utf-8-sig"), where)
    except UnicodeDecodeError:
        pass
    declared = _try_charset(data, charset)
    if declared is not None:
        return _checked(declared, where)
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > len(text) * MAX_BAD_CHAR_RATIO:
        raise InputError(where, "encoding", f"invalid UTF-8: {bad} undecodable bytes")
    return _checked(text, where)


def _decode_utf16(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise InputError(where, "encoding", "invalid UTF-16") from exc


def _try_charset(data: bytes, charset: str | None) -> str | None:
    """Decode with a declared (non-UTF-8) charset, or None when there is none or it fails."""
    if charset is None:
        found = _CHARSET.search(data[:4096])
        charset = found.group(1).decode("ascii", "replace") if found else None
    if not charset or charset.lower().replace("-", "") in ("utf8", "utf8sig"):
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _checked(text: str, where: str) -> str:
    """Reject decoded text that is empty or mostly control characters."""
    if not text.strip():
        raise InputError(where, "empty", "nothing but whitespace")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > len(sample) * MAX_CONTROL_RATIO:
        raise InputError(where, "binary", "mostly non-text bytes")
    return text


def _looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document."""
    return bool(_HTML_START.match(text[:2048]))


def _html_has_text(html: str) -> bool:
    """True when some word characters remain outside tags, scripts and styles."""
    visible = _ENTITY.sub(" ", _TAG.sub(" ", _HTML_NOISE.sub(" ", html)))
    return bool(_WORD.search(visible))


def _document(data: bytes, where: str, kind: str) -> Article:
    """One text or HTML document from its bytes."""
    text = decode(data, where)
    if kind == "text" and _looks_like_html(text):
        kind = "html"
    return article_from_text(text, path=where, fmt=kind)


# ----------------------------------------------------------------------------- records


def _read_jsonl(stream: Iterable[bytes], name: str, max_bytes: int) -> Iterator[Item]:
    """One article per non-blank line; a bad line yields an error naming `file:line`."""
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > max_bytes:
            yield InputError(where, "too_large", _too_large(len(line), max_bytes))
            continue
        try:
            yield _from_record(_parse_json(line, where), where)
        except InputError as err:
            yield err


def _read_json(data: bytes, name: str) -> Iterator[Item]:
    """A `.json` file: one record, or a list of records."""
    payload = _parse_json(data, name, allow_list=True)
    records = payload if isinstance(payload, list) else [payload]
    for index, record in enumerate(records):
        where = f"{name}[{index}]" if isinstance(payload, list) else name
        try:
            if not isinstance(record, dict):
                raise InputError(where, "malformed", "a record must be a JSON object")
            yield _from_record(record, where)
        except InputError as err:
            yield err


def _parse_json(data: bytes, where: str, allow_list: bool = False) -> Any:
    """Parse one JSON value (an object, or a list when allowed)."""
    try:
        value = json.loads(decode(data, where))
    except json.JSONDecodeError as exc:
        raise InputError(where, "malformed", f"invalid JSON: {exc.msg} at column {exc.colno}") \
            from exc
    if not isinstance(value, dict) and not (allow_list and isinstance(value, list)):
        raise InputError(where, "malformed", "a record must be a JSON object")
    return value


def _from_record(record: dict[str, Any], where: str) -> Article:
    """An input record (docs/event-schema.md "Input records") -> Article."""
    # A producer's own extracted text beats re-extracting its HTML.
    fmt, body = ("text", record.get("text")) if record.get("text") else ("html", record.get("html"))
    if body is None and "text" in record:
        fmt, body = "text", record["text"]
    if body is None:
        raise InputError(where, "malformed", "record needs a 'text' or 'html' field")
    if not isinstance(body, str):
        raise InputError(where, "malformed", f"'{fmt}' must be a string")
    meta: dict[str, Any] = {}
    for key in _RECORD_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(where, "malformed", f"'{key}' must be a string")
        meta[key] = value or None
    if record.get("id") is not None:
        meta["id"] = record["id"]
    return article_from_text(body, path=where, fmt=fmt, published=record.get("published"), **meta)


def _parse_date(value: object, where: str | None) -> date | None:
    """A publication date from a date, a datetime or an ISO string; None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError as exc:
            raise InputError(where, "malformed", f"published {value!r} is not YYYY-MM-DD") \
                from exc
    raise InputError(where, "malformed", "published must be a YYYY-MM-DD string")


# ----------------------------------------------------------------------------- WARC


def _read_warc(path: Path, max_bytes: int) -> Iterator[Item]:
    """Articles from the HTML/text response records of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if not str(record.format).startswith("warc"):
                    yield InputError(name, "malformed", "not a WARC file")
                    return
                item = _warc_item(record, name, max_bytes)
                if item is not None:
                    yield item
        # warcio reports damage through many types; a truncated gzip is an OSError subclass.
        except (ArchiveLoadFailed, EOFError, ValueError, AttributeError, zlib.error,
                gzip.BadGzipFile) as exc:
            yield InputError(name, "malformed", f"broken WARC: {one_line(exc)}")


def _warc_item(record: Any, name: str, max_bytes: int) -> Item | None:
    """One WARC record -> Article, an error, or None for records that are not documents."""
    mime, charset = _warc_content_type(record)
    if mime not in _WARC_TYPES:
        return None  # requests, metadata, images, scripts: not articles
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{name} ({url})" if url else name
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputError(where, "too_large", f"record body is more than {max_bytes} bytes")
    try:
        text = decode(data, where, charset)
        fmt = "text" if mime == "text/plain" and not _looks_like_html(text) else "warc"
        # WARC-Date is the crawl time, not the publication date: leave `published` unknown.
        return article_from_text(text, path=name, fmt=fmt, url=url)
    except InputError as err:
        return InputError(where, err.reason, err.detail)


def _warc_content_type(record: Any) -> tuple[str, str | None]:
    """Media type and charset of a response (HTTP 2xx) or resource record; "" otherwise."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not str(headers.get_statuscode() or "").startswith("2"):
            return "", None
        value = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type") or ""
    else:
        return "", None
    mime, _, params = value.partition(";")
    found = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    return mime.strip().lower(), found.group(1) if found else None


# ----------------------------------------------------------------------------- stdin


def _read_stdin(max_bytes: int) -> Iterator[Item]:
    """Standard input: JSON Lines when the first line is a JSON object, else one document."""
    lines = _stdin_lines()
    try:
        first = next(lines, b"")
    except OSError as exc:
        yield InputError("-", "unreadable", _os_reason(exc))
        return
    if first.lstrip().startswith(b"{"):
        yield from _read_jsonl(_chain(first, lines), "-", max_bytes)
        return
    data = bytearray(first)
    for line in lines:
        data += line
        if len(data) > max_bytes:
            break
    if len(data) > max_bytes:
        yield InputError("-", "too_large", f"more than the limit of {max_bytes} bytes")
        return
    try:
        yield _document(bytes(data), "-", "text")
    except InputError as err:
        yield err


def _stdin_lines() -> Iterator[bytes]:
    """Lines of standard input as bytes (works with a text-only replacement stream too)."""
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        yield from stream
    else:
        for line in sys.stdin:
            yield line.encode("utf-8")


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest
