"""Answering questions, in review or quiz mode.

The screen is in one of three states: asking (a question widget takes the answer),
answered (the app graded it: the feedback shows, 1-4 override the rating, Enter
moves on) and revealed (the student flipped the card: 1-4 rate it and move on); and
briefly moving, while the next question mounts.
"""

from __future__ import annotations

from typing import ClassVar

from fsrs import Rating
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.errors import StoreError
from quizgen.study.scheduler import rating_for_answer
from quizgen.study.sessions import REVIEW, Outcome, StudyItem, StudySession
from quizgen.tui.widgets.choice import ChoiceQuestion
from quizgen.tui.widgets.feedback import Feedback
from quizgen.tui.widgets.flip import FlipQuestion
from quizgen.tui.widgets.question import QuestionView
from quizgen.tui.widgets.true_false import TrueFalseQuestion
from quizgen.tui.widgets.typed import TypedQuestion

ASKING, ANSWERED, REVEALED, MOVING = "asking", "answered", "revealed", "moving"
TYPED_TYPES = ("cloze", "wh", "short", "term", "quote")


def question_widget(item: StudyItem, flip: bool = False) -> QuestionView:
    """The widget that asks `item`; with `flip`, every question is a card to rate oneself."""
    question = item.question
    if flip:
        return FlipQuestion(item)
    if question.type == "multiple_choice" and len(question.choices) >= 2:
        return ChoiceQuestion(item)
    if question.type == "true_false" and question.answer.strip().lower() in ("true", "false"):
        return TrueFalseQuestion(item)
    if question.type in TYPED_TYPES:
        return TypedQuestion(item)
    return FlipQuestion(item)


class StudyScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "reveal", "Reveal"),
        Binding("1", "rate(1)", "Again"),
        Binding("2", "rate(2)", "Hard"),
        Binding("3", "rate(3)", "Good"),
        Binding("4", "rate(4)", "Easy"),
        Binding("enter,space", "next", "Next"),
        Binding("escape", "finish", "End"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session
        self.state = ASKING
        self.question_view: QuestionView | None = None
        self.feedback: Feedback | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="progress", classes="status")
        yield VerticalScroll(id="card")
        yield Footer()

    async def on_mount(self) -> None:
        await self.show_current()

    async def show_current(self) -> None:
        item = self.session.current
        if item is None:
            self.action_finish()
            return
        card = self.query_one("#card", VerticalScroll)
        await card.remove_children()
        self.question_view = question_widget(item, flip=self.app.flip_mode)
        self.feedback = None
        self.state = ASKING
        await card.mount(self.question_view)
        self.question_view.focus()
        self.update_progress()
        self.refresh_bindings()

    def update_progress(self) -> None:
        result = self.session.result()
        item = self.session.current
        mode = "Review" if self.session.mode == REVIEW else "Quiz"
        remaining = len(self.session.queue) - self.session.position
        line = Text(f"{mode} · {remaining} to go · ✓ {result.correct} ✗ {len(result.mistakes)}")
        if item is not None:
            line.append(" · " + item.bank_title)
        self.query_one("#progress", Static).update(line)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal":
            return self.state == ASKING
        if action == "rate":
            return self.state in (ANSWERED, REVEALED)
        if action == "next":
            return self.state == ANSWERED
        return True

    async def on_question_view_answered(self, message: QuestionView.Answered) -> None:
        message.stop()
        item = self.session.current
        if self.state != ASKING or item is None:
            return
        exact = message.grade is None or message.grade.exact
        rating = rating_for_answer(message.correct, message.seconds, item.question, exact)
        outcome = self.record(message.correct, rating, message.response, message.seconds)
        if outcome is None:
            if self.question_view is not None:
                self.question_view.reopen()  # so the answer can be given again
            return
        if isinstance(self.question_view, ChoiceQuestion):
            self.question_view.mark_answer()
        await self.show_feedback(Feedback(item, message.correct, message.response, message.grade))
        self.state = ANSWERED
        self.feedback.show_rating(outcome.rating, outcome.card_after.due - outcome.answered_at)
        self.update_progress()
        self.refresh_bindings()

    async def action_reveal(self) -> None:
        item = self.session.current
        if self.state != ASKING or item is None or self.question_view is None:
            return
        self.question_view.answered = True
        await self.show_feedback(Feedback(item, None))
        self.state = REVEALED
        self.refresh_bindings()

    async def show_feedback(self, feedback: Feedback) -> None:
        self.feedback = feedback
        if self.question_view is not None:
            self.question_view.add_class("done")
        for box in self.query("QuestionView Input"):
            box.disabled = True
        card = self.query_one("#card", VerticalScroll)
        await card.mount(feedback)
        feedback.focus()
        card.scroll_end(animate=False)

    async def action_rate(self, value: int) -> None:
        rating = Rating(value)
        if self.state == REVEALED and self.question_view is not None:
            outcome = self.record(rating != Rating.Again, rating, "", self.question_view.elapsed())
            if outcome is not None:
                await self.action_next(force=True)
        elif self.state == ANSWERED and self.feedback is not None:
            try:
                outcome = self.session.override(rating, correct=rating != Rating.Again)
            except StoreError as exc:
                self.app.notify(exc.message, severity="error", timeout=30, markup=False)
                return
            self.feedback.show_rating(
                rating, outcome.card_after.due - outcome.answered_at, outcome.correct
            )
            self.update_progress()

    def record(
        self, correct: bool, rating: Rating, response: str, seconds: float
    ) -> Outcome | None:
        try:
            return self.session.answer(correct, rating, response, seconds)
        except StoreError as exc:
            self.app.notify(
                exc.message, title="Progress not saved", severity="error", timeout=30, markup=False
            )
            return None

    async def action_next(self, force: bool = False) -> None:
        if self.state == ANSWERED or force:
            # Keys typed while the next question mounts must not skip it.
            self.state = MOVING
            self.session.advance()
            await self.show_current()

    def action_finish(self) -> None:
        from quizgen.tui.screens.results import ResultsScreen

        self.app.switch_screen(ResultsScreen(self.session.result()))
