"""Per-language event coders behind one interface.

A coder reads an `Article` that already has clean text, language and sentences,
and appends `Mention`s and `Event`s to it. `run` picks the coder for the
article's language; articles in a language without a coder get no events.
"""

from __future__ import annotations

from newsevents.coders.base import Coder, get_coder, register
from newsevents.model import Article

__all__ = ["Coder", "get_coder", "register", "run"]


def run(article: Article) -> Article:
    """Pipeline stage: code the article with the coder for its language."""
    coder = get_coder(article.language or "")
    if coder is not None:
        coder.code(article)
    return article
