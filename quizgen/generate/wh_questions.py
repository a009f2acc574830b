"""Wh-questions (who / what / when / where / how many) from the grammatical transformation."""

from __future__ import annotations

import importlib
import importlib.util

from quizgen.extract.facts import Fact, answer_forms
from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.kinds import answer_kind

# A concept as the answer of "What ...?" leaves too many right answers ("What went through two phases?").
WH_KINDS = {"person", "organization", "place", "date", "number", "event", "work"}
_FIT = {"date": 0.85, "person": 0.8, "number": 0.85, "place": 0.8, "organization": 0.7, "event": 0.7,
        "work": 0.7, "term": 0.55}
_MAX_WORDS = 30


def load_wh():
    """The wh-transformation function, or None where that module is not installed."""
    if importlib.util.find_spec("quizgen.generate.wh") is None:
        return None
    return importlib.import_module("quizgen.generate.wh").wh_question


def wh_stem(ctx: EssayContext, index: int, fact: Fact, referent: str = "") -> str:
    return wh_made(ctx, index, fact)[0]


def wh_made(ctx: EssayContext, index: int, fact: Fact) -> tuple[str, str]:
    """The question and its answer as the transformation cut it ("April 1917", without the
    "in" the fact's span may carry), or two empty strings where no safe question exists."""
    if ctx.wh is None or fact.kind not in WH_KINDS or fact.role == "quote":
        return "", ""
    key = (index, fact.start, fact.end, fact.kind)
    if key not in ctx.wh_made:
        sentence = ctx.sentences[index]
        ctx.wh_made[key] = ctx.wh(sentence.pairs(), fact.start, fact.end, answer_kind(fact), ctx.lexicon)
    result = ctx.wh_made[key]
    if result is None:
        return "", ""
    question = " ".join(result.question.split())
    if len(question.split()) > _MAX_WORDS or not question.endswith("?"):
        return "", ""
    return question, " ".join(result.answer.split()) or fact.text


def wh_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    out = []
    for fact in ctx.facts[index]:
        prompt, answer = wh_made(ctx, index, fact)
        if prompt:
            out.append(
                Draft("wh", prompt, answer, ctx.sentences[index], ctx.statements[index], fact,
                      answer_kind(fact), accept=answer_forms(answer, fact.kind, fact.text),
                      explanation=ctx.sentences[index].text, fit=_FIT.get(fact.kind, 0.5))
            )
    return out
