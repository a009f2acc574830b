"""What every question widget shares: its item, its clock, and the message it posts."""

from __future__ import annotations

from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from quizgen.study.grading import Grade
from quizgen.study.sessions import StudyItem
from quizgen.tui.text import cloze_prompt, plain

TYPE_LABELS = {
    "cloze": "Fill in the blank",
    "multiple_choice": "Multiple choice",
    "wh": "Question",
    "true_false": "True or false?",
    "quote": "Who said it?",
    "term": "Name the term",
    "short": "Short answer",
    "order": "Put in order",
}


class QuestionView(Vertical, can_focus=True):
    """A question waiting for its answer."""

    class Answered(Message):
        """The student answered; the widget graded it."""

        def __init__(
            self, correct: bool, response: str, seconds: float, grade: Grade | None = None
        ):
            super().__init__()
            self.correct = correct
            self.response = response
            self.seconds = seconds
            self.grade = grade

    def __init__(self, item: StudyItem, **kwargs) -> None:
        super().__init__(**kwargs)
        self.item = item
        self.question = item.question
        self.answered = False
        self._shown_at = 0.0

    def on_mount(self) -> None:
        self._shown_at = self.app.timer()

    def kind_label(self) -> Static:
        label = TYPE_LABELS.get(self.question.type, "Question")
        return Static(plain(label), classes="kind")

    def prompt_view(self) -> Static:
        """The prompt as written; a cloze shows its gap as a blank."""
        if self.question.type == "cloze":
            prompt = cloze_prompt(self.question.prompt, answer=self.question.answer)
        else:
            prompt = plain(self.question.prompt)
        return Static(prompt, classes="prompt")

    def elapsed(self) -> float:
        return self.app.timer() - self._shown_at

    def reopen(self) -> None:
        """Take an answer again (the last one could not be saved)."""
        self.answered = False
        for box in self.query("Input"):
            box.disabled = False
            box.focus()

    def submit(self, correct: bool, response: str, grade: Grade | None = None) -> None:
        if self.answered:
            return
        self.answered = True
        self.post_message(self.Answered(correct, response, self.elapsed(), grade))
