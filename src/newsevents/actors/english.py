"""English actor mention finder: pure Python, no spaCy.

`find_mentions` runs in two passes over the tokens of a folded copy of the
text. Pass one takes, at each token, the longest lexicon entry (token trie).
Pass two composes phrases from those matches:

* modifier + head: a country, demonym, capital or seat of power (optionally
  with "'s") followed by a role, title, person or country-less group merges
  into one mention with the modifier's country and the head's sector
  ("Iraq's Defense Ministry" -> IRQMIL, "the Iraqi government" -> IRQGOV);
* coordinated modifiers sharing one head give one mention each
  ("Hungarian and Romanian officials" -> HUNGOV, ROUGOV);
* a title followed by a capitalised name is a person even when the name is
  unknown ("Lt. Gen. Othman Al-Ghanimi"); a known person after a title
  resolves fully ("Prime Minister Nouri al-Maliki");
* a role followed by "of"/"from" (or "in", except for military heads) and a
  country takes that country ("opposition groups in Zimbabwe").
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.actors.lexicon import Entry, fold, longest_at, tokenize, trie
from newsevents.model import Mention

Token = tuple[int, int, str]

# kinds that carry a country and can modify a following head
_MODIFIER_KINDS = frozenset({"country", "demonym", "capital", "metonym", "region", "place"})
# words after a context-dependent entry ("IS") that show it names the group
_CONTEXT_NEXT = frozenset({
    "fighters", "fighter", "militants", "militant", "group", "jihadists", "extremists",
    "insurgents", "terrorists", "cell", "cells", "members", "member", "claimed", "attack",
    "attacks", "-", "'s", "'", "leader", "leaders", "commander", "commanders", "stronghold",
    "strongholds", "positions", "targets", "supporters", "suicide", "bombers", "gunmen", "and",
    "remnants", "affiliate", "affiliates", "emir", "caliphate", "in", "has", "had", "said",
})
# kinds that can be the head of a modifier phrase
_HEAD_KINDS = frozenset({"role", "person", "group", "org", "company"})
# lower-case words that may stand between a modifier and its head
_FILLERS = frozenset({
    "senior", "top", "former", "acting", "deputy", "interim", "new", "outgoing", "incoming",
    "then", "veteran", "leading", "high", "-", "ranking", "level", "local", "state", "federal",
    "national", "regional", "provincial", "caretaker", "visiting", "exiled", "ruling", "ethnic",
    "current", "late", "chief", "head", "main", "two", "three", "several", "some", "many",
    "other", "hardline", "moderate", "radical", "armed", "unnamed", "anonymous", "retired",
    "young", "elderly", "angry", "striking", "jailed", "detained", "wounded", "dead", "slain",
    "pro", "anti", "government", "opposition", "security", "defense", "defence", "military",
})
_COORD = frozenset({"and", "or", "&", ","})
_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "abd", "ul", "ud", "de", "da", "di", "dos", "du",
    "van", "von", "der", "den", "la", "le", "-", "'", ".",
})
# capitalised words that never start or continue a personal name
_NOT_NAMES = frozenset({
    "the", "a", "an", "on", "in", "of", "and", "said", "says", "told", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "he", "she", "it", "they", "we", "i", "his", "her", "their", "who", "which", "that", "this",
    "for", "to", "at", "by", "with", "from", "as", "but", "after", "before", "during", "when",
})
_MAX_NAME_TOKENS = 6


@dataclass(slots=True)
class _Match:
    """A lexicon entry found over tokens `[i, j)`."""

    i: int
    j: int
    entry: Entry


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Actor mentions in `text[start:end]`, non-overlapping, longest first, absolute offsets."""
    stop = len(text) if end is None else end
    tokens = tokenize(fold(text), start, stop)
    matches = _base_matches(text, tokens)
    return _compose(text, tokens, matches)


def _base_matches(text: str, tokens: list[Token]) -> list[_Match | None]:
    """For each token index, the longest entry starting there (greedy, non-overlapping)."""
    root = trie("en")
    at: list[_Match | None] = [None] * (len(tokens) + 1)
    i = 0
    while i < len(tokens):
        found = longest_at(root, tokens, i, text)
        if found is None or ("context" in found[1].flags and not _in_context(tokens, found[0])):
            i += 1
            continue
        at[i] = _Match(i, found[0], found[1])
        i = found[0]
    return at


def _in_context(tokens: list[Token], j: int) -> bool:
    """Whether the token after a context-dependent entry shows the intended reading."""
    return j < len(tokens) and tokens[j][2] in _CONTEXT_NEXT


def _is_modifier(m: _Match | None) -> bool:
    """Country-bearing matches, IGOs and ethnic/religious groups can modify a head."""
    if m is None:
        return False
    entry = m.entry
    if entry.kind in _MODIFIER_KINDS:
        return entry.country is not None
    return entry.kind == "igo" or "ethnic" in entry.flags


def _compose(text: str, tokens: list[Token], at: list[_Match | None]) -> list[Mention]:
    """Walk the matches and merge modifier/head/title/name phrases into mentions."""
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        m = at[i]
        if m is None:
            i += 1
            continue
        if m.entry.kind == "ignore":  # consumed so that its words match nothing else
            i = m.j
            continue
        if _is_modifier(m):
            i = _modifier_phrase(text, tokens, at, m, out)
        else:
            i = _head_phrase(text, tokens, at, m, None, m.i, out)
    return out


def _modifier_phrase(
    text: str, tokens: list[Token], at: list[_Match | None], first: _Match, out: list[Mention]
) -> int:
    """Collect coordinated modifiers, then try to attach a head; return the next index."""
    mods = [first]
    k = _after_possessive(tokens, first.j)
    stacked = at[k] if k < len(tokens) else None
    if stacked is not None and _is_modifier(stacked) and "ethnic" in stacked.entry.flags:
        k = _after_possessive(tokens, stacked.j)  # "Iraqi Kurdish leaders": keep the country
    while k < len(tokens) and tokens[k][2] in _COORD:
        k2 = k + 1
        if k2 < len(tokens) and tokens[k2][2] in _COORD:  # ", and"
            k2 += 1
        nxt = at[k2] if k2 < len(tokens) else None
        if not _is_modifier(nxt) or nxt is None:
            break
        mods.append(nxt)
        k = _after_possessive(tokens, nxt.j)
    h = _skip_fillers(tokens, at, k)
    head = at[h] if h < len(tokens) else None
    if head is not None and _can_head(head.entry):
        for mod in mods[:-1]:
            out.append(_mention(tokens, mod.i, mod.j, mod.entry, mod.entry.country, head.entry))
        return _head_phrase(text, tokens, at, head, mods[-1].entry, mods[-1].i, out)
    out.extend(_plain(tokens, mod) for mod in mods)
    return mods[-1].j


def _can_head(entry: Entry) -> bool:
    """Roles, titles, persons and country-less groups/organisations can head a modifier."""
    return entry.kind == "person" or (entry.kind in _HEAD_KINDS and entry.country is None)


def _after_possessive(tokens: list[Token], k: int) -> int:
    return k + 1 if k < len(tokens) and tokens[k][2] in ("'s", "'") else k


def _skip_fillers(tokens: list[Token], at: list[_Match | None], k: int) -> int:
    """Skip up to three lower-case filler words that are not themselves lexicon heads."""
    for _ in range(3):
        if k >= len(tokens) or at[k] is not None or tokens[k][2] not in _FILLERS:
            return k
        k += 1
    return k


def _head_phrase(
    text: str, tokens: list[Token], at: list[_Match | None], head: _Match,
    mod: Entry | None, start_tok: int, out: list[Mention],
) -> int:
    """Emit the mention headed by `head` (with optional modifier); return the next index."""
    entry = head.entry
    end_tok, person, kind = head.j, (entry if entry.kind == "person" else None), entry.kind
    if entry.kind == "role":
        end_tok, person, kind = _title_tail(text, tokens, at, head)
    country = mod.country if mod is not None else None
    sector = entry.sector
    if person is not None:
        country = person.country or country
        sector = person.sector or sector
    elif mod is None and entry.kind == "role":
        country, end_tok = _trailing_country(tokens, at, end_tok, sector)
    if mod is not None and mod.kind == "metonym" and mod.sector and sector == "GOV":
        sector = mod.sector  # "Pentagon officials" are military
    if entry.country is not None and entry.kind != "person":
        country = entry.country
    code = _code(entry, person, mod, country, sector)
    name = person.name if person is not None else _head_name(entry, mod)
    if mod is not None and mod.kind == "igo" and person is None:
        kind = "igo"
    s, e = tokens[start_tok][0], tokens[end_tok - 1][1]
    out.append(Mention(s, e, code, country, sector, name, kind))
    return end_tok


def _title_tail(
    text: str, tokens: list[Token], at: list[_Match | None], head: _Match
) -> tuple[int, Entry | None, str]:
    """After a role: chained titles, then a known person or a capitalised name."""
    k = head.j
    while k < len(tokens):
        nxt = at[k]
        if nxt is None or nxt.entry.kind != "role" or "title" not in nxt.entry.flags:
            break
        k = nxt.j
    nxt = at[k] if k < len(tokens) else None
    if nxt is not None and nxt.entry.kind == "person":
        return nxt.j, nxt.entry, "person"
    if "title" in _last_flags(at, head, k):
        name_end = _name_end(text, tokens, at, k)
        if name_end is not None:
            return name_end, None, "person"
    return k, None, "role"


def _head_name(entry: Entry, mod: Entry | None) -> str | None:
    """Canonical name for a non-person head: its own, or an IGO modifier's."""
    if entry.kind != "role":
        return entry.name
    return mod.name if mod is not None and mod.kind == "igo" else None


def _last_flags(at: list[_Match | None], head: _Match, k: int) -> frozenset[str]:
    """Flags of the last title in the chain that ends at token `k`."""
    flags = head.entry.flags
    j = head.j
    while j < k:
        m = at[j]
        if m is None:
            break
        flags, j = m.entry.flags, m.j
    return flags


def _name_end(text: str, tokens: list[Token], at: list[_Match | None], k: int) -> int | None:
    """End index of a capitalised personal name starting at token `k`, or None."""
    n = 0
    j = k
    while j < len(tokens) and n < _MAX_NAME_TOKENS:
        form = tokens[j][2]
        surface = text[tokens[j][0] : tokens[j][1]]
        if form in _PARTICLES and j > k and j + 1 < len(tokens):
            j += 1
            continue
        if not surface[:1].isupper() or form in _NOT_NAMES or not surface[:1].isalpha():
            break
        if at[j] is not None and at[j].entry.kind != "person":  # type: ignore[union-attr]
            break
        j += 1
        n += 1
    while j > k and tokens[j - 1][2] in _PARTICLES:  # no dangling particle
        j -= 1
    return j if n else None


def _trailing_country(
    tokens: list[Token], at: list[_Match | None], k: int, sector: str | None
) -> tuple[str | None, int]:
    """Country named right after a role ("officials in Baghdad"); returns (iso3, end)."""
    if k + 1 >= len(tokens):
        return None, k
    prep = tokens[k][2]
    if prep not in ("of", "from", "in") or (prep == "in" and sector == "MIL"):
        return None, k
    j = k + 1
    if j < len(tokens) and tokens[j][2] == "the":
        j += 1
    m = at[j] if j < len(tokens) else None
    if m is not None and _is_modifier(m):
        return m.entry.country, m.j
    return None, k


def _code(
    entry: Entry, person: Entry | None, mod: Entry | None, country: str | None,
    sector: str | None,
) -> str:
    """CAMEO-style code: country + sector, else the IGO/group code, else the entry's code."""
    if person is not None and person.code:
        return person.code if not country or person.country else country + (sector or "")
    if entry.kind in ("role", "person") or (entry.country is None and mod is not None):
        if country:
            return country + (sector or "")
        if mod is not None and (mod.kind == "igo" or "ethnic" in mod.flags):
            return mod.code if mod.kind == "igo" else mod.code + (sector or "")
        return sector or entry.code
    return entry.code


def _mention(
    tokens: list[Token], i: int, j: int, mod: Entry, country: str | None, head: Entry
) -> Mention:
    """A coordinated modifier that shares the head's sector ("Hungarian [and ...] officials")."""
    sector = head.sector if head.kind != "person" else mod.sector
    code = (country or "") + (sector or "")
    return Mention(tokens[i][0], tokens[j - 1][1], code, country, sector, None, head.kind)


def _plain(tokens: list[Token], m: _Match) -> Mention:
    """A mention for a lone lexicon match."""
    e = m.entry
    return Mention(tokens[m.i][0], tokens[m.j - 1][1], e.code, e.country, e.sector, e.name, e.kind)
