"""Arabic event coder: normalisation, lexicons and word-order rules, pure Python.

No Arabic parser, tagger or NER model is used: actors and triggers come from
the data files under `newsevents/data/` (actors/ar, triggers/ar, arabic/),
matched on normalised tokens with proclitics removed, and roles come from
Arabic word order and prepositions (see `roles`).
"""

from __future__ import annotations

import re

from newsevents.coders.arabic.rules import code_sentence, mention_of, prepare
from newsevents.model import Article, Sentence

__all__ = ["ArabicCoder", "VERSION", "create"]

VERSION = "0.1.0"
_FALLBACK_SENTENCE = re.compile(r"[^\n.!?؟]+[.!?؟]*")


class ArabicCoder:
    """Codes Arabic articles into PLOVER events with CAMEO codes."""

    name = f"newsevents-ar/{VERSION}"

    def code(self, article: Article) -> None:
        """Append the mentions and events found in `article` (text and sentences set)."""
        sentences = article.sentences or _split(article.text)
        if not article.sentences:
            article.sentences = sentences
        for index, sent in enumerate(sentences):
            context = tuple(article.mentions)  # earlier sentences resolve duals ("الجانبان")
            prepared = prepare(article.text, index, sent.start, sent.end, context)
            article.mentions.extend(
                mention_of(a, prepared) for a in prepared.actors if not a.qualifier
            )
            article.events.extend(code_sentence(article.text, prepared, self.name))


def _split(text: str) -> list[Sentence]:
    return [
        Sentence(m.start(), m.end()) for m in _FALLBACK_SENTENCE.finditer(text) if m.group().strip()
    ]


def create() -> ArabicCoder:
    """Factory used by the coder registry."""
    return ArabicCoder()
