"""Dates: the article's publication date and each event's own date."""
