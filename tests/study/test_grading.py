import pytest

from quizgen.study.grading import Segment, grade_typed, normalise


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("the october revolution", "October Revolution"),
        ("OCTOBER REVOLUTION!", "October Revolution"),
        ("Kropotkin", "Kropótkin"),
        ("Brest Litovsk", "Brest-Litovsk"),
        ("1,917", "1917"),
        ("Trotsky, Leon", "Leon Trotsky"),
        ("Lenin's", "Lenins"),
    ],
)
def test_case_punctuation_accents_articles_and_word_order_do_not_count(typed, answer):
    grade = grade_typed(typed, answer)
    assert grade.correct and grade.exact and not grade.differences


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Kronstad", "Kronstadt"),
        ("Bolshevicks", "Bolsheviks"),
        ("Petrogard", "Petrograd"),
        ("Lenni", "Lenin"),  # swapped letters are one slip
    ],
)
def test_small_typos_are_forgiven_and_shown(typed, answer):
    grade = grade_typed(typed, answer)
    assert grade.correct and not grade.exact and grade.forgiven_typo
    assert any(s.kind != "same" for s in grade.differences)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("1918", "1917"),
        ("cat", "car"),
        ("Mensheviks", "Bolsheviks"),
        ("", "Lenin"),
        ("  ", "Lenin"),
    ],
)
def test_wrong_answers_numbers_and_short_words_are_not_forgiven(typed, answer):
    assert not grade_typed(typed, answer).correct


def test_accepted_alternatives_count_and_the_closest_is_reported():
    grade = grade_typed("lenin", "Vladimir Ilyich Ulyanov", accept=("Lenin", "V. I. Lenin"))
    assert grade.correct and grade.expected == "Lenin"


def test_differences_show_extra_and_missing_characters_in_original_case():
    grade = grade_typed("Kronstad", "Kronstadt")
    assert grade.differences == (Segment("Kronstad", "same"), Segment("t", "missing"))
    wrong = grade_typed("1918", "1917")
    assert wrong.differences == (
        Segment("191", "same"),
        Segment("8", "extra"),
        Segment("7", "missing"),
    )


def test_normalise_drops_articles_and_punctuation():
    assert normalise("The State & Revolution.") == "state and revolution"
