"""Arms trade: purchases, sales and supply of weapons (COOPERATE, CAMEO 062).

Trade words carry the anchor `buy` or `sell` in triggers/ar/cooperate.tsv. They are an
event only with a weapon or a piece of military equipment after them
(data/arabic/military_goods.txt, or a named system: data/arabic/weapon_systems.tsv and
the shared data/weapons.tsv): "اشترى العراق دبابات من روسيا" is one, "شراء القمح" is
not. The buyer of a purchase is its source and the من-seller its target; the seller of
a sale or supply is its source and the ل/إلى-buyer (or the supplied object of زود) its
target. Counted weapons ("40 دبابة تي-90") become weapon quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from newsevents.coders.arabic.lexicon import Match, TriggerEntry
from newsevents.coders.arabic.mentions import Actor
from newsevents.coders.arabic.normalize import Token, cores
from newsevents.coders.arabic.resources import read_tsv, word_set
from newsevents.coders.arabic.roles import Roles
from newsevents.model import Quantity

TRADE = frozenset({"buy", "sell"})
_STRONG = re.compile(r"[.!?؟;؛:\n\"“”«»]")
_GOODS_REACH = 8  # "اشترى العراق العام الماضي 40 دبابة": the object a few words on
_SELLERS = frozenset({"من"})  # "اشترى العراق دبابات من روسيا"
_BUYERS = frozenset({"ل", "الي", "إلى"})  # "باعت روسيا منظومات للهند / إلى الهند"
_COUNT = r"(?P<n>\d[\d,.]*)\s*"


@lru_cache(maxsize=1)
def military_goods() -> frozenset[str]:
    """Weapons and military equipment (data/arabic/military_goods.txt), normalised."""
    return word_set("military_goods.txt")


@lru_cache(maxsize=1)
def systems() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Named weapon systems: Arabic-script designations, then the shared Latin ones."""
    rows = read_tsv("arabic", "weapon_systems.tsv") + read_tsv("weapons.tsv")
    return tuple((r["name"], re.compile(rf"(?<!\w)(?:{r['pattern']})(?!\w)")) for r in rows)


@lru_cache(maxsize=1)
def _scanners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Arabic-script systems and the Latin-script ones, each as one pattern: scanning
    ~120 patterns per event was the Arabic coder's largest single cost, and a sentence
    without a Latin letter needs only the first."""
    arabic = read_tsv("arabic", "weapon_systems.tsv")
    return _one_scanner(arabic), _one_scanner(read_tsv("weapons.tsv"))


def _one_scanner(rows: list[dict[str, str]]) -> re.Pattern[str]:
    r"""The `systems` patterns of `rows` as one alternation, their shared word-start check
    (?<!\w) put in front once: the scan then tries the alternatives only where a word
    begins, not at every letter (same matches, the check being the same for all)."""
    alternatives = "|".join(rf"(?:{r['pattern']})(?!\w)" for r in rows)
    return re.compile(rf"(?<!\w)(?:{alternatives})")


_LATIN = re.compile(r"[A-Za-z]")


def _system_hits(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Where a weapon system may be named in text[start:end], in reading order."""
    arabic, latin = _scanners()
    hits = list(arabic.finditer(text, start, end))
    if _LATIN.search(text, start, end):
        hits += latin.finditer(text, start, end)
    return sorted(hits, key=lambda m: m.start())


def trade_word(entry: TriggerEntry) -> bool:
    """A purchase or sale word of the lexicon (anchor `buy` or `sell`)."""
    return entry.anchor in TRADE


def military_object(
    text: str, tokens: Sequence[Token], gaps: Sequence[str], trig: Match[TriggerEntry]
) -> bool:
    """A weapon or military equipment within a few words after the trade word, in its clause."""
    goods = military_goods()
    stop = min(len(tokens), trig.last + 1 + _GOODS_REACH)
    for k in range(trig.first, stop):
        if k > trig.last and _STRONG.search(gaps[k]):
            stop = k
            break
        if k > trig.last and _equipment(tokens[k].norm, goods):
            return True
    if stop <= trig.last + 1:
        return False
    return bool(_system_hits(text, tokens[trig.last].end, tokens[stop - 1].end))


def _equipment(norm: str, goods: frozenset[str]) -> bool:
    """A military noun, with proclitics, the article or a pronoun suffix ("أسلحتها")."""
    for c in cores(norm):
        stem = c.removeprefix("ال")
        for word in (c, stem, *_unsuffixed(stem)):
            if word in goods:
                return True
    return False


def _unsuffixed(word: str) -> list[str]:
    """ "اسلحتها" → اسلحه: the noun without a pronoun suffix (ت restored to ة)."""
    out = []
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.append(stem[:-1] + "ه" if stem.endswith("ت") else stem)
    return out


def trade_roles(
    entry: TriggerEntry, roles: Roles, actors: Sequence[Actor], tokens: Sequence[Token], last: int
) -> Roles:
    """Buyer and seller: the من-seller of a purchase, the ل/إلى-buyer of a sale is the target.

    A weapon named as the object ("دبابات", "مروحيات أمريكية" read as forces) is no party;
    a buyer named before an intention ("يعتزم المغرب اقتناء") is the source.
    """
    parties = [a for a in actors if not _goods(tokens, a)]
    source = roles.source if roles.source in parties else None
    if source is None:
        before = [a for a in parties if a.last < last and not a.marker and a.country]
        source = before[-1] if before and last - before[-1].last <= _GOODS_REACH else None
    after = [a for a in parties if a.first > last and a.country and a is not source]
    markers = _SELLERS if entry.anchor == "buy" else _BUYERS
    marked = next((a for a in after if _marker(tokens, a) in markers), None)
    target = roles.target if roles.target in parties else None
    if marked is not None:
        target = marked
    elif target is not None and (target.country is None or _marker(tokens, target)):
        target = None
    if target is None:  # "شراء طائرات مسيرة تركية": Turkey sells; "قذائف مدفعية لروسيا"
        target = _goods_party(entry, actors, tokens, last, source)
    if target is not None and source is not None and target.code == source.code:
        target = None
    return Roles(source, target)


def _goods_party(
    entry: TriggerEntry,
    actors: Sequence[Actor],
    tokens: Sequence[Token],
    last: int,
    source: Actor | None,
) -> Actor | None:
    """A country named inside the traded equipment's phrase, as that country: its maker for a
    purchase ("مروحيات أباتشي أمريكية"), its ل-receiver for a sale ("قذائف مدفعية لروسيا")."""
    for a in actors:
        if not (a.country and last < a.first <= last + _GOODS_REACH):
            continue
        if source is not None and a.country == source.country:
            continue
        inner = _goods(tokens, a)
        received = inner and any(
            tokens[k].norm.startswith("ل") for k in range(a.first + 1, a.last + 1)
        )
        made = (inner and not received) or (a.adjective and _goods_before(tokens, a.first))
        if (entry.anchor == "sell" and received) or (entry.anchor == "buy" and made):
            return replace(a, code=a.country, sector=None)
    return None


def _goods_before(tokens: Sequence[Token], first: int) -> bool:
    """Equipment within two words before a nisba ("مروحيات أباتشي أمريكية")."""
    goods = military_goods()
    return any(_equipment(tokens[k].norm, goods) for k in range(max(0, first - 2), first))


def _goods(tokens: Sequence[Token], actor: Actor) -> bool:
    """The actor's words name military equipment (an object of the trade, no party)."""
    goods = military_goods()
    return any(
        c in goods or c.removeprefix("ال") in goods
        for k in range(actor.first, actor.last + 1)
        for c in cores(tokens[k].norm)
    )


def _marker(tokens: Sequence[Token], actor: Actor) -> str:
    """The actor's preposition: its own, or a separate من/إلى right before it."""
    if actor.marker:
        return actor.marker
    if actor.first > 0 and tokens[actor.first - 1].norm in _SELLERS | _BUYERS:
        return tokens[actor.first - 1].norm
    return ""


def weapon_quantities(text: str, start: int, end: int) -> list[Quantity]:
    """Weapon systems named in text[start:end], with a count right before them when given.

    "40 دبابة تي-90" is 40 T-90s; "منظومات إس-400" names the system, no count; "50 دبابة"
    with no system name counts the equipment noun.
    """
    # every event of a sentence asks for the same span: scan once, hand out fresh copies
    # (a Quantity is mutable, so events must not share one)
    return [Quantity(q.kind, q.start, q.end, q.value, q.unit) for q in _weapons(text, start, end)]


@lru_cache(maxsize=256)
def _weapons(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    """The scan behind `weapon_quantities` (its results are copied, never handed out)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for hit in _system_hits(text, start, end):  # one scan, then which system
        name, m = next((n, m) for n, p in systems() if (m := p.match(text, hit.start(), end)))
        if any(a <= m.start() < b for a, b in taken):
            continue
        first, value = _count_before(text, start, m.start())
        out.append(Quantity("weapon", first, m.end(), value, name))
        taken.append((first, m.end()))
    for m in _counted_goods().finditer(text, start, end):
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            value = float(m.group("n").replace(",", ""))
            out.append(Quantity("weapon", m.start("n"), m.end(), value, m.group("noun")))
            taken.append((m.start(), m.end()))
    for m in _worded_goods().finditer(text, start, end):  # "أربع مروحيات", "عشرات الدبابات"
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            value = cardinals().get(m.group("w"))
            before = text[max(start, m.start() - 12) : m.start()].split()
            if before and before[-1].removeprefix("و") in cardinals():
                value = None  # "ثلاث عشرة مدرعة": a compound number, not ten
            out.append(Quantity("weapon", m.start("w"), m.end(), value, m.group("noun")))
    return tuple(sorted(out, key=lambda q: q.start))


@lru_cache(maxsize=1)
def cardinals() -> dict[str, float | None]:
    """Number words and their values (data/arabic/cardinals.tsv; None: "عشرات", "مئات")."""
    rows = read_tsv("arabic", "cardinals.tsv")
    return {r["word"]: (float(r["value"]) if r["value"] else None) for r in rows}


@lru_cache(maxsize=1)
def _worded_goods() -> re.Pattern[str]:
    """A number word before an equipment noun, with or without the article."""
    words = "|".join(re.escape(w) for w in sorted(cardinals(), key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(_spellings(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)و?(?P<w>{words})\s+(?:ال)?(?P<noun>{nouns})(?!\w)")


def _count_before(text: str, start: int, at: int) -> tuple[int, float | None]:
    """ "40 دبابة تي-90": a number and one equipment noun right before a system name."""
    window = max(start, at - 40)
    # not the number of a designation before it ("تي-90 ومنظومات إس-400": no 90 S-400s)
    m = re.search(r"(?<![\w.,-])و?(\d[\d,.]*)\s+(?:\w+\s+)?$", text[window:at])
    if m is None:
        return at, None
    return window + m.start(1), float(m.group(1).replace(",", ""))


@lru_cache(maxsize=1)
def _counted_goods() -> re.Pattern[str]:
    """A number right before an equipment noun, written as in the text ("24 مقاتلة")."""
    nouns = sorted(_spellings(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"(?<![\w.,])و?{_COUNT}(?P<noun>(?:{alternatives}))(?!\w)")


def _spellings() -> set[str]:
    """The equipment nouns with their usual written forms (ة and ه, ئ, أ and ا)."""
    out = set()
    for word in military_goods():
        out.add(word)
        out.add(word.replace("ه", "ة") if word.endswith("ه") else word)
        out.add(word.replace("اء", "ائ"))
    return out
