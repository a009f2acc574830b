"""Choosing the bank from the scored candidates: key statements covered first, types mixed,
no near-duplicates, best first."""

from __future__ import annotations

import math
import re
from collections import Counter

from quizgen.generate.context import EssayContext
from quizgen.generate.distractors import normal
from quizgen.generate.draft import Draft

#: Largest share of the bank one type may take, so every bank mixes them.
TYPE_SHARE = {"cloze": 0.35, "multiple_choice": 0.3, "wh": 0.3, "true_false": 0.2, "quote": 0.15, "term": 0.15}
PER_SENTENCE = 3
PER_ANSWER = 3
KEY_SHARE = 0.5  # the top-ranked statements first covered, as a share of the bank


def select(pool: list[tuple[Draft, float]], ctx: EssayContext, target: int) -> list[tuple[Draft, float]]:
    ranked = sorted(pool, key=lambda dv: (-dv[1], dv[0].type, dv[0].prompt))
    chosen: list[tuple[Draft, float]] = []
    state = _State(target)
    key = _key_sentences(ctx, max(1, int(target * KEY_SHARE)))
    # First one question on each key statement, then the best of the rest.
    for draft, value in ranked:
        index = draft.sentence.sentence.index
        if index in key and index not in state.per_sentence and state.accepts(draft):
            state.take(draft)
            chosen.append((draft, value))
    for spread, relaxed in ((1, False), (PER_SENTENCE, False), (PER_SENTENCE, True)):
        # Spread over as many sentences as possible before asking a second question of one;
        # a bank short of its size for want of variety takes more of the types it has.
        state.relaxed = relaxed
        state.per_sentence_cap = spread
        for draft, value in ranked:
            if len(chosen) >= target:
                break
            if state.accepts(draft):
                state.take(draft)
                chosen.append((draft, value))
    chosen = chosen[:target] if len(chosen) > target else chosen
    return sorted(chosen, key=lambda dv: (-dv[1], dv[0].type, dv[0].prompt))


def _key_sentences(ctx: EssayContext, count: int) -> set[int]:
    order = sorted(
        (s for s in ctx.statements if ctx.usable[s.index]), key=lambda s: (-s.score, s.index)
    )
    return {s.index for s in order[:count]}


class _State:
    def __init__(self, target: int) -> None:
        self.target = target
        self.relaxed = False
        self.per_sentence_cap = PER_SENTENCE
        self.per_type: Counter = Counter()
        self.per_sentence: Counter = Counter()
        self.per_answer: Counter = Counter()
        self.pairs: set[tuple[int, str]] = set()
        self.prompts: dict[str, list[set[str]]] = {}  # by answer: near-duplicates share one

    def accepts(self, draft: Draft) -> bool:
        index = draft.sentence.sentence.index
        answer = normal(draft.answer) if draft.type != "true_false" else f"tf{index}"
        if (index, answer) in self.pairs:
            return False
        if self.per_sentence[index] >= self.per_sentence_cap:
            return False
        if draft.type != "true_false" and self.per_answer[answer] >= PER_ANSWER:
            return False
        share = TYPE_SHARE.get(draft.type, 0.2) * (1.6 if self.relaxed else 1.0)
        if self.per_type[draft.type] >= max(1, math.ceil(share * self.target)):
            return False
        words = set(re.findall(r"\w+", draft.stem.lower()))
        return not any(_jaccard(words, other) >= 0.8 for other in self.prompts.get(answer, ()))

    def take(self, draft: Draft) -> None:
        index = draft.sentence.sentence.index
        answer = normal(draft.answer) if draft.type != "true_false" else f"tf{index}"
        self.pairs.add((index, answer))
        self.per_sentence[index] += 1
        self.per_answer[answer] += 1
        self.per_type[draft.type] += 1
        self.prompts.setdefault(answer, []).append(set(re.findall(r"\w+", draft.stem.lower())))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
