"""The English coder's dictionaries, read once from ``data/triggers/en`` and ``data/weapons.tsv``.

Trigger rows name a lemma, an optional pattern of words that must be found among the
trigger's dependents, a CAMEO code and flags; PLOVER type, mode and context come from the
ontology unless the row overrides them. Word forms of every trigger lemma are generated here
so the pre-filter can decide, without spaCy, whether a sentence may hold an event.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsevents import ontology
from newsevents.errors import ConfigError


@dataclass(slots=True, frozen=True)
class Trigger:
    """One lexicon row: a lemma (+ pattern) that signals an event of a CAMEO code."""

    lemma: str
    pattern: tuple[frozenset[str], ...]  # each slot: alternative lemmas/words
    cameo: str
    flags: frozenset[str]
    plover: str
    mode: str | None
    context: tuple[str, ...]
    pos: str  # "verb" or "noun"

    @property
    def specificity(self) -> int:
        """How many words the row requires (more specific rows win); a '!word' slot only
        forbids, so 'suspend !constitution' yields to 'suspend aid'."""
        return sum(1 for slot in self.pattern if not any(w.startswith("!") for w in slot))


@dataclass(slots=True, frozen=True)
class Cue:
    """A polarity/modality cue word."""

    word: str
    kind: str  # negated, intended, hypothetical, reported
    scope: str  # aux, governor, mark, sentence


@dataclass(slots=True, frozen=True)
class Weapon:
    """A weapon system and the regular expression that finds it."""

    name: str
    regex: re.Pattern[str]
    category: str


def _rows(*parts: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file (comment lines starting with # are skipped)."""
    ref = resources.files("newsevents").joinpath("data", *parts)
    try:
        text = ref.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read data/{'/'.join(parts)}: {exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items() if k}


def _trigger(row: dict[str, str], pos: str) -> Trigger:
    cameo = row["cameo"]
    try:
        base = ontology.info(cameo)
    except KeyError as exc:
        raise ConfigError(f"trigger {row['lemma']!r} names unknown CAMEO code {cameo}") from exc
    plover = row.get("plover") or base.plover
    if not plover:
        raise ConfigError(f"trigger {row['lemma']!r}: CAMEO {cameo} has no PLOVER type")
    context = tuple(c for c in (row.get("context") or "").split(";") if c) or base.context
    pattern = tuple(frozenset(slot.split("|")) for slot in row.get("pattern", "").split() if slot)
    flags = frozenset(f for f in row.get("flags", "").split(",") if f)
    return Trigger(row["lemma"].lower(), pattern, cameo, flags, plover,
                   row.get("mode") or base.mode, context, pos)


@cache
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(pos, lemma) -> trigger rows, most specific first."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for name, pos in (("verbs.tsv", "verb"), ("nouns.tsv", "noun")):
        for row in _rows("triggers", "en", name):
            trig = _trigger(row, pos)
            table.setdefault((pos, trig.lemma), []).append(trig)
    return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in table.items()}


@cache
def trigger_words() -> frozenset[str]:
    """Every lemma or word form that heads a trigger row, whatever its part of speech
    (a cheap first test before the part of speech is worked out)."""
    return frozenset(lemma for _pos, lemma in triggers())


@cache
def light_verbs() -> dict[str, tuple[frozenset[str], ...]]:
    """Light verb lemma -> alternatives of required particles (empty tuple = none needed)."""
    table: dict[str, tuple[frozenset[str], ...]] = {}
    for row in _rows("triggers", "en", "light_verbs.tsv"):
        words = frozenset(row.get("pattern", "").split())
        table[row["lemma"]] = (*table.get(row["lemma"], ()), words)
    return table


@cache
def refinements() -> dict[str, dict[str, str]]:
    """CAMEO code -> {object word: finer CAMEO code} (data/triggers/en/refine.tsv); a row
    that names a trigger lemma is filed under 'code lemma' and serves that trigger only."""
    table: dict[str, dict[str, str]] = {}
    for row in _rows("triggers", "en", "refine.tsv"):
        ontology.info(row["refined"])  # fail early on a typo
        key = f"{row['cameo']} {row['lemma']}" if row.get("lemma") else row["cameo"]
        table.setdefault(key, {})[row["word"].lower()] = row["refined"]
    return table


@cache
def cues() -> tuple[Cue, ...]:
    """Every polarity/modality cue."""
    return tuple(Cue(r["cue"].lower(), r["kind"], r["scope"])
                 for r in _rows("triggers", "en", "modality.tsv"))


@cache
def outlets() -> tuple[tuple[str, str], ...]:
    """(canonical name, lower-case surface) for news outlets, longest surface first."""
    pairs = [(r["name"], r["pattern"].lower()) for r in _rows("triggers", "en", "outlets.tsv")]
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))


@cache
def weapons() -> tuple[Weapon, ...]:
    """Weapon systems with compiled patterns."""
    out = []
    for row in _rows("weapons.tsv"):
        try:
            regex = re.compile(rf"(?<![\w-])(?:{row['pattern']})(?![\w-])")
        except re.error as exc:
            raise ConfigError(f"bad weapon pattern for {row['name']}: {exc}") from exc
        out.append(Weapon(row["name"], regex, row["category"]))
    return tuple(out)


# Irregular verb forms that simple suffix rules cannot produce.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "send": ("sent",), "hold": ("held",), "make": ("made",),
    "give": ("gave", "given"), "fight": ("fought",), "shoot": ("shot",),
    "strike": ("struck", "stricken"), "withdraw": ("withdrew", "withdrawn"),
    "lead": ("led",), "swear": ("swore", "sworn"),
    "forgive": ("forgave", "forgiven"), "take": ("took", "taken"), "beat": ("beaten",),
    "lend": ("lent",), "break": ("broke", "broken"), "fly": ("flew", "flown"),
    "begin": ("began", "begun"), "stand": ("stood",), "go": ("went", "gone"),
    "blow": ("blew", "blown"), "set": ("set",), "cut": ("cut",), "put": ("put",),
    "undertake": ("undertook", "undertaken"), "overrun": ("overran",),
    "retake": ("retook", "retaken"), "mislead": ("misled",), "pay": ("paid",),
    "freeze": ("froze", "frozen"), "shake": ("shook", "shaken"), "tell": ("told",),
    "say": ("said",), "burn": ("burnt",), "deal": ("dealt",), "win": ("won",),
    "steal": ("stole", "stolen"), "speak": ("spoke", "spoken"), "lay": ("laid",),
    "withhold": ("withheld",), "uphold": ("upheld",), "overthrow": ("overthrew", "overthrown"),
    "mistake": ("mistook",), "arise": ("arose", "arisen"), "forsake": ("forsook", "forsaken"),
    "drive": ("drove", "driven"), "shut": ("shut",),
    "hit": ("hit",), "rebuild": ("rebuilt",), "sell": ("sold",), "buy": ("bought",),
    "seek": ("sought",), "bring": ("brought",), "flee": ("fled",),
    "throw": ("threw", "thrown"), "draw": ("drew", "drawn"),
}


def word_forms(lemma: str) -> set[str]:
    """Plausible inflected forms of an English lemma (verb and noun endings)."""
    forms = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        es = "es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s"
        forms |= {lemma + es, lemma + "ed", lemma + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):  # stop -> stopped
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


# Function words whose lemma the rules below need (auxiliaries and modals).
_AUX_LEMMAS = {"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
               "am": "be", "'s": "be", "'re": "be", "has": "have", "had": "have",
               "having": "have", "does": "do", "did": "do", "'ll": "will", "n't": "not",
               "wo": "will", "ca": "can", "sha": "shall"}


@cache
def vocabulary_lemmas() -> frozenset[str]:
    """Every lemma a rule of the coder compares against (triggers, light verbs, pattern and
    refinement words, cues, reporting verbs): only these need a correct lemma."""
    words = {lemma for _pos, lemma in triggers()} | set(light_verbs())
    for rows in triggers().values():
        for row in rows:
            words |= {w.lstrip("^!") for slot in row.pattern for w in slot}
    words |= {w for table in refinements().values() for w in table}
    words |= {cue.word for cue in cues()}
    words |= {r["lemma"] for r in _rows("triggers", "en", "reporting.tsv")}
    words |= {"be", "have", "do", "demand", "insist", "come"}
    return frozenset(w for w in words if w.isalpha())


@cache
def reaction_verbs() -> frozenset[str]:
    """Every form of the verbs that draw a reaction from someone (data reactions.tsv)."""
    return frozenset(form for row in _rows("triggers", "en", "reactions.tsv")
                     for form in word_forms(row["lemma"]))


@cache
def whole_words() -> frozenset[str]:
    """Every form (lower and capitalised) of the hyphenated verbs the tokenizer keeps whole."""
    forms: set[str] = set()
    for row in _rows("triggers", "en", "whole_words.tsv"):
        for form in word_forms(row["lemma"]):
            forms.update((form, form[0].upper() + form[1:]))
    return frozenset(forms)


@cache
def form_lemmas() -> dict[str, str]:
    """Inflected form -> lemma for every word the rules know (see `vocabulary_lemmas`);
    the coder lemmatises with this table instead of spaCy's lemmatizer, which is slower
    and gets some of our verbs wrong ('staged' -> 'stag')."""
    table: dict[str, str] = dict(_AUX_LEMMAS)
    for lemma in sorted(vocabulary_lemmas()):
        for form in word_forms(lemma):
            table.setdefault(form, lemma)
    for lemma in sorted(vocabulary_lemmas()):  # a lemma is its own lemma ('sanctions' as noun)
        table.setdefault(lemma, lemma)
    return table


@cache
def verb_lemmas() -> dict[str, str]:
    """Inflected form -> lemma for the verbs the rules know (used for verb-tagged tokens, so
    'killing' as a verb is 'kill' although 'killing' is also a noun trigger)."""
    verbs = {lemma for (pos, lemma) in triggers() if pos == "verb"} | set(light_verbs())
    verbs |= {r["lemma"] for r in _rows("triggers", "en", "reporting.tsv")}
    verbs |= {c.word for c in cues() if c.word.isalpha()}
    table: dict[str, str] = dict(_AUX_LEMMAS)
    for lemma in sorted(verbs):
        for form in word_forms(lemma):
            table.setdefault(form, lemma)
    return table


@cache
def trigger_forms() -> dict[str, frozenset[str] | None]:
    """Pre-filter table: lower-case word form -> None when the form alone may be a trigger, or
    the words one of which must also occur in the sentence (lemmas whose every row needs a
    pattern: 'go' counts only with 'strike', 'hand' only with 'over'/'back'/'weapons' ...)."""
    table: dict[str, frozenset[str] | None] = {}
    for (_pos, lemma), rows in triggers().items():
        needs = _needed_words(rows)
        for form in word_forms(lemma):
            if form in table and table[form] is None:
                continue
            old = table.get(form)
            table[form] = None if needs is None else (needs | (old or frozenset()))
    table["must"] = frozenset({"said", "say", "says", "insisted", "declared", "demanded",
                               "told", "added", "stressed", "warned"})
    return table


def _needed_words(rows: tuple[Trigger, ...]) -> frozenset[str] | None:
    """Words of each row's first pattern slot (with their forms); None if a row needs none."""
    words: set[str] = set()
    for row in rows:
        slots = [slot for slot in row.pattern if not any(w.startswith("!") for w in slot)]
        if not slots:
            return None
        for w in slots[0]:
            words |= word_forms(w.lstrip("^"))
    return frozenset(words)


@cache
def protesters() -> frozenset[str]:
    """Lemmas of nouns naming people who protest (data/triggers/en/protesters.tsv)."""
    return frozenset(r["lemma"].lower() for r in _rows("triggers", "en", "protesters.tsv"))


@cache
def relief_words() -> frozenset[str]:
    """Words naming relief workers or goods (data/triggers/en/relief.tsv): their arrival in a
    country is humanitarian aid, not a visit."""
    return frozenset(r["word"].lower() for r in _rows("triggers", "en", "relief.tsv"))


@cache
def instruments() -> frozenset[str]:
    """Words naming means of violence (data/triggers/en/instruments.tsv)."""
    return frozenset(r["word"].lower() for r in _rows("triggers", "en", "instruments.tsv"))


@cache
def act_nouns() -> dict[str, tuple[frozenset[str], bool]]:
    """Noun lemma -> (PLOVER types of the earlier act it can refer back to, whether it is the
    latest such act rather than the earliest) (data/triggers/en/act_nouns.tsv)."""
    return {r["lemma"].lower(): (frozenset(t for t in r["types"].split(",") if t),
                                 r["refers"] == "last")
            for r in _rows("triggers", "en", "act_nouns.tsv")}
