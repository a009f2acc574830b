"""Cloze: a key sentence with its key term as the gap, in Anki syntax."""

from __future__ import annotations

from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.kinds import answer_kind
from quizgen.generate.stems import plan_stem, render

_FIT = {"date": 0.8, "person": 0.75, "number": 0.8, "term": 0.7, "organization": 0.7, "event": 0.75,
        "work": 0.7, "place": 0.65, "name": 0.5}


def cloze_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    for fact in ctx.facts[index]:
        if fact.role == "quote":
            continue
        span = (fact.start, fact.end)
        stem = plan_stem(sentence, span, referent)
        if stem is None:
            continue
        prompt = render(sentence, stem, span, "{{c1::" + fact.text + "}}")
        if not prompt:
            continue
        fit = _FIT.get(fact.kind, 0.5) + (0.1 if fact.role == "definition" else 0.0)
        out.append(
            Draft("cloze", prompt, fact.text, sentence, ctx.statements[index], fact, answer_kind(fact),
                  explanation=sentence.text, fit=fit)
        )
    return out
