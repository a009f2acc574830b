"""The key list, opened with `?` or F1 from anywhere."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("Everywhere", ""),
    ("? or F1", "this help"),
    ("Ctrl+T", "switch between the dark and the light theme"),
    ("Ctrl+Q", "quit (every answer is already saved)"),
    ("Banks", ""),
    ("Up / Down", "move between banks"),
    ("Space", "select or unselect a bank"),
    ("a", "select all banks, or none"),
    ("r or Enter", "review: due questions, then new ones"),
    ("e", "quiz / exam: N questions, optionally filtered"),
    ("s", "stats"),
    ("f", "flip mode: rate every question yourself"),
    ("Answering", ""),
    ("1-9, arrows", "choose an option (multiple choice)"),
    ("t / f", "true or false"),
    ("type, Enter", "check a typed answer"),
    ("Ctrl+R or Space", "reveal the answer, then rate yourself"),
    ("After answering", ""),
    ("1 2 3 4", "rate Again, Hard, Good, Easy (overrides the app)"),
    ("Enter or Space", "next question"),
    ("Esc", "end the session and see the results"),
)


def key_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, meaning in KEYS:
        if meaning:
            table.add_row(Text(key), Text(meaning))
        else:
            table.add_row(Text(key, style="underline"), Text(""))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,f1,q", "dismiss", "Close")
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Esc closes"
            yield Static(key_table())

    def action_dismiss(self) -> None:
        self.dismiss(None)
