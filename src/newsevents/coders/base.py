"""The coder interface and the registry that maps languages to coders."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from newsevents.model import Article


class Coder(Protocol):
    """What every language coder provides."""

    name: str  # e.g. "newsevents-en/0.1.0"; stamped on every event it makes

    def code(self, article: Article) -> None:
        """Append mentions and events found in `article` (text, sentences set)."""


@runtime_checkable
class BatchCoder(Protocol):
    """A coder that can also code many articles at once (e.g. one parser call for all).

    `code_many(articles)` must leave each article exactly as `code(article)` would; it may
    raise on any article's failure (the pipeline then codes the batch one by one)."""

    name: str

    def code(self, article: Article) -> None:
        """Append mentions and events found in `article` (text, sentences set)."""

    def code_many(self, articles: Sequence[Article]) -> None:
        """Code every article of `articles` in place, as `code` would one by one."""


# language code -> "module:factory"; modules are imported on first use so that
# loading spaCy costs nothing for Arabic-only batches.
_FACTORIES: dict[str, str] = {
    "en": "newsevents.coders.english:create",
    "ar": "newsevents.coders.arabic:create",
}
_INSTANCES: dict[str, Coder | None] = {}


def register(language: str, factory: str) -> None:
    """Register a coder factory (``"package.module:function"``) for a language."""
    _FACTORIES[language] = factory
    _INSTANCES.pop(language, None)


def get_coder(language: str) -> Coder | None:
    """The coder for `language`, created once per process; None when there is none."""
    if language not in _INSTANCES:
        spec = _FACTORIES.get(language)
        _INSTANCES[language] = _load(spec) if spec else None
    return _INSTANCES[language]


def _load(spec: str) -> Coder | None:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:  # coder not written yet: no events, not a crash
            return None
        raise
    coder: Coder = getattr(module, attr)()
    return coder
