"""Quote attribution: who wrote or said a quotation the essay attributes."""

from __future__ import annotations

import random

from quizgen.extract.facts import SAYING_VERBS, Fact, pronoun_quotations
from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.ids import stable_seed
from quizgen.generate.stems import MAX_STEM_WORDS, as_editorial, is_plural
from quizgen.nlp.tokens import FINITE_TAGS as _FINITE

#: A quotation that only names or defines something ("the “vanguard of the proletariat”")
#: tests recall of a phrase, not of who argued what: it earns no more than a cloze.
PHRASE_FIT = 0.6
STATEMENT_FIT = 0.95
#: "Who said: “...”?" with room for the question's own words
MAX_QUOTE_WORDS = MAX_STEM_WORDS - 4


def quote_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    introduced = _introduced(ctx, index)
    for fact in list(ctx.facts[index]) + _resolved(ctx, index, referent) + introduced:
        if fact.role != "quote":
            continue
        quote = _shown(fact.detail.strip(" ,.:;"))
        if fact.text.split()[-1].lower() in quote.lower():
            continue  # the quotation names its own speaker
        fit = _fit(sentence, quote)
        if not fit:
            continue
        said = (SAYING_VERBS[t.lower] for t in sentence.tokens if t.lower in SAYING_VERBS)
        verb = fact.relation or next(said, "said")
        # "Who quoted: ..." would ask who said the words; the one who reports them is wanted
        prompt = f"Who quoted the words “{quote}”?" if verb == "quoted" else f"Who {verb}: “{quote}”?"
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
    """A quotation set off after the sentence that introduces its speaker."""
    if not ctx.speakers[index]:
        return []
    name, verb = ctx.speakers[index]
    return [Fact(index, 0, 0, name, "person", "quote", 0.85, ctx.sentences[index].text.strip().strip("“”."), verb)]


def _shown(quote: str) -> str:
    """The quotation with the writer's insertions marked as such; one too long for a question
    up to its first ellipsis, where the source itself leaves words out."""
    quote = as_editorial(quote)
    cut = quote.find("…")
    if len(quote.split()) > MAX_QUOTE_WORDS and cut > 0 and len(quote[:cut].split()) >= 8:
        if quote[:cut].endswith("["):
            return quote[:cut - 1].rstrip() + " […]"  # the writer's bracketed ellipsis stays whole
        return quote[: cut + 1]
    return quote


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
