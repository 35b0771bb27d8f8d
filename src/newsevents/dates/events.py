"""Event dates. (first version)"""

from __future__ import annotations

from newsevents.model import Article, EventDate


def run(article: Article) -> Article:
    """Pipeline stage: date each event (first version: the publication date)."""
    for event in article.events:
        if event.date.value is None and article.published is not None:
            event.date = EventDate(article.published, "day", "publication")
    return article
