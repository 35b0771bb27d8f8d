"""Per-language event coders behind one interface.

A coder reads an `Article` that already has clean text, language and sentences,
and appends `Mention`s and `Event`s to it. `run` picks the coder for the
article's language; articles in a language without a coder get no events.
`run_many` does the same for a batch, letting a coder with `code_many` code the
batch at once (the English coder parses all its sentences in one spaCy call).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.coders.base import BatchCoder, Coder, get_coder, register
from newsevents.model import Article

__all__ = ["BatchCoder", "Coder", "get_coder", "register", "run", "run_many"]


def run(article: Article) -> Article:
    """Pipeline stage: code the article with the coder for its language."""
    coder = get_coder(article.language or "")
    if coder is not None:
        coder.code(article)
    return article


def run_many(articles: Sequence[Article]) -> None:
    """Code every article in place, each language's articles in one `code_many` call when
    its coder has one (same records as `run` on each article, in any order)."""
    by_language: dict[str, list[Article]] = {}
    for article in articles:
        by_language.setdefault(article.language or "", []).append(article)
    for lang, group in by_language.items():
        coder = get_coder(lang)
        if coder is None:
            continue
        if isinstance(coder, BatchCoder):
            coder.code_many(group)
        else:
            for article in group:
                coder.code(article)
