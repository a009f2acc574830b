"""The quiz app: banks in, progress out to the store after every answer."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from quizgen.bank.model import Bank
from quizgen.errors import StoreError
from quizgen.study.scheduler import make_scheduler, utc_now
from quizgen.study.sessions import (
    DEFAULT_NEW_PER_DAY,
    DEFAULT_QUIZ_SIZE,
    quiz_session,
    review_session,
    study_items,
)
from quizgen.study.store import ProgressStore
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.home import HomeScreen
from quizgen.tui.screens.quiz_setup import QuizPlan, QuizSetupScreen
from quizgen.tui.screens.study import StudyScreen

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
REVIEW_ON_START = "review"


class QuizApp(App):
    CSS_PATH = Path(__file__).with_name("quiz.tcss")
    TITLE = "quizgen"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "help", "Help"),
        Binding("ctrl+t", "toggle_theme", "Theme"),
        Binding("ctrl+q", "quit", "Quit", show=False),
    ]

    def __init__(
        self,
        banks: Sequence[Bank],
        store: ProgressStore,
        problems: Sequence[str] = (),
        new_per_day: int = DEFAULT_NEW_PER_DAY,
        quiz_size: int = DEFAULT_QUIZ_SIZE,
        start: str | None = None,
        clock: Callable[[], datetime] = utc_now,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.banks = list(banks)
        self.store = store
        self.problems = list(problems)
        self.new_per_day = new_per_day
        self.quiz_size = quiz_size
        self.start = start
        self.clock = clock
        #: Seconds for timing answers (quick right answers rate Easy).
        self.timer = timer
        self.scheduler = make_scheduler()
        self.flip_mode = False

    def on_mount(self) -> None:
        saved = self.store.setting("theme", DARK_THEME)
        self.theme = saved if saved in (DARK_THEME, LIGHT_THEME) else DARK_THEME
        self.flip_mode = self.store.setting("flip_mode") == "on"
        # Starting straight into a review skips building the home screen until it is
        # needed: the first question appears sooner.
        if not (self.start == REVIEW_ON_START and self.start_review(self.banks)):
            self.push_screen(HomeScreen())

    def show_home(self) -> None:
        """Back to the deck picker from a screen opened on top of it (or instead of it)."""
        if any(isinstance(screen, HomeScreen) for screen in self.screen_stack[:-1]):
            self.pop_screen()
        else:
            self.switch_screen(HomeScreen())

    def start_review(self, banks: Sequence[Bank]) -> bool:
        session = review_session(self.store, self.scheduler, banks, self.new_per_day, self.clock)
        if session.finished:
            self.notify("Nothing to review in these banks now: all caught up.", title="Review")
            return False
        self.push_screen(StudyScreen(session))
        return True

    def start_quiz_setup(self, banks: Sequence[Bank]) -> None:
        items = study_items(banks)
        if not items:
            self.notify("These banks have no questions.", title="Quiz")
            return

        def start(plan: QuizPlan | None) -> None:
            if plan is not None:
                self.start_quiz(banks, plan)

        self.push_screen(QuizSetupScreen(items, self.quiz_size), start)

    def start_quiz(self, banks: Sequence[Bank], plan: QuizPlan) -> None:
        session = quiz_session(
            self.store, self.scheduler, banks, plan.count, plan.quiz_filter, self.clock
        )
        if session.finished:
            self.notify("No question matches that filter.", title="Quiz", severity="warning")
            return
        self.push_screen(StudyScreen(session))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME
        self.remember("theme", self.theme)

    def toggle_flip_mode(self) -> None:
        self.flip_mode = not self.flip_mode
        self.remember("flip_mode", "on" if self.flip_mode else "off")

    def remember(self, key: str, value: str) -> None:
        try:
            self.store.set_setting(key, value)
        except StoreError as exc:
            self.notify(exc.message, severity="error", markup=False)
