from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler, State

from quizgen.bank.model import Question
from quizgen.study.scheduler import (
    card_id_for,
    make_scheduler,
    new_card,
    rating_for_answer,
    review,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
MC = Question(id="b:1", type="multiple_choice", prompt="?", answer="A", choices=("A", "B"))
TYPED = Question(id="b:2", type="wh", prompt="Who?", answer="Alexandra Kollontai")


def test_card_id_is_stable_positive_and_fits_sqlite():
    assert card_id_for("bank:q1") == card_id_for("bank:q1")
    assert card_id_for("bank:q1") != card_id_for("bank:q2")
    assert 0 < card_id_for("bank:q1") < 2**63


def test_wrong_is_again_right_is_good_and_quick_right_is_easy():
    assert rating_for_answer(False, 1.0, MC) == Rating.Again
    assert rating_for_answer(True, 2.0, MC) == Rating.Easy
    assert rating_for_answer(True, 30.0, MC) == Rating.Good
    assert rating_for_answer(True, 8.0, TYPED) == Rating.Easy  # long answers take longer to type
    assert rating_for_answer(True, 20.0, TYPED) == Rating.Good
    assert rating_for_answer(True, 2.0, TYPED, exact=False) == Rating.Good  # a forgiven slip


def test_next_due_dates_follow_fsrs_for_again_good_and_easy():
    reference = Scheduler(enable_fuzzing=False)
    ours = make_scheduler()
    for rating in (Rating.Again, Rating.Good, Rating.Easy):
        expected, _ = reference.review_card(Card(card_id=1, due=NOW), rating, review_datetime=NOW)
        got = review(ours, new_card("b:1", NOW), rating, NOW)
        assert got.due == expected.due and got.state == expected.state
    # First answers: Again and Good stay in learning steps (minutes), Easy graduates in days.
    again = review(ours, new_card("b:1", NOW), Rating.Again, NOW)
    good = review(ours, new_card("b:1", NOW), Rating.Good, NOW)
    easy = review(ours, new_card("b:1", NOW), Rating.Easy, NOW)
    assert again.due - NOW == timedelta(minutes=1)
    assert good.due - NOW == timedelta(minutes=10)
    assert easy.state == State.Review and easy.due - NOW >= timedelta(days=1)
    assert again.due < good.due < easy.due


def test_a_series_of_reviews_grows_the_interval_and_again_shrinks_it():
    scheduler = make_scheduler()
    card = new_card("b:1", NOW)
    when = NOW
    intervals = []
    for _ in range(4):
        card = review(scheduler, card, Rating.Good, when)
        intervals.append(card.due - when)
        when = card.due
    assert intervals == sorted(intervals) and intervals[-1] > timedelta(days=3)
    lapsed = review(scheduler, card, Rating.Again, when)
    assert lapsed.state == State.Relearning and lapsed.due - when < intervals[-1]


def test_local_times_are_accepted():
    local = NOW.astimezone(timezone(timedelta(hours=3)))
    assert review(
        make_scheduler(), new_card("b:1", NOW), Rating.Good, local
    ).due == NOW + timedelta(minutes=10)
