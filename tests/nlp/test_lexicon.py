"""The Lexicon's shortcuts answer as the full WordNet lookups they stand for."""

from __future__ import annotations

import pytest

from quizgen.nlp.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def first_only():
    """A lexicon only ever asked for first senses, so it never has all of a word's senses at hand."""
    return load_lexicon()


@pytest.mark.parametrize("word", ["soldier", "soldiers", "Geese", "working class", "commune", "Lenin", "runs"])
def test_the_first_noun_sense_is_the_first_of_all_senses(lexicon, first_only, word):
    assert first_only.first_noun_sense(word) == lexicon.noun_synsets(word)[0]


@pytest.mark.parametrize("word", ["quickly", "xqzv", "", "of"])
def test_a_word_with_no_noun_sense_has_no_first_one(lexicon, first_only, word):
    assert lexicon.noun_synsets(word) == ()
    assert first_only.first_noun_sense(word) is None


def test_the_first_sense_agrees_once_all_senses_are_known(lexicon):
    senses = lexicon.noun_synsets("revolutions")
    assert lexicon.first_noun_sense("revolutions") is senses[0]


def test_a_base_form_under_any_part_of_speech(lexicon):
    assert lexicon.lemma("geese", None) == "goose"
    assert lexicon.lemma("fled", None) == "flee"
    assert lexicon.lemma("xqzv", None) == "xqzv"


def test_is_word_gives_the_same_answer_when_asked_again(lexicon):
    for word in ("unionised", "xqzvbk", "re-elected", "Soviets"):
        assert lexicon.is_word(word) == lexicon.is_word(word)
    assert lexicon.is_word("nationalising") and not lexicon.is_word("xqzvbk")
