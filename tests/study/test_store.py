import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.errors import StoreError
from quizgen.study.scheduler import make_scheduler, new_card, review
from quizgen.study.store import Answer, ProgressStore

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)


def answer(qid: str = "b:1", correct: bool = True, rating: Rating = Rating.Good) -> Answer:
    return Answer(
        question_id=qid,
        bank_id="b",
        section="S",
        question_type="wh",
        mode="review",
        reviewed_at=NOW,
        duration_ms=1500,
        correct=correct,
        rating=rating,
        response="typed",
    )


def test_an_answer_and_its_schedule_are_committed_together(tmp_path):
    path = tmp_path / "p.sqlite3"
    store = ProgressStore.open(path)
    card = review(make_scheduler(), new_card("b:1", NOW), Rating.Good, NOW)
    store.record_answer(answer(), card)
    # Read through a second connection while the first is still open: already on disk.
    other = sqlite3.connect(path)
    assert other.execute(
        "SELECT question_id, correct, rating, response FROM reviews"
    ).fetchall() == [("b:1", 1, 3, "typed")]
    assert other.execute("SELECT question_id, due FROM cards").fetchall() == [
        ("b:1", card.due.isoformat(timespec="microseconds"))
    ]
    other.close()
    store.close()
    reopened = ProgressStore.open(path)
    assert reopened.cards()["b:1"].due == card.due
    assert reopened.cards()["b:1"].card_id == card.card_id


def test_amending_an_answer_rewrites_its_rating_and_schedule(store):
    scheduler = make_scheduler()
    before = new_card("b:1", NOW)
    review_id = store.record_answer(answer(), review(scheduler, before, Rating.Good, NOW))
    easier = review(scheduler, before, Rating.Easy, NOW)
    store.amend_answer(review_id, "b:1", "b", Rating.Easy, True, easier)
    assert store.reviews_of("b:1") == [(NOW, 4, True)]
    assert store.cards()["b:1"].due == easier.due


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(path)
    assert str(path) in caught.value.message and "left as it is" in caught.value.message
    assert path.read_bytes() == b"these are my notes, not a database" * 100


def test_a_damaged_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path).close()
    with sqlite3.connect(path) as db:  # enough rows for several pages, in one transaction
        db.executemany(
            "INSERT INTO reviews (question_id, bank_id, section, question_type, mode,"
            " reviewed_at, duration_ms, correct, rating, response, due_after)"
            " VALUES (?, 'b', 'S', 'wh', 'review', '', 0, 1, 3, 'some typed answer', '')",
            [(f"b:{n}",) for n in range(500)],
        )
    db.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # trash pages in the middle
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(path)
    assert str(path) in caught.value.message
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE mine (x)")
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="not a quizgen progress database"):
        ProgressStore.open(path)


def test_a_folder_or_an_unwritable_place_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        ProgressStore.open(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open"):
        ProgressStore.open(blocker / "sub" / "p.sqlite3")


def test_tallies_group_answers(store):
    store.record_answer(answer("b:1", correct=False, rating=Rating.Again), new_card("b:1", NOW))
    store.record_answer(answer("b:1"), new_card("b:1", NOW))
    store.record_answer(answer("b:2"), new_card("b:2", NOW))
    tallies = store.tallies("question_id")
    assert [(t.key, t.answered, t.correct, t.missed) for t in tallies] == [
        (("b:1",), 2, 1, 1),
        (("b:2",), 1, 1, 0),
    ]
    assert store.first_reviews_since(NOW) == 2


def test_a_read_only_database_is_refused_before_any_answer(tmp_path, monkeypatch):
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path).close()
    real_access = os.access
    # Tests may run as root, who can write anywhere; pretend the file is read-only.
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != path and real_access(p, mode))
    with pytest.raises(StoreError, match="read-only"):
        ProgressStore.open(path)
