"""newsevents: political event data from news articles, with evidence for every field."""

__version__ = "0.1.0"
