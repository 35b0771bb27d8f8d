"""Paragraphs and sentences as offsets into `Article.text`.

Rule-based and fast (no parser). Paragraphs are blank-line separated blocks;
sentences never cross a paragraph. A line end is a sentence end unless the line
was clearly cut mid-sentence (it ends without punctuation or with a comma and the
next line goes on in lower case), so a headline without a final period stands alone.

Inside a line, a run of `. ! ? ؟ ؛` (or an ellipsis), with any closing quotes or
brackets after it, ends a sentence when whitespace follows and:
- `!`, `?`, `؟`, `؛`: the next word does not start in lower case;
- `.` after an abbreviation from data/segment/<lang>.tsv: never for titles (`Gen.`,
  `Dr.`); for other abbreviations (`U.S.`, `Jan.`, `Inc.`) only before a common
  sentence starter (`The`, `He`, ...); after a single letter (an initial) never;
- `.` after any other word: the next word does not start in lower case.
Periods inside tokens (`$12.9`, `Jan.3`, `U.S.-Iraq`) are never candidates.

A run of text longer than `MAX_SENTENCE_CHARS` without any sentence end (a page that lost
its punctuation, a table flattened into one line) is cut into pieces at a comma,
semicolon or, failing that, a space: the coders' work per sentence grows faster than its
length, and no real news sentence is that long.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import resources

from newsevents.errors import ConfigError
from newsevents.model import Article, Sentence, ZoneKind

KINDS = ("title", "any", "era", "starter")
MAX_SENTENCE_CHARS = 1000

_PARA_SEP = re.compile(r"\n[ \t]*\n\s*")
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([¿¡-–—/"
_CANDIDATE = re.compile(r"(?:\.\.\.|…|[.!?؟؛]+)[\"'”’»)\]]*(?=\s)")
_NEXT_WORD = re.compile(r"\s+(\S+)")
_MULTI_DOT = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")  # U.S, a.m, e.g (final period cut)
_DIGITS = re.compile(r"\d")
_LINE_GOES_ON = ",،"
_SENTENCE_END = ".!?؟؛:;…\"'”’»)]"
_WORDLIKE = re.compile(r"\w")
_LIST_MARKER = re.compile(r"\s*(?:\d{1,3}|[A-Za-z])[.)]\Z")
_SOFT_BREAK = re.compile(r"[,،;؛:](?=\s)")


# ----------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation (and sentence-starter) forms of every language -> their kind."""
    table: dict[str, str] = {}
    folder = resources.files("newsevents") / "data" / "segment"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".tsv"):
            table.update(_read_table(entry.name, entry.read_text("utf-8")))
    return table


def _read_table(name: str, content: str) -> dict[str, str]:
    rows: dict[str, str] = {}
    for lineno, line in enumerate(content.splitlines()[1:], start=2):
        if not line.strip():
            continue
        form, _, kind = line.partition("\t")
        if kind.strip() not in KINDS or not form:
            raise ConfigError(f"data/segment/{name}:{lineno}: bad row {line!r}")
        rows[form.strip()] = kind.strip()
    return rows


def _kind(token: str, table: dict[str, str]) -> str | None:
    """The abbreviation kind of `token` (without its final period), or None."""
    kind = table.get(token)
    if kind is None and token.isupper() and len(token) > 1:
        kind = table.get(token.capitalize())
    if kind == "starter":
        return None
    if kind is None and _MULTI_DOT.match(token):
        return "any"
    return kind


# ----------------------------------------------------------------------------- boundaries


def _first_letter(word: str) -> str:
    stripped = word.lstrip(_OPENERS)
    return stripped[:1] or word[:1]


def _token_before(text: str, start: int, stop: int) -> tuple[str, str]:
    """The word ending at `stop` (opening quotes cut) and the word before it."""
    left = _word_start(text, start, stop)
    prev_stop = left
    while prev_stop > start and text[prev_stop - 1].isspace():
        prev_stop -= 1
    return text[left:stop].lstrip(_OPENERS), text[_word_start(text, start, prev_stop) : prev_stop]


def _word_start(text: str, start: int, stop: int) -> int:
    """Where the run of non-space characters that ends at `stop` begins."""
    pos = stop
    while pos > start and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _period_ends(token: str, previous: str, next_word: str, table: dict[str, str]) -> bool:
    """Whether a period after `token` ends the sentence, given the next word."""
    first = _first_letter(next_word)
    kind = _kind(token, table)
    if kind == "era":
        return bool(_DIGITS.search(previous) or _DIGITS.search(token))
    if kind == "title":
        return False
    if kind == "any":
        if "\u0600" <= first <= "\u06ff":
            return True  # Arabic has no capitals to tell by ("إلخ."): the period ends it
        return table.get(next_word.lstrip(_OPENERS).rstrip(",;:")) == "starter"
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. Smith"
    return not first.islower()


def _is_boundary(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether the punctuation run `match` ends a sentence inside text[start:end]."""
    following = _NEXT_WORD.match(text, match.end(), end)
    if following is None:
        return True
    next_word = following.group(1)
    punct = match.group().rstrip(_CLOSERS)
    first = _first_letter(next_word)
    if punct.endswith(("..", "…")):
        # Arabic writers use an ellipsis as a pause inside a sentence.
        return first.isupper()
    if not punct.endswith("."):
        return not first.islower()  # ! ? ؟ ؛
    token, previous = _token_before(text, start, match.start())
    return _period_ends(token, previous, next_word, abbreviations())


def _split_chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one run of text (a line or joined lines)."""
    spans: list[tuple[int, int]] = []
    current = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _LIST_MARKER.match(text, current, match.end()):
            continue  # "1." or "a)" opening a list item is not a sentence
        if _is_boundary(text, match, start, end):
            spans.append((current, match.end()))
            current = match.end()
    spans.append((current, end))
    return spans


# ----------------------------------------------------------------------------- lines


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines inside a paragraph that belong together (hard wraps joined)."""
    runs: list[tuple[int, int]] = []
    previous = ""
    pos = start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        line = text[pos:stop]
        if line.strip():
            if runs and _continues(previous, line):
                runs[-1] = (runs[-1][0], stop)
            else:
                runs.append((pos, stop))
            previous = line
        pos = stop + 1
    return runs


def _continues(previous: str, line: str) -> bool:
    """True when `line` carries on the sentence of the line before it."""
    stripped = previous.rstrip()
    last = stripped[-1:]
    first = line.lstrip()[:1]
    if last == "." and not stripped.endswith(".."):
        token, previous_word = _token_before(stripped, 0, len(stripped) - 1)
        words = line.split()
        # "Lt.\nGen. Smith", "Aug.\n1, 1994": the line break is not a sentence end.
        return bool(words) and not _period_ends(token, previous_word, words[0], abbreviations())
    if not last or last in _SENTENCE_END:
        return False
    return last in _LINE_GOES_ON or first.islower()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ----------------------------------------------------------------------------- public API


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph, whitespace trimmed."""
    spans = []
    pos = 0
    for sep in _PARA_SEP.finditer(text):
        spans.append(_trim(text, pos, sep.start()))
        pos = sep.end()
    spans.append(_trim(text, pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Trimmed sentence spans inside text[start:end] (one paragraph)."""
    spans: list[tuple[int, int]] = []
    for run_start, run_end in _line_spans(text, start, end):
        for s, e in _split_chunk(text, run_start, run_end):
            s, e = _trim(text, s, e)
            if e <= s:
                continue
            if spans and not _WORDLIKE.search(text, s, e):
                spans[-1] = (spans[-1][0], e)  # stray closing quote or dash: glue it back
            else:
                spans.append((s, e))
    return [piece for s, e in spans for piece in _capped(text, s, e)]


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] as pieces of at most `MAX_SENTENCE_CHARS`, cut at the last comma or
    semicolon of each window's second half, else at its last space (see module docstring)."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        softs = [m.end() for m in _SOFT_BREAK.finditer(text, low, high)]
        cut = softs[-1] if softs else text.rfind(" ", low, high)
        cut = cut if cut > start else high
        pieces.append(_trim(text, start, cut))
        start = _trim(text, cut, end)[0]
    pieces.append((start, end))
    return [p for p in pieces if p[1] > p[0]]


def _zone_lookup(article: Article) -> tuple[list[int], list[tuple[int, ZoneKind]]]:
    zones = sorted(((z.start, z.end, z.kind) for z in article.zones), key=lambda z: z[0])
    return [z[0] for z in zones], [(z[1], z[2]) for z in zones]


def run(article: Article) -> Article:
    """Pipeline stage: fill `article.sentences` (offsets, paragraph index, zone)."""
    starts, ends = _zone_lookup(article)
    sentences: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraph_spans(article.text)):
        for s, e in sentence_spans(article.text, p_start, p_end):
            sentences.append(Sentence(s, e, paragraph=index, zone=_zone_of(s, starts, ends)))
    article.sentences = sentences
    return article


def _zone_of(offset: int, starts: list[int], ends: list[tuple[int, ZoneKind]]) -> ZoneKind:
    at = bisect.bisect_right(starts, offset) - 1
    if at >= 0 and offset < ends[at][0]:
        return ends[at][1]
    return "body"
