"""Arabic lexicons (actors and triggers) compiled into a first-word index.

Entries are stored as sequences of normalised words. Each entry word is
expanded at load time into the inflected forms it may take (plural and
pronoun suffixes, verb conjugations, nisba endings); proclitics are removed
from text tokens at match time (`normalize.cores`). A token matches an entry
word when one of its readings is among that word's forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from newsevents.coders.arabic.normalize import Token, cores, normalize
from newsevents.coders.arabic.resources import read_tsv, tsv_files

P = TypeVar("P")

PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي")
# Verbs take "me" as ني ("ضربني"), never ي: a verb + ي is a name or a noun ("شكري", "أيدي").
VERB_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني")
_PLURALS = ("ات", "ان", "ين", "ون", "ا")
_PAST_SUFFIXES = ("ت", "تا", "ا", "وا", "ن", "نا", "تم", "و")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "ن", "وا", "ا")
_NISBA = ("ه", "ون", "ين", "ان", "ات", "ا", "تان", "تين")
# Kinds whose entries are proper names: matched as written (plus proclitics only).
NAME_KINDS = frozenset({"country", "capital", "city", "person", "igo", "org", "metonym"})


@dataclass(slots=True, frozen=True)
class ActorEntry:
    """One row of an actor TSV."""

    code: str
    country: str | None
    sector: str | None
    name: str | None
    kind: str


@dataclass(slots=True, frozen=True)
class TriggerEntry:
    """One row of a trigger TSV: CAMEO code, PLOVER type, word form, role of the first argument."""

    cameo: str
    plover: str
    form: str
    arg1: str  # "source" or "target": what an unmarked actor right after the trigger is
    anchor: str = ""  # "event": a verbal noun that needs a sign the event took place


@dataclass(slots=True)
class Match(Generic[P]):
    """A lexicon hit over tokens `[first, last]`; `possessive` when a pronoun suffix matched."""

    first: int
    last: int
    payload: P
    possessive: bool = False
    reading: str = ""  # the reading of the first token that matched (proclitics removed)


@dataclass(slots=True)
class Index(Generic[P]):
    """Entries keyed by the forms of their first word; each word a form → possessive-flag map."""

    by_first: dict[str, list[tuple[tuple[dict[str, bool], ...], P]]] = field(default_factory=dict)

    def add(self, words: Sequence[dict[str, bool]], payload: P) -> None:
        """Register an entry whose words accept the given forms."""
        entry = (tuple(words), payload)
        for form in words[0]:
            self.by_first.setdefault(form, []).append(entry)

    def match_at(self, tokens: Sequence[Token], i: int) -> Match[P] | None:
        """The longest entry starting at token `i` (plain before suffixed, then first added)."""
        best: Match[P] | None = None
        by_first = self.by_first
        for reading in cores(tokens[i].norm):
            entries = by_first.get(reading)
            if not entries:
                continue  # the common case: no entry starts with this reading
            for words, payload in entries:
                hit = _match_rest(tokens, i, words)
                if hit is None:
                    continue
                last, possessive = hit
                possessive = possessive or words[0][reading]
                # a plain reading beats a pronoun-suffixed one of equal length: "تظاهره" is
                # the noun تظاهرة (ة written ه), not the verb تظاهر + ه
                plainer = best is not None and best.possessive and not possessive
                if best is None or last > best.last or (last == best.last and plainer):
                    best = Match(i, last, payload, possessive, reading)
        return best

    def scan(self, tokens: Sequence[Token]) -> list[Match[P]]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match[P]] = []
        i = 0
        while i < len(tokens):
            hit = self.match_at(tokens, i)
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.last + 1
        return out


def _match_rest(
    tokens: Sequence[Token], i: int, words: tuple[dict[str, bool], ...]
) -> tuple[int, bool] | None:
    """Check words 2.. of an entry against the tokens after `i`; (last index, possessive)."""
    possessive = False
    for offset, forms in enumerate(words[1:], start=1):
        j = i + offset
        if j >= len(tokens):
            return None
        reading = next((c for c in cores(tokens[j].norm) if c in forms), None)
        if reading is None:
            return None
        possessive = possessive or forms[reading]
    return i + len(words) - 1, possessive


# --- inflection -----------------------------------------------------------------------


def _forms(plain: Iterable[str], possessive: Iterable[str] = ()) -> dict[str, bool]:
    """A form map: plain forms are False, pronoun-suffixed ones True (plain wins)."""
    out = {form: True for form in possessive if len(form) >= 2}
    out.update({form: False for form in plain if len(form) >= 2})
    return out


def noun_forms(word: str) -> dict[str, bool]:
    """A noun with plural, dual, accusative and pronoun-suffixed forms (ة → ت before suffixes)."""
    if word.endswith("ه"):
        base = word[:-1]
        plain = [word, base + "ات", base + "تان", base + "تين", base + "تا"]
        owned = [base + "ت" + p for p in PRONOUNS] + [base + "ات" + p for p in PRONOUNS]
    else:
        plain = [word] + [word + s for s in _PLURALS]
        owned = [word + p for p in PRONOUNS] + [word + "ات" + p for p in PRONOUNS]
    return _forms(plain, owned)


def past_forms(word: str) -> dict[str, bool]:
    """A past-tense verb (3rd masc. sing. given) in every person, with object pronouns."""
    if word[-1] in "اي":  # defective verbs: دعا، التقى، نفى
        root = word[:-1]
        plain = [word, root + "ت", root + "تا", root + "وا", root + "يا", root + "ينا", root + "يت"]
        owned = [root + "ا" + p for p in VERB_PRONOUNS]
    else:
        plain = [word] + [word + s for s in _PAST_SUFFIXES]
        owned = [word + p for p in VERB_PRONOUNS] + [word + "ت" + p for p in VERB_PRONOUNS]
        owned += [word + "و" + p for p in VERB_PRONOUNS]
    return _forms(plain, owned)


def present_forms(word: str) -> dict[str, bool]:
    """A present-tense verb (given with ي) for every person prefix, suffix and object pronoun."""
    body = word[1:] if word.startswith("ي") else word
    stems = [body]
    if body[-1] in "يو":  # يدعو، يلتقي، ينفي
        stems.append(body[:-1])
    plain, owned = [], []
    for prefix in "يتنا":
        for stem in stems:
            plain += [prefix + stem + s for s in _PRESENT_SUFFIXES]
            owned += [prefix + stem + p for p in VERB_PRONOUNS]
            owned += [prefix + stem + "ون" + p for p in VERB_PRONOUNS]
    return _forms(plain, owned)


def nisba_forms(word: str) -> dict[str, bool]:
    """A demonym/nisba adjective (عراقي) with feminine, plural and dual endings."""
    return _forms([word] + [word + s for s in _NISBA])


def exact_forms(word: str) -> dict[str, bool]:
    """Just the word itself."""
    return _forms([word])


def strip_article(word: str) -> str:
    """The word without a leading definite article (the matcher removes it from tokens too)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


# --- loading ------------------------------------------------------------------------------


def _actor_words(text: str, kind: str) -> list[dict[str, bool]]:
    words = normalize(text).split()
    if kind in NAME_KINDS:
        return [exact_forms(w) for w in words]
    if kind == "demonym":
        return [nisba_forms(strip_article(w)) for w in words]
    inner = [exact_forms(w) for w in words[:-1]]
    return inner + [noun_forms(strip_article(words[-1]))]


def _trigger_words(text: str, form: str) -> list[dict[str, bool]]:
    words = normalize(text).split()
    head = words[0]
    if form == "past":
        first = past_forms(head)
    elif form == "pres":
        first = present_forms(head)
    elif form == "noun":
        first = noun_forms(strip_article(head))
    elif form == "exact":
        first = exact_forms(head)
    else:  # phrase: a verb or a noun in first position
        first = {**noun_forms(strip_article(head)), **past_forms(head)}
        if head.startswith("ي"):
            first.update(present_forms(head))
    return [first] + [_inner_forms(w) for w in words[1:]]


def _inner_forms(word: str) -> dict[str, bool]:
    """Later words of a trigger phrase: "اتصال هاتفي" also matches "اتصالا هاتفيا"."""
    if word.endswith("ي"):
        return nisba_forms(word)
    return _forms([word, word + "ا"])


@lru_cache(maxsize=1)
def actor_index() -> Index[ActorEntry]:
    """Every `data/actors/ar/*.tsv` row, indexed."""
    index: Index[ActorEntry] = Index()
    for name in tsv_files("actors", "ar"):
        for row in read_tsv("actors", "ar", name):
            entry = ActorEntry(
                code=row["code"],
                country=row.get("country") or None,
                sector=row.get("sector") or None,
                name=row.get("name") or None,
                kind=row.get("kind") or "actor",
            )
            index.add(_actor_words(row["text"], entry.kind), entry)
    return index


@lru_cache(maxsize=1)
def trigger_index() -> Index[TriggerEntry]:
    """Every `data/triggers/ar/*.tsv` row, indexed."""
    index: Index[TriggerEntry] = Index()
    for name in tsv_files("triggers", "ar"):
        for row in read_tsv("triggers", "ar", name):
            entry = TriggerEntry(
                row["cameo"],
                row["plover"],
                row["form"],
                row.get("arg1") or "source",
                row.get("anchor", ""),
            )
            index.add(_trigger_words(row["text"], row["form"]), entry)
    return index


@dataclass(slots=True, frozen=True)
class VerbObject:
    """A verb that names an event through its object ("أطلق ... صاروخا")."""

    objects: frozenset[str]
    entry: TriggerEntry


@lru_cache(maxsize=1)
def verb_object_index() -> dict[str, list[VerbObject]]:
    """data/arabic/verb_objects.tsv keyed by every past and present form of the verb."""
    index: dict[str, list[VerbObject]] = {}
    for row in read_tsv("arabic", "verb_objects.tsv"):
        # "استضاف/يستضيف": a verb whose present stem is not regular gives it after a slash
        verb, _, present = normalize(row["verb"]).partition("/")
        objects: set[str] = set()
        for word in normalize(row["objects"]).split():
            objects.update(noun_forms(strip_article(word)))
            objects.add(word)
        entry = TriggerEntry(row["cameo"], row["plover"], "past", "source", row.get("anchor", ""))
        item = VerbObject(frozenset(objects), entry)
        present = present or ("ي" + verb if not verb.startswith("ا") else "ي" + verb[1:])
        for form in {**past_forms(verb), **present_forms(present)}:
            index.setdefault(form, []).append(item)
    return index
