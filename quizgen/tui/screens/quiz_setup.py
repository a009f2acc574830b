"""Setting up a quiz: how many questions, and which tag, section or type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from quizgen.study.sessions import DEFAULT_QUIZ_SIZE, QuizFilter, StudyItem
from quizgen.tui.widgets.question import TYPE_LABELS


@dataclass(frozen=True)
class QuizPlan:
    count: int
    quiz_filter: QuizFilter


def options(values: Sequence[str], labels: dict[str, str] | None = None) -> list[tuple[Text, str]]:
    labels = labels or {}
    return [(Text(labels.get(value, value)), value) for value in values]


class QuizSetupScreen(ModalScreen[QuizPlan | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, items: Sequence[StudyItem], count: int = DEFAULT_QUIZ_SIZE) -> None:
        super().__init__()
        self.items = items
        self.count = count

    def compose(self) -> ComposeResult:
        questions = [item.question for item in self.items]
        types = sorted({q.type for q in questions})
        sections = sorted({q.source.section for q in questions if q.source.section})
        tags = sorted({tag for q in questions for tag in q.tags})
        with VerticalScroll(id="setup"):
            yield Label(Text(f"Quiz from {len(questions)} questions", style="bold"))
            with Grid(id="setup-fields"):
                yield Label(Text("Questions"))
                yield Input(str(self.count), type="integer", id="count")
                yield Label(Text("Type"))
                yield Select(options(types, TYPE_LABELS), prompt="Any type", id="type")
                # Banks without sections or tags get no empty menu for them.
                if sections:
                    yield Label(Text("Section"))
                    yield Select(options(sections), prompt="Any section", id="section")
                if tags:
                    yield Label(Text("Tag"))
                    yield Select(options(tags), prompt="Any tag", id="tag")
            with Horizontal(id="setup-buttons"):
                yield Button("Start", variant="primary", id="start")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#count", Input).focus()

    def plan(self) -> QuizPlan:
        try:
            count = max(1, int(self.query_one("#count", Input).value))
        except ValueError:
            count = self.count

        def chosen(select_id: str) -> tuple[str, ...]:
            found = self.query(select_id)
            value = found.first(Select).value if found else None
            return (value,) if isinstance(value, str) else ()

        return QuizPlan(count, QuizFilter(chosen("#tag"), chosen("#section"), chosen("#type")))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.plan())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self.plan() if event.button.id == "start" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
