"""Readers: every input format, and every kind of bad input as a typed InputError."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.model import Article
from newsevents.readers import article_from_text, iter_articles

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
BODY = "Russia and Iraq signed an arms deal in Baghdad on Monday."


def read(*paths: str | Path, **kwargs: int) -> list[Article | InputError]:
    return list(iter_articles(list(paths), **kwargs))


def only(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1, items
    return items[0]


def error_of(path: Path, **kwargs: int) -> InputError:
    item = only(read(path, **kwargs))
    assert isinstance(item, InputError), item
    assert str(path) in str(item) and item.reason in str(item)
    assert "\n" not in str(item)
    return item


# ----------------------------------------------------------------------------- good input


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article)
    assert (article.raw, article.path, article.fmt) == (BODY, str(path), "text")
    assert article.published is None and article.published_source == "unknown"


def test_html_file_and_unknown_extension_sniffed(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(f"<html><body><p>{BODY}</p></body></html>")
    (tmp_path / "b.dat").write_text(f"<!DOCTYPE html><html><body><p>{BODY}</p></body></html>")
    (tmp_path / "c.dat").write_text(BODY)
    kinds = [a.fmt for a in read(tmp_path) if isinstance(a, Article)]
    assert kinds == ["html", "html", "text"]


def test_directory_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/d.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"{rel} {BODY}")
    names = [Path(str(a.path)).name for a in read(tmp_path)]
    assert names == ["a.txt", "b.txt", "c.txt"]


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    article = only(read(path))
    assert isinstance(article, Article) and article.raw == BODY


def test_small_encoding_damage_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes(BODY.encode() * 5 + b"\xff")
    article = only(read(path))
    assert isinstance(article, Article) and article.raw.endswith("\ufffd")


def test_declared_html_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "ar.html"
    html = '<html><head><meta charset="windows-1256"></head><body><p>بغداد</p></body></html>'
    path.write_bytes(html.encode("cp1256"))
    article = only(read(path))
    assert isinstance(article, Article) and "بغداد" in article.raw


def test_jsonl_records_and_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": 7, "text": BODY, "url": "https://x.example/a", "outlet": "X",
                    "title": "Deal", "published": "2020-01-09", "language": "en"}),
        "{not json",
        "",
        json.dumps({"html": f"<p>{BODY}</p>"}),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": BODY, "published": "last Tuesday"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = read(path)
    first = items[0]
    assert isinstance(first, Article)
    assert (first.given_id, first.url, first.outlet, first.title, first.language) == (
        "7", "https://x.example/a", "X", "Deal", "en")
    assert first.published == date(2020, 1, 9) and first.published_source == "metadata"
    assert first.path == f"{path}:1"
    assert isinstance(items[2], Article) and items[2].fmt == "html"
    errors = [(e.path, e.reason) for e in items if isinstance(e, InputError)]
    assert errors == [(f"{path}:2", "malformed"), (f"{path}:5", "malformed"),
                      (f"{path}:6", "empty"), (f"{path}:7", "malformed")]
    assert f"{path}:2" in str(items[1]) and "JSON" in str(items[1])


def test_json_list_file(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps([{"text": BODY}, {"text": 5}]))
    items = read(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and items[1].path == f"{path}[1]"


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        for uri, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
        request = writer.create_warc_record("https://news.example/a", "request",
                                            payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        writer.write_record(request)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, [
        ("https://news.example/a", "text/html; charset=utf-8",
         f"<html><body><p>{BODY}</p></body></html>".encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://news.example/b.txt", "text/plain", BODY.encode()),
        ("https://news.example/c", "text/html", b"<html><body><script>x()</script></body></html>"),
    ])
    items = read(path)
    articles = [a for a in items if isinstance(a, Article)]
    assert [(a.url, a.fmt) for a in articles] == [
        ("https://news.example/a", "warc"), ("https://news.example/b.txt", "text")]
    assert all(a.published is None and a.path == str(path) for a in articles)  # not WARC-Date
    errors = [e for e in items if isinstance(e, InputError)]
    assert len(errors) == 1 and errors[0].reason == "malformed"
    assert "https://news.example/c" in str(errors[0])


def test_broken_warc_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a WARC file at all\r\n\r\n"))
    assert error_of(path).reason == "malformed"


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(BODY + "\n"))
    article = only(read("-"))
    assert isinstance(article, Article) and article.path == "-" and article.raw.strip() == BODY


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"text": BODY}), "oops", json.dumps({"text": "Second one."})]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines)))
    items = read("-")
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert isinstance(items[1], InputError) and items[1].path == "-:2"


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(BODY * 100))
    item = only(read("-", max_bytes=100))
    assert isinstance(item, InputError) and item.reason == "too_large"


# ----------------------------------------------------------------------------- bad input


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"PK\x03\x04\x00\x00binary\x00data")
    assert error_of(path).reason == "binary"


def test_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "ctl.txt"
    path.write_bytes(bytes(range(1, 9)) * 50 + b"abc")
    assert error_of(path).reason == "binary"


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(" \n\t\n")
    assert error_of(path).reason == "empty"


def test_broken_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Très café déjà vu à Zürich".encode("latin-1"))
    error = error_of(path)
    assert error.reason == "encoding" and "UTF-8" in str(error)


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.html"
    path.write_text("<html><head><style>p{}</style></head><body><div></div></body></html>")
    assert error_of(path).reason == "malformed"


def test_too_large_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(BODY * 10)
    error = error_of(path, max_bytes=100)
    assert error.reason == "too_large" and "100" in str(error)


def test_missing_path_and_broken_symlink(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope.txt").reason == "unreadable"
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    error = error_of(link)
    assert error.reason == "unreadable" and "symbolic link" in str(error)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(BODY)
    path.chmod(0)
    try:
        error = error_of(path)
    finally:
        path.chmod(0o644)
    assert error.reason == "unreadable" and "permission" in str(error)


def test_permission_error_while_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(BODY)
    real_open = Path.open

    def locked(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", locked)
    error = error_of(path)
    assert error.reason == "unreadable" and "permission" in str(error)


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert error_of(path).reason == "unsupported"


def test_bad_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.txt").write_text(BODY)
    items = read(tmp_path, tmp_path / "missing")
    assert [type(i).__name__ for i in items] == ["InputError", "Article", "InputError"]


# ----------------------------------------------------------------------------- library API


def test_article_from_text_metadata() -> None:
    article = article_from_text(BODY, id=3, url="u", published="2021-05-06", language="en")
    assert article.given_id == "3" and article.url == "u" and article.language == "en"
    assert article.published == date(2021, 5, 6) and article.published_source == "metadata"
    html = article_from_text(f"<p>{BODY}</p>", fmt="html", path="p.html")
    assert html.fmt == "html" and html.path == "p.html"


@pytest.mark.parametrize(("text", "kwargs", "reason"), [
    ("  ", {}, "empty"),
    (BODY, {"fmt": "pdf"}, "unsupported"),
    ("<div></div>", {"fmt": "html"}, "malformed"),
    (BODY, {"published": "yesterday"}, "malformed"),
])
def test_article_from_text_rejects(text: str, kwargs: dict[str, str], reason: str) -> None:
    with pytest.raises(InputError) as caught:
        article_from_text(text, **kwargs)
    assert caught.value.reason == reason


def test_fixture_files_read(tmp_path: Path) -> None:
    items = read(FIXTURES)
    assert items and all(isinstance(i, Article) for i in items)
    assert {Path(str(i.path)).suffix for i in items} >= {".html", ".txt"}


def test_directory_link_loop_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [Path(str(a.path)).name for a in read(tmp_path)] == ["a.txt"]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode()))
    article = only(read(path))
    assert isinstance(article, Article) and article.raw == BODY
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    assert error_of(broken).reason == "malformed"


def test_a_single_bare_path_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY)
    items = list(iter_articles(str(path)))  # type: ignore[arg-type]
    assert len(items) == 1 and isinstance(items[0], Article)
