"""Coding one Arabic sentence: triggers, actors, roles, negation, modality, attribution."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsevents import ontology
from newsevents.coders.arabic.arms import (
    military_object,
    trade_roles,
    trade_word,
    weapon_quantities,
)
from newsevents.coders.arabic.causes import accidental
from newsevents.coders.arabic.context import (
    Cue,
    anchor_words,
    anchored,
    anchored_before,
    armed,
    background_words,
    backgrounded,
    bare,
    claim_words,
    crowd_words,
    denials,
    discussed,
    disruptive_verbs,
    experience_words,
    figurative,
    framed,
    gathering_verbs,
    in_list,
    is_count,
    is_negated,
    is_topic,
    modal_index,
    modality_of,
    negators,
    number_words,
    possession_words,
    protest_actions,
    reporting_words,
    result_verbs,
    survival_verbs,
    thing_words,
    time_words,
    verb_openers,
    verbal_attack,
    victim_words,
    weapon_words,
)
from newsevents.coders.arabic.lexicon import Match, TriggerEntry, trigger_index, verb_object_index
from newsevents.coders.arabic.mentions import Actor, find_actors
from newsevents.coders.arabic.normalize import Token, cores, tokenize
from newsevents.coders.arabic.passive import localized, passive_victim, victim_before
from newsevents.coders.arabic.reporting import (
    Report,
    attribution,
    hearsay,
    later_speakers,
    reports,
    tellers,
)
from newsevents.coders.arabic.resources import word_set
from newsevents.coders.arabic.roles import (
    WINDOWS,
    Roles,
    assign,
    location_markers,
    marker_of,
    prepositions,
    read_as_noun,
)
from newsevents.coders.arabic.salience import (
    charged,
    light_noun,
    light_verb_before,
    light_verbs,
    progressive,
    protest_anchors,
    protest_noun_event,
    recalled,
    time_filler,
)
from newsevents.coders.arabic.scope import (
    asyndetic_relative,
    bare_conjunct,
    generic_agent,
    present_passive,
    questioned,
    relative_subject,
    subject_relative,
)
from newsevents.model import Attribution, Event, Location, Mention, Quantity, Span

_STRONG = re.compile(r"[.!?؟;؛:\n\"“”«»]")
_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان"})
# particles after which a subject stands in the accusative ("إن المتظاهرين", "لكن المحتجين")
_SUBJECT_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان", "لكن"})
_NOUN_CUTS = _COMPLEMENTIZERS | {"انه", "انها", "انهم", "بانه", "بانها"}
_MONEY = re.compile(
    r"(?:\d[\d,.]*|عشرات|مئات|آلاف|ملايين|مليارات)\s*(?:من\s*)?(?:ال)?"
    r"(?:مليار|مليون|ألف|الف|ملايين|مليارات)?\s*(?:من\s*)?(?:ال)?"
    r"(?:دولار|دولارات|يورو|جنيه|دينار|ريال|ليرة|درهم)"
)
_DENIAL_CAMEO = "120"
_OBJECT_WINDOW = 9
_VSO_PROTEST_GAP = 5
_LIGHT_REACH = 8  # "لقيام مجموعة من المتظاهرين يوم أمس بالتجمع"
_CROWD_GAP = 3
# Before a protest act: a subjunctive particle (a complement of another verb) or a past
# progressive auxiliary (a scene, "كانوا يرفعون أعلام الحزب").
_NOT_ASSERTING = frozenset({"ان", "أن", "لن", "كي", "لكي", "كان", "كانت", "كانوا", "كن"})
_PROTEST_ACT = TriggerEntry("141", "PROTEST", "past", "source")
# "قام متظاهرون بالتجمع": a gathering noun as the act of a light verb (see `_light_gathering`)
_GATHERING_ACT = TriggerEntry("141", "PROTEST", "phrase", "source", "event")
_GATHERING_NOUNS = frozenset({"تجمع", "التجمع", "احتشاد", "الاحتشاد"})
# Types whose verbal nouns must be anchored in a clause that shows the event took place.
_ANCHORED_TYPES = frozenset({"ASSAULT", "PROTEST"})
# Prepositions after a verb of result: "أسفر عن", "أدى إلى", "تسبب في/ب".
_RESULT_MARKERS = frozenset({"عن", "الي", "في", "ب", "ل"})  # "أدى لمقتل": ل for إلى
_RESULT_REACH = 12  # tokens between a verb of result and its noun ("أسفر هجوم ... عن مقتل")
_EXPERIENCE_REACH = 12  # tokens between تعرض and its ل-noun ("تعرض قيادي في حماس للخطف")
# "الأمر الذي أدى إلى": a relative clause about the whole preceding clause, not a noun
_SENTENTIAL = frozenset({"الامر", "الشيء", "الشي"})
_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
_AFTER_WORDS = frozenset({"بعد", "اثر", "عقب", "جراء"})  # "بعد تعرضه للضرب"
_POSSESSION_REACH = 12  # "عثرت على ... بالإضافة الى كميات من قذائف الهاون"
_ANNOUNCE_REACH = 6  # "أعلن مصدر من شرطة النجف مقتل شخص"
_THREAT_GAP = 2  # "التهديد بالقتل": the violence is what is threatened
_THREAT_REACH = 6  # "هدد تنظيم القاعدة في بيان بقتل": the subject may stand between


@dataclass(slots=True)
class Sentence:
    """The tokens and actors of one sentence, ready for coding."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    gaps: list[str]  # text between token k-1 and token k
    actors: list[Actor]
    # actors that only tell the sentence's events ("بحسب مصادر أمنية"), kept out of `actors`
    # while roles are assigned (see `reporting`)
    told: tuple[Actor, ...] = ()
    said: tuple[Report, ...] = ()  # the sentence's reporting words and their speakers


def prepare(
    text: str, index: int, start: int, end: int, context: Sequence[Mention] = ()
) -> Sentence:
    """Tokenise a sentence and find its actors.

    `context` holds the article's mentions so far (oldest first), so that a dual
    ("ووقع الجانبان اتفاقية") resolves to the two countries of earlier sentences.
    """
    tokens = tokenize(text, start, end)
    gaps = [text[start : tokens[0].start] if tokens else ""]
    gaps += [text[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
    return Sentence(index, start, end, tokens, gaps, find_actors(tokens, gaps, context))


def mention_of(actor: Actor, sentence: Sentence) -> Mention:
    """The `Mention` record of an actor (offsets into the clean text)."""
    tokens = sentence.tokens
    return Mention(
        tokens[actor.first].start,
        tokens[actor.last].end,
        actor.code or "",
        actor.country,
        actor.sector,
        actor.name,
        actor.kind,
    )


def code_sentence(text: str, sentence: Sentence, coder: str) -> list[Event]:
    """Every event of one sentence."""
    tokens = sentence.tokens
    if not tokens:
        return []
    said = tuple(reports(tokens, sentence.gaps, sentence.actors))
    told = tellers(said)
    # "وفق ما نقلت وكالة رويترز عن مسؤولين": who tells is never a party
    kept = [a for a in sentence.actors if not any(a is t for t in told)]
    sentence = replace(sentence, actors=kept, told=tuple(told), said=said)
    found = _merge_objects(trigger_index().scan(tokens), _verb_objects(sentence), sentence)
    found.sort(key=lambda t: t.first)
    named = [*sentence.actors, *sentence.told]  # "نقلا عن مصادر في وزارة الداخلية"
    triggers = [t for t in found if not _inside_name(t, named)]
    triggers = [t for t in triggers if not _in_preposition(tokens, t)]
    triggers = [t for t in triggers if not is_topic(tokens, t)]
    triggers = _drop_denials(triggers, sentence)
    cues = modal_index().scan(tokens)
    events = [_event(text, sentence, t, triggers, cues, coder) for t in triggers]
    events = [x for e in events if e is not None for x in _both_parties(e, sentence)]
    events += _protester_events(text, sentence, triggers, cues, coder)
    return _dedupe([e for e in events if e is not None])


def _protester_events(
    text: str,
    sentence: Sentence,
    triggers: Sequence[Match[TriggerEntry]],
    cues: Sequence[Match[Cue]],
    coder: str,
) -> list[Event | None]:
    """ "وتجمع المتظاهرون", "أغلق متظاهرون الطريق": a protest act whose subject is protesters."""
    protesters = [a for a in sentence.actors if a.name == "protesters" and not a.marker]
    tokens = sentence.tokens
    out: list[Event | None] = []
    if not protesters and not any(_people(a) for a in sentence.actors):
        crowds = crowd_words()
        if not any(in_list(t.norm, crowds) or is_count(t.norm) for t in tokens):
            return out  # nobody to protest: skip the token-by-token search
    for k in range(len(tokens)):
        reading = _protest_act(sentence, k, protesters)
        if reading:
            trig = Match(k, k, _PROTEST_ACT, reading=reading)
            out.append(_event(text, sentence, trig, triggers, cues, coder))
        elif _light_gathering(sentence, k, triggers):
            trig = Match(k, k, _GATHERING_ACT, reading=tokens[k].norm)
            out.append(_event(text, sentence, trig, triggers, cues, coder))
    return out


def _light_gathering(sentence: Sentence, k: int, triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """ "لقيام مجموعة من المتظاهرين بالتجمع": a ب-protest noun after a light verb or noun.

    The light verb (قام، أقدم) or its verbal noun (قيام، إقدام) takes the act with ب
    (a gathering noun, or a protest noun: "قام نحو 1500 شخص بالتظاهر"); its subject,
    between them, must be protesters or a crowd ("عدد من الشبان").
    """
    tokens = sentence.tokens
    norm = tokens[k].norm
    if not bare(norm).startswith("ب"):
        return False  # checked first: most tokens fail it, and it is cheaper than the scan below
    protest_noun = any(
        t.first == k and t.payload.plover == "PROTEST" and t.payload.form == "noun"
        for t in triggers
    )
    if not (protest_noun or set(cores(norm)) & _GATHERING_NOUNS):
        return False
    clause = _clause_start(sentence, k)
    start = max(clause, k - _LIGHT_REACH)
    light = next((j for j in range(k - 1, start - 1, -1) if _light_word(tokens[j].norm)), None)
    if light is None:
        return False
    crowds = crowd_words()
    between = range(light + 1, k)
    return any(in_list(tokens[j].norm, crowds) or is_count(tokens[j].norm) for j in between) or any(
        a.name == "protesters" and light < a.first < k for a in sentence.actors
    )


def _light_word(norm: str) -> bool:
    return in_list(norm, light_verbs()) or light_noun(norm)


def _verb_objects(sentence: Sentence) -> list[Match[TriggerEntry]]:
    """ "أطلقت طائرة صاروخا": a verb whose object, a few words on, names the event."""
    index = verb_object_index()
    tokens = sentence.tokens
    out: list[Match[TriggerEntry]] = []
    for k, token in enumerate(tokens):
        for reading in cores(token.norm):
            items = index.get(reading)
            if not items or _nominal_prefix(token.norm, reading):
                continue
            stop = min(len(tokens), k + 1 + _OBJECT_WINDOW)
            for item in items:
                if _object_in(sentence, item.objects, k + 1, stop):
                    out.append(Match(k, k, item.entry, reading=reading))
                    break
            break
    return out


_DETECTED = frozenset({"ASSAULT", "PROTEST"})


def _merge_objects(
    found: list[Match[TriggerEntry]], verbs: list[Match[TriggerEntry]], sentence: Sentence
) -> list[Match[TriggerEntry]]:
    """ "فرض حظر التجول", "نشر قوات": a verb and the trigger its object starts are one event.

    The verb keeps the event (its subject is the source) and takes the object's type.
    """
    out = list(found)
    for verb in verbs:
        if verb.payload.plover in _DETECTED:
            out.append(verb)  # attacks keep their weapon nouns
            continue
        if any(t.first == verb.first for t in found):
            continue  # a lexicon phrase on the verb itself ("نشر قوات") is the event
        stop = min(len(sentence.tokens), verb.first + 1 + _OBJECT_WINDOW)
        at = _object_at(sentence, _verb_objects_of(verb), verb.first + 1, stop)
        obj = next((t for t in out if t.first == at), None)
        if obj is not None:
            out.remove(obj)
            kind = replace(obj.payload, form="past", arg1="source", anchor=verb.payload.anchor)
            verb = replace(verb, payload=kind)
        out.append(verb)
    return out


def _verb_objects_of(verb: Match[TriggerEntry]) -> frozenset[str]:
    """The objects listed for the verb-object entry that `verb` matched."""
    for item in verb_object_index().get(verb.reading, ()):
        if item.entry == verb.payload:
            return item.objects
    return frozenset()


def _object_at(sentence: Sentence, objects: frozenset[str], start: int, stop: int) -> int:
    """Index of the first listed object in [start, stop) before a strong break, else -1."""
    for j in range(start, stop):
        if _STRONG.search(sentence.gaps[j]):
            return -1
        if set(cores(sentence.tokens[j].norm)) & objects:
            return j
    return -1


def _object_in(sentence: Sentence, objects: frozenset[str], start: int, stop: int) -> bool:
    for j in range(start, stop):
        if _STRONG.search(sentence.gaps[j]):
            return False
        if set(cores(sentence.tokens[j].norm)) & objects:
            return True
    return False


def _in_preposition(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """The second word of a compound preposition ("على أيدي", "على يد") is no trigger."""
    if trig.first == 0:
        return False
    pair = f"{bare(tokens[trig.first - 1].norm)} {tokens[trig.first].norm}"
    return pair in prepositions()


def _inside_name(trigger: Match[TriggerEntry], actors: Sequence[Actor]) -> bool:
    """A trigger word inside a longer actor name ("مجلس التعاون الخليجي") is no trigger.

    Nor is a word that the actor lexicon reads with fewer letters removed: "وزارة" is
    the ministry, not و + "زاره" (he visited him).
    """
    for a in actors:
        if not (a.first <= trigger.first and trigger.last <= a.last):
            continue
        if a.last - a.first > trigger.last - trigger.first:
            return True
        if a.first == trigger.first and len(a.reading) > len(trigger.reading):
            return True
    return False


def _drop_denials(
    triggers: list[Match[TriggerEntry]], sentence: Sentence
) -> list[Match[TriggerEntry]]:
    """A denial verb followed by the event it denies is a negation, not a REJECT event."""
    out = []
    for i, trig in enumerate(triggers):
        nxt = triggers[i + 1] if i + 1 < len(triggers) else None
        word = sentence.tokens[trig.first].norm
        denial = trig.payload.cameo == _DENIAL_CAMEO and in_list(word, denials())
        if denial and nxt is not None and _same_clause(sentence, trig.last, nxt.first):
            continue
        out.append(trig)
    return out


def _same_clause(sentence: Sentence, a: int, b: int) -> bool:
    """True when no strong punctuation separates tokens a and b."""
    return not any(_STRONG.search(sentence.gaps[k]) for k in range(a + 1, b + 1))


def _limits(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> tuple[int, int]:
    """Token range searched for the trigger's actors: its clause, cut at complementizers, verbs."""
    left_window, right_window = WINDOWS
    left = max(0, trig.first - left_window)
    # a verb may take the speaker as subject across "انه" ("أعلن أنه لم يقصف"); a noun may not
    noun = trig.payload.form not in ("past", "pres")
    cuts = _NOUN_CUTS if noun else _COMPLEMENTIZERS
    if noun:  # a verbal noun after a verb is its object: "أدانت ... اعتقال الناشطين"
        left = max(left, _after_verb(sentence, trig, triggers))
    for k in range(trig.first, left, -1):
        word = sentence.tokens[k - 1].norm
        reporting = noun and in_list(word, reporting_words())
        reporting = reporting and not _announced_own(sentence, trig, k)
        if _cuts_clause(sentence, k) or in_list(word, cuts) or reporting:
            left = k
            break
    right = _window_end(sentence.tokens, trig.last + 1, right_window)
    for k in range(trig.last + 1, right + 1):
        if _cuts_clause(sentence, k):
            right = k - 1
            break
    for other in triggers:
        if (
            other.first > trig.last
            and _verbal_trigger(sentence.tokens, other)
            and not read_as_noun(other, sentence.actors, sentence.tokens)
        ):
            right = min(right, other.first - 1)  # "رفضت طلبا أمريكيا": a noun, no new clause
            break
    return left, right


# Acts whose announcer is the actor: "أعلنت الكويت منحة", "أعلنت واشنطن عقوبات" (a death or
# an arrest announced is told, not done: those keep the cut at the reporting verb)
_ANNOUNCED_OWN = frozenset({"AID", "SANCTION"})


def _announced_own(sentence: Sentence, trig: Match[TriggerEntry], k: int) -> bool:
    """The noun is the direct object of the reporting verb ending at token k - 1, only date
    words between ("أعلنت الأسبوع الماضي منحة"): the announcer gives or imposes it."""
    if trig.payload.plover not in _ANNOUNCED_OWN:
        return False
    words = [sentence.tokens[j].norm for j in range(k, trig.first)]
    return all(_date_word(w) or in_list(w, _periods()) for w in words)


@lru_cache(maxsize=1)
def _periods() -> frozenset[str]:
    """Words of time between an announcement and its object (data/arabic/periods.txt)."""
    return word_set("periods.txt")


def _window_end(tokens: Sequence[Token], start: int, budget: int) -> int:
    """Last token of a window of `budget` words from `start`, dates not counted.

    "استقبل ولي العهد ... يوم الأربعاء 10 رمضان 1445هـ الموافق 20 مارس 2024م، وزير
    الخارجية": a dateline between a verb and its object does not push the object away.
    """
    k, used = start, 0
    while k < len(tokens) and used < budget:
        used += not _date_word(tokens[k].norm)
        k += 1
    return k - 1


@lru_cache(maxsize=65536)
def _date_word(norm: str) -> bool:
    # a pure function of the token, asked for every word of every trigger's window: cached
    return any(c.isdigit() for c in norm) or in_list(norm, _calendar())


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    return word_set("calendar.txt")


def _cuts_clause(sentence: Sentence, k: int) -> bool:
    """Strong punctuation before token `k`, unless it only quotes a name («حماس»).

    A quoted phrase that is no actor («الضربة الأمنية») keeps its quotes as a boundary:
    such quotes mark figurative or cited words.
    """
    gap = sentence.gaps[k]
    if not _STRONG.search(gap):
        return False
    if _STRONG.search(gap.replace("«", "").replace("»", "")):
        return True
    if "«" in gap:
        return not any(a.first == k and _quoted_to(sentence.gaps, a.last) for a in sentence.actors)
    return not any(a.last == k - 1 and "«" in sentence.gaps[a.first] for a in sentence.actors)


def _quoted_to(gaps: Sequence[str], last: int) -> bool:
    """The quote closes right after token `last`."""
    return last + 1 >= len(gaps) or "»" in gaps[last + 1]


def _event(
    text: str,
    sentence: Sentence,
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    cues: Sequence[Match[Cue]],
    coder: str,
) -> Event | None:
    tokens = sentence.tokens
    left, right = _limits(sentence, trig, triggers)
    trig = _as_noun(tokens, trig, triggers, sentence.gaps[trig.first])
    if _masdar_reading(sentence, trig) and not anchored_before(tokens, trig.first, 2):
        return None  # "لتبرير قتل المدنيين": a verbal noun in construct names no event
    if _purpose(tokens, trig, _clause_start(sentence, trig.first), cues):
        return None  # "استخدموا المنزل لقصف المواقع": what something is for, not an act
    if _listed_noun(tokens, trig, triggers):
        return None  # "أعمال قتل واغتصاب ونهب": the list shares the first noun's reading
    if _habitual(tokens, trig, left, right) and not _dated_entry(sentence, trig):
        return None  # "يقتلون الأبرياء", "يطلقون الصواريخ": a habit or a charge, no count
    entry = trig.payload
    if trade_word(entry) and not military_object(text, tokens, sentence.gaps, trig):
        return None  # "شراء القمح", "تصدير النفط": ordinary trade, no arms deal
    if trade_word(entry) and _trade_purpose(tokens, trig, cues):
        return None  # "وقعتا اتفاقا لتوريد دبابات": what the signed deal is for (AGREE)
    if entry.plover in _ANCHORED_TYPES and _described(sentence, trig, triggers):
        return None  # "سفينة اختطفها قراصنة", "كل من قام باعتداء", "مقتل 5 وجرح 7"
    clause = _clause_start(sentence, trig.first)
    if entry.plover == "ASSAULT" and _threatened(tokens, trig, triggers):
        return None  # "هدد بقتل الرهائن": a threat (THREATEN), not an attack
    if entry.plover not in _DETECTED and _refused(sentence, trig, triggers):
        return None  # "ترفض إسرائيل الانسحاب", "رفضت الاتهامات": what is refused
    if entry.plover in _ANCHORED_TYPES and _speaker_present(trig):
        return None  # "أقتلهم قبل أن يقتلوني", "اقتلوا": a maxim, an order or a vow
    if entry.plover not in _DETECTED and discussed(tokens, trig, clause):
        return None  # "وتناول اللقاء التعاون في مجال الطاقة": a topic of the talks
    if entry.plover not in _DETECTED and _motive(sentence, trig, triggers, clause):
        return None  # "خرج المئات في مسيرة تنديدا بالبطالة": why they marched, no new act
    if entry.plover not in _DETECTED and framed(tokens, trig):
        return None  # "ووقع البلدان خلال الزيارة": the visit told before dates the signing
    if entry.plover in _CONDEMNABLE and _condemned(sentence, trig, triggers):
        return None  # "أدانت الحكومة في بيان ... قصف القرية": what is condemned, told elsewhere
    if entry.plover == "ASSAULT" and _accusation_content(tokens, trig, triggers):
        return None  # "اتهم ... الحكومة باغتصاب الحقوق": what is charged (ACCUSE), not an attack
    if figurative(tokens, trig):
        return None  # "ضرب مثلا", "اعتصم بالصمت": an idiom
    if entry.plover == "ASSAULT" and _deep(tokens, trig) and not _experience_head(tokens, trig):
        return None  # an act told thirty words into a sentence elaborates or recalls
    if entry.plover == "ASSAULT" and _charged_in_clause(tokens, trig, clause):
        return None  # "اتهم تحقيق قام به جنرال في مقتل 24 مدنيا": the charge, past its verb
    if entry.plover == "ASSAULT" and _relative_result(tokens, trig, clause):
        return None  # "الهجوم الذي وقع أمس وأسفر عن مقتل": a known event's toll
    if entry.plover == "ASSAULT" and _held_weapon(tokens, trig, clause):
        return None  # "عثرت القوة على سيارة مفخخة": a weapon found, not used
    if _needs_anchor(tokens, trig) and not _took_place(sentence, trig, triggers, left, right, cues):
        return None
    if not _news(tokens, trig, left, right) and not _dated_entry(sentence, trig):
        return None  # a chronology line names its year and reports its act
    if entry.plover == "PROTEST" and _object_of_act(sentence, trig, triggers, clause):
        return None  # "فرقت الشرطة مظاهرة", "منعت تظاهرة": the police act is the event
    if entry.plover == "PROTEST" and _quoted(text, sentence, trig):
        return None  # «في أول مظاهرة نظمتها الحركة»: a speaker's account or opinion
    if entry.plover in _ANCHORED_TYPES and _any_kind(tokens, trig):
        return None  # "لمنع أي أعمال شغب قد تحصل": any such act, none in particular
    if entry.plover == "ASSAULT" and _statistic(sentence, trig):
        return None  # "تراجعت الهجمات بنسبة 36%": a trend in numbers, no particular attack
    if entry.plover in _ANCHORED_TYPES and _recollected(sentence, trig):
        return None  # "عالقة بذاكرتي ... في مظاهرة", "على سبيل المثال الإضراب": no report
    if not _needs_anchor(tokens, trig) and not _free_noun(tokens, trig, cues):
        return None
    if entry.anchor == "adverbial" and _main_event_before(sentence, trig, triggers, clause):
        return None
    if entry.anchor == "adverbial" and not _protest_context(sentence, trig, triggers):
        return None  # "أعلنت الحداد احتجاجا على": a motive of some other act, not a protest
    if entry.plover == "ASSAULT" and entry.cameo == "190" and verbal_attack(tokens, trig, right):
        entry = replace(entry, cameo="111", plover="ACCUSE")  # "شن هجوما لاذعا على ..."
        trig = replace(trig, payload=entry)
    if entry.plover == "RETREAT" and _quits_agreement(tokens, trig):
        entry = replace(entry, cameo="160", plover="SANCTION")  # "انسحبت من الاتفاق"
        trig = replace(trig, payload=entry)
    scene = backgrounded(tokens, trig) or progressive(tokens, trig) or _after_that(tokens, trig)
    if entry.plover in _ANCHORED_TYPES and scene:
        return None  # "الوزير الذي اغتيل في نوفمبر": presupposed, not news
    roles = assign(trig, sentence.actors, left, right, tokens)
    foreign = _nested_agent(trig, roles.source, triggers)
    if foreign is not None:  # "للاحتجاج على مقتل مدنيين على يد قوات التحالف": مقتل's agent
        roles = assign(trig, [a for a in sentence.actors if a is not foreign], left, right, tokens)
    experiencer = None if _verbal_trigger(tokens, trig) else _experiencer(sentence, trig, clause)
    if experiencer is not None and experiencer is not roles.source:
        roles.target = experiencer  # "تعرض الجنود للهجوم على أيدي طالبان": the soldiers
    if entry.plover == "ASSAULT" and _verbal_trigger(tokens, trig):
        roles = passive_victim(tokens, trig, triggers, sentence.actors, roles)
    if _any_source(tokens, trig):
        return None  # "عقوبات على أي جهة عراقية تشتري أسلحة": whoever might, nobody did
    if entry.plover == "ASSAULT" and _unarmed_source(roles) and _accident(sentence, trig):
        return None  # "لقي ثلاثة مصرعهم في حادث سير": an accident, no attack
    if entry.plover == "PROTEST" and _forces_gather(sentence, trig, roles):
        return None  # "احتشدت الشرطة في الميدان": a deployment, not a demonstration
    unarmed = roles.source is None and roles.target is None and not armed(tokens, trig, left, right)
    unarmed = unarmed and not _suffered(tokens, trig, clause)
    # "أوقع بحسب الجيش أكثر من ألف قتيل": an act a source vouches for is no figure of speech
    unarmed = unarmed and not any(left <= a.first <= right for a in sentence.told)
    if entry.plover == "ASSAULT" and unarmed:
        return None  # "قتلت كل بصيص ضوء", "انفجرت الفقاعة": a figure of speech
    if entry.anchor == "armed" and not armed(tokens, trig, left, right):
        return None  # "انفجرت فضيحة", "تفجرت الأزمة": only a bomb or a death makes a blast
    if entry.plover == "PROTEST" and _official_complaint(tokens, trig, roles):
        entry = replace(entry, cameo="114", plover="ACCUSE")  # "احتجت الصين رسميا على"
    lone = entry.plover == "PROTEST" and _lone_complaint(sentence, trig)
    crowd = roles.source is not None and _people(roles.source) and _assembled(sentence, trig)
    if lone and not crowd:
        if roles.source is None or roles.source.name == "protesters":
            return None  # "هناك أصوات احتجت", "واحتج عليها المتظاهرون": no crowd in the street
        entry = replace(entry, cameo="114", plover="ACCUSE")  # "احتج الوزير على القرار"
    if entry.plover == "ASSAULT" and _riot(roles):
        return None  # "اشتبك المتظاهرون مع الشرطة": a detail of the protest, told by its own event
    if _verbal_by_civilian(entry, roles, tokens, trig, left, right):
        entry = replace(entry, cameo="111", plover="ACCUSE")  # "هاجم ماكين رغبة أوباما"
    if (
        entry.anchor == "partner"
        and not _has_partner(entry, roles)
        and not _delegates_of(sentence, roles)
    ):
        return None  # "ناقش البرلمان مشروع القانون": a body deliberating alone is no consultation
    if entry.anchor == "assembly":
        roles.source = _assembly_source(sentence, roles)
        if roles.source is None:
            return None  # "عقدت الحكومة اجتماعا": one body's own meeting is no consultation
    if entry.anchor == "host" and roles.source is None:
        return None
    if entry.plover == "ASSAULT":
        victim_before(tokens, trig, sentence.actors, left, roles)
    _drop_later_speakers(sentence, trig, roles)  # "قصفت طائرات القرية، قال مسؤول عراقي"
    if trade_word(entry):  # "اشترى العراق دبابات من روسيا": the buyer, then the seller
        roles = trade_roles(entry, roles, sentence.actors, tokens, trig.last)
    event = Event(
        sentence=sentence.index,
        trigger=Span(tokens[trig.first].start, tokens[trig.last].end),
        event_type=entry.plover,
        coder=coder,
    )
    _fill_ontology(event, entry)
    event.location = _location(text, sentence, trig)
    if entry.plover in _ANCHORED_TYPES and event.location is not None:
        roles.target = localized(roles.target, event.location.country)  # "دورية للشرطة في البصرة"
    _fill_roles(event, roles, sentence)
    # "رفضت الرياض طلبا أمريكيا": the refusal is its own event; the request was made
    exempt = _refusal_words(triggers) if entry.plover in _VERBAL_TYPES else ()
    event.negated = is_negated(tokens, trig, left, clause, exempt) or _negated_intention(
        tokens, trig, cues, clause
    )
    event.modality = modality_of(tokens, trig, cues, clause)
    if questioned(text, tokens, trig):
        event.modality = "hypothetical"  # "هل يرى في قتل الأبرياء عملا جبانا؟" asks, not tells
    elif event.modality == "asserted" and _dated_ahead(sentence, trig):
        event.modality = "intended"  # "ويعتصم المعلمون غدا", "إضراب الأسبوع المقبل"
    event.attribution = _attribution(sentence, trig)
    if event.modality == "asserted" and _hearsay_after(sentence, trig):
        event.modality = "reported"  # "...، وفق مصادر عسكرية": an unnamed source vouches
    event.quantities = _money(text, sentence)
    event.quantities += weapon_quantities(text, sentence.start, sentence.end)  # "40 دبابة تي-90"
    event.confidence = 0.45 + 0.2 * (event.source is not None) + 0.15 * (event.target is not None)
    return event


def _trade_purpose(
    tokens: Sequence[Token], trig: Match[TriggerEntry], cues: Sequence[Match[Cue]]
) -> bool:
    """A trade noun with ل ("لتوريد", "لشراء") names a purpose, unless an intention governs it
    ("يسعى العراق لشراء": an intended purchase)."""
    if trig.payload.form in ("past", "pres"):
        return False
    return marker_of(tokens, trig.first, trig.reading) == "ل" and not _intention_before(trig, cues)


def _described(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """The act describes a noun, names whoever does it, or conjoins a noun (see `scope`)."""
    tokens, k = sentence.tokens, trig.first
    # an indefinite nisba ("سفينة أوكرانية اختطفها") is an adjective of the noun, no subject
    in_actor = any(
        a.first <= k - 1 <= a.last
        and not (a.kind == "demonym" and not definite(tokens[a.first].norm, a.reading))
        for a in sentence.actors
    )
    if asyndetic_relative(tokens, sentence.gaps, trig, in_actor):
        return True
    if relative_subject(tokens, trig) or present_passive(tokens, trig):
        return True
    if generic_agent(tokens, trig) or subject_relative(tokens, sentence.gaps, trig, triggers):
        return True
    return bare_conjunct(tokens, sentence.gaps, trig, triggers)


# How deep into its sentence an act may be told and still be the sentence's news. News
# sentences open with their event (after a speaker: "قال مسؤول إن ..."); violence named
# deep inside a long sentence elaborates, recalls or argues about events told elsewhere.
DEPTH_LIMIT = 30
_SPEAKER_SPAN = 10  # "وقال المتحدث باسم الشرطة العميد فلان إن": the speaker stands between


def _deep(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """True when more than `DEPTH_LIMIT` words precede the trigger in its reported content.

    The count starts after the complementizer of a reporting verb ("وقال ... إن"), so a
    long attribution does not push the reported act down.
    """
    if trig.first < DEPTH_LIMIT:
        return False
    start = 0
    for k in range(trig.first):
        if in_list(tokens[k].norm, reporting_words()):
            start = max(start, _complement_after(tokens, k, trig.first))
    return trig.first - start >= DEPTH_LIMIT


def _experience_head(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "تعرض قيادي في حماس هو ... للخطف": the act hangs on an earlier تعرض, not on its depth."""
    if not bare(tokens[trig.first].norm).startswith("ل"):
        return False  # the ل-noun of تعرض ("للخطف", "لمحاولة اغتيال")
    return any(_experience_verb(tokens, k) for k in range(trig.first))


def _complement_after(tokens: Sequence[Token], k: int, stop: int) -> int:
    """The token after the first complementizer following a reporting word at `k`."""
    for j in range(k + 1, min(stop, k + 1 + _SPEAKER_SPAN)):
        if in_list(tokens[j].norm, _NOUN_CUTS):
            return j + 1
    return 0


_AFTER_THAT = frozenset({"بعد", "منذ", "اثر", "عقب"})


def _after_that(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "بعد أن خطف مسلحون الشاحنات": a verb after بعد أن / منذ أن dates another event."""
    k = trig.first
    if k < 2 or bare(tokens[k - 1].norm) not in ("ان", "أن"):
        return False
    return bare(tokens[k - 2].norm) in _AFTER_THAT


def _news(tokens: Sequence[Token], trig: Match[TriggerEntry], left: int, right: int) -> bool:
    """A protest or violence noun reports an event (see `salience`); verbs always may."""
    entry = trig.payload
    if entry.plover not in _ANCHORED_TYPES:
        return True
    if entry.anchor != "adverbial" and recalled(tokens, trig, left, right):
        return False
    if entry.form in ("past", "pres") or entry.anchor == "adverbial":
        return not _charged_verb(tokens, trig, left)
    if charged(tokens, trig, left):
        return False
    if entry.plover != "PROTEST" or entry.form == "phrase":
        return True
    governed = marker_of(tokens, trig.first, trig.reading)
    return protest_noun_event(tokens, trig, governed)


def _charged_in_clause(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """A violence noun a few words after an accusing verb of its clause ("اتهم ... في مقتل").

    `_news` looks for charge words only after the last verb; the accusing verb itself
    (اتهم، أدين) governs the noun across its subject.
    """
    return not _verbal_trigger(tokens, trig) and charged(tokens, trig, clause)


def _charged_verb(tokens: Sequence[Token], trig: Match[TriggerEntry], left: int) -> bool:
    """ "متهمون بالاغتصاب ... وقتل الآلاف", "اتهمته بأنه قتل": a violent act after a word of
    accusation in its clause is the charge (see `salience.charged`), not a report."""
    as_noun = replace(trig, payload=replace(trig.payload, form="noun"))
    return trig.payload.plover == "ASSAULT" and charged(tokens, as_noun, left)


_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "INS", "SPY"})


def _verbal_by_civilian(
    entry: TriggerEntry,
    roles: Roles,
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    left: int,
    right: int,
) -> bool:
    """ "هاجم الوزير المعارضة": an attack by an unarmed speaker with no weapon or victim near.

    Politicians, officials and papers attack in words; a physical attack names armed
    attackers, a weapon or casualties.
    """
    if entry.cameo != "190" or roles.source is None:
        return False
    if roles.source.sector in _ARMED_SECTORS or roles.source.kind in ("country", "demonym"):
        return False  # a nation, named or by its adjective ("غارة أمريكية"), attacks in arms
    target = roles.target
    if roles.source.kind == "group" and target is not None and target.sector in _ARMED_SECTORS:
        return False  # "اشتبك متظاهرون مع الجيش": a crowd fights the forces, no speaker
    return not armed(tokens, trig, left, right)


def _nested_agent(
    trig: Match[TriggerEntry], source: Actor | None, triggers: Sequence[Match[TriggerEntry]]
) -> Actor | None:
    """An agent phrase (من قبل، على يد) after another trigger noun belongs to that noun."""
    if source is None or source.first <= trig.last:
        return None
    prep = prepositions().get(source.marker) if source.marker else None
    if prep is None or prep.role != "source":
        return None
    between = any(trig.last < t.first < source.first for t in triggers if t is not trig)
    return source if between else None


def _riot(roles: Roles) -> bool:
    """Protesters fighting security forces: part of the protest, neither an armed attack nor
    (the crowd being no speaker) a verbal one."""
    source, target = roles.source, roles.target
    if source is None or target is None or source.name != "protesters":
        return False
    return target.sector in _ARMED_SECTORS


_OFFICIAL_SECTORS = frozenset({"GOV", "IGO"})
_OFFICIAL_KINDS = frozenset({"country", "capital", "igo"})


def _official_complaint(tokens: Sequence[Token], trig: Match[TriggerEntry], roles: Roles) -> bool:
    """ "احتجت الخارجية لدى السفير": a state or its officials protest by formal complaint.

    A government's "protest" (احتج، احتجاج) is a diplomatic complaint (CAMEO 114, ACCUSE);
    a demonstration, a strike or a sit-in is done by civilians.
    """
    source = roles.source
    if source is None or trig.payload.form not in ("past", "pres"):
        return False  # a noun's "source" is often only a nearby name ("للاحتجاج على زيارة غل")
    if "حتج" not in tokens[trig.first].norm:
        return False
    return source.sector in _OFFICIAL_SECTORS or (
        source.kind in _OFFICIAL_KINDS and source.sector in (None, "", "GOV")
    )


def _masdar_reading(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """A bare triliteral form ("قتل", "وخطف") right after a bare noun is its verbal noun.

    "لتبرير قتل المدنيين", "عمليات خطف وقتل": the noun before it governs it or lists it.
    A verb follows a clause opener, a subject ("ان شخصا قتل", "القوات العراقية قتل"),
    a name, a number, a time word or punctuation.
    """
    entry, tokens, k = trig.payload, sentence.tokens, trig.first
    if entry.plover != "ASSAULT" or entry.form != "past" or len(trig.reading) != 3:
        return False
    if k == 0 or bare(tokens[k].norm) != trig.reading or re.search(r"[,،()\-–]", sentence.gaps[k]):
        return False
    prev = tokens[k - 1].norm
    if _STRONG.search(sentence.gaps[k]) or any(a.first <= k - 1 <= a.last for a in sentence.actors):
        return False
    return not _opens_verb(prev)


def _listed_noun(
    tokens: Sequence[Token], trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """A violence or protest noun joined by و to the trigger noun right before it.

    Coordinated verbal nouns ("مقتل ثلاثة وجرح خمسة", "خطف وذبح") report one event or
    none: the first conjunct decides, so the later ones add nothing of their own.
    """
    entry = trig.payload
    if entry.plover not in _ANCHORED_TYPES or not tokens[trig.first].norm.startswith("و"):
        return False
    if _verbal_trigger(tokens, trig):
        return False  # a finite verb opens its own clause ("وقتل 20 شخصا")
    prev = next((t for t in triggers if t.last == trig.first - 1), None)
    return (
        prev is not None
        and prev.payload.plover in _ANCHORED_TYPES
        and not _verbal_trigger(tokens, prev)
    )


def _habitual(tokens: Sequence[Token], trig: Match[TriggerEntry], left: int, right: int) -> bool:
    """A present-tense act of violence with no count of victims tells a habit, not an event."""
    entry = trig.payload
    if entry.plover != "ASSAULT" or not _needs_anchor(tokens, trig) or entry.form != "pres":
        return False  # "لم يقصف" is a negated past, not a habit
    return not _counted_near(tokens, trig, left, right)


def _opens_verb(prev: str) -> bool:
    """True when a verb may follow the word `prev` (see data/arabic/verb_openers.txt)."""
    word = bare(prev)
    if in_list(prev, verb_openers()) or in_list(prev, negators()) or in_list(prev, time_words()):
        return True
    if word.isdigit() or is_count(word) or in_list(prev, number_words()):
        return True
    # a definite noun or an accusative indefinite one ("شخصا") is the subject before its verb
    return "ال" in word[:4] or word.endswith("ا")


def _object_of_act(
    sentence: Sentence,
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    clause: int,
) -> bool:
    """A protest noun after a finite verb of another event type in its clause is its object.

    "فرقت الشرطة مظاهرة نظمها الطلاب": the news is the dispersal (COERCE); the
    demonstration is what was dispersed.
    """
    if trig.payload.form in ("past", "pres") or light_verb_before(sentence.tokens, trig, clause):
        return False  # "استنكر قيام متظاهرين بالتجمع": the act of the light verb, told there
    return any(
        clause <= t.first
        and t.last < trig.first
        and t.payload.plover != "PROTEST"
        and _verbal_trigger(sentence.tokens, t)
        and not in_list(sentence.tokens[t.first].norm, protest_anchors())  # "انفجرت مظاهرات"
        for t in triggers
    )


def _forces_gather(sentence: Sentence, trig: Match[TriggerEntry], roles: Roles) -> bool:
    """Police or soldiers "gathering" (احتشد، تجمع) are deployed, not demonstrating."""
    source, k = roles.source or _forces_before(sentence, trig.first), trig.first
    if source is None or source.sector not in ("COP", "MIL") or _crowd_after(sentence, k):
        return False
    if any(a.name == "protesters" and 0 < a.first - k <= 3 for a in sentence.actors):
        return False  # "تجمع المتظاهرون": the crowd after the verb is its subject
    return any(r in gathering_verbs() for r in cores(sentence.tokens[k].norm))


# "أي" (any) before a noun makes it no particular act ("رفض أي اعتداء", "لمنع أي أعمال شغب")
_ANY = frozenset({"اي", "ايه", "لاي", "لايه", "باي", "بايه"})


def _any_kind(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """A verbal noun right after أي/أية, or after أي and one more word ("أي أعمال شغب")."""
    if trig.payload.form in ("past", "pres"):
        return False
    return any(bare(tokens[k].norm) in _ANY for k in range(max(0, trig.first - 2), trig.first))


_COMPLAIN = frozenset({"احتج", "يحتج"})


def _lone_complaint(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """The verb احتج without a crowd, a count or new protesters as its subject."""
    tokens, k = sentence.tokens, trig.first
    if not _verbal_trigger(tokens, trig) or not any(
        trig.reading.startswith(w) or trig.reading[1:].startswith(w[1:]) for w in _COMPLAIN
    ):
        return False
    if _crowd_after(sentence, k):
        return False
    protesters = [a for a in sentence.actors if a.name == "protesters" and not a.marker]
    return not any(_subject_of(sentence, k, a) and _fresh(tokens, a) for a in protesters)


def _people(actor: Actor) -> bool:
    """A group of people other than protesters ("الطلاب", "العمال"): they protest as a crowd."""
    return actor.kind == "group" and actor.name != "protesters"


_SITES = frozenset({"امام", "قرب", "خارج", "داخل", "وسط", "شوارع", "ساحه", "ميدان"})
_SITE_REACH = 6


def _assembled(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """ "احتج الطلاب أمام الجامعة": a site of assembly after the verb, not only a grievance."""
    tokens = sentence.tokens
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + _SITE_REACH)):
        if _STRONG.search(sentence.gaps[k]):
            return False
        if set(cores(tokens[k].norm)) & _SITES:
            return True
    return False


def _crowd_joined(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """ "وشارك الآلاف في المظاهرة": a crowd between a protest anchor and a definite protest noun."""
    tokens = sentence.tokens
    if trig.payload.plover != "PROTEST":
        return False
    start = max(_clause_start(sentence, trig.first), trig.first - _VSO_PROTEST_GAP)
    for k in range(trig.first - 1, start - 1, -1):
        if in_list(tokens[k].norm, protest_anchors()):
            crowds = crowd_words()
            between = range(k + 1, trig.first)
            return any(in_list(tokens[j].norm, crowds) or is_count(tokens[j].norm) for j in between)
    return False


_SHARE = frozenset({"نسبه", "بنسبه", "بالمءه", "بالماءه", "المءه", "الماءه"})
_SHARE_REACH = 8


def _statistic(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """A percentage a few words after a violence noun in its clause ("الهجمات بنسبة 36%")."""
    if trig.payload.form in ("past", "pres"):
        return False
    tokens = sentence.tokens
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + _SHARE_REACH)):
        if _STRONG.search(sentence.gaps[k]):
            return False
        if "%" in sentence.gaps[k] or bare(tokens[k].norm) in _SHARE:
            return True
    return False


@lru_cache(maxsize=1)
def recollection_words() -> frozenset[str]:
    """Words of memory and illustration (data/arabic/recollection.txt)."""
    return word_set("recollection.txt")


def _recollected(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """A word of memory or illustration in the trigger's clause, before or after it."""
    words, tokens = recollection_words(), sentence.tokens
    for k in range(trig.first - 1, -1, -1):
        if set(cores(tokens[k].norm)) & words:
            return True
        if _STRONG.search(sentence.gaps[k]):
            break
    for k in range(trig.last + 1, len(tokens)):
        if _STRONG.search(sentence.gaps[k]):
            return False
        if set(cores(tokens[k].norm)) & words:
            return True
    return False


def _forces_before(sentence: Sentence, k: int) -> Actor | None:
    """Police or soldiers right before a verb, or counted with من ("أعداد من الشرطة احتشدت")."""
    return next(
        (
            a
            for a in sentence.actors
            if a.sector in ("COP", "MIL") and 0 < k - a.last <= 2 and a.marker in ("", "من")
        ),
        None,
    )


def _quoted(text: str, sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """True when the trigger stands inside «...» quotation marks in its sentence.

    Protest words in a quotation characterise protests ("«تظاهرتنا رسالة»", demands,
    memories); the reporter's own clause is what asserts that one took place.
    """
    before = text[sentence.start : sentence.tokens[trig.first].start]
    return before.rfind("«") > before.rfind("»")


def _verbal_trigger(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """A trigger read as a finite verb (not "بضرب", "القتل")."""
    return trig.payload.form in ("past", "pres") and not _nominal_prefix(
        tokens[trig.first].norm, trig.reading
    )


def _after_verb(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> int:
    """The token after the last verbal trigger before `trig` (0 when there is none)."""
    before = [
        t.last + 1 for t in triggers if t.last < trig.first and _verbal_trigger(sentence.tokens, t)
    ]
    return max(before, default=0)


def _unarmed_source(roles: Roles) -> bool:
    """No agent, or a civilian one: "لقي ثلاثة أشخاص مصرعهم" names victims, not killers."""
    return roles.source is None or roles.source.sector == "CVL"


def _accident(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """An accident or a disaster caused the casualties (see `causes.accidental`)."""
    end = trig.last
    while end + 1 < len(sentence.tokens) and not _STRONG.search(sentence.gaps[end + 1]):
        end += 1
    return accidental(sentence.tokens, trig, _clause_start(sentence, trig.first), end)


def _clause_start(sentence: Sentence, index: int) -> int:
    """The first token of the clause holding token `index` (after strong punctuation)."""
    for k in range(index, 0, -1):
        if _STRONG.search(sentence.gaps[k]):
            return k
    return 0


def _needs_anchor(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """Verbal nouns and present verbs of anchored types ("لم يقصف" is a negated past: no anchor)."""
    if trig.payload.anchor not in ("event", "strict"):
        return False
    before = bare(tokens[trig.first - 1].norm) if trig.first else ""
    return not (trig.payload.form == "pres" and before == "لم")


def _as_noun(
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]] = (),
    gap: str = "",
) -> Match[TriggerEntry]:
    """A verb form written with the article or a preposition is a verbal noun ("القتل", "بقصف").

    `gap` is the text before the trigger: a preposition across a colon ("ا ف ب: تظاهر")
    governs nothing.
    """
    entry = trig.payload
    if entry.form not in ("past", "pres"):
        return trig
    after_prep = trig.first > 0 and in_list(tokens[trig.first - 1].norm, prepositions())
    after_prep = after_prep and not _STRONG.search(gap)
    # "جرائم اغتصاب وقتل": a verb form joined by و to a verbal noun is a noun too
    after_prep = after_prep or _noun_conjunct(tokens, trig, triggers)
    nominal = _nominal_prefix(tokens[trig.first].norm, trig.reading)
    if entry.form == "pres":  # "لتلوح", "ليقصف": ل before a present verb is "in order to"
        nominal = nominal and not tokens[trig.first].norm.lstrip("وف").startswith("ل")
    if not (after_prep or nominal):
        return trig  # "الى قتل", "في قصف": a preposition takes a noun
    anchor = "event" if entry.plover in _ANCHORED_TYPES else entry.anchor
    return replace(trig, payload=replace(entry, form="noun", anchor=anchor))


def _noun_conjunct(
    tokens: Sequence[Token], trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    if not tokens[trig.first].norm.startswith("و"):
        return False
    prev = next((t for t in triggers if t.last == trig.first - 1), None)
    if prev is None:
        return False
    return prev.payload.form not in ("past", "pres") or _nominal_prefix(
        tokens[prev.first].norm, prev.reading
    )


def _nominal_prefix(norm: str, reading: str) -> bool:
    prefix = norm[: len(norm) - len(reading)] if reading and norm.endswith(reading) else ""
    if reading.startswith("ال") and not norm.endswith(reading):
        return True  # "للقتل": ل + ال
    return "ال" in prefix or prefix.lstrip("وف") in ("ب", "ل", "ك", "لل")


_DELEGATE_REACH = 4  # "وزراء خارجية دول مجلس التعاون": the body a few words after the heads


@lru_cache(maxsize=1)
def _delegates() -> frozenset[str]:
    return word_set("delegates.txt")


def _delegates_of(sentence: Sentence, roles: Roles) -> bool:
    """ "اجتمع وزراء الخارجية العرب": the envoys of several states consult among themselves."""
    source = roles.source
    return source is not None and in_list(sentence.tokens[source.first].norm, _delegates())


def _assembly_source(sentence: Sentence, roles: Roles) -> Actor | None:
    """The source of a meeting held ("عقد ... اجتماعا"), or None when it is no consultation.

    A meeting with a partner is one; so is a session of an international body ("عقد مجلس
    الأمن جلسة") or of the ministers or leaders of several states ("يعقد وزراء خارجية دول
    مجلس التعاون اجتماعا"), whose body, when named, is the source. PLOVER lets the target
    of such a multilateral meeting stay empty.
    """
    source = roles.source
    if source is not None and _delegates_of(sentence, roles):
        stop = source.last + _DELEGATE_REACH
        body = [a for a in sentence.actors if a.kind == "igo" and source.last < a.first <= stop]
        if body and roles.target is body[0]:
            roles.target = None  # the heads' own body is no partner
        return body[0] if body else source
    if roles.target is not None or (source is not None and source.kind == "igo"):
        return source
    return None


def _has_partner(entry: TriggerEntry, roles: Roles) -> bool:
    if entry.plover == "CONSULT":
        return roles.target is not None
    return roles.source is not None or roles.target is not None


def _main_event_before(
    sentence: Sentence,
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    clause: int,
) -> bool:
    """ "طردت السفير احتجاجا على": the adverb gives the reason of an earlier verb's event."""
    return any(
        t.last < trig.first
        and t.first >= clause
        and t.payload.plover != "PROTEST"
        and _verbal_trigger(sentence.tokens, t)
        for t in triggers
    )


def _protest_context(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """Protesters, a crowd or another protest word in the sentence: "احتجاجا على" then says
    why they protest; alone it gives the motive of any act (mourning, a boycott, a resignation).
    """
    if any(a.name == "protesters" for a in sentence.actors):
        return True
    if any(t is not trig and t.payload.plover == "PROTEST" for t in triggers):
        return True
    crowds = crowd_words()
    return any(in_list(t.norm, crowds) or is_count(t.norm) for t in sentence.tokens)


def _free_noun(
    tokens: Sequence[Token], trig: Match[TriggerEntry], cues: Sequence[Match[Cue]]
) -> bool:
    """A verbal noun governed by a preposition ("للتعاون", "بالاتفاق") is a purpose or topic."""
    if trig.payload.form in ("past", "pres"):
        return True
    return _governed_ok(tokens, trig, cues)


def _governed_ok(
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    cues: Sequence[Match[Cue]],
    clause: int = 0,
) -> bool:
    governed = marker_of(tokens, trig.first, trig.reading)
    if not governed or governed in location_markers():
        return True
    if governed in ("ب", "علي") and light_verb_before(tokens, trig, clause):
        return True  # "قام عشرة جنود باغتصابها": the light verb's act
    if _suffered(tokens, trig, clause):
        return True  # "تعرض قيادي للخطف", "أسفر الهجوم عن مقتل ثلاثة"
    # "تعرضت لهجوم" is an event; "يخطط لشن هجمات" an intended one (its modality says so)
    return anchored_before(tokens, trig.first) or _intention_before(trig, cues)


def _suffered(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """A violence noun reported through تعرض or a verb of result (see the two helpers)."""
    if trig.payload.plover != "ASSAULT" or _verbal_trigger(tokens, trig):
        return False
    # the trigger's own clitic first: marker_of looks past a place noun ("في المدينة للخطف")
    governed = _own_clitic(tokens[trig.first].norm, trig.reading)
    governed = governed or marker_of(tokens, trig.first, trig.reading)
    if _experienced(tokens, trig, governed, clause):
        return True
    if _resulted(tokens, trig, governed, clause) or _claimed(tokens, trig, clause):
        return True
    return _survived(tokens, trig, governed, clause)


def _purpose(
    tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int, cues: Sequence[Match[Cue]]
) -> bool:
    """An indefinite verbal noun of violence or protest with ل on it names a purpose.

    "لقتل المدنيين", "لتفجير الجسر": "in order to"; "تعرض لهجوم" (an act suffered) and
    "يخطط لشن هجوم" (an intention, its modality says so) keep theirs.
    """
    entry = trig.payload
    if entry.plover not in _ANCHORED_TYPES or entry.form != "noun":
        return False
    norm = tokens[trig.first].norm
    if _own_clitic(norm, trig.reading) != "ل" or definite(norm, trig.reading):
        return False
    return not _suffered(tokens, trig, clause) and not _intention_before(trig, cues)


def _own_clitic(norm: str, reading: str) -> str:
    """ل or ب written on the trigger itself ("للخطف", "بمقتل"), else ""."""
    core = reading.removeprefix("ال")
    prefix = norm[: len(norm) - len(core)] if norm.endswith(core) else ""
    prefix = prefix.removesuffix("ال").lstrip("وف")
    return {"ل": "ل", "لل": "ل", "ب": "ب"}.get(prefix, "")


def _experienced(
    tokens: Sequence[Token], trig: Match[TriggerEntry], governed: str, clause: int
) -> bool:
    """ "تعرض قيادي للخطف", "بعد تعرضه للضرب": the ل-noun of تعرض is an act suffered."""
    return governed == "ل" and _experience_at(tokens, trig, clause) >= 0


def _experience_at(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> int:
    """Index of the تعرض form governing the trigger's ل-phrase, or -1."""
    start = max(clause, trig.first - _EXPERIENCE_REACH)
    return next(
        (k for k in range(trig.first - 1, start - 1, -1) if _experience_verb(tokens, k)), -1
    )


def _nowhere(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> int:
    return -1


def _experiencer(sentence: Sentence, trig: Match[TriggerEntry], clause: int) -> Actor | None:
    """The subject of تعرض or نجا, the target of the act: after the verb (VSO) or before it."""
    tokens = sentence.tokens
    governed = _own_clitic(tokens[trig.first].norm, trig.reading)
    governed = governed or marker_of(tokens, trig.first, trig.reading)
    k = {"ل": _experience_at, "من": _survival_at}.get(governed, _nowhere)(tokens, trig, clause)
    if k < 0 or trig.payload.plover != "ASSAULT":
        return None
    free = [a for a in sentence.actors if not a.marker and not a.adjective]
    after = [a for a in free if k < a.first < trig.first]
    before = [a for a in free if clause <= a.last < k and k - a.last <= 2]
    return after[0] if after else (before[-1] if before else None)


def _experience_verb(tokens: Sequence[Token], k: int) -> bool:
    """A finite past تعرض not negated, or its verbal noun with a pronoun after بعد/إثر."""
    word = bare(tokens[k].norm)
    before = bare(tokens[k - 1].norm) if k else ""
    if word in experience_words():
        return not in_list(before, negators())
    noun = word.removeprefix("ب").removeprefix("ل")
    return noun[:4] == "تعرض" and noun[4:] in _PRONOUNS and before in _AFTER_WORDS


def _resulted(
    tokens: Sequence[Token], trig: Match[TriggerEntry], governed: str, clause: int
) -> bool:
    """ "أسفر هجوم ... عن مقتل ثلاثة", "أدى الانفجار إلى إصابة": the result of an act.

    A negated verb of result ("لم يسفر عن إصابات") reports no casualties; one in a
    relative clause ("الهجوم الذي أسفر عن") recalls an event already told.
    """
    if governed not in _RESULT_MARKERS:
        return False
    words = result_verbs()
    for k in range(trig.first - 1, max(clause, trig.first - _RESULT_REACH) - 1, -1):
        if in_list(tokens[k].norm, words):
            before = tokens[k - 1].norm if k else ""
            # "التي أسفرت عن مقتل": a relative clause describes an event told before
            if in_list(before, negators()) or in_list(before, background_words()):
                return False
            return not _continues_relative(tokens, k, clause)
    return False


def _relative_result(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """ "الهجوم الذي وقع وأسفر عن مقتل", "التي أدت إلى مقتل": a result told in a relative
    clause describes an event already known; the casualty noun is no new report."""
    if _verbal_trigger(tokens, trig):
        return False
    governed = _own_clitic(tokens[trig.first].norm, trig.reading)
    if (governed or marker_of(tokens, trig.first, trig.reading)) not in _RESULT_MARKERS:
        return False
    words = result_verbs()
    for k in range(trig.first - 1, max(clause, trig.first - _RESULT_REACH) - 1, -1):
        if in_list(tokens[k].norm, words):
            if k and _noun_relative(tokens, k - 1):
                return True
            return _continues_relative(tokens, k, clause)
    return False


def _noun_relative(tokens: Sequence[Token], j: int) -> bool:
    """A relative pronoun at `j` that describes a noun; "الأمر الذي أدى" sums up a clause."""
    if not in_list(tokens[j].norm, background_words()):
        return False
    return not (j and bare(tokens[j - 1].norm) in _SENTENTIAL)


def _continues_relative(tokens: Sequence[Token], k: int, clause: int) -> bool:
    """ "الهجوم الذي وقع أمس وأسفر عن مقتل": a و-verb after a relative clause continues it."""
    if not tokens[k].norm.startswith("و"):
        return False
    start = max(clause, k - _RESULT_REACH)
    return any(_noun_relative(tokens, j) for j in range(start, k))


def _claimed(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """ "تبنت الحركة المسؤولية عن عملية تفجير": a claim of responsibility for the act.

    عن stands within two words before the trigger, a responsibility noun right before عن,
    and a verb of claiming up to three words before that noun.
    """
    k = next(
        (
            j
            for j in range(trig.first - 1, trig.first - 3, -1)
            if j > clause and bare(tokens[j].norm) == "عن"
        ),
        -1,
    )
    if k < 1 or not in_list(tokens[k - 1].norm, claim_words("noun")):
        return False
    verbs = claim_words("verb")
    return any(in_list(tokens[j].norm, verbs) for j in range(max(clause, k - 4), k - 1))


def _survived(
    tokens: Sequence[Token], trig: Match[TriggerEntry], governed: str, clause: int
) -> bool:
    """ "نجا الوزير من محاولة اغتيال": an attack its target survived took place."""
    if governed != "من":
        return False
    return _survival_at(tokens, trig, clause) >= 0


def _survival_at(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> int:
    """Index of the verb of surviving before the trigger in its clause, or -1."""
    start, words = max(clause, trig.first - _EXPERIENCE_REACH), survival_verbs()
    return next(
        (k for k in range(trig.first - 1, start - 1, -1) if in_list(tokens[k].norm, words)), -1
    )


def _happened_after(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "الهجوم نفذه انتحاري", "اثنين من التفجيرات وقعا": a verb of happening right after a
    definite violence noun has it as subject (a relative pronoun between describes instead).
    """
    if trig.payload.plover != "ASSAULT":
        return False
    k = trig.last + 1
    if k < len(tokens) and bare(tokens[k].norm).startswith("ب") and tokens[k].norm != trig.reading:
        k += 1  # "الهجوم بالقنبلة نفذ": a means phrase may stand between
    return k < len(tokens) and in_list(tokens[k].norm, anchor_words())


_ENTRY_REACH = 5


def _dated_entry(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """A chronology line "* 5 فبراير 2004: اغتيال ...": a dated entry names an event.

    The trigger opens the text after a colon (within five words), and a number (day or
    year) stands just before the colon. Its year and a historical present ("يشن غارة")
    are the form of the entry, not a recall or a habit.
    """
    k = _clause_start(sentence, trig.first)
    if ":" not in sentence.gaps[k] or trig.first - k > _ENTRY_REACH:
        return False  # "2003: سلاح الجو يشن غارة": the act opens the entry
    return any(sentence.tokens[j].norm.isdigit() for j in range(max(0, k - 5), k))


def _held_weapon(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """A weapon noun after a word of finding, seizing or containing in its clause."""
    weapons = weapon_words()
    named = any(set(cores(tokens[k].norm)) & weapons for k in range(trig.first, trig.last + 1))
    if _verbal_trigger(tokens, trig) or not named:
        return False  # "إطلاق القذائف" names a weapon too
    words = possession_words()
    start = max(clause, trig.first - _POSSESSION_REACH)
    return any(in_list(tokens[k].norm, words) for k in range(start, trig.first))


def _passive_done(tokens: Sequence[Token], k: int, clause: int) -> bool:
    """ "وتم اغتيال", "أنه تم تدميرها": تم right before the noun, opening its own clause.

    After a relative pronoun or an indefinite noun ("سفن تم اختطافها") it describes.
    """
    if k < 1 or bare(tokens[k - 1].norm) != "تم":
        return False
    if tokens[k - 1].norm != "تم" or k - 1 == clause:
        return True  # "وتم", or the clause opens with تم
    return (
        k >= 2
        and in_list(tokens[k - 2].norm, verb_openers())
        and not in_list(tokens[k - 2].norm, background_words())
    )


def _announced(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """A death noun after a reporting verb and its subject ("أعلن مصدر في الشرطة مقتل شخص")."""
    start = max(clause, trig.first - _ANNOUNCE_REACH)
    words = reporting_words()
    return any(
        in_list(tokens[k].norm, words) and not tokens[k].norm.startswith(("ال", "بال"))
        for k in range(start, trig.first)
    )


def _threatened(
    tokens: Sequence[Token], trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """ "التهديد بالقتل", "هدد التنظيم بقتل الرهائن": violence named as a threat's content.

    Right after a threat word, or as a ب-phrase past the threatening verb's subject.
    """
    content = _own_clitic(tokens[trig.first].norm, trig.reading) == "ب"
    for t in triggers:
        gap = trig.first - t.last
        if t.payload.plover != "THREATEN" or gap <= 0:
            continue
        if gap <= _THREAT_GAP or content and gap <= _THREAT_REACH:
            return True
    return False


# Verbal types are acts of their own, made by someone else: "رفضت الرياض طلبا أمريكيا"
# reports a request; protests and attacks follow their detection rules.
_VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_REFUSAL_REACH = 8
_INTENTION_REACH = 8  # "لا يعتزم الاتحاد الأوروبي رفع العقوبات": the subject between


def _negated_intention(
    tokens: Sequence[Token], trig: Match[TriggerEntry], cues: Sequence[Match[Cue]], clause: int
) -> bool:
    """ "لا يعتزم الاتحاد رفع العقوبات": a negated intention cue negates the act it governs."""
    for cue in cues:
        if cue.payload.modality != "intended" or not clause < cue.first < trig.first:
            continue
        near = trig.first - cue.last <= _INTENTION_REACH
        if near and cue.first > 0 and in_list(tokens[cue.first - 1].norm, negators()):
            return True
    return False


# A refusal names an act that has not happened: "ترفض إسرائيل الانسحاب" refuses it (PLOVER
# codes the REJECT alone, nothing withdrew). The content of a request ("طلب الإفراج عن") is
# still coded, as a hypothetical event (modality.tsv).
_REFUSALS = frozenset({"REJECT"})


def _motive(
    sentence: Sentence,
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    clause: int,
) -> bool:
    """An indefinite accusative verbal noun ("تنديدا", "استنكارا") after a verb of its clause
    (an event verb, or a gathering verb such as خرج، تجمع) is the motive of that verb's act
    (مفعول لأجله), not an act of its own."""
    tokens = sentence.tokens
    norm = tokens[trig.first].norm
    if trig.payload.form != "noun" or norm not in (trig.reading, trig.reading + "ا"):
        return False  # a proclitic: "بالتنديد", "والتنديد"
    if not norm.endswith("ا") or norm.startswith("ال"):
        return False
    if any(in_list(tokens[k].norm, disruptive_verbs()) for k in range(clause, trig.first)):
        return True
    return any(
        clause <= t.first and t.last < trig.first and _verbal_trigger(tokens, t) for t in triggers
    )


def _refusal_words(triggers: Sequence[Match[TriggerEntry]]) -> set[int]:
    """Token indices of refusal triggers (رفض): words that prevent, but are events."""
    return {
        k for t in triggers if t.payload.plover in _REFUSALS for k in range(t.first, t.last + 1)
    }


def _refused(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """A verbal noun or present verb a few words after a refusal in its clause: what is
    refused ("ترفض الانسحاب", "رفضت أن تنسحب"). A past verb reports an act of its own, and
    so does a new (indefinite) statement ("رفضت طلبا أمريكيا"); a definite one ("رفضت
    الاتهامات") was told before."""
    if trig.payload.form == "past":
        return False
    tokens = sentence.tokens
    if trig.payload.plover in _VERBAL_TYPES and not _known(tokens, trig):
        return False
    return any(
        t.payload.plover in _REFUSALS
        and 0 < trig.first - t.last <= _REFUSAL_REACH
        and _same_clause(sentence, t.last, trig.first)
        for t in triggers
    )


def _known(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """A definite noun, or one in construct with a definite noun ("طلب الإفراج"); an
    accusative with tanween ("طلبا أمريكيا") is indefinite."""
    norm = tokens[trig.first].norm
    if definite(norm, trig.reading):
        return True
    nxt = trig.last + 1
    return nxt < len(tokens) and not norm.endswith("ا") and tokens[nxt].norm.startswith("ال")


def _speaker_present(trig: Match[TriggerEntry]) -> bool:
    """A present or imperative form with the first-person prefix أ (normalised ا).

    News reports acts in the third person; "أقتل", "اقتلوا" belong to quotes, slogans,
    maxims and pledges, which report no act.
    """
    return trig.payload.form == "pres" and trig.reading.startswith("ا")


# Acts whose verbal noun after a condemnation is what is condemned ("أدانت ... اعتقال
# الناشطين"): coercion and attacks, reported before; the condemnation (ACCUSE) is the news.
_CONDEMNABLE = frozenset({"ASSAULT", "COERCE"})
_DENOUNCE_CAMEO = "111"
_DENOUNCE_REACH = 12


def _condemned(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """A violence noun in the object of a verb or noun of condemning in its clause.

    "أدانت الحركة الهجوم على مقرها", "استنكر الوزير ... قصف القرى": the condemnation
    is the news; the attack it answers was reported before.
    """
    if trig.payload.form in ("past", "pres"):
        return False
    return any(
        t.payload.cameo == _DENOUNCE_CAMEO
        and 0 < trig.first - t.last <= _DENOUNCE_REACH
        and _same_clause(sentence, t.last, trig.first)
        for t in triggers
    )


_ACCUSE_CAMEO = "112"
_ACCUSE_REACH = 15  # "اتهم فلان، رئيس الجمعية ...، الحكومة باغتصاب": subject and object between


def _accusation_content(
    tokens: Sequence[Token], trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]
) -> bool:
    """ "اتهم الجيش بقتل المدنيين", "اتهمهم بأنهم فجروا": the ب-phrase or the بأن-clause
    after a verb or noun of accusing is its charge."""
    by = _own_clitic(tokens[trig.first].norm, trig.reading) == "ب"
    for t in triggers:
        if t.payload.cameo != _ACCUSE_CAMEO or not 0 < trig.first - t.last <= _ACCUSE_REACH:
            continue
        between = range(t.last + 1, trig.first)
        if by or any(bare(tokens[k].norm).startswith("بان") for k in between):
            return True
    return False


def _intention_before(trig: Match[TriggerEntry], cues: Sequence[Match[Cue]]) -> bool:
    return any(c.payload.modality == "intended" and 0 < trig.first - c.last <= 3 for c in cues)


def _took_place(
    sentence: Sentence,
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    left: int,
    right: int,
    cues: Sequence[Match[Cue]],
) -> bool:
    """A verbal noun names an event that happened: not the object of a preposition, and anchored."""
    tokens = sentence.tokens
    clause = _clause_start(sentence, trig.first)
    if not _governed_ok(tokens, trig, cues, clause):
        return False
    if _intention_before(trig, cues):
        return True  # "حاول مسلحون اقتحام المقر": an intended act (its modality says so)
    if _suffered(tokens, trig, clause):
        return True  # "تعرض صحافي في المدينة للخطف": the construction reports the act
    if trig.payload.plover == "ASSAULT" and _dated_entry(sentence, trig):
        return True  # "* 21 مايو 2005: اغتيال النائب ...": an entry of a chronology
    if trig.payload.plover == "ASSAULT" and _passive_done(tokens, trig.first, clause):
        return True  # "أكدت أنه تم اغتصابها": تم + verbal noun is a passive verb
    if trig.payload.cameo == "180" and _announced(tokens, trig, clause):
        return True  # "أعلنت الشرطة مقتل ثلاثة": the report of a death
    if marker_of(tokens, trig.first, trig.reading) not in ("", *location_markers()):
        return True
    if trig.payload.anchor == "strict" or definite(tokens[trig.first].norm, trig.reading):
        # "المظاهرة", "الهجوم" recall an event told before: only a verb of happening right
        # before them ("اندلعت المظاهرات") or a victim count makes them a new report
        if _happened_after(tokens, trig):
            return True
        if anchored_before(tokens, _past_times(tokens, trig.first), 2):
            return True  # "وشهدت المدينة أمس اغتيال": a time word may stand between
        return _counted_near(tokens, trig, left, right) or _crowd_joined(sentence, trig)
    return anchored(tokens, trig, left, right) or _verb_near(tokens, trig, triggers, left, right)


_AHEAD = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})
_TIME_HEADS = frozenset(
    {"يوم", "الاسبوع", "الشهر", "العام", "السنه", "الايام", "الاسابيع", "الاشهر", "الفتره"}
)
_AHEAD_REACH = 8


def _dated_ahead(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    """A present verb or a noun dated in the future within its clause ("الأحد المقبل")."""
    if trig.payload.form == "past":
        return False  # "قتل ثلاثة ... قبل الانتخابات المقبلة": the act is done
    tokens = sentence.tokens
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + _AHEAD_REACH)):
        if _STRONG.search(sentence.gaps[k]):
            return False
        word = bare(tokens[k].norm)
        if word == "غدا":
            return True
        if word in _AHEAD and k > 0 and _time_noun(tokens[k - 1].norm):
            return True  # "الأحد المقبل", not "الانتخابات المقبلة"
    return False


def _time_noun(norm: str) -> bool:
    return in_list(norm, time_words()) or bare(norm) in _TIME_HEADS


def _past_times(tokens: Sequence[Token], k: int) -> int:
    """Index `k` moved back over the time words right before it ("أمس", "مساء أمس")."""
    while k > 0 and time_filler(tokens, k - 1):
        k -= 1
    return k


def definite(norm: str, reading: str) -> bool:
    """True when the token carries the definite article (possibly after و/ب/ل/ك)."""
    if reading.startswith("ال"):
        return True
    prefix = norm[: len(norm) - len(reading)] if norm.endswith(reading) else ""
    return prefix.endswith("ال") or prefix.endswith("لل")


def _counted_near(
    tokens: Sequence[Token], trig: Match[TriggerEntry], left: int, right: int
) -> bool:
    """A number or a victim word within the clause ("مقتل ثلاثة", "12 قتيلا")."""
    victims = victim_words()
    lo, hi = max(left, trig.first - 5), min(right, trig.last + 5)
    return any(
        is_count(tokens[k].norm) or in_list(tokens[k].norm, victims) for k in range(lo, hi + 1)
    )


def _protest_act(sentence: Sentence, k: int, protesters: Sequence[Actor]) -> str:
    """The reading of token `k` when it is a protest act by protesters or a crowd, else "".

    Gathering acts ("نزل", "تجمع") count for any protesters; other acts (burning,
    blocking, marching, chanting) only for indefinite ones: "وأحرق المتظاهرون" adds
    detail to a protest already told. The protesters must be the verb's subject.
    """
    tokens = sentence.tokens
    token = tokens[k]
    if not any(r in _protest_act_words() for r in cores(token.norm)):
        return ""  # no reading is an act word: every branch below would give ""
    if k and in_list(tokens[k - 1].norm, _NOT_ASSERTING):
        return ""  # "لم تستطع أن تجمع", "كانوا يرفعون": a complement or a scene, not news
    for reading in cores(token.norm):
        if reading != token.norm and definite(token.norm, reading):
            return ""  # "التجمع", "للتظاهر": a noun
        near = [a for a in protesters if _subject_of(sentence, k, a)]
        fresh = [a for a in near if _fresh(tokens, a)]
        if reading in disruptive_verbs() and near or reading in protest_actions() and fresh:
            return reading
        if reading in disruptive_verbs() and _continues_protesters(
            sentence, k, reading, protesters
        ):
            return reading
        if reading in disruptive_verbs() and _people_assembled(sentence, k):
            return reading
        if reading in gathering_verbs() and _crowd_after(sentence, k):
            return "" if _occasion_after(sentence, k) else reading
    return ""


_CONTINUE_REACH = 8


@lru_cache(maxsize=1)
def _protest_act_words() -> frozenset[str]:
    """Every word `_protest_act` can return: disruptive, protest and gathering verbs."""
    return disruptive_verbs() | protest_actions() | gathering_verbs()


def _people_assembled(sentence: Sentence, k: int) -> bool:
    """ "وتجمع أنصار الرئيس أمام القصر": a group of people gathering at a site of assembly."""
    groups = [a for a in sentence.actors if _people(a) and not a.marker]
    if not any(_subject_of(sentence, k, a) for a in groups):
        return False
    site = Match(k, k, _PROTEST_ACT, reading=sentence.tokens[k].norm)
    return _assembled(sentence, site)


def _continues_protesters(
    sentence: Sentence, k: int, reading: str, protesters: Sequence[Actor]
) -> bool:
    """ "وحمل المتظاهرون أعلاما وتجمعوا": a plural و-verb whose subject is the protesters before."""
    tokens = sentence.tokens
    if not reading.endswith("وا") or tokens[k].norm != "و" + reading:
        return False
    start = max(_clause_start(sentence, k), k - _CONTINUE_REACH)
    before = [
        a
        for a in sentence.actors
        if start <= a.first and a.last < k and not (a.adjective or a.kind == "demonym")
    ]
    return bool(before) and before[-1] in protesters  # "أعلاما تركية": a nisba is no subject


# Counts heading a group ("آلاف المتظاهرين"): new participants, though "آلاف" normalises to
# a form that starts like the article (الاف).
_GROUP_COUNTS = frozenset({"الاف", "الوف", "مئات", "عشرات", "ملايين"})


def _fresh(tokens: Sequence[Token], actor: Actor) -> bool:
    """Protesters told for the first time: indefinite, or counted ("آلاف المتظاهرين")."""
    head = tokens[actor.first].norm
    if bare(head) in _GROUP_COUNTS or bare(head).isdigit():
        return True
    if _counted_after(tokens, actor.last):
        return True  # "المتظاهرون وهم 500": the count introduces them
    return not definite(head, actor.reading)


def _counted_after(tokens: Sequence[Token], k: int) -> bool:
    """ "وهم 500", "وعددهم نحو ألفين": a count in apposition right after token `k`."""
    if k + 2 >= len(tokens) or bare(tokens[k + 1].norm) not in ("هم", "عددهم"):
        return False
    return any(is_count(t.norm) or in_list(t.norm, number_words()) for t in tokens[k + 2 : k + 4])


_OCCASION_REACH = 8


@lru_cache(maxsize=1)
def occasion_words() -> frozenset[str]:
    """Funerals, feasts, prayers, matches (data/arabic/occasions.txt): crowds without protest."""
    return word_set("occasions.txt")


def _occasion_after(sentence: Sentence, k: int) -> bool:
    """ "تدفق حشود المشاركين في المأتم": the crowd gathers for an occasion in its clause."""
    words, tokens = occasion_words(), sentence.tokens
    for j in range(k + 1, min(len(tokens), k + 1 + _OCCASION_REACH)):
        if _STRONG.search(sentence.gaps[j]):
            return False
        if in_list(tokens[j].norm, words) or set(cores(tokens[j].norm)) & words:
            return True
    return False


def _subject_of(sentence: Sentence, k: int, actor: Actor) -> bool:
    """True when `actor` can be the subject of the verb at token `k`.

    Right after the verb (VSO: no other actor between) or right before it (SVO);
    "حاصرت قوات الأمن المتظاهرين" has the police as subject, not the protesters.
    """
    if not _agrees(sentence.tokens[k].norm, sentence.tokens[actor.first].norm):
        return False
    if 0 < actor.first - k <= _VSO_PROTEST_GAP:  # adverbs may intervene: "خرج أمس مئات"
        if _oblique_plural(sentence, actor) or _object_between(sentence, k, actor):
            return False  # "فرقت الشرطة المتظاهرين": an object, not the subject
        return not any(k < a.first < actor.first for a in sentence.actors)
    if not 0 < k - actor.last <= 2:
        return False
    # before the verb an oblique plural is a subject only after إن/أن ("أكد أن المتظاهرين أحرقوا")
    return not _oblique_plural(sentence, actor) or _after_complementizer(sentence, actor)


def _oblique_plural(sentence: Sentence, actor: Actor) -> bool:
    """A sound masculine plural in the oblique case ("المتظاهرين") heading the actor.

    The subject of a verb is nominative ("المتظاهرون"); "-ين" marks an object or a
    genitive. A quantifier heading the phrase ("آلاف المتظاهرين") is the subject instead.
    """
    word = sentence.tokens[actor.first].norm
    return word.endswith("ين") and not in_list(word, crowd_words()) and not is_count(word)


def _after_complementizer(sentence: Sentence, actor: Actor) -> bool:
    if actor.first == 0:
        return False
    return bare(sentence.tokens[actor.first - 1].norm) in _SUBJECT_COMPLEMENTIZERS


def _object_between(sentence: Sentence, k: int, actor: Actor) -> bool:
    """A ب-phrase between verb and actor ("قامت بإبعاد 300 متظاهر"): the actor is its object.

    The subject follows the verb before its complements; a verbal noun with ب after a
    light verb (قام، أقدم) is the act itself, and a noun after it is that act's object.
    """
    return any(
        bare(sentence.tokens[j].norm).startswith("ب") and len(sentence.tokens[j].norm) > 4
        for j in range(k + 1, actor.first)
    )


def _agrees(verb: str, subject: str) -> bool:
    """A feminine singular past verb ("قامت") cannot take a sound masculine plural subject."""
    feminine = verb.endswith("ت") and not verb.endswith(("وت", "ات"))
    return not (feminine and subject.endswith(("ون", "ين")))


def _crowd_after(sentence: Sentence, k: int) -> bool:
    """A crowd or count word a few words after the verb ("خرج مساء أمس مئات")."""
    crowds, tokens = crowd_words(), sentence.tokens
    budget, j = _CROWD_GAP, k + 1
    while j < len(tokens) and budget > 0:
        if _STRONG.search(sentence.gaps[j]):
            return False
        if in_list(tokens[j].norm, crowds) or is_count(tokens[j].norm):
            return not _things_after(tokens, j)  # "تجمعت مئات السيارات": no crowd of people
        filler = time_filler(tokens, j)  # "أول من أمس" is a time, not a phrase
        if not filler and in_list(tokens[j].norm, prepositions()):
            return False  # "خرج من تحالف 14 آذار": a count inside a phrase is no subject
        budget -= not filler
        j += 1
    return False


def _things_after(tokens: Sequence[Token], j: int) -> bool:
    """The word after the count at `j` names things, not people (data/arabic/things.txt)."""
    if j + 1 >= len(tokens):
        return False
    return any(c in thing_words() for c in cores(tokens[j + 1].norm))


def _verb_near(
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    left: int,
    right: int,
) -> bool:
    """Another trigger verb in the clause shows the noun names a real event ("قتل ... في هجوم").

    A verb in a relative clause ("الذي قتل ... في غارة") is background and shows nothing.
    """
    return any(
        t is not trig
        and t.payload.form == "past"
        and not t.payload.anchor
        and left <= t.first <= right + 3
        and not backgrounded(tokens, t)
        for t in triggers
    )


def _fill_ontology(event: Event, entry: TriggerEntry) -> None:
    """CAMEO code, mode, context, quad class and Goldstein score from the ontology table."""
    event.cameo = entry.cameo
    try:
        info = ontology.info(entry.cameo)
    except KeyError:
        return
    event.event_mode = info.mode
    event.context = list(info.context)
    event.quad_class = info.quad
    event.goldstein = info.goldstein


def _fill_roles(event: Event, roles: Roles, sentence: Sentence) -> None:
    if roles.source is not None:
        event.source = mention_of(roles.source, sentence)
    if roles.target is not None:
        event.target = mention_of(roles.target, sentence)


def _location(text: str, sentence: Sentence, trig: Match[TriggerEntry]) -> Location | None:
    """The nearest place governed by في (or the like) after, else before, the trigger."""
    places = [a for a in sentence.actors if a.marker in ("في", "داخل", "قرب") and a.country]
    if not places:
        return None
    after = [a for a in places if a.first > trig.last]
    place = after[0] if after else places[-1]
    start, end = sentence.tokens[place.first].start, sentence.tokens[place.last].end
    return Location(start, end, text[start:end], place.country)


def _attribution(sentence: Sentence, trig: Match[TriggerEntry]) -> Attribution | None:
    """Who tells the event: a reporting clause before it, or an attributive one after it."""
    actors = sorted([*sentence.actors, *sentence.told], key=lambda a: a.first)
    parts = (sentence.tokens, sentence.gaps, actors)
    return attribution(parts, sentence.said, trig.first, trig.last)


def _drop_later_speakers(sentence: Sentence, trig: Match[TriggerEntry], roles: Roles) -> None:
    """A speaker of a reporting clause after the event is none of its parties."""
    actors = [*sentence.actors, *sentence.told]
    later = later_speakers(sentence.gaps, actors, sentence.said, trig.last)
    if roles.source is not None and any(roles.source is a for a in later):
        roles.source = None
    if roles.target is not None and any(roles.target is a for a in later):
        roles.target = None


def _hearsay_after(sentence: Sentence, trig: Match[TriggerEntry]) -> bool:
    return hearsay(sentence.tokens, sentence.said, trig.first, trig.last)


def _money(text: str, sentence: Sentence) -> list[Quantity]:
    """Amounts of money named in the sentence."""
    out = []
    for m in _MONEY.finditer(text, sentence.start, sentence.end):
        number = re.match(r"\d[\d,.]*", m.group())
        value = float(number.group().replace(",", "")) if number else None
        out.append(Quantity("money", m.start(), m.end(), value, None))
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per type and dyad in a sentence: the first trigger, completed by later ones."""
    out: list[Event] = []
    for event in events:
        twin = next((e for e in out if _same(e, event) or _toll_of(e, event)), None)
        if twin is None:
            out.append(event)
            continue
        if twin.source is None and not _same_actor(event.source, twin.target):
            twin.source = event.source
        if twin.target is None and not _same_actor(event.target, twin.source):
            twin.target = event.target
    return out


def _same(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.negated != b.negated:
        return False
    if _exchange(a, b):
        return True  # "تلقى اتصالا هاتفيا من الرئيس ... بحث خلاله الجانبان": one consultation
    if _two_acts(a, b):
        return False  # "أغلقت مجالها الجوي ... واستدعت سفيرها": a closure and a recall
    return _compatible(a.source, b.source) and _compatible(a.target, b.target)


def _exchange(a: Event, b: Event) -> bool:
    """The same consultation told from each side: CONSULT, one CAMEO code, the dyad swapped.

    A visit (042) and its reception (043) keep their own events, their codes differ.
    """
    if a.event_type != "CONSULT" or a.cameo != b.cameo:
        return False
    if a.source is None or a.target is None or b.source is None or b.target is None:
        return False
    return a.source.code == b.target.code and a.target.code == b.source.code


@lru_cache(maxsize=1)
def agreement_words() -> frozenset[str]:
    """Agreements a party can leave (data/arabic/agreements.txt)."""
    return word_set("agreements.txt")


def _is_agreement(norm: str) -> bool:
    """The word is an agreement noun, with or without article and accusative ending."""
    readings = set(cores(norm))
    readings |= {r.removesuffix("ا") for r in readings}
    return bool(readings & agreement_words())


def _quits_agreement(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """A withdrawal from an agreement: "من الاتفاق" right after it, or "منه"/"منها" with an
    agreement named earlier in the sentence ("رعت اتفاق سلام ... قبل أن تعلن انسحابها منه")."""
    for k in range(trig.last + 1, min(len(tokens), trig.last + _QUIT_REACH)):
        word = tokens[k].norm  # past a subject: "انسحبت الولايات المتحدة من الاتفاق"
        if word == "من":
            return k + 1 < len(tokens) and _is_agreement(tokens[k + 1].norm)
        if word in _FROM_IT:
            return any(_is_agreement(tokens[j].norm) for j in range(trig.first))
    return False


_FROM_IT = frozenset({"منه", "منها"})
_QUIT_REACH = 5  # tokens from the withdrawal to its من


def _any_source(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """A verb right after "أي" + a noun (and its adjective): a condition on anyone who would
    act ("أي جهة عراقية تشتري", "أي دولة تعترف"), no act that took place."""
    if not _verbal_trigger(tokens, trig):
        return False
    start = max(0, trig.first - _ANY_REACH)
    return any(bare(tokens[k].norm) in _ANY for k in range(start, trig.first - 1))


_ANY_REACH = 3  # "أي" + a noun + its adjective before the verb


def _toll_of(attack: Event, later: Event) -> bool:
    """ "قصفت طائرات تركية مواقع ...، ما أدى إلى مقتل ثلاثة مقاتلين": an agentless killing
    after an attack with a known agent in the same sentence is that attack's toll."""
    if attack.event_type != "ASSAULT" or later.event_type != "ASSAULT" or attack.negated:
        return False
    return attack.source is not None and later.source is None and not later.negated


def _both_parties(event: Event, sentence: Sentence) -> list[Event]:
    """ "دعا الاتحاد الأفريقي البلدين إلى ضبط النفس": a dual target is both countries, so the
    act is coded once for each (a dual source stays one event: the pair acts together)."""
    target = event.target
    if target is None or event.source is None or event.event_type in _DETECTED:
        return [event]
    dual = next(
        (
            a
            for a in sentence.actors
            if a.partner is not None and mention_of(a, sentence) == target
        ),
        None,
    )
    if dual is None or dual.partner is None:
        return [event]
    other = mention_of(dual.partner, sentence)
    if other.code == event.source.code or other.code == target.code:
        return [event]
    twin = copy.deepcopy(event)  # later stages fill dates and places per event
    twin.target = other
    return [event, twin]


def _two_acts(a: Event, b: Event) -> bool:
    """Two acts of one type told apart by their CAMEO code and their mode (a closure of
    airspace and a recall of an ambassador are both SANCTION, neither completes the other).

    Attacks and protests stay merged: a bombing and its killings are one attack."""
    if a.event_type in _DETECTED or a.cameo == b.cameo or not a.event_mode or not b.event_mode:
        return False
    return a.event_mode != b.event_mode


def _same_actor(a: Mention | None, b: Mention | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def _compatible(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or a.code == b.code
