"""Multiple choice: options in a stable shuffled order, chosen with keys 1-9 (or arrows and Enter)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from quizgen.study.choices import shown_choices
from quizgen.tui.text import plain
from quizgen.tui.widgets.question import QuestionView


class ChoiceQuestion(QuestionView):
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(n), f"choose({n})", f"Option {n}", show=False) for n in range(1, 10)),
        Binding("space", "screen.reveal", "Reveal", show=False),
        Binding("down,j", "move(1)", "Next option", show=False),
        Binding("up,k", "move(-1)", "Previous option", show=False),
        Binding("enter", "choose_highlighted", "Choose", show=False),
    ]

    def __init__(self, item, **kwargs) -> None:
        super().__init__(item, **kwargs)
        self.choices = shown_choices(self.question)
        self.highlighted = 0  # 1-based; 0 until an arrow key is used

    def compose(self) -> ComposeResult:
        yield self.kind_label()
        yield Static(plain(self.question.prompt), classes="prompt")
        for number, choice in enumerate(self.choices, start=1):
            line = plain(f"{number}  ", "bold")
            line.append(choice)
            yield Static(line, classes="choice", id=f"choice-{number}")
        hint = f"Press 1-{len(self.choices)} (or the arrows and Enter) to answer."
        yield Static(plain(hint), classes="hint")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            return not self.answered and 1 <= int(parameters[0]) <= len(self.choices)
        if action in ("move", "choose_highlighted"):
            return not self.answered
        return True

    def action_move(self, step: int) -> None:
        if self.highlighted:
            self.query_one(f"#choice-{self.highlighted}").remove_class("highlighted")
        start = self.highlighted or (0 if step > 0 else 1)
        self.highlighted = (start - 1 + step) % len(self.choices) + 1
        self.query_one(f"#choice-{self.highlighted}").add_class("highlighted")

    def action_choose_highlighted(self) -> None:
        if self.highlighted:
            self.action_choose(self.highlighted)

    def action_choose(self, number: int) -> None:
        chosen = self.choices[number - 1]
        correct = chosen == self.question.answer
        self.query_one(f"#choice-{number}").add_class("chosen", "right" if correct else "wrong")
        if not correct:
            self.mark_answer()
        self.submit(correct, chosen)

    def reopen(self) -> None:
        super().reopen()
        for option in self.query(".choice"):
            option.remove_class("chosen", "right", "wrong")

    def mark_answer(self) -> None:
        if self.question.answer in self.choices:
            number = self.choices.index(self.question.answer) + 1
            self.query_one(f"#choice-{number}").add_class("right")
