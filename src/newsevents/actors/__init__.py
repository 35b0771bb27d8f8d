"""Actor mentions: lexicons (data/actors), the English finder and the places gazetteer.

Public helpers:
- `find_mentions(text, start=0, end=None)` English actor mentions (no spaCy needed);
- `country_name(iso3)`, `lookup_country(name)` for other modules.
"""

from newsevents.actors.english import find_mentions
from newsevents.actors.lexicon import countries, country_name, load_entries, lookup_country

__all__ = ["countries", "country_name", "find_mentions", "load_entries", "lookup_country"]
