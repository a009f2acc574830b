"""Quote attribution: who wrote or said a quotation the essay attributes."""

from __future__ import annotations

import random

from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.ids import stable_seed

_VERBS = {
    "wrote": "wrote", "writes": "wrote", "write": "wrote", "said": "said", "says": "said",
    "declared": "declared", "declares": "declared", "argued": "argued", "argues": "argued",
    "insisted": "insisted", "insists": "insisted", "admitted": "admitted", "claimed": "claimed",
    "claims": "claimed", "warned": "warned", "proclaimed": "proclaimed", "stated": "stated",
    "noted": "noted", "observed": "observed", "remarked": "remarked", "told": "said",
    "put": "wrote", "puts": "wrote", "explained": "explained", "concluded": "concluded",
}


def quote_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    for fact in ctx.facts[index]:
        if fact.role != "quote":
            continue
        quote = fact.detail.strip(" ,.:;")
        if fact.text.split()[-1].lower() in quote.lower():
            continue  # the quotation names its own speaker
        verb = next((_VERBS[t.lower] for t in sentence.tokens if t.lower in _VERBS), "said")
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
                  accept=accept, choices=choices, explanation=sentence.text, fit=0.95)
        )
    return out
