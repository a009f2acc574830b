"""What the student sees after answering: the verdict, the answer, why, and where from."""

from __future__ import annotations

from datetime import timedelta

from fsrs import Rating
from rich.text import Text
from textual.widgets import Static

from quizgen.study.cloze import cloze_filled
from quizgen.study.grading import Grade, expected_answer, normalise
from quizgen.study.scheduler import RATING_NAMES
from quizgen.study.sessions import StudyItem
from quizgen.tui.text import (
    describe_interval,
    labelled,
    plain,
    typed_difference,
)


class Feedback(Static, can_focus=True):
    """The answer panel. `correct` is None when the student revealed the answer."""

    def __init__(
        self,
        item: StudyItem,
        correct: bool | None,
        response: str = "",
        grade: Grade | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.item = item
        self.correct = correct
        self.response = response
        self.grade = grade
        self.rating: Rating | None = None
        self.interval: timedelta | None = None

    def on_mount(self) -> None:
        self.update(self.render_feedback())

    def show_rating(self, rating: Rating, interval: timedelta, correct: bool | None = None) -> None:
        self.rating = rating
        self.interval = interval
        if correct is not None and self.correct is not None:
            self.correct = correct
        self.update(self.render_feedback())

    def render_feedback(self) -> Text:
        lines = [self.verdict()]
        if self.correct is not None:
            lines.append(self.your_answer())
        lines.append(self.the_answer())
        question = self.item.question
        if question.accept:
            lines.append(labelled("Also accepted:", "; ".join(question.accept)))
        # Generated explanations often repeat the source sentence: show it once.
        if question.explanation and normalise(question.explanation) != normalise(self.sentence()):
            lines.append(labelled("Why:", question.explanation))
        lines.append(self.source())
        lines.append(self.next_step())
        return Text("\n").join(line for line in lines if line.plain)

    def verdict(self) -> Text:
        if self.correct is None:
            return plain("The answer", "bold")
        if not self.correct:
            return plain("✗ Wrong", "bold red")
        if self.grade is not None and self.grade.forgiven_typo:
            return plain("✓ Right (mind the spelling)", "bold green")
        return plain("✓ Right", "bold green")

    def your_answer(self) -> Text:
        line = plain("Your answer: ", "bold")
        if not self.response.strip():
            return line.append("(none)", style="italic")
        if self.grade is not None and self.grade.differences:
            return line.append_text(typed_difference(self.grade.differences))
        if self.item.question.type == "true_false":
            return line.append(self.response.capitalize())
        return line.append(self.response)

    def the_answer(self) -> Text:
        question = self.item.question
        if question.type == "order" and question.choices:
            text = plain("Answer:", "bold")
            for number, choice in enumerate(question.choices, start=1):
                text.append(f"\n  {number}. {choice}")
            return text
        if question.type == "true_false":
            return labelled("Answer:", question.answer.capitalize(), "bold green")
        return labelled("Answer:", expected_answer(question), "bold green")

    def sentence(self) -> str:
        """The essay's sentence the question comes from (for a cloze, the prompt filled in)."""
        question = self.item.question
        if question.source.sentence:
            return question.source.sentence
        return cloze_filled(question.prompt) if question.type == "cloze" else ""

    def source(self) -> Text:
        source = self.item.question.source
        text = Text()
        sentence = self.sentence()
        if sentence:
            quoted = Text("“" + sentence + "”", style="italic")
            answer = expected_answer(self.item.question)
            if answer and self.item.question.type != "true_false":
                quoted.highlight_words([answer], style="bold", case_sensitive=False)
            text.append_text(quoted)
            text.append("\n")
        where = [self.item.bank_title or source.document]
        if source.section:
            where.append(source.section)
        text.append("— " + ", ".join(w for w in where if w), style="dim")
        return text

    def next_step(self) -> Text:
        if self.rating is None:
            return plain("How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy", "bold")
        text = plain(f"Rated {RATING_NAMES[self.rating]}", "bold")
        if self.interval is not None:
            text.append(f", back in {describe_interval(self.interval)}")
        text.append(". 1-4 to change it · Enter or space: next", style="dim")
        return text
