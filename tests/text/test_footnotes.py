"""Footnote reference digits come out of the body; note blocks become footnotes."""

import pytest

from quizgen.text.footnotes import merge_continuations, parse_notes, remove_references
from quizgen.text.layout import Line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who does not charge into enemy fire?2 Bolshevik realism", "who does not charge into enemy fire? Bolshevik realism"),
        ("As documented by Carlos Taibo,10 the Bolsheviks", "As documented by Carlos Taibo, the Bolsheviks"),
        ("Lenin’s The State and Revolution1 is taken", "Lenin’s The State and Revolution is taken"),
        ("the working class, not the state.”6 So", "the working class, not the state.” So"),
        ("not under Party control.15 Such autocracy", "not under Party control. Such autocracy"),
    ],
)
def test_reference_digits_are_removed(text, expected):
    repairs = []
    assert remove_references(text, set(), repairs) == expected
    assert [r.kind for r in repairs] == ["footnote_ref"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1917 the Bolsheviks won 23 seats.",
        "See p.180 and No.12 of the journal.",
        "section H.3.10 of the FAQ",
        "a B52 and the G8 met",
        "it grew to 1.5 million and then 2,000 more",
    ],
)
def test_numbers_that_are_not_references_stay(text):
    repairs = []
    assert remove_references(text, set(), repairs) == text
    assert repairs == []


def test_a_loose_label_goes_only_when_the_document_has_that_note():
    repairs = []
    text = "or disband.” 42 Nor did the Bolsheviks seek it."
    assert remove_references(text, {"42"}, repairs) == "or disband.” Nor did the Bolsheviks seek it."
    assert remove_references(text, {"7"}, []) == text


def test_note_lines_become_footnotes_and_continuations_join(lexicon):
    lines = [Line(1, "1 Of the seven members of the first Politburo, all but one were well-"), Line(2, "educated and Trotsky and")]
    more = [Line(9, "Zinoviev were the children of peasants."), Line(10, "2 On the blocking units.")]
    notes = parse_notes(lines, lexicon) + parse_notes(more, lexicon)
    merged = merge_continuations(notes, lexicon)
    assert [n.label for n in merged] == ["1", "2"]
    assert merged[0].text.endswith("well-educated and Trotsky and Zinoviev were the children of peasants.")


def test_a_numbered_list_inside_a_note_stays_in_that_note(lexicon):
    lines = [
        Line(1, "7 “We, the workmen of the Putilov works, declare:"),
        Line(2, "1. Immediate transfer of authority to freely elected soviets."),
        Line(3, "2. Transfer of food supply to cooperative societies.”"),
        Line(4, "8 Piotr Kropotkin, The Great French Revolution."),
    ]
    merged = merge_continuations(parse_notes(lines, lexicon), lexicon)
    assert [n.label for n in merged] == ["7", "8"]
    assert "1. Immediate transfer" in merged[0].text and "2. Transfer of food" in merged[0].text
