"""English actor mention finder: pure Python, no spaCy.

`find_mentions` runs in two passes over the tokens of a folded copy of the
text. Pass one takes, at each token, the longest lexicon entry (token trie;
`ignore` phrases such as "Persian Gulf" are consumed and produce nothing).
Pass two composes phrases from those matches:

* modifier + head: a country, demonym, capital, seat of power, region or city
  (optionally with "'s" and a few filler adjectives) followed by a role, title,
  person, NGO or ethnic group merges into one mention with the modifier's
  country and the head's sector ("Iraq's Defense Ministry" -> IRQMIL, "the
  Iraqi government" -> IRQGOV, "Iraqi Kurds" -> IRQCVL); an IGO modifier gives
  its own code ("NATO troops" -> NATO/MIL); an organisation of the modifier's
  own country absorbs it ("Lebanese Hezbollah");
* coordinated demonyms sharing one head give one mention each
  ("Hungarian and Romanian officials" -> HUNGOV, ROUGOV);
* a title followed by a capitalised name is a person even when the name is
  unknown ("Lt. Gen. Othman Al-Ghanimi"); a known person after a title
  resolves fully ("Prime Minister Nouri al-Maliki"), and the title decides the
  sector; two role nouns make one actor ("extremist militants"), the first
  deciding when the second is generic ("rebel leaders");
* a role followed by "of"/"from" (or "in", except for military heads) and a
  country takes that country ("opposition groups in Zimbabwe");
* groups and organisations absorb a following role or title + person
  ("Hezbollah fighters", "Hamas leader Ismail Haniyeh");
* "pro-X"/"anti-X" adjectives, "ethnic X" and "X's allies" do not make X the actor.
Phrases never cross a line break.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsevents.actors.lexicon import Entry, data_dir, longest_at, tokens_in, trie
from newsevents.errors import ConfigError
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
# lower-case words that may stand between a modifier and its head
_FILLERS = frozenset({
    "senior", "top", "former", "acting", "deputy", "interim", "new", "outgoing", "incoming",
    "then", "veteran", "leading", "high", "ranking", "level", "local", "state", "federal",
    "national", "regional", "provincial", "caretaker", "visiting", "exiled", "ruling", "ethnic",
    "current", "late", "chief", "head", "main", "two", "three", "several", "some", "many",
    "other", "hardline", "moderate", "radical", "armed", "unnamed", "anonymous", "retired",
    "young", "elderly", "angry", "striking", "jailed", "detained", "wounded", "dead", "slain",
    "government", "opposition", "security", "defense", "defence", "military", "suspected",
    "alleged", "so", "called", "self", "proclaimed", "presumed", "purported", "unidentified",
    "unknown", "masked", "rival", "allied", "loyalist", "loyal", "renegade", "breakaway",
    "separatist", "nationalist", "communist", "islamist", "socialist", "conservative", "liberal",
    "reformist", "right", "left", "wing", "far", "ultra", "religious", "secular",
    # portfolios: "the Chinese and Australian trade ministers"
    "trade", "finance", "economy", "economic", "energy", "oil", "health", "education",
    "agriculture", "transport", "water", "environment", "culture", "information", "labour",
    "labor", "industry", "commerce", "tourism", "housing", "planning", "development", "youth",
    "social", "electricity", "communications", "justice", "interior", "foreign",
    # military adjectives: "Egyptian armoured units"
    "armoured", "armored", "naval", "elite", "special", "mechanized", "mechanised", "infantry",
    "airborne", "mobile", "rapid", "reserve", "regular", "border", "frontline", "combat",
})
_COORD = frozenset({"and", "or", "&", ","})
# nouns after "X's militia ..." that make the phrase someone other than X
_RELATIONS = frozenset({
    "ally", "allies", "proxy", "proxies", "partner", "partners", "client", "clients", "enemy",
    "enemies", "rival", "rivals", "opponent", "opponents", "foe", "foes", "critic", "critics",
    "counterpart", "counterparts", "neighbour", "neighbours", "neighbor", "neighbors",
})
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
    # verbs and words of Title Case headlines ("President Says ...", "Minister Visits ...")
    "warns", "urges", "calls", "meets", "visits", "vows", "rejects", "accepts",
    "denies", "condemns", "announces", "seeks", "slams", "backs", "plans", "signs", "agrees",
    "threatens", "accuses", "orders", "opens", "launches", "arrives", "holds", "discusses",
    "receives", "welcomes", "praises", "criticizes", "criticises", "demands", "asks", "tells",
    "sends", "resigns", "dies", "wins", "loses", "returns", "leaves", "heads", "hails",
    "pledges", "offers", "stresses", "confirms", "expects", "is", "was", "will", "has", "had",
    "not", "no", "new", "over", "amid", "against", "about", "into", "under", "out",
    "up", "off", "also", "again", "still", "now", "today", "yesterday", "tomorrow",
})
_MAX_NAME_TOKENS = 6
# capitalised nouns that make a "title + name" sequence a place or an institution
_PLACE_WORDS = frozenset({
    "district", "road", "street", "square", "school", "college", "university", "hospital",
    "airport", "mosque", "camp", "bridge", "industrial", "office", "neighborhood",
    "neighbourhood", "quarter", "village", "town", "city", "province", "area", "base", "prep",
    "high", "farms", "hill", "mountain", "mountains", "valley", "river", "gate", "palace",
    "stadium", "port", "station", "prison", "centre", "center", "building", "highway",
    "hotel", "museum", "library", "church", "cathedral", "park", "market", "bank", "company",
})


@dataclass(slots=True)
class _Match:
    """A lexicon entry found over tokens `[i, j)`."""

    i: int
    j: int
    entry: Entry


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Actor mentions in `text[start:end]`, non-overlapping, longest first, absolute offsets."""
    tokens = tokens_in(text, start, end)
    matches = _base_matches(text, tokens)
    return _compose(text, tokens, matches)


def _base_matches(text: str, tokens: list[Token]) -> list[_Match | None]:
    """For each token index, the longest entry starting there (greedy, non-overlapping)."""
    root = trie("en")
    at: list[_Match | None] = [None] * (len(tokens) + 1)
    i = 0
    while i < len(tokens):
        # most words start no entry: one dict test before the trie walk
        found = longest_at(root, tokens, i, text) if tokens[i][2] in root else None
        if found is None or ("context" in found[1].flags and not _in_context(tokens, found[0])):
            i += 1
            continue
        at[i] = _Match(i, found[0], found[1])
        i = found[0]
    return at


def _as_ethnic(m: _Match) -> _Match:
    """A demonym after "ethnic" as a country-less community of civilians."""
    e = m.entry
    entry = Entry(text=e.text, code="", country=None, sector="CVL", name=None, kind="group",
                  flags=frozenset({"ethnic"}))
    return _Match(m.i - 1, m.j, entry)  # the span starts at "ethnic"


def _after_pro_anti(tokens: list[Token], i: int) -> bool:
    """Whether token `i` follows "pro-" or "anti-" (an adjective, not an actor)."""
    return i >= 2 and tokens[i - 1][2] == "-" and tokens[i - 2][2] in ("pro", "anti")


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
        if m.entry.kind == "ignore" or _after_pro_anti(tokens, i):
            i = m.j  # ignored phrases and "pro-X"/"anti-X" adjectives name no actor
            continue
        if _venue(tokens, m):
            i = m.j  # "the Astana talks": a meeting's name, not Kazakhstan's government
            continue
        if m.entry.kind == "demonym" and i > 0 and tokens[i - 1][2] == "ethnic":
            m = _as_ethnic(m)  # "ethnic Albanians" in Serbia are not Albania
            at[i] = m
        if _is_modifier(m):
            i = _modifier_phrase(text, tokens, at, m, out)
        elif m.entry.kind in ("group", "org", "company"):
            i = _entity_phrase(text, tokens, at, m, out)
        else:
            i = _head_phrase(text, tokens, at, m, None, m.i, out)
    return out


# words before "X talks" that make it a noun phrase ("at the Astana talks"), not a clause
# ("Moscow talks with Kyiv")
_VENUE_BEFORE = frozenset({"the", "a", "an", "at", "in", "of", "to", "from", "during", "after",
                           "before", "under", "since", "for", "on", "into", "with", "and"})


def _venue(tokens: list[Token], m: _Match) -> bool:
    """Is the city `m` the name of a meeting or text held there ("the Astana talks")?"""
    return m.entry.kind in ("capital", "place") and m.i > 0 and m.j < len(tokens) and \
        tokens[m.i - 1][2] in _VENUE_BEFORE and tokens[m.j][2] in venue_nouns()


@cache
def venue_nouns() -> frozenset[str]:
    """Nouns after which a city names a venue (data/actors/en/venue_nouns.txt)."""
    return _word_list("venue_nouns.txt")


def _word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line list in data/actors/en (`#` starts a comment line)."""
    path = data_dir() / "en" / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _modifier_phrase(
    text: str, tokens: list[Token], at: list[_Match | None], first: _Match, out: list[Mention]
) -> int:
    """Collect coordinated modifiers, then try to attach a head; return the next index."""
    mods, k = _collect_modifiers(tokens, at, first)
    head = _head_after(text, tokens, at, first, k)
    if head is not None and len(mods) == 1 and _own_entity(first.entry, head.entry):
        # "Lebanese Hezbollah", "Yemen's Houthis": one mention of the organisation
        return _entity_phrase(text, tokens, at, head, out, start_tok=first.i)
    if head is not None and _can_head(head.entry) and not _foreign_person(mods[-1], head):
        for mod in mods[:-1]:  # a person has one country: the others stay plain
            out.append(_plain(tokens, mod) if head.entry.kind == "person" else
                       _mention(tokens, mod.i, mod.j, mod.entry, mod.entry.country, head.entry))
        return _head_phrase(text, tokens, at, head, mods[-1].entry, mods[-1].i, out)
    out.extend(_plain(tokens, mod) for mod in mods)
    return mods[-1].j


def _foreign_person(mod: _Match, head: _Match) -> bool:
    """Is `head` a known person of another country than the modifier before it? Then the
    two are separate mentions run together ("when ISIS invaded from Syria Obama dragged
    his feet"): a person's country is their own."""
    person, country = head.entry, mod.entry.country
    return person.kind == "person" and bool(person.country and country) and \
        person.country != country


def _head_after(
    text: str, tokens: list[Token], at: list[_Match | None], first: _Match, k: int
) -> _Match | None:
    """The match a modifier phrase ending at token `k` may attach to, on the same line."""
    h = _skip_fillers(tokens, at, k)
    head = at[h] if h < len(tokens) else None
    if head is None or not _same_line(text, tokens, first.i, h):
        return None
    if head.j < len(tokens) and tokens[head.j][2] in _RELATIONS:
        return None  # "Israel's militia ally", "Iran's proxy forces" are someone else
    return head


def _own_entity(mod: Entry, head: Entry) -> bool:
    """Whether `head` is an organisation of the modifier's own country."""
    return (head.kind in ("org", "group", "company") and head.country is not None
            and head.country == mod.country)


def _collect_modifiers(
    tokens: list[Token], at: list[_Match | None], first: _Match
) -> tuple[list[_Match], int]:
    """`first` and modifiers coordinated with it ("Hungarian and Romanian"); the index after."""
    mods = [first]
    k = _after_ethnic(tokens, at, _after_possessive(tokens, first.j))
    while k < len(tokens) and tokens[k][2] in _COORD:
        k2 = k + 1
        while k2 < len(tokens) and tokens[k2][2] in ("and", "or", "the"):  # ", and the"
            k2 += 1
        nxt = at[k2] if k2 < len(tokens) else None
        if nxt is None or not _is_modifier(nxt) or not (_adjectival(first) and _adjectival(nxt)):
            break
        mods.append(nxt)
        k = _after_possessive(tokens, nxt.j)
    return mods, k


def _adjectival(m: _Match) -> bool:
    """Modifiers that can share a head in coordination: demonyms, "U.S.", IGOs, ethnics."""
    e = m.entry
    return e.kind in ("demonym", "igo") or e.exact_case or "ethnic" in e.flags


def _after_ethnic(tokens: list[Token], at: list[_Match | None], k: int) -> int:
    """Skip an ethnic adjective between a country and its head ("Iraqi Kurdish leaders",
    "Syrian-Kurdish forces")."""
    j = k + 1 if k < len(tokens) and tokens[k][2] == "-" and _attached(tokens, k) else k
    stacked = at[j] if j < len(tokens) else None
    if stacked is None or "ethnic" not in stacked.entry.flags or stacked.j >= len(tokens):
        return k
    after = at[_skip_fillers(tokens, at, stacked.j)]
    return stacked.j if after is not None and _can_head(after.entry) else k


def _entity_phrase(
    text: str, tokens: list[Token], at: list[_Match | None], m: _Match, out: list[Mention],
    start_tok: int | None = None,
) -> int:
    """A group or organisation, with a following role ("Hezbollah fighters") or title and
    person ("Hamas leader Ismail Haniyeh"): one mention in the entity's name and sector."""
    e, end, name, kind = m.entry, m.j, m.entry.name, m.entry.kind
    nxt = at[end] if end < len(tokens) else None
    if nxt is not None and nxt.entry.kind == "role" and _same_line(text, tokens, m.i, nxt.i):
        if "title" not in nxt.entry.flags:
            end = nxt.j
        else:
            tail_end, person, tail_kind, _noun = _title_tail(text, tokens, at, nxt)
            if tail_kind == "person":
                end, kind, name = tail_end, "person", person.name if person else None
    first = m.i if start_tok is None else start_tok
    out.append(Mention(tokens[first][0], tokens[end - 1][1], e.code, e.country, e.sector, name,
                       kind))
    return end


def _can_head(entry: Entry) -> bool:
    """Roles, titles, persons, NGOs and country-less ethnic groups can head a modifier."""
    if entry.kind in ("person", "role"):
        return True
    if entry.kind == "org":  # "Iraqi Red Crescent", "American Red Cross"
        return entry.country is None and entry.sector == "NGO"
    return entry.kind == "group" and entry.country is None and "ethnic" in entry.flags


def _after_possessive(tokens: list[Token], k: int) -> int:
    return k + 1 if k < len(tokens) and tokens[k][2] in ("'s", "'") else k


def _skip_fillers(tokens: list[Token], at: list[_Match | None], k: int) -> int:
    """Skip up to four filler words, and "anti-X"/"pro-X" adjectives as a whole."""
    for _ in range(4):
        if (k + 2 < len(tokens) and at[k] is None and tokens[k][2] in ("anti", "pro")
                and tokens[k + 1][2] == "-"):
            nxt = at[k + 2]
            k = nxt.j if nxt is not None else k + 3
            continue
        if k < len(tokens) and tokens[k][2] == "-" and _attached(tokens, k):
            k += 1  # "high-ranking", "far-right"; a free-standing dash separates phrases
            continue
        if k >= len(tokens) or at[k] is not None or tokens[k][2] not in _FILLERS:
            return k
        k += 1
    return k


def _attached(tokens: list[Token], k: int) -> bool:
    """Whether token `k` touches both neighbours (a hyphen inside a word)."""
    return (0 < k < len(tokens) - 1 and tokens[k - 1][1] == tokens[k][0]
            and tokens[k][1] == tokens[k + 1][0])


def _same_line(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b (inclusive) sit on one line: phrases never cross a line break."""
    return "\n" not in text[tokens[a][0] : tokens[b][1]]


def _head_phrase(
    text: str, tokens: list[Token], at: list[_Match | None], head: _Match,
    mod: Entry | None, start_tok: int, out: list[Mention],
) -> int:
    """Emit the mention headed by `head` (with optional modifier); return the next index."""
    entry = head.entry
    end_tok, person, kind = head.j, (entry if entry.kind == "person" else None), entry.kind
    sector = entry.sector
    if entry.kind == "role":
        end_tok, person, kind, noun = _title_tail(text, tokens, at, head)
        sector = noun.sector or sector
    country, sector = _country_sector(entry, person, mod, sector)
    if country is None and person is None and mod is None and entry.kind == "role":
        country, end_tok, owner = _trailing_country(tokens, at, end_tok, sector,
                                                    entry.text.lower() in posts_abroad())
        if country is None and owner is not None and owner.kind == "igo":
            mod = owner  # "the board of governors of the IAEA" acts for the IAEA
    if ("head" in entry.flags and mod is None and country is None and person is None
            and (kind == "role" or not sector)):
        return end_tok  # "side", "the sheikh", "Mr. Smith" alone say nothing about who acts
    name = person.name if person is not None else _head_name(entry, mod)
    if mod is not None and mod.kind == "igo" and person is None:
        kind = "igo"
    s, e = tokens[start_tok][0], tokens[end_tok - 1][1]
    out.append(Mention(s, e, _code(entry, person, mod, country, sector), country, sector, name,
                       kind))
    return end_tok


def _country_sector(
    entry: Entry, person: Entry | None, mod: Entry | None, sector: str | None
) -> tuple[str | None, str | None]:
    """Country and sector of a head phrase from its head, known person and modifier."""
    country = mod.country if mod is not None else None
    if person is not None:  # an international official keeps no nationality
        country = person.country or (country if person.sector != "IGO" else None)
        if entry.kind != "role" or not sector:  # "Prime Minister Haniyeh" acts as GOV
            sector = person.sector or sector
    if mod is not None and mod.kind == "metonym" and mod.sector and sector == "GOV":
        sector = mod.sector  # "Pentagon officials" are military
    if entry.country is not None and entry.kind != "person":
        country = entry.country
    if sector == "IGO" and entry.kind == "role" and (country is not None or mod is not None):
        sector = "MIL"  # "Bangladeshi peacekeepers", "UN peacekeepers": a named force is military
    return country, sector


def _title_tail(
    text: str, tokens: list[Token], at: list[_Match | None], head: _Match
) -> tuple[int, Entry | None, str, Entry]:
    """After a role: chained titles, then a known person or a capitalised name, or a
    second role noun. Returns (end, known person, kind, the role whose sector counts)."""
    k, first_title = head.j, None
    while k < len(tokens):
        nxt = at[k]
        if nxt is None or nxt.entry.kind != "role" or "title" not in nxt.entry.flags:
            break
        first_title = first_title or nxt.entry
        k = nxt.j
    # "Labour Minister X" is a minister: a title after a plain noun decides the sector,
    # unless it is generic ("Defense Ministry spokesman X" speaks for the military)
    noun = head.entry
    if (first_title is not None and "title" not in head.entry.flags
            and "generic" not in first_title.flags):
        noun = first_title
    nxt = at[k] if k < len(tokens) else None
    if nxt is not None and nxt.entry.kind == "person":
        return nxt.j, nxt.entry, "person", noun
    if (k == head.j and nxt is not None and nxt.entry.kind == "role"
            and "title" not in nxt.entry.flags and "head" not in nxt.entry.flags
            and _same_line(text, tokens, head.i, nxt.i)):
        # "extremist militants": the last noun counts, unless it is generic ("rebel leaders")
        return nxt.j, None, "role", head.entry if "generic" in nxt.entry.flags else nxt.entry
    if "title" in _last_flags(at, head, k):
        name_end = _name_end(text, tokens, at, k)
        if name_end is not None:  # "President Recep Erdogan": the known surname resolves
            return name_end, _person_within(at, k, name_end), "person", noun
    return k, None, "role", noun


def _head_name(entry: Entry, mod: Entry | None) -> str | None:
    """Canonical name for a non-person head: its own, or an IGO modifier's."""
    if entry.kind == "org" and mod is not None:
        return None  # "Iraqi Red Crescent" is a national society, not the ICRC
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
        m = at[j]
        if m is not None and m.entry.kind != "person" and (n == 0 or m.j - m.i > 1):
            break  # a one-word entry after a first name is a surname ("Tom King")
        j += 1
        n += 1
    while j > k and tokens[j - 1][2] in _PARTICLES:  # no dangling particle
        j -= 1
    if any(tokens[x][2] in _PLACE_WORDS for x in range(k, min(j + 1, len(tokens)))):
        return None  # "Sheikh Maqsoud District", "King College": a place, not a person
    return j if n else None


def _person_within(at: list[_Match | None], k: int, end: int) -> Entry | None:
    """The last known person matched inside tokens `[k, end)`, if any."""
    found = None
    for j in range(k, end):
        m = at[j]
        if m is not None and m.entry.kind == "person" and m.j <= end:
            found = m.entry
    return found


@cache
def posts_abroad() -> frozenset[str]:
    """Role words for a state's posts abroad (data/actors/en/posts_abroad.txt)."""
    return _word_list("posts_abroad.txt")


def _trailing_country(
    tokens: list[Token], at: list[_Match | None], k: int, sector: str | None,
    abroad: bool = False,
) -> tuple[str | None, int, Entry | None]:
    """Country named right after a role ("officials in Baghdad"); returns (iso3, end, the
    entry named there). A post abroad (`posts_abroad`: "its embassy in Damascus") belongs
    to its owner, not to the place after "in"."""
    if k + 1 >= len(tokens):
        return None, k, None
    prep = tokens[k][2]
    if prep not in ("of", "from", "in") or (prep == "in" and (sector == "MIL" or abroad)):
        return None, k, None
    j = k + 1
    if j < len(tokens) and tokens[j][2] == "the":
        j += 1
    m = at[j] if j < len(tokens) else None
    if m is None or not _is_modifier(m) or m.entry.kind == "demonym":
        return None, k, None  # "troops from Iraqi territory": the demonym modifies another noun
    if m.j < len(tokens) and tokens[m.j][2] == "'s":
        return None, k, None  # "the chief of Israel's militia ally" is not Israel's chief
    # "officials of/from the UN" act for it; "officials in the UN" may be delegates
    return m.entry.country, m.j, m.entry if prep != "in" else None


def _code(
    entry: Entry, person: Entry | None, mod: Entry | None, country: str | None,
    sector: str | None,
) -> str:
    """CAMEO-style code: country + sector, else the IGO/group code, else the entry's code."""
    if person is not None:
        return country + (sector or "") if country else person.code
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
    """A mention for a lone lexicon match; seats of power keep their article ("the Kremlin")."""
    e = m.entry
    first = m.i - 1 if e.kind == "metonym" and m.i > 0 and tokens[m.i - 1][2] == "the" else m.i
    return Mention(tokens[first][0], tokens[m.j - 1][1], e.code or e.sector or "", e.country,
                   e.sector, e.name, e.kind)
