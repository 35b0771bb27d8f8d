"""Language detection. (first version)"""

from __future__ import annotations

import re

from newsevents.model import Article

_ARABIC = re.compile(r"[\u0600-\u06FF]")


def run(article: Article) -> Article:
    """Pipeline stage: set `article.language` unless the input gave it."""
    if not article.language:
        arabic = len(_ARABIC.findall(article.text))
        article.language = "ar" if arabic > len(article.text) * 0.3 else "en"
    return article
