from datetime import datetime, timedelta, timezone

import pytest

from quizgen.bank.model import Bank, Question, Source
from quizgen.study.scheduler import make_scheduler
from quizgen.study.store import ProgressStore


def question(
    qid: str, section: str = "One", tags: tuple[str, ...] = (), qtype: str = "wh"
) -> Question:
    return Question(
        id=qid,
        type=qtype,
        prompt=f"Prompt {qid}?",
        answer=f"answer {qid}",
        source=Source(document="Essay", section=section, sentence=f"Sentence {qid}."),
        tags=tags,
    )


@pytest.fixture
def banks() -> list[Bank]:
    first = Bank(
        id="alpha",
        title="Alpha essay",
        questions=(
            question("alpha:1", "One", ("dates",)),
            question("alpha:2", "One", qtype="true_false"),
            question("alpha:3", "Two", ("people",)),
            Question(id="alpha:4", type="wh", prompt="gone", answer="x", status="rejected"),
        ),
    )
    second = Bank(
        id="beta",
        title="Beta essay",
        questions=tuple(
            question(f"beta:{n}", "Intro", qtype="multiple_choice") for n in range(1, 6)
        ),
    )
    return [first, second]


class Clock:
    """A settable clock, so tests say when each answer happens."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc))


@pytest.fixture
def store(tmp_path):
    with ProgressStore.open(tmp_path / "progress.sqlite3") as opened:
        yield opened


@pytest.fixture
def scheduler():
    return make_scheduler()
