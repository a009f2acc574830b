from dataclasses import replace
from datetime import timedelta

from fsrs import Rating, State

from quizgen.study.sessions import (
    QUIZ,
    QuizFilter,
    quiz_draw,
    quiz_session,
    review_session,
    study_items,
)
from quizgen.study.stats import bank_overviews, study_stats


def test_study_items_skip_rejected_questions(banks):
    ids = [item.id for item in study_items(banks)]
    assert "alpha:4" not in ids and len(ids) == 8


def test_review_takes_new_questions_up_to_the_daily_limit_in_essay_order(
    store, scheduler, banks, clock
):
    session = review_session(store, scheduler, banks, new_per_day=3, clock=clock)
    assert [item.id for item in session.queue] == ["alpha:1", "alpha:2", "alpha:3"]
    for _ in range(3):
        session.answer(True, Rating.Easy, "x", 1.0)
        session.advance()
    assert session.finished
    # The limit is per day: the same day brings no more new questions ...
    assert review_session(store, scheduler, banks, new_per_day=3, clock=clock).queue == []
    # ... the next day brings three more, and due questions come first.
    clock.advance(days=30)
    later = review_session(store, scheduler, banks, new_per_day=3, clock=clock)
    ids = [item.id for item in later.queue]
    assert ids[:3] == sorted(["alpha:1", "alpha:2", "alpha:3"])
    assert ids[3:] == ["beta:1", "beta:2", "beta:3"]


def test_a_card_due_again_soon_comes_back_in_the_same_review(store, scheduler, banks, clock):
    session = review_session(store, scheduler, banks, new_per_day=1, clock=clock)
    session.answer(False, Rating.Again, "wrong", 3.0)
    session.advance()
    assert session.current.id == "alpha:1"
    clock.advance(minutes=1)
    session.answer(True, Rating.Easy, "right", 3.0)
    session.advance()
    assert session.finished
    result = session.result()
    assert (result.answered, result.correct, len(result.mistakes)) == (1, 0, 1)
    assert store.cards()["alpha:1"].state == State.Review
    assert [r[1] for r in store.reviews_of("alpha:1")] == [1, 4]


def test_override_recomputes_the_schedule_from_before_the_answer(store, scheduler, banks, clock):
    session = review_session(store, scheduler, banks, new_per_day=1, clock=clock)
    session.answer(True, Rating.Good, "x", 9.0)
    assert store.cards()["alpha:1"].due == clock.now + timedelta(minutes=10)
    session.override(Rating.Again, correct=False)
    assert store.cards()["alpha:1"].due == clock.now + timedelta(minutes=1)
    assert store.reviews_of("alpha:1") == [(clock.now, 1, False)]


def test_quiz_draw_filters_and_is_reproducible_from_its_seed(banks):
    items = study_items(banks)
    assert {i.id for i in quiz_draw(items, 20, QuizFilter(tags=("people",)))} == {"alpha:3"}
    assert {i.id for i in quiz_draw(items, 20, QuizFilter(sections=("One",)))} == {
        "alpha:1",
        "alpha:2",
    }
    assert len(quiz_draw(items, 20, QuizFilter(types=("multiple_choice",)))) == 5
    assert quiz_draw(items, 4, seed=7) == quiz_draw(items, 4, seed=7)
    assert len(quiz_draw(items, 4, seed=7)) == 4


def test_each_quiz_draws_afresh(store, scheduler, banks, clock):
    first = quiz_session(store, scheduler, banks, count=4, clock=clock)
    assert [i.id for i in quiz_session(store, scheduler, banks, count=4, clock=clock).queue] == [
        i.id for i in first.queue
    ], "a quiz left before any answer is drawn again"
    first.answer(True, Rating.Good, "x", 1.0)
    second = quiz_session(store, scheduler, banks, count=4, clock=clock)
    assert first.mode == QUIZ and len(first.queue) == 4
    assert [i.id for i in first.queue] != [i.id for i in second.queue]


def test_overviews_and_stats(store, scheduler, banks, clock):
    session = quiz_session(store, scheduler, banks[:1], count=3, clock=clock)
    for correct in (True, False, True):
        session.answer(correct, Rating.Good if correct else Rating.Again, "x", 10.0)
        session.advance()
    alpha, beta = bank_overviews(banks, store.cards(), scheduler, clock.now + timedelta(hours=1))
    assert (alpha.questions, alpha.new, alpha.due) == (3, 0, 3)
    assert (beta.questions, beta.new, beta.due, beta.mastery) == (5, 5, 0, 0.0)
    stats = study_stats(store, banks, clock.now)
    assert stats.total_reviews == 3
    assert [(a.label, a.answered, a.correct) for a in stats.by_bank] == [("Alpha essay", 3, 2)]
    assert stats.reviews_per_day[-1][1] == 3 and len(stats.reviews_per_day) == 14
    assert stats.due_forecast[0][1] == 3 and len(stats.due_forecast) == 7
    assert len(stats.most_missed) == 1 and stats.most_missed[0].missed == 1


def test_questions_gone_from_the_banks_stay_in_the_log_but_not_in_stats(
    store, scheduler, banks, clock
):
    session = review_session(store, scheduler, banks, new_per_day=1, clock=clock)
    session.answer(False, Rating.Again, "x", 1.0)
    stats = study_stats(store, banks[1:], clock.now)
    assert stats.total_reviews == 0 and stats.most_missed == ()
    assert store.review_count() == 1


def test_an_edited_bank_keeps_each_questions_history(store, scheduler, banks, clock):
    session = review_session(store, scheduler, banks, new_per_day=1, clock=clock)
    session.answer(True, Rating.Easy, "x", 1.0)
    reworded = replace(
        banks[0],
        questions=tuple(replace(q, prompt=q.prompt + " (reworded)") for q in banks[0].questions),
    )
    clock.advance(days=1)
    later = review_session(store, scheduler, [reworded], new_per_day=5, clock=clock)
    assert "alpha:1" not in [item.id for item in later.queue]  # learnt, not due, not new
    overview = bank_overviews([reworded], store.cards(), scheduler, clock.now)[0]
    assert (overview.new, overview.questions) == (2, 3)
