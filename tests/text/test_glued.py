"""Words run together by the extraction are split; real words and names are not."""

from collections import Counter

import pytest

from quizgen.text.glued import segment, split_glued


def fix(text, lexicon, counts=None):
    repairs = []
    return split_glued(text, lexicon, Counter(counts or {}), repairs), repairs


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("thousands ofworkerswere on strike", "thousands of workers were on strike"),
        ("in the first twomonths of", "in the first two months of"),
        ("the Bolsheviks hadmajorities on", "the Bolsheviks had majorities on"),
        ("unions inMoscow", "unions in Moscow"),
        ("controlled byMensheviks and", "controlled by Mensheviks and"),
        ("Howwould the dictatorship respond?", "How would the dictatorship respond?"),
        ("under control.They had", "under control. They had"),
        ("passed by 82%.With the", "passed by 82%. With the"),
        ("and 21members of other parties", "and 21 members of other parties"),
        ("the RedArmy marched", "the Red Army marched"),
    ],
)
def test_glued_words_are_split(lexicon, glued, expected):
    fixed, repairs = fix(glued, lexicon)
    assert fixed == expected
    assert repairs and all(r.kind == "glued_word" for r in repairs)


@pytest.mark.parametrize(
    "text",
    [
        "Iain McKay and Harold MacMillan wrote",
        "Sokolnikov and Zinoviev met in Petrograd",
        "the counterrevolutionaries were wrongheadedly organised",
        "the 1920s and the 21st congress",
        "the plebian rebels of Paris",
        "the imperative mandate [mandat impératif] and organis[ing] a [a]bolishing",
        "VTsIK and the Sovnarkom",
        "the presidia of the soviets",
        "nepmen and kulaks",
    ],
)
def test_real_words_and_names_are_left_alone(lexicon, text):
    fixed, repairs = fix(text, lexicon)
    assert fixed == text
    assert repairs == []


def test_a_name_the_document_uses_can_be_split_off(lexicon):
    fixed, _ = fix("the Petrograd and Moscowmunicipal councils", lexicon, {"moscow": 4})
    assert fixed == "the Petrograd and Moscow municipal councils"
    unseen, _ = fix("the Moscowmunicipal councils", lexicon, {})
    assert unseen == "the Moscowmunicipal councils"


def test_segment_prefers_fewest_pieces(lexicon):
    assert segment("ofworkerswere", lexicon) == ["of", "workers", "were"]
    assert segment("democracy", lexicon) is None or segment("democracy", lexicon) == ["democracy"]
