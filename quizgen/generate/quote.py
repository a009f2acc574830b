"""Quote attribution: who wrote or said a quotation the essay attributes."""

from __future__ import annotations

import random

from quizgen.extract.facts import Fact, pronoun_quotations
from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.ids import stable_seed
from quizgen.generate.stems import is_plural

_VERBS = {
    "wrote": "wrote", "writes": "wrote", "write": "wrote", "said": "said", "says": "said",
    "declared": "declared", "declares": "declared", "argued": "argued", "argues": "argued",
    "insisted": "insisted", "insists": "insisted", "admitted": "admitted", "claimed": "claimed",
    "claims": "claimed", "warned": "warned", "proclaimed": "proclaimed", "stated": "stated",
    "noted": "noted", "observed": "observed", "remarked": "remarked", "told": "said",
    "put": "wrote", "puts": "wrote", "explained": "explained", "concluded": "concluded",
}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: A quotation that only names or defines something ("the “vanguard of the proletariat”")
#: tests recall of a phrase, not of who argued what: it earns no more than a cloze.
PHRASE_FIT = 0.6
STATEMENT_FIT = 0.95


def quote_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    introduced = _introduced(ctx, index)
    for fact in list(ctx.facts[index]) + _resolved(ctx, index, referent) + introduced:
        if fact.role != "quote":
            continue
        quote = fact.detail.strip(" ,.:;")
        if fact.text.split()[-1].lower() in quote.lower():
            continue  # the quotation names its own speaker
        fit = _fit(sentence, quote)
        if not fit:
            continue
        said_in = ctx.sentences[index - 1] if fact in introduced else sentence
        verb = next((_VERBS[t.lower] for t in said_in.tokens if t.lower in _VERBS), "wrote" if fact in introduced else "said")
        prompt = f"Who {verb}: “{quote}”?"
        accept = (fact.text.split()[-1],) if len(fact.text.split()) > 1 else ()
        distractors = ctx.pool.choose(fact.text, "person", sentence.text, ctx.lexicon)
        choices: tuple[str, ...] = ()
        if len(distractors) == 3:
            options = [fact.text] + distractors
            random.Random(stable_seed(sentence.text, fact.text, "quote")).shuffle(options)
            choices = tuple(options)
        out.append(
            Draft("quote", prompt, fact.text, sentence, ctx.statements[index], fact, "person",
                  accept=accept, choices=choices, explanation=sentence.text, fit=fit)
        )
    return out


def _resolved(ctx: EssayContext, index: int, referent: str) -> list[Fact]:
    """Quotations introduced by "he wrote" or "she said", attributed to the one person the
    sentence before names; none when that sentence names no one person."""
    if not referent or is_plural(referent):
        return []
    return [
        Fact(index, p, p + 1, referent, "person", "quote", 0.85, quote)
        for p, quote in pronoun_quotations(ctx.sentences[index])
    ]


def _introduced(ctx: EssayContext, index: int) -> list[Fact]:
    """A sentence that is all quotation, set off after 'Here is how Victor Serge put it:' or
    'In the words of Geoffrey Swain:': its speaker is the one person the introduction names."""
    text = ctx.sentences[index].text.strip()
    if index == 0 or not text.startswith("“") or not text.rstrip(".").endswith("”") or text.count("“") != 1:
        return []
    before = ctx.sentences[index - 1]
    if not before.text.rstrip().endswith(":") or len(before.text.split()) > MAX_INTRODUCTION_WORDS:
        return []  # a long sentence may name others than the one it quotes
    people = [e.text for e in before.entities if e.kind == "person"]
    full = max(people, key=len, default="")
    if not full or any(not full.endswith(p.split()[-1]) for p in people):
        return []  # nobody, or more than one person: whose words they are is not certain
    return [Fact(index, 0, 0, full, "person", "quote", 0.85, text.strip("“”."))]


MAX_INTRODUCTION_WORDS = 16
_BROKEN_OPENING = {"IN", "RB", "VB", "VBD", "VBZ", "VBN", "VBG", "VBP", "TO", "CC", "MD"}


def _fit(sentence, quote: str) -> float:
    """How well the quotation suits "Who said ...?": a statement of someone's view fully; a
    phrase less; a scrap cut from mid-sentence ("was horrified to read") not at all."""
    inside = _tokens_of(sentence, quote)
    if not inside:
        return STATEMENT_FIT
    if inside[0].text[:1].islower() and inside[0].tag in _BROKEN_OPENING:
        return 0.0
    return STATEMENT_FIT if any(t.tag in _FINITE for t in inside) else PHRASE_FIT


def _tokens_of(sentence, quote: str) -> list:
    start = sentence.text.find(quote)
    if start < 0:
        return []
    end = start + len(quote)
    return [t for t in sentence.tokens if start <= t.start and t.end <= end]
