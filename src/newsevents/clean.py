"""Cleaning: turn raw input into the clean text every offset points into. (first version)"""

from __future__ import annotations

import unicodedata

from newsevents.model import Article


def run(article: Article) -> Article:
    """Pipeline stage: normalise Unicode and set `article.text`."""
    article.text = unicodedata.normalize("NFKC", article.raw).replace("\r\n", "\n")
    return article
