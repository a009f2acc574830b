"""Multiple choice: a stem and four options, the three distractors of the answer's kind."""

from __future__ import annotations

import random
from dataclasses import replace

from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.ids import stable_seed
from quizgen.generate.quality import problems
from quizgen.generate.kinds import CHOICE_KINDS, answer_kind
from quizgen.generate.stems import render
from quizgen.generate.wh_questions import wh_stem

BLANK = "_____"
_FIT = {"person": 0.8, "organization": 0.8, "date": 0.75, "number": 0.75, "place": 0.75, "event": 0.75,
        "work": 0.8, "term": 0.6, "name": 0.5}


def multiple_choice_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    for fact in ctx.facts[index]:
        if fact.role == "quote" or fact.kind not in CHOICE_KINDS or not ctx.pool.may_offer(fact.text, fact.kind, ctx.lexicon):
            continue
        prompt = wh_stem(ctx, index, fact, referent)
        if not prompt:
            stem = ctx.plan(index, (fact.start, fact.end), referent)
            prompt = render(sentence, stem, (fact.start, fact.end), BLANK) if stem else ""
        if not prompt or fact.text.lower() in prompt.lower():
            continue
        # checked for quality with every other draft; its options wait until it is chosen
        out.append(Draft("multiple_choice", prompt, fact.text, sentence, ctx.statements[index], fact,
                         answer_kind(fact), explanation=sentence.text, fit=_FIT.get(fact.kind, 0.5)))
    return out


def with_options(ctx: EssayContext, draft: Draft) -> Draft | None:
    """The draft with its four options, or None when the essay and WordNet hold no three
    distractors of the answer's sort. The search is the costliest step of drafting, so the
    selection asks for it only for a draft it is about to take."""
    fact = draft.fact
    sentence = draft.sentence
    # The prompt may name what the sentence left to a pronoun: no option may be among those names.
    distractors = ctx.pool.choose(fact.text, fact.kind, f"{sentence.text} {draft.prompt}", ctx.lexicon)
    if len(distractors) < 3:
        return None
    choices = [fact.text] + distractors
    random.Random(stable_seed(sentence.text, fact.text)).shuffle(choices)
    finished = replace(draft, choices=tuple(choices))
    return None if problems(finished, ctx.lexicon) else finished


def needs_options(draft: Draft) -> bool:
    return draft.type == "multiple_choice" and not draft.choices
