"""The English coder on hand-made sentences: seeds, syntax, polarity, extras, negatives."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.coders.english import EnglishCoder, coder
from newsevents.model import Article, Event, Sentence


@pytest.fixture(scope="module")
def english(nlp: Any) -> EnglishCoder:
    """One coder sharing the session's spaCy model."""
    return EnglishCoder(model=nlp)


def code(english: EnglishCoder, *sentences: str) -> Article:
    """Code sentences (one per item) as one article."""
    text, spans = "", []
    for s in sentences:
        spans.append(Sentence(len(text), len(text) + len(s)))
        text += s + " "
    article = Article(raw=text, text=text, language="en", sentences=spans)
    english.code(article)
    return article


def summary(article: Article) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event."""
    def country(m: Any) -> str | None:
        return None if m is None else m.country or m.code

    return [(e.event_type, country(e.source), country(e.target)) for e in article.events]


def only(article: Article) -> Event:
    assert len(article.events) == 1, summary(article)
    return article.events[0]


# --- the seed sentences ---------------------------------------------------------------


def test_first_person_in_a_quote_is_the_speakers_country(english: EnglishCoder) -> None:
    a = code(english,
             "Iraqi army chief of staff Lt. Gen. Othman Al-Ghanimi met the Russian envoy.",
             "Ghanimi said Moscow had provided \u201cour armed forces with advanced and effective "
             "equipment and weapons,\u201d according to the ministry statement.")
    assert ("AID", "RUS", "IRQ") in summary(a)
    aid = next(e for e in a.events if e.event_type == "AID")
    assert a.text[aid.trigger.start:aid.trigger.end] == "provided"
    assert aid.attribution is not None and aid.attribution.speaker is not None


def test_nominal_threat_with_possessor_chain(english: EnglishCoder) -> None:
    a = code(english, "Relations with Washington included President Trump issuing brazen "
                      "threats of \u201cvery big\u201d sanctions on Baghdad.")
    assert ("THREATEN", "USA", "IRQ") in summary(a)


def test_coordinated_subjects_meet(english: EnglishCoder) -> None:
    a = code(english, "This week Iraqi army chief of staff Lt. Gen. Othman Al-Ghanimi and "
                      "Russian Ambassador Maksim Maksimov met to discuss future military "
                      "cooperation.")
    assert summary(a) == [("CONSULT", "IRQ", "RUS")]


def test_signing_a_treaty_is_agree_by_product_convention(english: EnglishCoder) -> None:
    e = only(code(english, "Russia signed a treaty of friendship with Iraq in 1972."))
    assert (e.event_type, e.source and e.source.country, e.target and e.target.country) == (
        "AGREE", "RUS", "IRQ")
    assert e.cameo == "057" and e.goldstein == 8.0


def test_criticize_and_praise(english: EnglishCoder) -> None:
    assert summary(code(english, "Iraq has criticized the U.S.")) == [("ACCUSE", "IRQ", "USA")]
    a = code(english, "Iraq's Vice President Nouri al-Maliki has praised Russia for its vital "
                      "role in the fight against terrorism.")
    assert summary(a) == [("SUPPORT", "IRQ", "RUS")]


def test_readiness_to_give_aid_is_an_intended_commitment(english: EnglishCoder) -> None:
    a = code(english, "Reuters reports that Russia is ready to send civil airliners and continue "
                      "to provide military aid to Iraq to fight the Islamic State (IS).")
    e = only(a)
    assert (e.source and e.source.country, e.target and e.target.country) == ("RUS", "IRQ")
    assert e.modality == "intended" and e.event_type == "AGREE" and e.cameo == "0332"
    assert e.attribution is not None and e.attribution.outlet == "Reuters"


@pytest.mark.parametrize("text", [
    "Russia has never sought hegemony.",
    "The Iraqis prefer Soviet and Russian weapons because they are familiar with them.",
    "Russia has no vital interest in the region.",
])
def test_statements_without_an_act_make_no_event(english: EnglishCoder, text: str) -> None:
    assert code(english, text).events == []


# --- syntax -----------------------------------------------------------------------------


def test_passive_agent_is_the_source(english: EnglishCoder) -> None:
    assert summary(code(english, "Iraq was invaded by the United States in 2003.")) == [
        ("ASSAULT", "USA", "IRQ")]


def test_object_control_and_light_verbs(english: EnglishCoder) -> None:
    a = code(english, "Saudi Arabia called on Iran to withdraw its forces from Yemen.")
    assert summary(a) == [("REQUEST", "SAU", "IRN")]
    a = code(english, "Israeli warplanes carried out airstrikes on Gaza.")
    e = only(a)
    assert e.event_type == "ASSAULT" and e.cameo == "195"
    assert a.text[e.trigger.start:e.trigger.end] == "carried out airstrikes"


def test_threat_absorbs_the_threatened_action(english: EnglishCoder) -> None:
    e = only(code(english, "Iran threatened to cut off electricity to Azerbaijan."))
    assert (e.event_type, e.target and e.target.country) == ("THREATEN", "AZE")


def test_said_must_is_a_request(english: EnglishCoder) -> None:
    a = code(english, "Russia said on Tuesday that Sudan must return the helicopter.")
    assert ("REQUEST", "RUS", "SDN") in summary(a)


# --- polarity and modality ---------------------------------------------------------------


def test_negation(english: EnglishCoder) -> None:
    e = only(code(english, "Iraq did not attack Iran."))
    assert e.negated and e.event_type == "ASSAULT"


def test_denial_negates_the_denied_event(english: EnglishCoder) -> None:
    e = only(code(english, "Turkey denied that it attacked Syria."))
    assert e.negated and (e.source and e.source.country) == "TUR"


def test_hearsay_and_conditionals(english: EnglishCoder) -> None:
    assert only(code(english, "Iran reportedly attacked Iraq.")).modality == "reported"
    e = only(code(english, "If Russia attacks Ukraine, the West will respond."))
    assert e.modality == "hypothetical"


def test_intended_conflict_is_a_threat(english: EnglishCoder) -> None:
    e = only(code(english, "Russia plans to send 5,000 troops to Syria."))
    assert e.event_type == "THREATEN" and e.modality == "intended"
    assert [(q.kind, q.value) for q in e.quantities] == [("troops", 5000.0)]


# --- extras -----------------------------------------------------------------------------


def test_quantities_money_and_weapons(english: EnglishCoder) -> None:
    e = only(code(english, "The United States gave Jordan $246 million in military aid."))
    assert e.event_type == "AID"
    assert [(q.kind, q.value, q.unit) for q in e.quantities] == [("money", 246e6, "USD")]
    e = only(code(english, "Russia delivered S-400 systems to Turkey, according to Reuters."))
    assert [q.unit for q in e.quantities if q.kind == "weapon"] == ["S-400"]
    assert e.attribution is not None and e.attribution.outlet == "Reuters"


def test_events_carry_ontology_fields_and_coder_name(english: EnglishCoder) -> None:
    e = only(code(english, "The United States imposed sanctions on Iran."))
    assert (e.event_type, e.cameo, e.quad_class) == ("SANCTION", "163", 4)
    assert e.coder == coder.NAME and 0 < e.confidence <= 1


def test_prefilter_skips_sentences_without_trigger_or_actor(english: EnglishCoder) -> None:
    before = dict(english.stats)
    a = code(english, "The weather was fine.", "Russia is a big country.",
             "Iraq has criticized the U.S.")
    assert english.stats["sentences"] - before["sentences"] == 3
    assert english.stats["parsed"] - before["parsed"] == 1
    assert len(a.mentions) >= 3


def test_intents_can_keep_their_own_type(nlp: Any) -> None:
    keep = EnglishCoder(model=nlp, plover_intents=False)
    e = only(code(keep, "Reuters reports that Russia is ready to send civil airliners and "
                        "continue to provide military aid to Iraq."))
    assert (e.event_type, e.modality, e.cameo) == ("AID", "intended", "072")


def test_nominal_event_with_a_future_head_is_intended(english: EnglishCoder) -> None:
    a = code(english, "Iraq's Vice President Nouri al-Maliki stated,",
             "\u201cMy visit to Russia is coming up.\u201d")
    e = only(a)
    assert (e.source and e.source.country, e.target and e.target.country) == ("IRQ", "RUS")
    assert e.modality == "intended"


def test_unless_turns_an_intended_concession_into_a_threat(english: EnglishCoder) -> None:
    e = only(code(english, "Nigeria announced that it will withdraw its peacekeeping force from "
                           "Chad unless the rebels agree to a ceasefire."))
    assert (e.event_type, e.target and e.target.country) == ("THREATEN", "TCD")


def test_location_and_count_from_the_trigger_phrase(english: EnglishCoder) -> None:
    e = only(code(english, "Police arrested 20 protesters in Baghdad on Monday."))
    assert (e.event_type, e.source and e.source.country) == ("COERCE", "IRQ")
    assert e.location is not None and e.location.country == "IRQ"
    assert [(q.kind, q.value) for q in e.quantities] == [("count", 20.0)]


def test_multiword_and_particle_triggers(english: EnglishCoder) -> None:
    assert summary(code(english, "Russia pulled out of Syria.")) == [("RETREAT", "RUS", "SYR")]
    e = only(code(english, "Israel and Lebanon held talks in Geneva."))
    assert (e.event_type, e.source and e.source.country, e.target and e.target.country) == (
        "CONSULT", "ISR", "LBN")


# ----------------------------------------------------------------- general rules (round 2)


def test_vow_to_retaliate_is_a_threat(english: EnglishCoder) -> None:
    assert summary(code(english, "Iran vowed to retaliate against Israel.")) == [
        ("THREATEN", "IRN", "ISR")]


def test_vow_not_to_return_is_a_refusal(english: EnglishCoder) -> None:
    e = only(code(english, "Syria vowed not to return the Golan Heights to Israel."))
    assert e.event_type == "REJECT"


def test_headline_speaker_is_not_its_own_target(english: EnglishCoder) -> None:
    e = only(code(english, "Washington warns"))
    assert e.event_type == "THREATEN" and e.target is None


def test_protesters_demands_are_their_protest(english: EnglishCoder) -> None:
    a = code(english, "Thousands of demonstrators demanded the resignation of the Serbian "
                      "government.")
    assert summary(a) == [("PROTEST", "SRB", "SRB")]
    a = code(english, "Thousands of protesters rallied in Belgrade and demanded the resignation "
                      "of the Serbian government.")
    assert [s[0] for s in summary(a)] == ["PROTEST"]


def test_modifier_before_the_head_is_not_the_actor(english: EnglishCoder) -> None:
    e = only(code(english, "NATO-member Norway is willing to send troops to Saudi Arabia."))
    assert e.source is not None and e.source.country == "NOR"


def test_peacekeepers_are_international_and_their_arrival_is_aid(english: EnglishCoder) -> None:
    e = only(code(english, "Peacekeepers arrived in Sudan."))
    assert e.event_type == "AID" and e.source is not None and e.source.sector == "IGO"
    e = only(code(english, "Russian troops arrived in Mali."))
    assert (e.event_type, e.target and e.target.country) == ("MOBILIZE", "MLI")


def test_words_of_an_actor_name_are_not_triggers(english: EnglishCoder) -> None:
    a = code(english, "The Asia-Pacific Economic Cooperation forum agreed to set up an energy "
                      "research centre.")
    assert [s[0] for s in summary(a)] == ["AGREE"]


def test_forbidden_pattern_words(english: EnglishCoder) -> None:
    assert summary(code(english, "Saudi Arabia mobilized pressure groups in the United "
                                 "States.")) == []
    assert summary(code(english, "Russia mobilized 300,000 reservists.")) == [
        ("MOBILIZE", "RUS", "RUS")]


def test_conjoined_act_of_a_passive_subject(english: EnglishCoder) -> None:
    a = code(english, "Montenegro's prime minister has been indicted by the UN court and "
                      "will resign.")
    assert all(e.source is None or e.source.country == "MNE"
               for e in a.events if e.event_type != "ACCUSE")


def test_content_of_a_refusal_is_not_an_event(english: EnglishCoder) -> None:
    a = code(english, "The rebels refused to allow United Nations planes to land and evacuate "
                      "its observers.")
    assert "RETREAT" not in [s[0] for s in summary(a)]



def test_unnamed_attacker_is_coded_by_the_place(english: EnglishCoder) -> None:
    e = only(code(english, "A journalist has been killed in a car bomb explosion in Beirut."))
    assert e.event_type == "ASSAULT" and e.source is not None
    assert (e.source.country, e.source.sector) == ("LBN", "UAF")


def test_border_is_a_place_for_attacks_but_faced_by_deployments(english: EnglishCoder) -> None:
    a = code(english, "Burmese troops have captured a guerrilla stronghold on the Thai border.")
    assert summary(a) == [("ASSAULT", "MMR", "MMR")]
    a = code(english, "Belarus moved troops to the Polish border.")
    assert summary(a) == [("MOBILIZE", "BLR", "POL")]


def test_participle_describing_a_noun_is_background(english: EnglishCoder) -> None:
    assert summary(code(english, "The school is housed in a building donated by China.")) == []


def test_statement_issuer_speaks(english: EnglishCoder) -> None:
    a = code(english, "The Kurdistan Workers' Party issued a declaration demanding that the "
                      "Turkish government release prisoners.")
    assert summary(a) == [("REQUEST", "TUR", "TUR")]


def test_nominalised_participle_is_not_a_trigger(english: EnglishCoder) -> None:
    a = code(english, "U.N. helicopters evacuated the wounded from the Bosnian town of Gorazde.")
    assert "ASSAULT" not in [s[0] for s in summary(a)]


def test_purpose_clause_lends_its_target(english: EnglishCoder) -> None:
    a = code(english, "Norway is willing to send material to help defend Saudi Arabia.")
    assert summary(a) == [("AGREE", "NOR", "SAU")]


def test_passive_engaged_in_keeps_its_subject(english: EnglishCoder) -> None:
    e = only(code(english, "Serb forces were engaged in ethnic cleansing in Montenegro."))
    assert e.source is not None and e.source.country == "SRB"


def test_rejected_request_was_made(english: EnglishCoder) -> None:
    a = code(english, "The Taliban rejected a Qatari request to reopen secondary schools.")
    assert sorted(summary(a)) == [("REJECT", "AFG", "QAT"), ("REQUEST", "QAT", "AFG")]


def test_goods_received_are_the_givers_aid(english: EnglishCoder) -> None:
    assert summary(code(english, "Egypt received 20 Rafale jets from France.")) == [
        ("AID", "FRA", "EGY")]
    assert summary(code(english, "Jordan received the Iraqi foreign minister.")) == [
        ("CONSULT", "JOR", "IRQ")]


def test_protesters_storming_is_a_riot(english: EnglishCoder) -> None:
    e = only(code(english, "Iraqi protesters stormed the Swedish embassy in Baghdad."))
    assert (e.event_type, e.cameo) == ("PROTEST", "145")


def test_relief_arrival_is_aid(english: EnglishCoder) -> None:
    e = only(code(english, "Chinese rescue teams arrived in Turkey."))
    assert (e.event_type, e.target and e.target.country) == ("AID", "TUR")


def test_plural_noun_entry_beats_its_lemma(english: EnglishCoder) -> None:
    a = code(english, "Indonesia and Malaysia conducted joint patrols in the Strait of Malacca.")
    assert [s[0] for s in summary(a)] == ["COOPERATE"]


def test_protest_with_a_that_clause_is_criticism(english: EnglishCoder) -> None:
    a = code(english, "Amnesty International protested that the Egyptian government had jailed "
                      "hundreds of activists.")
    assert ("ACCUSE", "AMN", "EGY") in summary(a)


def test_denied_acts_are_negated_not_rejections(english: EnglishCoder) -> None:
    e = only(code(english, "Iran denied supplying missiles to the Houthis."))
    assert (e.event_type, e.negated, e.target and e.target.country) == ("AID", True, "YEM")
    e = only(code(english, "Israel denied reports that it had struck Syrian army positions."))
    assert (e.event_type, e.negated) == ("ASSAULT", True)
    assert summary(code(english, "Iran denied that it was behind the cyber operation.")) == []


def test_denied_accusation_still_stands(english: EnglishCoder) -> None:
    e = only(code(english, "China denied the accusations by the Philippines."))
    assert (e.event_type, e.negated) == ("ACCUSE", False)
    assert e.target is not None and e.target.country == "CHN"


def test_riot_details_are_part_of_the_riot(english: EnglishCoder) -> None:
    a = code(english, "Palestinian prisoners rioted Monday at a jail in northern Israel, "
                      "setting fire to their mattresses and smashing furniture.")
    assert [s[0] for s in summary(a)] == ["PROTEST"]


def test_parties_named_together_form_the_dyad(english: EnglishCoder) -> None:
    a = code(english, "Talks between Armenia and Azerbaijan resumed in Geneva.")
    assert summary(a) == [("CONSULT", "ARM", "AZE")]
    a = code(english, "A peace agreement between Ethiopia and Eritrea was signed in Jeddah.")
    assert summary(a) == [("AGREE", "ETH", "ERI")]


def test_money_nouns_are_aid(english: EnglishCoder) -> None:
    a = code(english, "A $2 billion loan from the IMF to Egypt was approved.")
    assert summary(a) == [("AID", "IMF", "EGY")]


def test_things_do_not_attack_or_visit(english: EnglishCoder) -> None:
    assert summary(code(english, "A heat wave struck southern Europe this week.")) == []
    assert summary(code(english, "The Indian monsoon arrived in Kerala.")) == []
    e = only(code(english, "A car bomb killed seven police officers in Mogadishu."))
    assert e.source is not None and (e.source.country, e.source.sector) == ("SOM", "UAF")


def test_own_forces_act_for_their_owner(english: EnglishCoder) -> None:
    a = code(english, "Ankara said its jets will strike PKK hideouts in the Qandil mountains.")
    assert summary(a) == [("THREATEN", "TUR", "TUR")]


def test_possibility_without_own_speaker_is_hypothetical(english: EnglishCoder) -> None:
    e = only(code(english, "Israel could strike Iranian nuclear sites if talks fail, analysts "
                           "said."))
    assert (e.event_type, e.modality) == ("ASSAULT", "hypothetical")
    e = only(code(english, "The spokesperson said the United States could impose sanctions on "
                           "Iraq."))
    assert e.event_type == "THREATEN"


def test_refusal_versus_reported_non_agreement(english: EnglishCoder) -> None:
    e = only(code(english, "Syria says it will not accept any more refugees from Iraq."))
    assert (e.event_type, e.negated) == ("REJECT", False)
    e = only(code(english, "Israel has not agreed to the Egyptian proposal."))
    assert (e.event_type, e.negated) == ("AGREE", True)


def test_passive_moved_forces_act_for_their_state(english: EnglishCoder) -> None:
    a = code(english, "Egyptian armoured units were moved to the border with Libya.")
    assert summary(a) == [("MOBILIZE", "EGY", "LBY")]


def test_travel_for_talks(english: EnglishCoder) -> None:
    a = code(english, "U.S. and Russian negotiators return to Geneva this week for talk on "
                      "limiting nuclear missiles.")
    assert summary(a) == [("CONSULT", "USA", "RUS")]


# --- plain parsed words, cheap pre-checks, type conventions ----------------------------------

def test_parsed_words_read_like_spacy_tokens(nlp: Any) -> None:
    from newsevents.coders.english import parse, syntax

    text = "Iraq's defence minister, who visited Moscow, said Russia had sent jets to Baghdad."
    doc = next(parse.parse_many([text], nlp))
    words = syntax.parsed(doc, text)
    assert [w.text for w in words] == [t.text for t in doc]
    for w, t in zip(words, doc, strict=True):
        assert (w.i, w.idx, w.lower_, w.tag_, w.dep_, w.head.i) == \
            (t.i, t.idx, t.lower_, t.tag_, t.dep_, t.head.i)
        if w.tag_ in parse.COARSE and w.lower_ != "had":  # auxiliaries: tested below
            assert w.pos_ == parse.COARSE[w.tag_]  # our tables, not spaCy's components
        assert [c.i for c in w.children] == [c.i for c in t.children]
        assert [s.i for s in w.subtree] == [s.i for s in t.subtree]
        assert all(w.is_ancestor(o) == t.is_ancestor(doc[o.i]) for o in words)
    lemmas = {w.lower_: (w.lemma_, w.pos_) for w in words}
    assert lemmas["visited"] == ("visit", "VERB") and lemmas["sent"] == ("send", "VERB")
    assert lemmas["had"] == ("have", "AUX") and lemmas["jets"][1] == "NOUN"
    assert words[3:5] == words.tokens[3:5] and words.text == text
    words.release()
    assert len(words) == 0


def test_cheap_prechecks_keep_the_expressions_answers() -> None:
    from newsevents.coders.english import extras

    text = "Kyiv got two brigades, 16 tanks, F-16s and $1.2 billion, Reuters reported."
    kinds = [(q.kind, text[q.start:q.end]) for q in extras.quantities(text, 0, len(text))]
    assert kinds == [("troops", "two brigades"), ("count", "16 tanks"), ("weapon", "F-16s"),
                     ("money", "$1.2 billion")]
    assert extras.quantities("No numbers or units here.", 0, 25) == []
    assert extras.outlet_in(text) == "Reuters"
    assert extras.outlet_in("Nothing was reported by anyone.") is None
    assert extras.outlet_in("Ça, selon l'AFP.") == "AFP"  # non-ASCII text: the expression
    assert extras.first_chars("T-90|(M1 )?Abrams") == frozenset("TMA")
    assert extras.first_chars(r"\w+") is None


def test_letting_aid_in_is_access_granted(english: EnglishCoder) -> None:
    e = only(code(english, "Egypt allowed humanitarian convoys to enter Gaza."))
    assert (e.event_type, e.cameo, e.source.country) == ("RETREAT", "0863", "EGY")


def test_promise_of_a_concession_is_agree(english: EnglishCoder) -> None:
    text = "Turkey promised to release the detained Greek soldiers."
    assert summary(code(english, text)) == [("AGREE", "TUR", "GRC")]


def test_games_are_not_attacks(english: EnglishCoder) -> None:
    assert code(english, "France beat Germany 3-1 in the final on Sunday.").events == []
    after = code(english, "Israeli troops clashed with Palestinians after a football match.")
    assert summary(after) == [("ASSAULT", "ISR", "PSE")]


def test_stance_taken_in_a_capital_is_its_governments(english: EnglishCoder) -> None:
    text = "Iran's proposal was welcomed in Beijing."
    assert summary(code(english, text)) == [("SUPPORT", "CHN", "IRN")]


def test_workers_strike_is_a_protest(english: EnglishCoder) -> None:
    e = only(code(english, "Nurses in Nairobi struck over unpaid wages."))
    assert (e.event_type, e.cameo, e.source.country) == ("PROTEST", "143", "KEN")


def test_against_names_the_accused_before_the_forum(english: EnglishCoder) -> None:
    text = "Ukraine filed a complaint against Russia at the United Nations."
    assert summary(code(english, text)) == [("ACCUSE", "UKR", "RUS")]
    threat = "Pyongyang's threat to use missiles against Japan alarmed investors."
    assert summary(code(english, threat)) == [("THREATEN", "PRK", "JPN")]


def test_entering_a_market_is_economic_cooperation(english: EnglishCoder) -> None:
    a = code(english, "In 2012, Lukoil and Gazprom Neft entered the energy market in the "
                      "Kurdistan Region of Iraq.")
    assert summary(a) == [("COOPERATE", "RUS", "IRQ")]
    assert code(english, "Oil prices entered a bear market in Iraq.").events == []


def test_a_named_past_event_after_a_time_preposition_is_coded(english: EnglishCoder) -> None:
    a = code(english, "Relations soured after the Iraqi invasion of Kuwait in 1990.")
    assert summary(a) == [("ASSAULT", "IRQ", "KWT")]
    assert code(english, "Russia and Iraq signed the deal after a long summit.").events[0] \
        .event_type == "AGREE"  # the summit is a time here, not a second event


def test_strikes_launched_by_a_state_are_attacks_not_walkouts(english: EnglishCoder) -> None:
    a = code(english, "Israel launched strikes on targets in Syria.")
    assert [(e.event_type, e.cameo) for e in a.events] == [("ASSAULT", "195")]
    a = code(english, "Dock workers in Haifa went on strike over pay.")
    assert [e.cameo for e in a.events] in ([], ["143"])


def test_coordinated_parties_of_a_mutual_act_beat_the_place(english: EnglishCoder) -> None:
    a = code(english, "Iraq and Russia signed a package of agreements in Baghdad on Tuesday.")
    assert summary(a) == [("AGREE", "IRQ", "RUS")]


def test_an_event_named_twice_in_a_sentence_is_one_event(english: EnglishCoder) -> None:
    a = code(english, "Jordan's prime minister is expected to visit Damascus in April, the "
                      "first such visit by a Jordanian head of government since 2011.")
    assert [(e.event_type, e.modality) for e in a.events] == [("AGREE", "intended")]
    assert summary(a) == [("AGREE", "JOR", "SYR")]


# --- coordination, object pronouns, expulsions, leaving a body, domestic roles -------------


def test_coordinated_doers_of_a_one_sided_act_each_act(english: EnglishCoder) -> None:
    a = code(english, "Britain and France condemned the attack on Poland.")
    assert summary(a) == [("ACCUSE", "GBR", "POL"), ("ACCUSE", "FRA", "POL")]


def test_coordinated_parties_of_a_mutual_act_stay_one_dyad(english: EnglishCoder) -> None:
    assert summary(code(english, "Britain and France met in Paris.")) == [
        ("CONSULT", "GBR", "FRA")]


def test_an_object_pronoun_stands_for_the_earlier_party(english: EnglishCoder) -> None:
    a = code(english, "Norway expelled three Iranian diplomats, accusing them of spying.")
    assert summary(a) == [("SANCTION", "NOR", "IRN"), ("ACCUSE", "NOR", "IRN")]


def test_ordering_foreigners_to_leave_is_an_expulsion(english: EnglishCoder) -> None:
    a = code(english, "Poland ordered two Belarusian diplomats to leave the country.")
    assert summary(a) == [("SANCTION", "POL", "BLR")]
    assert only(code(english, "Israel ordered its troops to leave Lebanon.")).event_type \
        != "SANCTION"


def test_withdrawing_from_an_organisation_cuts_relations(english: EnglishCoder) -> None:
    e = only(code(english, "Niger announced its withdrawal from ECOWAS."))
    assert (e.event_type, e.cameo) == ("SANCTION", "161")
    assert only(code(english, "Mali withdrew its troops from the UN mission.")).event_type \
        == "RETREAT"


def test_a_role_acting_on_the_government_is_domestic(english: EnglishCoder) -> None:
    a = code(english, "The Iraqi government met the envoy.",
             "Several lawmakers called on the government to suspend trade with Turkey.")
    assert ("REQUEST", "IRQ", "IRQ") in summary(a)


def test_a_noun_referring_back_to_an_act_names_its_doer(english: EnglishCoder) -> None:
    a = code(english, "The United States imposed new sanctions on Venezuela.",
             "Caracas condemned the move.")
    assert summary(a) == [("SANCTION", "USA", "VEN"), ("ACCUSE", "VEN", "USA")]
    a = code(english, "Germany called for a ceasefire in Gaza.", "Israel rejected the call.")
    assert ("REJECT", "ISR", "DEU") in summary(a)


def test_a_noun_referring_back_needs_an_earlier_act(english: EnglishCoder) -> None:
    assert summary(code(english, "China condemned the decision.")) == [("ACCUSE", "CHN", None)]


def test_a_state_role_in_a_state_voice_report_belongs_to_that_state(
        english: EnglishCoder) -> None:
    a = code(english, "The Kremlin said the defence minister had met the Emir of Qatar.")
    assert summary(a) == [("CONSULT", "RUS", "QAT")]


def test_an_apposition_describes_its_actor_and_is_no_party(english: EnglishCoder) -> None:
    a = code(english, "Pakistan, a key U.S. ally, expressed support for the plan.")
    assert all(e.target is None or e.target.country != "USA" for e in a.events), summary(a)


def test_barring_entry_is_a_sanction(english: EnglishCoder) -> None:
    a = code(english, "Hungary barred three Russian journalists from entering the country.")
    assert summary(a) == [("SANCTION", "HUN", "RUS")]


def test_the_bloc_is_the_body_named_before(english: EnglishCoder) -> None:
    a = code(english, "NATO leaders met in Vilnius.", "Kyiv urged the alliance to act faster.")
    assert ("REQUEST", "UKR", "NATO") in summary(a)
    a = code(english, "Kyiv urged the alliance to act faster.")
    assert summary(a) == [("REQUEST", "UKR", None)]


def test_a_refusal_despite_pressure_is_aimed_at_who_pressed(english: EnglishCoder) -> None:
    a = code(english, "The Serbian prime minister refused to resign despite pressure from the "
             "European Union.")
    assert summary(a) == [("REJECT", "SRB", "EU")]
    assert summary(code(english, "The Serbian prime minister refused to resign.")) == [
        ("REJECT", "SRB", None)]


def test_a_patron_is_not_its_ally(english: EnglishCoder) -> None:
    a = code(english, "Iraqi forces arrested the leader of Iran's militia ally in Basra.")
    assert summary(a) == [("COERCE", "IRQ", "IRQ")]


def test_the_agency_is_the_body_whose_name_says_agency(english: EnglishCoder) -> None:
    a = code(english, "The International Atomic Energy Agency board met in Vienna.",
             "Tehran asked the UN Security Council for help.",
             "The agency's chief is expected to visit Tehran next week.")
    assert any(e.event_type in ("AGREE", "CONSULT") and e.source is not None
               and e.source.code == "IAEA" for e in a.events), summary(a)


def test_a_pronoun_in_a_relative_clause_is_the_main_doer(english: EnglishCoder) -> None:
    a = code(english, "Britain imposed sanctions on three Russian banks that it accuses of "
             "financing the war.")
    assert summary(a) == [("SANCTION", "GBR", "RUS"), ("ACCUSE", "GBR", "RUS")]


def test_coordinated_partners_of_a_meeting_beat_its_venue(english: EnglishCoder) -> None:
    a = code(english, "Indian and Chinese army commanders met at a UN compound in Geneva.")
    assert summary(a) == [("CONSULT", "IND", "CHN")]


def test_a_relative_clause_on_the_doer_names_the_counterpart(english: EnglishCoder) -> None:
    a = code(english, "France's foreign minister, who visited Beirut on Tuesday, promised more "
             "humanitarian aid.")
    assert ("AGREE", "FRA", "LBN") in summary(a)


def test_a_named_event_after_a_time_preposition_keeps_its_year(english: EnglishCoder) -> None:
    a = code(english, "Relations soured after the invasion of Kuwait in 1990.")
    assert [(e.event_type, e.target.country if e.target else None) for e in a.events] == [
        ("ASSAULT", "KWT")]


# --- rules added with the fourth gold batch (en-0375 .. en-0442) -----------------------


def test_coordinated_targets_of_a_request_each_get_an_event(english: EnglishCoder) -> None:
    a = code(english, "Egypt and Qatar urged Hamas and Israel to agree to a new truce.")
    assert sorted(summary(a)) == [("REQUEST", "EGY", "ISR"), ("REQUEST", "EGY", "PSE"),
                                  ("REQUEST", "QAT", "ISR"), ("REQUEST", "QAT", "PSE")]


def test_a_pledge_to_cooperate_stays_one_mutual_event(english: EnglishCoder) -> None:
    assert summary(code(english, "China and Russia pledged to cooperate.")) == \
        [("AGREE", "CHN", "RUS")]


def test_the_content_of_a_charge_is_a_reported_event(english: EnglishCoder) -> None:
    a = code(english, "Washington blamed Tehran for supplying drones to Russia.")
    assert summary(a) == [("ACCUSE", "USA", "IRN"), ("AID", "IRN", "RUS")]
    assert [e.modality for e in a.events] == ["asserted", "reported"]


def test_a_charge_of_breaking_norms_adds_no_event(english: EnglishCoder) -> None:
    a = code(english, "Amnesty accused Egypt of violating human rights.")
    assert [e.event_type for e in a.events] == ["ACCUSE"]


def test_a_criticised_act_with_its_doer_is_coded(english: EnglishCoder) -> None:
    a = code(english, "Tokyo sharply criticised Beijing's detention of a Japanese executive.")
    assert summary(a) == [("ACCUSE", "JPN", "CHN"), ("COERCE", "CHN", "JPN")]


def test_a_thing_linked_to_a_party_stands_for_it(english: EnglishCoder) -> None:
    assert summary(code(english, "Iran seized a tanker owned by a Greek company.")) == \
        [("COERCE", "IRN", "GRC")]
    assert summary(code(english, "Chinese coast guard vessels seized supplies bound for the "
                                 "Philippine outpost.")) == [("COERCE", "CHN", "PHL")]


def test_its_boat_is_the_speakers(english: EnglishCoder) -> None:
    a = code(english, "The Philippine coast guard said Chinese vessels fired water cannon at "
                      "one of its supply boats.")
    assert summary(a) == [("ASSAULT", "CHN", "PHL")]


def test_the_group_is_the_armed_group_named_before(english: EnglishCoder) -> None:
    assert summary(code(english, "Hamas said the group had attacked Israel.")) == \
        [("ASSAULT", "PSE", "ISR")]


def test_a_role_owning_the_criticised_conduct_is_the_target(english: EnglishCoder) -> None:
    a = code(english, "Opposition lawmakers in Seoul criticised the president's handling of "
                      "the floods.")
    assert summary(a) == [("ACCUSE", "KOR", "KOR")]


def test_role_victims_take_the_articles_scene_abroad(english: EnglishCoder) -> None:
    a = code(english, "Air raid sirens sounded across the Kharkiv region overnight.",
             "Russian drones killed three firefighters, the emergency service said.")
    assert summary(a) == [("ASSAULT", "RUS", "UKR")]
    a = code(english, "Fighting continued in Darfur on Monday.",
             "Sudanese soldiers killed five villagers, residents said.")
    assert summary(a) == [("ASSAULT", "SDN", "SDN")]  # acting at home: the same country


def test_unnamed_forces_deployed_in_a_city_are_its_countrys(english: EnglishCoder) -> None:
    a = code(english, "Security forces were deployed across Nairobi ahead of the march.")
    assert summary(a) == [("MOBILIZE", "KEN", "KEN")]


def test_african_leaders_speak_for_the_african_union(english: EnglishCoder) -> None:
    a = code(english, "African leaders called for an immediate ceasefire in Sudan.")
    assert summary(a) == [("REQUEST", "AU", "SDN")]


def test_crowd_control_keeps_the_protest_it_breaks_up(english: EnglishCoder) -> None:
    a = code(english, "Liberian riot police used tear gas to disperse demonstrators protesting "
                      "election results in Monrovia.")
    assert sorted(summary(a)) == [("ASSAULT", "LBR", "LBR"), ("PROTEST", "LBR", "LBR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary blocked the EU aid package for Ukraine.", ("REJECT", "HUN", "EU")),
    ("Japan scrambled fighter jets on Monday.", ("MOBILIZE", "JPN", "JPN")),
    ("Protesters threw stones at police in Nairobi.", ("PROTEST", "KEN", "KEN")),
    ("Niger's junta closed the country's airspace to French aircraft.",
     ("SANCTION", "NER", "FRA")),
    ("India and Pakistan exchanged fire along the Line of Control.",
     ("ASSAULT", "IND", "PAK")),
    ("The IMF approved a $3 billion loan for Sri Lanka.", ("AID", "IMF", "LKA")),
    ("Turkey lambasted Sweden over the burning of a Koran.", ("ACCUSE", "TUR", "SWE")),
    ("Azerbaijan moved heavy artillery to the frontier with Armenia.",
     ("MOBILIZE", "AZE", "ARM")),
])
def test_new_trigger_rows(english: EnglishCoder, text: str,
                          expected: tuple[str, str | None, str | None]) -> None:
    assert summary(code(english, text)) == [expected]


def test_summoning_an_envoy_to_protest_is_one_accusation(english: EnglishCoder) -> None:
    a = code(english, "Iran's foreign ministry summoned the British charge d'affaires to protest "
                      "against remarks by London's envoy.")
    assert summary(a) == [("ACCUSE", "IRN", "GBR")]


def test_a_noun_subject_takes_its_verbs_future_and_negation(english: EnglishCoder) -> None:
    e = only(code(english, "Talks between Armenia and Azerbaijan will resume next week."))
    assert (e.event_type, e.modality) == ("AGREE", "intended")
    e = only(code(english, "Talks between Armenia and Azerbaijan did not take place."))
    assert (e.event_type, e.negated) == ("CONSULT", True)


def test_a_dated_background_invasion_without_its_doer_stays_uncoded(
        english: EnglishCoder) -> None:
    # PLOVER's gold codes neither 'following the invasions of Dagestan' nor the like: a past
    # event named only as background to the news, with no doer, is not an event record
    a = code(english, "Moscow cooperated with Baghdad, but this work was halted due to the "
                      "sanctions imposed on Iraq after the invasion of Kuwait in 1990.")
    assert ("ASSAULT", None, "KWT") not in summary(a)


def test_an_unnamed_government_is_the_one_where_events_happen(english: EnglishCoder) -> None:
    a = code(english, "A Turkish ship carrying food docked in Port Sudan on Thursday.",
             "Aid will be distributed in Kassala and Gedaref states.",
             "Sudan's foreign ministry thanked Ankara.",
             "The government accused the Rapid Support Forces of looting aid convoys.")
    assert ("ACCUSE", "SDN", "SDN") in summary(a)


def test_the_month_march_is_no_protest(english: EnglishCoder) -> None:
    e = only(code(english, "Iran agreed in March to allow inspectors to return."))
    assert e.event_type == "AGREE"


def test_a_forecast_warning_is_no_threat(english: EnglishCoder) -> None:
    a = code(english, "The World Food Programme warned that famine could spread to new areas.")
    assert summary(a) == []


def test_a_meeting_during_which_something_was_said_is_coded(english: EnglishCoder) -> None:
    a = code(english, "The Saudi crown prince thanked Pakistan for its help during a meeting "
                      "with Prime Minister Shehbaz Sharif in Riyadh.")
    assert summary(a) == [("SUPPORT", "SAU", "PAK"), ("CONSULT", "SAU", "PAK")]
    a = code(english, "Relations improved during the Soviet era.")
    assert summary(a) == []


def test_a_raid_ending_in_arrests_is_coercion(english: EnglishCoder) -> None:
    a = code(english, "Israeli troops raided the Jenin refugee camp, arresting 20 Palestinians.")
    assert summary(a) == [("COERCE", "ISR", "PSE")]
    a = code(english, "Israeli troops raided the Jenin refugee camp, killing 20 Palestinians.")
    assert summary(a) == [("ASSAULT", "ISR", "PSE")]


def test_object_pronouns_stand_for_people_named_by_roles(english: EnglishCoder) -> None:
    a = code(english, "Britain froze the assets of a Russian oligarch and barred him from "
                      "entering the country.")
    assert summary(a) == [("SANCTION", "GBR", "RUS")]
    a = code(english, "Estonia expelled two Russian diplomats and ordered them to leave.")
    assert summary(a) == [("SANCTION", "EST", "RUS")]


def test_a_domestic_groups_accepted_demand_is_coded_at_home(english: EnglishCoder) -> None:
    a = code(english, "Colombia's government accepted the rebels' demand for a new round of "
                      "talks in Havana.")
    assert summary(a) == [("CONCEDE", "COL", "COL"), ("REQUEST", "COL", "COL")]


def test_unnamed_protesters_are_the_people_of_the_place(english: EnglishCoder) -> None:
    a = code(english, "Protests against Israel were held in several Moroccan cities on Friday.")
    assert summary(a) == [("PROTEST", "MAR", "ISR")]
    assert summary(code(english, "Demonstrations took place in Tehran on Friday.")) == \
        [("PROTEST", "IRN", "IRN")]


def test_coordinated_targets_skip_the_actor_itself(english: EnglishCoder) -> None:
    a = code(english, "Diplomatic ties between Morocco and Algeria were severed by Algiers.")
    assert summary(a) == [("SANCTION", "DZA", "MAR")]


def test_a_condemned_act_in_the_passive_subject_is_coded(english: EnglishCoder) -> None:
    a = code(english, "The seizure of a Greek tanker by Iranian naval forces was condemned by "
                      "Athens.")
    assert sorted(summary(a)) == [("ACCUSE", "GRC", "IRN"), ("COERCE", "IRN", "GRC")]


def test_a_gerund_after_a_preposition_is_done_by_the_verbs_subject(
        english: EnglishCoder) -> None:
    a = code(english, "Palestinian youths resorted to throwing stones at Israeli soldiers.")
    assert summary(a) == [("PROTEST", "PSE", "ISR")]


def test_a_body_in_session_consults_no_one(english: EnglishCoder) -> None:
    assert summary(code(english, "The UN Security Council met on Friday.")) == []
    assert summary(code(english, "The Security Council met with Iraqi officials.")) == \
        [("CONSULT", "UNO", "IRQ")]


def test_attending_a_summit_is_consulting(english: EnglishCoder) -> None:
    e = only(code(english, "Prime Minister Narendra Modi did not attend the summit in "
                           "Johannesburg, sending his foreign minister instead."))
    assert (e.event_type, e.source and e.source.country, e.negated) == ("CONSULT", "IND", True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kuwait sent fuel shipments to Lebanon.", ("AID", "KWT", "LBN")),
    ("The United States shipped artillery shells to Ukraine.", ("AID", "USA", "UKR")),
    ("Some 400 ELN guerrillas handed over their weapons to Colombian authorities.",
     ("RETREAT", "COL", "COL")),
    ("Greece handed over a suspected smuggler to Albanian authorities.",
     ("COOPERATE", "GRC", "ALB")),
])
def test_hand_over_and_send_rows(english: EnglishCoder, text: str,
                                 expected: tuple[str, str | None, str | None]) -> None:
    assert summary(code(english, text)) == [expected]


# --- rounds 4 and 5 of held-out sentences: the general causes of their misses -----------


@pytest.mark.parametrize(("text", "expected"), [
    # an incursion is aimed at the one other country the sentence names
    ("Russian bombers entered Japan's air defence identification zone.",
     ("MOBILIZE", "RUS", "JPN")),
    # a mutual act by two parties of one state is a domestic dyad
    ("The Philippine government and the New People's Army agreed to resume talks.",
     ("AGREE", "PHL", "PHL")),
    # opening an embassy establishes relations; taking part in talks is consulting
    ("Oman reopened its embassy in Damascus.", ("SUPPORT", "OMN", "SYR")),
    ("Chile took part in the talks.", ("CONSULT", "CHL", None)),
    # expelling people who are not envoys deports them; a proposal put to a party is an offer
    ("Nicaragua expelled three Costa Rican journalists.", ("COERCE", "NIC", "CRI")),
    ("Qatar presented Israel with a new proposal.", ("AGREE", "QAT", "ISR")),
    # approving another state's accession lifts a veto
    ("Hungary's parliament approved Finland's accession.", ("CONCEDE", "HUN", "FIN")),
    # a diplomatic note of protest is an official complaint
    ("Beijing handed a protest note to the Philippine ambassador.",
     ("ACCUSE", "CHN", "PHL")),
    # 'pay a visit' hands its subject to the visit; cancelling an accord cuts a tie
    ("The Indian prime minister paid a visit to Kuwait.", ("CONSULT", "IND", "KWT")),
    ("Mali's junta revoked a defence agreement with France.", ("SANCTION", "MLI", "FRA")),
    # pushing migrants back is a forced expulsion
    ("Croatian police pushed back migrants to Bosnia.", ("COERCE", "HRV", "BIH")),
    # armour sent to another state is military aid
    ("Spain sent tanks to Ukraine.", ("AID", "ESP", "UKR")),
    # a prisoner swap is an exchange; a call received comes from its caller
    ("Israel and Hamas swapped hostages and prisoners.", ("COOPERATE", "ISR", "PSE")),
    ("The Saudi crown prince received a call from the Iranian president.",
     ("CONSULT", "IRN", "SAU")),
    # expulsions and recalls named otherwise; mutual accusations
    ("Guatemala declared the Nicaraguan ambassador persona non grata.",
     ("SANCTION", "GTM", "NIC")),
    ("Colombia's recall of its ambassador to Argentina was announced on Monday.",
     ("SANCTION", "COL", "ARG")),
    ("Serbia and Kosovo traded accusations.", ("ACCUSE", "SRB", "XKX")),
    # stripping critics of citizenship punishes them; combat readiness is an alert
    ("The Cuban government stripped 30 dissidents of their citizenship.",
     ("COERCE", "CUB", "CUB")),
    ("Armenia put its army on combat readiness.", ("MOBILIZE", "ARM", "ARM")),
])
def test_round_four_and_five_rows(english: EnglishCoder, text: str,
                                  expected: tuple[str, str | None, str | None]) -> None:
    assert expected in summary(code(english, text))


def test_the_tokenizer_keeps_a_hyphenated_test_verb_whole(english: EnglishCoder) -> None:
    a = code(english, "Iran test-fired a new cruise missile on Sunday.")
    e = only(a)
    assert (e.event_type, e.source and e.source.country) == ("MOBILIZE", "IRN")
    assert a.text[e.trigger.start:e.trigger.end] == "test-fired"


def test_a_continuative_relative_clause_in_a_clash_is_an_event(english: EnglishCoder) -> None:
    a = code(english, "Students in Dhaka threw bricks at police, who responded with rubber "
                      "bullets.")
    assert ("ASSAULT", "BGD", "BGD") in summary(a)
    b = code(english, "Police in Lagos arrested the students, who had criticised the governor.")
    assert [e.event_type for e in b.events] == ["COERCE"]


def test_an_after_clause_naming_both_parties_is_coded(english: EnglishCoder) -> None:
    a = code(english, "Lithuania expelled a Russian diplomat after Moscow expelled two "
                      "Lithuanian envoys.")
    assert ("SANCTION", "RUS", "LTU") in summary(a)


def test_a_reaction_drawn_from_a_party_is_aimed_at_the_doer(english: EnglishCoder) -> None:
    a = code(english, "Uganda's parliament passed the law, drawing criticism from the "
                      "European Union.")
    assert ("ACCUSE", "EU", "UGA") in summary(a)
    b = code(english, "India's decision drew praise from Washington.")
    assert ("SUPPORT", "USA", "IND") in summary(b)


def test_an_agent_hung_on_the_of_object_is_the_nouns_doer(english: EnglishCoder) -> None:
    a = code(english, "The arrest of the opposition leader by Tanzanian police was condemned "
                      "by Kenya.")
    assert ("COERCE", "TZA", "TZA") in summary(a)


def test_charged_acts_on_the_accusers_craft_and_nouns(english: EnglishCoder) -> None:
    a = code(english, "Vietnam accused Chinese vessels of ramming a fishing boat.")
    assert ("ASSAULT", "CHN", "VNM") in summary(a)
    b = code(english, "Britain blamed Iran for the seizure of a British tanker.")
    assert ("COERCE", "IRN", "GBR") in summary(b)
    c = code(english, "Pakistan blamed the bombing on India.")
    assert ("ASSAULT", "IND", "PAK") in summary(c)
    assert all(e.modality == "reported" for e in c.events if e.event_type == "ASSAULT")


def test_would_after_a_past_reporting_verb_is_a_plan(english: EnglishCoder) -> None:
    e = only(code(english, "The minister said that Peru would send troops to the border "
                           "with Ecuador."))
    assert e.modality == "intended"
    f = only(code(english, "Berlin would condemn any veto by Hungary, a German diplomat said."))
    assert f.modality == "hypothetical"


def test_a_past_perfect_relative_clause_stays_background(english: EnglishCoder) -> None:
    a = code(english, "Algeria expelled two French reporters who had travelled to Morocco.")
    assert [e.event_type for e in a.events] == ["COERCE"]


def test_talks_during_an_act_with_a_foreign_party_are_a_meeting(english: EnglishCoder) -> None:
    a = code(english, "Brazil urged Venezuela to free the detainees during talks in Brasilia.")
    assert ("CONSULT", "BRA", "VEN") in summary(a)
    b = code(english, "Police detained 20 protesters during talks in Caracas.")
    assert [e.event_type for e in b.events] == ["COERCE"]


def test_a_participle_pledge_speaks_to_the_main_acts_party(english: EnglishCoder) -> None:
    a = code(english, "Japan's prime minister received the Indian foreign minister, pledging "
                      "to deepen cooperation.")
    assert ("AGREE", "JPN", "IND") in summary(a)


def test_demands_despite_which_an_act_happened_are_requests(english: EnglishCoder) -> None:
    a = code(english, "Serbia has not withdrawn its troops despite demands by NATO.")
    assert ("REQUEST", "NATO", "SRB") in summary(a)


def test_an_embassy_belongs_to_its_owner_not_its_place(english: EnglishCoder) -> None:
    a = code(english, "Egypt said Israeli jets had bombed its embassy in Beirut.")
    assert summary(a) == [("ASSAULT", "ISR", "EGY")]


def test_a_place_name_before_a_past_verb_is_not_its_subject(english: EnglishCoder) -> None:
    a = code(english, "Demonstrators in Yerevan hurled bottles at the government building.")
    assert ("PROTEST", "ARM", "ARM") in summary(a)


def test_the_two_leaders_are_the_pair_named_before(english: EnglishCoder) -> None:
    a = code(english, "Egypt's president received his Sudanese counterpart in Cairo, and the "
                      "two leaders signed a trade agreement.")
    assert ("AGREE", "EGY", "SDN") in summary(a)


def test_an_attack_on_its_own_facilities_faces_the_other_state(english: EnglishCoder) -> None:
    a = code(english, "Iran is expanding its programme, and Israel could strike its "
                      "nuclear sites.")
    aimed = [e.target.country for e in a.events
             if e.event_type in ("ASSAULT", "THREATEN") and e.target]
    assert aimed == ["IRN"]


def test_a_hearsay_word_in_a_reason_clause_hedges_only_the_reason(
        english: EnglishCoder) -> None:
    e = only(code(english, "Indian coast guards arrested 12 Sri Lankan fishermen for "
                           "allegedly fishing in Indian waters."))
    assert (e.event_type, e.modality) == ("COERCE", "asserted")
    f = only(code(english, "Iran reportedly refused to hold talks with American envoys."))
    assert f.modality == "reported"


def test_pressure_despite_which_a_plan_stands_was_made(english: EnglishCoder) -> None:
    a = code(english, "Tokyo and Manila will hold joint patrols next week despite threats "
                      "from Beijing.")
    threat = next(e for e in a.events if e.event_type == "THREATEN" and e.source
                  and e.source.country == "CHN")
    assert threat.modality == "asserted"


def test_claiming_an_attack_makes_the_claimer_its_doer(english: EnglishCoder) -> None:
    a = code(english, "Boko Haram claimed responsibility for the bombing of a market in "
                      "Maiduguri.")
    e = only(a)
    assert (e.event_type, e.source and e.source.country, e.modality) == (
        "ASSAULT", "NGA", "asserted")
    assert summary(code(english, "No group has claimed responsibility for the attack.")) == []


def test_condemning_an_act_is_aimed_at_its_doer_not_its_victim(english: EnglishCoder) -> None:
    a = code(english, "The occupation of Kuwait by Iraq was condemned by the Arab League.")
    assert ("ACCUSE", "ARL", "IRQ") in summary(a)


def test_a_protest_drawn_from_a_state_is_an_official_complaint(english: EnglishCoder) -> None:
    a = code(english, "Albanian police raided a Greek-owned shop, prompting a protest from "
                      "Athens.")
    assert ("ACCUSE", "GRC", "ALB") in summary(a)
    b = code(english, "The reform sparked protests from Kenyan students.")
    assert [e.event_type for e in b.events] == ["PROTEST"]


def test_a_visitor_received_in_the_passive_is_consulted(english: EnglishCoder) -> None:
    a = code(english, "The Nigerian foreign minister was received in Accra by Ghanaian "
                      "officials.")
    assert ("CONSULT", "GHA", "NGA") in summary(a)
    assert summary(code(english, "The tournament was hosted by Qatar.")) == []


# --- weapons are goods; a heading before a colon is not a subject ------------------------


def test_a_purchase_of_weapons_has_the_seller_country_as_target(english: EnglishCoder) -> None:
    text = "Baghdad confirmed the purchase of T-90 tanks from Russia."
    e = only(code(english, text))
    assert (e.event_type, e.cameo, e.source.code, e.target.code) == (
        "COOPERATE", "062", "IRQGOV", "RUS")
    assert text[e.target.start:e.target.end] == "Russia"  # not "tanks from Russia"


def test_a_heading_before_a_colon_is_not_the_subject(english: EnglishCoder) -> None:
    e = only(code(english, "Military cooperation too, for example: the Iraqis want to acquire "
                           "Russian weapons."))
    assert (e.source.country, e.target.country, e.modality) == ("IRQ", "RUS", "intended")


def test_military_as_an_adjective_is_no_party(english: EnglishCoder) -> None:
    e = only(code(english, "Russia has come forward to offer military support to Iraq."))
    assert (e.event_type, e.source.code, e.target.code) == ("AGREE", "RUS", "IRQ")
    e = only(code(english, "The Iraqi military delivered aid to the Kurds."))
    assert e.source is not None and e.source.code == "IRQMIL"  # a military noun still acts


def test_asking_for_anonymity_is_no_request(english: EnglishCoder) -> None:
    article = code(english, "\u201cIraq needs help,\u201d said the Iraqi official, who requested "
                            "anonymity because of the sensitive nature of the information.",
                   "An American official who asked for anonymity said Iraq asked Russia "
                   "for help.")
    assert summary(article) == [("REQUEST", "IRQ", "RUS")]
