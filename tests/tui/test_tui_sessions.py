"""Whole sessions driven by key presses: the screen, the score, the rows in the database."""

import sqlite3
from datetime import timedelta

from fsrs import Rating
from tui_helpers import Timer, screen_text

from quizgen.bank.io import load_bank
from quizgen.study.choices import shown_choices
from quizgen.study.scheduler import make_scheduler, new_card, review
from quizgen.study.store import ProgressStore
from quizgen.tui.screens.quiz_setup import QuizSetupScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.study import StudyScreen

SIZE = (80, 24)


def rows(db_path, sql):
    with sqlite3.connect(db_path) as db:
        return db.execute(sql).fetchall()


def choice_key(bank_path, question_id):
    question = next(q for q in load_bank(bank_path).questions if q.id == question_id)
    return str(shown_choices(question).index(question.answer) + 1)


async def type_text(pilot, text):
    await pilot.press(*("space" if char == " " else char for char in text))


async def test_a_review_of_every_question_type(make_app, bank_path, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)

        # multiple choice, answered right with its number key
        assert "Which city was the capital in 1917?" in screen_text(app)
        await pilot.press(choice_key(bank_path, "state-mc-1"))
        await pilot.pause()
        text = screen_text(app)
        assert "✓ Right" in text and "Answer: Petrograd" in text
        assert "The government sat in Petrograd until March 1918." in text  # explanation
        assert "— The State and Revolution, Capitals" in text  # essay title and section
        await pilot.press("enter")

        # true/false, answered wrong with f
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        text = screen_text(app)
        assert "✗ Wrong" in text and "Your answer: False" in text and "Answer: True" in text
        await pilot.press("enter")

        # wh: a typed answer with a typo, accepted
        await pilot.pause()
        await type_text(pilot, "vladimir lenni")
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "✓ Right (mind the spelling)" in text and "Answer: Vladimir Lenin" in text
        await pilot.press("enter")

        # cloze: shown with its hint as the blank, answered by typing
        await pilot.pause()
        assert "The sailors of [a naval base] rose in 1921." in screen_text(app)
        await type_text(pilot, "kronstadt")
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Answer: Kronstadt" in text and "“The sailors of Kronstadt rose in 1921.”" in text
        await pilot.press("space")

        # term: wrong typed answer shows the answer
        await pilot.pause()
        await type_text(pilot, "soviet power")
        await pilot.press("enter")
        await pilot.pause()
        assert "Answer: dictatorship of the proletariat" in screen_text(app)
        await pilot.press("enter")

        # order: a flip card, revealed with space and rated by the student
        await pilot.pause()
        assert "Put these in order." in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        assert "1. February revolution" in screen_text(app)
        await pilot.press("3")
        await pilot.pause()

        # The wrong answers are due again within minutes, so they come back; end here.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "Score: 4 / 6 (67%)" in text
        assert "Mistakes to look at (2):" in text

    logged = rows(
        db_path, "SELECT question_id, correct, rating, response, mode FROM reviews ORDER BY id"
    )
    assert [(r[0], r[1]) for r in logged] == [
        ("state-mc-1", 1),
        ("state-tf-1", 0),
        ("state-wh-1", 1),
        ("state-cloze-1", 1),
        ("state-term-1", 0),
        ("state-order-1", 1),
    ]
    assert logged[1][2] == 1 and logged[4][2] == 1  # wrong answers rate Again
    assert logged[5][2] == 3  # the student's own rating
    assert logged[2][3] == "vladimir lenni" and {r[4] for r in logged} == {"review"}
    assert len(rows(db_path, "SELECT * FROM cards")) == 6
    assert "state-rejected" not in {r[0] for r in rows(db_path, "SELECT question_id FROM reviews")}


async def test_the_rating_can_be_overridden_after_an_answer(make_app, bank_path, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        wrong = "1" if choice_key(bank_path, "state-mc-1") != "1" else "2"
        await pilot.press(wrong)
        await pilot.pause()
        assert "Rated Again, back in 1 min" in screen_text(app)
        assert rows(db_path, "SELECT correct, rating FROM reviews") == [(0, 1)]
        await pilot.press("3")  # "I knew it: I misread the options"
        await pilot.pause()
        assert "Rated Good, back in 10 min" in screen_text(app)
        assert rows(db_path, "SELECT correct, rating FROM reviews") == [(1, 3)]


async def test_any_question_can_be_revealed_and_self_rated(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        text = screen_text(app)
        assert "The answer" in text and "Answer: Petrograd" in text and "1 Again" in text
        await pilot.press("1")
        await pilot.pause()
        assert "[s]o long as the state exists" in screen_text(app)  # moved on
        # A typed question can be revealed too: ctrl+r reaches the screen through the input.
        await pilot.press("t", "enter")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "Answer: Vladimir Lenin" in screen_text(app)
        await pilot.press("4")
        await pilot.pause()
    assert rows(db_path, "SELECT question_id, correct, rating FROM reviews ORDER BY id") == [
        ("state-mc-1", 0, 1),
        ("state-tf-1", 1, 4),
        ("state-wh-1", 1, 4),
    ]


async def test_a_quiz_with_a_type_filter_scores_and_lists_mistakes(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, QuizSetupScreen)
        app.screen.query_one("#type").value = "true_false"
        await pilot.press("enter")  # in the count box: start
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert app.screen.session.mode == "quiz" and len(app.screen.session.queue) == 1
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        assert "Quiz finished" in text and "Score: 0 / 1 (0%)" in text
        assert "[s]o long as the state exists there is no freedom." in text
        await pilot.press("escape")
        await pilot.pause()
        assert "Banks" in screen_text(app)
    assert rows(db_path, "SELECT question_id, mode FROM reviews") == [("state-tf-1", "quiz")]


async def test_next_start_continues_where_the_last_left_off(make_app, bank_path, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press(choice_key(bank_path, "state-mc-1"))
        await pilot.pause()
        await pilot.press("ctrl+q")
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        assert " 6      0      5" in screen_text(again)  # questions, due, new
        assert "0 due · 5 unseen (20 new a day) · next due in 8 days" in screen_text(again)
        await pilot.press("r")
        await pilot.pause()
        assert "[s]o long as the state exists" in screen_text(again)


async def test_starting_straight_into_a_review_and_back_home(make_app, bank_path):
    app = make_app(start="review")
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StudyScreen)
        await pilot.press(choice_key(bank_path, "state-mc-1"))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        text = screen_text(app)
        assert "Banks" in text and "The State and Revolution" in text


async def test_nothing_to_review_opens_the_home_screen_with_a_note(make_app, bank_path):
    app = make_app(start="review", new_per_day=0)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert "Banks" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert "caught up" in screen_text(app)


async def test_an_answer_that_cannot_be_saved_is_reported_not_lost_silently(
    make_app, bank_path, db_path
):
    app = make_app()
    right = choice_key(bank_path, "state-mc-1")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("r")
        await pilot.pause()
        app.store.close()  # the database goes away under the app
        await pilot.press(right)
        await pilot.pause()
        assert "Progress not saved" in screen_text(app)
        assert isinstance(app.screen, StudyScreen) and app.screen.session.outcomes == []
        # Once the database is back, the same question takes the answer again.
        app.store = app.screen.session.store = ProgressStore.open(db_path)
        await pilot.press(right)
        await pilot.pause()
        assert "✓ Right" in screen_text(app)
        app.store.close()
    assert rows(db_path, "SELECT question_id, correct FROM reviews") == [("state-mc-1", 1)]


async def test_flip_mode_asks_every_question_as_a_card(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert "Flip mode" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert "Which city was the capital in 1917?" in text and "Petrograd" not in text
        await pilot.press("space")
        await pilot.pause()
        assert "Answer: Petrograd" in screen_text(app)
        await pilot.press("4")
        await pilot.pause()
        assert "[s]o long as the state exists" in screen_text(app)
    assert rows(db_path, "SELECT question_id, rating FROM reviews") == [("state-mc-1", 4)]
    assert make_app().store.setting("flip_mode") == "on"


async def test_options_can_be_chosen_with_the_arrow_keys(make_app, bank_path, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        position = int(choice_key(bank_path, "state-mc-1"))
        await pilot.press(*["down"] * position, "enter")
        await pilot.pause()
        assert "✓ Right" in screen_text(app)
    assert rows(db_path, "SELECT correct FROM reviews") == [(1,)]


async def test_a_quick_right_answer_rates_easy_and_a_slow_one_good(make_app, bank_path, db_path):
    timer = Timer()
    app = make_app(timer=timer)
    now = app.clock()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        timer.seconds += 2  # multiple choice in 2 s: quick
        await pilot.press(choice_key(bank_path, "state-mc-1"))
        await pilot.pause()
        easy = review(make_scheduler(), new_card("state-mc-1", now), Rating.Easy, now)
        days = round((easy.due - now) / timedelta(days=1))
        assert f"Rated Easy, back in {days} day" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        timer.seconds += 30  # true/false in 30 s: right, but not quick
        await pilot.press("t")
        await pilot.pause()
        assert "Rated Good, back in 10 min" in screen_text(app)
    assert rows(db_path, "SELECT question_id, rating, duration_ms FROM reviews ORDER BY id") == [
        ("state-mc-1", 4, 2000),
        ("state-tf-1", 3, 30000),
    ]
    assert rows(db_path, "SELECT due FROM cards WHERE question_id = 'state-mc-1'") == [
        (easy.due.isoformat(timespec="microseconds"),)
    ]
