"""The score after a session, and every mistake with its answer."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.study.grading import expected_answer
from quizgen.study.sessions import REVIEW, Outcome, SessionResult
from quizgen.tui.text import cloze_prompt, labelled, plain


def duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def mistake_text(outcome: Outcome) -> Text:
    question = outcome.item.question
    if question.type == "cloze":
        text = cloze_prompt(question.prompt, answer=question.answer)
        text.stylize("bold")
    else:
        text = plain(question.prompt, "bold")
    text.append("\n")
    text.append_text(labelled("Your answer:", outcome.response or "(revealed)", "red"))
    text.append("\n")
    text.append_text(labelled("Answer:", expected_answer(question), "green"))
    where = ", ".join(p for p in (outcome.item.bank_title, question.source.section) if p)
    text.append("\n")
    text.append(f"— {where}", style="dim")
    return text


class ResultsScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,h", "home", "Home"),
        Binding("s", "stats", "Stats"),
    ]

    def __init__(self, result: SessionResult) -> None:
        super().__init__()
        self.result = result

    def compose(self) -> ComposeResult:
        result = self.result
        mode = "Review" if result.mode == REVIEW else "Quiz"
        yield Static(plain(f"{mode} finished"), classes="heading")
        with VerticalScroll(id="results"):
            if result.answered:
                score = f"Score: {result.correct} / {result.answered} ({result.percent}%)"
            else:
                score = "No questions answered."
            yield Static(plain(score, "bold"), id="score")
            yield Static(
                plain(f"Time: {duration(result.seconds)} · every answer is saved", "dim"),
            )
            if result.mistakes:
                yield Static(plain(f"Mistakes to look at ({len(result.mistakes)}):", "bold"))
                for outcome in result.mistakes:
                    yield Static(mistake_text(outcome), classes="mistake")
            elif result.answered:
                yield Static(plain("No mistakes.", "green"))
        yield Footer()

    def action_home(self) -> None:
        self.app.show_home()

    def action_stats(self) -> None:
        from quizgen.tui.screens.stats import StatsScreen

        self.app.switch_screen(StatsScreen())
