"""FSRS scheduling: when each question comes back, from how it was answered.

Answers graded by the app become FSRS ratings (wrong -> Again, right -> Good, or Easy
when answered quickly); the student can override the rating, and rates flip cards
themselves. Fuzzing is off so the same answers always give the same schedule.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

from quizgen.bank.model import Question

#: Seconds under which a right answer counts as easy recall.
QUICK_SECONDS = {"true_false": 4.0, "multiple_choice": 6.0}
TYPED_QUICK_BASE_SECONDS = 6.0
TYPED_QUICK_SECONDS_PER_CHARACTER = 0.25

#: Cards due within this window are shown again in the same review session, as Anki
#: does with its learn-ahead limit.
LEARN_AHEAD = timedelta(minutes=20)

RATING_NAMES = {
    Rating.Again: "Again",
    Rating.Hard: "Hard",
    Rating.Good: "Good",
    Rating.Easy: "Easy",
}


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def make_scheduler() -> Scheduler:
    return Scheduler(enable_fuzzing=False)


def card_id_for(question_id: str) -> int:
    """A positive 63-bit id from the question's stable id, so it fits SQLite's INTEGER."""
    digest = hashlib.blake2b(question_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def new_card(question_id: str, now: datetime) -> Card:
    return Card(card_id=card_id_for(question_id), due=now)


def quick_seconds(question: Question) -> float:
    if question.type in QUICK_SECONDS:
        return QUICK_SECONDS[question.type]
    return TYPED_QUICK_BASE_SECONDS + TYPED_QUICK_SECONDS_PER_CHARACTER * len(question.answer)


def rating_for_answer(
    correct: bool, seconds: float, question: Question, exact: bool = True
) -> Rating:
    """Wrong: Again. Right: Easy when quick and without a forgiven slip, else Good."""
    if not correct:
        return Rating.Again
    return Rating.Easy if exact and seconds <= quick_seconds(question) else Rating.Good


def review(scheduler: Scheduler, card: Card, rating: Rating, when: datetime) -> Card:
    """The card after a review with `rating` at `when` (a timezone-aware time)."""
    reviewed, _log = scheduler.review_card(
        card, rating, review_datetime=when.astimezone(timezone.utc)
    )
    return reviewed
