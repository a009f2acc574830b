"""The order options are shown in: shuffled once per question, the same every session."""

from __future__ import annotations

import hashlib
import random

from quizgen.bank.model import Question


def stable_seed(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def shown_choices(question: Question) -> tuple[str, ...]:
    """The question's choices (answer included) in their stable shuffled order."""
    # Sorting first keeps the shown order when an instructor reorders the YAML list.
    choices = sorted(set(question.choices))
    if question.answer and question.answer not in choices:
        choices.append(question.answer)
    random.Random(stable_seed("choices", question.id)).shuffle(choices)
    return tuple(choices)
