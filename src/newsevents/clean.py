"""Cleaning: raw input -> the clean text every offset points into, split into zones.

HTML (fmt `html` or `warc`) goes through trafilatura: main text only, plus the
page's title, site name and date. Plain text that still carries page debris
(rating widgets, share bars, teasers, disclaimers, reader comments, related-article
lists, copyright footers) is cleaned line by line with the patterns in
`data/cleaning/*.tsv`; the same patterns also run over trafilatura's output.

The strategy that generalises is to find where the article body ENDS (a comment
widget, a related-links header, a copyright footer, a credit line followed by a
comment) and drop everything after it, and to drop known boilerplate lines anywhere.
Kept paragraphs are joined with a blank line, and each becomes a `Zone`: the
headline is a `title` zone, photo captions are `caption` zones, the rest `body`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from newsevents.errors import ConfigError, InputError
from newsevents.model import Article, Zone, ZoneKind
from newsevents.readers import one_line

HTML_FORMATS = ("html", "warc")
ACTIONS = ("drop", "end", "lead", "attribution", "comment", "timestamp", "share", "listhead",
           "keep", "caption")
MAX_DEBRIS_CHARS = 400  # debris lines are short; longer lines are never dropped by pattern
MAX_CAPTION_CHARS = 800
MIN_LETTERS = 3  # a line with fewer letters ("in ,", "|", "1") carries no article text
PROSE_WORDS = 8  # running text has at least this many words ...
LONG_LINE_WORDS = 20  # ... and ends like a sentence, unless it is this long
LOOKAHEAD_LINES = 20  # how far past a share bar to look for more body text

_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u0085]")
_PARA_SEP = re.compile(r"\u2029")
# Spaces that are not U+0020 (NBSP, en/em/thin spaces, ideographic space, tabs).
_SPACES = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible format characters: zero-width space, word joiner, BOM, soft hyphen, directional
# marks. They break matching and carry no reading value. (ZWJ/ZWNJ stay: they shape words.)
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Tatweel (kashida) only stretches a word between two Arabic letters; "هـ" keeps its own.
_KASHIDA = re.compile(r"(?<=[\u0620-\u064a])\u0640+(?=[\u0620-\u064a])")
_RUN_OF_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")
_TERMINAL = ".!?:;,…"
_SENTENCE_FINAL = ".!?؟…\"'”’»)"
_BULLET = re.compile(r"(?:[-*•·–—]|\d{1,3}[.)])\s")
_WORD_EDGE = "\"'“”‘’«»()[]"
_BOILER_TAGS = {"nav", "aside", "footer", "form", "script", "style", "noscript"}
# class/id names of page furniture around the article (teaser cards, comment threads ...)
_BOILER_NAMES = re.compile(
    r"comment|related|recommend|promo|teaser|sidebar|share|social|widget|newsletter|advert"
    r"|outbrain|taboola|breadcrumb|cookie|(?<![a-z])(ads?|nav|menu|footer)(?![a-z])", re.I)


@dataclass(frozen=True, slots=True)
class Matcher:
    """The patterns of one action: anchored ones tried at the line start only (fast)."""

    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None

    def hit(self, line: str) -> bool:
        """True when any pattern matches `line`."""
        if self.anchored is not None and self.anchored.match(line):
            return True
        return self.floating is not None and self.floating.search(line) is not None


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled debris patterns, one matcher per action (None when no file has any)."""

    drop: Matcher | None
    end: Matcher | None
    lead: Matcher | None
    attribution: Matcher | None
    comment: Matcher | None
    timestamp: Matcher | None
    share: Matcher | None
    listhead: Matcher | None
    keep: Matcher | None
    caption: Matcher | None


@dataclass(slots=True)
class Para:
    """A paragraph being cleaned: its lines and the zone kind it will get."""

    lines: list[str]
    kind: ZoneKind = "body"

    @property
    def text(self) -> str:
        """The paragraph as it will appear in the clean text."""
        return "\n".join(self.lines)


@dataclass(slots=True)
class _Scan:
    """What the debris scan has seen so far."""

    started: bool = False  # a line was judged (the first one is a headline candidate)
    prose: bool = False  # a line of running text was kept: the body has begun
    after_credit: bool = False  # the previous line was a "Source: X" credit


@dataclass(slots=True, frozen=True)
class _Line:
    """One line of the input with the paragraph it belongs to."""

    para: int
    text: str
    alone: bool  # the only line of its paragraph


# ----------------------------------------------------------------------------- patterns


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The debris patterns of every language file in data/cleaning, compiled once."""
    grouped: dict[str, list[str]] = {action: [] for action in ACTIONS}
    folder = resources.files("newsevents") / "data" / "cleaning"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".tsv"):
            for action, pattern in _read_patterns(entry.name, entry.read_text("utf-8")):
                grouped[action].append(pattern)
    return Rules(**{action: _compile(action, pats) for action, pats in grouped.items()})


def _read_patterns(name: str, content: str) -> list[tuple[str, str]]:
    """(action, pattern) rows of one patterns file; the header row is skipped."""
    rows = []
    for lineno, line in enumerate(content.splitlines()[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        action, _, rest = line.partition("\t")
        if action not in ACTIONS or not rest:
            raise ConfigError(f"data/cleaning/{name}:{lineno}: bad row {line!r}")
        rows.append((action, rest.split("\t")[0]))
    return rows


def _compile(action: str, patterns: list[str]) -> Matcher | None:
    """One matcher for an action's patterns; a bad pattern is a `ConfigError`."""
    if not patterns:
        return None
    anchored = [p for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    return Matcher(_alternation(action, anchored), _alternation(action, floating))


def _alternation(action: str, patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"data/cleaning: bad {action} pattern: {exc}") from exc


def _hit(matcher: Matcher | None, line: str) -> bool:
    return matcher is not None and matcher.hit(line)


# ----------------------------------------------------------------------------- Unicode


def normalize(text: str) -> str:
    """NFKC, LF line ends, plain spaces, no invisible characters; curly quotes are kept.

    NFKC folds compatibility forms (Arabic presentation forms, ligatures, full-width
    letters, "…" -> "...") to the letters readers and dictionaries expect.
    """
    text = _PARA_SEP.sub("\n\n", _LINE_ENDS.sub("\n", text))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    return _KASHIDA.sub("", _SPACES.sub(" ", text))


def _clean_line(line: str) -> str:
    return _RUN_OF_SPACES.sub(" ", line).strip()


def split_paragraphs(text: str) -> list[Para]:
    """Blank-line separated blocks of normalised text, lines trimmed, hard wraps undone.

    A text without any blank line has one paragraph per line (the usual shape of
    scraped text), unless its lines are hard-wrapped.
    """
    paras = []
    for block in _BLANK_LINES.split(text):
        lines = [c for c in (_clean_line(x) for x in block.split("\n")) if c]
        if lines:
            paras.append(Para(_unwrap(lines)))
    if len(paras) == 1 and len(paras[0].lines) > 1:
        return [Para([line]) for line in paras[0].lines]
    return paras


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped paragraph (fixed-width lines cut mid-sentence)."""
    if len(lines) < 3:
        return lines
    inner = lines[:-1]
    if any(_BULLET.match(x) for x in lines):
        return lines  # a list keeps one item per line
    lengths = [len(x) for x in inner]
    open_ended = sum(1 for x in inner if x[-1] not in _TERMINAL)
    if min(lengths) >= 30 and max(lengths) - min(lengths) <= 30 and open_ended * 2 >= len(inner):
        return [" ".join(lines)]
    return lines


# ----------------------------------------------------------------------------- debris


def strip_debris(paras: list[Para], table: Rules | None = None) -> list[Para]:
    """Drop debris lines and everything after the end of the article body."""
    table = table or rules()
    flat = [_Line(i, line, len(p.lines) == 1) for i, p in enumerate(paras) for line in p.lines]
    kept: dict[int, list[str]] = {}
    for index in _kept_lines(flat, table):
        kept.setdefault(flat[index].para, []).append(flat[index].text)
    return [Para(lines, paras[i].kind) for i, lines in sorted(kept.items())]


def _kept_lines(flat: list[_Line], table: Rules) -> Iterator[int]:
    """Indexes of the lines to keep, in order; stops at the end of the article body."""
    scan = _Scan()
    i = 0
    while i < len(flat):
        verdict = _judge(flat, i, scan, table)
        if verdict == "end":
            return
        if verdict == "list":
            i = _skip_links(flat, i + 1, table)
            continue
        if verdict == "keep":
            yield i
        i += 1


def _judge(flat: list[_Line], i: int, scan: _Scan, table: Rules) -> str:
    """'keep', 'drop', 'list' (a list of links follows) or 'end' for line `i`."""
    line = flat[i].text
    first, scan.started = not scan.started, True
    if _hit(table.keep, line) and not _hit(table.end, line):
        scan.prose = scan.prose or is_prose(line)
        return "keep"  # bylines and dates: no pattern or heuristic may drop them
    if len(line) < 40 and len(_LETTER.findall(line)) < MIN_LETTERS:
        return "drop"
    after_credit, scan.after_credit = scan.after_credit, False
    if len(line) <= MAX_DEBRIS_CHARS:
        verdict = _debris_verdict(flat, i, scan, table, after_credit)
        if verdict:
            return verdict
    if scan.prose and flat[i].alone and _is_inline_headline(line):
        return "drop"  # a related-story link between paragraphs
    if is_prose(line) and (not first or line[-1] in _SENTENCE_FINAL):
        scan.prose = True  # a long first line without a final stop is a headline
    return "keep"


def _debris_verdict(
    flat: list[_Line], i: int, scan: _Scan, table: Rules, after_credit: bool
) -> str | None:
    """The verdict of the pattern tables for a short line, None when no pattern applies."""
    line = flat[i].text
    # Before any body text, end markers are page chrome, not the end of the article.
    end = "end" if scan.prose else "drop"
    if _hit(table.end, line):
        return end
    if _hit(table.comment, line) and (after_credit or _next_hits(flat, i, table.timestamp)):
        return end
    if _hit(table.attribution, line):
        scan.after_credit = True
        return "drop"
    if _hit(table.share, line):
        # A share bar closes the article unless more body text follows it.
        return "drop" if _prose_follows(flat, i, table) else end
    if _hit(table.listhead, line):
        return "list"
    if _hit(table.drop, line) or (not scan.prose and _hit(table.lead, line)):
        return "drop"
    return None


def is_prose(line: str) -> bool:
    """A line of running text: long enough and ending like a sentence (or very long)."""
    words = len(line.split())
    return words >= PROSE_WORDS and (line[-1] in _SENTENCE_FINAL or words >= LONG_LINE_WORDS)


def _next_hits(flat: list[_Line], i: int, matcher: Matcher | None) -> bool:
    return i + 1 < len(flat) and _hit(matcher, flat[i + 1].text)


def _is_debris(line: str, table: Rules) -> bool:
    letters = len(_LETTER.findall(line))
    return letters < MIN_LETTERS or _hit(table.drop, line) or _hit(table.share, line)


def _prose_follows(flat: list[_Line], i: int, table: Rules) -> bool:
    """Whether the next line that is not debris is running text (looking a few lines on)."""
    for line in flat[i + 1 : i + 1 + LOOKAHEAD_LINES]:
        if not _is_debris(line.text, table):
            return is_prose(line.text)
    return False


def _skip_links(flat: list[_Line], i: int, table: Rules) -> int:
    """Index of the first line after a list of links (headline-like lines)."""
    while i < len(flat) and not is_prose(flat[i].text) and not _hit(table.end, flat[i].text):
        i += 1
    return i


def _is_inline_headline(line: str) -> bool:
    """A Title Case line without final punctuation: a headline of another story."""
    if line[-1] in _TERMINAL or not _LATIN.search(line):
        return False
    words = line.split()
    if not 4 <= len(words) <= 20:
        return False
    content = [w.strip(_WORD_EDGE) for w in words if len(w.strip(_WORD_EDGE)) >= 4]
    capitals = sum(1 for w in content if w[0].isupper())
    return capitals >= 3 and capitals >= 0.8 * len(content)


# ----------------------------------------------------------------------------- zones


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _same_title(line: str, title: str) -> bool:
    """The line is the title, maybe with or without a " | Site name" style tail."""
    a, b = (" ".join(x.split()).casefold() for x in (line, title))
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 15 and long_.startswith(short)
                      and long_[len(short) : len(short) + 3].strip()[:1] in "|-–—:·•")


def _looks_like_headline(para: Para) -> bool:
    """One short line that does not end like a sentence."""
    if len(para.lines) != 1:
        return False
    line = para.lines[0]
    return 2 <= len(line.split()) <= 30 and len(line) <= 300 and line[-1] not in ".,;:"


def mark_title(paras: list[Para], given: str | None) -> list[Para]:
    """Mark (or add) the title paragraph and drop a repeated copy right below it."""
    if not paras:
        return paras
    first = paras[0]
    if given and given.strip() and not _same_title(first.text, given):
        paras = [Para([_clean_line(normalize(given))], "title"), *paras]
    elif given or (len(paras) > 1 and _looks_like_headline(first)):
        first.kind = "title"
    if len(paras) > 1 and paras[0].kind == "title" and _same(paras[0].text, paras[1].text):
        del paras[1]
    return paras


def mark_captions(paras: list[Para], table: Rules | None = None) -> list[Para]:
    """Mark short paragraphs with a photo credit or caption label as caption zones."""
    table = table or rules()
    for para in paras:
        short = len(para.text) <= MAX_CAPTION_CHARS
        if para.kind == "body" and short and any(_hit(table.caption, x) for x in para.lines):
            para.kind = "caption"
    return paras


def assemble(article: Article, paras: list[Para]) -> Article:
    """Join paragraphs with a blank line into `article.text`; one zone per paragraph."""
    parts: list[str] = []
    zones: list[Zone] = []
    offset = 0
    for para in paras:
        block = para.text
        if parts:
            offset += 2
        zones.append(Zone(offset, offset + len(block), para.kind))
        parts.append(block)
        offset += len(block)
    article.text, article.zones = "\n\n".join(parts), zones
    return article


# ----------------------------------------------------------------------------- HTML


def _extract(article: Article) -> Any:
    """trafilatura's main-text extraction with metadata (a Document, or None)."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            article.raw, url=article.url, include_comments=False, include_tables=False,
            favor_precision=True, with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        detail = f"HTML extraction failed: {one_line(exc)}"
        raise InputError(article.path, "malformed", detail) from exc


def _parse_html(html: str) -> Any:
    """An lxml tree of the page, or None when it cannot be parsed."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return None


def _in_boilerplate(element: Any) -> bool:
    """True inside navigation, asides, footers or blocks named like page furniture."""
    for node in (element, *element.iterancestors()):
        if node.tag in _BOILER_TAGS:
            return True
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if names.strip() and _BOILER_NAMES.search(names):
            return True
    return False


def _fallback_text(html: str) -> str:
    """Visible text of the page when trafilatura finds no main text (very short pages)."""
    tree = _parse_html(html)
    if tree is None:
        return ""
    blocks = tree.xpath("//body//*[self::p or self::h1 or self::h2 or self::h3 or self::li]")
    texts = [b.text_content() for b in blocks if not _in_boilerplate(b)]
    if not blocks:
        texts = [tree.text_content()]
    return "\n".join(t.strip() for t in texts if t.strip())


def _figcaptions(html: str) -> list[str]:
    """Text of `<figcaption>` elements of the article (not of teasers, asides, footers)."""
    if "<figcaption" not in html.lower():
        return []
    tree = _parse_html(html)
    if tree is None:
        return []
    found = [f for f in tree.iter("figcaption") if not _in_boilerplate(f)]
    texts = (_clean_line(normalize(" ".join(f.text_content().split()))) for f in found)
    # A bare credit ("Getty Images") is not a caption worth keeping.
    return list(dict.fromkeys(t for t in texts if len(t.split()) >= 3))


def _fill_metadata(article: Article, doc: Any) -> None:
    """Title, outlet and date from the page, where the input did not give them."""
    if doc is None:
        return
    if not article.title and doc.title:
        article.title = _clean_line(normalize(doc.title))
    if not article.outlet and doc.sitename:
        article.outlet = _clean_line(normalize(doc.sitename))
    if article.published is None and doc.date:
        try:
            article.published = date.fromisoformat(str(doc.date)[:10])
            article.published_source = "metadata"
        except ValueError:
            pass  # an unparseable page date is no date


def _html_paragraphs(article: Article) -> list[Para]:
    """Main-text paragraphs of an HTML page, with captions trafilatura dropped appended."""
    doc = _extract(article)
    _fill_metadata(article, doc)
    text = doc.text if doc is not None and doc.text else _fallback_text(article.raw)
    paras = [Para([line]) for line in split_lines(normalize(text))]
    paras = mark_title(strip_debris(paras), article.title)
    flat = [(" ".join(p.text.split()).casefold(), p) for p in paras]
    for caption in _figcaptions(article.raw):
        key = caption.casefold()
        holders = [p for text, p in flat if key in text]
        for para in holders:
            if " ".join(para.text.split()).casefold() == key and para.kind == "body":
                para.kind = "caption"
        if not holders:
            paras.append(Para([caption], "caption"))
    return paras


def split_lines(text: str) -> list[str]:
    """Non-empty trimmed lines of a text."""
    return [c for c in (_clean_line(x) for x in text.split("\n")) if c]


# ----------------------------------------------------------------------------- stage


def _outlet_from_url(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def run(article: Article) -> Article:
    """Pipeline stage: set `article.text` and `article.zones`, fill missing metadata.

    Raises `InputError` (malformed/empty) when no article text is left.
    """
    if article.fmt in HTML_FORMATS:
        paras = _html_paragraphs(article)
    else:
        paras = mark_title(strip_debris(split_paragraphs(normalize(article.raw))), article.title)
    paras = mark_captions(paras)
    if not paras:
        reason = "malformed" if article.fmt in HTML_FORMATS else "empty"
        raise InputError(article.path, reason, "no article text left after cleaning")
    assemble(article, paras)
    if not article.title and paras[0].kind == "title":
        article.title = paras[0].text
    article.outlet = article.outlet or _outlet_from_url(article.url)
    return article
