"""Typed answers (wh, short, term, quote, cloze): an input box, graded forgivingly."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input, Static

from quizgen.study.grading import expected_answer, grade_typed
from quizgen.tui.text import plain
from quizgen.tui.widgets.question import QuestionView


class TypedQuestion(QuestionView):
    def compose(self) -> ComposeResult:
        yield self.kind_label()
        yield self.prompt_view()
        yield Input(placeholder="Type your answer", id="answer")
        yield Static(
            plain("Enter to check (empty: I don't know) · Ctrl+R to reveal and rate yourself"),
            classes="hint",
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(Input).focus()

    def focus(self, scroll_visible: bool = True):
        # The box, not the container, takes the keys.
        self.query_one(Input).focus(scroll_visible)
        return self

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.answered:
            return
        grade = grade_typed(event.value, expected_answer(self.question), self.question.accept)
        event.input.disabled = True
        self.submit(grade.correct, event.value, grade)
