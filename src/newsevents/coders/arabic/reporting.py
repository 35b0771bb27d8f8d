"""Reporting clauses: who tells an event (`Attribution`), and which actors only tell it.

A reporting verb or noun ("قالت الوزارة في بيان إن", "ذكر بيان صادر عن المكتب أن") has a
speaker: the actor right after it (VSO), before it (SVO), an unnamed source ("مصادر
أمنية", data/arabic/sources.txt) or the issuer of a statement ("صادر عن"). Attributive
phrases ("بحسب مصادر أمنية،", "وفق ما نقلت وكالة رويترز عن مسؤولين", data/arabic/
attributive.txt) tell, fronted or trailing: their actors are never the event's parties.
A news outlet as speaker fills `Attribution.outlet`; the source it quotes ("عن مسؤولين")
is then the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsevents.coders.arabic.context import bare, in_list, reporting_words
from newsevents.coders.arabic.mentions import Actor
from newsevents.coders.arabic.normalize import Token, cores
from newsevents.coders.arabic.resources import word_set
from newsevents.model import Attribution, Span

_STRONG = re.compile(r"[.!?؟;؛:\n\"“”«»]")
_COMMA = re.compile(r"[،,]")
_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان", "انه", "انها", "انهم", "بانه", "بانها"})
_ISSUED = frozenset({"صادر", "صادره", "الصادر", "الصادره"})  # "بيان صادر عن المكتب"
_QUOTING = frozenset({"عن"})  # "نقلت الوكالة عن مسؤولين", "نقلا عن مصادر"
_STOPS = frozenset({"في", "من", "مع", "علي", "الي", "امس", "اليوم", "ما", "الذي", "التي"})
_SUFFIXES = ("ها", "ه", "هم")  # "تصريحات نقلتها وكالة إرنا", "ما أوردته الصحيفة"
_OWNERS = frozenset({"MED", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"})
_AFTER_REACH = 4  # "ذكر بيان صادر عن مكتب": the issuer three words after the verb
_BEFORE_REACH = 6  # "وزارة الخارجية الروسية في بيان"
_NP_REACH = 3  # "مصادر أمنية عراقية"
_PHRASE_REACH = 10  # an attributive phrase ends within ten words when no comma ends it


@dataclass(frozen=True, slots=True)
class Report:
    """One reporting word, its speaker (tokens), the outlet and the actors that only tell."""

    word: int
    last: int  # last token of the phrase (speaker and quoted source included)
    speaker: tuple[int, int] | None
    outlet: str | None
    tellers: tuple[Actor, ...]


@lru_cache(maxsize=1)
def attributive_words() -> frozenset[str]:
    """Prepositional reporting words (data/arabic/attributive.txt): بحسب، وفق، نقلا ..."""
    return word_set("attributive.txt")


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """Nouns of unnamed speakers (data/arabic/sources.txt): مصادر، مسؤول، شهود ..."""
    return word_set("sources.txt")


def reports(tokens: Sequence[Token], gaps: Sequence[str], actors: Sequence[Actor]) -> list[Report]:
    """Every reporting word of a sentence with its speaker, in text order."""
    out = []
    for k, token in enumerate(tokens):
        if reporting(token.norm):
            out.append(_report(tokens, gaps, actors, k))
    return out


@lru_cache(maxsize=1)
def _reporting_or_attributive() -> frozenset[str]:
    """Reporting and attributive words together (built once, not per token)."""
    return reporting_words() | attributive_words()


@lru_cache(maxsize=65536)
def reporting(norm: str) -> bool:
    """A reporting or attributive word, also with an object pronoun ("نقلتها", "أوردته").

    A pure function of the token (asked for every token of every sentence): cached.
    """
    words = _reporting_or_attributive()
    if in_list(norm, words):
        return True
    return any(
        norm.endswith(suffix) and in_list(norm[: -len(suffix)], words) for suffix in _SUFFIXES
    )


def tellers(found: Sequence[Report]) -> list[Actor]:
    """Actors that only tell an event: inside an attributive phrase or quoted by a reporter."""
    out: list[Actor] = []
    for report in found:
        out.extend(a for a in report.tellers if a not in out)
    return out


def attribution(
    sentence: tuple[Sequence[Token], Sequence[str], Sequence[Actor]],
    said: Sequence[Report],
    first: int,
    last: int,
) -> Attribution | None:
    """Who tells the event at tokens [first, last]: the nearest reporting word before it with a
    speaker, else an attributive or comma-fronted reporting clause after it in the sentence.

    `sentence` is (tokens, gaps, actors), `said` its `reports`."""
    tokens, gaps, actors = sentence
    found = [r for r in said if r.speaker is not None or r.outlet]
    before = [r for r in found if r.last < first or (r.word < first and r.speaker is not None)]
    after = [r for r in found if r.word > last and _trailing(tokens, gaps, r.word)]
    report = before[-1] if before else (after[0] if after else None)
    if report is None:
        return None
    span = None
    if report.speaker is not None:
        first_token = tokens[report.speaker[0]]
        clitic = _clitic(first_token, actors, report.speaker[0])
        span = Span(first_token.start + clitic, tokens[report.speaker[1]].end)
    return Attribution(speaker=span, outlet=report.outlet)


def later_speakers(
    gaps: Sequence[str], actors: Sequence[Actor], said: Sequence[Report], last: int
) -> list[Actor]:
    """Speakers of reporting clauses after the event, past a comma ("...، قال مسؤول عراقي",
    "...، وقال الجيش إن"): they tell, they are not the event's parties."""
    out: list[Actor] = []
    for report in said:
        if report.word <= last or report.speaker is None:
            continue
        if not any(
            _COMMA.search(gaps[j]) or _STRONG.search(gaps[j])
            for j in range(last + 1, report.word + 1)
        ):
            continue
        first, end = report.speaker
        out += [a for a in actors if first <= a.first and a.last <= end]
    return out


def _clitic(token: Token, actors: Sequence[Actor], k: int) -> int:
    """1 when the speaker's first word carries a ل its phrase puts on it ("وفقا لمسؤولين",
    "بيان لوزارة الدفاع"), so that the span starts at the name; "للجيش" keeps its ل."""
    norm = token.norm
    if not norm.startswith("ل") or norm.startswith("لل"):
        return 0
    marked = any(a.first == k and a.marker == "ل" for a in actors)
    return int(marked or _source_noun(norm[1:]))


def hearsay(tokens: Sequence[Token], said: Sequence[Report], first: int, last: int) -> bool:
    """An attributive phrase with an unnamed source, fronted or trailing ("بحسب شهود عيان،",
    "...، وفق مصادر عسكرية"): the event is `reported`, as after the cue "مصادر"."""
    found = [r for r in said if r.word < first or r.word > last]
    found = [r for r in found if in_list(tokens[r.word].norm, attributive_words())]
    return any(r.speaker is not None and _unnamed(tokens[r.speaker[0]].norm) for r in found)


def _trailing(tokens: Sequence[Token], gaps: Sequence[str], k: int) -> bool:
    """A reporting word after its event: attributive, or set off by a comma."""
    if in_list(tokens[k].norm, attributive_words()):
        return True
    # "...، قال الوزير", "...، في تصريحات أوردتها وكالة سانا،": set off by a comma; a verb
    # with a complement of its own ("...، وقال الجيش إن") tells something else
    if any(bare(t.norm) in _COMPLEMENTIZERS for t in tokens[k + 1 : k + 1 + _PHRASE_REACH]):
        return False
    return any(_COMMA.search(gaps[j]) for j in range(max(0, k - 2), k + 1))


def _report(
    tokens: Sequence[Token], gaps: Sequence[str], actors: Sequence[Actor], k: int
) -> Report:
    """The speaker of the reporting word at `k`; attributive words also make their actors tell."""
    attributive = in_list(tokens[k].norm, attributive_words())
    start = k + 1
    while start < len(tokens) and _filler(tokens[start].norm) and start - k <= 2:
        start += 1  # "بحسب ما أفادت", "نقلا عن": the phrase goes on
    chain = start < len(tokens) and reporting(tokens[start].norm) and start > k + 1
    if chain and not _broken(gaps, k + 1, start + 1):
        inner = _report(tokens, gaps, actors, start)  # "وفق ما نقلت وكالة رويترز عن ..."
        chained = [*inner.tellers, *_phrase_actors(gaps, actors, k, inner.tellers)]
        return Report(k, inner.last, inner.speaker, inner.outlet, tuple(chained))
    who, end = _after(tokens, gaps, actors, start, k)
    if who is None and not attributive:
        who, end = _before(gaps, actors, k)
    if who is None:
        return Report(k, k, None, None, ())
    told: list[Actor] = [a for a in actors if who[0] <= a.first and a.last <= who[1]]
    quoted, last = _quoted(tokens, gaps, actors, end)
    outlet = next((a.name for a in told if a.sector == "MED" and a.name), None)
    speaker = quoted if quoted is not None else who  # the outlet's source, the issuer
    if quoted is not None:
        told += [a for a in actors if quoted[0] <= a.first and a.last <= quoted[1]]
    if not attributive and not outlet:
        told = [a for a in told if quoted is not None and quoted[0] <= a.first]
    if attributive:
        told += _phrase_actors(gaps, actors, k, told)
    if attributive and who[0] == start and _source_noun(tokens[start].norm):
        told += [a for a in actors if who[0] <= a.first <= who[1] + 1 and a not in told]
    return Report(k, max(last, who[1]) if attributive else k, speaker, outlet, tuple(told))


def _phrase_actors(
    gaps: Sequence[str], actors: Sequence[Actor], k: int, told: Sequence[Actor]
) -> list[Actor]:
    """ "وفقا لما نقلته قناة الجزيرة عن مصدر دبلوماسي،": every actor of a fronted phrase up to
    its comma (places aside)."""
    comma = _comma_after(gaps, k)
    return [a for a in actors if k < a.first < comma and a not in told and a.marker != "في"]


def _comma_after(gaps: Sequence[str], k: int) -> int:
    """The first token after a comma within the phrase reach of `k`, else `k` (no comma)."""
    for j in range(k + 1, min(len(gaps), k + 1 + _PHRASE_REACH)):
        if _STRONG.search(gaps[j]):
            return k
        if _COMMA.search(gaps[j]):
            return j
    return k


def _filler(norm: str) -> bool:
    """Words inside a reporting phrase: "بحسب ما", "وفقا لما", "نقلا عن"."""
    return bare(norm) in ("ما", "لما", "عن") or norm in _QUOTING


def _broken(gaps: Sequence[str], a: int, b: int) -> bool:
    """Strong punctuation or a comma before any token in [a, b)."""
    return any(_STRONG.search(gaps[j]) or _COMMA.search(gaps[j]) for j in range(a, b))


def _after(
    tokens: Sequence[Token],
    gaps: Sequence[str],
    actors: Sequence[Actor],
    start: int,
    k: int,
) -> tuple[tuple[int, int] | None, int]:
    """The speaker right after the reporting word: an actor, past a statement's "صادر عن",
    or an unnamed source noun; never past a complementizer or a break."""
    stop = min(len(tokens), k + 1 + _AFTER_REACH)
    for j in range(start, stop):
        if j > k + 1 and _STRONG.search(gaps[j]):
            break
        if bare(tokens[j].norm) in _COMPLEMENTIZERS:
            break
        actor = next((a for a in actors if a.first == j and not a.qualifier), None)
        if actor is not None:
            return (actor.first, actor.last), actor.last
        if _source_noun(tokens[j].norm):
            end = _noun_phrase_end(tokens, gaps, actors, j)
            return (j, end), end
        if not (tokens[j].norm in _ISSUED or tokens[j].norm in _QUOTING or _skippable(tokens[j])):
            break
    return None, k


def _skippable(token: Token) -> bool:
    """Words between a reporting verb and its subject: a statement noun ("ذكر بيان صادر")."""
    return reporting(token.norm)


def _before(
    gaps: Sequence[str], actors: Sequence[Actor], k: int
) -> tuple[tuple[int, int] | None, int]:
    """The subject before a reporting word (SVO, "وزارة الخارجية الروسية في بيان")."""
    near = [a for a in actors if a.last < k and k - a.last <= _BEFORE_REACH and not a.marker]
    near = [a for a in near if not a.qualifier and not _broken(gaps, a.last + 1, k + 1)]
    if not near:
        return None, k
    return (near[-1].first, near[-1].last), k


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Outlets and statements that speak (data/arabic/documents.txt): صحيفة، بيان ..."""
    return word_set("documents.txt")


def _source_noun(norm: str) -> bool:
    """An unnamed speaker or an outlet or statement: the head of a speaker phrase."""
    return _unnamed(norm) or _listed(norm, document_nouns())


def _unnamed(norm: str) -> bool:
    """An unnamed speaker ("مصادر", "شهود"): what it tells is hearsay."""
    return _listed(norm, source_nouns())


def _listed(norm: str, nouns: frozenset[str]) -> bool:
    return any(r in nouns or r.removeprefix("ال") in nouns for r in cores(norm))


def _noun_phrase_end(
    tokens: Sequence[Token], gaps: Sequence[str], actors: Sequence[Actor], j: int
) -> int:
    """Last token of an unnamed source's phrase: its adjectives ("مصادر أمنية عراقية")."""
    end = j
    for m in range(j + 1, min(len(tokens), j + _NP_REACH)):
        norm = bare(tokens[m].norm)
        if _STRONG.search(gaps[m]) or _COMMA.search(gaps[m]) or norm in _COMPLEMENTIZERS:
            break
        owner = _owner_at(actors, m + 1 if norm == "في" else m)
        if owner is not None:  # "مراسل الجزيرة", "مصادر في وزارة الداخلية": whose source
            return owner.last
        if norm in _STOPS or norm in _QUOTING or in_list(tokens[m].norm, reporting_words()):
            break
        if any(a.first == m and not (a.adjective or a.kind == "demonym") for a in actors):
            break  # "مصادر أمنية عراقية" keeps its nisba; a name is another phrase
        end = m
    return end


def _owner_at(actors: Sequence[Actor], m: int) -> Actor | None:
    """An outlet or a state body right at `m`: the body an unnamed source belongs to."""
    return next(
        (a for a in actors if a.first == m and (a.sector in _OWNERS) and not a.adjective), None
    )


def _quoted(
    tokens: Sequence[Token], gaps: Sequence[str], actors: Sequence[Actor], end: int
) -> tuple[tuple[int, int] | None, int]:
    """ "نقلت الوكالة عن مسؤولين أمريكيين": the source an outlet quotes, after عن."""
    j = end + 1
    if j >= len(tokens) or tokens[j].norm not in _QUOTING or _broken(gaps, j, j + 1):
        return None, end
    for m in range(j + 1, min(len(tokens), j + 1 + _NP_REACH)):
        if _broken(gaps, m, m + 1) or bare(tokens[m].norm) in _COMPLEMENTIZERS:
            break
        actor = next((a for a in actors if a.first == m and not a.qualifier), None)
        if actor is not None:  # "صادر عن مكتب رئيس الوزراء": the issuer past its office
            return (actor.first, actor.last), actor.last
        if _source_noun(tokens[m].norm):
            end = _noun_phrase_end(tokens, gaps, actors, m)
            return (m, end), end
    return None, end
