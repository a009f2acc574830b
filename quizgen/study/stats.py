"""Figures for the home and stats screens, from the banks and the progress store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fsrs import Card, Scheduler

from quizgen.bank.model import Bank
from quizgen.study.sessions import StudyItem, is_due, start_of_local_day, study_items
from quizgen.study.store import ProgressStore, Tally


@dataclass(frozen=True)
class BankOverview:
    bank_id: str
    title: str
    questions: int
    due: int
    new: int
    #: Expected share of the bank recalled right now (FSRS retrievability; unseen = 0).
    mastery: float
    #: When the next question not yet due falls due (None: nothing seen yet).
    next_due: datetime | None = None


def bank_overviews(
    banks: Sequence[Bank], cards: dict[str, Card], scheduler: Scheduler, now: datetime
) -> list[BankOverview]:
    overviews = []
    for bank in banks:
        items = study_items([bank])
        seen = [cards[i.id] for i in items if i.id in cards]
        recall = sum(scheduler.get_card_retrievability(c, now) for c in seen)
        overviews.append(
            BankOverview(
                bank_id=bank.id,
                title=bank.title,
                questions=len(items),
                due=sum(is_due(cards.get(i.id), now) for i in items),
                new=len(items) - len(seen),
                mastery=recall / len(items) if items else 0.0,
                next_due=min((c.due for c in seen if c.due > now), default=None),
            )
        )
    return overviews


@dataclass(frozen=True)
class Accuracy:
    label: str
    answered: int
    correct: int
    #: What `label` belongs to: the bank's title, for a section.
    group: str = ""

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass(frozen=True)
class Missed:
    item: StudyItem
    missed: int
    answered: int


@dataclass(frozen=True)
class StudyStats:
    total_reviews: int
    by_bank: tuple[Accuracy, ...]
    by_section: tuple[Accuracy, ...]
    reviews_per_day: tuple[tuple[date, int], ...]
    due_forecast: tuple[tuple[date, int], ...]
    most_missed: tuple[Missed, ...]


def study_stats(
    store: ProgressStore,
    banks: Sequence[Bank],
    now: datetime,
    history_days: int = 14,
    forecast_days: int = 7,
    missed_limit: int = 10,
) -> StudyStats:
    """Stats for `banks`: answers to questions no longer in a bank are left out."""
    titles = {bank.id: bank.title for bank in banks}
    items = {item.id: item for item in study_items(banks)}
    by_bank = tuple(
        Accuracy(titles[t.key[0]], t.answered, t.correct)
        for t in store.tallies("bank_id")
        if t.key[0] in titles
    )
    return StudyStats(
        total_reviews=sum(a.answered for a in by_bank),
        by_bank=by_bank,
        by_section=tuple(
            Accuracy(t.key[1], t.answered, t.correct, group=titles[t.key[0]])
            for t in store.tallies("bank_id", "section")
            if t.key[0] in titles and t.key[1]
        ),
        reviews_per_day=reviews_per_day(store, now, history_days),
        due_forecast=due_forecast(store.cards(), items, now, forecast_days),
        most_missed=most_missed(store.tallies("question_id"), items, missed_limit),
    )


def reviews_per_day(store: ProgressStore, now: datetime, days: int) -> tuple[tuple[date, int], ...]:
    today = start_of_local_day(now)
    first = today - timedelta(days=days - 1)
    counts = Counter(moment.astimezone().date() for moment in store.review_times_since(first))
    return tuple(
        ((first + timedelta(days=n)).date(), counts[(first + timedelta(days=n)).date()])
        for n in range(days)
    )


def due_forecast(
    cards: dict[str, Card], items: dict[str, StudyItem], now: datetime, days: int
) -> tuple[tuple[date, int], ...]:
    """Questions due on each of the next `days` days; today includes the overdue."""
    today = start_of_local_day(now).date()
    counts: Counter[date] = Counter()
    for question_id, card in cards.items():
        if question_id in items:
            counts[max(card.due.astimezone().date(), today)] += 1
    return tuple(
        (today + timedelta(days=n), counts[today + timedelta(days=n)]) for n in range(days)
    )


def most_missed(
    tallies: list[Tally], items: dict[str, StudyItem], limit: int
) -> tuple[Missed, ...]:
    missed = [
        Missed(items[t.key[0]], t.missed, t.answered)
        for t in tallies
        if t.missed and t.key[0] in items
    ]
    missed.sort(key=lambda m: (-m.missed, -m.missed / m.answered, m.item.id))
    return tuple(missed[:limit])
