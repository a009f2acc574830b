"""Term questions: the essay's definition of a concept or name; the answer is the term."""

from __future__ import annotations

import re

from quizgen.extract.facts import Fact, description_head, opens_quotation
from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.kinds import answer_kind
from quizgen.generate.quality import root

_PAST = {"was", "were"}


def _names_itself(term: str, definition: str) -> bool:
    """'Bolshevism' defined as 'the Bolsheviks’ doctrine': the definition gives the term away."""
    roots = {root(w) for w in re.findall(r"[A-Za-z]+", definition) if len(w) >= 5}
    return any(root(w) in roots for w in re.findall(r"[A-Za-z]+", term) if len(w) >= 5)


def term_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    for fact in ctx.facts[index]:
        if fact.role == "reference":
            out.append(_reference_draft(ctx, index, fact))
            continue
        if fact.role == "naming":
            verb, _, rest = fact.relation.partition(" ")
            out.append(
                Draft("term", f"What {verb} {fact.detail} {rest}?", fact.text, sentence, ctx.statements[index],
                      fact, "term", explanation=sentence.text, fit=0.9)
            )
            continue
        if fact.role != "definition" or len(fact.detail.split()) < 3:
            continue
        if opens_quotation(sentence.tokens, fact.start) and not _names_itself(fact.text, description_head(fact.detail)):
            out.append(_meaning_draft(ctx, index, fact))
        if _names_itself(fact.text, fact.detail):
            continue
        detail = fact.detail
        definite = detail.split()[0].lower() == "the" or "’s" in detail.split()[0]
        past = any(t.lower in _PAST for t in sentence.tokens[fact.end : fact.end + 2])
        if fact.kind == "person":
            if not definite:
                continue
            prompt = f"Who {'was' if past else 'is'} {detail}?"
            kind = "person"
        elif definite:
            prompt = f"What {'was' if past else 'is'} {detail} called?"
            kind = answer_kind(fact)
        else:
            prompt = f"What does the essay describe as “{detail}”?"
            kind = answer_kind(fact)
        out.append(
            Draft("term", prompt, fact.text, sentence, ctx.statements[index], fact, kind,
                  explanation=sentence.text, fit=0.85)
        )
    return out


def _meaning_draft(ctx: EssayContext, index: int, fact: Fact) -> Draft:
    """'What were the “Green Armies”?': the essay's own term, asked the way a flashcard asks,
    its description the answer (without a relative clause, which a student need not write)."""
    sentence = ctx.sentences[index]
    tokens = sentence.tokens
    head = tokens[fact.end - 1]
    plural = head.tag in ("NNS", "NNPS")
    past = any(t.tag == "VBD" for t in tokens) or not any(t.tag in ("VBZ", "VBP") for t in tokens)
    verb = ("were" if plural else "was") if past else ("are" if plural else "is")
    article = "the " if fact.start >= 2 and tokens[fact.start - 2].lower == "the" or plural else ""
    answer = description_head(fact.detail)
    accept = (fact.detail,) if fact.detail != answer and len(fact.detail.split()) <= 8 else ()
    return Draft("term", f"What {verb} {article}“{fact.text}”?", answer, sentence, ctx.statements[index], fact,
                 "term", accept=accept, explanation=sentence.text, fit=0.9)


def _reference_draft(ctx: EssayContext, index: int, fact: Fact) -> Draft:
    """'What does the term “commune-state” refer to?': the answer is what the essay says the
    word points at, a phrase a student writes in their own words and marks themselves."""
    sentence = ctx.sentences[index]
    noun = sentence.tokens[1].lower
    past = any(t.lower in ("was", "referred") for t in sentence.tokens[fact.end : fact.end + 3])
    verb = "did" if past else "does"
    return Draft("term", f"What {verb} the {noun} “{fact.text}” refer to?", fact.detail, sentence,
                 ctx.statements[index], fact, "term", explanation=sentence.text, fit=0.9)
