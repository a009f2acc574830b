"""Wh-questions (who / what / when / where / how many) from the grammatical transformation."""

from __future__ import annotations

import importlib
import importlib.util

from quizgen.extract.facts import Fact, answer_forms
from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.kinds import answer_kind
from quizgen.generate.stems import plan_stem
from quizgen.nlp.annotate import AnnotatedSentence

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
    return wh_made(ctx, index, fact, referent)[0]


def wh_made(ctx: EssayContext, index: int, fact: Fact, referent: str = "") -> tuple[str, str]:
    """The question and its answer as the transformation cut it ("April 1917", without the
    "in" the fact's span may carry), or two empty strings where no safe question exists.
    The transformation reads the part of the sentence a stem would show, with a leading
    pronoun replaced by the person it means, so long sentences and 'He ...' ask too."""
    if ctx.wh is None or fact.kind not in WH_KINDS or fact.role == "quote" or "/" in fact.text:
        return "", ""  # "Russia/the Soviet Union": two names, and no one head noun to ask "which" by
    key = (index, fact.start, fact.end, fact.kind, referent)
    if key not in ctx.wh_made:
        window = _window(ctx.sentences[index], fact, referent)
        ctx.wh_made[key] = None if window is None else ctx.wh(*window, answer_kind(fact), ctx.lexicon)
    result = ctx.wh_made[key]
    if result is None:
        return "", ""
    question = " ".join(result.question.split())
    if len(question.split()) > _MAX_WORDS or not question.endswith("?"):
        return "", ""
    return question, " ".join(result.answer.split()) or fact.text


def _window(sentence: AnnotatedSentence, fact: Fact, referent: str) -> tuple[list[tuple[str, str]], int, int] | None:
    """The tagged words of the stem window, and the answer's place among them."""
    stem = plan_stem(sentence, (fact.start, fact.end), referent)
    if stem is None:
        return None
    pairs: list[tuple[str, str]] = []
    start = end = -1
    lead_done = False
    for i, token in enumerate(sentence.tokens):
        if token.start < stem.start or token.end > stem.end:
            continue
        if stem.lead and stem.lead_start <= token.start < stem.lead_end:
            if not lead_done:
                pairs += _tagged_lead(stem.lead)
                lead_done = True
            continue
        if i == fact.start:
            start = len(pairs)
        pairs.append((token.text, token.tag))
        if i == fact.end - 1:
            end = len(pairs)
    if start < 0 or end <= start:
        return None
    if stem.lead and not lead_done:
        lead = _tagged_lead(stem.lead)
        pairs, start, end = lead + pairs, start + len(lead), end + len(lead)
    return _as_sentence(pairs), start, end


def _as_sentence(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A window cut from a longer sentence ('the legalization of the SRs had ...', ending
    before ', which ...') written as the sentence it is: capitalised, with its full stop."""
    word, tag = pairs[0]
    if word[:1].islower():
        pairs = [(word[:1].upper() + word[1:], tag)] + pairs[1:]
    last = len(pairs) - 1
    while last > 0 and pairs[last][0] in {"”", "’", ")", '"'}:
        last -= 1
    if pairs[last][0] not in {".", "!", "?"}:
        pairs = pairs + [(".", ".")]
    return pairs


def _tagged_lead(lead: str) -> list[tuple[str, str]]:
    """'Lenin’s', 'the Bolsheviks’', 'Marx and Engels' as the tagger would have read them."""
    words = lead.split()
    group = words[0].lower() == "the"
    out: list[tuple[str, str]] = []
    for word in words:
        if word.endswith(("’s", "'s")):
            out += [(word[:-2], "NNP"), (word[-2:], "POS")]
        elif word.endswith(("’", "'")) and len(word) > 1:
            out += [(word[:-1], "NNPS"), (word[-1], "POS")]
        elif word.lower() in ("the", "and"):
            out.append((word, "DT" if word.lower() == "the" else "CC"))
        elif not word[:1].isupper():
            out.append((word, "NNS"))  # 'the navvies'
        else:
            out.append((word, "NNPS" if group and word.endswith("s") else "NNP"))
    return out


def wh_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    out = []
    for fact in ctx.facts[index]:
        prompt, answer = wh_made(ctx, index, fact, referent)
        if prompt:
            out.append(
                Draft("wh", prompt, answer, ctx.sentences[index], ctx.statements[index], fact,
                      answer_kind(fact), accept=answer_forms(answer, fact.kind, fact.text),
                      explanation=ctx.sentences[index].text, fit=_FIT.get(fact.kind, 0.5))
            )
    return out
