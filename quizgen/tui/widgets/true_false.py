"""True or false: keys t and f."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from quizgen.tui.text import plain
from quizgen.tui.widgets.question import QuestionView


class TrueFalseQuestion(QuestionView):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "choose('true')", "True"),
        Binding("f", "choose('false')", "False"),
        Binding("space", "screen.reveal", "Reveal", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield self.kind_label()
        yield Static(plain(self.question.prompt), classes="prompt")
        yield Static(plain("Press t for true, f for false."), classes="hint")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            return not self.answered
        return True

    def action_choose(self, value: str) -> None:
        self.submit(value == self.question.answer.strip().lower(), value)
