"""A flip card: the prompt, then (after reveal) the answer, rated by the student."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from quizgen.study.choices import shown_choices
from quizgen.tui.text import plain
from quizgen.tui.widgets.question import QuestionView


class FlipQuestion(QuestionView):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("space,enter", "screen.reveal", "Reveal")]

    def compose(self) -> ComposeResult:
        yield self.kind_label()
        yield self.prompt_view()
        if self.question.type == "order":
            for choice in shown_choices(self.question):
                yield Static(plain(f"•  {choice}"), classes="choice")
        yield Static(plain("Recall the answer, then press space to reveal it."), classes="hint")
