"""What a study session shows, in what order, and what each answer does.

A review session takes due questions first (most overdue first), then new ones up
to a daily limit, in essay order. A quiz draws N questions from the chosen banks,
optionally filtered by tag, section or type. Either way every answer goes through
`StudySession.answer`, which schedules the question and commits it to the store.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time

from fsrs import Card, Rating, Scheduler

from quizgen.bank.model import Bank, Question
from quizgen.study.choices import stable_seed
from quizgen.study.scheduler import LEARN_AHEAD, new_card, review, utc_now
from quizgen.study.store import Answer, ProgressStore

REVIEW = "review"
QUIZ = "quiz"
DEFAULT_NEW_PER_DAY = 20
DEFAULT_QUIZ_SIZE = 20


@dataclass(frozen=True)
class StudyItem:
    """A question with the bank it belongs to."""

    bank_id: str
    bank_title: str
    question: Question

    @property
    def id(self) -> str:
        return self.question.id


def study_items(banks: Iterable[Bank]) -> list[StudyItem]:
    """Every question a student may see, in bank and essay order; ids are unique."""
    seen: set[str] = set()
    items: list[StudyItem] = []
    for bank in banks:
        for question in bank.active_questions():
            if question.id and question.id not in seen:
                seen.add(question.id)
                items.append(StudyItem(bank.id, bank.title, question))
    return items


def start_of_local_day(moment: datetime) -> datetime:
    local = moment.astimezone()
    return datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)


def is_due(card: Card | None, now: datetime) -> bool:
    return card is not None and card.due <= now


def review_queue(
    items: Sequence[StudyItem],
    cards: dict[str, Card],
    now: datetime,
    new_allowed: int,
) -> list[StudyItem]:
    """Due questions, most overdue first, then up to `new_allowed` new ones."""
    due = sorted(
        (item for item in items if is_due(cards.get(item.id), now)),
        key=lambda item: (cards[item.id].due, item.id),
    )
    new = [item for item in items if item.id not in cards][: max(0, new_allowed)]
    return due + new


def new_allowed_today(store: ProgressStore, now: datetime, new_per_day: int) -> int:
    return max(0, new_per_day - store.first_reviews_since(start_of_local_day(now)))


@dataclass(frozen=True)
class QuizFilter:
    tags: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    types: tuple[str, ...] = ()

    def accepts(self, item: StudyItem) -> bool:
        question = item.question
        return (
            (not self.tags or bool(set(self.tags) & set(question.tags)))
            and (not self.sections or question.source.section in self.sections)
            and (not self.types or question.type in self.types)
        )


def quiz_draw(
    items: Sequence[StudyItem], count: int, quiz_filter: QuizFilter = QuizFilter(), seed: int = 0
) -> list[StudyItem]:
    """`count` questions drawn at random (from `seed`) among those the filter accepts."""
    pool = sorted((i for i in items if quiz_filter.accepts(i)), key=lambda i: i.id)
    rng = random.Random(seed)
    return rng.sample(pool, min(count, len(pool)))


def quiz_seed(store: ProgressStore, bank_ids: Iterable[str]) -> int:
    """A different draw for every quiz, reproducible from the store's history."""
    return stable_seed("quiz", *sorted(bank_ids), str(store.session_count()))


@dataclass
class Outcome:
    """What happened to one question in a session."""

    item: StudyItem
    correct: bool
    rating: Rating
    response: str
    review_id: int
    card_before: Card
    card_after: Card
    answered_at: datetime


@dataclass
class StudySession:
    """A running review or quiz: the queue, the position, and every answer given."""

    store: ProgressStore
    scheduler: Scheduler
    queue: list[StudyItem]
    mode: str
    bank_ids: list[str]
    clock: Callable[[], datetime] = utc_now
    outcomes: list[Outcome] = field(default_factory=list)
    position: int = 0
    session_id: int | None = None

    def __post_init__(self) -> None:
        self.started_at = self.clock()

    @property
    def current(self) -> StudyItem | None:
        return self.queue[self.position] if self.position < len(self.queue) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    def answer(self, correct: bool, rating: Rating, response: str, seconds: float) -> Outcome:
        """Schedule the current question and commit the answer (one transaction)."""
        item = self.current
        assert item is not None, "no question to answer"
        now = self.clock()
        if self.session_id is None:
            # Opened on the first answer, so a session left before answering leaves no trace.
            self.session_id = self.store.start_session(self.mode, self.bank_ids, self.started_at)
        card_before = self.store.card(item.id) or new_card(item.id, now)
        card_after = review(self.scheduler, card_before, rating, now)
        answer = Answer(
            question_id=item.id,
            bank_id=item.bank_id,
            section=item.question.source.section,
            question_type=item.question.type,
            mode=self.mode,
            reviewed_at=now,
            duration_ms=max(0, round(seconds * 1000)),
            correct=correct,
            rating=rating,
            response=response,
            session_id=self.session_id,
        )
        review_id = self.store.record_answer(answer, card_after)
        outcome = Outcome(item, correct, rating, response, review_id, card_before, card_after, now)
        self.outcomes.append(outcome)
        return outcome

    def override(self, rating: Rating, correct: bool | None = None) -> Outcome:
        """Re-rate the last answer: its schedule is recomputed from before that answer."""
        outcome = self.outcomes[-1]
        outcome.rating = rating
        if correct is not None:
            outcome.correct = correct
        outcome.card_after = review(
            self.scheduler, outcome.card_before, rating, outcome.answered_at
        )
        self.store.amend_answer(
            outcome.review_id,
            outcome.item.id,
            outcome.item.bank_id,
            rating,
            outcome.correct,
            outcome.card_after,
        )
        return outcome

    def advance(self) -> StudyItem | None:
        """Move to the next question; in review, a card due again soon comes back later."""
        if self.outcomes and self.mode == REVIEW and self.current is not None:
            last = self.outcomes[-1]
            if (
                last.item.id == self.current.id
                and last.card_after.due <= self.clock() + LEARN_AHEAD
            ):
                self.queue.append(last.item)
        self.position += 1
        return self.current

    def result(self) -> SessionResult:
        # A question met twice in one review counts once, by its first answer.
        first: dict[str, Outcome] = {}
        for outcome in self.outcomes:
            first.setdefault(outcome.item.id, outcome)
        answered = list(first.values())
        return SessionResult(
            mode=self.mode,
            answered=len(answered),
            correct=sum(o.correct for o in answered),
            mistakes=tuple(o for o in answered if not o.correct),
            seconds=(self.clock() - self.started_at).total_seconds(),
        )


@dataclass(frozen=True)
class SessionResult:
    mode: str
    answered: int
    correct: int
    mistakes: tuple[Outcome, ...]
    seconds: float

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


def review_session(
    store: ProgressStore,
    scheduler: Scheduler,
    banks: Sequence[Bank],
    new_per_day: int = DEFAULT_NEW_PER_DAY,
    clock: Callable[[], datetime] = utc_now,
) -> StudySession:
    now = clock()
    queue = review_queue(
        study_items(banks), store.cards(), now, new_allowed_today(store, now, new_per_day)
    )
    return StudySession(store, scheduler, queue, REVIEW, [b.id for b in banks], clock)


def quiz_session(
    store: ProgressStore,
    scheduler: Scheduler,
    banks: Sequence[Bank],
    count: int = DEFAULT_QUIZ_SIZE,
    quiz_filter: QuizFilter = QuizFilter(),
    clock: Callable[[], datetime] = utc_now,
) -> StudySession:
    bank_ids = [b.id for b in banks]
    queue = quiz_draw(study_items(banks), count, quiz_filter, quiz_seed(store, bank_ids))
    return StudySession(store, scheduler, queue, QUIZ, bank_ids, clock)
