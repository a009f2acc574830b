from quizgen.bank.model import Question
from quizgen.study.choices import shown_choices
from quizgen.study.cloze import asked_gaps, cloze_answers, cloze_filled, cloze_with_blanks


def test_cloze_blanks_hints_and_answers():
    prompt = "In {{c1::1917}} the {{c2::Bolsheviks::party}} took power in [s]o-called Petrograd."
    assert cloze_with_blanks(prompt) == "In [...] the [party] took power in [s]o-called Petrograd."
    assert cloze_filled(prompt) == "In 1917 the Bolsheviks took power in [s]o-called Petrograd."
    assert cloze_answers(prompt) == ("1917", "Bolsheviks")


def test_choices_shuffle_is_stable_per_question_and_keeps_the_answer():
    q = Question(
        id="b:q1", type="multiple_choice", prompt="?", answer="A", choices=("A", "B", "C", "D")
    )
    reordered = Question(
        id="b:q1", type="multiple_choice", prompt="?", answer="A", choices=("D", "C", "B", "A")
    )
    assert shown_choices(q) == shown_choices(reordered)
    assert sorted(shown_choices(q)) == ["A", "B", "C", "D"]
    orders = {
        shown_choices(
            Question(
                id=f"b:q{n}",
                type="multiple_choice",
                prompt="?",
                answer="A",
                choices=("A", "B", "C", "D"),
            )
        )
        for n in range(20)
    }
    assert len(orders) > 1


def test_answer_missing_from_choices_is_added():
    q = Question(id="x", type="multiple_choice", prompt="?", answer="A", choices=("B", "C"))
    assert sorted(shown_choices(q)) == ["A", "B", "C"]


def test_a_question_asks_the_gaps_holding_its_answer_and_fills_the_others():
    prompt = "In {{c1::1917}} the {{c2::Bolsheviks}} took power; in {{c1::1917}} too."
    assert asked_gaps(prompt, "1917") == {1}
    assert cloze_with_blanks(prompt, asked_gaps(prompt, "1917")) == (
        "In [...] the Bolsheviks took power; in [...] too."
    )
    assert asked_gaps(prompt, "") == {1, 2}
    assert asked_gaps(prompt, "something else") == {1, 2}
