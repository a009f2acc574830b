"""The deck picker: every bank with its counts; choose banks, then a mode."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from quizgen.bank.model import Bank
from quizgen.study.stats import BankOverview, bank_overviews
from quizgen.tui.text import describe_interval, plain

TITLE_WIDTH = 40


class HomeScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "review", "Review"),
        Binding("e", "quiz", "Quiz"),
        Binding("s", "stats", "Stats"),
        Binding("space", "toggle", "Select", show=False),
        Binding("a", "toggle_all", "All/none", show=False),
        Binding("f", "flip_mode", "Flip mode"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.selected: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Static(
            plain("Banks · Space selects, Enter or r reviews, e starts a quiz"), classes="heading"
        )
        table = DataTable(id="banks", cursor_type="row", zebra_stripes=True)
        table.add_column(Text(""), key="mark", width=1)
        table.add_column(Text("Bank"), key="title", width=TITLE_WIDTH)
        for key, label in (
            ("questions", "Qs"),
            ("due", "Due"),
            ("new", "New"),
            ("mastery", "Known"),
        ):
            table.add_column(Text(label, justify="right"), key=key, width=5)
        yield table
        if self.app.problems:
            yield Static(self.problems_text(), classes="problems")
        yield Static(id="summary")
        yield Footer()

    def on_mount(self) -> None:
        self.selected = {bank.id for bank in self.app.banks}
        self.refresh_table()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.refresh_table()

    def problems_text(self) -> Text:
        text = plain("Skipped (fix the file and restart):", "bold")
        for problem in self.app.problems:
            text.append("\n" + problem)
        return text

    def refresh_table(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self.overviews = bank_overviews(
            self.app.banks, self.app.store.cards(), self.app.scheduler, self.app.clock()
        )
        for overview in self.overviews:
            table.add_row(*self.cells(overview), key=overview.bank_id)
        if self.overviews:
            table.move_cursor(row=min(row, len(self.overviews) - 1))
        self.update_summary()

    def cells(self, overview: BankOverview) -> list[Text]:
        mark = "●" if overview.bank_id in self.selected else " "
        title = overview.title
        if len(title) > TITLE_WIDTH:
            title = title[: TITLE_WIDTH - 1] + "…"
        return [
            Text(mark, style="bold green"),
            Text(title),
            Text(str(overview.questions), justify="right"),
            Text(str(overview.due), justify="right", style="bold" if overview.due else ""),
            Text(str(overview.new), justify="right"),
            Text(f"{round(overview.mastery * 100)}%", justify="right"),
        ]

    def update_summary(self) -> None:
        chosen = [o for o in self.overviews if o.bank_id in self.selected]
        if not self.overviews:
            text = plain("No banks to study.", "bold")
        elif not chosen:
            text = plain("No bank selected: Space selects the one under the cursor, a selects all.")
        else:
            due = sum(o.due for o in chosen)
            new = sum(o.new for o in chosen)
            text = plain(
                f"{len(chosen)} of {len(self.overviews)} banks selected · {due} due · "
                f"{new} unseen ({self.app.new_per_day} new a day)"
            )
            upcoming = [o.next_due for o in chosen if o.next_due is not None]
            if not due and upcoming:
                wait = describe_interval(min(upcoming) - self.app.clock())
                text.append(f" · next due in {wait}")
        if self.app.flip_mode:
            text.append(
                "\nFlip mode: every question is a card you reveal and rate (f: off)", "bold"
            )
        self.query_one("#summary", Static).update(text)

    def selected_banks(self) -> list[Bank]:
        banks = [bank for bank in self.app.banks if bank.id in self.selected]
        if banks or not self.overviews:
            return banks
        row = self.query_one(DataTable).cursor_row
        return [self.app.banks[row]]

    def action_toggle(self) -> None:
        if not self.overviews:
            return
        bank_id = self.overviews[self.query_one(DataTable).cursor_row].bank_id
        self.selected ^= {bank_id}
        self.refresh_table()

    def action_toggle_all(self) -> None:
        everything = {o.bank_id for o in self.overviews}
        self.selected = set() if self.selected == everything else everything
        self.refresh_table()

    def action_flip_mode(self) -> None:
        self.app.toggle_flip_mode()
        self.update_summary()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_review()

    def action_review(self) -> None:
        self.app.start_review(self.selected_banks())

    def action_quiz(self) -> None:
        self.app.start_quiz_setup(self.selected_banks())

    def action_stats(self) -> None:
        from quizgen.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen())
