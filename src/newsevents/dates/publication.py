"""Publication dates. (first version)"""

from __future__ import annotations

from newsevents.model import Article


def run(article: Article) -> Article:
    """Pipeline stage: keep a given publication date; otherwise leave it unknown."""
    if article.published is not None and article.published_source == "unknown":
        article.published_source = "metadata"
    return article
