"""Tokens as the tagger learned them, with the offsets that cut them from the sentence."""

from __future__ import annotations

import pytest

from quizgen.nlp.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sailors cannot wait.", ["The", "sailors", "can", "not", "wait", "."]),
        ("Cannot they see it?", ["Can", "not", "they", "see", "it", "?"]),
        ("They don't and won’t.", ["They", "do", "n't", "and", "wo", "n’t", "."]),
        ("The U.S. envoy met T. Rigby.", ["The", "U.S.", "envoy", "met", "T.", "Rigby", "."]),
        ("A re-elected and/or naïve café owner", ["A", "re-elected", "and/or", "naïve", "café", "owner"]),
        ("In the 1920s, 25th and 10am", ["In", "the", "1920s", ",", "25th", "and", "10am"]),
        ("The party’s line was I. It", ["The", "party", "’s", "line", "was", "I.", "It"]),
        ("the _____ of 1917", ["the", "_____", "of", "1917"]),
    ],
)
def test_words_split_as_the_tagger_expects(text, expected):
    assert [word for word, _, _ in tokenize(text)] == expected


def test_offsets_cut_each_token_from_the_text():
    text = "Lenin’s “April Theses” can't be—cannot be—ignored."
    assert all(text[start:end] == word for word, start, end in tokenize(text))
