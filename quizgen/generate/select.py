"""Choosing the bank from the scored candidates: key statements covered first, types mixed,
no near-duplicates, best first.

A key statement may hold two or three questions, each on a different part of it; a
question on an aside only gets in when the statements that carry the argument are asked
about. Within a sentence, what the main clause says comes before its circumstances, and the
essay's ever-present names (its protagonists) make poor answers: everyone guesses them.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable

from quizgen.extract.facts import answer_role, opens_quotation
from quizgen.generate.context import EssayContext
from quizgen.generate.distractors import normal
from quizgen.generate.draft import Draft

#: Largest share of the bank one type may take, so every bank mixes them. A cloze can be
#: made from almost any fact, a multiple choice only where three options of the same sort
#: exist; a true/false item tests least, so it takes the smallest share.
TYPE_SHARE = {"cloze": 0.4, "multiple_choice": 0.3, "wh": 0.3, "true_false": 0.15, "quote": 0.15, "term": 0.15}
RELAXED_SHARE = 1.6
PER_SENTENCE = 3
PER_ANSWER = 3
KEY_SHARE = 0.5  # the top-ranked statements first covered, as a share of the bank
#: What each further question on one sentence costs, so only a sentence that matters more
#: than the next one's first question gets a second.
REPEAT_COST = 0.3
SAME_TYPE_COST = 0.05
#: A name in at most this many sentences, or this share of them, is news to the student ...
RARE_COUNT = 3
RARE_SHARE = 0.01
#: ... and one in this share of them or more is a protagonist, worth this much as an answer.
TOPIC_SHARE = 0.05
NOVELTY_FLOOR = 0.3
QUOTED_TERM_BOOST = 1.25
FIGURE_BOOST = 1.2


def select(
    pool: list[tuple[Draft, float]], ctx: EssayContext, target: int, finish: Finish | None = None
) -> list[tuple[Draft, float]]:
    """`finish` completes a draft about to be taken (a multiple choice gets its options) or
    returns None when it cannot be; greedy as the choice is, a draft it passes over changes
    nothing, so finishing only the drafts taken picks what finishing them all would."""
    prior = {id(draft): _priority(draft, ctx) for draft, _ in pool}
    ranked = sorted(pool, key=lambda dv: (-prior[id(dv[0])], dv[0].type, dv[0].prompt))
    chosen: list[tuple[Draft, float]] = []
    state = _State(target, finish)
    for draft, _ in pool:
        state.offered.setdefault(draft.sentence.sentence.index, []).append(draft)
    key = _key_sentences(ctx, max(1, int(target * KEY_SHARE)))
    # First one question on each key statement, its best, then the best of the rest.
    for draft, value in ranked:
        index = draft.sentence.sentence.index
        if index in key and index not in state.per_sentence and state.accepts(draft):
            state.take_finished(draft, value, chosen)
    for relaxed in (False, True):
        # A bank short of its size for want of variety takes more of the types it has.
        state.relaxed = relaxed
        _fill(ranked, prior, state, chosen, target)
    chosen = chosen[:target]
    return sorted(chosen, key=lambda dv: (-dv[1], dv[0].type, dv[0].prompt))


def _fill(ranked, prior, state: "_State", chosen: list, target: int) -> None:
    """Greedy by priority less the cost of asking again about the same sentence; costs only
    grow, so a popped candidate whose cost is unchanged is the best left."""
    heap = [(-prior[id(d)], n, 0) for n, (d, _) in enumerate(ranked)]
    heapq.heapify(heap)
    while heap and len(chosen) < target:
        negative, n, seen_cost = heapq.heappop(heap)
        draft, value = ranked[n]
        cost = state.cost(draft)
        if cost != seen_cost:
            heapq.heappush(heap, (-(prior[id(draft)] - cost), n, cost))
            continue
        if state.accepts(draft):
            state.take_finished(draft, value, chosen)


def _priority(draft: Draft, ctx: EssayContext) -> float:
    """The candidate's worth with the answer's place in the sentence and its novelty weighed
    in, and no bonus for the question type: the type mix is kept by caps instead."""
    statement = draft.statement.score
    fact = draft.fact
    weight = fact.weight if fact else 0.5
    if fact is not None and draft.type != "quote":
        weight *= answer_role(draft.sentence, fact.start, fact.end) * _novelty(draft.answer, ctx)
        weight *= _teachable(draft, ctx)
    return 0.5 * statement + 0.3 * weight + 0.2 * draft.fit


def _novelty(answer: str, ctx: EssayContext) -> float:
    """1.0 for what the essay names a few times; falling to NOVELTY_FLOOR for its
    protagonists, which a student guesses without reading."""
    count = ctx.counts.of(answer)
    share = count / max(1, len(ctx.sentences))
    if count <= RARE_COUNT or share <= RARE_SHARE:
        return 1.0
    return max(NOVELTY_FLOOR, 1.0 - (1.0 - NOVELTY_FLOOR) * (share - RARE_SHARE) / (TOPIC_SHARE - RARE_SHARE))


def _teachable(draft: Draft, ctx: EssayContext) -> float:
    """What teachers ask for more than for names in passing: a term the essay sets in
    quotation marks (its own vocabulary, not an everyday word in scare quotes: the
    Bolshevik “regime”), a figure, the title of a work."""
    fact = draft.fact
    tokens = draft.sentence.tokens
    quoted = opens_quotation(tokens, fact.start) and fact.end < len(tokens)
    quoted = quoted and (" " in fact.text or fact.text.lower() not in ctx.lexicon.words)
    boost = QUOTED_TERM_BOOST if quoted else 1.0
    return boost * (FIGURE_BOOST if fact.kind in ("number", "work") else 1.0)


def _key_sentences(ctx: EssayContext, count: int) -> set[int]:
    order = sorted(
        (s for s in ctx.statements if ctx.usable[s.index]), key=lambda s: (-s.score, s.index)
    )
    return {s.index for s in order[:count]}


Finish = Callable[[Draft], "Draft | None"]


class _State:
    def __init__(self, target: int, finish: Finish | None = None) -> None:
        self.target = target
        self.finish = finish
        self.finishes: dict[int, Draft | None] = {}
        self.relaxed = False
        self.per_type: Counter = Counter()
        self.per_sentence: Counter = Counter()
        self.types_of: dict[int, set[str]] = {}
        self.per_answer: Counter = Counter()
        self.pairs: set[tuple[int, str]] = set()
        self.prompts: dict[str, list[set[str]]] = {}  # by answer: near-duplicates share one
        self.spans: dict[int, list[tuple[int, int]]] = {}  # answers already asked, by sentence
        self.offered: dict[int, list[Draft]] = {}  # the pool's drafts, by sentence

    def finished(self, draft: Draft) -> Draft | None:
        if self.finish is None:
            return draft
        if id(draft) not in self.finishes:
            self.finishes[id(draft)] = self.finish(draft)
        return self.finishes[id(draft)]

    def take_finished(self, draft: Draft, value: float, chosen: list) -> None:
        """Take the draft as `finish` completes it; one that cannot be completed is passed over."""
        finished = self.finished(draft)
        if finished is not None:
            self.take(finished)
            chosen.append((finished, value))

    def only_type(self, draft: Draft) -> bool:
        """A sentence that can be asked about in this one way: the mix of types must not
        leave it out of the bank."""
        others = (d for d in self.offered.get(draft.sentence.sentence.index, ()) if d.type != draft.type)
        return not any(self.finished(d) is not None for d in others)

    def cost(self, draft: Draft) -> float:
        index = draft.sentence.sentence.index
        same_type = draft.type in self.types_of.get(index, ())
        return round(REPEAT_COST * self.per_sentence[index] + (SAME_TYPE_COST if same_type else 0.0), 6)

    def accepts(self, draft: Draft) -> bool:
        index = draft.sentence.sentence.index
        answer = normal(draft.answer) if draft.type != "true_false" else f"tf{index}"
        if (index, answer) in self.pairs:
            return False
        if self.per_sentence[index] >= PER_SENTENCE:
            return False
        if draft.type != "true_false" and self.per_answer[answer] >= PER_ANSWER:
            return False
        if draft.type != "true_false" and any(_overlaps(draft, other) for other in self.spans.get(index, ())):
            return False
        # A sentence nothing asks about yet may go a type over its share: covering the essay
        # matters more than an even mix.
        first = self.per_sentence[index] == 0
        share = TYPE_SHARE.get(draft.type, 0.2) * (RELAXED_SHARE if self.relaxed or first else 1.0)
        if self.per_type[draft.type] >= max(1, math.ceil(share * self.target)) and not (first and self.only_type(draft)):
            return False
        words = set(re.findall(r"\w+", draft.stem.lower()))
        return not any(_jaccard(words, other) >= 0.8 for other in self.prompts.get(answer, ()))

    def take(self, draft: Draft) -> None:
        index = draft.sentence.sentence.index
        answer = normal(draft.answer) if draft.type != "true_false" else f"tf{index}"
        self.pairs.add((index, answer))
        self.per_sentence[index] += 1
        self.types_of.setdefault(index, set()).add(draft.type)
        self.per_answer[answer] += 1
        self.per_type[draft.type] += 1
        self.prompts.setdefault(answer, []).append(set(re.findall(r"\w+", draft.stem.lower())))
        if draft.fact is not None and draft.type != "true_false":
            self.spans.setdefault(index, []).append((draft.fact.start, draft.fact.end))


def _overlaps(draft: Draft, span: tuple[int, int]) -> bool:
    """Two questions on one sentence whose answers overlap ("Putilov", "the Putilov factory")
    ask the same thing twice."""
    if draft.fact is None:
        return False
    return draft.fact.start < span[1] and span[0] < draft.fact.end


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
