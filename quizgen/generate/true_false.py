"""True/false: the statement as written, or with one key term swapped for a same-kind term."""

from __future__ import annotations

import re

from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.ids import stable_seed
from quizgen.generate.stems import render

_SWAPPABLE = {"person", "organization", "place", "date", "number", "event", "work"}
#: A true/false item asks the student to judge a claim, so the claim must matter to the essay.
MIN_STATEMENT = 0.3
#: Words by which a writer weighs a claim instead of stating it: the claim is then an
#: opinion or a guess, and neither it nor its opposite is plainly true or false.
HEDGES = frozenset(
    """perhaps arguably probably possibly presumably apparently seemingly undoubtedly doubtless
    surely maybe supposedly allegedly seem seems seemed might""".split()
)
#: Words by which the writer judges what they report ('inevitable given the simplistic
#: formulas'): a student can only agree or disagree with the judgement, not know it.
JUDGEMENTS = frozenset(
    """inevitable inevitably obviously clearly evidently naturally unfortunately fortunately sadly
    ironically rightly wrongly simplistic absurd foolish misguided shameful disastrous""".split()
)
#: A modal before 'have' or 'be' speculates or imagines: 'may have been', 'would have meant'.
_SPECULATING = re.compile(
    r"\b(?:(?:may|might)(?: not)? (?:have|be)|(?:could|would|must|should)(?: not)? have|(?:must|should)(?: not)? be)\b",
    re.I,
)
#: The writer speaking in person: 'I think', 'in my view'.
_STANCE = re.compile(
    r"\bI (?:think|believe|would|argue|suggest|feel|doubt|suspect|hope)\b|\b[Mm]y\b|\b[Ii]n our view\b"
    r"|\bappear(?:s|ed)? to\b"
)


def true_false_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    """One statement per sentence, about its weightiest swappable fact; true or false by a
    coin tossed from the sentence, so a bank holds both and a rerun holds the same."""
    sentence = ctx.sentences[index]
    if ctx.statements[index].score < MIN_STATEMENT or is_opinion(sentence.text):
        return []
    quoted = _quoted_tokens(sentence)
    facts = sorted(
        (f for f in ctx.facts[index] if f.kind in _SWAPPABLE and f.role == "entity" and f.start not in quoted),
        key=lambda f: (-f.weight, f.start),
    )
    for fact in facts:
        span = (fact.start, fact.end)
        stem = ctx.plan(index, span, referent, statement=True)
        if stem is None:
            continue
        truth = render(sentence, stem, None, "")
        if stable_seed(sentence.text, "true_false") % 2 == 0:
            return [_draft(ctx, index, fact, truth, "true", truth)]
        # The statement as shown, with any pronoun resolved: a swap it already names is true too.
        swaps = ctx.pool.choose(fact.text, fact.kind, truth, ctx.lexicon, count=1)
        if not swaps:
            continue
        false = render(sentence, stem, span, swaps[0])
        if false:
            return [_draft(ctx, index, fact, false, "false", truth)]
    return []


def is_opinion(text: str) -> bool:
    """The writer's judgement or conjecture rather than a statement of fact. Quotations
    are left out: what someone said is a fact about them whatever words they used."""
    own = re.sub(r"“[^”]*”", " ", text)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", own)}
    return bool(words & (HEDGES | JUDGEMENTS)) or bool(_SPECULATING.search(own)) or bool(_STANCE.search(own))


def _quoted_tokens(sentence) -> set[int]:
    """Tokens inside quotation marks: a quotation altered is no longer what was said."""
    inside, out = False, set()
    for i, token in enumerate(sentence.tokens):
        if token.text in ("“", "”"):
            inside = token.text == "“"
        elif inside:
            out.add(i)
    return out


def _draft(ctx: EssayContext, index: int, fact, prompt: str, answer: str, truth: str) -> Draft:
    explanation = truth if answer == "true" else f"False. The essay says: {truth}"
    return Draft("true_false", prompt, answer, ctx.sentences[index], ctx.statements[index], fact,
                 "boolean", explanation=explanation, fit=0.55)
