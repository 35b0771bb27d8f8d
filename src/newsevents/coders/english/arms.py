"""The arms trade: purchases, sales and contracted supply of weapons (COOPERATE, CAMEO 062).

Trade words are rows flagged in the trigger lexicons: 'arms' (buy, purchase, sell, the sale
of ...) are events only when their goods are weapons or military equipment; 'sale' (export,
import) and 'supply' (supply, deliver, provide ...) keep their own code for other goods and
become an arms sale (062) with military goods ('supply' only when the sentence names a deal
or contract: a bare delivery of weapons is as often a gift, which stays AID). What counts
as military goods is data: the `goods` words of data/triggers/en/arms_trade.tsv and the
weapon systems of data/weapons.tsv.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsevents.coders.english.extras import weapon_pattern
from newsevents.coders.english.lexicon import _rows, word_forms

Token = Any

ARMS_CODE = "062"
# The flags of trade rows (see the module docstring).
ARMS, SALE, SUPPLY = "arms", "sale", "supply"
# Links from a trade verb to its goods; from a goods noun to the words that describe it.
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "dative", "attr", "oprd"})
_PRE_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
# Links to a trade word's dependents that name the goods (the subject names the trader).
_TRADER_DEPS = frozenset({"nsubj", "csubj", "agent", "poss", "advcl", "ccomp", "conj", "cc",
                          "punct", "mark", "aux", "auxpass", "neg", "relcl", "parataxis",
                          "npadvmod"})


@cache
def _words(role: str) -> frozenset[str]:
    """The words of data/triggers/en/arms_trade.tsv with `role` (goods, deal, owner)."""
    return frozenset(r["word"].lower() for r in _rows("triggers", "en", "arms_trade.tsv")
                     if r["role"] == role)


def goods_tokens(tok: Token) -> list[Token]:
    """The tokens that may name what `tok` trades: its dependents' subtrees, except the
    trader's own (subject, possessor) and other clauses; for a passive verb its subject
    ('tanks were sold to Iraq')."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in _TRADER_DEPS and not (child.dep_ == "conj" and tok.pos_ == "NOUN"):
            continue  # ("the purchase and delivery of tanks": a noun's conjunct shares them)
        out.extend(child.subtree)
    if tok.dep_ == "compound":  # "arms sales", "the T-90 purchase": the head names the trade
        out.extend(t for t in tok.head.subtree if t.i != tok.i)
    return out


def goods_word(tok: Token) -> bool:
    """Is `tok` a word naming weapons or military equipment ('tanks', 'missiles')?"""
    return tok.lower_ in _words("goods")


def military(tok: Token) -> bool:
    """Does the trade word `tok` deal in weapons or military equipment? One of its goods
    phrases (see `goods_heads`) is headed by a weapon word ('tanks'), names a weapon system
    ('S-400 systems', 'F-16s'), or is equipment described as military ('fighter aircraft',
    'military hardware'); a weapon word that only modifies another head ('a tank maker',
    'a stake in a defence firm') does not count."""
    return any(_military_head(h) for h in goods_heads(tok))


def goods_heads(tok: Token) -> list[Token]:
    """The head nouns of what `tok` trades: a verb's objects (and 'with' objects: 'supplied
    the army with rifles'), a noun's 'of' objects and compounds ('arms sales'); their
    conjuncts, and the 'of' objects of measure words ('a batch of S-400 systems')."""
    if tok.pos_ in ("NOUN", "PROPN"):
        heads = [*_of_objects(tok, "of"), *(c for c in tok.children if c.dep_ == "compound")]
        heads += [o for c in tok.children if c.dep_ == "conj" for o in _of_objects(c, "of")]
    else:
        heads = [c for c in tok.children if c.dep_ in _OBJECT_DEPS]
        heads += _of_objects(tok, "with")
    out: list[Token] = []
    for h in heads:
        for g in (h, *_conjuncts(h)):
            out += [g, *_of_objects(g, "of"), *(o for x in _of_objects(g, "of")
                                                for o in _of_objects(x, "of"))]
    return out


def _of_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of `tok`'s `prep` phrases (and their conjuncts)."""
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
            for o in p.children if o.dep_ == "pobj"]
    return [g for o in objs for g in (o, *_conjuncts(o))]


def _conjuncts(tok: Token) -> list[Token]:
    """The words coordinated with `tok` ('tanks and howitzers'), in order."""
    out = []
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            out += [c, *_conjuncts(c)]
    return out


def _military_head(head: Token) -> bool:
    """Is `head`, with the words before it in its phrase, a weapon or military equipment?"""
    if head.lower_ in _words("goods"):
        return True
    left = [t for c in head.children if c.i < head.i and c.dep_ in _PRE_DEPS
            for t in c.subtree]
    start = min((t.idx for t in left), default=head.idx)
    if weapon_pattern().search(head.doc.text, start, head.idx + len(head.text)) is not None:
        return True
    marks = _words("goods") | _words("modifier")
    return head.lower_ in _words("equipment") and any(t.lower_ in marks for t in left)


def under_deal(tok: Token) -> bool:
    """Does the sentence of a supply word name a deal, contract or purchase?"""
    deals = _words("deal")
    return any(t.lower_ in deals for t in tok.doc if t.i != tok.i)


def trade_code(tok: Token, flags: frozenset[str], cameo: str) -> str:
    """The CAMEO code of a trigger after the arms-trade rule: 062 for a sale/supply row
    with military goods (supply under a deal only), else `cameo` unchanged."""
    if SALE in flags and military(tok):
        return ARMS_CODE
    if SUPPLY in flags and military(tok) and under_deal(tok):
        return ARMS_CODE
    return cameo


@cache
def _owner_forms() -> frozenset[str]:
    """Every form of the owner verbs (the coder's lemma table knows only trigger words)."""
    return frozenset(f for w in _words("owner") for f in word_forms(w))


def owns_trade(verb: Token) -> bool:
    """Is `verb` one by which a party states a trade its own ('confirmed the purchase')?"""
    return verb.lower_ in _owner_forms()


# Determiners of a definite, known trader ('the firm that sold ...').
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def generic_trader(tok: Token) -> bool:
    """Is the trade word `tok` a relative clause describing any trader of a kind ('entities
    that buy Russian weapons', 'any country that purchases ...') rather than one trade?"""
    if tok.dep_ != "relcl":
        return False
    head = tok.head
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    return head.pos_ in ("NOUN", "PRON") and not any(
        c.dep_ == "poss" or c.lower_ in _DEFINITE for c in dets)


def plan_noun(tok: Token) -> Token | None:
    """The noun that makes the trade verb `tok` a plan ('in talks to acquire', 'plans to
    buy'), or None."""
    if tok.dep_ == "acl" and tok.head.lower_ in _words("plan"):
        return tok.head
    return None
