"""Accuracy per bank and section, reviews per day, the week ahead, the most missed."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.study.stats import Accuracy, StudyStats, study_stats
from quizgen.tui.text import plain

BAR_WIDTH = 30


def accuracy_table(title: str, rows: tuple[Accuracy, ...], grouped: bool = False) -> Table:
    table = Table(title=Text(title, style="bold"), title_justify="left", expand=True, box=None)
    table.add_column(Text(""), ratio=1, overflow="ellipsis", no_wrap=True)
    if grouped:
        table.add_column(Text("bank"), ratio=1, overflow="ellipsis", no_wrap=True, style="dim")
    table.add_column(Text("answers"), justify="right", width=8)
    table.add_column(Text("right"), justify="right", width=6)
    for row in rows:
        group = [Text(row.group)] if grouped else []
        table.add_row(Text(row.label), *group, Text(str(row.answered)), Text(f"{row.percent}%"))
    return table


def bars(title: str, counts: tuple[tuple[date, int], ...], today: date) -> Table:
    table = Table(
        title=Text(title, style="bold"),
        title_justify="left",
        box=None,
        expand=True,
        show_header=False,
    )
    table.add_column(Text(""), width=10, no_wrap=True)
    table.add_column(Text(""), justify="right", width=5)
    table.add_column(Text(""), ratio=1)
    top = max((count for _, count in counts), default=0) or 1
    for day, count in counts:
        label = "today" if day == today else day.strftime("%a %d")
        table.add_row(
            Text(label), Text(str(count)), Text("█" * round(BAR_WIDTH * count / top), style="cyan")
        )
    return table


def missed_table(stats: StudyStats) -> Table:
    table = Table(
        title=Text("Missed most often", style="bold"), title_justify="left", box=None, expand=True
    )
    table.add_column(Text("missed"), justify="right", width=7)
    table.add_column(Text("question"), ratio=1, overflow="ellipsis", no_wrap=True)
    for missed in stats.most_missed:
        table.add_row(Text(f"{missed.missed}/{missed.answered}"), Text(missed.item.question.prompt))
    return table


class StatsScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,h,s", "back", "Back")]

    def compose(self) -> ComposeResult:
        app = self.app
        now = app.clock()
        stats = study_stats(app.store, app.banks, now)
        today = now.astimezone().date()
        yield Static(
            plain(f"Stats · {stats.total_reviews} answers in these banks"), classes="heading"
        )
        with VerticalScroll(id="stats"):
            if not stats.total_reviews:
                yield Static(
                    plain("No answers yet: review or take a quiz, then come back."), classes="empty"
                )
            yield Static(
                bars("Due in the next 7 days", stats.due_forecast, today), classes="stats-block"
            )
            if stats.total_reviews:
                yield Static(
                    accuracy_table("Accuracy per bank", stats.by_bank), classes="stats-block"
                )
                if stats.by_section:
                    yield Static(
                        accuracy_table("Accuracy per section", stats.by_section, grouped=True),
                        classes="stats-block",
                    )
                yield Static(
                    bars("Answers per day", stats.reviews_per_day, today), classes="stats-block"
                )
            if stats.most_missed:
                yield Static(missed_table(stats), classes="stats-block")
        yield Footer()

    def action_back(self) -> None:
        self.app.show_home()
