"""Questions as plain text, for the exports that show a question and its answer side
by side (CSV flashcards, printed worksheets)."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.bank.cloze import cloze_gaps, fill_gaps, gap_numbers
from quizgen.bank.model import Question

BLANK = "_____"


@dataclass(frozen=True)
class Card:
    """One thing to ask: a question, or one gap of a cloze with several."""

    question: Question
    gap: int | None = None  # the cloze gap this card hides

    @property
    def answer(self) -> str:
        if self.gap is None:
            return self.question.answer
        answers = [g.answer for g in cloze_gaps(self.question.prompt) if g.number == self.gap]
        return " … ".join(answers)


def cards(question: Question) -> list[Card]:
    """A cloze asks once per gap number, as Anki does; every other question once."""
    if question.type == "cloze":
        return [Card(question, number) for number in gap_numbers(question.prompt)]
    return [Card(question)]


def prompt_text(card: Card, blank: str = BLANK) -> str:
    question = card.question
    if card.gap is not None:
        return fill_gaps(question.prompt, blank=blank, number=card.gap)
    if question.type == "true_false":
        return f"True or false: {question.prompt}"
    if question.type == "order":
        return f"{question.prompt} ({'; '.join(sorted(question.choices, key=str.casefold))})"
    return question.prompt


def answer_text(card: Card) -> str:
    question = card.question
    if question.type == "true_false":
        verdict = "True" if question.answer == "true" else "False"
        explanation = question.explanation.strip()
        if verdict == "True" or not explanation:
            return verdict
        # The generator's explanations often start with the verdict already.
        if explanation.casefold().startswith(verdict.casefold()):
            return explanation
        return f"{verdict}. {explanation}"
    if question.type == "order":
        return " → ".join(question.choices)
    return card.answer
