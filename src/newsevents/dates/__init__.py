"""Dates: the article's publication date and each event's own date.

GDELT dates every event to its article's day; here each event is dated by the
words of its own clause ("in 1972", "last October", "الأحد", "7 كانون الأول
الحالي"), with a precision (day, month, year, unknown) and a basis (explicit,
relative, publication) and the offsets of the expression as evidence.

Modules:
  lexicon      per-language words from data/dates/<lang>.json; Arabic letter folding
  expressions  the finder: text -> `Expr` (what a date expression says, its scope)
  resolver     one resolver for all languages: `Expr` + reference -> `EventDate`;
               `choose` picks the expression that dates an event; `resolve` for reuse
  continuation which sentences go on about the previous sentence's event ("The talks ...")
  publication  stage `run`: given / text / inferred publication date
  events       stage `run`: every event's `EventDate`

Public helpers: `resolver.resolve(text, start, end, *, language, reference)` and
`publication.publication_date_from_text(text, language)`.
"""
