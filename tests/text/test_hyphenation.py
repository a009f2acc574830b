"""End-of-line hyphens: undone where the joined word is a word, kept where the hyphen belongs."""

import pytest

from quizgen.text.hyphenation import HyphenEvidence, join_hyphenated


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("strik-", "ing", "striking"),
        ("Bolshe-", "viks", "Bolsheviks"),
        ("demo-", "cratic", "democratic"),
        ("peo-", "ple", "people"),
        ("commune-", "state", "commune-state"),
        ("self-", "management", "self-management"),
        ("non-", "proletarian", "non-proletarian"),
        ("state-", "capitalism", "state-capitalism"),
        ("anti-", "Bolshevik", "anti-Bolshevik"),
        ("(343-", "4)", "(343-4)"),
    ],
)
def test_line_end_hyphen(lexicon, left, right, expected):
    assert join_hyphenated(left, right, lexicon, None) == expected


def test_suspended_hyphen_keeps_its_space(lexicon):
    assert join_hyphenated("pre-", "and post-war", lexicon, None) == "pre- and post-war"


def test_the_document_decides_before_the_lexicon(lexicon):
    # "reestablish" is a word, but this text writes "re-establish" elsewhere.
    evidence = HyphenEvidence("They set out to re-establish the council.\nLater they tried to re-\nestablish it.")
    assert join_hyphenated("re-", "establish", lexicon, evidence) == "re-establish"
    assert join_hyphenated("re-", "establish", lexicon, None) == "reestablish"


def test_document_spelling_without_hyphen_wins(lexicon):
    evidence = HyphenEvidence("the communestate and the communestate again")
    assert join_hyphenated("commune-", "state", lexicon, evidence) == "communestate"


def test_paragraph_joining_undoes_hyphenation(clean):
    document = clean("The workers were strik-\ning against the commune-\nstate and for self-\nmanagement today.\n")
    assert [s.text for s in document.sentences] == [
        "The workers were striking against the commune-state and for self-management today."
    ]
