"""The English event coder (PLOVER/CAMEO, dependency rules over spaCy, lexicons as data).

`create()` is the factory registered in `newsevents.coders.base`; it returns one
`EnglishCoder` whose spaCy model loads lazily on the first sentence worth parsing.
"""

from __future__ import annotations

from newsevents.coders.english.coder import NAME, VERSION, EnglishCoder

__all__ = ["NAME", "VERSION", "EnglishCoder", "create"]


def create() -> EnglishCoder:
    """The English coder (spaCy is loaded on first use, once per process)."""
    return EnglishCoder()
