"""Stable identifiers for articles and events."""

from __future__ import annotations

import hashlib
import re

from newsevents.model import Article, Event

_SPACE = re.compile(r"\s+")


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def article_id(article: Article) -> str:
    """The input's own id, else a hash of its URL, else of its normalised clean text."""
    if article.given_id:
        return str(article.given_id)
    if article.url:
        return "u" + _digest(article.url)
    return "t" + _digest(_SPACE.sub(" ", article.text).strip().casefold())


def event_id(article: Article, event: Event) -> str:
    """Same article text + same coder version + same evidence -> same id."""
    src = event.source.code if event.source else ""
    tgt = event.target.code if event.target else ""
    return "e" + _digest(
        article.id, event.coder, event.trigger.start, event.trigger.end,
        event.event_type, src, tgt,
    )


def run(article: Article) -> Article:
    """Pipeline stage: give the article its stable id."""
    article.id = article_id(article)
    return article
