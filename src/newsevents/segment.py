"""Paragraph and sentence segmentation. (first version)"""

from __future__ import annotations

import re

from newsevents.model import Article, Sentence

_SENT = re.compile(r"[^\n.!?]+[.!?]*")


def run(article: Article) -> Article:
    """Pipeline stage: fill `article.sentences` with offsets into the clean text."""
    article.sentences = [
        Sentence(m.start(), m.end()) for m in _SENT.finditer(article.text) if m.group().strip()
    ]
    return article
