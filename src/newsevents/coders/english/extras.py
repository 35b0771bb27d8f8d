"""Quantities (money, troops, weapon systems, counts) and attribution (speaker, outlet).

Both work on one sentence: quantities by regular expressions over its text (offsets into
`Article.text`), attribution from reporting verbs and "according to" phrases in its parse.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsevents.coders.english.lexicon import _rows, outlets, weapons
from newsevents.model import Attribution, Quantity, Span

Token = Any

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens": 24, "dozen": 12,
    "hundreds": 200, "thousands": 2000, "several": 3, "a": 1,
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6,
          "bn": 1e9, "k": 1e3, "mn": 1e6}
_NUM = r"\(?\d[\d,]*(?:\.\d+)?\)?"
_SCALE_RE = r"(?:thousand|million|billion|trillion|bn|mn|m|k)\b"
_CURRENCY_WORD = (r"(?:dollars?|euros?|pounds?|rubles?|roubles?|dinars?|riyals?|yuan|yen|"
                  r"francs?|shillings?|lira|rupees?)")
_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_WORD_UNIT = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "ruble": "RUB", "rouble": "RUB",
              "dinar": "IQD", "riyal": "SAR", "yuan": "CNY", "yen": "JPY", "franc": "CHF",
              "shilling": "KES", "lira": "TRY", "rupee": "INR"}
_MONEY = re.compile(
    rf"(?P<sym>(?:US)?[$€£¥])\s?(?P<n1>{_NUM})(?:\s*(?P<s1>{_SCALE_RE}))?"
    rf"(?:\s+(?:US\s+)?(?P<w1>{_CURRENCY_WORD}))?"
    rf"|(?P<n2>{_NUM})(?:\s*(?P<s2>{_SCALE_RE}))?\s+(?:US\s+)?(?P<w2>{_CURRENCY_WORD})",
    re.IGNORECASE,
)
_TROOP_NOUNS = (r"(?:troops|soldiers|servicemen|personnel|fighters|marines|paratroopers|"
                r"peacekeepers|reservists|brigades?|battalions?|divisions?|regiments?|advisers|"
                r"advisors|military advisers|special forces)")
_TROOPS = re.compile(
    rf"\b(?P<n>\d[\d,]*|{'|'.join(_NUMBER_WORDS)})(?:\s+(?P<s>thousand|hundred|million))?"
    rf"(?:\s+[a-z-]+){{0,2}}?\s+(?P<unit>{_TROOP_NOUNS})\b",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\b(?P<n>\d[\d,]*)\s+(?P<unit>people|civilians|persons|prisoners|"
                    r"refugees|detainees|protesters|demonstrators|tanks|aircraft|jets|"
                    r"helicopters|missiles|rockets|drones)\b", re.IGNORECASE)
# Counted weapons with up to two words between ('24 Rafale fighter jets', 'four submarines').
_WEAPON_UNITS = (r"tanks|aircraft|jets|helicopters|missiles|rockets|drones|howitzers|launchers|"
                 r"submarines|warships|frigates|corvettes|destroyers|warplanes|bombers|"
                 r"gunships|interceptors|rifles")
_WEAPON_COUNT = re.compile(
    rf"\b(?P<n>\d[\d,]*|{'|'.join(w for w in _NUMBER_WORDS if w != 'a')})"
    rf"(?:\s+(?!(?:and|or|of|from|to|in|for)\b)[A-Za-z][\w-]*){{0,2}}?\s+"
    rf"(?P<unit>{_WEAPON_UNITS})\b", re.IGNORECASE)


def _number(raw: str, scale: str | None = None) -> float | None:
    """Parse '1,200', '(13)', 'two' and a scale word into a float."""
    raw = raw.strip("() ").replace(",", "").lower()
    try:
        value = float(raw)
    except ValueError:
        word = _NUMBER_WORDS.get(raw)
        if word is None:
            return None
        value = float(word)
    return value * _SCALE.get((scale or "").lower(), 1.0)


def money(text: str, start: int, end: int) -> list[Quantity]:
    """Money amounts in text[start:end] ('$246 million', '(13) billion dollars')."""
    out = []
    for m in _MONEY.finditer(text, start, end):
        n = m.group("n1") or m.group("n2")
        scale = m.group("s1") or m.group("s2")
        word = (m.group("w1") or m.group("w2") or "").lower().rstrip("s")
        sym = (m.group("sym") or "")[-1:]
        unit = _SYMBOL.get(sym) or _WORD_UNIT.get(word)
        out.append(Quantity("money", m.start(), m.end(), _number(n, scale), unit))
    return out


def troops(text: str, start: int, end: int) -> list[Quantity]:
    """Troop numbers ('5,000 troops', 'two brigades')."""
    out = []
    for m in _TROOPS.finditer(text, start, end):
        value = _number(m.group("n"), None)
        if value is not None and m.group("s"):
            value *= {"thousand": 1e3, "hundred": 1e2, "million": 1e6}[m.group("s").lower()]
        out.append(Quantity("troops", m.start(), m.end(), value, m.group("unit").lower()))
    return out


@cache
def _weapon_union() -> re.Pattern[str]:
    """All weapon patterns in one expression (one pass over the text, then exact lookup).

    The word-boundary guards every pattern shares stand once, outside the alternation: the
    engine then rejects a position inside a word with one look-behind instead of one per
    weapon (about 18 times faster, same matches).
    """
    names = "|".join(f"(?:{row['pattern']})" for row in _rows("weapons.tsv"))
    # the characters a name can start with, tested before the alternatives: a word start
    # that cannot begin any name (most words) is passed over at once
    firsts = first_chars(names)
    ahead = f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])" if firsts else ""
    return re.compile(rf"(?<![\w-]){ahead}(?:{names})(?![\w-])")


def weapon_pattern() -> re.Pattern[str]:
    """One expression that finds every weapon system of data/weapons.tsv."""
    return _weapon_union()


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of the case-sensitive expression `pattern` can start with,
    or None when that cannot be told simply (classes like \\w, empty matches, flags)."""
    import re._parser as sre  # the standard parser: the same reading as `re.compile`

    tree = sre.parse(pattern)
    if tree.state.flags & ~re.UNICODE:
        return None
    found = _first_of(list(tree))
    return None if found is None or found[1] else frozenset(found[0])


def _first_of(items: list[Any]) -> tuple[set[str], bool] | None:
    """(first characters, whether the sequence can match empty) of parsed items."""
    import re._constants as op

    chars: set[str] = set()
    inner: tuple[set[str], bool] | None
    for code, arg in items:
        if code is op.LITERAL:
            return chars | {chr(arg)}, False
        if code is op.IN:
            members = _class_chars(arg)
            return None if members is None else (chars | members, False)
        if code is op.BRANCH:
            alts = [_first_of(list(alt)) for alt in arg[1]]
            if any(a is None for a in alts):
                return None
            inner = (set().union(*(a[0] for a in alts if a)), any(a[1] for a in alts if a))
        elif code is op.SUBPATTERN:
            inner = _first_of(list(arg[3]))
        elif code in (op.MAX_REPEAT, op.MIN_REPEAT):
            sub = _first_of(list(arg[2]))
            inner = None if sub is None else (sub[0], sub[1] or arg[0] == 0)
        else:
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


def _class_chars(members: list[Any]) -> set[str] | None:
    """The characters of a parsed [...] class of literals and small ranges."""
    import re._constants as op

    out: set[str] = set()
    for code, arg in members:
        if code is op.LITERAL:
            out.add(chr(arg))
        elif code is op.RANGE and arg[1] - arg[0] <= 300:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return out


def weapon_systems(text: str, start: int, end: int) -> list[Quantity]:
    """Named weapon systems (T-90, S-400, F-16 ...), unit = the system's canonical name;
    a count before the name is the value ('73 T-90 tanks': 73, from '73')."""
    out = []
    for m in _weapon_union().finditer(text, start, end):
        name = next((w.name for w in weapons() if w.regex.fullmatch(m.group())), None)
        if name is not None:
            first, value = _count_before(text, max(start, m.start() - 40), m.start())
            out.append(Quantity("weapon", first, m.end(), value, name))
    return out


# A number, and at most one word ('used', 'new', 'advanced'), right before a weapon's name.
_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,-])(?P<n>\d[\d,]*|{'|'.join(w for w in _NUMBER_WORDS if w != 'a')})"
    r"\s+(?:[a-z][a-z-]*\s+)?$", re.IGNORECASE)


def _count_before(text: str, lo: int, at: int) -> tuple[int, float | None]:
    """(start, value) of a count that ends just before offset `at`; (at, None) if none."""
    m = _COUNT_BEFORE.search(text, lo, at)
    if m is None or _YEAR.fullmatch(m.group("n")):
        return at, None
    return m.start(), _number(m.group("n"))


_YEAR = re.compile(r"(?:19|20)\d\d")


def counts(text: str, start: int, end: int) -> list[Quantity]:
    """Other counted things ('20 people', '16 tanks', 'four submarines')."""
    found = [Quantity("count", m.start(), m.end(), _number(m.group("n")),
                      m.group("unit").lower()) for m in _COUNT.finditer(text, start, end)] \
        if _DIGIT.search(text, start, end) else []
    if not _may_name_weapons(text, start, end):
        return found
    for m in _WEAPON_COUNT.finditer(text, start, end):
        if not _YEAR.fullmatch(m.group("n")) and \
                not any(m.start() < q.end and q.start < m.end() for q in found):
            found.append(Quantity("count", m.start(), m.end(), _number(m.group("n")),
                                  m.group("unit").lower()))
    return found


_DIGIT = re.compile(r"\d")
# Words one of which every troop unit contains ('brigade' in 'brigades', 'advisers' in
# 'military advisers'): without one, the troop expression cannot match.
_TROOP_WORDS = ("troops", "soldiers", "servicemen", "personnel", "fighters", "marines",
                "paratroopers", "peacekeepers", "reservists", "brigade", "battalion",
                "division", "regiment", "advisers", "advisors", "special forces")


def _may_name_troops(text: str, start: int, end: int) -> bool:
    """False only when text[start:end] cannot hold a troop number (cheap test first: the
    case-insensitive expression is tried only on spans with a unit word; non-ASCII text
    always gets the expression, whose case rules reach beyond `str.lower`)."""
    span = text[start:end]
    if not span.isascii():
        return True
    low = span.lower()
    return any(w in low for w in _TROOP_WORDS)


_UNIT_STEMS = tuple(u[:-1] if u.endswith("s") else u for u in _WEAPON_UNITS.split("|"))


def _may_name_weapons(text: str, start: int, end: int) -> bool:
    """False only when text[start:end] holds no weapon unit word (cheap test first, as for
    troops; non-ASCII text always gets the expression)."""
    span = text[start:end]
    if not span.isascii():
        return True
    low = span.lower()
    return any(u in low for u in _UNIT_STEMS)


def quantities(text: str, start: int, end: int) -> list[Quantity]:
    """All quantities in text[start:end], without overlaps (money and troops win)."""
    found: list[Quantity] = []
    digits = _DIGIT.search(text, start, end) is not None  # money needs a digit
    for q in (*(money(text, start, end) if digits else ()),
              *(troops(text, start, end) if _may_name_troops(text, start, end) else ()),
              *weapon_systems(text, start, end), *counts(text, start, end)):
        if not any(q.start < f.end and f.start < q.end for f in found):
            found.append(q)
    return sorted(found, key=lambda q: q.start)


@cache
def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs that report speech (data/triggers/en/reporting.tsv)."""
    return frozenset(r["lemma"] for r in _rows("triggers", "en", "reporting.tsv"))


@cache
def _outlet_union() -> re.Pattern[str]:
    """Every outlet surface form in one case-insensitive expression, longest first."""
    alternatives = "|".join(re.escape(surface) for _name, surface in outlets())
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def reporting_forms() -> frozenset[str]:
    """Inflected forms of the reporting verbs ('said', 'stated', 'told' ...)."""
    from newsevents.coders.english.lexicon import word_forms

    return frozenset(f for lemma in reporting_verbs() for f in word_forms(lemma))


@cache
def _outlet_names() -> dict[str, str]:
    """Lower-case surface -> canonical outlet name (the longest-first row wins)."""
    return dict((surface, name) for name, surface in reversed(outlets()))


_WORD_RUN = re.compile(r"\w+")


@cache
def _outlet_key_words() -> frozenset[str] | None:
    """The longest word of every outlet surface ('associated' of 'the associated press');
    None when a surface has no word or is not ASCII (then the test below cannot decide)."""
    keys = []
    for _name, surface in outlets():
        words = _WORD_RUN.findall(surface)
        if not words or not surface.isascii():
            return None
        keys.append(max(words, key=len))
    return frozenset(keys)


def _may_name_outlet(text: str) -> bool:
    """False only when no outlet can be named in `text`. Every word of a matched surface is
    a whole word of the text (inside the surface by its own characters, at its edges by
    the expression's edge checks), so an ASCII text that lacks every surface's key word
    names none (other text always gets the expression: its case rules reach beyond
    `str.lower`)."""
    keys = _outlet_key_words()
    if keys is None or not text.isascii():
        return True
    return not keys.isdisjoint(_WORD_RUN.findall(text.lower()))


def outlet_in(text: str) -> str | None:
    """The canonical name of a news outlet named in `text`, if any."""
    if not _may_name_outlet(text):
        return None
    names = _outlet_names()
    for m in _outlet_union().finditer(text):
        found = m.group()
        # short all-capital names (AP, RT) must be written in capitals
        if len(found) <= 3 and found != found.upper():
            continue
        return names.get(found.lower())
    return None


def _span_of(tok: Token, base: int) -> Span:
    left, right = tok.extent
    return Span(base + left, base + right)


def speaker_tokens(doc: Any) -> list[tuple[Token, Token]]:
    """(reporting verb or 'according', speaker head) pairs found in a parsed sentence."""
    cached: list[tuple[Token, Token]] | None = doc.user_data.get("speakers")
    if cached is None:
        cached = _speaker_tokens(doc)
        doc.user_data["speakers"] = cached
    return cached


def _speaker_tokens(doc: Any) -> list[tuple[Token, Token]]:
    pairs = []
    verbs = reporting_verbs()
    forms = reporting_forms()
    for tok in doc:
        low = tok.lower_
        if low not in forms and low != "according":
            continue  # one set lookup per token: most words are neither
        if tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "AUX"):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ not in ("it", "there"):
                pairs.append((tok, subj[0]))
        elif tok.lower_ == "according":
            for prep in tok.children:
                pairs.extend((tok, o) for o in prep.children if o.dep_ == "pobj")
    return pairs


def attribution(doc: Any, base: int) -> Attribution | None:
    """Who the sentence attributes its content to (first reporting verb / according to)."""
    pairs = speaker_tokens(doc)
    outlet = outlet_in(doc.text)
    if not pairs and outlet is None:
        return None
    speaker = _span_of(pairs[0][1], base) if pairs else None
    return Attribution(speaker=speaker, outlet=outlet)
